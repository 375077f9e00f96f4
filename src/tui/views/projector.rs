//! Projector mode: the block and the clock in big glyphs, the section's entries large and clean.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use tui_big_text::{BigText, PixelSize};

use super::agenda::{left_or_over, schedule_text, urgency_style};

use crate::model::clock_text;
use crate::tui::hits::Hits;
use crate::tui::layers::Layer;
use crate::tui::section::Section;
use crate::tui::style::Styles;
use crate::tui::workshop::{Projector, Workshop};

/// Whether the terminal is large enough for entries in big glyphs.
fn roomy(area: Rect) -> bool {
    area.width >= 160 && area.height >= 44
}

fn header(f: &mut Frame, area: Rect, roomy: bool, w: &Workshop, s: &Styles) {
    let p = w.progress();
    let big = if roomy { PixelSize::Full } else { PixelSize::HalfHeight };
    let clock_cols = if roomy { 64 } else { 42 };
    let [left, right] = Layout::horizontal([Constraint::Fill(1), Constraint::Length(clock_cols)]).areas(area);
    let block = w.canvas.agenda.get(p.block).map(|b| b.title.clone()).unwrap_or_default();
    let icon = if w.clock.running { String::new() } else { s.tr().get("projector-paused") };
    // The section is named under the block only when the block's title does not already say it.
    let section = w.section.name(s.tr());
    let repeats = block.to_lowercase().contains(&section.to_lowercase());
    // The room's count, never its ideas: nothing a participant sends is on the wall before the
    // facilitator accepts it.
    let room = super::room::status_word(w).map(|r| format!(" · {r}")).unwrap_or_default();
    let cols = usize::from(left.width);
    let lines = vec![
        // The paused mark stays whole; a long title gives way, after a whole word.
        Line::from(Span::styled(
            super::text::fit_words(&format!(" {block}"), cols.saturating_sub(super::text::width(&icon)))
                + &icon,
            s.heading(),
        )),
        Line::from(Span::styled(if repeats { String::new() } else { format!(" {section}") }, s.accent())),
        Line::from(Span::styled(session_line(&p, &room, usize::from(left.width), s.tr()), s.muted())),
    ];
    f.render_widget(Paragraph::new(lines).style(s.base()), left);
    let sign = if p.block_left < 0 { "+" } else { "" };
    let time = format!("{sign}{}", clock_text(p.block_left.abs()));
    let clock = BigText::builder()
        .pixel_size(big)
        .style(urgency_style(s, p.urgency))
        .lines(vec![Line::from(time)])
        .right_aligned()
        .build();
    f.render_widget(clock, right);
}

/// The session's time left and how far ahead or behind, in the `cols` beside the clock; the
/// schedule is left out rather than cut when a language's words do not fit.
fn session_line(p: &crate::model::Progress, room: &str, cols: usize, tr: crate::i18n::Tr) -> String {
    let session = tr.args("clock-session", &[("time", left_or_over(p.session_left, tr).into())]);
    let full = format!(" {session} · {}{room}", schedule_text(p, tr));
    if super::text::width(&full) <= cols { full } else { format!(" {session}{room}") }
}

/// The rows under the block and the clock, down to the bottom line: where a screen over projector
/// mode (the loop review) goes, so the clock stays in sight.
pub(crate) fn under_header(area: Rect) -> Rect {
    let top = if roomy(area) { 10 } else { 6 };
    Rect { y: area.y + top, height: area.height.saturating_sub(top + 1), ..area }
}

