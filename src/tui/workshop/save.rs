//! Whether the file holds the latest change: saves asked for, their outcomes, and the questions
//! a failed save raises — asked only when nobody is typing.

use jiff::civil::DateTime;

use super::{Note, Tone, Workshop};
use crate::model::Canvas;
use crate::store::SaveError;
use crate::tui::effect::Effect;
use crate::tui::layers::{Layer, Question};

/// Why the file does not hold the latest change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum SaveProblem {
    /// Another program changed the file; cvc does not overwrite it.
    ChangedOnDisk,
    /// The file could not be written (why); retried every second.
    Failed(String),
}

/// The save state of the open canvas.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SaveState {
    /// The newest change (a counter that only grows).
    pub(crate) generation: u64,
    /// The newest change known to be on disk.
    pub(crate) on_disk: u64,
    /// When the file was last written.
    pub saved_at: Option<DateTime>,
    /// What went wrong with the last save, if it did.
    pub(crate) problem: Option<SaveProblem>,
    /// Whether the question about `problem` was already asked.
    asked: bool,
    /// When a failed save was last tried.
    last_try: Option<DateTime>,
}

impl SaveState {
    /// Whether a change is not on disk yet.
    pub fn dirty(&self) -> bool {
        self.generation > self.on_disk
    }
}

impl Workshop {
    /// Saves what is pending (the clock's seconds too) and waits for it: before quitting.
    pub(crate) fn flush(&mut self, now: DateTime) {
        self.persist_time(now, true);
        if self.save.dirty() {
            self.request_save();
        }
        self.ask(Effect::Flush);
    }

    /// A save's outcome.
    pub(super) fn saved(&mut self, generation: u64, result: Result<(), SaveError>, now: DateTime) {
        match result {
            Ok(()) => {
                self.save.on_disk = self.save.on_disk.max(generation);
                self.ideas_saved(generation);
                self.save.saved_at = Some(now);
                if self.save.problem.take().is_some() {
                    self.save.asked = false;
                    self.say(Tone::Ok, self.tr.get("note-saved-again"));
                }
            }
            Err(SaveError::ChangedOnDisk(_)) => {
                if self.save.problem != Some(SaveProblem::ChangedOnDisk) {
                    self.save.asked = false;
                }
                self.save.problem = Some(SaveProblem::ChangedOnDisk);
            }
            Err(SaveError::Failed(e)) => {
                let why = e.problems.first().map(|p| p.text(self.tr)).unwrap_or_default();
                if !matches!(self.save.problem, Some(SaveProblem::Failed(_))) {
                    self.save.asked = false;
                }
                self.say(
                    Tone::Alert,
                    self.tr.args("note-not-saved-retrying", &[("why", why.as_str().into())]),
                );
                self.save.problem = Some(SaveProblem::Failed(why));
                self.save.last_try = Some(now);
            }
        }
    }

    /// Once a second: a write that failed is tried again (a file changed on disk is not).
    pub(super) fn retry_save(&mut self, now: DateTime) {
        if !self.save.dirty() || !matches!(self.save.problem, Some(SaveProblem::Failed(_))) {
            return;
        }
        let due = self.save.last_try.is_none_or(|t| now.duration_since(t).as_secs() >= 1);
        if due {
            self.save.last_try = Some(now);
            self.request_save();
        }
    }

    /// The question the clock or a save raised, to open over the workshop. The app asks only
    /// when the lists have the keys, so that a question never takes the keys of someone typing;
    /// until then the status line says it.
    pub(crate) fn question(&mut self) -> Option<Layer> {
        if let Some(secs) = self.clock.gap {
            return Some(Layer::Question(Question::Gap(secs)));
        }
        if self.save.asked {
            return None;
        }
        let question = match &self.save.problem {
            Some(SaveProblem::ChangedOnDisk) => Question::Conflict,
            Some(SaveProblem::Failed(why)) => Question::CannotSave(why.clone()),
            None => return None,
        };
        self.save.asked = true;
        Some(Layer::Question(question))
    }

    /// While someone types (`covered`: a layer is open over the lists), the question a save
    /// raised waits; this says so beside the line.
    pub(crate) fn waiting_question(&self, covered: bool) -> Option<Note> {
        if self.save.asked || !covered {
            return None;
        }
        let why = match self.save.problem.as_ref()? {
            SaveProblem::ChangedOnDisk => self.tr.get("note-why-changed-on-disk"),
            SaveProblem::Failed(why) => why.clone(),
        };
        let text = self.tr.args("note-not-saved-typing", &[("why", why.into())]);
        Some(Note { text, tone: Tone::Alert })
    }

    /// A typed path: absolute as it is, relative from the open canvas's folder.
    pub(crate) fn beside(&self, typed: &str) -> std::path::PathBuf {
        let folder = self.path.parent().unwrap_or(std::path::Path::new(""));
        crate::store::typed_path(folder, typed)
    }

    /// What a reload would throw away: the changes since the file was last written.
    pub(crate) fn unsaved_changes(&self) -> Vec<String> {
        let steps = self.history.labels_since(self.save.on_disk);
        if steps.is_empty() && self.save.dirty() {
            return vec![self.tr.get("step-clock-seconds")];
        }
        steps
    }

    /// Saving elsewhere worked (the canvas now lives there) or did not.
    pub(super) fn saved_as(&mut self, result: Result<std::path::PathBuf, String>, now: DateTime) {
        match result {
            Ok(path) => {
                self.say(
                    Tone::Ok,
                    self.tr.args("note-saved-to", &[("path", path.display().to_string().into())]),
                );
                self.path = path;
                self.save.on_disk = self.save.generation;
                self.save.saved_at = Some(now);
                (self.save.problem, self.save.asked) = (None, false);
            }
            Err(e) => {
                self.say(Tone::Alert, e);
            }
        }
    }

    /// The file as read again: the version in memory is dropped, with its undo steps.
    pub(super) fn reloaded(&mut self, result: Result<Box<Canvas>, String>) {
        match result {
            Ok(canvas) => {
                self.canvas = *canvas;
                self.history.clear();
                self.save.generation += 1;
                self.save.on_disk = self.save.generation;
                (self.save.problem, self.save.asked) = (None, false);
                self.refresh();
                self.say(Tone::Ok, self.tr.get("note-reloaded"));
            }
            Err(e) => {
                self.open(Layer::Question(Question::Conflict));
                self.say(Tone::Alert, self.tr.args("note-cannot-reload", &[("why", e.into())]));
            }
        }
    }
}
