//! The loop review screen (`L`): each action with its indicator, readings, progress and loop;
//! `a` adds a reading, `Enter` sets status, loop and the next review. Below the actions, the
//! community management tasks with their cadence kept; `h` marks the selected one held today.

use super::{Tone, Workshop};
use crate::model::{ActionStatus, Canvas, Driver, LoopState};
use crate::tui::form::Target;
use crate::tui::layers::Layer;
use crate::tui::section::Section;

/// The loop review screen's state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Loops {
    /// The selected row: a position in [`review_order`], then past the actions a task's index.
    pub(crate) cursor: usize,
    /// The revisit's pass through last time's actions: a saved loop moves on to the next action.
    pub(crate) pass: bool,
    /// How far the selected action's detail is scrolled down, in lines.
    pub(crate) scroll: u16,
}

/// A driver's rank in the scorecard's order: Growth, Effectiveness, Velocity, Protection, none.
fn driver_rank(d: Option<Driver>) -> usize {
    d.and_then(|d| Driver::ALL.iter().position(|x| *x == d)).unwrap_or(Driver::ALL.len())
}

/// The actions in the order the loop review lists them: grouped by value driver as the scorecard
/// groups them, plan order within a group, dropped actions last.
pub(crate) fn review_order(c: &Canvas) -> Vec<usize> {
    let mut order: Vec<usize> = (0..c.actions.len()).collect();
    order.sort_by_key(|&i| {
        let a = &c.actions[i];
        (a.status == Some(ActionStatus::Dropped), driver_rank(a.driver))
    });
    order
}

/// The first position from `from` on in `order` whose action still needs its loop reviewed:
/// neither closed nor dropped. The revisit's pass steps over the finished ones.
fn next_open(c: &Canvas, order: &[usize], from: usize) -> Option<usize> {
    (from..order.len()).find(|&p| {
        let a = &c.actions[order[p]];
        a.loop_state != Some(LoopState::Closed) && a.status != Some(ActionStatus::Dropped)
    })
}

impl Workshop {
    /// Opens the loop review on the selected action (on Adoption actions) or the first one.
    pub(super) fn open_loops(&mut self, pass: bool) {
        if let Some(loops) = self.loops_at_selection(pass) {
            self.open(Layer::Loops(loops));
        }
    }

    /// The loop review on the selected action (on Adoption actions) or the first one; `None`,
    /// and a message, when there is nothing to review.
    fn loops_at_selection(&mut self, pass: bool) -> Option<Loops> {
        if self.canvas.actions.is_empty() && self.canvas.tasks.is_empty() {
            self.say(Tone::Info, self.tr.get("loops-nothing-yet"));
            return None;
        }
        let order = review_order(&self.canvas);
        let cursor = match (self.section, self.selected()) {
            (Section::Actions, Some(i)) => order.iter().position(|&k| k == i).unwrap_or(0),
            (Section::Tasks, Some(i)) => order.len() + i,
            _ => 0,
        };
        Some(Loops { cursor, pass, scroll: 0 })
    }

    /// Opens the revisit's loop review: last time's actions one by one, on the loop review screen.
    pub(crate) fn start_loop_review(&mut self) {
        self.section = Section::Actions;
        if self.canvas.actions.is_empty() {
            return self.say(Tone::Info, self.tr.get("loops-nothing-from-last-time"));
        }
        let first = next_open(&self.canvas, &review_order(&self.canvas), 0);
        if let Some(loops) = self.loops_at_selection(true) {
            self.open(Layer::Loops(Loops { cursor: first.unwrap_or(0), ..loops }));
        }
        self.say(Tone::Info, self.tr.get("loops-pass-hint"));
    }

    /// The action index of the loop review's selected row; `None` on a task's row.
    pub fn loops_selected(&self, loops: &Loops) -> Option<usize> {
        if self.derived.loops.is_for(&self.canvas, self.today) {
            return self.derived.loops.order.get(loops.cursor).copied();
        }
        review_order(&self.canvas).get(loops.cursor).copied()
    }

    /// The task index of the loop review's selected row; `None` on an action's row.
    pub fn loops_selected_task(&self, loops: &Loops) -> Option<usize> {
        let at = loops.cursor.checked_sub(self.canvas.actions.len())?;
        (at < self.canvas.tasks.len()).then_some(at)
    }

