//! Signals about people: who left and what happened to the work they owned, who moved quadrant
//! or stance, and which work changed hands.

use std::collections::{HashMap, HashSet};

use super::{Matched, Signal, SignalGroup, SignalKind, entry, revision, signal};
use crate::diff::{Pairs, normalise};
use crate::model::{ActionStatus, Canvas, EntryKind, Said, Stance, TaskStatus, Word};

/// What became of a piece of work whose owner left, in the order a report lists them.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Fate {
    /// The entry is gone.
    Removed,
    /// The task was stopped.
    Stopped,
    /// The action was dropped.
    Dropped,
    /// Someone else owns it now.
    Reassigned(String),
    /// Nobody owns it now.
    Unowned,
    /// It is still theirs: nobody has picked it up.
    StillTheirs,
}

impl Fate {
    fn words(&self) -> Said {
        match self {
            Fate::Removed => Said::new("signal-fate-removed", Vec::new()),
            Fate::Stopped => Said::new("signal-fate-stopped", Vec::new()),
            Fate::Dropped => Said::new("signal-fate-dropped", Vec::new()),
            Fate::Reassigned(to) => Said::new("signal-fate-reassigned", vec![("owner", Word::text(to))]),
            Fate::Unowned => Said::new("signal-fate-unowned", Vec::new()),
            Fate::StillTheirs => Said::new("signal-fate-still-theirs", Vec::new()),
        }
    }
}

/// For each old entry, its index in the newer list when it is still there.
fn newer(p: &Pairs, old_len: usize) -> Vec<Option<usize>> {
    let mut out = vec![None; old_len];
    for &(i, j) in &p.matched {
        out[i] = Some(j);
    }
    out
}

/// One piece of work a person owned: its section, old index, id, title and what became of it.
type Owned = (EntryKind, usize, String, String, Fate);

/// What became of an owned entry, given its new owner and whether it was stopped or dropped.
fn fate(new: Option<(&str, bool)>, person: &str) -> Fate {
    match new {
        None => Fate::Removed,
        Some((_, true)) => Fate::Stopped,
        Some((owner, _)) if owner.trim().is_empty() => Fate::Unowned,
        Some((owner, _)) if normalise(owner) != person => Fate::Reassigned(owner.to_string()),
        Some(_) => Fate::StillTheirs,
    }
}

/// The work each owner had in the older canvas, by normalised owner name.
fn owned_by(old: &Canvas, new: &Canvas, m: &Matched) -> HashMap<String, Vec<Owned>> {
    let mut out: HashMap<String, Vec<Owned>> = HashMap::new();
    let tasks = newer(m.tasks, old.tasks.len());
    for (i, t) in old.tasks.iter().enumerate().filter(|(_, t)| !t.owner.trim().is_empty()) {
        let person = normalise(&t.owner);
        let now = tasks[i].map(|j| &new.tasks[j]).map(|n| {
            let stopped = n.status == Some(TaskStatus::Stopped) && t.status != n.status;
            (n.owner.as_str(), stopped)
        });
        let f = fate(now, &person);
        out.entry(person).or_default().push((EntryKind::Task, i, t.id.clone(), t.title.clone(), f));
    }
    let actions = newer(m.actions, old.actions.len());
    for (i, a) in old.actions.iter().enumerate().filter(|(_, a)| !a.owner.trim().is_empty()) {
        let person = normalise(&a.owner);
        let now = actions[i].map(|j| &new.actions[j]).map(|n| {
            let dropped = n.status == Some(ActionStatus::Dropped) && a.status != n.status;
            (n.owner.as_str(), dropped)
        });
        let f = match fate(now, &person) {
            Fate::Stopped => Fate::Dropped,
            other => other,
        };
        out.entry(person).or_default().push((EntryKind::Action, i, a.id.clone(), a.title.clone(), f));
    }
    out
}

/// People (removed stakeholders, and participants) who are in neither the participants nor the
/// stakeholders of the newer canvas, each with the work they owned and what became of it; `when`
/// follows "left" ("" or " in revision 3"). Also returns that work (section, old index), so
/// other signals do not repeat it.
pub(super) fn left(
    old: &Canvas,
    new: &Canvas,
    m: &Matched,
    when: Option<u32>,
) -> (Vec<Signal>, HashSet<(EntryKind, usize)>) {
    let when = || {
        Word::Part(when.map(|n| Box::new(Said::new("signal-in-revision", vec![("revision", revision(n))]))))
    };
    let still: HashSet<String> = new
        .context
        .participants
        .iter()
        .map(|p| normalise(p))
        .chain(new.stakeholders.iter().map(|s| normalise(&s.name)))
        .collect();
    let mut gone: Vec<(String, Option<&str>)> = Vec::new();
    let mut seen = HashSet::new();
    for &i in &m.people.removed {
        let s = &old.stakeholders[i];
        let key = normalise(&s.name);
        if !still.contains(&key) && seen.insert(key) {
            gone.push((s.name.clone(), Some(&s.id)));
        }
    }
    for p in &old.context.participants {
        let key = normalise(p);
        if !key.is_empty() && !still.contains(&key) && seen.insert(key) {
            gone.push((p.clone(), None));
        }
    }
    let mut owned = if gone.is_empty() { HashMap::new() } else { owned_by(old, new, m) };
    let (mut out, mut covered) = (Vec::new(), HashSet::new());
    for (name, id) in gone {
        let mut work = owned.remove(&normalise(&name)).unwrap_or_default();
        work.sort_by(|a, b| a.4.cmp(&b.4));
        covered.extend(work.iter().map(|w| (w.0, w.1)));
        let list: Vec<Said> = work
            .iter()
            .map(|(_, _, id, title, f)| {
                let mut args = entry(id, title);
                args.push(("fate", Word::part(f.words())));
                Said::new("signal-owned", args)
            })
            .collect();
        let owning = (!list.is_empty())
            .then(|| Box::new(Said::new("signal-they-owned", vec![("work", Word::Parts(list))])));
        let args =
            vec![("name", Word::text(name.as_str())), ("when", when()), ("owning", Word::Part(owning))];
        out.push(match id {
            Some(id) => {
                let msg = Said::new("signal-stakeholder-left", args);
                signal(SignalKind::StakeholderLeft, SignalGroup::Attention, EntryKind::Stakeholder, id, msg)
            }
            None => Signal::new(
                SignalKind::ParticipantLeft,
                SignalGroup::Attention,
                None,
                name,
                Said::new("signal-participant-left", args),
            ),
        });
    }
    (out, covered)
}

