//! The loop review's list: its rows and groups, worked out once per change of the actions or
//! tasks (or of the day), not on every frame.

use crate::model::{Canvas, Day};
use crate::tui::workshop::review_order;

/// One row of the loop review's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoopRow {
    /// A group's heading: a value driver, no value driver, dropped, community management.
    Heading(LoopGroup),
    /// A selectable row: an action by its place in [`LoopList::order`], then the tasks after
    /// them (`order.len() + task index`).
    Entry(usize),
}

/// The loop review's list, worked out once per change of the actions or tasks (or of the day),
/// not on every frame: the screen, redrawn every second, reads it and draws only the rows in
/// sight.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LoopList {
    /// The actions in the order the review lists them (`review_order`).
    pub order: Vec<usize>,
    /// The rows, headings among them.
    pub rows: Vec<LoopRow>,
    /// The row of each selectable position.
    pub row_of: Vec<usize>,
    /// How many group headings the actions have.
    pub groups: usize,
    /// Actions whose loop is closed.
    pub closed: usize,
    /// Actions whose review date has passed with the loop not closed (dropped ones aside).
    pub overdue: usize,
    /// The actions, tasks and day it was worked out from.
    made_from:
        Option<(crate::model::List<crate::model::Action>, crate::model::List<crate::model::Task>, Day)>,
}

/// Whether two lists hold the very same entries: constant time for a copy of a large list, a pass
/// over the entries' addresses for a small one (whose copy the persistent vector keeps inline).
fn same_entries<T: Clone>(a: &crate::model::List<T>, b: &crate::model::List<T>) -> bool {
    crate::model::same_by(a, b, |_, _| false)
}

/// A group of the loop review's list, worded by the view in the screens' language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoopGroup {
    /// The actions serving a value driver.
    Driver(crate::model::Driver),
    /// The actions serving none.
    NoDriver,
    /// The dropped actions, whatever their driver.
    Dropped,
    /// The community management tasks, after the actions.
    Tasks,
}

/// The group an action is listed under in the loop review.
pub fn loop_group(a: &crate::model::Action) -> LoopGroup {
    match (a.status, a.driver) {
        (Some(crate::model::ActionStatus::Dropped), _) => LoopGroup::Dropped,
        (_, Some(d)) => LoopGroup::Driver(d),
        (_, None) => LoopGroup::NoDriver,
    }
}

impl LoopList {
    /// The list for a canvas as of `today`.
    pub fn of(c: &Canvas, today: Day) -> LoopList {
        let order = review_order(c);
        let mut rows = Vec::with_capacity(order.len() + c.tasks.len() + 8);
        let mut row_of = Vec::with_capacity(order.len() + c.tasks.len());
        let mut last = None;
        let mut groups = 0;
        for (pos, &i) in order.iter().enumerate() {
            let group = loop_group(&c.actions[i]);
            if last != Some(group) {
                rows.push(LoopRow::Heading(group));
                last = Some(group);
                groups += 1;
            }
            row_of.push(rows.len());
            rows.push(LoopRow::Entry(pos));
        }
        if !c.tasks.is_empty() {
            rows.push(LoopRow::Heading(LoopGroup::Tasks));
        }
        for t in 0..c.tasks.len() {
            row_of.push(rows.len());
            rows.push(LoopRow::Entry(order.len() + t));
        }
        let closed =
            c.actions.iter().filter(|a| a.loop_state == Some(crate::model::LoopState::Closed)).count();
        let overdue = c.actions.iter().filter(|a| crate::model::review_overdue(a, today)).count();
        let made_from = Some((c.actions.clone(), c.tasks.clone(), today));
        LoopList { order, rows, row_of, groups, closed, overdue, made_from }
    }

    /// Whether this is the list of `c`'s actions and tasks as of `today` (a large canvas's
    /// derived facts arrive a moment after its change).
    pub fn is_for(&self, c: &Canvas, today: Day) -> bool {
        self.made_from
            .as_ref()
            .is_some_and(|(a, t, d)| same_entries(a, &c.actions) && same_entries(t, &c.tasks) && *d == today)
    }

    /// How many selectable rows lie in `rows[from..]`.
    pub fn entries_from(&self, from: usize) -> usize {
        let first = self.rows.iter().skip(from).find_map(|r| match r {
            LoopRow::Entry(p) => Some(*p),
            LoopRow::Heading(_) => None,
        });
        first.map_or(0, |p| self.row_of.len() - p)
    }
}