    /// Marks the task held today (undoable); a second mark the same day changes nothing.
    pub fn mark_held(&mut self, t: usize) {
        let (id, today) = (self.canvas.tasks[t].id.clone(), self.today);
        let label =
            self.tr.args("step-held", &[("id", id.as_str().into()), ("date", self.tr.day(today).into())]);
        let marked = self.change(label, |c| {
            if let Some(task) = c.tasks.get_mut(t) {
                task.mark_held(today);
            }
        });
        if marked {
            let since = self.canvas.date.unwrap_or(today);
            let said = match self.canvas.tasks[t].cadence_kept(since, today) {
                Some(k) => self.tr.args(
                    "loops-held-today-kept",
                    &[("id", id.into()), ("kept", k.words_in(self.tr).into())],
                ),
                None => self.tr.args("loops-held-today", &[("id", id.into())]),
            };
            self.say(Tone::Ok, said);
        } else {
            self.say(Tone::Info, self.tr.args("loops-already-held", &[("id", id.into())]));
        }
    }

    /// After a loop review's form: back on the screen; a saved reading that reaches the target
    /// suggests closing the loop; in the revisit's pass a saved loop moves on to the next action.
    pub(crate) fn back_to_loops(&mut self, loops: &mut Loops, i: usize, target: Target, saved: bool) {
        let order = review_order(&self.canvas);
        loops.cursor = order.iter().position(|&k| k == i).unwrap_or(loops.cursor);
        let a = &self.canvas.actions[i];
        let reached = a.indicator().is_some_and(|ind| ind.target_reached(self.canvas.language));
        // A value that is not a number in the target's unit is kept as written, and said so.
        let unreadable = a.indicator().is_some_and(|ind| {
            ind.measured(self.canvas.language) == crate::model::Measured::NotNumeric
                && ind.quantity_of(&ind.target, self.canvas.language).is_some()
        });
        match target {
            Target::Reading(..) if saved && unreadable => {
                let (id, target) =
                    (a.id.clone(), a.indicator().map(|i| i.target.clone()).unwrap_or_default());
                let latest =
                    a.indicator().and_then(|i| i.latest()).map(|r| r.value.clone()).unwrap_or_default();
                let message = match crate::model::ambiguity_in(&latest, self.canvas.language, self.tr) {
                    // A number the canvas's language could read two ways: say how to write it.
                    Some(note) => self.tr.args("loops-not-read", &[("id", id.into()), ("note", note.into())]),
                    None => self.tr.args(
                        "loops-kept-as-written",
                        &[("id", id.into()), ("latest", latest.into()), ("target", target.into())],
                    ),
                };
                self.say(Tone::Alert, message);
            }
            Target::Reading(..) if saved && reached && a.loop_state != Some(LoopState::Closed) => {
                let id = a.id.clone();
                self.say(Tone::Ok, self.tr.args("loops-reached", &[("id", id.into())]));
            }
            Target::LoopCheck(_)
                if saved && loops.pass && next_open(&self.canvas, &order, loops.cursor + 1).is_some() =>
            {
                let at = next_open(&self.canvas, &order, loops.cursor + 1).unwrap_or(loops.cursor);
                (loops.cursor, loops.scroll) = (at, 0);
                let next = &self.canvas.actions[order[at]];
                let args = [("id", next.id.as_str().into()), ("title", next.title.as_str().into())];
                let said = self.tr.args("loops-saved-next", &args);
                self.say(Tone::Ok, said);
            }
            Target::LoopCheck(_) if saved && loops.pass => {
                self.say(Tone::Ok, self.tr.get("loops-pass-done"));
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Action;

    #[test]
    fn the_review_lists_actions_by_driver_and_dropped_ones_last() {
        let mut c = Canvas::new("t");
        let mut add = |driver, status| {
            c.add_action(Action { title: "x".into(), driver, status, ..Default::default() });
        };
        add(None, None);
        add(Some(Driver::Protection), Some(ActionStatus::Dropped));
        add(Some(Driver::Velocity), None);
        add(Some(Driver::Growth), None);
        add(Some(Driver::Velocity), None);
        assert_eq!(review_order(&c), [3, 2, 4, 0, 1]);
    }

    #[test]
    fn the_revisits_pass_steps_over_closed_and_dropped_actions() {
        let mut c = Canvas::new("t");
        let mut add = |loop_state, status| {
            c.add_action(Action { title: "x".into(), loop_state, status, ..Default::default() });
        };
        add(Some(LoopState::Closed), None);
        add(None, Some(ActionStatus::Dropped));
        add(Some(LoopState::Measured), None);
        let order = review_order(&c);
        assert_eq!(order, [0, 2, 1]);
        assert_eq!(next_open(&c, &order, 0), Some(1), "A3, second on the list");
        assert_eq!(next_open(&c, &order, 2), None);
    }
}
