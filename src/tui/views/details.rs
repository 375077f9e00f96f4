//! The side panels: the section's prompts, and the selected entry in full, wrapped.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::layout::inner;
use super::text::{fit, wrap};
use crate::diff::entry_fields;
use crate::model::prompts;
use crate::tui::style::Styles;
use crate::tui::workshop::Workshop;

/// The questions for the room, from the agenda block of the section.
pub(crate) fn prompts_panel(f: &mut Frame, area: Rect, w: &Workshop, s: &Styles) {
    let questions = prompts(w.section.block());
    let framed = area.height >= 4;
    let body = if framed { inner(area) } else { area };
    if framed {
        f.render_widget(
            Block::bordered().title(" Ask the room ").border_style(s.border(false)).style(s.base()),
            area,
        );
    }
    let text = if framed {
        questions.iter().map(|q| Line::from(Span::styled(format!("• {q}"), s.base()))).collect::<Vec<_>>()
    } else {
        vec![Line::from(Span::styled(format!(" {}", questions.join("  ")), s.muted()))]
    };
    f.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }).style(s.base()), body);
}

/// The selected entry, every filled field, long text wrapped.
pub(crate) fn entry_panel(f: &mut Frame, area: Rect, w: &Workshop, s: &Styles) {
    let Some(kind) = w.section.kind() else { return };
    let c = &w.canvas;
    let selected = w.selected();
    let title = match selected.and_then(|i| c.id_at(kind, i)) {
        Some(id) => format!(" {id} "),
        None => " Details ".to_string(),
    };
    f.render_widget(Block::bordered().title(title).border_style(s.border(false)).style(s.base()), area);
    let body = inner(area);
    let Some(index) = selected else { return };
    let label_width = 13;
    let value_width = usize::from(body.width).saturating_sub(label_width + 1);
    let mut lines = Vec::new();
    let ends = c.relationships.get(index).filter(|_| kind == crate::model::EntryKind::Relationship);
    let ends =
        ends.map(|r| [(r.from.as_str(), w.derived.name(&r.from)), (r.to.as_str(), w.derived.name(&r.to))]);
    let names = crate::model::Names::from_pairs(ends.into_iter().flatten());
    for (name, value) in entry_fields(c, &names, kind, index).into_iter().filter(|(_, v)| !v.is_empty()) {
        let label = name.replace('_', " ");
        for (n, part) in wrap(&value, value_width).into_iter().enumerate() {
            let head = if n == 0 { format!("{label:>label_width$} ") } else { " ".repeat(label_width + 1) };
            lines.push(Line::from(vec![Span::styled(head, s.muted()), Span::styled(part, s.base())]));
        }
    }
    if let crate::model::EntryKind::Stakeholder = kind
        && let Some(q) = c.stakeholders[index].quadrant()
    {
        lines.push(Line::from(vec![
            Span::styled(format!("{:>label_width$} ", "quadrant"), s.muted()),
            Span::styled(q.label(), s.accent()),
        ]));
    }
    // What does not fit is said, never silently dropped: the form shows every field.
    let room = usize::from(body.height);
    if lines.len() > room && room > 0 {
        let hidden = lines.len() - (room - 1);
        lines.truncate(room - 1);
        let more = format!("↓ {hidden} more lines: Enter shows every field");
        lines.push(Line::from(Span::styled(fit(&more, usize::from(body.width)), s.muted())));
    }
    f.render_widget(Paragraph::new(lines).style(s.base()), body);
}