/// Where the plan wants a stakeholder: the newer canvas's desired stance, else the older's.
fn stance_move(name: &str, id: &str, from: Stance, to: Stance, wanted: Option<Stance>) -> Signal {
    let target = wanted.unwrap_or(Stance::Champion);
    let (before, after) = (from.steps_to(target), to.steps_to(target));
    // Jumping past the target the same distance counts by warmth: toward champion is good.
    let toward = after < before || (after == before && to < from);
    let why = match wanted {
        Some(w) if to == w => Some(Said::new("signal-where-wanted", Vec::new())),
        Some(w) if toward => Some(Said::new("signal-toward", vec![("wanted", Word::label(w))])),
        Some(w) => Some(Said::new("signal-away", vec![("wanted", Word::label(w))])),
        None => None,
    };
    let args = vec![
        ("name", Word::text(name)),
        ("from", Word::label(from)),
        ("to", Word::label(to)),
        ("why", Word::Part(why.map(Box::new))),
    ];
    let msg = Said::new("signal-stance-moved", args);
    let (kind, group) = if toward {
        (SignalKind::StanceToward, SignalGroup::Good)
    } else {
        (SignalKind::StanceAway, SignalGroup::Attention)
    };
    signal(kind, group, EntryKind::Stakeholder, id, msg)
}

/// Stakeholders on both sides who moved quadrant or stance.
pub(super) fn moves(old: &Canvas, new: &Canvas, p: &Pairs) -> Vec<Signal> {
    let mut out = Vec::new();
    for &(i, j) in &p.matched {
        let (a, b) = (&old.stakeholders[i], &new.stakeholders[j]);
        let (qa, qb) = (a.quadrant(), b.quadrant());
        if qa != qb && qa.is_some() && qb.is_some() {
            let args = vec![
                ("name", Word::text(b.name.as_str())),
                ("from", Word::label_or_unset(qa)),
                ("to", Word::label_or_unset(qb)),
            ];
            let msg = Said::new("signal-quadrant-moved", args);
            out.push(signal(
                SignalKind::QuadrantMoved,
                SignalGroup::Attention,
                EntryKind::Stakeholder,
                &b.id,
                msg,
            ));
        }
        if let (Some(from), Some(to)) = (a.stance, b.stance)
            && from != to
        {
            out.push(stance_move(&b.name, &b.id, from, to, b.desired.or(a.desired)));
        }
    }
    out
}

/// Tasks and actions on both sides whose owner changed, other than the work of people who left.
pub(super) fn owners(
    old: &Canvas,
    new: &Canvas,
    m: &Matched,
    covered: &HashSet<(EntryKind, usize)>,
) -> Vec<Signal> {
    let mut out = Vec::new();
    let mut one = |kind: EntryKind, i: usize, id: &str, title: &str, was: &str, now: &str| {
        if covered.contains(&(kind, i)) || normalise(was) == normalise(now) {
            return;
        }
        let mut args = entry(id, title);
        args.extend([("was", Word::text(was)), ("now", Word::text(now))]);
        let (group, key) = match (was.trim().is_empty(), now.trim().is_empty()) {
            (true, _) => (SignalGroup::Good, "signal-owner-new"),
            (_, true) => (SignalGroup::Attention, "signal-owner-gone"),
            _ => (SignalGroup::Attention, "signal-owner-changed"),
        };
        let msg = Said::new(key, args);
        out.push(signal(SignalKind::OwnerChanged, group, kind, id, msg));
    };
    for &(i, j) in &m.tasks.matched {
        let (a, b) = (&old.tasks[i], &new.tasks[j]);
        one(EntryKind::Task, i, &b.id, &b.title, &a.owner, &b.owner);
    }
    for &(i, j) in &m.actions.matched {
        let (a, b) = (&old.actions[i], &new.actions[j]);
        one(EntryKind::Action, i, &b.id, &b.title, &a.owner, &b.owner);
    }
    out
}
