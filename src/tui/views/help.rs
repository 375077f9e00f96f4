//! The help screen: every key of the current mode, straight from the key table.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::layout::{centred, inner};
use crate::i18n::Tr;
use crate::tui::keys::{Mode, bindings, key_names};
use crate::tui::style::Styles;

/// The lines help shows for a mode: keys, then what they do, in the screens' language.
pub(crate) fn help_lines(mode: Mode, tr: Tr) -> Vec<(String, String)> {
    bindings(mode).map(|b| (key_names(b, tr), b.describe(tr))).collect()
}

/// Draws help over the screen for the mode below it, scrolled down by `scroll` rows: in two
/// columns when every description fits whole that way, otherwise one column, wrapped.
pub(crate) fn draw(f: &mut Frame, screen: Rect, mode: Mode, scroll: usize, s: &Styles) {
    let tr = s.tr();
    let lines = help_lines(mode, tr);
    let key_w = lines.iter().map(|(k, _)| super::text::width(k)).max().unwrap_or(4) + 1;
    let label_w = lines.iter().map(|(_, l)| super::text::width(l)).max().unwrap_or(10);
    let room = usize::from(screen.height.saturating_sub(5)).max(1);
    let inner_w = usize::from(screen.width.saturating_sub(2));
    let two_fit = 2 * (key_w + 2 + label_w + 1) <= inner_w;
    let columns = if lines.len() > room && two_fit { 2 } else { 1 };
    let col_w = inner_w / columns;
    let text_w = col_w.saturating_sub(key_w + 2).max(10);
    // Each binding as rows: its keys, then its description wrapped under itself.
    let cells: Vec<Vec<(String, String)>> = lines
        .iter()
        .map(|(keys, label)| {
            super::text::wrap(label, text_w)
                .into_iter()
                .enumerate()
                .map(|(i, part)| (if i == 0 { keys.clone() } else { String::new() }, part))
                .collect()
        })
        .collect();
    let rows: Vec<Vec<(String, String)>> = if columns == 2 {
        let half = cells.len().div_ceil(2);
        (0..half)
            .map(|r| {
                [cells.get(r), cells.get(r + half)].into_iter().flatten().map(|c| c[0].clone()).collect()
            })
            .collect()
    } else {
        cells.into_iter().flatten().map(|c| vec![c]).collect()
    };
    let height = rows.len().min(room) as u16 + 4;
    let area = centred(screen, if columns == 2 { screen.width } else { screen.width.min(90) }, height);
    f.render_widget(Clear, area);
    let first = scroll.min(rows.len().saturating_sub(room));
    let below = rows.len().saturating_sub(first + room);
    let title = match (first, below) {
        (0, 0) => tr.get("help-title"),
        _ => tr.args("help-title-scroll", &[("above", first.into()), ("below", below.into())]),
    };
    f.render_widget(Block::bordered().title(title).border_style(s.border(true)).style(s.base()), area);
    let body = inner(area);
    let mut text: Vec<Line> = rows
        .iter()
        .skip(first)
        .take(room)
        .map(|row| {
            let mut spans = Vec::new();
            for (keys, label) in row {
                let cell = format!("{keys:>key_w$}  ");
                let used = super::text::width(&cell) + super::text::width(label);
                spans.push(Span::styled(cell, s.accent()));
                spans.push(Span::styled(
                    format!("{label}{}", " ".repeat(col_w.saturating_sub(used))),
                    s.base(),
                ));
            }
            Line::from(spans)
        })
        .collect();
    text.push(Line::from(""));
    text.push(Line::from(Span::styled(tr.get("help-saved"), s.muted())));
    f.render_widget(Paragraph::new(text).style(s.base()), body);
}
