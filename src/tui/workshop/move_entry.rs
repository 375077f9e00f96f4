//! `M`: an entry that belongs in another section moves there (a community task that is really a
//! time-bound action, and back), keeping what both kinds hold; one undo step.

use super::{Tone, Workshop};
use crate::model::{Action, EntryKind, Task};
use crate::tui::section::Section;

impl Workshop {
    /// Moves the selected task to the actions, or the selected action to the tasks.
    pub(super) fn move_to_other_section(&mut self) {
        let Some(index) = self.selected() else {
            return self.say(Tone::Info, self.tr.get("note-select-first"));
        };
        let (to, kind) = match self.section {
            Section::Tasks => (Section::Actions, EntryKind::Action),
            Section::Actions => (Section::Tasks, EntryKind::Task),
            _ => return self.say(Tone::Info, self.tr.get("note-move-what")),
        };
        if let Err(why) = self.canvas.room_for(kind, 1) {
            return self.say(Tone::Alert, why.text(self.tr));
        }
        let mut made = String::new();
        let mut was = String::new();
        let mut left: Vec<&str> = Vec::new();
        let label = match self.section {
            Section::Tasks => self.tr.get("step-moved-to-actions"),
            _ => self.tr.get("step-moved-to-tasks"),
        };
        self.change(label, |c| match kind {
            EntryKind::Action => {
                let t = c.tasks.remove(index);
                was.clone_from(&t.id);
                for (gone, word) in [
                    (t.owner_role.is_some(), "left-owner-role"),
                    (t.cadence.is_some(), "left-cadence"),
                    (t.status.is_some(), "left-status"),
                    (!t.held.is_empty(), "left-held"),
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
                    (!a.business_line.is_empty(), "left-business-line"),
                    (a.due.is_some(), "left-due"),
                    (a.driver.is_some(), "left-driver"),
                    (a.indicator.is_some(), "left-indicator"),
                    (!a.benefit.is_empty() || !a.cost.is_empty() || !a.gain.is_empty(), "left-benefit"),
                    (a.review.is_some(), "left-review"),
                    (a.status.is_some() || a.loop_state.is_some(), "left-status-loop"),
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
        let tone = if left.is_empty() { Tone::Ok } else { Tone::Alert };
        let section = to.name(self.tr);
        let args = [("was", was.into()), ("made", made.into()), ("section", section.into())];
        let msg = if left.is_empty() {
            self.tr.args("note-moved-entry", &args)
        } else {
            let left: Vec<String> = left.iter().map(|key| self.tr.get(key)).collect();
            let [was, made, section] = args;
            let args = [was, made, section, ("left", left.join(", ").into())];
            self.tr.args("note-moved-entry-left", &args)
        };
        self.say(tone, msg);
    }
}
