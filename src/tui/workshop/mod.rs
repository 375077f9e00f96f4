//! The workshop screen's state and how each action changes it.

mod clock;
mod edit;
mod guard;
mod loops;
mod map;
mod move_entry;
mod nav;
mod room;
mod rows;
mod save;

use std::path::PathBuf;

use jiff::civil::DateTime;

pub(crate) use clock::{Clock, section_of};
pub use guard::{Commands, Letter, TYPING_GAP_MS, Typed};
pub(crate) use loops::{Loops, review_order};
pub(crate) use room::RoomState;
pub(crate) use save::{SaveProblem, SaveState};

use super::cursor::Cursor;
use super::derived::Derived;
use super::effect::{Effect, Outcome};
use super::history::UndoHistory;
use super::layers::{ComparePick, Layer, Parking, Question};
use super::line::TextLine;
use super::section::Section;
use crate::model::{Canvas, Day};
use ratatui::layout::Rect;

/// How a status message should look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tone {
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
    pub(crate) tone: Tone,
}

/// Where the user is looking, kept with each undo step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// The section.
    pub(crate) section: Section,
    /// The selected row.
    pub(crate) cursor: usize,
    /// For a step of the agenda clock: the block being timed and whether the clock ran.
    pub(crate) clock: Option<(usize, bool)>,
}

/// What projector mode shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Projector {
    /// The normal screen.
    #[default]
    Off,
    /// The block, the clock and the section's entries, large.
    List,
    /// The selected entry alone, in big glyphs, for the room to discuss.
    Focus,
}

impl Projector {
    /// Whether projector mode is on.
    pub fn is_on(self) -> bool {
        self != Projector::Off
    }
}

/// One section's view: selection, filter and which view is shown.
#[derive(Debug, Clone, Default)]
pub(crate) struct SectionState {
    /// The selected row and the first row shown.
    pub(crate) cursor: Cursor,
    /// The filter text.
    pub(crate) filter: String,
    /// The rows the filter leaves (`None` when no filter is on).
    filtered: Option<Vec<usize>>,
    /// Whether the second view (grid, map) is shown instead of the list.
    pub(crate) alt_view: bool,
}

/// The workshop screen: an open canvas and everything about how it is being edited.
#[derive(Debug)]
pub struct Workshop {
    /// The canvas as it is now.
    pub canvas: Canvas,
    /// The file it is saved to.
    pub path: PathBuf,
    /// The section on screen.
    pub section: Section,
    /// Each section's selection, filter and view, in `Section::ALL` order.
    pub(crate) sections: [SectionState; 6],
    /// Undo and redo.
    pub history: UndoHistory<Place>,
    /// Whether the file holds the latest change, and what went wrong if not.
    pub save: SaveState,
    /// How many list rows fit on screen.
    pub(crate) list_rows: usize,
    /// The status line.
    pub note: Option<Note>,
    /// Today, for overdue reviews (from the clock's ticks).
    pub(crate) today: Day,
    /// The terminal's area, for mouse clicks.
    pub(crate) area: Rect,
    /// The agenda clock.
    pub clock: Clock,
    /// Whether the bell may ring at all (a setting).
    pub(crate) bell_enabled: bool,
    /// What projector mode shows, if it is on.
    pub projector: Projector,
    /// Facts about the canvas the views need, worked out after every change.
    pub derived: Derived,
    /// The change `derived` describes.
    derived_generation: u64,
    /// Effects asked for by the action being handled; the app hands them to the runner.
    effects: Vec<Effect>,
    /// Layers asked for by the action being handled (a form, a line, a question); the app puts
    /// them on its stack.
    opening: Vec<Layer>,
    /// The last letter typed on the lists, in case the next one shows it was typing.
    typed: Option<Typed>,
    /// The relationship map as last worked out.
    map: Option<map::MapMemo>,
    /// The room (§12), when the facilitator opens it.
    pub room: RoomState,
    /// The screens' language, for what the status line says (the app's, given on opening).
    pub(crate) tr: crate::i18n::Tr,
}

