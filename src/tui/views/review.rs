//! The Review section: coverage of the phases, the warnings (Enter jumps to the entry), loop reviews.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::layout::inner;
use super::text::{fit, wrap_hanging};
use crate::tui::section::Section;
use crate::tui::style::Styles;
use crate::tui::workshop::Workshop;

/// Draws coverage and the selectable warnings.
pub(crate) fn draw(f: &mut Frame, area: Rect, w: &Workshop, s: &Styles) {
    let tr = s.tr();
    let title = format!(" {} ", Section::Review.name(tr));
    f.render_widget(Block::bordered().title(title).border_style(s.border(true)).style(s.base()), area);
    let body = inner(area);
    let cols = usize::from(body.width);
    // Each column at least as wide as English has it, and two wider than its heading.
    let heads = ["review-col-relationships", "review-col-tasks", "review-col-actions"].map(|k| tr.get(k));
    let [wr, wt, wa] =
        [(15, &heads[0]), (8, &heads[1]), (10, &heads[2])].map(|(w, h)| w.max(super::text::width(h) + 2));
    let mut lines = vec![Line::from(Span::styled(
        format!("{:<10}{:>wr$}{:>wt$}{:>wa$}", tr.get("review-col-phase"), heads[0], heads[1], heads[2]),
        s.muted(),
    ))];
    for &(phase, n) in &w.derived.coverage {
        let flag = match (n.is_empty(), n.lacks_ongoing_work()) {
            (true, _) => Span::styled(format!("  {}", tr.get("review-empty")), s.alert()),
            (false, true) => Span::styled(format!("  {}", tr.get("review-no-ongoing-work")), s.warn()),
            _ => Span::styled("", s.base()),
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{:<10}", tr.label(phase)), s.phase(phase)),
            Span::styled(format!("{:>wr$}{:>wt$}{:>wa$}", n.relationships, n.tasks, n.actions), s.base()),
            flag,
        ]));
    }
    let parked = &w.canvas.parking;
    if !parked.is_empty() {
        let heading = tr.args("review-parking-heading", &[("count", parked.len().into())]);
        lines.push(Line::from(Span::styled(heading, s.heading())));
        let limit = usize::from(body.height / 4).max(1);
        for q in parked.iter().take(limit) {
            for part in wrap_hanging(&format!("? {q}"), cols, "  ") {
                lines.push(Line::from(Span::styled(part, s.base())));
            }
        }
        if parked.len() > limit {
            let more = tr.args("review-more-parked", &[("count", (parked.len() - limit).into())]);
            lines.push(Line::from(Span::styled(more, s.muted())));
        }
    }
    let found = &w.derived.warnings;
    let selected =
        w.sections[Section::Review.index()].cursor.selected.min(w.derived.warnings.len().saturating_sub(1));
    // Each warning is wrapped whole; the list scrolls to keep the selected one in view and
    // says what lies above and below. Only the warnings that can be on screen are wrapped (each
    // takes a row at least), so a frame costs the same however many there are.
    let room = usize::from(body.height).saturating_sub(lines.len() + 1);
    let lo = selected.saturating_sub(room);
    let hi = (selected + room + 1).min(found.len());
    let window: Vec<Vec<String>> = found[lo.min(hi)..hi]
        .iter()
        .map(|wn| super::text::wrap(&format!("! {}", wn.text(s.tr())), cols.saturating_sub(2)))
        .collect();
    let wrapped = |n: usize| &window[n - lo];
    let mut first = selected;
    let mut used: usize = if found.is_empty() { 0 } else { wrapped(first).len() };
    while first > lo && used + wrapped(first - 1).len() < room {
        first -= 1;
        used += wrapped(first).len();
    }
    let above = if first > 0 { tr.args("review-above", &[("count", first.into())]) } else { String::new() };
    let heading = format!("{}{above}", tr.args("review-warnings", &[("count", found.len().into())]));
    lines.push(Line::from(Span::styled(heading, s.heading())));
    let mut left = room;
    let mut shown_to = first;
    for n in first..hi {
        let parts = wrapped(n);
        let reserve = usize::from(n + 1 < found.len());
        if parts.len() + reserve > left && n > first {
            break;
        }
        let style = if n == selected { s.selected() } else { s.warn() };
        for (k, part) in parts.iter().enumerate().take(left.saturating_sub(reserve).max(1)) {
            let indent = if k == 0 { "" } else { "  " };
            let text = fit(&format!("{indent}{part}"), cols);
            lines.push(Line::from(Span::styled(format!("{text:<cols$}"), style)));
        }
        left = left.saturating_sub(parts.len());
        shown_to = n + 1;
    }
    if shown_to < found.len() {
        let more = tr.args("review-more-below", &[("count", (found.len() - shown_to).into())]);
        lines.push(Line::from(Span::styled(fit(&more, cols), s.muted())));
    }
    if found.is_empty() {
        lines.push(Line::from(Span::styled(tr.get("review-no-warnings"), s.ok())));
    }
    f.render_widget(Paragraph::new(lines).style(s.base()), body);
}

