//! The workshop screen's state and how each action changes it.

mod clock;
mod edit;
mod nav;
pub mod popups;
mod rows;

use std::path::PathBuf;

use jiff::civil::DateTime;

pub use clock::{Clock, section_of};
pub use rows::Rows;

use super::derived::Derived;
use super::form::Form;
use super::history::History;
use super::keys::Mode;
use super::line::Line;
use super::section::Section;
use crate::model::{Day, EntryKind};
use crate::store::Document;
use ratatui::layout::Rect;

/// How a status message should look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Plain information.
    Info,
    /// Something worked.
    Ok,
    /// Something needs attention.
    Alert,
}

/// A message on the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// What it says.
    pub text: String,
    /// How it looks.
    pub tone: Tone,
}

/// Where the user is looking, kept with each undo step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// The section.
    pub section: Section,
    /// The selected row.
    pub cursor: usize,
}

/// Choosing the two stakeholders of a new relationship.
#[derive(Debug, Clone, Default)]
pub struct Picker {
    /// The "from" stakeholder, once chosen.
    pub from: Option<String>,
    /// The text typed to filter stakeholders.
    pub query: Line,
    /// The highlighted candidate.
    pub cursor: usize,
}

/// What is open over the lists.
#[derive(Debug, Clone, Default)]
pub enum Popup {
    /// Nothing: the lists have the keys.
    #[default]
    None,
    /// The quick-add line at the end of the list.
    QuickAdd(Line),
    /// The filter line.
    Filter(Line),
    /// Choosing stakeholders for a relationship.
    Picker(Picker),
    /// Typing what flows along a new relationship.
    Exchange {
        /// From this stakeholder id.
        from: String,
        /// To this stakeholder id.
        to: String,
        /// The exchange text.
        line: Line,
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
    /// The file changed on disk.
    Conflict,
    /// The file could not be written (why).
    CannotSave(String),
    /// Typing another path to save to.
    SaveAs(Line),
    /// The agenda editor, with its selected block.
    Agenda(usize),
    /// Choosing the older canvas to compare with.
    ComparePick {
        /// The path typed or chosen.
        line: Line,
        /// Likely files: earlier revisions of this canvas first.
        candidates: Vec<PathBuf>,
        /// The highlighted candidate.
        cursor: usize,
    },
}

/// The workshop screen: an open canvas and everything about how it is being edited.
#[derive(Debug)]
pub struct Workshop {
    /// The canvas and its file.
    pub doc: Document,
    /// The section on screen.
    pub section: Section,
    /// The selected row per section.
    pub cursor: [usize; 6],
    /// The first row shown per section.
    pub offset: [usize; 6],
    /// The filter text per section.
    pub filter: [String; 6],
    /// What is open over the lists.
    pub popup: Popup,
    /// Undo and redo.
    pub history: History<Place>,
    /// When the file was last saved.
    pub saved_at: Option<DateTime>,
    /// Changes not yet on disk.
    pub dirty: bool,
    /// The user chose to keep working after a conflict; no automatic retry until the next change.
    pub conflict_ignored: bool,
    /// A save found the file changed on disk; the question opens once the action is done.
    conflict_found: bool,
    /// The last save failed to write; it is retried every second.
    save_failed: bool,
    /// The user has been asked about the failed save already.
    save_failure_seen: bool,
    /// Why the last save failed.
    pub last_save_error: Option<String>,
    /// How many list rows fit on screen.
    pub list_rows: usize,
    /// The status line.
    pub note: Option<Note>,
    /// Today, for overdue reviews (from the clock's ticks).
    pub today: Day,
    /// The terminal's area, for mouse clicks.
    pub area: Rect,
    /// The agenda clock.
    pub clock: Clock,
    /// Set when the terminal bell should ring; the event loop rings it and clears it.
    pub bell: bool,
    /// Whether the bell may ring at all (a setting).
    pub bell_enabled: bool,
    /// Whether projector mode is on.
    pub projector: bool,
    /// Per section, whether the second view (grid, map) is shown instead of the list.
    pub alt_view: [bool; 6],
    /// A file the user chose to compare with; the app opens the compare screen and clears it.
    pub compare_with: Option<PathBuf>,
    /// Facts about the canvas the views need, refreshed after every change.
    pub derived: Derived,
    /// The rows the current filter leaves, per section (`None` when no filter is on).
    filtered: [Option<Vec<usize>>; 6],
}

impl Workshop {
    /// The screen for an open document, on the first section.
    pub fn new(doc: Document) -> Workshop {
        let clock = Clock::resume(&doc.canvas.agenda);
        let derived = Derived::of(&doc.canvas, Day::today());
        Workshop {
            doc,
            section: Section::Context,
            cursor: [0; 6],
            offset: [0; 6],
            filter: Default::default(),
            popup: Popup::None,
            history: History::default(),
            saved_at: None,
            dirty: false,
            conflict_ignored: false,
            conflict_found: false,
            save_failed: false,
            save_failure_seen: false,
            last_save_error: None,
            list_rows: 10,
            note: None,
            today: Day::today(),
            area: Rect::new(0, 0, 80, 24),
            clock,
            bell: false,
            bell_enabled: true,
            projector: false,
            alt_view: [false; 6],
            compare_with: None,
            derived,
            filtered: Default::default(),
        }
    }

