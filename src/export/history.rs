//! `cvc history` as text and as a Markdown page: the revisions, the signals across time, the
//! four phases' waves, then each stakeholder's, relationship's and action's path.

use std::fmt::Write;

use super::delta::{signals_markdown, signals_text};
use super::markdown::{inline, table};
use crate::diff::history::{ActionPath, History, Kept, Link, Month, Progress, Standing, Track};
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
    let quadrant = s.quadrant.map_or("unrated", |q| q.label());
    let stance = s.stance.map_or_else(|| "stance unset".to_string(), |x| x.to_string());
    match s.desired {
        Some(d) if Some(d) != s.stance => format!("{quadrant}, {stance} (wants {d})"),
        _ => format!("{quadrant}, {stance}"),
    }
}

/// A relationship's health in words.
pub fn link_text(l: &Link) -> String {
    l.health.map_or_else(|| "health unset".to_string(), |h| h.to_string())
}

/// An action's status and loop in words: "in progress, loop measured".
pub fn progress_text(p: &Progress) -> String {
    let status = p.status.map_or_else(|| "status unset".to_string(), |s| s.to_string());
    let lp = p.loop_state.map_or_else(|| "loop unset".to_string(), |l| format!("loop {l}"));
    format!("{status}, {lp}")
}

/// A path in one line: the stretches of equal state, "r1 a → r2–r3 b", then "gone in r4" if it
/// left and "(joined in r2)" if it was not there from the first revision.
pub fn path_text<S: PartialEq>(h: &History, t: &Track<S>, text: impl Fn(&S) -> String) -> String {
    let tags = |a: usize, b: usize| if a == b { h.tag(a) } else { format!("{}–{}", h.tag(a), h.tag(b)) };
    let mut parts = Vec::new();
    for run in t.runs() {
        match run.state {
            Some(s) => parts.push(format!("{} {}", tags(run.from, run.to), text(s))),
            None if run.from > 0 => parts.push(format!("gone in {}", tags(run.from, run.to))),
            None => {}
        }
    }
    let mut line = parts.join(" → ");
    if let Some(i) = t.joined().filter(|&i| i > 0) {
        line.push_str(&format!(" (joined in {})", h.tag(i)));
    }
    line
}

/// What a relationship's path adds: "broken since revision 2", "reconnected in revision 3".
pub fn link_notes(h: &History, t: &Track<Link>) -> Vec<String> {
    let mut notes: Vec<String> =
        t.reconnected_in().into_iter().map(|i| format!("reconnected in {}", h.name(i))).collect();
    notes.extend(t.broken_since().map(|i| format!("broken since {}", h.name(i))));
    notes
}

/// A reading in words: "2026-08-28 19 hours (August median)".
pub fn reading_text(r: &Reading) -> String {
    let note = if r.note.trim().is_empty() { String::new() } else { format!(" ({})", r.note) };
    format!("{} {}{note}", r.date, r.value)
}

fn heading(h: &History) -> String {
    let title = if h.title.is_empty() { "untitled canvas" } else { &h.title };
    let n = h.revisions.len();
    format!("{title} ({}), {n} revision{}", h.id, if n == 1 { "" } else { "s" })
}

fn revision_line(h: &History, i: usize) -> String {
    let r = &h.revisions[i];
    let date = r.date.map(|d| d.to_string()).unwrap_or_else(|| "no date".into());
    format!("{}  {date}  {}", h.name(i), r.source)
}

/// Width of one revision's segment of a band, in characters.
const SEGMENT: usize = 6;

/// The history as plain text.
pub fn history_text(h: &History) -> String {
    let mut out = format!("History of {}\n", heading(h));
    for i in 0..h.revisions.len() {
        let _ = writeln!(out, "  {}", revision_line(h, i));
    }
    out.push('\n');
    out.push_str(&signals_text(&h.signals));
    out.push_str("Waves: ongoing work per phase (active tasks, committed or in-progress actions)\n");
    let max = wave_max(h);
    let tags: String = (0..h.revisions.len()).map(|i| format!("{:<SEGMENT$}", h.tag(i))).collect();
    let _ = writeln!(out, "{}", format!("  {:<9}{tags}", "").trim_end());
    for w in &h.waves {
        let band: String =
            w.ongoing.iter().map(|&n| level(n, max).to_string().repeat(SEGMENT - 1) + " ").collect();
        let counts: Vec<String> = w.ongoing.iter().map(usize::to_string).collect();
        let emphasis: Vec<String> = w.emphasis.iter().map(u8::to_string).collect();
        let _ = writeln!(
            out,
            "  {:<9}{band} {}  (emphasis {})",
            w.phase.label(),
            counts.join(" → "),
            emphasis.join(" → ")
        );
    }
    months_text(&mut out, h);
    out.push_str("\nStakeholders: quadrant and stance per revision\n");
    for t in &h.stakeholders {
        let _ = writeln!(out, "  {} {}: {}", t.id, t.label, path_text(h, t, standing_text));
    }
    out.push_str("\nRelationships: health per revision\n");
    for t in &h.relationships {
        let notes = link_notes(h, t);
        let notes = if notes.is_empty() { String::new() } else { format!("; {}", notes.join("; ")) };
        let _ = writeln!(out, "  {} {}: {}{notes}", t.id, t.label, path_text(h, t, link_text));
    }
    out.push_str("\nActions: status and loop per revision, readings\n");
    for a in &h.actions {
        action_text(&mut out, h, a);
    }
    if !h.tasks.is_empty() {
        out.push_str("\nTasks: status per revision, cadence kept since the workshop before\n");
        for t in &h.tasks {
            let _ = writeln!(out, "  {} {}: {}", t.id, t.label, path_text(h, t, kept_text));
        }
    }
    out
}

