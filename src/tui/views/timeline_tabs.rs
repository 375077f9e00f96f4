//! The history screen's tabs, as lines: the signals, each stakeholder's path, each relationship's
//! health strip, each action's path and readings, and each community task's cadence kept per
//! revision (a strip of how much of its cadence it kept, ✗ where it slipped) and path.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::text::{fit, wrap};
use crate::diff::history::{History, Kept, Link, Track};
use crate::export::{LEVELS, kept_in, link_in, link_notes_in, path_in, progress_in, reading_in, standing_in};
use crate::model::Health;
use crate::tui::style::Styles;
use crate::tui::timeline::{TASKS_TAB, Timeline};

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
                (LEVELS[level - 1], if f >= 1.0 { s.ok() } else { s.warn() })
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

/// The community tasks: a legend, then per task its strip, its path and the day last held.
fn tasks(out: &mut Vec<Line<'static>>, h: &History, width: usize, s: &Styles) {
    let tr = s.tr();
    if h.tasks.is_empty() {
        return;
    }
    under(out, &tr.get("history-tasks-legend"), 0, width, s.muted());
    for t in &h.tasks {
        out.push(strip(t, |k| kept_mark(k, s), width, s));
        let mut notes = vec![path_in(h, t, |k| kept_in(k, tr), tr)];
        let last = t.steps.iter().rev().flatten().find_map(|k| k.kept.and_then(|k| k.last));
        notes.extend(last.map(|d| tr.args("history-last-held-on", &[("day", tr.day(d).into())])));
        under(out, &notes.join("; "), 4, width, s.base());
    }
}

/// The lines of the tab shown at `width` columns, and on the stakeholders tab the lines the
/// selected stakeholder takes (first, end).
pub(super) fn tab_lines(
    t: &Timeline,
    width: usize,
    s: &Styles,
) -> (Vec<Line<'static>>, Option<(usize, usize)>) {
    let (h, mut out, mut picked) = (&t.history, Vec::new(), None);
    let tr = s.tr();
    match t.tab {
        0 => out.extend(super::signals::lines(&h.signals, width, None, s).into_iter().map(|(_, l)| l)),
        1 => {
            for (i, p) in h.stakeholders.iter().enumerate() {
                let from = out.len();
                let path = path_in(h, p, |x| standing_in(x, tr), tr);
                entry(&mut out, format!("{} {}", p.id, p.label), path, width, s);
                if i == t.picked {
                    out[from] =
                        Line::from(Span::styled(fit(&format!("{} {}", p.id, p.label), width), s.selected()));
                    picked = Some((from, out.len()));
                }
            }
        }
        2 => {
            for r in &h.relationships {
                out.push(strip(r, |l| health_mark(l, s), width, s));
                let mut notes = vec![path_in(h, r, |l| link_in(l, tr), tr)];
                notes.extend(link_notes_in(h, r, tr));
                under(&mut out, &notes.join("; "), 4, width, s.base());
            }
        }
        TASKS_TAB => tasks(&mut out, h, width, s),
        _ => {
            for a in &h.actions {
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
        }
    }
    (out, picked)
}
