//! `cvc report`: the follow-up report for one client over its revisions (DESIGN.md §6, §11) —
//! what was achieved, the loop cards, what changed since the previous revision (signals first),
//! the waves over every revision, the network's weak points and what is due, counted from one
//! day. One page of blocks, so the Markdown and the printable HTML say the same thing; the
//! history and the change parts are also pages of their own (`history`/`diff --format html`).

use super::doc::{Doc, Item, Line, Table, emph, strong, text};
use super::html::{Palette, render};
use super::loopcard::LoopCard;
use crate::diff::history::History;
use crate::diff::{Diff, Signal, SignalGroup};
use crate::model::{
    Action, ActionStatus, Canvas, Day, FollowUp, LoopState, WarningKind, dates, gaps, revisit_day,
};

fn bullet(line: Line) -> Item {
    Item { line, children: Vec::new() }
}

fn said(t: impl Into<String>) -> Item {
    bullet(vec![text(t)])
}

/// The revision's name and day: `revision 2 (2026-11-18)`.
fn named(c: &Canvas) -> String {
    match c.date {
        Some(d) => format!("revision {} ({d})", c.revision),
        None => format!("revision {}", c.revision),
    }
}

/// What the loops achieved: closed with evidence, targets reached, and the gains and returns.
fn achieved(doc: &mut Doc, c: &Canvas) {
    doc.heading(2, "What was achieved");
    let lang = c.language;
    let mut items = Vec::new();
    for a in c.actions.iter().filter(|a| a.status != Some(ActionStatus::Dropped)) {
        let closed = a.loop_state == Some(LoopState::Closed);
        let reached = a.indicator().is_some_and(|i| i.target_reached(lang));
        if !closed && !reached {
            continue;
        }
        let mut line = vec![strong(format!("{} {}", a.id, a.title.trim()))];
        let what = match (closed, a.loop_verdict(lang)) {
            (true, Some(v)) => v.words().to_string(),
            (true, None) => "loop closed".into(),
            (false, _) => "target reached, loop not closed yet".into(),
        };
        line.push(text(format!(": {what}")));
        if let Some(r) = a.indicator().and_then(|i| i.latest()) {
            line.push(text(format!(" — {} on {}", r.value.trim(), r.date)));
        }
        if let Ok(ret) = a.return_on_cost(lang) {
            line.push(text(format!(
                "; gain {} for {} (return {}%)",
                a.gain.trim(),
                a.cost.trim(),
                percent(ret)
            )));
        } else if !a.gain.trim().is_empty() {
            line.push(text(format!("; gain {}", a.gain.trim())));
        }
        items.push(bullet(line));
    }
    if items.is_empty() {
        doc.note("No loop closed and no target reached yet.");
    } else {
        doc.list(items);
    }
}

fn percent(fraction: f64) -> i64 {
    (fraction * 100.0).round() as i64
}

/// The signals as a list, those needing attention first.
fn signals(doc: &mut Doc, found: &[Signal]) {
    let attention: Vec<Item> =
        found.iter().filter(|s| s.group == SignalGroup::Attention).map(|s| said(&s.message)).collect();
    let good: Vec<Item> =
        found.iter().filter(|s| s.group != SignalGroup::Attention).map(|s| said(&s.message)).collect();
    if attention.is_empty() && good.is_empty() {
        doc.note("Nobody left, no relationship broke or reconnected, and no loop moved.");
        return;
    }
    if !attention.is_empty() {
        doc.para(vec![strong("Needs attention")]);
        doc.list(attention);
    }
    if !good.is_empty() {
        doc.para(vec![strong("Good news")]);
        doc.list(good);
    }
}