    /// Opens the revisit's loop review: last time's actions one by one, status and loop.
    pub fn start_loop_review(&mut self) {
        self.section = Section::Actions;
        if self.doc.canvas.actions.is_empty() {
            return self.say(Tone::Info, "no actions from last time to review");
        }
        self.popup = Popup::Form(Box::new(crate::tui::form::loop_check(&self.doc.canvas, 0)));
    }

    /// Which key set applies now.
    pub fn mode(&self) -> Mode {
        match self.popup {
            Popup::None => Mode::Workshop,
            Popup::QuickAdd(_) | Popup::Filter(_) | Popup::Exchange { .. } | Popup::SaveAs(_) => Mode::Input,
            Popup::Picker(_) => Mode::Picker,
            Popup::Form(_) => Mode::Form,
            Popup::ConfirmDelete { .. } | Popup::ConfirmExport(_) => Mode::Confirm,
            Popup::Conflict | Popup::CannotSave(_) => Mode::Conflict,
            Popup::Agenda(_) => Mode::Agenda,
            Popup::ComparePick { .. } => Mode::Picker,
        }
    }

    fn say(&mut self, tone: Tone, text: impl Into<String>) {
        self.note = Some(Note { text: text.into(), tone });
    }

    /// The entry index of the selected row in the current section.
    pub fn selected(&self) -> Option<usize> {
        self.rows(self.section).get(self.cursor[self.section.index()])
    }

    /// Carries out one action on this screen.
    pub fn update(&mut self, action: super::action::Action, now: DateTime) {
        use super::action::Action as A;
        self.bell = false;
        match action {
            A::Tick(_) => self.tick(now),
            _ if !matches!(self.popup, Popup::None) => self.update_popup(action, now),
            _ => self.update_lists(action, now),
        }
        self.ask_about_save();
    }

    /// Saves now if anything is unsaved; a conflict or a failed write opens its question.
    pub fn flush(&mut self, now: DateTime) {
        self.save(now);
        self.ask_about_save();
    }

    fn mode_is_save_question(&self) -> bool {
        matches!(self.popup, Popup::Conflict | Popup::CannotSave(_) | Popup::SaveAs(_))
    }

    /// Opens the question a save raised: the file changed on disk, or it could not be written.
    fn ask_about_save(&mut self) {
        if std::mem::take(&mut self.conflict_found) {
            self.popup = Popup::Conflict;
        } else if self.save_failed && !self.save_failure_seen && !self.mode_is_save_question() {
            self.save_failure_seen = true;
            self.popup = Popup::CannotSave(self.last_save_error.clone().unwrap_or_default());
        }
    }

    fn update_lists(&mut self, action: super::action::Action, now: DateTime) {
        use super::action::Action as A;
        self.note = None;
        match action {
            A::NextSection => self.go(self.section.step(false)),
            A::PrevSection => self.go(self.section.step(true)),
            A::Up | A::ScrollUp => self.move_cursor(-1),
            A::Down | A::ScrollDown => self.move_cursor(1),
            A::PageUp => self.move_cursor(-(self.list_rows.max(1) as isize)),
            A::PageDown => self.move_cursor(self.list_rows.max(1) as isize),
            A::Home => self.move_cursor(isize::MIN / 2),
            A::End => self.move_cursor(isize::MAX / 2),
            A::QuickAdd => self.open_quick_add(),
            A::Edit => self.open_edit(),
            A::Delete => self.ask_delete(),
            A::MoveUp => self.move_entry(-1, now),
            A::MoveDown => self.move_entry(1, now),
            A::VoteUp => self.vote(1, now),
            A::VoteDown => self.vote(-1, now),
            A::SortByVotes => self.sort_by_votes(now),
            A::Undo => self.undo(now),
            A::Redo => self.redo(now),
            A::Filter => {
                let current = self.filter[self.section.index()].clone();
                self.popup = Popup::Filter(Line::with(&current));
            }
            A::Export => self.export(false, now),
            A::TimerToggle => self.toggle_clock(now),
            A::NextBlock => self.next_block(now),
            A::MoreTime => self.adjust_minutes(1, now),
            A::LessTime => self.adjust_minutes(-1, now),
            A::Agenda => self.popup = Popup::Agenda(self.clock.block),
            A::NextView => match self.section {
                Section::Stakeholders | Section::Relationships => {
                    let i = self.section.index();
                    self.alt_view[i] = !self.alt_view[i];
                }
                _ => self.say(
                    Tone::Info,
                    "this section has one view; Stakeholders has a grid, Relationships a map",
                ),
            },
            A::Compare => self.open_compare_pick(),
            A::Projector => {
                self.projector = !self.projector;
                let msg = if self.projector { "projector mode: p returns" } else { "projector mode off" };
                self.say(Tone::Info, msg);
            }
            A::Click(col, row) => self.click(col, row),
            A::Resize(..) | A::Paste(_) => {}
            _ => {}
        }
    }

    /// Once a second: retry a save that did not happen.
    fn tick(&mut self, now: DateTime) {
        let today = Day::from_civil(now.date());
        if today != self.today {
            self.today = today;
            self.refresh();
        }
        self.count_time(now);
        let busy = matches!(self.popup, Popup::Conflict | Popup::CannotSave(_) | Popup::SaveAs(_));
        if self.dirty && !busy && !self.conflict_ignored {
            self.save(now);
        }
    }
}