/// The loop-review schedule, overdue first.
pub(crate) fn schedule_panel(f: &mut Frame, area: Rect, w: &Workshop, s: &Styles) {
    f.render_widget(
        Block::bordered()
            .title(s.tr().get("review-loop-reviews"))
            .border_style(s.border(false))
            .style(s.base()),
        area,
    );
    let body = inner(area);
    let cols = usize::from(body.width);
    let c = &w.canvas;
    // Only loops still to review: a closed loop or a dropped action has none. `!` marks an
    // overdue review beside its colour.
    // (The schedule may be a step behind the canvas: an action no longer there is passed over.)
    let open = |i: usize| {
        c.actions.get(i).is_some_and(|a| {
            a.loop_state != Some(crate::model::LoopState::Closed)
                && a.status != Some(crate::model::ActionStatus::Dropped)
        })
    };
    // Every line is wrapped whole, never cut: the room reads the action it is asked about.
    let hang = |text: &str, indent: &str, style| -> Vec<Line<'static>> {
        wrap_hanging(text, cols, indent).into_iter().map(|l| Line::from(Span::styled(l, style))).collect()
    };
    let mut lines: Vec<Line> = Vec::new();
    for &(i, date, overdue) in w.derived.schedule.iter().filter(|(i, _, _)| open(*i)) {
        if lines.len() >= usize::from(body.height) {
            break;
        }
        let (style, mark) = if overdue { (s.alert(), "!") } else { (s.base(), " ") };
        let a = &c.actions[i];
        lines.extend(hang(&format!("{mark} {date} {} {}", a.id, a.title), "             ", style));
    }
    if lines.is_empty() {
        lines.extend(hang(&s.tr().get("review-no-dates"), "", s.muted()));
    }
    if !w.derived.scorecard.is_empty() {
        lines.extend(hang(&s.tr().get("review-scorecard"), "", s.heading()));
        let tr = s.tr();
        for line in &w.derived.scorecard {
            let driver = line.driver.map_or_else(|| tr.get("review-no-driver"), |d| tr.label(d));
            let mut words: Vec<String> = line.actions.iter().map(|m| score_word(m, tr)).collect();
            if line.more > 0 {
                words.push(tr.args("review-score-more", &[("count", line.more.into())]));
            }
            let text = format!("{driver:<14}{}", words.join("  "));
            lines.extend(hang(&text, "              ", s.base()));
        }
    }
    for d in &w.derived.unserved {
        let text = format!("! {:<12}{}", s.tr().label(*d), s.tr().get("review-unserved"));
        lines.extend(hang(&text, "              ", s.warn()));
    }
    if !w.derived.least.is_empty() {
        lines.extend(hang(&s.tr().get("review-fewest-dots"), "", s.heading()));
        for &(kind, i, votes) in &w.derived.least {
            let text = format!("{votes} ● {} {}", c.id_at(kind, i).unwrap_or_default(), c.label_at(kind, i));
            lines.extend(hang(&text, "    ", s.base()));
        }
    }
    let room = usize::from(body.height);
    if lines.len() > room && room > 1 {
        let hidden = lines.len() - (room - 1);
        lines.truncate(room - 1);
        let more = s.tr().args("review-more-lines", &[("count", hidden.into())]);
        lines.push(Line::from(Span::styled(fit(&more, cols), s.muted())));
    }
    f.render_widget(Paragraph::new(lines).style(s.base()), body);
}

/// One action on the scorecard for people: `A1 105% ✓`, `A6 no indicator`.
fn score_word(m: &crate::tui::derived::ScoreMark, tr: crate::i18n::Tr) -> String {
    use crate::tui::derived::Unmeasured;
    let progress = match m.progress {
        Ok(p) if tr.lang() == crate::model::Language::En => format!(" {p}%"),
        Ok(p) => format!(" {}", crate::i18n::percent(p as f64, 0, tr.lang())),
        Err(Unmeasured::NotNumeric) => format!(" {}", tr.get("review-score-measured")),
        Err(Unmeasured::NoReading) => " –".into(),
        Err(Unmeasured::NoIndicator) => format!(" {}", tr.get("review-score-no-indicator")),
    };
    let closed = if m.closed { " ✓" } else { "" };
    format!("{}{progress}{closed}", m.id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Tr;
    use crate::model::Language;
    use crate::tui::derived::{ScoreMark, Unmeasured};

    #[test]
    fn a_scorecard_mark_is_worded_in_the_screens_language_and_english_as_before() {
        let none = ScoreMark { id: "A6".into(), progress: Err(Unmeasured::NoIndicator), closed: false };
        assert_eq!(score_word(&none, Tr::default()), "A6 no indicator");
        assert_eq!(score_word(&none, Tr::new(Language::De)), "A6 ohne Kennzahl");
        let done = ScoreMark { id: "A1".into(), progress: Ok(105), closed: true };
        assert_eq!(score_word(&done, Tr::default()), "A1 105% ✓");
        assert_eq!(score_word(&done, Tr::new(Language::Fr)), "A1 105\u{a0}% ✓");
    }
}
