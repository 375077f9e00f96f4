//! A section's entries as a list: only the rows on screen are drawn, whatever the canvas size.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::layout::inner;
use super::text::{fit, width};
use crate::model::EntryKind;
use crate::tui::hits::{Hit, Hits};
use crate::tui::layers::{Exchange, Layer};
use crate::tui::style::Styles;
use crate::tui::summary::facts;
use crate::tui::workshop::Workshop;

fn empty_hint(kind: EntryKind, tr: crate::i18n::Tr) -> String {
    tr.get(match kind {
        EntryKind::Stakeholder => "list-empty-stakeholders",
        EntryKind::Relationship => "list-empty-relationships",
        EntryKind::Task => "list-empty-tasks",
        EntryKind::Action => "list-empty-actions",
    })
}

/// One row: id, label, then facts in muted text, cut to the width.
fn row<'a>(w: &Workshop, kind: EntryKind, index: usize, cols: usize, selected: bool, s: &Styles) -> Line<'a> {
    let c = &w.canvas;
    let id = format!("{:<4} ", c.id_at(kind, index).unwrap_or_default());
    let label = w.derived.label(c, kind, index);
    let more = facts(c, kind, index, s.tr()).join(" · ");
    let (base, muted) = if selected { (s.selected(), s.selected()) } else { (s.base(), s.muted()) };
    let room = cols.saturating_sub(width(&id));
    let label = fit(&label, room);
    let rest = room.saturating_sub(width(&label) + 3);
    let mut spans = vec![Span::styled(id, muted), Span::styled(label.clone(), base)];
    if rest > 3 && !more.is_empty() {
        spans.push(Span::styled(format!("   {}", super::text::fit_parts(&more, rest)), muted));
    }
    let used: usize = spans.iter().map(|sp| width(&sp.content)).sum();
    spans.push(Span::styled(" ".repeat(cols.saturating_sub(used)), base));
    Line::from(spans)
}

/// Draws the list of the current section, with the quick-add line at its end when open.
pub(crate) fn draw(
    f: &mut Frame,
    area: Rect,
    w: &Workshop,
    top: Option<&Layer>,
    kind: EntryKind,
    s: &Styles,
    hits: &mut Hits,
) {
    let dots = w.derived.dots[kind as usize];
    let mut title = format!(" {} ", w.section.name(s.tr()));
    if dots > 0 {
        title.push_str(&format!("· {} ", s.tr().args("list-dots", &[("count", dots.into())])));
    }
    let filter = w.view(w.section).filter.trim();
    if !filter.is_empty() {
        // A filter that is on stays in sight: the room knows the list is not whole.
        let shown = w.rows(w.section).len();
        let all = w.canvas.len_of(kind);
        let said = s
            .tr()
            .args("list-filter", &[("filter", filter.into()), ("shown", shown.into()), ("all", all.into())]);
        title.push_str(&format!("· {said} "));
    }
    f.render_widget(Block::bordered().title(title).border_style(s.border(true)).style(s.base()), area);
    let body = inner(area);
    let rows = w.rows(w.section);
    let i = w.section.index();
    let adding = match top {
        Some(Layer::QuickAdd(line)) => Some((format!("+ {} ", next_id(w, kind)), line)),
        Some(Layer::Exchange(Exchange { from, to, line })) if kind == EntryKind::Relationship => {
            let (a, b) = (w.derived.name(from), w.derived.name(to));
            let arrow = crate::tui::derived::arrow(None);
            let what = s.tr().get("list-what-flows");
            Some((format!("+ {} {a} {arrow} {b}, {what} ", next_id(w, kind)), line))
        }
        _ => None,
    };
    let capacity = usize::from(body.height).saturating_sub(usize::from(adding.is_some()));
    // The selected row stays in view even where the list is shorter than the one the cursor
    // scrolls for (beside the relationship map).
    let selected = w.sections[i].cursor.selected;
    let offset = if adding.is_some() {
        rows.len().saturating_sub(capacity)
    } else {
        let offset = w.sections[i].cursor.offset;
        if selected >= offset + capacity { (selected + 1).saturating_sub(capacity) } else { offset }
    };
    let cols = usize::from(body.width);
    for (n, r) in (offset..rows.len().min(offset + capacity)).enumerate() {
        if let Some(index) = rows.get(r) {
            let y = body.y.saturating_add(n as u16);
            hits.add(Rect { y, height: 1, ..body }, Hit::Entry(kind, index));
        }
    }
    let mut lines: Vec<Line> = (offset..rows.len().min(offset + capacity))
        .filter_map(|r| {
            rows.get(r).map(|index| {
                row(w, kind, index, cols, r == w.sections[i].cursor.selected && adding.is_none(), s)
            })
        })
        .collect();
    if rows.is_empty() && adding.is_none() {
        let hint = if w.sections[i].filter.is_empty() {
            empty_hint(kind, s.tr())
        } else {
            s.tr().get("list-no-match")
        };
        lines = super::text::wrap(&hint, cols)
            .into_iter()
            .map(|l| Line::from(Span::styled(l, s.muted())))
            .collect();
    }
    f.render_widget(Paragraph::new(lines).style(s.base()), body);
    if let Some((prompt, line)) = adding {
        let y = body.y + (rows.len().min(capacity)) as u16;
        let at = Rect { x: body.x, y, width: body.width, height: 1 };
        super::popup::input_line(f, at, &prompt, line, s);
    }
}

fn next_id(w: &Workshop, kind: EntryKind) -> String {
    let n = &w.canvas.next_ids;
    let number = match kind {
        EntryKind::Stakeholder => n.stakeholder,
        EntryKind::Relationship => n.relationship,
        EntryKind::Task => n.task,
        EntryKind::Action => n.action,
    };
    format!("{}{}", kind.prefix(), number.max(1))
}
