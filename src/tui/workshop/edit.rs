//! Changes to the canvas from the workshop screen: each one recorded for undo and saved soon.

use super::{Place, Tone, Workshop};
use crate::model::{Action, AgendaBlock, Canvas, EntryKind, Relationship, Stakeholder, Task};
use crate::tui::effect::Effect;
use crate::tui::history::{Snapshot, step_cost};
use crate::tui::layers::{Layer, Question};

impl Workshop {
    fn place(&self) -> Place {
        Place { section: self.section, cursor: self.cursor(self.section), clock: None }
    }

    /// Applies a change; if it changed anything, records the step for undo (named by `label`)
    /// and asks for a save.
    pub(crate) fn change(&mut self, label: impl Into<String>, f: impl FnOnce(&mut Canvas)) -> bool {
        self.change_rebuilding(label, 0, f)
    }

    /// A change that rebuilds a list of `rebuilt` entries (a sort), for the undo budget.
    pub(super) fn change_rebuilding(
        &mut self,
        label: impl Into<String>,
        rebuilt: usize,
        f: impl FnOnce(&mut Canvas),
    ) -> bool {
        let before = self.canvas.clone();
        f(&mut self.canvas);
        if self.canvas == before {
            return false;
        }
        let cost = step_cost(&before, &self.canvas, rebuilt);
        let (place, generation) = (self.place(), self.save.generation);
        self.history.record(Snapshot { canvas: before, place, label: label.into(), generation, cost });
        self.changed();
        self.clamp_cursor();
        true
    }

    /// Counts a change to the canvas and asks for it to be saved (`Effect::Save`, which the runner
    /// hands to the save worker) and its facts worked out.
    pub(super) fn changed(&mut self) {
        self.save.generation += 1;
        self.request_save();
        self.refresh();
    }

    /// Asks for the canvas as it is now to be written.
    pub(super) fn request_save(&mut self) {
        let generation = self.save.generation;
        self.ask(Effect::Save { generation, canvas: Box::new(self.canvas.clone()) });
    }

    /// Records a step of the agenda clock (next block, start, pause), before it is taken, so
    /// undo brings back the block, the clock and the section.
    pub(super) fn record_clock_step(&mut self, label: impl Into<String>) {
        let snapshot = self.snapshot(&label.into(), true);
        self.history.record(snapshot);
    }

    /// Goes back to a snapshot's canvas. Time spent is not undone: each block keeps its own
    /// seconds (found by title and kind, so a reorder that is undone takes them along), and the
    /// clock keeps timing the same block.
    fn restore(&mut self, to: Snapshot<Place>) {
        let timed = self.canvas.agenda.get(self.clock.block).cloned();
        let mut spent: Vec<Option<AgendaBlock>> = self.canvas.agenda.iter().cloned().map(Some).collect();
        // Ideas the room sent after this snapshot stay in the inbox: an arrival is never undone.
        let inbox = self.inbox_after_undo(&to.canvas.inbox, to.generation);
        self.canvas = to.canvas;
        self.canvas.inbox = inbox;
        for (i, block) in self.canvas.agenda.iter_mut().enumerate() {
            let same = |b: &Option<AgendaBlock>| {
                b.as_ref().is_some_and(|b| b.title == block.title && b.kind == block.kind)
            };
            let found =
                spent.iter().position(same).or_else(|| spent.get(i).and_then(|b| b.as_ref()).map(|_| i));
            if let Some(at) = found
                && let Some(b) = spent[at].take()
            {
                block.spent_secs = b.spent_secs;
            }
        }
        if let Some(t) = timed
            && let Some(i) = self.canvas.agenda.iter().position(|b| b.title == t.title && b.kind == t.kind)
        {
            self.clock.block = i;
        }
        self.clock.block = self.clock.block.min(self.canvas.agenda.len().saturating_sub(1));
        self.changed();
        if let Some((block, running)) = to.place.clock {
            self.clock.block = block.min(self.canvas.agenda.len().saturating_sub(1));
            self.clock.running = running;
        }
        self.section = to.place.section;
        self.sections[self.section.index()].cursor.selected = to.place.cursor;
        self.clamp_cursor();
    }