impl Workshop {
    /// The screen for an open canvas, on the section of the block being timed.
    pub(crate) fn new(canvas: Canvas, path: PathBuf, now: DateTime) -> Workshop {
        let today = Day::from_civil(now.date());
        let clock = Clock::resume(&canvas.agenda);
        // A large canvas shows its first frame at once: its derived facts come from the runner's
        // worker after it (a small one works them out here, as every change does inline).
        let (derived, effects) = if canvas.entry_count() >= super::runner::DERIVE_IN_BACKGROUND {
            (
                Derived::default(),
                vec![Effect::Derive { generation: 0, canvas: Box::new(canvas.clone()), today }],
            )
        } else {
            (Derived::of(&canvas, today), Vec::new())
        };
        let mut w = Workshop {
            canvas,
            path,
            section: Section::Context,
            sections: Default::default(),
            history: UndoHistory::default(),
            save: SaveState::default(),
            list_rows: 10,
            note: None,
            today,
            area: Rect::new(0, 0, 80, 24),
            clock,
            bell_enabled: true,
            projector: Projector::Off,
            derived,
            derived_generation: 0,
            effects,
            opening: Vec::new(),
            typed: None,
            map: None,
            room: RoomState::default(),
            tr: crate::i18n::Tr::default(),
        };
        w.clock.last_persisted = Some(now);
        // A canvas reopened during its workshop (dated today, its clock started) opens where the
        // room was: the timed block's section. Any other canvas opens on Context.
        let started = w.canvas.date == Some(today) && w.canvas.agenda.iter().any(|b| b.spent_secs > 0);
        if let Some(section) = w.canvas.agenda.get(w.clock.block).and_then(|b| section_of(b.kind))
            && started
        {
            w.section = section;
        }
        w
    }

    /// The effects asked for since the last call.
    pub(crate) fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    /// Asks the runner for something.
    pub(crate) fn ask(&mut self, effect: Effect) {
        self.effects.push(effect);
    }

    /// Asks the app to open a layer over the workshop.
    pub(crate) fn open(&mut self, layer: Layer) {
        self.opening.push(layer);
    }

    /// The layers asked for since the last call.
    pub(crate) fn take_opened(&mut self) -> Vec<Layer> {
        std::mem::take(&mut self.opening)
    }

    /// One section's view state.
    pub(crate) fn view(&self, section: Section) -> &SectionState {
        &self.sections[section.index()]
    }

    fn view_mut(&mut self, section: Section) -> &mut SectionState {
        &mut self.sections[section.index()]
    }

    /// Shows a message on the status line.
    pub(crate) fn say(&mut self, tone: Tone, text: impl Into<String>) {
        self.note = Some(Note { text: text.into(), tone });
    }

    /// The entry index of the selected row in the current section.
    pub fn selected(&self) -> Option<usize> {
        self.rows(self.section).get(self.view(self.section).cursor.selected)
    }

    /// The selected row of a section.
    pub fn cursor(&self, section: Section) -> usize {
        self.view(section).cursor.selected
    }

    /// Carries out one action on this screen; the effects it needs are in `take_effects`.
    pub(crate) fn update(&mut self, action: super::action::Intent, now: DateTime) {
        use super::action::Intent as A;
        if !matches!(action, A::Tick(_) | A::Done(_) | A::Resize(..)) {
            self.forget_letter();
        }
        match action {
            A::Tick(_) => self.tick(now),
            A::Done(outcome) => self.outcome(*outcome, now),
            A::Resize(..) => self.clamp_cursor(),
            _ => self.update_lists(action, now),
        }
    }

    /// After every action, whatever had the keys: the map and the room's view follow the canvas
    /// (`typing`: a line is open under the map, which leaves it fewer rows).
    pub(crate) fn settle(&mut self, typing: bool) {
        self.refresh_map(typing);
        self.refresh_room();
    }

