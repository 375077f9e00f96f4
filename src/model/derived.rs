//! Views derived from a canvas: quadrants, phase coverage, warnings and the loop-review schedule.

mod cadence;
mod checks;
mod coverage;
mod memo;
mod said;

pub use cadence::CadenceKept;
pub use checks::overdue_actions;
pub use coverage::{
    CoverageParts, PhaseCoverage, action_cover, coverage, coverage_from, relationship_cover, task_cover,
};
pub use memo::{WarningsMemo, same_by, same_names};
pub use said::{Said, Word};

use std::collections::{HashMap, HashSet};

use super::ids::EntryKind;
use super::{Action, Canvas, Change, Day, Health, Language, Phase, Stakeholder, TaskStatus};
use crate::i18n::Tr;

/// Where a stakeholder sits on the power/interest grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Quadrant {
    /// High power, high interest.
    ManageClosely,
    /// High power, low interest.
    KeepSatisfied,
    /// Low power, high interest.
    KeepInformed,
    /// Low power, low interest.
    Monitor,
}

impl Quadrant {
    /// The quadrant's name for people.
    pub fn label(self) -> &'static str {
        match self {
            Quadrant::ManageClosely => "manage closely",
            Quadrant::KeepSatisfied => "keep satisfied",
            Quadrant::KeepInformed => "keep informed",
            Quadrant::Monitor => "monitor",
        }
    }
}

impl Stakeholder {
    /// The grid quadrant, once both power and interest are rated.
    pub fn quadrant(&self) -> Option<Quadrant> {
        let (power, interest) = (self.power?, self.interest?);
        Some(match (power >= 3, interest >= 3) {
            (true, true) => Quadrant::ManageClosely,
            (true, false) => Quadrant::KeepSatisfied,
            (false, true) => Quadrant::KeepInformed,
            (false, false) => Quadrant::Monitor,
        })
    }
}

/// What a warning is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WarningKind {
    /// A phase with no task and no action.
    EmptyPhase,
    /// A stakeholder with power 3 or more and no relationship.
    UnconnectedPower,
    /// An action without owner, due date or indicator.
    IncompleteAction,
    /// A community management task nobody owns.
    UnownedTask,
    /// A relationship that is broken or marked reconnect.
    Reconnect,
    /// An action whose loop review date has passed with the loop still open.
    OverdueReview,
    /// A powerful stakeholder more than one step from the stance the plan wants.
    StanceGap,
    /// A task or action owner who is neither a participant nor a stakeholder.
    UnknownOwner,
    /// An action past its due date, neither done nor dropped.
    OverdueAction,
    /// A loop marked measured or closed with no reading.
    UnmeasuredLoop,
    /// An open loop whose latest reading reaches the target: close it?
    TargetReached,
    /// An indicator that only counts activity, with no outcome beside it in its phase.
    ActivityOnly,
    /// An active recurring task not held for more than two of its periods.
    CadenceSlipped,
    /// A stakeholder whose leaving would cut others off from the network (an articulation point).
    LinchPin,
    /// A stakeholder carrying at least half the relationships (at least three).
    Hub,
    /// A stakeholder with no relationship at all.
    NoRelationship,
}

/// A gap in the plan, and the entry it is about when there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// What kind of gap.
    pub kind: WarningKind,
    /// The entry it names, to jump to.
    pub target: Option<(EntryKind, String)>,
    /// Its sentence in pieces, worded in a language only when it is shown ([`Warning::text`]).
    pub said: Said,
}

impl Warning {
    /// A warning, its sentence kept as facts: a plan of 28,000 warnings words each once, in the
    /// plan's language, as it is written.
    pub fn new(kind: WarningKind, target: Option<(EntryKind, String)>, said: Said) -> Warning {
        Warning { kind, target, said }
    }

    /// The sentence in `tr`'s language.
    pub fn text(&self, tr: Tr) -> String {
        self.said.words(tr)
    }

    /// The sentence in English.
    pub fn message(&self) -> String {
        self.text(Tr::new(Language::En))
    }
}

fn phase_warning(phase: Phase) -> Said {
    let key = match phase {
        Phase::Connect => "warning-empty-connect",
        Phase::Share => "warning-empty-share",
        Phase::Solve => "warning-empty-solve",
        Phase::Innovate => "warning-empty-innovate",
    };
    Said::new(key, Vec::new())
}

/// True when the action's loop review date has passed and its loop is not closed.
pub fn review_overdue(action: &Action, today: Day) -> bool {
    action.review.is_some_and(|r| r < today) && action.loop_pending()
}

/// Every warning of DESIGN.md §2, phases first, then section by section.
pub fn warnings(canvas: &Canvas, today: Day) -> Vec<Warning> {
    warnings_with(canvas, today, &coverage(canvas))
}

