//! Popups and inputs over the workshop screen: text lines, the picker, the agenda, the parking
//! lot, questions (the form is `form.rs`).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use ratatui_textarea::TextArea;

use super::layout::{centred, inner};
use super::text::{fit, width};
use crate::tui::layers::{ComparePick, Layer, Parking, Picker, candidates};
use crate::tui::line::TextLine as InputLine;
use crate::tui::style::Styles;
use crate::tui::workshop::Workshop;

/// Text with a visible cursor, scrolled so the cursor shows within `cols`.
pub(super) fn edit_spans<'a>(area: &TextArea<'static>, cols: usize, s: &Styles) -> Vec<Span<'a>> {
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

pub(super) fn frame(f: &mut Frame, area: Rect, title: &str, s: &Styles) -> Rect {
    f.render_widget(Clear, area);
    f.render_widget(
        Block::bordered().title(format!(" {title} ")).border_style(s.border(true)).style(s.base()),
        area,
    );
    inner(area)
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
        Layer::Form(form_state) => super::form::form(f, screen, form_state, s),
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
