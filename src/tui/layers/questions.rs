//! Questions over the workshop that wait for an answer: delete? overwrite the export? reload?
//! count the missing time? and what to do when the file cannot be written or changed on disk,
//! with the line that saves elsewhere.

use std::path::PathBuf;

use jiff::civil::DateTime;

use super::{Layer, Step};
use crate::model::EntryKind;
use crate::tui::action::Intent as A;
use crate::tui::effect::Effect;
use crate::tui::keys::Mode;
use crate::tui::line::TextLine;
use crate::tui::workshop::{SaveProblem, Tone, Workshop};

/// A question over the workshop.
#[derive(Debug, Clone)]
pub enum Question {
    /// Asking before a delete.
    Delete {
        /// The section.
        kind: EntryKind,
        /// The entry's index.
        index: usize,
        /// What will go, one line each.
        lines: Vec<String>,
    },
    /// Asking before overwriting an export.
    Export(PathBuf),
    /// Asking before reloading from disk: what would be lost, one line each.
    Reload(Vec<String>),
    /// The clock found time missing between two ticks (seconds): does it count?
    Gap(u64),
    /// The file changed on disk.
    Conflict,
    /// The file could not be written (why).
    CannotSave(String),
    /// Asking before closing the room.
    CloseRoom,
}

impl Question {
    /// Which keys answer it.
    pub(crate) fn mode(&self) -> Mode {
        match self {
            Question::Delete { .. }
            | Question::Export(_)
            | Question::Reload(_)
            | Question::Gap(_)
            | Question::CloseRoom => Mode::Confirm,
            Question::Conflict | Question::CannotSave(_) => Mode::Conflict,
        }
    }
}

/// The answer to a question; any other key leaves it asked.
pub(super) fn update(q: &mut Question, action: A, w: &mut Workshop, now: DateTime) -> Step {
    match (q, action) {
        (Question::Delete { kind, index, .. }, A::Yes) => w.delete(*kind, *index),
        (Question::Delete { .. }, A::No) => w.say(Tone::Info, w.tr.get("note-nothing-deleted")),
        (Question::Export(path), A::Yes) => w.export(path.clone(), true),
        (Question::Export(_), A::No) => w.say(Tone::Info, w.tr.get("note-export-not-written")),
        (Question::Gap(_), A::Yes) => w.settle_gap(true, now),
        (Question::Gap(_), A::No | A::Cancel) => w.settle_gap(false, now),
        (Question::Reload(_), A::Yes) => w.ask(Effect::Reload),
        (Question::Reload(_), A::No | A::Cancel) => {
            return Step::Replace(Layer::Question(Question::Conflict));
        }
        (Question::CloseRoom, A::Yes) => w.close_room(),
        (Question::CloseRoom, A::No | A::Cancel) => w.say(Tone::Info, w.tr.get("note-room-stays-open")),
        (Question::Conflict, action) => return conflict(action, w, now),
        (Question::CannotSave(_), A::SaveElsewhere) => return conflict(A::SaveElsewhere, w, now),
        (Question::CannotSave(why), A::Cancel) => {
            w.say(Tone::Alert, w.tr.args("note-not-saved-retrying", &[("why", why.as_str().into())]));
        }
        _ => return Step::Stay,
    }
    Step::Close
}

/// The file changed on disk: save elsewhere, reload (asking first what it drops), or go on.
fn conflict(action: A, w: &mut Workshop, now: DateTime) -> Step {
    match action {
        A::SaveElsewhere => {
            // Relative to the canvas's folder, as every typed path is.
            let stem = w.path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            let time = now.strftime("%H%M%S");
            Step::Replace(Layer::SaveAs(TextLine::with(&format!("{stem}-mine-{time}.ron"))))
        }
        A::Reload => {
            let mut lost = w.unsaved_changes();
            if lost.is_empty() {
                w.ask(Effect::Reload);
                return Step::Close;
            }
            let n = lost.len();
            lost.truncate(8);
            if n > 8 {
                lost.push(w.tr.args("ask-reload-more", &[("count", (n - 8).into())]));
            }
            Step::Replace(Layer::Question(Question::Reload(lost)))
        }
        A::Cancel => {
            w.say(Tone::Alert, w.tr.get("note-not-saved-conflict"));
            Step::Close
        }
        _ => Step::Stay,
    }
}

/// The path to save to instead: `Enter` saves there (the layer closes when it worked), `Esc`
/// goes back to the question.
pub(super) fn save_as(line: &mut TextLine, action: A, w: &mut Workshop) -> Step {
    match action {
        A::Submit if !line.text().trim().is_empty() => {
            let path = w.beside(line.text().trim());
            w.ask(Effect::SaveAs { path, canvas: Box::new(w.canvas.clone()) });
        }
        A::Cancel => {
            let back = match &w.save.problem {
                Some(SaveProblem::Failed(why)) => Question::CannotSave(why.clone()),
                _ => Question::Conflict,
            };
            return Step::Replace(Layer::Question(back));
        }
        A::Input(key) => line.key(key),
        A::Paste(text) => line.paste(&text),
        _ => {}
    }
    Step::Stay
}
