//! Popups and inputs over the workshop screen: text lines, the form, the picker, questions.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use ratatui_textarea::TextArea;

use super::layout::{centred, inner};
use super::text::{fit, width};
use crate::i18n::Tr;
use crate::tui::form::{Form, Value};
use crate::tui::layers::{ComparePick, Layer, Parking, Picker, candidates};
use crate::tui::line::TextLine as InputLine;
use crate::tui::style::Styles;
use crate::tui::workshop::Workshop;

/// Text with a visible cursor, scrolled so the cursor shows within `cols`.
fn edit_spans<'a>(area: &TextArea<'static>, cols: usize, s: &Styles) -> Vec<Span<'a>> {
    let text = area.lines().first().cloned().unwrap_or_default();
    let at = area.cursor().1;
    let before: String = text.chars().take(at).collect();
    let under: String = text.chars().nth(at).map_or(" ".to_string(), |c| c.to_string());
    let after: String = text.chars().skip(at + 1).collect();
    // The end of what comes before the cursor, as much as fits beside it: found from the end in
    // one pass (taking characters off the front one by one was quadratic: a pasted 100 KB line
    // froze the screen for seconds).
    let room = cols.saturating_sub(2);
    let (mut used, mut start) = (0, before.len());
    for (i, c) in before.char_indices().rev() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        start = i;
    }
    let before_shown = before[start..].to_string();
    let rest = cols.saturating_sub(width(&before_shown) + width(&under));
    vec![
        Span::styled(before_shown, s.base()),
        Span::styled(under, s.base().add_modifier(Modifier::REVERSED)),
        Span::styled(fit(&after, rest), s.base()),
    ]
}

/// A one-line input with a prompt, drawn in `area`.
pub(crate) fn input_line(f: &mut Frame, area: Rect, prompt: &str, line: &InputLine, s: &Styles) {
    let cols = usize::from(area.width).saturating_sub(width(prompt));
    let mut spans = vec![Span::styled(prompt.to_string(), s.accent())];
    spans.extend(edit_spans(line.area(), cols, s));
    // Whatever the row held before (the status text) must not show through after the input.
    f.render_widget(Clear, area);
    f.render_widget(Paragraph::new(Line::from(spans)).style(s.base()), area);
}

fn frame(f: &mut Frame, area: Rect, title: &str, s: &Styles) -> Rect {
    f.render_widget(Clear, area);
    f.render_widget(
        Block::bordered().title(format!(" {title} ")).border_style(s.border(true)).style(s.base()),
        area,
    );
    inner(area)
}

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

/// A form's field name in the screens' language (the model's English labels are the keys'
/// English messages; a name no message knows stays as it is).
fn label_in(tr: Tr, label: &'static str) -> String {
    let key = match label {
        "name" => "form-name",
        "kind" => "form-kind",
        "role" => "form-role",
        "interests" => "form-interests",
        "power" => "form-power",
        "interest" => "form-interest",
        "stance" => "form-stance",
        "desired stance" => "form-desired-stance",
        "engagement approach" => "form-engagement",
        "notes" => "form-notes",
        "from" => "form-from",
        "to" => "form-to",
        "exchange (what flows)" => "form-exchange",
        "direction" => "form-direction",
        "boundary" => "form-boundary",
        "strength" => "form-strength",
        "health" => "form-health",
        "change" => "form-change",
        "phases" => "form-phases",
        "title" => "form-title",
        "owner" => "form-owner",
        "owner role" => "form-owner-role",
        "phase" => "form-phase",
        "cadence" => "form-cadence",
        "status" => "form-status",
        "held on (dates, comma-separated)" => "form-held",
        "votes" => "form-votes",
        "title (We will…)" => "form-action-title",
        "business line" => "form-business-line",
        "due (date, +2w, fri)" => "form-due",
        "value driver" => "form-driver",
        "indicator" => "form-indicator",
        "unit" => "form-unit",
        "baseline" => "form-baseline",
        "baseline date" => "form-baseline-date",
        "target" => "form-target",
        "leading / lagging" => "form-indicator-kind",
        "benefit" => "form-benefit",
        "cost (8000 EUR)" => "form-cost",
        "gain (60000 EUR)" => "form-gain",
        "next loop review (date, +2w)" => "form-review",
        "loop" => "form-loop",
        _ => return label.to_string(),
    };
    tr.get(key)
}

