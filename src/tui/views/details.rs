//! The side panels: the section's prompts, and the selected entry in full, wrapped.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::layout::inner;
use super::text::{fit, wrap_whole};
use crate::diff::entry_fields;
use crate::i18n::{field_name, field_value};
use crate::tui::style::Styles;
use crate::tui::workshop::Workshop;

/// The questions for the room, from the agenda block of the section.
pub(crate) fn prompts_panel(f: &mut Frame, area: Rect, w: &Workshop, s: &Styles) {
    let questions = prompts_in(w.section.block(), s.tr());
    let framed = area.height >= 4;
    let body = if framed { inner(area) } else { area };
    if framed {
        f.render_widget(
            Block::bordered()
                .title(s.tr().get("panel-ask-the-room"))
                .border_style(s.border(false))
                .style(s.base()),
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

/// The rows the framed questions panel needs at `width` columns, its frame included: each
/// question whole, however long the language makes it.
pub(crate) fn prompts_height(w: &Workshop, width: u16, s: &Styles) -> u16 {
    let cols = usize::from(width.saturating_sub(2));
    let rows: usize = prompts_in(w.section.block(), s.tr())
        .iter()
        .map(|q| super::text::line_count(&format!("• {q}"), cols))
        .sum();
    u16::try_from(rows).unwrap_or(u16::MAX).saturating_add(2)
}

/// The selected entry, every filled field, long text wrapped.
pub(crate) fn entry_panel(f: &mut Frame, area: Rect, w: &Workshop, s: &Styles) {
    let Some(kind) = w.section.kind() else { return };
    let c = &w.canvas;
    let selected = w.selected();
    let title = match selected.and_then(|i| c.id_at(kind, i)) {
        Some(id) => format!(" {id} "),
        None => s.tr().get("panel-details"),
    };
    f.render_widget(Block::bordered().title(title).border_style(s.border(false)).style(s.base()), area);
    let body = inner(area);
    let Some(index) = selected else { return };
    let tr = s.tr();
    let ends = c.relationships.get(index).filter(|_| kind == crate::model::EntryKind::Relationship);
    let ends =
        ends.map(|r| [(r.from.as_str(), w.derived.name(&r.from)), (r.to.as_str(), w.derived.name(&r.to))]);
    let names = crate::model::Names::from_pairs(ends.into_iter().flatten());
    let fields: Vec<(String, String)> = entry_fields(c, &names, kind, index)
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(name, value)| (field_name(name, tr), field_value(kind, name, value, tr)))
        .chain(std::iter::once((tr.get("field-quadrant"), String::new())))
        .collect();
    // English keeps its 13 columns; a language's longer names take what they need (up to a
    // third of the panel), so none is cut.
    let widest = fields.iter().map(|(l, _)| super::text::width(l)).max().unwrap_or(0);
    let label_width = match tr.lang() {
        crate::model::Language::En => 13,
        _ => widest.max(13).min((usize::from(body.width) / 3).max(13)),
    };
    let value_width = usize::from(body.width).saturating_sub(label_width + 1);
    let mut lines = Vec::new();
    for (label, value) in fields.iter().filter(|(_, v)| !v.is_empty()) {
        // (English as it always was: a longer name pushes its value right.)
        let label =
            if tr.lang() == crate::model::Language::En { label.clone() } else { fit(label, label_width) };
        for (n, part) in wrap_whole(value, value_width).into_iter().enumerate() {
            let head = if n == 0 { format!("{label:>label_width$} ") } else { " ".repeat(label_width + 1) };
            lines.push(Line::from(vec![Span::styled(head, s.muted()), Span::styled(part, s.base())]));
        }
    }
    if let crate::model::EntryKind::Stakeholder = kind
        && let Some(q) = c.stakeholders[index].quadrant()
    {
        lines.push(Line::from(vec![
            Span::styled(format!("{:>label_width$} ", tr.get("field-quadrant")), s.muted()),
            Span::styled(tr.label(q), s.accent()),
        ]));
    }
    // What does not fit is said, never silently dropped: the form shows every field.
    let room = usize::from(body.height);
    if lines.len() > room && room > 0 {
        let hidden = lines.len() - (room - 1);
        lines.truncate(room - 1);
        let more = tr.args("details-more-lines", &[("count", hidden.into())]);
        lines.push(Line::from(Span::styled(fit(&more, usize::from(body.width)), s.muted())));
    }
    f.render_widget(Paragraph::new(lines).style(s.base()), body);
}

pub(crate) use crate::i18n::prompts as prompts_in;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Tr;
    use crate::model::BlockKind;

    #[test]
    fn english_prompts_are_the_models_own() {
        for kind in BlockKind::ALL.iter().copied() {
            assert_eq!(prompts_in(kind, Tr::default()), crate::model::prompts(kind), "{kind:?}");
            let fr = prompts_in(kind, Tr::new(crate::model::Language::Fr));
            assert_eq!(fr.len(), crate::model::prompts(kind).len());
        }
    }
}