/// A task in one revision: "active, held 20 of 25 weekly times (80%)".
pub fn kept_text(k: &Kept) -> String {
    kept_in(k, crate::i18n::Tr::default())
}

/// [`kept_text`] in `tr`'s language: `en cours, tenue 3 fois sur 4 (chaque semaine), soit 75 %`.
pub fn kept_in(k: &Kept, tr: crate::i18n::Tr) -> String {
    let status = k.status.map_or_else(|| tr.get("report-status-unset"), |s| tr.label(s));
    match k.kept {
        Some(kept) => format!("{status}, {}", kept.words_in(tr)),
        None => status,
    }
}

/// The month a wave's column stands for: `2026-05`.
pub fn month_tag(m: &Month) -> String {
    let (y, mo, _) = m.start.ymd();
    format!("{y:04}-{mo:02}")
}

/// The most ongoing work in any phase and month.
pub fn month_max(h: &History) -> usize {
    h.months.iter().flat_map(|m| m.work).max().unwrap_or(0)
}

/// The waves between workshops: one column a month, from the days the work was held.
fn months_text(out: &mut String, h: &History) {
    let (Some(first), Some(last)) = (h.months.first(), h.months.last()) else { return };
    let _ = writeln!(
        out,
        "\nBetween workshops: ongoing work month by month, {} to {}, from the days tasks were held",
        month_tag(first),
        month_tag(last)
    );
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
    let _ = writeln!(out, "{}", format!("  {:<9}{marks}  (| a workshop's month)", "").trim_end());
    for p in crate::model::Phase::ALL {
        let band: String = h.months.iter().map(|m| level(m.work[*p as usize], max)).collect();
        let counts: Vec<String> = h.months.iter().map(|m| m.work[*p as usize].to_string()).collect();
        let _ = writeln!(out, "  {:<9}{band}  {}", p.label(), counts.join(" "));
    }
}

fn first_day(d: Day) -> Day {
    let (y, m, _) = d.ymd();
    Day::new(y, m, 1).unwrap_or(d)
}

fn action_text(out: &mut String, h: &History, a: &ActionPath) {
    let t = &a.track;
    let _ = writeln!(out, "  {} {}: {}", t.id, t.label, path_text(h, t, progress_text));
    for r in &a.readings {
        let _ = writeln!(out, "      reading {}", reading_text(r));
    }
}

/// The history as a Markdown page: tables with a column per revision.
pub fn history_markdown(h: &History) -> String {
    let mut out = format!("# History of {}\n\n", inline(&heading(h)));
    let rows = (0..h.revisions.len()).map(|i| {
        let r = &h.revisions[i];
        vec![h.name(i), r.date.map(|d| d.to_string()).unwrap_or_default(), r.source.clone()]
    });
    out.push_str(&table(&["Revision", "Date", "File"], rows));
    out.push('\n');
    out.push_str(&signals_markdown(&h.signals));
    out.push_str("## Waves\n\nOngoing work per phase (active tasks, committed or in-progress actions); the band thickens with the work.\n\n");
    let tags: Vec<String> = (0..h.revisions.len()).map(|i| h.tag(i)).collect();
    let mut headers: Vec<&str> = vec!["Phase"];
    headers.extend(tags.iter().map(String::as_str));
    headers.push("Emphasis");
    let max = wave_max(h);
    let rows = h.waves.iter().map(|w| {
        let mut row = vec![w.phase.label().to_string()];
        row.extend(w.ongoing.iter().map(|&n| format!("{} {n}", level(n, max).to_string().repeat(3))));
        row.push(w.emphasis.iter().map(u8::to_string).collect::<Vec<_>>().join(" → "));
        row
    });
    out.push_str(&table(&headers, rows));
    if !h.months.is_empty() {
        out.push_str("\n### Between workshops\n\nOngoing work month by month, from the days tasks were held: a band thins when the work stops.\n\n");
        out.push_str(&super::report_waves::waves_mermaid(h));
    }
    paths_markdown(&mut out, h, &tags);
    if !h.tasks.is_empty() {
        out.push_str("\n## Tasks\n\nStatus per revision, and cadence kept since the workshop before.\n\n");
        let last = |t: &Track<Kept>| {
            let held = t.steps.iter().rev().flatten().find_map(|k| k.kept.and_then(|k| k.last));
            held.map(|d| d.to_string()).unwrap_or_default()
        };
        out.push_str(&grid(&tags, h.tasks.iter().map(|t| (t, last(t))), kept_text, "Last held"));
    }
    out
}

/// A table of paths: id, label, one column per revision, and a last column of notes.
fn grid<'a, S: 'a>(
    tags: &[String],
    tracks: impl Iterator<Item = (&'a Track<S>, String)>,
    text: impl Fn(&S) -> String,
    last: &str,
) -> String {
    let mut headers: Vec<&str> = vec!["Id", "Entry"];
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

fn paths_markdown(out: &mut String, h: &History, tags: &[String]) {
    out.push_str("\n## Stakeholders\n\n");
    let people = h.stakeholders.iter().map(|t| (t, String::new()));
    out.push_str(&grid(tags, people, standing_text, ""));
    out.push_str("\n## Relationships\n\n");
    let links = h.relationships.iter().map(|t| (t, link_notes(h, t).join("; ")));
    out.push_str(&grid(tags, links, link_text, "Over time"));
    out.push_str("\n## Actions\n\n");
    let actions = h
        .actions
        .iter()
        .map(|a| (&a.track, a.readings.iter().map(reading_text).collect::<Vec<_>>().join("; ")));
    out.push_str(&grid(tags, actions, progress_text, "Readings"));
}