    fn outcome(&mut self, outcome: Outcome, now: DateTime) {
        match outcome {
            Outcome::Saved { generation, result } => self.saved(generation, result, now),
            Outcome::SavedAs(result) => self.saved_as(result, now),
            Outcome::Reloaded(result) => self.reloaded(result),
            Outcome::Derived { generation, derived } => {
                if generation >= self.derived_generation {
                    self.derived_generation = generation;
                    self.derived = *derived;
                    self.refilter();
                }
            }
            Outcome::Exported(Ok(path)) => {
                self.say(
                    Tone::Ok,
                    self.tr.args("note-exported", &[("path", path.display().to_string().into())]),
                );
            }
            Outcome::Exported(Err(e)) => {
                self.say(Tone::Alert, self.tr.args("note-export-failed", &[("why", e.into())]));
            }
            Outcome::ExportExists(path) => self.open(Layer::Question(Question::Export(path))),
            Outcome::CompareCandidates(candidates) => {
                let first = candidates.first().map(|(p, _)| p.display().to_string()).unwrap_or_default();
                let line = TextLine::with(&first);
                self.open(Layer::ComparePick(ComparePick { line, candidates, cursor: 0 }));
            }
            Outcome::CompareLoaded { result: Err(e), .. } => self.say(Tone::Alert, e),
            Outcome::RoomOpened(result) => self.room_opened(result),
            Outcome::IdeaArrived { idea, token } => self.idea_arrived(idea, token),
            Outcome::RoomPeople { devices, voters } => self.room_people(devices, voters),
            Outcome::VoteClosed(totals) => self.vote_closed(totals),
            Outcome::CompareLoaded { .. }
            | Outcome::Opened(_)
            | Outcome::Missing(_)
            | Outcome::Revisions(_) => {}
        }
    }

    fn update_lists(&mut self, action: super::action::Intent, now: DateTime) {
        use super::action::Intent as A;
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
            A::Edit if self.projector == Projector::List && self.selected().is_some() => {
                self.projector = Projector::Focus;
            }
            A::Cancel if self.projector == Projector::Focus => self.projector = Projector::List,
            A::Left | A::Right if self.projector == Projector::Focus => {
                self.move_cursor(if action == A::Left { -1 } else { 1 });
            }
            A::Edit => self.open_edit(),
            A::Delete => self.ask_delete(),
            A::MoveUp => self.move_entry(-1),
            A::MoveDown => self.move_entry(1),
            A::PowerUp => self.place_on_grid(1, 0),
            A::PowerDown => self.place_on_grid(-1, 0),
            A::InterestUp => self.place_on_grid(0, 1),
            A::InterestDown => self.place_on_grid(0, -1),
            A::VoteUp => self.vote(1),
            A::VoteDown => self.vote(-1),
            A::SortByVotes => self.sort_by_votes(),
            A::Undo => self.undo(),
            A::Redo => self.redo(),
            A::Filter => {
                let current = self.view(self.section).filter.clone();
                self.open(Layer::Filter(TextLine::with(&current)));
            }
            A::Export => self.export(self.path.with_extension("md"), false),
            A::ExportHtml => self.export(self.path.with_extension("html"), false),
            A::TimerToggle => self.toggle_clock(now),
            A::NextBlock => self.next_block(now),
            A::MoreTime => self.adjust_minutes(1, now),
            A::LessTime => self.adjust_minutes(-1, now),
            A::Agenda => self.open(Layer::Agenda(self.clock.block)),
            A::Loops => self.open_loops(false),
            A::Park => self.open(Layer::Park(Parking::default())),
            A::Room => self.toggle_room(),
            A::MoveSection => self.move_to_other_section(),
            A::Vote => self.toggle_vote(),
            A::NextView => match self.section {
                Section::Stakeholders | Section::Relationships => {
                    let v = self.view_mut(self.section);
                    v.alt_view = !v.alt_view;
                }
                _ => self.say(Tone::Info, self.tr.get("note-one-view")),
            },
            A::Compare => {
                let (file, id, revision) = (self.path.clone(), self.canvas.id.clone(), self.canvas.revision);
                self.ask(Effect::FindCompareCandidates { file, id, revision, tr: self.tr });
            }
            A::Projector => {
                self.projector = if self.projector.is_on() { Projector::Off } else { Projector::List };
                let msg = if self.projector.is_on() { "note-projector-on" } else { "note-projector-off" };
                self.say(Tone::Info, self.tr.get(msg));
            }
            A::Pick(hit) => self.clicked(hit),
            _ => {}
        }
    }

    /// Once a second: count the clock's time, retry a failed save, notice a new day.
    fn tick(&mut self, now: DateTime) {
        let today = Day::from_civil(now.date());
        if today != self.today {
            self.today = today;
            self.refresh();
        }
        self.count_time(now);
        self.persist_time(now, false);
        self.retry_save(now);
    }
}
