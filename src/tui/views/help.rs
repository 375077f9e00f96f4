//! The help screen: every key of the current mode, straight from the key table.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::layout::{centred, inner};
use crate::tui::keys::{Mode, bindings, key_names};
use crate::tui::style::Styles;

/// The lines help shows for a mode: keys, then what they do.
pub fn help_lines(mode: Mode) -> Vec<(String, &'static str)> {
    bindings(mode).map(|b| (key_names(b), b.label)).collect()
}

/// Draws help over the screen for the mode below it; in two columns when one does not fit.
pub fn draw(f: &mut Frame, screen: Rect, mode: Mode, s: &Styles) {
    let lines = help_lines(mode);
    let key_w = lines.iter().map(|(k, _)| super::text::width(k)).max().unwrap_or(4) + 1;
    let room = usize::from(screen.height.saturating_sub(4)).max(1);
    let columns = if lines.len() > room { 2 } else { 1 };
    let per_column = lines.len().div_ceil(columns);
    let area = centred(screen, if columns == 2 { screen.width } else { 90 }, per_column as u16 + 4);
    f.render_widget(Clear, area);
    let title = " Keys — Esc or ? closes ";
    f.render_widget(Block::bordered().title(title).border_style(s.border(true)).style(s.base()), area);
    let body = inner(area);
    let col_w = usize::from(body.width) / columns;
    let mut text: Vec<Line> = (0..per_column)
        .map(|row| {
            let mut spans = Vec::new();
            for col in 0..columns {
                if let Some((keys, label)) = lines.get(col * per_column + row) {
                    let label = super::text::fit(label, col_w.saturating_sub(key_w + 3));
                    let cell = format!("{keys:>key_w$}  ");
                    let used = super::text::width(&cell) + super::text::width(&label);
                    spans.push(Span::styled(cell, s.accent()));
                    spans.push(Span::styled(
                        format!("{label}{}", " ".repeat(col_w.saturating_sub(used))),
                        s.base(),
                    ));
                }
            }
            Line::from(spans)
        })
        .collect();
    text.push(Line::from(""));
    text.push(Line::from(Span::styled(
        "  Every change is saved at once; the mouse selects and scrolls.",
        s.muted(),
    )));
    f.render_widget(Paragraph::new(text).style(s.base()), body);
}
