//! Typing with no line open: a word typed on the lists must not run a chain of commands.
//!
//! A facilitator who forgets `a` and types "next" would get `n` (next block), `e` (a form), and
//! the rest typed into that form. Keys that arrive faster than commands are pressed are typing:
//! the second letter of a word takes back what the first one did and opens the section's line
//! with both letters, so the rest of the word lands there and nothing has run.

use jiff::civil::DateTime;

use super::{Projector, SectionState, Tone, Workshop};
use crate::tui::keys::Mode;
use crate::tui::layers::{Layer, Parking, Picker};
use crate::tui::line::TextLine;
use crate::tui::section::Section;

/// Two different letters this close together (milliseconds) are typing, not two commands: a
/// person typing a word leaves 80–200 ms between keys, one choosing commands reads the screen
/// between them.
pub const TYPING_GAP_MS: u64 = 180;

/// What the screen was before a letter's command ran, to take it back if the letter turns out
/// to be the start of a word.
#[derive(Debug, Clone)]
pub(crate) struct Rollback {
    /// How many undo steps there were.
    depth: usize,
    /// The section on screen.
    section: Section,
    /// Each section's selection, filter and view.
    sections: [SectionState; 6],
    /// Projector mode.
    projector: Projector,
    /// The block being timed, and whether the clock ran.
    clock: (usize, bool),
    /// Whether the room was open.
    room: bool,
}

/// A letter typed on the lists, when it arrived, and the screen before its command ran.
#[derive(Debug, Clone)]
pub struct Typed {
    /// The letter.
    ch: char,
    /// When it arrived, in milliseconds on the runner's clock.
    ms: u64,
    /// The screen before the letter's command.
    before: Rollback,
    /// Whether it was pressed on the loop review.
    review: bool,
}

/// Where a plain letter is a command: on the lists, on the loop review, or nowhere (a line, a
/// form or a question has the keys).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Commands {
    /// The lists: a word typed there opens the section's line with it.
    Lists,
    /// The loop review: a word typed there runs nothing and the review stays.
    Review,
    /// Whatever is open takes the letter.
    None,
}

impl Commands {
    /// `Lists` when nothing is open over the lists, else `None`.
    pub fn lists(nothing_open: bool) -> Commands {
        if nothing_open { Commands::Lists } else { Commands::None }
    }
}

/// What a letter on the lists is.
#[derive(Debug)]
pub enum Letter {
    /// The second letter of a word: the first one's command is taken back and the word's line is
    /// open; the letter's own command must not run.
    Typing,
    /// A command on the lists (so far): run it, then `remember` the letter.
    Command(Box<Typed>),
    /// A key for whatever is open (a line, a form, a question): run it.
    Other,
}

impl Workshop {
    /// Decides whether a plain letter arriving at `ms` is typing or a command, given the keys that
    /// apply (`mode`) and whether the lists have them (`lists`: nothing is open over them). The
    /// app asks only when whatever is open was opened by the workshop's commands.
    pub(crate) fn letter(
        &mut self,
        ch: char,
        ms: u64,
        now: DateTime,
        mode: Mode,
        commands: Commands,
    ) -> Letter {
        // The first letter may have opened a form, a question, a screen or the room: the second
        // is still typing if it came that fast. A line a lower-case command opened (`a`, `/`) is
        // there for typing; one a capital opened (`P`) is not, as names start with capitals
        // ("Peter" must not park "eter").
        let line_open = matches!(mode, Mode::Input | Mode::Park | Mode::Picker);
        if let Some(first) = self.typed.take()
            && (!line_open || first.ch.is_uppercase())
            && first.ch != ch
            && ms.saturating_sub(first.ms) <= TYPING_GAP_MS
        {
            self.roll_back(first.before, now);
            if first.review {
                self.say(Tone::Alert, self.tr.get("note-typed-too-fast"));
            } else {
                self.open_typed(format!("{}{ch}", first.ch));
            }
            return Letter::Typing;
        }
        if commands != Commands::None {
            let review = commands == Commands::Review;
            Letter::Command(Box::new(Typed { ch, ms, before: self.rollback_point(), review }))
        } else {
            Letter::Other
        }
    }

    /// Keeps a letter whose command has run, in case the next key shows it was typing.
    pub(crate) fn remember(&mut self, typed: Box<Typed>) {
        self.typed = Some(*typed);
    }

    /// Forgets the last letter: another key came between.
    pub(crate) fn forget_letter(&mut self) {
        self.typed = None;
    }

    fn rollback_point(&self) -> Rollback {
        Rollback {
            depth: self.history.depth(),
            section: self.section,
            sections: self.sections.clone(),
            projector: self.projector,
            clock: (self.clock.block, self.clock.running),
            room: self.room.open,
        }
    }

    /// Whether a letter whose command has run is kept, in case the next key shows it was typing.
    pub(crate) fn letter_pending(&self) -> bool {
        self.typed.is_some()
    }

    /// Takes back what the commands since `to` did: changes to the canvas, the section, the view,
    /// the clock (the app closes whatever they opened).
    fn roll_back(&mut self, to: Rollback, now: DateTime) {
        while self.history.depth() > to.depth && self.history.peek_undo().is_some() {
            self.undo();
        }
        while self.history.depth() < to.depth && self.history.peek_redo().is_some() {
            self.redo();
        }
        self.section = to.section;
        self.sections = to.sections;
        self.projector = to.projector;
        if (self.clock.block, self.clock.running) != to.clock {
            self.count_time(now);
            (self.clock.block, self.clock.running) = to.clock;
            self.clock.last = Some(now);
            self.persist_time(now, true);
        }
        // A name typed fast ("Rita") opened the room for a moment: it closes before anyone
        // could join. (`R` never closes an open room at once: it asks first.)
        if !to.room {
            self.close_room();
        }
        self.clamp_cursor();
    }

    /// Opens the line where a word typed on this section belongs, holding `text`.
    fn open_typed(&mut self, text: String) {
        let (line, msg) = match self.section {
            Section::Stakeholders | Section::Tasks | Section::Actions => {
                self.set_filter(self.section, "");
                (Layer::QuickAdd(TextLine::with(&text)), "note-typed-entry")
            }
            Section::Relationships => (
                Layer::Picker(Picker { query: TextLine::with(&text), ..Default::default() }),
                "note-typed-picker",
            ),
            Section::Context | Section::Review => {
                (Layer::Park(Parking { line: TextLine::with(&text), chosen: None }), "note-typed-parked")
            }
        };
        self.open(line);
        self.say(Tone::Alert, self.tr.get(msg));
    }
}
