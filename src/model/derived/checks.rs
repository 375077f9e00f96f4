//! The loop closers' checks of DESIGN.md §2 and §11: actions past their due date, loops marked
//! measured with no reading, owners nobody in the room knows, indicators that only count
//! activity, powerful stakeholders far from where the plan wants them, targets already reached.

use std::collections::HashMap;

use super::{Said, Warning, WarningKind, Word, about, entry};
use crate::model::{Action, ActionStatus, Canvas, Day, EntryKind, LoopState, Phase, TaskStatus};

/// Lower-case words of letters and digits: "Priya  Nair!" → ["priya", "nair"].
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// Powerful stakeholders (power 3 or more) whose desired stance is more than one step away.
pub fn stance_gaps(c: &Canvas) -> Vec<Warning> {
    let mut out = Vec::new();
    for s in c.stakeholders.iter().filter(|s| s.power.is_some_and(|p| p >= 3)) {
        let (Some(now), Some(wanted)) = (s.stance, s.desired) else { continue };
        let gap = now.steps_to(wanted);
        if gap > 1 {
            let msg = Said::new(
                "warning-stance-gap",
                vec![
                    ("name", Word::Text(s.name.clone())),
                    ("power", Word::Count(usize::from(s.power.unwrap_or(0)))),
                    ("now", Word::label(now)),
                    ("steps", Word::Count(gap)),
                    ("wanted", Word::label(wanted)),
                ],
            );
            out.push(about(WarningKind::StanceGap, EntryKind::Stakeholder, &s.id, msg));
        }
    }
    out
}

/// The people an owner may be (every participant and stakeholder, as word lists), indexed by
/// word so an owner is checked against the few names that share a word with it, not all of them.
pub(super) struct People {
    names: Vec<Vec<String>>,
    by_word: HashMap<String, Vec<usize>>,
}

impl People {
    /// The canvas's people; `None` when it lists no participants (owners are then not checked).
    pub(super) fn of(c: &Canvas) -> Option<People> {
        if c.context.participants.is_empty() {
            return None;
        }
        let names = c.context.participants.iter().map(String::as_str);
        let names: Vec<Vec<String>> =
            names.chain(c.stakeholders.iter().map(|s| s.name.as_str())).map(words).collect();
        let mut by_word: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, name) in names.iter().enumerate() {
            for w in name {
                by_word.entry(w.clone()).or_default().push(i);
            }
        }
        Some(People { names, by_word })
    }

    /// Whether all of a person's words are among the words of one name.
    fn knows(&self, person: &[String]) -> bool {
        let candidates = person.iter().map(|w| self.by_word.get(w).map_or(&[][..], Vec::as_slice));
        let fewest = candidates.min_by_key(|c| c.len()).unwrap_or(&[]);
        fewest.iter().any(|&i| person.iter().all(|w| self.names[i].contains(w)))
    }

    /// Whether each person an owner names ("Sam Lee and Priya", "Ops / Field service") is known.
    fn know_owner(&self, owner: &str) -> bool {
        let spaced = format!(" {owner} ").replace(" and ", ",").replace(['/', '&', '+', ';'], ",");
        spaced.split(',').map(words).filter(|w| !w.is_empty()).all(|person| self.knows(&person))
    }
}

/// Owners of live tasks (`kind` Task) or actions (Action) who are neither participants nor
/// stakeholders; checked once the canvas lists its participants.
#[cfg(test)]
pub fn unknown_owners(c: &Canvas, kind: EntryKind) -> Vec<Warning> {
    let Some(known) = People::of(c) else { return Vec::new() };
    unknown_owners_among(c, kind, &known, &mut HashMap::new())
}

/// [`unknown_owners`] with the people worked out once for both sections, and each owner's
/// verdict remembered in `seen` across them.
pub(super) fn unknown_owners_among<'a>(
    c: &'a Canvas,
    kind: EntryKind,
    known: &People,
    seen: &mut HashMap<&'a str, bool>,
) -> Vec<Warning> {
    let owners: Vec<(&str, &str, &str)> = match kind {
        EntryKind::Task => c
            .tasks
            .iter()
            .filter(|t| t.status != Some(TaskStatus::Stopped))
            .map(|t| (t.id.as_str(), t.title.as_str(), t.owner.as_str()))
            .collect(),
        EntryKind::Action => c
            .actions
            .iter()
            .filter(|a| !finished(a))
            .map(|a| (a.id.as_str(), a.title.as_str(), a.owner.as_str()))
            .collect(),
        _ => Vec::new(),
    };
    let unknown = owners.into_iter().filter(|(_, _, owner)| {
        !owner.trim().is_empty() && !*seen.entry(owner).or_insert_with(|| known.know_owner(owner))
    });
    unknown
        .map(|(id, title, owner)| {
            let mut args = entry(id, title);
            args.push(("owner", Word::Text(owner.to_string())));
            let msg = Said::new("warning-unknown-owner", args);
            about(WarningKind::UnknownOwner, kind, id, msg)
        })
        .collect()
}

/// Done or dropped: nothing more is due.
fn finished(a: &Action) -> bool {
    matches!(a.status, Some(ActionStatus::Done | ActionStatus::Dropped))
}

