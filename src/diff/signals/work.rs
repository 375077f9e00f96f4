//! Signals about the work: phases that lost their last ongoing work, loops that moved or closed,
//! loops open past their review, actions past their due date; and the actions carried over.

use std::collections::HashSet;

use super::{CarriedAction, Signal, SignalGroup, SignalKind, entry, signal};
use crate::diff::{Pairs, settled};
use crate::model::{
    ActionStatus, Canvas, EntryKind, LoopState, Phase, Said, Word, ongoing_ids, ongoing_work,
};

/// Phases whose ongoing work (active tasks, committed or running actions) fell to none, with the
/// phase's emphasis when it rose or stayed: the plan says it matters, nothing keeps it alive.
pub(super) fn phases(old: &Canvas, new: &Canvas) -> Vec<Signal> {
    let (before, after) = (ongoing_work(old), ongoing_work(new));
    let mut out = Vec::new();
    for &p in Phase::ALL {
        if before[p as usize] == 0 || after[p as usize] > 0 {
            continue;
        }
        let ids = ongoing_ids(old, p);
        let shown = if ids.len() > 3 { format!("{}, …", ids[..3].join(", ")) } else { ids.join(", ") };
        let (e0, e1) = (old.context.emphasis.get(p), new.context.emphasis.get(p));
        let levels = vec![("from", Word::Count(usize::from(e0))), ("to", Word::Count(usize::from(e1)))];
        let emphasis = match e1.cmp(&e0) {
            std::cmp::Ordering::Greater => Some(Said::new("signal-emphasis-rose", levels)),
            std::cmp::Ordering::Equal if e1 > 0 => Some(Said::new("signal-emphasis-stayed", levels)),
            std::cmp::Ordering::Equal => None,
            std::cmp::Ordering::Less => Some(Said::new("signal-emphasis-fell", levels)),
        };
        let args = vec![
            ("phase", Word::label(p)),
            ("was", Word::text(shown)),
            ("emphasis", Word::Part(emphasis.map(Box::new))),
        ];
        let said = Said::new("signal-phase-lost-ongoing", args);
        out.push(Signal::new(
            SignalKind::PhaseLostOngoing,
            SignalGroup::Attention,
            None,
            p.label().into(),
            said,
        ));
    }
    out
}

/// How far along a status is; dropping goes back.
fn status_rank(s: Option<ActionStatus>) -> i8 {
    match s {
        None => -1,
        Some(ActionStatus::Dropped) => -2,
        Some(s) => s as i8,
    }
}

/// A loop's state as an argument, `unset` agreeing with the loop (« non renseignée »).
fn loop_word(state: Option<LoopState>) -> Word {
    state.map_or(Word::Label("signal-loop-unset"), Word::label)
}

/// Actions whose status or loop moved (forward is good news), whose loop closed (with its last
/// reading as evidence), or whose loop is open past its review date. Work of people who left is
/// said there, unless its loop moved.
pub(super) fn loops(
    old: &Canvas,
    new: &Canvas,
    p: &Pairs,
    covered: &HashSet<(EntryKind, usize)>,
) -> Vec<Signal> {
    let mut out = Vec::new();
    for &(i, j) in &p.matched {
        let (a, b) = (&old.actions[i], &new.actions[j]);
        let mut moves = Vec::new();
        if a.status != b.status {
            let args = vec![("from", Word::label_or_unset(a.status)), ("to", Word::label_or_unset(b.status))];
            moves.push(Said::new("signal-status-moved", args));
        }
        if a.loop_state != b.loop_state {
            let args = vec![("from", loop_word(a.loop_state)), ("to", loop_word(b.loop_state))];
            moves.push(Said::new("signal-loop-moved", args));
        }
        let closed = b.loop_state == Some(LoopState::Closed) && a.loop_state != Some(LoopState::Closed);
        if closed {
            moves.push(match b.indicator.as_ref().and_then(|i| i.latest()) {
                Some(r) => {
                    let args = vec![("value", Word::text(r.value.as_str())), ("date", Word::Day(r.date))];
                    match r.note.trim() {
                        "" => Said::new("signal-evidence", args),
                        _ => {
                            let mut args = args;
                            args.push(("note", Word::text(r.note.as_str())));
                            Said::new("signal-evidence-note", args)
                        }
                    }
                }
                None => Said::new("signal-no-evidence", Vec::new()),
            });
        }
        let said = covered.contains(&(EntryKind::Action, i)) && a.loop_state == b.loop_state;
        if !moves.is_empty() && !said {
            let forward = status_rank(b.status) >= status_rank(a.status)
                && b.loop_state.map_or(-1, |l| l as i8) >= a.loop_state.map_or(-1, |l| l as i8);
            let (kind, group) = match (closed, forward) {
                (true, _) => (SignalKind::LoopClosed, SignalGroup::Good),
                (false, true) => (SignalKind::ActionMoved, SignalGroup::Good),
                (false, false) => (SignalKind::ActionMoved, SignalGroup::Attention),
            };
            let mut args = entry(&b.id, &b.title);
            args.push(("moves", Word::Parts(moves)));
            let msg = Said::new("signal-action-moved", args);
            out.push(signal(kind, group, EntryKind::Action, &b.id, msg));
        }
        let past = matches!((b.review, new.date), (Some(r), Some(d)) if r < d);
        if past && !settled(b.status, b.loop_state) {
            let mut args = entry(&b.id, &b.title);
            args.extend(b.review.map(|d| ("review", Word::Day(d))));
            let msg = Said::new("signal-open-past-review", args);
            out.push(signal(
                SignalKind::OpenPastReview,
                SignalGroup::Attention,
                EntryKind::Action,
                &b.id,
                msg,
            ));
        }
    }
    out
}

/// Actions of the newer canvas past their due date (on its workshop day), neither done nor dropped.
pub(super) fn past_due(new: &Canvas) -> Vec<Signal> {
    let Some(day) = new.date else { return Vec::new() };
    crate::model::overdue_actions(new, day)
        .into_iter()
        .filter_map(|w| {
            let (_, id) = w.target?;
            Some(signal(SignalKind::PastDue, SignalGroup::Attention, EntryKind::Action, &id, w.said))
        })
        .collect()
}

/// Every action on both sides, with its status and loop before and after.
pub(in crate::diff) fn carried(old: &Canvas, new: &Canvas, p: &Pairs) -> Vec<CarriedAction> {
    p.matched
        .iter()
        .map(|&(i, j)| {
            let (a, b) = (&old.actions[i], &new.actions[j]);
            CarriedAction {
                id: b.id.clone(),
                title: b.title.clone(),
                owner: b.owner.clone(),
                status: (a.status, b.status),
                loop_state: (a.loop_state, b.loop_state),
                review: b.review,
            }
        })
        .collect()
}