/// What changed from one revision to the next: the signals first, then each section's changes.
pub fn changes(doc: &mut Doc, d: &Diff, level: u8) {
    let side = |s: &crate::diff::Side| match s.date {
        Some(day) => format!("revision {} ({day})", s.revision),
        None => format!("revision {}", s.revision),
    };
    doc.heading(level, format!("What changed since {}", side(&d.old)));
    doc.para(vec![text(format!("From {} to {}.", side(&d.old), side(&d.new)))]);
    signals(doc, &d.signals);
    let mut rows: Vec<Vec<String>> = Vec::new();
    for s in d.sections.iter().filter(|s| !s.is_empty()) {
        let kind = s.kind.title().to_string();
        rows.extend(
            s.added.iter().map(|e| vec![kind.clone(), "added".into(), format!("{} {}", e.id, e.label)]),
        );
        rows.extend(
            s.removed.iter().map(|e| vec![kind.clone(), "removed".into(), format!("{} {}", e.id, e.label)]),
        );
        for c in &s.changed {
            let what: Vec<String> = c.fields.iter().map(field_change).collect();
            rows.push(vec![
                kind.clone(),
                "changed".into(),
                format!("{} {} — {}", c.id, c.label, what.join("; ")),
            ]);
        }
    }
    if rows.is_empty() {
        doc.note("No entry changed.");
    } else {
        doc.table(Table::new(["Section", "", "Entry and what changed"], rows));
    }
}

/// One field's change in words; lists of days and readings by how many, and the newest.
fn field_change(f: &crate::diff::FieldChange) -> String {
    let count = |s: &str| if s.trim().is_empty() { 0 } else { s.split(", ").count() };
    match f.field {
        "held" => format!(
            "held on {} → {} days (the last {})",
            count(&f.old),
            count(&f.new),
            blank(f.new.rsplit(", ").next().unwrap_or(""))
        ),
        "readings" => {
            // A reading is written `DATE VALUE (NOTE)`; a note may hold ", " too.
            let dated = |s: &str| {
                s.split(", ").filter(|p| p.get(..10).is_some_and(|d| d.parse::<Day>().is_ok())).count()
            };
            format!("readings: {} → {}", dated(&f.old), dated(&f.new))
        }
        _ => format!("{}: {} → {}", f.field, blank(&f.old), blank(&f.new)),
    }
}

fn blank(s: &str) -> &str {
    if s.trim().is_empty() { "—" } else { s }
}

/// The canvas over its revisions: the waves as a picture, each task's cadence kept between
/// workshops, and the signals across time.
pub fn over_time(doc: &mut Doc, h: &History, level: u8) {
    doc.heading(level, "The waves over every revision");
    let tags: Vec<String> = (0..h.revisions.len())
        .map(|i| match h.revisions[i].date {
            Some(d) => format!("{} {d}", h.tag(i)),
            None => h.tag(i),
        })
        .collect();
    doc.para(vec![text(format!("Revisions: {}.", tags.join(", ")))]);
    doc.drawn(super::report_waves::waves(h));
    if !h.tasks.is_empty() {
        doc.heading(level + 1, "Community work that keeps happening");
        doc.para(vec![emph(
            "Each task's held days against what its cadence asked since the workshop before.",
        )]);
        let mut headers = vec!["Task".to_string()];
        headers.extend((0..h.revisions.len()).map(|i| h.tag(i)));
        let rows = h
            .tasks
            .iter()
            .map(|t| {
                let mut row = vec![format!("{} {}", t.id, t.label)];
                row.extend(
                    t.steps
                        .iter()
                        .map(|s| s.as_ref().map_or_else(|| "—".to_string(), super::history::kept_text)),
                );
                row
            })
            .collect();
        doc.table(Table::new(headers, rows));
    }
    doc.heading(level + 1, "Signals across time");
    signals(doc, &h.signals);
}

/// The network's weak points in the latest revision, as Review names them.
fn weak_points(doc: &mut Doc, facts: &crate::model::Facts) {
    doc.heading(2, "The network's weak points");
    let kinds =
        [WarningKind::LinchPin, WarningKind::Hub, WarningKind::NoRelationship, WarningKind::UnconnectedPower];
    let items: Vec<Item> =
        facts.warnings.iter().filter(|w| kinds.contains(&w.kind)).map(|w| said(&w.message)).collect();
    if items.is_empty() {
        doc.note("None: nobody's leaving cuts anyone off, no hub carries most links, everyone is linked.");
    } else {
        doc.list(items);
    }
}