/// Actions past their due date that are neither done nor dropped.
pub fn overdue_actions(c: &Canvas, today: Day) -> Vec<Warning> {
    let mut out = Vec::new();
    for a in c.actions.iter().filter(|a| !finished(a)) {
        let Some(due) = a.due.filter(|d| *d < today) else { continue };
        let mut args = entry(&a.id, &a.title);
        args.push(("due", Word::Day(due)));
        let msg = match a.status {
            Some(status) => {
                args.push(("status", Word::label(status)));
                Said::new("warning-overdue-action", args)
            }
            None => Said::new("warning-overdue-action-not-done", args),
        };
        out.push(about(WarningKind::OverdueAction, EntryKind::Action, &a.id, msg));
    }
    out
}

/// Loops marked measured or closed whose indicator has no reading.
pub fn unmeasured_loops(c: &Canvas) -> Vec<Warning> {
    let mut out = Vec::new();
    for a in &c.actions {
        let Some(state @ (LoopState::Measured | LoopState::Closed)) = a.loop_state else { continue };
        if a.indicator.as_ref().is_none_or(|i| i.readings.is_empty()) {
            let mut args = entry(&a.id, &a.title);
            args.push(("state", Word::label(state)));
            let msg = Said::new("warning-unmeasured-loop", args);
            out.push(about(WarningKind::UnmeasuredLoop, EntryKind::Action, &a.id, msg));
        }
    }
    out
}

/// Open loops whose latest reading reaches the target: closing them is suggested.
pub fn targets_reached(c: &Canvas) -> Vec<Warning> {
    let mut out = Vec::new();
    let open =
        |a: &&Action| a.loop_state != Some(LoopState::Closed) && a.status != Some(ActionStatus::Dropped);
    for a in c.actions.iter().filter(open) {
        let Some(ind) = a.indicator().filter(|i| i.target_reached(c.language)) else { continue };
        let Some(r) = ind.latest() else { continue };
        let mut args = entry(&a.id, &a.title);
        args.push(("value", Word::Text(r.value.clone())));
        args.push(("date", Word::Day(r.date)));
        args.push(("target", Word::Text(ind.target.clone())));
        let msg = Said::new("warning-target-reached", args);
        out.push(about(WarningKind::TargetReached, EntryKind::Action, &a.id, msg));
    }
    out
}

/// What counts activity rather than value (Terry, SWOOP), as word sequences.
const ACTIVITY: [&str; 11] = [
    "active users",
    "active user",
    "logins",
    "login",
    "log ins",
    "posts",
    "likes",
    "page views",
    "pageviews",
    "visits",
    "visitors",
];

/// The activity terms as lower-case word lists, worked out once.
fn activity_terms() -> &'static [Vec<String>] {
    static TERMS: std::sync::OnceLock<Vec<Vec<String>>> = std::sync::OnceLock::new();
    TERMS.get_or_init(|| ACTIVITY.iter().map(|t| words(t)).collect())
}

/// Whether a word of a name, lower-cased, is `lower` (a lower-case term word): the same answer
/// as comparing `word.to_lowercase()`, without making the lower-case copy.
fn same_word(word: &str, lower: &str) -> bool {
    if word.is_ascii() {
        // ASCII lower-cases to ASCII of the same length: compared byte by byte.
        return word.eq_ignore_ascii_case(lower);
    }
    word.chars().flat_map(char::to_lowercase).eq(lower.chars())
}

/// Whether an indicator's name only counts activity.
pub fn counts_activity(name: &str) -> bool {
    let name: Vec<&str> = name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    activity_terms()
        .iter()
        .any(|term| name.windows(term.len()).any(|w| w.iter().zip(term).all(|(word, t)| same_word(word, t))))
}

/// Actions whose indicator only counts activity, with no outcome indicator on another action of
/// the same phase.
pub fn activity_only(c: &Canvas) -> Vec<Warning> {
    let mut out = Vec::new();
    // Each indicator's name is read once: Some(true) counts activity, Some(false) an outcome.
    let activity: Vec<Option<bool>> =
        c.actions.iter().map(|a| a.indicator().map(|i| counts_activity(&i.name))).collect();
    let with_outcome: std::collections::HashSet<Option<Phase>> = c
        .actions
        .iter()
        .zip(&activity)
        .filter(|(_, act)| **act == Some(false))
        .map(|(a, _)| a.phase)
        .collect();
    for (a, act) in c.actions.iter().zip(&activity) {
        let (Some(true), Some(ind)) = (act, a.indicator()) else { continue };
        if with_outcome.contains(&a.phase) {
            continue;
        }
        let mut args = entry(&a.id, &a.title);
        args.push(("indicator", Word::Text(ind.name.clone())));
        let msg = match a.phase {
            Some(phase) => {
                args.push(("phase", Word::label(phase)));
                Said::new("warning-activity-only-in", args)
            }
            None => Said::new("warning-activity-only", args),
        };
        out.push(about(WarningKind::ActivityOnly, EntryKind::Action, &a.id, msg));
    }
    out
}

#[cfg(test)]
mod tests;
