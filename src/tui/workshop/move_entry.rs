//! `M`: an entry that belongs in another section moves there (a community task that is really a
//! time-bound action, and back), keeping what both kinds hold; one undo step.

use super::{Tone, Workshop};
use crate::model::{Action, EntryKind, Task};
use crate::tui::section::Section;

impl Workshop {
    /// Moves the selected task to the actions, or the selected action to the tasks.
    pub(super) fn move_to_other_section(&mut self) {
        let Some(index) = self.selected() else {
            return self.say(Tone::Info, "select an entry first");
        };
        let (to, kind) = match self.section {
            Section::Tasks => (Section::Actions, EntryKind::Action),
            Section::Actions => (Section::Tasks, EntryKind::Task),
            _ => return self.say(Tone::Info, "M moves a community task to the adoption actions, and back"),
        };
        if let Err(why) = self.canvas.room_for(kind, 1) {
            return self.say(Tone::Alert, why.to_string());
        }
        let mut made = String::new();
        let mut was = String::new();
        let mut left: Vec<&str> = Vec::new();
        let label = match self.section {
            Section::Tasks => "moved a task to the adoption actions",
            _ => "moved an action to the community tasks",
        };
        self.change(label, |c| match kind {
            EntryKind::Action => {
                let t = c.tasks.remove(index);
                was.clone_from(&t.id);
                for (gone, word) in [
                    (t.owner_role.is_some(), "owner role"),
                    (t.cadence.is_some(), "cadence"),
                    (t.status.is_some(), "status"),
                    (!t.held.is_empty(), "held dates"),
                ] {
                    if gone {
                        left.push(word);
                    }
                }
                let a = Action {
                    title: t.title,
                    owner: t.owner,
                    phase: t.phase,
                    votes: t.votes,
                    notes: t.notes,
                    ..Default::default()
                };
                made = c.add_action(a);
            }
            _ => {
                let a = c.actions.remove(index);
                was.clone_from(&a.id);
                for (gone, word) in [
                    (!a.business_line.is_empty(), "business line"),
                    (a.due.is_some(), "due date"),
                    (a.driver.is_some(), "value driver"),
                    (a.indicator.is_some(), "indicator and readings"),
                    (
                        !a.benefit.is_empty() || !a.cost.is_empty() || !a.gain.is_empty(),
                        "benefit, cost and gain",
                    ),
                    (a.review.is_some(), "review date"),
                    (a.status.is_some() || a.loop_state.is_some(), "status and loop"),
                ] {
                    if gone {
                        left.push(word);
                    }
                }
                let t = Task {
                    title: a.title,
                    owner: a.owner,
                    phase: a.phase,
                    votes: a.votes,
                    notes: a.notes,
                    ..Default::default()
                };
                made = c.add_task(t);
            }
        });
        if made.is_empty() {
            return;
        }
        let at = self.canvas.len_of(kind).saturating_sub(1);
        self.go(to);
        self.select_entry(kind, at);
        let note =
            if left.is_empty() { String::new() } else { format!("; its {} stay behind", left.join(", ")) };
        let tone = if left.is_empty() { Tone::Ok } else { Tone::Alert };
        self.say(tone, format!("{was} is now {made} in {}{note} (u undoes)", to.name(self.tr)));
    }
}
