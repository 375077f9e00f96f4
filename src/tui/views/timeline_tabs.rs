//! The history screen's tabs, as lines: the signals, each stakeholder's path, each relationship's
//! health strip, each action's path and readings, and each community task's cadence kept per
//! revision (a strip of how much of its cadence it kept, ✗ where it slipped) and path.
//!
//! Only the entries in sight are worded and wrapped: a tab of 100,000 stakeholders over ten
//! revisions costs a frame what twenty of them cost.

use std::collections::VecDeque;

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::text::{fit, wrap};
use crate::diff::history::{Kept, Link, Track};
use crate::diff::{Signal, SignalGroup, grouped};
use crate::export::{LEVELS, kept_in, link_in, link_notes_in, path_in, progress_in, reading_in, standing_in};
use crate::model::Health;
use crate::tui::style::Styles;
use crate::tui::timeline::{TASKS_TAB, Timeline};

/// Beyond this many entries below the lines shown, what is left is counted in entries, not lines
/// (wording them all to count their lines would cost the frame).
const COUNT_LINES_UP_TO: usize = 500;

/// An entry's heading and its path wrapped under it.
fn entry(out: &mut Vec<Line<'static>>, head: String, path: String, width: usize, s: &Styles) {
    out.push(Line::from(Span::styled(fit(&head, width), s.heading())));
    for part in wrap(&path, width.saturating_sub(4)) {
        out.push(Line::from(Span::styled(format!("    {part}"), s.base())));
    }
}

/// The mark and style of a relationship's health in one revision: a symbol beside every colour.
fn health_mark(l: Option<&Link>, s: &Styles) -> (char, Style) {
    match l.map(|l| l.health) {
        None => ('·', s.muted()),
        Some(None) => ('?', s.muted()),
        Some(Some(Health::Healthy)) => ('✓', s.ok()),
        Some(Some(Health::AtRisk)) => ('!', s.warn()),
        Some(Some(Health::Broken)) => ('✗', s.alert()),
    }
}

/// The mark and style of a task in one revision: not listed `·`, nothing counted `○`, slipped
/// `✗`, else a bar as tall as the share of its cadence it kept (`▁` little … `█` all).
fn kept_mark(k: Option<&Kept>, s: &Styles) -> (char, Style) {
    let Some(k) = k else { return ('·', s.muted()) };
    match k.kept {
        Some(kept) if kept.slipped => ('✗', s.alert()),
        Some(kept) => match kept.fraction() {
            Some(f) => {
                let level = ((f * LEVELS.len() as f64).ceil() as usize).clamp(1, LEVELS.len());
                // Its colour says only what the cadence's one rule says: not slipped.
                (LEVELS[level - 1], s.ok())
            }
            None => ('○', s.muted()),
        },
        None => ('○', s.muted()),
    }
}

/// A strip of marks, one per revision, then the entry's id and name.
fn strip<S>(
    t: &Track<S>,
    mark: impl Fn(Option<&S>) -> (char, Style),
    width: usize,
    s: &Styles,
) -> Line<'static> {
    let mut spans: Vec<Span> = t
        .steps
        .iter()
        .map(|step| {
            let (m, style) = mark(step.as_ref());
            Span::styled(m.to_string(), style)
        })
        .collect();
    spans.push(Span::styled(
        fit(&format!(" {} {}", t.id, t.label), width.saturating_sub(t.steps.len())),
        s.heading(),
    ));
    Line::from(spans)
}

/// Lines of `text` wrapped under an entry, indented by `indent` spaces.
fn under(out: &mut Vec<Line<'static>>, text: &str, indent: usize, width: usize, style: Style) {
    for part in wrap(text, width.saturating_sub(indent)) {
        out.push(Line::from(Span::styled(format!("{}{part}", " ".repeat(indent)), style)));
    }
}

/// Notes on an entry, one after another: "r1 at risk → r2–r3 healthy; reconnected in revision 3".
fn joined(notes: Vec<String>, tr: crate::i18n::Tr) -> String {
    notes
        .into_iter()
        .reduce(|first, next| tr.args("history-then", &[("first", first.into()), ("next", next.into())]))
        .unwrap_or_default()
}

/// What is left below the lines shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Below {
    /// This many lines.
    Lines(usize),
    /// This many entries (too many to count their lines).
    Entries(usize),
}

/// One item of the signals tab: a group's heading, the gap before the second group, a signal.
enum Item<'a> {
    Heading(SignalGroup, usize),
    Gap,
    Signal(&'a Signal),
}

/// The signals tab's items in order: each group's heading, then its signals.
fn signal_items(signals: &[Signal]) -> Vec<Item<'_>> {
    let mut out = Vec::new();
    for (group, list) in grouped(signals) {
        if !out.is_empty() {
            out.push(Item::Gap);
        }
        out.push(Item::Heading(group, list.len()));
        out.extend(list.into_iter().map(Item::Signal));
    }
    out
}

