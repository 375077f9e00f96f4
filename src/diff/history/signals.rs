//! The signals across time: who left and with what work, phases without ongoing work, relationships broken for long,
//! powerful stakeholders never connected, loops open past their reviews; and the good news of
//! relationships reconnected and loops closed, each with the revision it happened in.

use std::collections::{BTreeSet, HashSet};

use super::History;
use crate::diff::signals::{entry, revision, signal};
use crate::diff::{Signal, SignalGroup, SignalKind};
use crate::model::{Canvas, EntryKind, LoopState, Names, Said, Word};

/// How many revisions a stretch must last to be a signal.
const LONG: usize = 2;

/// A stretch to the last revision says `since` ("since revision 2 (3 revisions)"), an earlier one
/// `was` ("from revision 1 to revision 2"), each with `args` and the revisions.
fn stretch(
    h: &History,
    (a, b): (usize, usize),
    (since, was): (&'static str, &'static str),
    mut args: Vec<(&'static str, Word)>,
) -> Said {
    let number = |i: usize| revision(h.revisions[i].revision);
    if b + 1 == h.revisions.len() {
        args.extend([("from", number(a)), ("count", Word::Count(b - a + 1))]);
        Said::new(since, args)
    } else {
        args.extend([("from", number(a)), ("to", number(b))]);
        Said::new(was, args)
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
                        let keys = ("signal-phase-idle-since", "signal-phase-idle-was");
                        let said = stretch(h, (a, i - 1), keys, vec![("phase", Word::label(w.phase))]);
                        let id = w.phase.label().to_string();
                        let kind = SignalKind::PhaseWithoutWork;
                        out.push(Signal::new(kind, SignalGroup::Attention, None, id, said));
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
            let args = vec![("id", Word::text(t.id.as_str())), ("name", Word::text(t.label.as_str()))];
            let msg = stretch(h, span, ("signal-broken-since", "signal-broken-was"), args);
            out.push(signal(
                SignalKind::BrokenFor,
                SignalGroup::Attention,
                EntryKind::Relationship,
                &t.id,
                msg,
            ));
        }
        for i in t.reconnected_in() {
            let now = t.steps[i].and_then(|l| l.health).map_or(Word::text(""), Word::label);
            let args = vec![
                ("id", Word::text(t.id.as_str())),
                ("name", Word::text(t.label.as_str())),
                ("revision", revision(h.revisions[i].revision)),
                ("now", now),
            ];
            let msg = Said::new("signal-reconnected-in", args);
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
        let args = vec![
            ("id", Word::text(t.id.as_str())),
            ("name", Word::text(t.label.as_str())),
            ("power", Word::Count(usize::from(power))),
            ("count", Word::Count(seen)),
        ];
        let msg = Said::new("signal-never-connected", args);
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
            let dates: BTreeSet<crate::model::Day> = late.iter().filter_map(|&i| a.reviews[i]).collect();
            let mut args = entry(&t.id, &t.label);
            args.extend([
                ("count", Word::Count(late.len())),
                ("reviews", Word::Days(dates.into_iter().collect())),
            ]);
            let msg = Said::new("signal-open-past-reviews", args);
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
            Some(r) => Said::new(
                "signal-evidence",
                vec![("value", Word::text(r.value.as_str())), ("date", Word::Day(r.date))],
            ),
            None => Said::new("signal-with-no-evidence", Vec::new()),
        };
        let mut args = entry(&t.id, &t.label);
        args.extend([("revision", revision(h.revisions[i].revision)), ("evidence", Word::part(said))]);
        let msg = Said::new("signal-loop-closed-in", args);
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
