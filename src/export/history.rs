//! `cvc history` as text and as a Markdown page: the revisions, the signals across time, the
//! four phases' waves, then each stakeholder's, relationship's and action's path.

use std::fmt::Write;

use super::delta::{signals_markdown_in, signals_text_in};
use super::markdown::{inline, table};
use crate::diff::history::{ActionPath, History, Kept, Link, Month, Progress, Standing, Track};
use crate::i18n::Tr;
use crate::model::{Day, Reading};

/// Block characters from thin to thick, for a band's thickness.
pub const LEVELS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// How thick a band is for `n` of at most `max`: `·` for none, else `▁` … `█`.
pub fn level(n: usize, max: usize) -> char {
    if n == 0 || max == 0 {
        return '·';
    }
    LEVELS[((n * LEVELS.len()).div_ceil(max)).clamp(1, LEVELS.len()) - 1]
}

/// The most ongoing work any phase has in any revision.
pub fn wave_max(h: &History) -> usize {
    h.waves.iter().flat_map(|w| w.ongoing.iter().copied()).max().unwrap_or(0)
}

/// A stakeholder's standing in words: "keep informed, supporter (wants champion)".
pub fn standing_text(s: &Standing) -> String {
    standing_in(s, Tr::default())
}

/// [`standing_text`] in `tr`'s language.
pub fn standing_in(s: &Standing, tr: Tr) -> String {
    let quadrant = s.quadrant.map_or_else(|| tr.get("history-unrated"), |q| tr.label(q));
    let stance = s.stance.map_or_else(|| tr.get("history-stance-unset"), |x| tr.label(x));
    match s.desired {
        Some(d) if Some(d) != s.stance => {
            let args =
                [("quadrant", quadrant.into()), ("stance", stance.into()), ("desired", tr.label(d).into())];
            tr.args("history-standing-wants", &args)
        }
        _ => format!("{quadrant}, {stance}"),
    }
}

/// A relationship's health in words.
pub fn link_text(l: &Link) -> String {
    link_in(l, Tr::default())
}

/// [`link_text`] in `tr`'s language.
pub fn link_in(l: &Link, tr: Tr) -> String {
    l.health.map_or_else(|| tr.get("history-health-unset"), |h| tr.label(h))
}

/// An action's status and loop in words: "in progress, loop measured".
pub fn progress_text(p: &Progress) -> String {
    progress_in(p, Tr::default())
}

/// [`progress_text`] in `tr`'s language.
pub fn progress_in(p: &Progress, tr: Tr) -> String {
    let status = p.status.map_or_else(|| tr.get("report-status-unset"), |s| tr.label(s));
    let lp = p.loop_state.map_or_else(
        || tr.get("history-loop-unset"),
        |l| tr.args("history-loop", &[("state", tr.label(l).into())]),
    );
    format!("{status}, {lp}")
}

/// A path in one line: the stretches of equal state, "r1 a → r2–r3 b", then "gone in r4" if it
/// left and "(joined in r2)" if it was not there from the first revision.
pub fn path_text<S: PartialEq>(h: &History, t: &Track<S>, text: impl Fn(&S) -> String) -> String {
    path_in(h, t, text, Tr::default())
}

/// [`path_text`] in `tr`'s language.
pub fn path_in<S: PartialEq>(h: &History, t: &Track<S>, text: impl Fn(&S) -> String, tr: Tr) -> String {
    let tags = |a: usize, b: usize| if a == b { h.tag(a) } else { format!("{}–{}", h.tag(a), h.tag(b)) };
    let mut parts = Vec::new();
    for run in t.runs() {
        match run.state {
            Some(s) => parts.push(format!("{} {}", tags(run.from, run.to), text(s))),
            None if run.from > 0 => {
                parts.push(tr.args("history-gone-in", &[("tags", tags(run.from, run.to).into())]));
            }
            None => {}
        }
    }
    let mut line = parts.join(" → ");
    if let Some(i) = t.joined().filter(|&i| i > 0) {
        line.push(' ');
        line.push_str(&tr.args("history-joined-in", &[("tag", h.tag(i).into())]));
    }
    line
}

