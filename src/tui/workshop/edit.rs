//! Changes to the canvas from the workshop screen: each one recorded for undo and saved at once.

use jiff::civil::DateTime;

use super::{Place, Popup, Tone, Workshop};
use crate::export::plan_markdown;
use crate::model::{Action, Canvas, EntryKind, Relationship, Stakeholder, Task};
use crate::store::{SaveError, write_atomic};
use crate::tui::history::Snapshot;

impl Workshop {
    fn place(&self) -> Place {
        Place { section: self.section, cursor: self.cursor[self.section.index()] }
    }

    /// Applies a change; if it changed anything, records the step for undo and saves.
    pub(super) fn change(&mut self, now: DateTime, f: impl FnOnce(&mut Canvas)) -> bool {
        let before = self.doc.canvas.clone();
        f(&mut self.doc.canvas);
        if self.doc.canvas == before {
            return false;
        }
        self.history.record(Snapshot { canvas: before, place: self.place() });
        self.refresh();
        self.dirty = true;
        self.conflict_ignored = false;
        self.save(now);
        self.clamp_cursor();
        true
    }

    /// Writes the canvas if it has unsaved changes; a conflict opens its question.
    pub(super) fn save(&mut self, now: DateTime) {
        if !self.dirty {
            return;
        }
        match self.doc.save() {
            Ok(()) => {
                self.dirty = false;
                self.saved_at = Some(now);
                (self.save_failed, self.save_failure_seen, self.last_save_error) = (false, false, None);
            }
            Err(SaveError::ChangedOnDisk(_)) => self.conflict_found = true,
            Err(SaveError::Failed(e)) => {
                let why = e.problems.first().map(|p| p.message.clone()).unwrap_or_default();
                self.say(Tone::Alert, format!("NOT SAVED ({why}); retrying every second"));
                self.save_failed = true;
                self.last_save_error = Some(why);
            }
        }
    }

    /// Goes back to a snapshot's canvas, keeping the clock's seconds: time spent is not undone.
    fn restore(&mut self, to: Snapshot<Place>) {
        let spent: Vec<u64> = self.doc.canvas.agenda.iter().map(|b| b.spent_secs).collect();
        self.doc.canvas = to.canvas;
        for (block, secs) in self.doc.canvas.agenda.iter_mut().zip(spent) {
            block.spent_secs = secs;
        }
        self.refresh();
        self.section = to.place.section;
        self.cursor[self.section.index()] = to.place.cursor;
        self.clamp_cursor();
    }

    pub(super) fn undo(&mut self, now: DateTime) {
        let current = Snapshot { canvas: self.doc.canvas.clone(), place: self.place() };
        let back = self.history.undo(current);
        self.travel(back, now, "undone (Ctrl+r redoes)", "nothing to undo: this is how the session started");
    }

    pub(super) fn redo(&mut self, now: DateTime) {
        let current = Snapshot { canvas: self.doc.canvas.clone(), place: self.place() };
        let forward = self.history.redo(current);
        self.travel(forward, now, "redone", "nothing to redo");
    }

    /// Goes to a step of the history, saves, and says so; or says there is no such step.
    fn travel(&mut self, to: Option<Snapshot<Place>>, now: DateTime, done: &str, none: &str) {
        let Some(to) = to else { return self.say(Tone::Info, none) };
        self.restore(to);
        self.dirty = true;
        self.save(now);
        self.say(Tone::Info, done);
    }

    /// Adds an entry from the quick-add line's text; returns its id.
    pub(super) fn add_from_line(&mut self, text: &str, now: DateTime) -> Option<String> {
        let text = text.trim().to_string();
        let kind = self.section.kind()?;
        let mut id = String::new();
        self.change(now, |c| {
            id = match kind {
                EntryKind::Stakeholder => c.add_stakeholder(Stakeholder { name: text, ..Default::default() }),
                EntryKind::Task => c.add_task(Task { title: text, ..Default::default() }),
                EntryKind::Action => c.add_action(Action { title: text, ..Default::default() }),
                EntryKind::Relationship => return,
            }
        });
        let index = self.doc.canvas.index_of(kind, &id)?;
        self.select_entry(kind, index);
        Some(id)
    }