/// A form's title in the screens' language: `Action A1` is `Maßnahme A1`.
fn title_in(tr: Tr, title: &str) -> String {
    let nouns = [
        ("Stakeholder ", "form-title-stakeholder"),
        ("Relationship ", "form-title-relationship"),
        ("Task ", "form-title-task"),
        ("Action ", "form-title-action"),
    ];
    for (english, key) in nouns {
        if let Some(id) = title.strip_prefix(english) {
            return tr.args(key, &[("id", id.into())]);
        }
    }
    title.to_string()
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

fn picker(f: &mut Frame, screen: Rect, w: &Workshop, p: &Picker, s: &Styles) {
    let c = &w.canvas;
    let tr = s.tr();
    let title = match &p.from {
        None => tr.get("picker-from-whom"),
        Some(from) => tr.args("picker-to-whom", &[("from", w.derived.name(from).into())]),
    };
    let area = centred(screen, 60, screen.height.saturating_sub(4).min(18));
    let body = frame(f, area, &title, s);
    let found = candidates(c, p);
    let [query, list] = ratatui::layout::Layout::vertical([
        ratatui::layout::Constraint::Length(1),
        ratatui::layout::Constraint::Fill(1),
    ])
    .areas(body);
    input_line(f, query, &tr.get("picker-type-to-filter"), &p.query, s);
    let rows = usize::from(list.height);
    let first = p.cursor.saturating_sub(rows.saturating_sub(1));
    let lines: Vec<Line> = found
        .iter()
        .enumerate()
        .skip(first)
        .take(rows)
        .map(|(i, (id, name))| {
            let style = if i == p.cursor { s.selected() } else { s.base() };
            Line::from(Span::styled(fit(&format!(" {id:<4} {name}"), usize::from(list.width)), style))
        })
        .collect();
    let lines = if lines.is_empty() {
        vec![Line::from(Span::styled(tr.get("picker-nobody"), s.muted()))]
    } else {
        lines
    };
    f.render_widget(Paragraph::new(lines).style(s.base()), list);
}

fn agenda(f: &mut Frame, screen: Rect, w: &Workshop, cursor: usize, s: &Styles) {
    let blocks = &w.canvas.agenda;
    let area = centred(screen, 76, (blocks.len() as u16 + 5).min(screen.height));
    let total = crate::model::planned_minutes(blocks);
    let tr = s.tr();
    let body = frame(f, area, &tr.args("agenda-editor-title", &[("minutes", total.into())]), s);
    let mut lines = vec![Line::from(Span::styled(
        format!(
            "   {:<32}{:>9}{:>10}  {}",
            tr.get("agenda-col-block"),
            tr.get("agenda-col-planned"),
            tr.get("agenda-col-spent"),
            tr.get("agenda-col-section")
        ),
        s.muted(),
    ))];
    let rows = usize::from(body.height).saturating_sub(2);
    let first = cursor.saturating_sub(rows.saturating_sub(1));
    for (i, b) in blocks.iter().enumerate().skip(first).take(rows) {
        let mark = if i == w.clock.block { if w.clock.running { "▶" } else { "⏸" } } else { " " };
        let spent = crate::model::clock_text(i64::try_from(b.spent_secs).unwrap_or(i64::MAX));
        let text = format!(
            " {mark} {:<32}{:>5} min{:>10}  {}",
            fit(&b.title, 31),
            b.minutes,
            spent,
            tr.label(b.kind)
        );
        let style = if i == cursor { s.selected() } else { s.base() };
        lines.push(Line::from(Span::styled(
            format!("{text:<width$}", width = usize::from(body.width)),
            style,
        )));
    }
    if blocks.is_empty() {
        lines.push(Line::from(Span::styled(tr.get("agenda-no-blocks"), s.muted())));
    }
    f.render_widget(Paragraph::new(lines).style(s.base()), body);
}

pub(super) fn question(f: &mut Frame, screen: Rect, title: &str, lines: &[String], s: &Styles) {
    let cols = usize::from(screen.width.min(70)).saturating_sub(2);
    let wrapped: Vec<String> = lines
        .iter()
        .flat_map(|l| if l.is_empty() { vec![String::new()] } else { super::text::wrap(l, cols) })
        .collect();
    let area = centred(screen, 70, (wrapped.len() as u16 + 2).min(screen.height));
    let body = frame(f, area, title, s);
    let text: Vec<Line> = wrapped.into_iter().map(|l| Line::from(Span::styled(l, s.base()))).collect();
    f.render_widget(Paragraph::new(text).style(s.base()), body);
}

/// The parking lot's line, in a box where the room looks, under the questions parked (a window
/// around the chosen one when ↑ ↓ choose).
fn parking(f: &mut Frame, screen: Rect, w: &Workshop, p: &Parking, s: &Styles) {
    let width = screen.width.saturating_sub(4).min(100);
    let cols = usize::from(width).saturating_sub(4);
    let parked = &w.canvas.parking;
    let shown = 4.min(parked.len());
    let last = p.chosen.map_or(parked.len(), |c| (c + 1).max(shown)).min(parked.len());
    let first = last - shown;
    let area = centred(screen, width, shown as u16 + 3 + u16::from(first > 0));
    let count = [("count", crate::i18n::Arg::from(parked.len()))];
    let title = match p.chosen {
        Some(_) => s.tr().args("parking-chosen", &count),
        None => s.tr().args("parking-typing", &count),
    };
    let body = frame(f, area, &fit(&title, usize::from(width).saturating_sub(4)), s);
    let mut lines: Vec<Line> = Vec::new();
    if first > 0 {
        lines.push(Line::from(Span::styled(
            s.tr().args("parking-earlier", &[("count", first.into())]),
            s.muted(),
        )));
    }
    for (i, q) in parked.iter().enumerate().skip(first).take(shown) {
        let style = if p.chosen == Some(i) { s.selected() } else { s.muted() };
        lines.push(Line::from(Span::styled(fit(&format!("  · {q}"), cols), style)));
    }
    let rows = lines.len() as u16;
    f.render_widget(Paragraph::new(lines).style(s.base()), Rect { height: rows, ..body });
    let input = Rect { y: body.y + rows, height: 1, ..body };
    input_line(f, input, " ? ", &p.line, s);
}

pub(super) fn file_name(path: &std::path::Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// Draws the layer open over the workshop's lists; inputs that live in the status line are
/// drawn there.
pub(crate) fn draw(f: &mut Frame, screen: Rect, status: Rect, w: &Workshop, top: &Layer, s: &Styles) {
    match top {
        Layer::QuickAdd(_)
        | Layer::Loops(_)
        | Layer::Help(_)
        | Layer::Compare(_)
        | Layer::History(_)
        | Layer::Inbox(_)
        | Layer::RoomCard(_) => {}
        Layer::Filter(line) => input_line(f, status, &s.tr().get("prompt-filter"), line, s),
        Layer::Exchange(_) => {
            // Typed in the list, where the room looks; the status line says what is asked.
            let hint = s.tr().get("prompt-exchange-hint");
            f.render_widget(Clear, status);
            f.render_widget(Paragraph::new(Span::styled(hint, s.muted())).style(s.base()), status);
        }
        Layer::SaveAs(line) => {
            // Why the last try failed stays in sight above the path, whole (the prompt takes the
            // status line the message was on).
            if let Some(note) = w.note.as_ref().filter(|n| n.tone == crate::tui::workshop::Tone::Alert) {
                let cols = usize::from(status.width.saturating_sub(1)).max(10);
                let lines: Vec<Line> = super::text::wrap(&note.text, cols)
                    .into_iter()
                    .map(|l| Line::from(Span::styled(format!(" {l}"), s.alert())))
                    .collect();
                let rows =
                    u16::try_from(lines.len()).unwrap_or(u16::MAX).min(status.y.saturating_sub(screen.y));
                let above = Rect { y: status.y.saturating_sub(rows), height: rows, ..status };
                f.render_widget(Clear, above);
                f.render_widget(Paragraph::new(lines).style(s.base()), above);
            }
            input_line(f, status, &s.tr().get("prompt-save-to"), line, s);
        }
        Layer::Park(p) => parking(f, screen, w, p, s),
        Layer::Picker(p) => picker(f, screen, w, p, s),
        Layer::Form(form_state) => form(f, screen, form_state, s),
        Layer::Question(q) => super::question::draw(f, screen, w, q, s),
        Layer::Agenda(cursor) => agenda(f, screen, w, *cursor, s),
        Layer::ComparePick(ComparePick { line, candidates, cursor }) => {
            let area = centred(screen, 76, (candidates.len() as u16 + 4).clamp(5, 16).min(screen.height));
            let body = frame(f, area, &s.tr().get("compare-pick-title"), s);
            let [top, list] = ratatui::layout::Layout::vertical([
                ratatui::layout::Constraint::Length(1),
                ratatui::layout::Constraint::Fill(1),
            ])
            .areas(body);
            input_line(f, top, &s.tr().get("compare-pick-file"), line, s);
            let lines: Vec<Line> = candidates
                .iter()
                .enumerate()
                .map(|(i, (p, about))| {
                    let style = if i == *cursor { s.selected() } else { s.base() };
                    Line::from(Span::styled(
                        fit(&format!(" {}  {about}", file_name(p)), usize::from(list.width)),
                        style,
                    ))
                })
                .collect();
            let lines = if lines.is_empty() {
                vec![Line::from(Span::styled(s.tr().get("compare-pick-none"), s.muted()))]
            } else {
                lines
            };
            f.render_widget(Paragraph::new(lines).style(s.base()), list);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::theme::Theme;

    #[test]
    fn every_field_of_every_entry_has_its_name_in_each_language_and_english_as_the_model_says() {
        use crate::model::{Action, Described, Language, Relationship, Stakeholder, Task};
        fn check<E: Described>() {
            for spec in E::FIELDS {
                assert_eq!(label_in(Tr::default(), spec.label), spec.label);
                let german = label_in(Tr::new(Language::De), spec.label);
                assert_ne!(german, spec.label, "{} has a message", spec.label);
            }
        }
        check::<Stakeholder>();
        check::<Relationship>();
        check::<Task>();
        check::<Action>();
        assert_eq!(title_in(Tr::new(Language::De), "Action A1"), "Maßnahme A1");
        assert_eq!(title_in(Tr::default(), "Action A1"), "Action A1");
    }

    #[test]
    fn a_very_long_line_shows_its_end_beside_the_cursor() {
        let mut area = TextArea::new(vec!["x".repeat(100_000) + "the end"]);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        let s = Styles::new(Theme::default_dark());
        let spans = edit_spans(&area, 40, &s);
        assert_eq!(spans[0].content.chars().count(), 38, "as much as fits beside the cursor");
        assert!(spans[0].content.ends_with("the end"));
        let short = TextArea::new(vec!["abc".to_string()]);
        assert_eq!(edit_spans(&short, 40, &s)[0].content, "", "the cursor at the start");
    }
}