/// The width of the phases' names before their bands: 9 in English, more for `Innovieren`.
fn name_width(tr: Tr) -> usize {
    crate::model::Phase::ALL.iter().map(|p| tr.label(*p).chars().count()).max().unwrap_or(0).max(8) + 1
}

/// "revision N" in `tr`'s language.
fn name_in(h: &History, i: usize, tr: Tr) -> String {
    tr.args("report-revision", &[("revision", h.revisions[i].revision.into())])
}

/// What a relationship's path adds: "broken since revision 2", "reconnected in revision 3".
pub fn link_notes(h: &History, t: &Track<Link>) -> Vec<String> {
    link_notes_in(h, t, Tr::default())
}

/// [`link_notes`] in `tr`'s language.
pub fn link_notes_in(h: &History, t: &Track<Link>, tr: Tr) -> Vec<String> {
    let in_revision = |key: &str, i: usize| tr.args(key, &[("revision", name_in(h, i, tr).into())]);
    let mut notes: Vec<String> =
        t.reconnected_in().into_iter().map(|i| in_revision("history-reconnected-in", i)).collect();
    notes.extend(t.broken_since().map(|i| in_revision("history-broken-since", i)));
    notes
}

/// A reading in words: "2026-08-28 19 hours (August median)".
pub fn reading_text(r: &Reading) -> String {
    reading_in(r, Tr::default())
}

/// [`reading_text`] in `tr`'s language (its date the language's way).
pub fn reading_in(r: &Reading, tr: Tr) -> String {
    let note = if r.note.trim().is_empty() { String::new() } else { format!(" ({})", r.note) };
    format!("{} {}{note}", tr.day(r.date), r.value)
}

fn heading(h: &History, tr: Tr) -> String {
    let title = if h.title.is_empty() { tr.get("history-untitled") } else { h.title.clone() };
    let args = [("title", title.into()), ("id", h.id.as_str().into()), ("count", h.revisions.len().into())];
    tr.args("history-heading", &args)
}

fn revision_line(h: &History, i: usize, tr: Tr) -> String {
    let r = &h.revisions[i];
    let date = r.date.map_or_else(|| tr.get("history-no-date"), |d| tr.day(d));
    format!("{}  {date}  {}", name_in(h, i, tr), r.source)
}

/// Width of one revision's segment of a band, in characters.
const SEGMENT: usize = 6;

/// The history as plain text.
pub fn history_text(h: &History) -> String {
    history_text_in(h, Tr::default())
}

/// [`history_text`] in `tr`'s language.
pub fn history_text_in(h: &History, tr: Tr) -> String {
    let mut out = format!("{}\n", tr.args("history-title", &[("title", heading(h, tr).into())]));
    for i in 0..h.revisions.len() {
        let _ = writeln!(out, "  {}", revision_line(h, i, tr));
    }
    out.push('\n');
    out.push_str(&signals_text_in(&h.signals, tr));
    let _ = writeln!(out, "{}", tr.get("history-waves-text"));
    let max = wave_max(h);
    let tags: String = (0..h.revisions.len()).map(|i| format!("{:<SEGMENT$}", h.tag(i))).collect();
    let name = name_width(tr);
    let _ = writeln!(out, "{}", format!("  {:<name$}{tags}", "").trim_end());
    for w in &h.waves {
        let band: String =
            w.ongoing.iter().map(|&n| level(n, max).to_string().repeat(SEGMENT - 1) + " ").collect();
        let counts: Vec<String> = w.ongoing.iter().map(usize::to_string).collect();
        let emphasis: Vec<String> = w.emphasis.iter().map(u8::to_string).collect();
        let emphasis = tr.args("history-emphasis", &[("levels", emphasis.join(" → ").into())]);
        let _ = writeln!(out, "  {:<name$}{band} {}  {emphasis}", tr.label(w.phase), counts.join(" → "));
    }
    months_text(&mut out, h, tr);
    let _ = write!(out, "\n{}\n", tr.get("history-stakeholders-text"));
    for t in &h.stakeholders {
        let _ = writeln!(out, "  {} {}: {}", t.id, t.label, path_in(h, t, |s| standing_in(s, tr), tr));
    }
    let _ = write!(out, "\n{}\n", tr.get("history-relationships-text"));
    for t in &h.relationships {
        let notes = link_notes_in(h, t, tr);
        let notes = if notes.is_empty() { String::new() } else { format!("; {}", notes.join("; ")) };
        let _ = writeln!(out, "  {} {}: {}{notes}", t.id, t.label, path_in(h, t, |l| link_in(l, tr), tr));
    }
    let _ = write!(out, "\n{}\n", tr.get("history-actions-text"));
    for a in &h.actions {
        action_text(&mut out, h, a, tr);
    }
    if !h.tasks.is_empty() {
        let _ = write!(out, "\n{}\n", tr.get("history-tasks-text"));
        for t in &h.tasks {
            let _ = writeln!(out, "  {} {}: {}", t.id, t.label, path_in(h, t, |k| kept_in(k, tr), tr));
        }
    }
    out
}