    /// Adds a relationship chosen with the picker.
    pub(super) fn add_relationship(
        &mut self,
        from: String,
        to: String,
        exchange: &str,
        now: DateTime,
    ) -> String {
        let mut id = String::new();
        let exchange = exchange.trim().to_string();
        self.change(now, |c| {
            id = c.add_relationship(Relationship { from, to, exchange, ..Default::default() })
        });
        if let Some(index) = self.doc.canvas.index_of(EntryKind::Relationship, &id) {
            self.select_entry(EntryKind::Relationship, index);
        }
        id
    }

    pub(super) fn move_entry(&mut self, delta: isize, now: DateTime) {
        let (Some(kind), Some(index)) = (self.section.kind(), self.selected()) else { return };
        if !self.filter[self.section.index()].trim().is_empty() {
            return self.say(Tone::Info, "clear the filter (/ then Esc) to reorder");
        }
        let Some(other) = index.checked_add_signed(delta).filter(|&o| o < self.doc.canvas.len_of(kind))
        else {
            return;
        };
        if self.change(now, |c| {
            c.swap_entries(kind, index, other);
        }) {
            self.cursor[self.section.index()] = other;
            self.clamp_cursor();
        }
    }

    pub(super) fn vote(&mut self, delta: i64, now: DateTime) {
        let (Some(kind), Some(index)) = (self.section.kind(), self.selected()) else {
            return self.say(Tone::Info, "dot votes are for tasks and actions");
        };
        if self.doc.canvas.votes_at(kind, index).is_none() {
            return self.say(Tone::Info, "dot votes are for tasks and actions");
        }
        self.change(now, |c| {
            c.add_votes(kind, index, delta);
        });
    }

    /// Orders the section by dots, most first (one undoable change).
    pub(super) fn sort_by_votes(&mut self, now: DateTime) {
        let Some(kind) = self.section.kind().filter(|k| matches!(k, EntryKind::Task | EntryKind::Action))
        else {
            return self.say(Tone::Info, "sorting by dots is for tasks and actions");
        };
        let selected = self.selected().and_then(|i| self.doc.canvas.id_at(kind, i)).map(String::from);
        if self.change(now, |c| c.sort_by_votes(kind)) {
            self.say(Tone::Ok, "sorted by dots, most first (u undoes)");
        }
        if let Some(index) = selected.and_then(|id| self.doc.canvas.index_of(kind, &id)) {
            self.select_entry(kind, index);
        }
    }

    pub(super) fn ask_delete(&mut self) {
        let (Some(kind), Some(index)) = (self.section.kind(), self.selected()) else { return };
        let c = &self.doc.canvas;
        let id = c.id_at(kind, index).unwrap_or_default().to_string();
        let mut lines = vec![format!("Delete {} {id} \"{}\"?", kind.noun(), c.label_at(kind, index))];
        if kind == EntryKind::Stakeholder {
            let links = c.relationships_of(&id);
            if !links.is_empty() {
                lines.push(format!("Its {} relationship(s) go too:", links.len()));
                for i in links {
                    let r = &c.relationships[i];
                    lines.push(format!("  {} {}", r.id, c.label_at(EntryKind::Relationship, i)));
                }
            }
        }
        self.popup = Popup::ConfirmDelete { kind, index, lines };
    }

    pub(super) fn delete(&mut self, kind: EntryKind, index: usize, now: DateTime) {
        let id = self.doc.canvas.id_at(kind, index).unwrap_or_default().to_string();
        if self.change(now, |c| {
            c.remove_at(kind, index);
        }) {
            self.say(Tone::Ok, format!("deleted {id} (u undoes)"));
        }
    }

    /// Writes the plan to `NAME.md` beside the canvas; asks first if that file exists.
    pub(super) fn export(&mut self, overwrite: bool, _now: DateTime) {
        let path = self.doc.path.with_extension("md");
        if path.exists() && !overwrite {
            self.popup = Popup::ConfirmExport(path);
            return;
        }
        let text = plan_markdown(&self.doc.canvas, self.today);
        match write_atomic(&path, text.as_bytes()) {
            Ok(()) => self.say(Tone::Ok, format!("exported the plan to {}", path.display())),
            Err(e) => self.say(Tone::Alert, format!("export failed: {e}")),
        }
    }
}
