//! The details form drawn over the workshop: each field's value, choices and completions, in the
//! screens' language.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::layout::centred;
use super::popup::{edit_spans, frame};
use super::text::{fit, width};
use crate::i18n::Tr;
use crate::tui::form::{Form, Value, label_in, title_in};
use crate::tui::style::Styles;

fn value_spans<'a>(value: &Value, shown: &[String], focused: bool, cols: usize, s: &Styles) -> Vec<Span<'a>> {
    let chosen = if focused { s.accent() } else { s.base() };
    let tr = s.tr();
    match value {
        Value::Text(area, _) if focused => edit_spans(area, cols, s),
        Value::Text(area, _) => vec![Span::styled(fit(&area.lines().join(" "), cols), s.base())],
        Value::Choice { index, .. } if focused && pick_list_fits(shown, cols) => {
            // Every option in a row, the chosen one marked: a pick list that needs no extra screen.
            let mut spans = Vec::new();
            for (i, o) in shown.iter().enumerate() {
                let text = if *index == Some(i) { format!("[{o}]") } else { format!(" {o} ") };
                spans.push(Span::styled(text, if *index == Some(i) { s.selected() } else { s.muted() }));
            }
            spans
        }
        Value::Choice { options, index } => {
            let now = index.and_then(|i| shown.get(i)).map_or("—".to_string(), String::clone);
            let hint = if focused {
                tr.args("form-of-count", &[("count", options.len().into())])
            } else {
                String::new()
            };
            vec![Span::styled(format!("‹ {now} ›"), chosen), Span::styled(hint, s.muted())]
        }
        Value::Scale { min, max, value } => {
            let mut spans = Vec::new();
            for v in (*min).max(1)..=*max {
                let on = value.is_some_and(|x| v <= x);
                let style = if value == &Some(v) {
                    chosen.add_modifier(Modifier::BOLD)
                } else if on {
                    s.base()
                } else {
                    s.muted()
                };
                spans.push(Span::styled(format!("{} ", if on { '●' } else { '○' }), style));
            }
            spans.push(Span::styled(value.map_or(tr.get("form-unset"), |v| v.to_string()), chosen));
            spans
        }
        Value::Toggles { on, cursor, .. } => shown
            .iter()
            .enumerate()
            .map(|(i, o)| {
                let mark = if on[i] { "[x]" } else { "[ ]" };
                let style = if focused && i == *cursor {
                    s.selected()
                } else if on[i] {
                    s.base()
                } else {
                    s.muted()
                };
                Span::styled(format!("{mark} {o} "), style)
            })
            .collect(),
    }
}

/// What is typed, then the rest of the name it would complete to, faint, the cursor on its first
/// letter, and the key that takes it.
fn suggestion_spans<'a>(typed: &str, name: &str, cols: usize, s: &Styles) -> Vec<Span<'a>> {
    let rest: String = name.chars().skip(typed.chars().count()).collect();
    let mut chars = rest.chars();
    let first = chars.next().map(String::from).unwrap_or_default();
    let hint = s.tr().get("form-completes");
    let room = cols.saturating_sub(width(typed) + width(&hint) + 1);
    vec![
        Span::styled(typed.to_string(), s.base()),
        Span::styled(first, s.muted().add_modifier(Modifier::REVERSED)),
        Span::styled(fit(chars.as_str(), room), s.muted()),
        Span::styled(hint, s.muted()),
    ]
}

/// Whether all the options fit on the field's row.
fn pick_list_fits(shown: &[String], cols: usize) -> bool {
    shown.iter().map(|o| width(o) + 2).sum::<usize>() <= cols
}

/// A field's options as the form shows them: a vocabulary's words in the screens' language,
/// a direction with its arrow.
fn options_shown(field: &crate::tui::form::Field, tr: Tr) -> Vec<String> {
    let (Value::Choice { options, .. } | Value::Toggles { options, .. }) = &field.value else {
        return Vec::new();
    };
    options
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let word = field.words.and_then(|w| tr.choice(w, i)).unwrap_or_else(|| o.clone());
            match arrow_of(o) {
                Some(arrow) => format!("{arrow} {word}"),
                None => word,
            }
        })
        .collect()
}

/// The arrow beside a relationship's direction, by its English label: the same arrow the list
/// and projector draw (`→ one-way`, `↔ two-way`).
fn arrow_of(option: &str) -> Option<&'static str> {
    use crate::model::Direction;
    [Direction::OneWay, Direction::TwoWay]
        .into_iter()
        .find(|d| d.label() == option)
        .map(|d| crate::tui::derived::arrow(Some(d)))
}

/// The details form, centred; the focused field shows its cursor and any problem beside it.
pub(crate) fn form(f: &mut Frame, screen: Rect, form: &Form, s: &Styles) {
    let tr = s.tr();
    let labels: Vec<String> = form.fields.iter().map(|fd| label_in(tr, fd.label)).collect();
    let label_w = labels.iter().map(|l| width(l)).max().unwrap_or(8).min(32) + 2;
    let width_of_form = screen.width.saturating_sub(4).min(100);
    let cols = usize::from(width_of_form.saturating_sub(2)).saturating_sub(label_w + 1);
    // The focused field's problem is shown whole, wrapped under its value.
    let problem: Vec<String> = form.fields[form.focus]
        .error
        .as_ref()
        .map(|e| {
            let e = e.text(tr, &labels[form.focus]);
            textwrap::wrap(&format!("✗ {e}"), cols.max(10)).into_iter().map(|l| l.into_owned()).collect()
        })
        .unwrap_or_default();
    let rows = form.fields.len() + form.about.len() + problem.len() + 3;
    // The status line and the key hints stay visible under the form: a question ("Esc again
    // throws these changes away") is said there.
    let room = Rect { height: screen.height.saturating_sub(2), ..screen };
    let height = u16::try_from(rows).unwrap_or(u16::MAX).min(room.height);
    let area = centred(room, width_of_form, height);
    let body = frame(f, area, &title_in(tr, &form.title), s);
    let visible = usize::from(body.height).saturating_sub(1);
    let mut lines: Vec<Line> = form
        .about
        .iter()
        .map(|a| Line::from(Span::styled(format!(" {}", fit(a, usize::from(body.width) - 1)), s.heading())))
        .collect();
    let visible = visible.saturating_sub(lines.len() + problem.len());
    let first = form.focus.saturating_sub(visible.saturating_sub(1));
    for (i, field) in form.fields.iter().enumerate().skip(first).take(visible) {
        let focused = i == form.focus;
        let mark = if field.required { "*" } else { " " };
        let label = format!("{:>label_w$} ", format!("{}{mark}", fit(&labels[i], label_w - 1)));
        let mut spans = vec![Span::styled(label, if focused { s.accent() } else { s.muted() })];
        match field.suggestion().filter(|_| focused) {
            Some(name) => spans.extend(suggestion_spans(&field.text_value(), name, cols, s)),
            None => spans.extend(value_spans(&field.value, &options_shown(field, tr), focused, cols, s)),
        }
        if field.error.is_some() && !focused {
            spans.push(Span::styled("  ✗", s.alert()));
        }
        lines.push(Line::from(spans));
        if focused {
            let indent = " ".repeat(label_w + 1);
            lines.extend(problem.iter().map(|p| Line::from(Span::styled(format!("{indent}{p}"), s.alert()))));
        }
    }
    lines.push(Line::from(Span::styled(tr.get("form-keys"), s.muted())));
    f.render_widget(Paragraph::new(lines).style(s.base()), body);
}