/// A task in one revision in `tr`'s language: "active, held 20 of 25 weekly times (80%)",
/// `en cours, tenue 3 fois sur 4 (chaque semaine), soit 75 %`.
pub fn kept_in(k: &Kept, tr: crate::i18n::Tr) -> String {
    let status = k.status.map_or_else(|| tr.get("report-status-unset"), |s| tr.label(s));
    match k.kept {
        Some(kept) => format!("{status}, {}", kept.words_in(tr)),
        None => status,
    }
}

/// The most ongoing work in any phase and month.
pub fn month_max(h: &History) -> usize {
    h.months.iter().flat_map(|m| m.work).max().unwrap_or(0)
}

/// The waves between workshops: one column a month, from the days the work was held.
fn months_text(out: &mut String, h: &History, tr: Tr) {
    let (Some(first), Some(last)) = (h.months.first(), h.months.last()) else { return };
    let month = |m: &Month| {
        let (y, mo, _) = m.start.ymd();
        crate::i18n::axis_month(y, mo, tr.lang())
    };
    let args = [("from", month(first).into()), ("to", month(last).into())];
    let _ = write!(out, "\n{}\n", tr.args("history-between-text", &args));
    let max = month_max(h);
    let marks: String = h
        .months
        .iter()
        .map(|m| {
            if h.revisions.iter().any(|r| r.date.is_some_and(|d| first_day(d) == m.start)) {
                '|'
            } else {
                ' '
            }
        })
        .collect();
    let mark = tr.get("history-workshop-mark");
    let name = name_width(tr);
    let _ = writeln!(out, "{}", format!("  {:<name$}{marks}  {mark}", "").trim_end());
    for p in crate::model::Phase::ALL {
        let band: String = h.months.iter().map(|m| level(m.work[*p as usize], max)).collect();
        let counts: Vec<String> = h.months.iter().map(|m| m.work[*p as usize].to_string()).collect();
        let _ = writeln!(out, "  {:<name$}{band}  {}", tr.label(*p), counts.join(" "));
    }
}

fn first_day(d: Day) -> Day {
    let (y, m, _) = d.ymd();
    Day::new(y, m, 1).unwrap_or(d)
}

fn action_text(out: &mut String, h: &History, a: &ActionPath, tr: Tr) {
    let t = &a.track;
    let _ = writeln!(out, "  {} {}: {}", t.id, t.label, path_in(h, t, |p| progress_in(p, tr), tr));
    for r in &a.readings {
        let _ =
            writeln!(out, "      {}", tr.args("history-reading", &[("reading", reading_in(r, tr).into())]));
    }
}

/// The history as a Markdown page: tables with a column per revision.
pub fn history_markdown(h: &History) -> String {
    history_markdown_in(h, Tr::default())
}

