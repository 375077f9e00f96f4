//! The Review section: coverage of the phases, the warnings (Enter jumps to the entry), loop reviews.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::layout::inner;
use super::text::fit;
use crate::tui::section::Section;
use crate::tui::style::Styles;
use crate::tui::workshop::Workshop;

/// Draws coverage and the selectable warnings.
pub fn draw(f: &mut Frame, area: Rect, w: &Workshop, s: &Styles) {
    f.render_widget(Block::bordered().title(" Review ").border_style(s.border(true)).style(s.base()), area);
    let body = inner(area);
    let cols = usize::from(body.width);
    let mut lines = vec![Line::from(Span::styled(
        format!("{:<10}{:>15}{:>8}{:>10}", "phase", "relationships", "tasks", "actions"),
        s.muted(),
    ))];
    for &(phase, n) in &w.derived.coverage {
        let flag = match (n.is_empty(), n.lacks_ongoing_work()) {
            (true, _) => Span::styled("  empty", s.alert()),
            (false, true) => Span::styled("  no ongoing work", s.warn()),
            _ => Span::styled("", s.base()),
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{:<10}", phase.label()), s.phase(phase)),
            Span::styled(format!("{:>15}{:>8}{:>10}", n.relationships, n.tasks, n.actions), s.base()),
            flag,
        ]));
    }
    let found = &w.derived.warnings;
    lines.push(Line::from(Span::styled(format!("{} warnings", found.len()), s.heading())));
    let room = usize::from(body.height).saturating_sub(lines.len());
    let i = Section::Review.index();
    let first = w.sections[i].cursor.selected.saturating_sub(room.saturating_sub(1));
    for (n, warning) in found.iter().enumerate().skip(first).take(room) {
        let style = if n == w.sections[i].cursor.selected { s.selected() } else { s.warn() };
        let text = fit(&format!("! {}", warning.message), cols);
        lines.push(Line::from(Span::styled(format!("{text:<cols$}"), style)));
    }
    if found.is_empty() {
        lines.push(Line::from(Span::styled("No warnings: every phase has ongoing work.", s.ok())));
    }
    f.render_widget(Paragraph::new(lines).style(s.base()), body);
}

/// The loop-review schedule, overdue first.
pub fn schedule_panel(f: &mut Frame, area: Rect, w: &Workshop, s: &Styles) {
    f.render_widget(
        Block::bordered().title(" Loop reviews ").border_style(s.border(false)).style(s.base()),
        area,
    );
    let body = inner(area);
    let cols = usize::from(body.width);
    let c = &w.canvas;
    let mut lines: Vec<Line> = w
        .derived
        .schedule
        .iter()
        .take(usize::from(body.height))
        .map(|&(i, date, overdue)| {
            let style = if overdue { s.alert() } else { s.base() };
            let a = &c.actions[i];
            Line::from(Span::styled(fit(&format!("{date} {} {}", a.id, a.title), cols), style))
        })
        .collect();
    if lines.is_empty() {
        lines.push(Line::from(Span::styled("No review dates yet: give each action one.", s.muted())));
    }
    if !w.derived.least.is_empty() {
        lines.push(Line::from(Span::styled("Fewest dots: are we sure of these?", s.heading())));
        for &(kind, i, votes) in &w.derived.least {
            let text = format!("{votes} ● {} {}", c.id_at(kind, i).unwrap_or_default(), c.label_at(kind, i));
            lines.push(Line::from(Span::styled(fit(&text, cols), s.base())));
        }
    }
    f.render_widget(Paragraph::new(lines).style(s.base()), body);
}