/// Review's coverage (each phase's relationships, tasks and actions, an empty phase or one with no
/// ongoing work said beside it) and the parking lot, in bold at the top of `body`; returns what is
/// left for the warnings.
fn review_head(f: &mut Frame, body: Rect, w: &Workshop, s: &Styles) -> Rect {
    use ratatui::style::Modifier;
    let bold = |st: ratatui::style::Style| st.add_modifier(Modifier::BOLD);
    let cols = usize::from(body.width).saturating_sub(1);
    let tr = s.tr();
    let mut lines: Vec<Line> = Vec::new();
    for &(phase, n) in &w.derived.coverage {
        let flag = match (n.is_empty(), n.lacks_ongoing_work()) {
            (true, _) => Span::styled(format!("  ✗ {}", tr.get("review-empty")), s.alert()),
            (false, true) => {
                Span::styled(format!("  ! {}", tr.get("review-no-ongoing-work")), bold(s.warn()))
            }
            _ => Span::styled("", s.base()),
        };
        // Each count in a column of its own width, whatever the number's plural.
        let count = |k: usize, key: &str, wide: usize| {
            let said = tr.args(key, &[("count", k.into())]);
            format!("{k:>2} {said:<wide$}")
        };
        let widest = |key: &str| {
            [1usize, 2]
                .map(|k| super::text::width(&tr.args(key, &[("count", k.into())])))
                .into_iter()
                .max()
                .unwrap_or(0)
        };
        let counts = format!(
            "{} · {} · {}",
            count(n.relationships, "projector-relationships", widest("projector-relationships")),
            count(n.tasks, "projector-tasks", widest("projector-tasks")),
            count(n.actions, "projector-actions", widest("projector-actions"))
        );
        lines.push(Line::from(vec![
            Span::styled(format!(" {:<10}", tr.label(phase)), bold(s.phase(phase))),
            Span::styled(counts, bold(s.base())),
            flag,
        ]));
    }
    let parked = &w.canvas.parking;
    if !parked.is_empty() {
        lines.push(Line::from(Span::styled(
            format!(" {}", tr.args("review-parking", &[("count", parked.len().into())])),
            s.heading(),
        )));
        // A few questions, each whole; the rest counted, so the warnings keep most of the rows.
        let most = usize::from(body.height / 5).max(1);
        let mut used = 0;
        for (k, q) in parked.iter().enumerate() {
            let parts = super::text::wrap_hanging(&format!(" ? {q}"), cols, "   ");
            if used > 0 && used + parts.len() > most {
                let more =
                    format!("   {}", tr.args("review-parking-more", &[("count", (parked.len() - k).into())]));
                lines.push(Line::from(Span::styled(more, bold(s.muted()))));
                break;
            }
            used += parts.len();
            lines.extend(parts.into_iter().map(|l| Line::from(Span::styled(l, bold(s.base())))));
        }
    }
    lines.push(Line::default());
    let rows = (lines.len() as u16).min(body.height / 2);
    f.render_widget(Paragraph::new(lines).style(s.base()), Rect { height: rows, ..body });
    Rect { y: body.y + rows, height: body.height - rows, ..body }
}

/// Draws projector mode.
pub(crate) fn draw(
    f: &mut Frame,
    area: Rect,
    w: &Workshop,
    top: Option<&Layer>,
    s: &Styles,
    hits: &mut Hits,
) {
    let head_rows = if roomy(area) { 9 } else { 5 };
    let [head, _, body, input] = Layout::vertical([
        Constraint::Length(head_rows),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    header(f, head, roomy(area), w, s);
    if w.projector == Projector::Focus {
        super::projector_entries::focus(f, body, w, s);
        let hint = s.tr().get("projector-focus-keys");
        f.render_widget(Paragraph::new(Line::from(Span::styled(hint, s.muted()))).style(s.base()), input);
        return;
    }
    // Review shows what the Review section shows: coverage and the parking lot above the warnings.
    let body = if w.section == Section::Review { review_head(f, body, w, s) } else { body };
    let total = super::projector_entries::list(f, body, roomy(area), w, s, hits);
    if total == 0 {
        let say = match w.section {
            Section::Context => s.tr().get("projector-no-context"),
            Section::Review => format!(" {}", s.tr().get("review-no-warnings")),
            _ => s.tr().get("projector-nothing-yet"),
        };
        let hint = Line::from(Span::styled(say, s.muted()));
        f.render_widget(Paragraph::new(hint).style(s.base()), body);
    }
    match top {
        // The status line is not drawn in projector mode: the question a first Esc asks is put
        // where the room looks, in the prompt.
        Some(Layer::QuickAdd(line)) if line.leaving => {
            super::popup::input_line(f, input, &s.tr().get("projector-drop-line"), line, s);
        }
        Some(Layer::QuickAdd(line)) => super::popup::input_line(f, input, " + ", line, s),
        _ => {
            let hint = s.tr().get("projector-keys");
            f.render_widget(Paragraph::new(Line::from(Span::styled(hint, s.muted()))).style(s.base()), input);
        }
    }
}