/// [`history_markdown`] in `tr`'s language.
pub fn history_markdown_in(h: &History, tr: Tr) -> String {
    let mut out = format!("# {}\n\n", tr.args("history-title", &[("title", inline(&heading(h, tr)).into())]));
    let rows = (0..h.revisions.len()).map(|i| {
        let r = &h.revisions[i];
        vec![name_in(h, i, tr), r.date.map(|d| tr.day(d)).unwrap_or_default(), r.source.clone()]
    });
    let (revision, date, file) =
        (tr.get("history-revision-col"), tr.get("plan-date"), tr.get("history-file"));
    out.push_str(&table(&[&revision, &date, &file], rows));
    out.push('\n');
    out.push_str(&signals_markdown_in(&h.signals, tr));
    let _ = write!(out, "## {}\n\n{}\n\n", tr.get("history-waves"), tr.get("history-waves-note"));
    let tags: Vec<String> = (0..h.revisions.len()).map(|i| h.tag(i)).collect();
    let (phase, emphasis) = (tr.get("plan-phase"), tr.get("history-emphasis-col"));
    let mut headers: Vec<&str> = vec![&phase];
    headers.extend(tags.iter().map(String::as_str));
    headers.push(&emphasis);
    let max = wave_max(h);
    let rows = h.waves.iter().map(|w| {
        let mut row = vec![tr.label(w.phase)];
        row.extend(w.ongoing.iter().map(|&n| format!("{} {n}", level(n, max).to_string().repeat(3))));
        row.push(w.emphasis.iter().map(u8::to_string).collect::<Vec<_>>().join(" → "));
        row
    });
    out.push_str(&table(&headers, rows));
    if !h.months.is_empty() {
        let _ = write!(out, "\n### {}\n\n{}\n\n", tr.get("history-between"), tr.get("history-between-note"));
        out.push_str(&super::report_waves::waves_mermaid(h, tr));
    }
    paths_markdown(&mut out, h, &tags, tr);
    if !h.tasks.is_empty() {
        let _ = write!(out, "\n## {}\n\n{}\n\n", tr.get("plan-col-tasks"), tr.get("history-tasks-note"));
        let last = |t: &Track<Kept>| {
            let held = t.steps.iter().rev().flatten().find_map(|k| k.kept.and_then(|k| k.last));
            held.map(|d| tr.day(d)).unwrap_or_default()
        };
        let tasks = h.tasks.iter().map(|t| (t, last(t)));
        out.push_str(&grid(&tags, tasks, |k| kept_in(k, tr), &tr.get("history-last-held"), tr));
    }
    out
}

/// A table of paths: id, label, one column per revision, and a last column of notes.
fn grid<'a, S: 'a>(
    tags: &[String],
    tracks: impl Iterator<Item = (&'a Track<S>, String)>,
    text: impl Fn(&S) -> String,
    last: &str,
    tr: Tr,
) -> String {
    let (id, entry) = (tr.get("plan-id"), tr.get("diff-entry"));
    let mut headers: Vec<&str> = vec![&id, &entry];
    headers.extend(tags.iter().map(String::as_str));
    headers.push(last);
    let rows = tracks.map(|(t, notes)| {
        let mut row = vec![t.id.clone(), t.label.clone()];
        row.extend(t.steps.iter().map(|s| s.as_ref().map_or_else(|| "—".to_string(), &text)));
        row.push(notes);
        row
    });
    table(&headers, rows)
}

fn paths_markdown(out: &mut String, h: &History, tags: &[String], tr: Tr) {
    let _ = write!(out, "\n## {}\n\n", tr.get("plan-stakeholders"));
    let people = h.stakeholders.iter().map(|t| (t, String::new()));
    out.push_str(&grid(tags, people, |s| standing_in(s, tr), "", tr));
    let _ = write!(out, "\n## {}\n\n", tr.get("plan-relationships"));
    let links = h.relationships.iter().map(|t| (t, link_notes_in(h, t, tr).join("; ")));
    out.push_str(&grid(tags, links, |l| link_in(l, tr), &tr.get("history-over-time"), tr));
    let _ = write!(out, "\n## {}\n\n", tr.get("plan-col-actions"));
    let actions = h
        .actions
        .iter()
        .map(|a| (&a.track, a.readings.iter().map(|r| reading_in(r, tr)).collect::<Vec<_>>().join("; ")));
    out.push_str(&grid(tags, actions, |p| progress_in(p, tr), &tr.get("scorecard-readings"), tr));
}
