//! The Context section: goal, value drivers, phase emphasis and participants; the agenda beside it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::layout::inner;
use super::text::wrap;
use crate::model::{Driver, Phase, planned_minutes};
use crate::tui::style::Styles;
use crate::tui::workshop::Workshop;

fn field<'a>(label: &str, value: &str, width: usize, s: &Styles) -> Vec<Line<'a>> {
    let shown = if value.is_empty() { "—".to_string() } else { value.to_string() };
    let room = width.saturating_sub(15);
    wrap(&shown, room)
        .into_iter()
        .enumerate()
        .map(|(n, part)| {
            let head = if n == 0 { format!("{label:>13}  ") } else { " ".repeat(15) };
            let style = if value.is_empty() { s.muted() } else { s.base() };
            Line::from(vec![Span::styled(head, s.muted()), Span::styled(part, style)])
        })
        .collect()
}

/// Draws the context: what the canvas is for.
pub(crate) fn draw(f: &mut Frame, area: Rect, w: &Workshop, s: &Styles) {
    let tr = s.tr();
    let title = format!(" {} ", crate::tui::section::Section::Context.name(tr));
    f.render_widget(Block::bordered().title(title).border_style(s.border(true)).style(s.base()), area);
    let body = inner(area);
    let cols = usize::from(body.width);
    let c = &w.canvas;
    let mut lines = Vec::new();
    lines.extend(field(&tr.get("context-title"), &c.title, cols, s));
    lines.extend(field(&tr.get("context-organisation"), &c.organisation, cols, s));
    lines.extend(field(&tr.get("context-goal"), &c.context.goal, cols, s));
    for d in Driver::ALL {
        let answer =
            c.context.drivers.iter().find(|a| a.driver == *d).map(|a| a.answer.as_str()).unwrap_or("");
        lines.extend(field(&tr.label(*d), answer, cols, s));
    }
    let mut weights = vec![Span::styled(format!("{:>13}  ", tr.get("context-emphasis")), s.muted())];
    for p in Phase::ALL {
        let n = c.context.emphasis.get(*p).min(3);
        let dots = "●".repeat(usize::from(n)) + &"○".repeat(usize::from(3 - n));
        weights.push(Span::styled(format!("{} {dots}  ", tr.label(*p)), s.phase(*p)));
    }
    lines.push(Line::from(weights));
    lines.extend(field(&tr.get("context-participants"), &c.context.participants.join(", "), cols, s));
    lines.extend(field(&tr.get("context-facilitator"), &c.facilitator, cols, s));
    lines.extend(field(&tr.get("context-date"), &c.date.map(|d| d.to_string()).unwrap_or_default(), cols, s));
    lines.push(Line::from(Span::styled(tr.get("context-enter-edits"), s.muted())));
    f.render_widget(Paragraph::new(lines).style(s.base()), body);
}

/// The agenda: each block's planned minutes.
pub(crate) fn agenda_panel(f: &mut Frame, area: Rect, w: &Workshop, s: &Styles) {
    let agenda = &w.canvas.agenda;
    let title = s.tr().args("context-agenda", &[("minutes", planned_minutes(agenda).into())]);
    f.render_widget(Block::bordered().title(title).border_style(s.border(false)).style(s.base()), area);
    let body = inner(area);
    let room = usize::from(body.height);
    // A list that does not fit says so on its last row instead of hiding blocks.
    let shown = if agenda.len() > room { room.saturating_sub(1) } else { agenda.len() };
    let mut lines: Vec<Line> = agenda
        .iter()
        .take(shown)
        .map(|b| {
            Line::from(vec![
                Span::styled(format!("{:>4} min  ", b.minutes), s.muted()),
                Span::styled(b.title.clone(), s.base()),
            ])
        })
        .collect();
    if shown < agenda.len() {
        let more = s.tr().args("context-more-blocks", &[("count", (agenda.len() - shown).into())]);
        lines.push(Line::from(Span::styled(more, s.muted())));
    }
    f.render_widget(Paragraph::new(lines).style(s.base()), body);
}
