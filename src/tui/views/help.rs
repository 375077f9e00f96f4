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

/// Draws help over the screen for the mode below it.
pub fn draw(f: &mut Frame, screen: Rect, mode: Mode, s: &Styles) {
    let lines = help_lines(mode);
    let key_w = lines.iter().map(|(k, _)| super::text::width(k)).max().unwrap_or(4) + 2;
    let area = centred(screen, 90, lines.len() as u16 + 5);
    f.render_widget(Clear, area);
    let title = " Keys — Esc or ? closes ";
    f.render_widget(Block::bordered().title(title).border_style(s.border(true)).style(s.base()), area);
    let mut text: Vec<Line> = lines
        .into_iter()
        .map(|(keys, label)| {
            Line::from(vec![
                Span::styled(format!("{keys:>key_w$}  "), s.accent()),
                Span::styled(label, s.base()),
            ])
        })
        .collect();
    text.push(Line::from(""));
    text.push(Line::from(Span::styled(
        "  Every change is saved at once; the mouse selects and scrolls.",
        s.muted(),
    )));
    f.render_widget(Paragraph::new(text).style(s.base()), inner(area));
}
