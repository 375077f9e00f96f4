//! The warnings worked out again after an edit, only for the sections the edit touched: a change
//! to a task does not check every action again. Each group of checks is kept with what it read
//! (the section's list, which a change replaces, and the few canvas fields it looks at) and is
//! reused while those are the same; the result is what [`warnings`](super::warnings) gives.

use std::sync::Arc;

use super::{PhaseCoverage, Warning, checks, coverage, empty_phases};
use crate::graph::WeakPoints;
use crate::model::{Canvas, Day, EntryKind, List, Phase, Stakeholder};

/// Whether two versions of a list hold equal entries as far as `same` looks: constant time when
/// the list was not changed, else a pass comparing only the entries that were replaced.
pub fn same_by<T: Clone>(old: &List<T>, new: &List<T>, same: impl Fn(&T, &T) -> bool) -> bool {
    old.same_as(new)
        || (old.len() == new.len()
            && old.shared().zip(new.shared()).all(|(a, b)| Arc::ptr_eq(a, b) || same(a, b)))
}

/// Whether the stakeholders' ids and names are those of before (a move on the grid keeps them).
pub fn same_names(old: &List<Stakeholder>, new: &List<Stakeholder>) -> bool {
    same_by(old, new, |a, b| a.id == b.id && a.name == b.name)
}

/// What the last canvas's checks found, group by group, with the canvas they read.
struct Found {
    canvas: Canvas,
    today: Day,
    weak: Arc<WeakPoints>,
    /// Whom an owner may be: participants and stakeholders' names.
    people: Arc<Option<checks::People>>,
    /// Powerful stakeholders with no relationship, and stance gaps: stakeholders and relationships.
    unconnected: Vec<Warning>,
    network: Vec<Warning>,
    stances: Vec<Warning>,
    /// Broken relationships: relationships and stakeholders' names.
    reconnects: Vec<Warning>,
    /// The tasks' checks: tasks, the people, the canvas's date and today.
    tasks: Vec<Warning>,
    /// The actions' checks: actions, the people, today and the language.
    actions: Vec<Warning>,
}

/// The warnings of the last canvas it saw, to work the next one's out from.
#[derive(Default)]
pub struct WarningsMemo {
    found: Option<Found>,
}

impl std::fmt::Debug for WarningsMemo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WarningsMemo").field("holds", &self.found.is_some()).finish()
    }
}

/// The tasks' checks, in [`warnings`](super::warnings)'s order.
fn task_checks(c: &Canvas, today: Day, people: Option<&checks::People>) -> Vec<Warning> {
    let unknown =
        people.map(|p| checks::unknown_owners_among(c, EntryKind::Task, p, &mut Default::default()));
    [super::unowned_tasks(c), unknown.unwrap_or_default(), super::cadence::slipped_cadences(c, today)]
        .concat()
}

/// The actions' checks, in [`warnings`](super::warnings)'s order.
fn action_checks(c: &Canvas, today: Day, people: Option<&checks::People>) -> Vec<Warning> {
    let unknown =
        people.map(|p| checks::unknown_owners_among(c, EntryKind::Action, p, &mut Default::default()));
    [
        super::incomplete_actions(c),
        checks::overdue_actions(c, today),
        super::overdue_reviews(c, today),
        checks::unmeasured_loops(c),
        checks::targets_reached(c),
        unknown.unwrap_or_default(),
        checks::activity_only(c),
    ]
    .concat()
}

impl WarningsMemo {
    /// A memo that has seen nothing yet.
    pub fn new() -> WarningsMemo {
        WarningsMemo::default()
    }

    /// The warnings of `c` as of `today`, with the phase coverage they start from: the same as
    /// [`warnings`](super::warnings), checking again only what changed since the last call.
    pub fn warnings(&mut self, c: &Canvas, today: Day, cover: &[(Phase, PhaseCoverage); 4]) -> Vec<Warning> {
        let found = match self.found.take() {
            Some(old) => again(old, c, today),
            None => first(c, today),
        };
        let all = [
            empty_phases(cover),
            found.unconnected.clone(),
            found.network.clone(),
            found.stances.clone(),
            found.reconnects.clone(),
            found.tasks.clone(),
            found.actions.clone(),
        ]
        .concat();
        self.found = Some(found);
        all
    }

    /// [`WarningsMemo::warnings`] with the coverage worked out here.
    pub fn warnings_of(&mut self, c: &Canvas, today: Day) -> Vec<Warning> {
        self.warnings(c, today, &coverage(c))
    }
}

/// Every check of a canvas seen for the first time.
fn first(c: &Canvas, today: Day) -> Found {
    let weak = Arc::new(crate::graph::weak_points(c));
    let people = Arc::new(checks::People::of(c));
    Found {
        canvas: c.clone(),
        today,
        unconnected: super::unconnected_power(c),
        network: super::network_from(c, &weak),
        weak,
        stances: checks::stance_gaps(c),
        reconnects: super::reconnects(c),
        tasks: task_checks(c, today, people.as_ref().as_ref()),
        actions: action_checks(c, today, people.as_ref().as_ref()),
        people,
    }
}

/// The checks of `c`, reusing those of `old` whose inputs did not change.
fn again(old: Found, c: &Canvas, today: Day) -> Found {
    let o = &old.canvas;
    let stakeholders = o.stakeholders.same_as(&c.stakeholders);
    let relationships = o.relationships.same_as(&c.relationships);
    let names = stakeholders || same_names(&o.stakeholders, &c.stakeholders);
    let people_same = names && o.context.participants == c.context.participants;
    let people = if people_same { old.people } else { Arc::new(checks::People::of(c)) };
    let weak = if relationships && names { old.weak } else { Arc::new(crate::graph::weak_points(c)) };
    let graph_same = stakeholders && relationships;
    Found {
        unconnected: if graph_same { old.unconnected } else { super::unconnected_power(c) },
        network: if graph_same { old.network } else { super::network_from(c, &weak) },
        weak,
        stances: if stakeholders { old.stances } else { checks::stance_gaps(c) },
        reconnects: if relationships && names { old.reconnects } else { super::reconnects(c) },
        tasks: if people_same && o.tasks.same_as(&c.tasks) && o.date == c.date && old.today == today {
            old.tasks
        } else {
            task_checks(c, today, people.as_ref().as_ref())
        },
        actions: if people_same
            && o.actions.same_as(&c.actions)
            && old.today == today
            && o.language == c.language
        {
            old.actions
        } else {
            action_checks(c, today, people.as_ref().as_ref())
        },
        canvas: c.clone(),
        today,
        people,
    }
}
