//! The frame around every workshop view: title bar, tabs, status line and key hints.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::text::{fit, fit_words, width};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::hits::{Hit, Hits};
use crate::tui::keys::{Mode, bindings, first_key_name};
use crate::tui::layers::Layer;
use crate::tui::style::Styles;
use crate::tui::workshop::{Note, Tone, Workshop};

/// The title bar: canvas title and revision on the left, save state on the right.
pub(crate) fn title_bar(f: &mut Frame, area: Rect, w: &Workshop, s: &Styles) {
    let c = &w.canvas;
    let tr = s.tr();
    let (state, style) = if w.save.dirty() {
        (tr.get("title-not-saved"), s.alert())
    } else {
        match w.save.saved_at {
            Some(t) => {
                (tr.args("title-saved-at", &[("time", t.strftime("%H:%M:%S").to_string().into())]), s.ok())
            }
            None => (tr.get("title-on-disk"), s.ok()),
        }
    };
    let file = w.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let room_word = super::room::status_word(w).map(|r| format!("{r}  ")).unwrap_or_default();
    let file = format!("{room_word}{file}");
    let right = format!("{file}  {state} ");
    let room = usize::from(area.width).saturating_sub(width(&right) + 2);
    let untitled = tr.get("title-untitled");
    let title = if c.title.is_empty() { untitled.as_str() } else { c.title.as_str() };
    let rev = format!("  {}", tr.args("title-revision", &[("revision", c.revision.into())]));
    let title = fit(title, room.saturating_sub(5 + width(&rev)));
    let used = 5 + width(&title) + width(&rev);
    let line = Line::from(vec![
        Span::styled(" cvc ", s.accent()),
        Span::styled(title, s.heading()),
        Span::styled(rev, s.muted()),
        Span::styled(" ".repeat(usize::from(area.width).saturating_sub(used + width(&right))), s.base()),
        Span::styled(format!("{file}  "), s.muted()),
        Span::styled(format!("{state} "), style),
    ]);
    f.render_widget(Paragraph::new(line).style(s.base()), area);
}

/// The section tabs with their counts; the current one highlighted.
pub(crate) fn tabs(f: &mut Frame, area: Rect, w: &Workshop, s: &Styles, hits: &mut Hits) {
    let mut spans = vec![Span::styled(" ", s.base())];
    let mut x = area.x + 1;
    let (labels, gap) = w.tab_labels(area.width);
    for (i, (section, label)) in labels.into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(gap, s.muted()));
            x = x.saturating_add(super::text::width(gap) as u16);
        }
        let style = if section == w.section { s.selected() } else { s.base() };
        let width = super::text::width(&label) as u16;
        let tab = Rect { x, width: width.min(area.right().saturating_sub(x)), ..area };
        hits.add(tab, Hit::Section(section));
        x = x.saturating_add(width);
        spans.push(Span::styled(label, style));
    }
    f.render_widget(Paragraph::new(Line::from(spans)).style(s.base()), area);
}

fn tone_style(s: &Styles, tone: Tone) -> ratatui::style::Style {
    match tone {
        Tone::Info => s.base(),
        Tone::Ok => s.ok(),
        Tone::Alert => s.alert(),
    }
}

/// The status line: the last message, or what the list shows.
pub(crate) fn status(f: &mut Frame, area: Rect, note: Option<&Note>, fallback: &str, s: &Styles) {
    // A message longer than the line is cut with `…`, never silently.
    let cols = usize::from(area.width);
    let line = match note {
        Some(n) => Line::from(Span::styled(fit_words(&format!(" {}", n.text), cols), tone_style(s, n.tone))),
        None => Line::from(Span::styled(fit_words(&format!(" {fallback}"), cols), s.muted())),
    };
    f.render_widget(Paragraph::new(line).style(s.base()), area);
}

/// The key hints of a mode, from the key table.
pub(crate) fn footer(f: &mut Frame, area: Rect, mode: Mode, s: &Styles) {
    let tr = s.tr();
    let hints: Vec<(String, &str, String)> = bindings(mode)
        .filter(|b| !b.hint.is_empty())
        .map(|b| (first_key_name(b, tr), b.hint, tr.get(b.hint)))
        .collect();
    // Help and quit always show; the other hints as many as fit, in table order.
    let always = |hint: &str| matches!(hint, "hint-help" | "hint-quit");
    let cost = |(key, _, hint): &(String, &str, String)| width(key) + width(hint) + 3;
    let mut room = usize::from(area.width);
    room = room.saturating_sub(hints.iter().filter(|h| always(h.1)).map(cost).sum());
    let mut spans = Vec::new();
    for h in &hints {
        if !always(h.1) {
            if cost(h) > room {
                continue;
            }
            room -= cost(h);
        }
        spans.push(Span::styled(format!(" {}", h.0), s.accent()));
        spans.push(Span::styled(format!(" {} ", h.2), s.muted()));
    }
    f.render_widget(Paragraph::new(Line::from(spans)).style(s.base()), area);
}

/// What the status line says when there is no message.
pub(crate) fn idle_status(w: &Workshop, top: Option<&Layer>, tr: crate::i18n::Tr) -> String {
    let filter = &w.view(w.section).filter;
    match (top, filter.is_empty()) {
        (None, false) => tr.args(
            "status-filter",
            &[("filter", filter.as_str().into()), ("shown", w.rows(w.section).len().into())],
        ),
        _ => tr.args("status-undo-steps", &[("count", w.history.depth().into())]),
    }
}