/// [`warnings`] from the phase coverage already worked out.
fn warnings_with(canvas: &Canvas, today: Day, cover: &[(Phase, PhaseCoverage); 4]) -> Vec<Warning> {
    // The people owners are looked up among, built once for tasks and actions both.
    let people = checks::People::of(canvas);
    let mut seen = std::collections::HashMap::new();
    let mut unknown_owners = |kind| match &people {
        Some(known) => checks::unknown_owners_among(canvas, kind, known, &mut seen),
        None => Vec::new(),
    };
    let unknown_tasks = unknown_owners(EntryKind::Task);
    let unknown_actions = unknown_owners(EntryKind::Action);
    [
        empty_phases(cover),
        unconnected_power(canvas),
        network_from(canvas, &crate::graph::weak_points(canvas)),
        checks::stance_gaps(canvas),
        reconnects(canvas),
        unowned_tasks(canvas),
        unknown_tasks,
        cadence::slipped_cadences(canvas, today),
        incomplete_actions(canvas),
        checks::overdue_actions(canvas, today),
        overdue_reviews(canvas, today),
        checks::unmeasured_loops(canvas),
        checks::targets_reached(canvas),
        unknown_actions,
        checks::activity_only(canvas),
    ]
    .concat()
}

/// The facts a report about a canvas needs, each worked out once: the phase coverage, the
/// warnings and the loop-review schedule.
#[derive(Debug, Clone)]
pub struct Facts<'a> {
    /// The phases × sections matrix.
    pub coverage: [(Phase, PhaseCoverage); 4],
    /// Every warning, as [`warnings`] gives them.
    pub warnings: Vec<Warning>,
    /// The loop reviews, as [`review_schedule`] gives them.
    pub schedule: Vec<Review<'a>>,
    /// The day they count from.
    pub today: Day,
}

impl<'a> Facts<'a> {
    /// Works the facts out for a canvas as of `today`.
    pub fn of(canvas: &'a Canvas, today: Day) -> Facts<'a> {
        let coverage = coverage(canvas);
        let warnings = warnings_with(canvas, today, &coverage);
        Facts { coverage, warnings, schedule: review_schedule(canvas, today), today }
    }
}

/// A warning about one entry.
fn about(kind: WarningKind, entry: EntryKind, id: &str, said: Said) -> Warning {
    Warning::new(kind, Some((entry, id.to_string())), said)
}

/// An entry's id and title, the first arguments of most warnings.
fn entry(id: &str, title: &str) -> Vec<(&'static str, Word)> {
    vec![("id", Word::Text(id.to_string())), ("title", Word::Text(title.to_string()))]
}

fn empty_phases(cover: &[(Phase, PhaseCoverage); 4]) -> Vec<Warning> {
    let empty = cover.iter().copied().filter(|(_, cover)| cover.lacks_ongoing_work());
    let warning = |phase| Warning::new(WarningKind::EmptyPhase, None, phase_warning(phase));
    empty.map(|(phase, _)| warning(phase)).collect()
}

fn unconnected_power(canvas: &Canvas) -> Vec<Warning> {
    let linked: HashSet<&str> =
        canvas.relationships.iter().flat_map(|r| [r.from.as_str(), r.to.as_str()]).collect();
    let powerful = canvas.stakeholders.iter().filter(|s| s.power.is_some_and(|p| p >= 3));
    powerful
        .filter(|s| !linked.contains(s.id.as_str()))
        .map(|s| {
            let power = usize::from(s.power.unwrap_or(0));
            let args = vec![("name", Word::Text(s.name.clone())), ("power", Word::Count(power))];
            let msg = Said::new("warning-unconnected-power", args);
            about(WarningKind::UnconnectedPower, EntryKind::Stakeholder, &s.id, msg)
        })
        .collect()
}

/// The network's weak points: who cuts others off by leaving, the hubs, and the stakeholders
/// with no relationship (those with power 3 or more have their own warning); from the weak
/// points already found.
fn network_from(canvas: &Canvas, weak: &crate::graph::WeakPoints) -> Vec<Warning> {
    let names = canvas.names();
    // Found by id once: a search per unconnected stakeholder made this quadratic (a pasted list
    // of 20,000 names took ten seconds to check).
    let by_id: HashMap<&str, &super::Stakeholder> =
        canvas.stakeholders.iter().map(|s| (s.id.as_str(), s)).collect();
    let group = |id: &str| by_id.get(id).is_none_or(|s| s.kind != Some(super::StakeholderKind::Individual));
    let mut out = Vec::new();
    for l in &weak.linchpins {
        let cut: Vec<String> = l.cut_off.iter().map(|id| names.of(id).to_string()).collect();
        let msg = Said::new(
            "warning-linchpin",
            vec![
                ("name", Word::Text(names.of(&l.id).to_string())),
                ("who", Word::Choice(if group(&l.id) { "group" } else { "individual" })),
                ("count", Word::Count(cut.len())),
                ("cut", Word::Names(cut)),
            ],
        );
        out.push(about(WarningKind::LinchPin, EntryKind::Stakeholder, &l.id, msg));
    }
    for h in &weak.hubs {
        let msg = Said::new(
            "warning-hub",
            vec![
                ("name", Word::Text(names.of(&h.id).to_string())),
                ("who", Word::Choice(if group(&h.id) { "group" } else { "individual" })),
                ("carried", Word::Count(h.relationships)),
                ("count", Word::Count(h.of)),
            ],
        );
        out.push(about(WarningKind::Hub, EntryKind::Stakeholder, &h.id, msg));
    }
    for id in &weak.unconnected {
        let Some(s) = by_id.get(id.as_str()).filter(|s| s.power.is_none_or(|p| p < 3)) else { continue };
        let msg = Said::new("warning-no-relationship", vec![("name", Word::Text(s.name.clone()))]);
        out.push(about(WarningKind::NoRelationship, EntryKind::Stakeholder, id, msg));
    }
    out
}

fn reconnects(canvas: &Canvas) -> Vec<Warning> {
    let names = canvas.names();
    let mut out = Vec::new();
    for r in &canvas.relationships {
        let key = if r.health == Some(Health::Broken) {
            "warning-broken"
        } else if r.change == Some(Change::Reconnect) {
            "warning-reconnect"
        } else {
            continue;
        };
        let (from, to) = (names.of(&r.from).to_string(), names.of(&r.to).to_string());
        let msg = Said::new(key, vec![("from", Word::Text(from)), ("to", Word::Text(to))]);
        out.push(about(WarningKind::Reconnect, EntryKind::Relationship, &r.id, msg));
    }
    out
}

fn unowned_tasks(canvas: &Canvas) -> Vec<Warning> {
    let live = canvas.tasks.iter().filter(|t| t.status != Some(TaskStatus::Stopped));
    live.filter(|t| t.owner.trim().is_empty())
        .map(|t| {
            let msg = Said::new("warning-unowned-task", entry(&t.id, &t.title));
            about(WarningKind::UnownedTask, EntryKind::Task, &t.id, msg)
        })
        .collect()
}

fn incomplete_actions(canvas: &Canvas) -> Vec<Warning> {
    let mut out = Vec::new();
    for a in &canvas.actions {
        let missing: Vec<&'static str> = [
            (a.owner.trim().is_empty(), "warning-no-owner"),
            (a.due.is_none(), "warning-no-due-date"),
            (a.indicator().is_none(), "warning-no-indicator"),
        ]
        .into_iter()
        .filter_map(|(gap, what)| gap.then_some(what))
        .collect();
        if !missing.is_empty() {
            let mut args = entry(&a.id, &a.title);
            args.push(("missing", Word::Keys(missing)));
            let msg = Said::new("warning-incomplete-action", args);
            out.push(about(WarningKind::IncompleteAction, EntryKind::Action, &a.id, msg));
        }
    }
    out
}