    pub(crate) fn undo(&mut self) {
        let Some(label) = self.history.peek_undo().map(str::to_string) else {
            return self.say(Tone::Info, self.tr.get("note-nothing-to-undo"));
        };
        let clock = self.history.peek_undo_place().is_some_and(|p| p.clock.is_some());
        let now = self.snapshot(&label, clock);
        if let Some(back) = self.history.undo(now) {
            self.restore(back);
            self.say(Tone::Info, self.tr.args("note-undone", &[("step", label.into())]));
        }
    }

    pub(crate) fn redo(&mut self) {
        let Some(label) = self.history.peek_redo().map(str::to_string) else {
            return self.say(Tone::Info, self.tr.get("note-nothing-to-redo"));
        };
        let clock = self.history.peek_redo_place().is_some_and(|p| p.clock.is_some());
        let now = self.snapshot(&label, clock);
        if let Some(forward) = self.history.redo(now) {
            self.restore(forward);
            self.say(Tone::Info, self.tr.args("note-redone", &[("step", label.into())]));
        }
    }

    /// The canvas as it is now, as a history step that `label` describes (with the clock's
    /// state when the step is one of the clock's).
    fn snapshot(&self, label: &str, clock: bool) -> Snapshot<Place> {
        let cost = step_cost(&self.canvas, &self.canvas, 0);
        let mut place = self.place();
        if clock {
            place.clock = Some((self.clock.block, self.clock.running));
        }
        let generation = self.save.generation;
        Snapshot { canvas: self.canvas.clone(), place, label: label.to_string(), generation, cost }
    }

    /// Adds an entry from the quick-add line's text; returns its id.
    pub(crate) fn add_from_line(&mut self, text: &str) -> Option<String> {
        let text = text.trim().to_string();
        let kind = self.section.kind().filter(|k| *k != EntryKind::Relationship)?;
        if let Err(e) = self.canvas.room_for(kind, 1) {
            let why = e.text(self.tr);
            self.say(
                Tone::Alert,
                self.tr.args("note-not-added", &[("text", text.as_str().into()), ("why", why.into())]),
            );
            return None;
        }
        let id = self.canvas.peek_id(kind);
        let label = self.tr.args("step-added", &[("id", id.as_str().into()), ("text", text.as_str().into())]);
        self.change(label, |c| {
            match kind {
                EntryKind::Stakeholder => c.add_stakeholder(Stakeholder { name: text, ..Default::default() }),
                EntryKind::Task => c.add_task(Task { title: text, ..Default::default() }),
                EntryKind::Action => c.add_action(Action { title: text, ..Default::default() }),
                EntryKind::Relationship => String::new(),
            };
        });
        // The new entry is the last of its list: no search through the list.
        let index = self.canvas.len_of(kind).checked_sub(1)?;
        self.select_entry(kind, index);
        Some(id)
    }

    /// Adds an entry for each non-empty line, as one change (one undo step, one save); returns
    /// how many were added. Lines beyond the ids left are refused with a message.
    pub(crate) fn add_lines(&mut self, lines: &[String]) -> usize {
        let Some(kind) = self.section.kind().filter(|k| *k != EntryKind::Relationship) else { return 0 };
        let ideas: Vec<&str> = lines.iter().map(|l| l.trim()).filter(|l| !l.is_empty()).collect();
        if ideas.is_empty() {
            return 0;
        }
        if let Err(e) = self.canvas.room_for(kind, ideas.len()) {
            let why = e.text(self.tr);
            let args = [("count", ideas.len().into()), ("why", why.into())];
            self.say(Tone::Alert, self.tr.args("note-paste-not-added", &args));
            return 0;
        }
        let label = match ideas.len() {
            1 => {
                let id = self.canvas.peek_id(kind);
                self.tr.args("step-added", &[("id", id.into()), ("text", ideas[0].into())])
            }
            n => self.tr.args("step-pasted", &[("count", n.into())]),
        };
        self.change(label, |c| {
            for idea in &ideas {
                let text = (*idea).to_string();
                match kind {
                    EntryKind::Stakeholder => {
                        c.add_stakeholder(Stakeholder { name: text, ..Default::default() })
                    }
                    EntryKind::Task => c.add_task(Task { title: text, ..Default::default() }),
                    EntryKind::Action => c.add_action(Action { title: text, ..Default::default() }),
                    EntryKind::Relationship => String::new(),
                };
            }
        });
        if let Some(index) = self.canvas.len_of(kind).checked_sub(1) {
            self.select_entry(kind, index);
        }
        ideas.len()
    }