/// The lines of entry `i` of the tab shown, at `width` columns (`signals`: the signals tab's items).
fn entry_lines(t: &Timeline, i: usize, signals: &[Item], width: usize, s: &Styles) -> Vec<Line<'static>> {
    let (h, tr) = (&t.history, s.tr());
    let mut out = Vec::new();
    match t.tab {
        0 => match signals.get(i) {
            Some(Item::Heading(group, n)) => out.push(super::signals::heading(*group, *n, s)),
            Some(Item::Gap) => out.push(Line::default()),
            Some(Item::Signal(sig)) => out = super::signals::signal(sig, width, false, s),
            None => {}
        },
        1 => {
            let p = &h.stakeholders[i];
            entry(
                &mut out,
                format!("{} {}", p.id, p.label),
                path_in(h, p, |x| standing_in(x, tr), tr),
                width,
                s,
            );
            if i == t.picked {
                out[0] = Line::from(Span::styled(fit(&format!("{} {}", p.id, p.label), width), s.selected()));
            }
        }
        2 => {
            let r = &h.relationships[i];
            out.push(strip(r, |l| health_mark(l, s), width, s));
            let mut notes = vec![path_in(h, r, |l| link_in(l, tr), tr)];
            notes.extend(link_notes_in(h, r, tr));
            under(&mut out, &joined(notes, tr), 4, width, s.base());
        }
        3 => {
            let a = &h.actions[i];
            let t = &a.track;
            entry(
                &mut out,
                format!("{} {}", t.id, t.label),
                path_in(h, t, |p| progress_in(p, tr), tr),
                width,
                s,
            );
            for r in &a.readings {
                let reading = tr.args("history-reading", &[("reading", reading_in(r, tr).into())]);
                under(&mut out, &reading, 6, width, s.muted());
            }
        }
        TASKS_TAB if i == 0 => under(&mut out, &tr.get("history-tasks-legend"), 0, width, s.muted()),
        _ => {
            let task = &h.tasks[i - 1];
            out.push(strip(task, |k| kept_mark(k, s), width, s));
            let mut notes = vec![path_in(h, task, |k| kept_in(k, tr), tr)];
            let last = task.steps.iter().rev().flatten().find_map(|k| k.kept.and_then(|k| k.last));
            notes.extend(last.map(|d| tr.args("history-last-held-on", &[("day", tr.day(d).into())])));
            under(&mut out, &joined(notes, tr), 4, width, s.base());
        }
    }
    out
}

/// The `room` lines of the tab shown at `width` columns, and what is left below them. On the
/// stakeholders tab the selected one is in sight, at the bottom once it is below the first
/// screen; on the others the list starts at the first entry scrolled to, or ends at the last
/// when fewer are left than fit.
pub(super) fn window(
    t: &Timeline,
    width: usize,
    room: usize,
    s: &Styles,
) -> (Vec<Line<'static>>, Option<Below>) {
    let n = t.entries();
    if n == 0 || room == 0 {
        return (Vec::new(), None);
    }
    let items = if t.tab == 0 { signal_items(&t.history.signals) } else { Vec::new() };
    let draw = |i: usize| entry_lines(t, i, &items, width, s);
    let bottom = t.tab == 1;
    let anchor = if bottom { t.picked } else { t.scroll[t.tab] }.min(n - 1);
    let mut lines: VecDeque<Line<'static>> = draw(anchor).into();
    // The entries drawn: `first` to `next` (not included).
    let (mut first, mut next) = (anchor, anchor + 1);
    let prepend = |lines: &mut VecDeque<Line<'static>>, first: &mut usize| {
        *first -= 1;
        for line in draw(*first).into_iter().rev() {
            lines.push_front(line);
        }
    };
    if bottom {
        while lines.len() < room && first > 0 {
            prepend(&mut lines, &mut first);
        }
        // Entries above it fill the screen: it ends the screen (its top shows when it alone is
        // taller than the screen).
        if lines.len() > room && first < anchor {
            let extra = lines.len() - room;
            lines.drain(..extra);
        }
    }
    while lines.len() < room && next < n {
        lines.extend(draw(next));
        next += 1;
    }
    if !bottom {
        // Fewer lines left than fit: the list ends at the screen's bottom.
        let short = lines.len() < room;
        while lines.len() < room && first > 0 {
            prepend(&mut lines, &mut first);
        }
        if short && lines.len() > room {
            let extra = lines.len() - room;
            lines.drain(..extra);
        }
    }
    let cut = lines.len().saturating_sub(room);
    lines.truncate(room);
    let below = match n - next {
        after if after > COUNT_LINES_UP_TO => Some(Below::Entries(after)),
        _ => Some(Below::Lines(cut + (next..n).map(|i| draw(i).len()).sum::<usize>())),
    };
    (lines.into(), below.filter(|b| *b != Below::Lines(0)))
}