/// What is due as of the day: overdue first, then ahead; what has no date; the next revisit.
fn due(doc: &mut Doc, file: &std::path::Path, c: &Canvas, as_of: Day) {
    doc.heading(2, "What is due");
    let mut open: Vec<FollowUp> = dates(file, c, as_of).into_iter().filter(FollowUp::is_open).collect();
    open.sort_by_key(|f| (!f.overdue, f.date, f.action.id.clone()));
    let mut rows: Vec<Vec<String>> = open
        .iter()
        .map(|f| {
            let when = if f.overdue { format!("{} (overdue)", f.date) } else { f.date.to_string() };
            vec![
                when,
                f.kind.word().to_string(),
                format!("{} {}", f.action.id, f.action.title),
                f.action.owner.clone(),
            ]
        })
        .collect();
    if let Some(d) = c.date.and_then(revisit_day) {
        let when = if d < as_of { format!("{d} (overdue)") } else { d.to_string() };
        rows.push(vec![when, "revisit".into(), "the follow-up workshop".into(), c.facilitator.clone()]);
    }
    if rows.is_empty() {
        doc.note("Nothing dated.");
    } else {
        doc.table(Table::new(["When", "What", "Action", "Owner"], rows));
    }
    let missing: Vec<Item> = gaps(file, c, as_of)
        .iter()
        .map(|g| said(format!("{} {} — {}", g.id, g.title, g.kind.words())))
        .collect();
    if !missing.is_empty() {
        doc.para(vec![strong("No date, no owner, still broken")]);
        doc.list(missing);
    }
}

/// The report as blocks: `revisions` in revision order, each with where it came from; `as_of` is
/// the day "overdue" and "next" count from.
pub fn report_doc(revisions: &[(String, &Canvas)], as_of: Day) -> Doc {
    let mut doc = Doc::default();
    let Some((source, latest)) = revisions.last() else { return doc };
    let title = if latest.title.trim().is_empty() { "the canvas" } else { latest.title.trim() };
    doc.title = format!("Follow-up report: {title}");
    doc.heading(1, doc.title.clone());
    let org = if latest.organisation.trim().is_empty() {
        String::new()
    } else {
        format!("{} — ", latest.organisation.trim())
    };
    doc.para(vec![text(format!("{org}{} revision(s), the latest {}.", revisions.len(), named(latest)))]);
    doc.para(vec![
        strong("As of: "),
        text(format!("{as_of} (what is overdue and next is counted from this day)")),
    ]);
    achieved(&mut doc, latest);
    let facts = crate::model::Facts::of(latest, as_of);
    doc.heading(2, "Loop cards");
    let live: Vec<&Action> =
        latest.actions.iter().filter(|a| a.status != Some(ActionStatus::Dropped)).collect();
    if live.is_empty() {
        doc.note("No adoption actions.");
    }
    // The handout's loop card (export/loopcard.rs), so a loop closer reads an action one way.
    for a in live {
        doc.loop_card(LoopCard::of(a, latest.language, as_of));
    }
    if let [.., (_, before), (_, after)] = revisions {
        changes(&mut doc, &crate::diff::compare(before, after), 2);
    }
    let h = crate::diff::history::history(revisions);
    over_time(&mut doc, &h, 2);
    weak_points(&mut doc, &facts);
    due(&mut doc, std::path::Path::new(source), latest, as_of);
    doc
}

/// The report as Markdown with Mermaid pictures.
pub fn report_markdown(revisions: &[(String, &Canvas)], as_of: Day) -> String {
    super::markdown::render(&report_doc(revisions, as_of))
}

/// The report as one self-contained printable HTML page with SVG pictures.
pub fn report_html(revisions: &[(String, &Canvas)], as_of: Day) -> String {
    render(&report_doc(revisions, as_of), &Palette::paper())
}

/// `cvc history --format html`: the report's part over time, alone.
pub fn history_html(h: &History) -> String {
    let mut doc = Doc { title: format!("History of {}", h.title), ..Doc::default() };
    doc.heading(1, doc.title.clone());
    over_time(&mut doc, h, 2);
    render(&doc, &Palette::paper())
}

/// `cvc diff --format html`: the report's part on what changed, alone.
pub fn diff_html(d: &Diff) -> String {
    let title = if d.new.title.is_empty() { "the canvas" } else { &d.new.title };
    let mut doc = Doc { title: format!("What changed: {title}"), ..Doc::default() };
    doc.heading(1, doc.title.clone());
    changes(&mut doc, d, 2);
    render(&doc, &Palette::paper())
}