    /// Adds a question to the parking lot.
    pub(crate) fn park(&mut self, text: &str) {
        let question = text.trim().to_string();
        let n = self.canvas.parking.len() + 1;
        let label = self.tr.args("step-parked", &[("text", question.as_str().into())]);
        self.change(label, |c| c.parking.push(question));
        self.say(Tone::Ok, self.tr.args("note-parked", &[("count", n.into())]));
    }

    /// Adds a relationship chosen with the picker; `None` (and a message) when no id is left.
    pub(crate) fn add_relationship(&mut self, from: String, to: String, exchange: &str) -> Option<String> {
        if let Err(e) = self.canvas.room_for(EntryKind::Relationship, 1) {
            self.say(Tone::Alert, e.text(self.tr));
            return None;
        }
        let id = self.canvas.peek_id(EntryKind::Relationship);
        let exchange = exchange.trim().to_string();
        let (a, b) = (self.derived.name(&from), self.derived.name(&to));
        let label = self
            .tr
            .args("step-added-link", &[("id", id.as_str().into()), ("from", a.into()), ("to", b.into())]);
        self.change(label, |c| {
            c.add_relationship(Relationship { from, to, exchange, ..Default::default() });
        });
        if let Some(index) = self.canvas.relationships.len().checked_sub(1) {
            self.select_entry(EntryKind::Relationship, index);
        }
        Some(id)
    }

    pub(super) fn move_entry(&mut self, delta: isize) {
        let (Some(kind), Some(index)) = (self.section.kind(), self.selected()) else { return };
        if !self.view(self.section).filter.trim().is_empty() {
            return self.say(Tone::Info, self.tr.get("note-clear-filter-to-reorder"));
        }
        let Some(other) = index.checked_add_signed(delta).filter(|&o| o < self.canvas.len_of(kind)) else {
            return;
        };
        let id = self.canvas.id_at(kind, index).unwrap_or_default().to_string();
        let key = if delta < 0 { "step-moved-up" } else { "step-moved-down" };
        if self.change(self.tr.args(key, &[("id", id.into())]), |c| {
            c.swap_entries(kind, index, other);
        }) {
            self.sections[self.section.index()].cursor.selected = other;
            self.clamp_cursor();
        }
    }

    /// Shift+arrows in the grid: the selected stakeholder one step up or down in power or
    /// interest (an unrated one starts in the middle), so the room rates by placing.
    pub(super) fn place_on_grid(&mut self, power: i8, interest: i8) {
        let grid =
            self.section == crate::tui::section::Section::Stakeholders && self.view(self.section).alt_view;
        if !grid {
            return self.say(Tone::Info, self.tr.get("note-grid-only"));
        }
        let Some(index) = self.selected() else { return };
        let step = |v: Option<u8>, d: i8| Some((i16::from(v.unwrap_or(3)) + i16::from(d)).clamp(1, 5) as u8);
        let s = &self.canvas.stakeholders[index];
        let (p, i) = (step(s.power, power), step(s.interest, interest));
        let args = [
            ("id", s.id.as_str().into()),
            ("power", p.unwrap_or(3).into()),
            ("interest", i.unwrap_or(3).into()),
        ];
        let label = self.tr.args("step-placed", &args);
        if self.change(label.clone(), |c| {
            let s = &mut c.stakeholders[index];
            (s.power, s.interest) = (p, i);
        }) {
            self.say(Tone::Ok, label);
        } else {
            self.say(
                Tone::Info,
                self.tr.args("note-grid-edge", &[("id", self.canvas.stakeholders[index].id.as_str().into())]),
            );
        }
    }

