//! The signals across time: who left and with what work, phases without ongoing work, relationships broken for long,
//! powerful stakeholders never connected, loops open past their reviews; and the good news of
//! relationships reconnected and loops closed, each with the revision it happened in.

use std::collections::{BTreeSet, HashSet};

use super::History;
use crate::diff::signals::signal;
use crate::diff::{Signal, SignalGroup, SignalKind};
use crate::model::{Canvas, EntryKind, LoopState, Names};

/// How many revisions a stretch must last to be a signal.
const LONG: usize = 2;

/// "since revision 2 (3 revisions)" for a stretch to the last revision, else "from revision 1 to revision 2".
fn stretch(h: &History, (a, b): (usize, usize), since: &str, was: &str) -> String {
    if b + 1 == h.revisions.len() {
        format!("{since} since {} ({} revisions)", h.name(a), b - a + 1)
    } else {
        format!("{was} from {} to {}", h.name(a), h.name(b))
    }
}

/// Phases with no ongoing work for two revisions or more in a row.
fn phases(h: &History) -> Vec<Signal> {
    let mut out = Vec::new();
    for w in &h.waves {
        let mut start = None;
        for i in 0..=w.ongoing.len() {
            match (start, w.ongoing.get(i)) {
                (None, Some(0)) => start = Some(i),
                (Some(a), next) if next != Some(&0) => {
                    if i - a >= LONG {
                        let words = stretch(h, (a, i - 1), "has had no ongoing work", "had no ongoing work");
                        out.push(Signal {
                            kind: SignalKind::PhaseWithoutWork,
                            group: SignalGroup::Attention,
                            section: None,
                            id: w.phase.label().to_string(),
                            message: format!("{} {words}", w.phase),
                        });
                    }
                    start = None;
                }
                _ => {}
            }
        }
    }
    out
}

/// Relationships broken for two revisions or more, and those that reconnected.
fn links(h: &History) -> Vec<Signal> {
    let mut out = Vec::new();
    for t in &h.relationships {
        for span in t.spans(super::Link::broken).into_iter().filter(|(a, b)| b - a + 1 >= LONG) {
            let msg = format!("{} {} {}", t.id, t.label, stretch(h, span, "broken", "was broken"));
            out.push(signal(
                SignalKind::BrokenFor,
                SignalGroup::Attention,
                EntryKind::Relationship,
                &t.id,
                msg,
            ));
        }
        for i in t.reconnected_in() {
            let now = t.steps[i].and_then(|l| l.health).map_or_else(String::new, |x| x.to_string());
            let msg = format!("{} {} reconnected in {} (broken → {now})", t.id, t.label, h.name(i));
            out.push(signal(SignalKind::Reconnected, SignalGroup::Good, EntryKind::Relationship, &t.id, msg));
        }
    }
    out
}

/// Stakeholders with power 3 or more in some revision and no relationship in any.
fn unconnected(h: &History, revisions: &[(String, &Canvas)]) -> Vec<Signal> {
    let linked: HashSet<&str> = revisions
        .iter()
        .flat_map(|(_, c)| c.relationships.iter().flat_map(|r| [r.from.as_str(), r.to.as_str()]))
        .collect();
    let mut out = Vec::new();
    for t in h.stakeholders.iter().filter(|t| !linked.contains(t.id.as_str())) {
        let Some(power) = t.steps.iter().flatten().filter_map(|s| s.power).max().filter(|p| *p >= 3) else {
            continue;
        };
        let seen = t.steps.iter().flatten().count();
        let msg =
            format!("{} {} (power {power}) has never been connected, in {seen} revisions", t.id, t.label);
        out.push(signal(
            SignalKind::NeverConnected,
            SignalGroup::Attention,
            EntryKind::Stakeholder,
            &t.id,
            msg,
        ));
    }
    out
}

/// Loops open past their review in two revisions or more, and loops closed with their evidence.
fn loops(h: &History) -> Vec<Signal> {
    let mut out = Vec::new();
    for a in &h.actions {
        let t = &a.track;
        let late: Vec<usize> =
            (0..t.steps.len()).filter(|&i| t.steps[i].is_some_and(|p| p.past_review)).collect();
        if late.len() >= LONG {
            let dates: BTreeSet<String> =
                late.iter().filter_map(|&i| a.reviews[i]).map(|d| d.to_string()).collect();
            let dates: Vec<String> = dates.into_iter().collect();
            let msg = format!(
                "{} \"{}\": loop still open past its review in {} revisions (review {})",
                t.id,
                t.label,
                late.len(),
                dates.join(", ")
            );
            out.push(signal(
                SignalKind::OpenPastReviews,
                SignalGroup::Attention,
                EntryKind::Action,
                &t.id,
                msg,
            ));
        }
        let closed = |i: usize| t.steps[i].is_some_and(|p| p.loop_state == Some(LoopState::Closed));
        let Some(i) = (1..t.steps.len()).find(|&i| closed(i) && !closed(i - 1)) else { continue };
        let day = h.revisions[i].date;
        let evidence = a.readings.iter().rev().find(|r| day.is_none_or(|d| r.date <= d));
        let said = match evidence {
            Some(r) => format!("evidence: {} on {}", r.value, r.date),
            None => "with no reading as evidence".to_string(),
        };
        let msg = format!("{} \"{}\": loop closed in {}, {said}", t.id, t.label, h.name(i));
        out.push(signal(SignalKind::LoopClosed, SignalGroup::Good, EntryKind::Action, &t.id, msg));
    }
    out
}

/// Who left in each revision, with what became of the work they owned.
fn departures(revisions: &[(String, &Canvas)], names: &[Names]) -> Vec<Signal> {
    (1..revisions.len())
        .flat_map(|i| {
            crate::diff::signals::departures(revisions[i - 1].1, revisions[i].1, (&names[i - 1], &names[i]))
        })
        .collect()
}

/// Every signal across time: needs attention first, then good news.
pub(super) fn across(h: &History, revisions: &[(String, &Canvas)], names: &[Names]) -> Vec<Signal> {
    let mut out = departures(revisions, names);
    out.extend(phases(h));
    out.extend(links(h));
    out.extend(unconnected(h, revisions));
    out.extend(loops(h));
    out.sort_by_key(|s| s.group);
    out
}