fn overdue_reviews(canvas: &Canvas, today: Day) -> Vec<Warning> {
    let overdue = canvas.actions.iter().filter(|a| review_overdue(a, today));
    overdue
        .map(|a| {
            let mut args = entry(&a.id, &a.title);
            args.extend(a.review.map(|d| ("review", Word::Day(d))));
            let msg = Said::new("warning-overdue-review", args);
            about(WarningKind::OverdueReview, EntryKind::Action, &a.id, msg)
        })
        .collect()
}

/// The tasks and actions the room gave the fewest dots, up to `n`, once any dots were given:
/// fewest first, and among equals tasks before actions, each in list order.
pub fn least_supported(canvas: &Canvas, n: usize) -> Vec<(EntryKind, &str, &str, u32)> {
    let tasks = canvas.tasks.iter().map(|t| (EntryKind::Task, t.id.as_str(), t.title.as_str(), t.votes));
    let actions =
        canvas.actions.iter().map(|a| (EntryKind::Action, a.id.as_str(), a.title.as_str(), a.votes));
    // The `n` fewest in one pass, kept in order (a sort of every task and action is what this
    // replaces: the same answer, as a stable sort by dots gives it).
    let mut kept: Vec<(EntryKind, &str, &str, u32)> = Vec::with_capacity(n + 1);
    let mut any = false;
    for e in tasks.chain(actions) {
        any |= e.3 != 0;
        if kept.len() == n && kept.last().is_none_or(|last| last.3 <= e.3) {
            continue;
        }
        let at = kept.partition_point(|k| k.3 <= e.3);
        kept.insert(at, e);
        kept.truncate(n);
    }
    if !any {
        return Vec::new();
    }
    kept
}

/// One planned loop review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review<'a> {
    /// The action reviewed.
    pub action: &'a Action,
    /// When.
    pub date: Day,
    /// Whether the date has passed with the loop still open.
    pub overdue: bool,
}

/// Loop reviews still to hold, by date, overdue ones first: a closed loop or a dropped action
/// has none (`Action::loop_pending`, the one definition `cvc reviews` uses too).
pub fn review_schedule(canvas: &Canvas, today: Day) -> Vec<Review<'_>> {
    let mut out: Vec<Review> = canvas
        .actions
        .iter()
        .filter(|a| a.loop_pending())
        .filter_map(|a| a.review.map(|date| Review { action: a, date, overdue: review_overdue(a, today) }))
        .collect();
    out.sort_by_key(|r| (!r.overdue, r.date));
    out
}

#[cfg(test)]
mod tests;