    pub(super) fn vote(&mut self, delta: i64) {
        let (Some(kind), Some(index)) = (self.section.kind(), self.selected()) else {
            return self.say(Tone::Info, self.tr.get("note-dots-for"));
        };
        if self.canvas.votes_at(kind, index).is_none() {
            return self.say(Tone::Info, self.tr.get("note-dots-for"));
        }
        let id = self.canvas.id_at(kind, index).unwrap_or_default().to_string();
        let key = if delta > 0 { "step-dot-for" } else { "step-dot-off" };
        self.change(self.tr.args(key, &[("id", id.into())]), |c| {
            c.add_votes(kind, index, delta);
        });
    }

    /// Orders the section by dots, most first (one undoable change).
    pub(super) fn sort_by_votes(&mut self) {
        let Some(kind) = self.section.kind().filter(|k| matches!(k, EntryKind::Task | EntryKind::Action))
        else {
            return self.say(Tone::Info, self.tr.get("note-sort-for"));
        };
        let selected = self.selected().and_then(|i| self.canvas.id_at(kind, i)).map(String::from);
        let n = self.canvas.len_of(kind);
        let key = if kind == EntryKind::Task { "step-sorted-tasks" } else { "step-sorted-actions" };
        let label = self.tr.get(key);
        if self.change_rebuilding(label, n, |c| c.sort_by_votes(kind)) {
            self.say(Tone::Ok, self.tr.get("note-sorted-by-dots"));
        }
        if let Some(index) = selected.and_then(|id| self.canvas.index_of(kind, &id)) {
            self.select_entry(kind, index);
        }
    }

    pub(super) fn ask_delete(&mut self) {
        let (Some(kind), Some(index)) = (self.section.kind(), self.selected()) else { return };
        let c = &self.canvas;
        let id = c.id_at(kind, index).unwrap_or_default().to_string();
        let noun = match kind {
            EntryKind::Stakeholder => "ask-delete-stakeholder",
            EntryKind::Relationship => "ask-delete-relationship",
            EntryKind::Task => "ask-delete-task",
            EntryKind::Action => "ask-delete-action",
        };
        let label = c.label_at(kind, index);
        let mut lines = vec![self.tr.args(noun, &[("id", id.as_str().into()), ("label", label.into())])];
        if kind == EntryKind::Stakeholder {
            let links = c.relationships_of(&id);
            if !links.is_empty() {
                lines.push(self.tr.args("ask-delete-links", &[("count", links.len().into())]));
                for i in links {
                    let r = &c.relationships[i];
                    lines.push(format!("  {} {}", r.id, c.label_at(EntryKind::Relationship, i)));
                }
            }
        }
        self.open(Layer::Question(Question::Delete { kind, index, lines }));
    }

    pub(crate) fn delete(&mut self, kind: EntryKind, index: usize) {
        let id = self.canvas.id_at(kind, index).unwrap_or_default().to_string();
        let args = [("id", id.as_str().into()), ("text", self.canvas.label_at(kind, index).into())];
        let label = self.tr.args("step-deleted", &args);
        if self.change(label, |c| {
            c.remove_at(kind, index);
        }) {
            self.say(Tone::Ok, self.tr.args("note-deleted", &[("id", id.into())]));
        }
    }

    /// Writes the plan to `path` (`NAME.md`, or `NAME.html` for the page) beside the canvas;
    /// asks first if that file exists.
    pub(crate) fn export(&mut self, path: std::path::PathBuf, overwrite: bool) {
        let (canvas, today) = (Box::new(self.canvas.clone()), self.today);
        self.ask(Effect::Export { path, canvas, today, overwrite });
    }
}
