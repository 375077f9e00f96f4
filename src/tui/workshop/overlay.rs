//! What can be open over the workshop's lists: inputs, the picker, forms, questions, the agenda
//! editor, the loop review.

use std::path::PathBuf;

use super::Loops;
use crate::model::EntryKind;
use crate::tui::form::Form;
use crate::tui::line::TextLine;

/// Choosing the two stakeholders of a new relationship.
#[derive(Debug, Clone, Default)]
pub struct Picker {
    /// The "from" stakeholder, once chosen.
    pub from: Option<String>,
    /// The text typed to filter stakeholders.
    pub query: TextLine,
    /// The highlighted candidate.
    pub cursor: usize,
}

/// The parking lot's box: the line being typed, and the parked question chosen with ↑ ↓.
#[derive(Debug, Clone, Default)]
pub struct Parking {
    /// The question being typed.
    pub line: TextLine,
    /// The parked question chosen (its index), to remove with Ctrl+d.
    pub chosen: Option<usize>,
}

/// What is open over the lists.
#[derive(Debug, Clone, Default)]
pub enum Popup {
    /// Nothing: the lists have the keys.
    #[default]
    None,
    /// The quick-add line at the end of the list.
    QuickAdd(TextLine),
    /// The filter line.
    Filter(TextLine),
    /// Choosing stakeholders for a relationship.
    Picker(Picker),
    /// Typing what flows along a new relationship.
    Exchange {
        /// From this stakeholder id.
        from: String,
        /// To this stakeholder id.
        to: String,
        /// The exchange text.
        line: TextLine,
    },
    /// The details form.
    Form(Box<Form>),
    /// Asking before a delete.
    ConfirmDelete {
        /// The section.
        kind: EntryKind,
        /// The entry's index.
        index: usize,
        /// What will go, one line each.
        lines: Vec<String>,
    },
    /// Asking before overwriting an export.
    ConfirmExport(PathBuf),
    /// Asking before reloading from disk: what would be lost, one line each.
    ConfirmReload(Vec<String>),
    /// The file changed on disk.
    Conflict,
    /// The clock found time missing between two ticks (seconds): does it count?
    Gap(u64),
    /// The file could not be written (why).
    CannotSave(String),
    /// Typing another path to save to.
    SaveAs(TextLine),
    /// The agenda editor, with its selected block.
    Agenda(usize),
    /// Choosing the older canvas to compare with (candidates arrive from the runner).
    ComparePick {
        /// The path typed or chosen.
        line: TextLine,
        /// Likely files, earlier revisions of this canvas first, each with its title, revision and date.
        candidates: Vec<(PathBuf, String)>,
        /// The highlighted candidate.
        cursor: usize,
    },
    /// The loop review: each action's indicator, readings, progress and loop.
    Loops(Loops),
    /// The parking lot: typing an off-topic question, or choosing a parked one to remove.
    Park(Parking),
}
