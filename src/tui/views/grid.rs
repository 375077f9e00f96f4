//! The compare screen's power/interest grid: each stakeholder in its quadrant, marked by stance;
//! movers marked.

use std::collections::HashMap;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::text::fit;
use crate::model::{Canvas, Quadrant, Stance};
use crate::tui::style::Styles;

/// The mark of a stance: champion ★, supporter +, neutral ·, sceptic ?, blocker ✗.
pub(crate) fn stance_mark(stance: Option<Stance>) -> &'static str {
    match stance {
        Some(Stance::Champion) => "★",
        Some(Stance::Supporter) => "+",
        Some(Stance::Neutral) | None => "·",
        Some(Stance::Sceptic) => "?",
        Some(Stance::Blocker) => "✗",
    }
}

/// Draws the grid; `moved` names stakeholders (by id) that came from another quadrant.
pub(crate) fn draw(
    f: &mut Frame,
    area: Rect,
    c: &Canvas,
    quadrants: &[Vec<usize>; 5],
    selected: Option<&str>,
    moved: &HashMap<String, Quadrant>,
    s: &Styles,
) {
    let [top, bottom, unrated] =
        Layout::vertical([Constraint::Fill(1), Constraint::Fill(1), Constraint::Length(2)]).areas(area);
    let [tl, tr] = Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)]).areas(top);
    let [bl, br] = Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)]).areas(bottom);
    let words = s.tr();
    let boxes = [
        (Quadrant::KeepSatisfied, 1, tl, "compare-axes-keep-satisfied"),
        (Quadrant::ManageClosely, 0, tr, "compare-axes-manage-closely"),
        (Quadrant::Monitor, 3, bl, "compare-axes-monitor"),
        (Quadrant::KeepInformed, 2, br, "compare-axes-keep-informed"),
    ];
    for (q, slot, rect, axes) in boxes {
        let full = format!(" {} — {} ", words.label(q), words.get(axes));
        let title = if super::text::width(&full) + 2 <= usize::from(rect.width) {
            full
        } else {
            fit(&format!(" {} ", words.label(q)), usize::from(rect.width.saturating_sub(2)))
        };
        let focus = q == Quadrant::ManageClosely;
        let block = Block::bordered().title(title).border_style(s.border(focus)).style(s.base());
        let inner = block.inner(rect);
        f.render_widget(block, rect);
        let cols = usize::from(inner.width);
        let members = &quadrants[slot];
        let room = usize::from(inner.height);
        let mut lines: Vec<Line> = members
            .iter()
            .take(if members.len() > room { room.saturating_sub(1) } else { room })
            .map(|&i| {
                let p = &c.stakeholders[i];
                let style = if selected == Some(p.id.as_str()) { s.selected() } else { s.base() };
                // Where it came from, shorter when the name would have too little room left.
                let from = moved.get(&p.id).map_or_else(String::new, |q| {
                    let quadrant = words.label(*q);
                    let full = format!(
                        "  {}",
                        words.args("compare-moved-from", &[("quadrant", quadrant.as_str().into())])
                    );
                    let short = format!("  ↗ {quadrant}");
                    if cols.saturating_sub(super::text::width(&full)) >= 12 { full } else { short }
                });
                let text = format!("{} {}", stance_mark(p.stance), p.name);
                Line::from(vec![
                    Span::styled(fit(&text, cols.saturating_sub(super::text::width(&from))), style),
                    Span::styled(from, s.changed()),
                ])
            })
            .collect();
        if members.len() > room {
            let more = words.args("compare-and-more", &[("count", (members.len() + 1 - room).into())]);
            lines.push(Line::from(Span::styled(more, s.muted())));
        }
        f.render_widget(Paragraph::new(lines).style(s.base()), inner);
    }
    let loose: Vec<&str> =
        c.stakeholders.iter().filter(|p| p.quadrant().is_none()).map(|p| p.name.as_str()).collect();
    let legend = words.get("compare-grid-legend");
    let mut lines = vec![Line::from(Span::styled(format!(" {legend}"), s.muted()))];
    if !loose.is_empty() {
        let text = format!(" {}", words.args("compare-not-rated", &[("names", loose.join(", ").into())]));
        lines.push(Line::from(Span::styled(fit(&text, usize::from(unrated.width)), s.warn())));
    }
    f.render_widget(Paragraph::new(lines).style(s.base()), unrated);
}
