//! Ongoing work per phase: what keeps each of the four phases alive in one revision (DESIGN.md §11).
//!
//! The one definition of "ongoing work" every screen and report uses: active tasks, and actions
//! committed or in progress. And the one definition of a loop still to review: an action not
//! dropped whose loop is not closed (a done action's loop still waits for its evidence).

use super::{Action, ActionStatus, Canvas, Phase, Task, TaskStatus};

impl Task {
    /// Whether the task is happening now: active (planned, paused and stopped tasks are not).
    pub fn is_ongoing(&self) -> bool {
        self.status == Some(TaskStatus::Active)
    }
}

impl Action {
    /// Whether the action is under way: committed or in progress.
    pub fn is_ongoing(&self) -> bool {
        matches!(self.status, Some(ActionStatus::Committed | ActionStatus::InProgress))
    }

    /// Whether its loop still waits to be reviewed: the action is not dropped and its loop is not
    /// closed. A done action whose loop is open still owes its evidence, so it stays.
    pub fn loop_pending(&self) -> bool {
        self.status != Some(ActionStatus::Dropped) && self.loop_state != Some(super::LoopState::Closed)
    }
}

/// How much ongoing work each phase has (active tasks plus committed or in-progress actions),
/// in `Phase::ALL` order.
pub fn ongoing_work(canvas: &Canvas) -> [usize; 4] {
    let mut out = [0; 4];
    let tasks = canvas.tasks.iter().filter(|t| t.is_ongoing()).filter_map(|t| t.phase);
    let actions = canvas.actions.iter().filter(|a| a.is_ongoing()).filter_map(|a| a.phase);
    for phase in tasks.chain(actions) {
        out[phase as usize] += 1;
    }
    out
}

/// The ids of the ongoing work in one phase, tasks first, in list order.
pub fn ongoing_ids(canvas: &Canvas, phase: Phase) -> Vec<&str> {
    let tasks =
        canvas.tasks.iter().filter(|t| t.is_ongoing() && t.phase == Some(phase)).map(|t| t.id.as_str());
    let actions =
        canvas.actions.iter().filter(|a| a.is_ongoing() && a.phase == Some(phase)).map(|a| a.id.as_str());
    tasks.chain(actions).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn active_tasks_and_committed_or_running_actions_count_per_phase() {
        let mut c = Canvas::new("w");
        for (status, phase) in [
            (TaskStatus::Active, Phase::Connect),
            (TaskStatus::Planned, Phase::Connect),
            (TaskStatus::Stopped, Phase::Share),
            (TaskStatus::Active, Phase::Solve),
        ] {
            c.add_task(Task { status: Some(status), phase: Some(phase), ..Default::default() });
        }
        for status in ActionStatus::ALL {
            c.add_action(Action { status: Some(*status), phase: Some(Phase::Solve), ..Default::default() });
        }
        c.add_action(Action { status: Some(ActionStatus::Committed), ..Default::default() });
        assert_eq!(ongoing_work(&c), [1, 0, 3, 0]);
        assert_eq!(ongoing_ids(&c, Phase::Solve), ["T4", "A2", "A3"]);
    }
}
