//! The app's state and `update`: the only place state changes.

mod outcome;
mod quit;

use jiff::civil::DateTime;
use ratatui::layout::Rect;

use super::action::Intent;
use super::effect::Effect;
use super::hits::Hits;
use super::keys::Mode;
use super::layers::{Help, Layer, Step};
use super::start::Start;
use super::style::Styles;
use super::views::layout;
use super::workshop::{Commands, Letter, Note, Tone, Workshop};

/// The base screen, under every layer.
#[derive(Debug)]
pub enum Screen {
    /// Recent canvases, templates, new.
    Start(Box<Start>),
    /// An open canvas.
    Workshop(Box<Workshop>),
}

/// Everything the terminal app knows.
#[derive(Debug)]
pub struct App {
    /// Colours by meaning.
    pub styles: Styles,
    /// The base screen.
    pub screen: Screen,
    /// What is open over it, top last: the top layer gets the keys.
    pub layers: Vec<Layer>,
    /// What the last frame drew where: clicks choose from it.
    pub(crate) hits: Hits,
    /// The time of the last tick.
    pub(crate) now: DateTime,
    /// The terminal's size.
    pub area: Rect,
    /// Whether the bell may ring when a block's time is up (a setting).
    pub bell_enabled: bool,
    /// A first `q` found unsaved work; a second quits anyway.
    quit_armed: bool,
    /// Quitting waits for the last save's outcome.
    quitting: bool,
    /// The last request for the history's revisions (each `H` asks anew).
    revisions_asked: u64,
}

impl App {
    /// An app on the start screen, with the recent list of data folder `data_dir`.
    pub fn start(styles: Styles, data_dir: &std::path::Path, now: DateTime) -> App {
        let start = Start::load(data_dir, styles.tr());
        App::with(styles, Screen::Start(Box::new(start)), now)
    }

    /// An app on the start screen with no recent canvases (a canvas is about to open).
    pub fn empty(styles: Styles, data_dir: &std::path::Path, now: DateTime) -> App {
        App::with(styles, Screen::Start(Box::new(Start::with_recent(Vec::new(), data_dir))), now)
    }

    fn with(styles: Styles, screen: Screen, now: DateTime) -> App {
        App {
            styles,
            screen,
            layers: Vec::new(),
            hits: Hits::default(),
            now,
            area: Rect::new(0, 0, 80, 24),
            bell_enabled: true,
            quit_armed: false,
            quitting: false,
            revisions_asked: 0,
        }
    }

    /// Which key set applies now: the top layer's, else the base screen's.
    pub fn mode(&self) -> Mode {
        match (self.layers.last(), &self.screen) {
            (Some(top), _) => top.mode(),
            (None, Screen::Start(s)) => s.mode(),
            (None, Screen::Workshop(_)) => Mode::Workshop,
        }
    }

    /// The layer on top, if any.
    pub fn top(&self) -> Option<&Layer> {
        self.layers.last()
    }

    /// Shows a message on the base screen's status line.
    pub(crate) fn say(&mut self, tone: Tone, text: impl Into<String>) {
        let note = Some(Note { text: text.into(), tone });
        match &mut self.screen {
            Screen::Start(s) => s.note = note,
            Screen::Workshop(w) => w.note = note,
        }
    }

    /// The open workshop, under whatever layers are open.
    pub fn workshop(&self) -> Option<&Workshop> {
        match &self.screen {
            Screen::Workshop(w) => Some(w),
            Screen::Start(_) => None,
        }
    }

    fn workshop_mut(&mut self) -> Option<&mut Workshop> {
        match &mut self.screen {
            Screen::Workshop(w) => Some(w),
            Screen::Start(_) => None,
        }
    }

    /// Carries out one action; returns what the runner must do (saves, reads, the bell, quitting).
    pub fn update(&mut self, action: Intent) -> Vec<Effect> {
        if let Intent::Letter { ch, ms, then } = action {
            return self.letter(ch, ms, then);
        }
        match action {
            Intent::Tick(now) => self.now = now,
            Intent::Resize(w, h) => {
                self.resize(Rect::new(0, 0, w, h));
                self.settle();
                return self.take_effects();
            }
            Intent::Done(outcome) => return self.outcome(*outcome),
            Intent::Drawn(hits) => {
                self.hits = *hits;
                return Vec::new();
            }
            Intent::Click(col, row) => {
                return match self.hits.at(col, row).cloned() {
                    Some(hit) => self.update(Intent::Pick(hit)),
                    None => Vec::new(),
                };
            }
            Intent::Terminate => return self.terminate(),
            Intent::Help if !self.typing() && !matches!(self.top(), Some(Layer::Help(_))) => {
                self.layers.push(Layer::Help(Help { below: self.mode(), scroll: 0 }));
                return Vec::new();
            }
            Intent::Quit if !matches!(self.mode(), Mode::Input | Mode::Park | Mode::Help) => {
                return self.try_quit();
            }
            Intent::Inbox if self.mode() == Mode::Workshop => {
                let empty = self.workshop().is_none_or(|w| w.canvas.inbox.is_empty());
                if empty {
                    // With the room open, R would close it: the hint says so only when closed.
                    let open = self.workshop().is_some_and(|w| w.room.open);
                    let key = if open { "note-inbox-empty-room-open" } else { "note-inbox-empty" };
                    self.say(Tone::Info, self.styles.tr().get(key));
                } else {
                    self.open(Layer::Inbox(0));
                }
                return Vec::new();
            }
            Intent::History if self.mode() == Mode::Workshop => return self.open_history(),
            _ => {}
        }
        let is_tick = matches!(action, Intent::Tick(_));
        if !is_tick && action != Intent::Quit {
            self.quit_armed = false;
        }
        let now = self.now;
        // The clock keeps running under every layer.
        if is_tick || self.layers.is_empty() {
            self.update_base(action, now);
            self.settle();
            return self.take_effects();
        }
        let workshop = match &mut self.screen {
            Screen::Workshop(w) => {
                // Another key came between two letters: they were not one word.
                w.forget_letter();
                Some(&mut **w)
            }
            Screen::Start(_) => None,
        };
        // The top layer gets the key; it is given the layers below it and the workshop.
        let step = match self.layers.split_last_mut() {
            Some((top, below)) => top.update(action, below, workshop, now),
            None => Step::Stay,
        };
        if let Step::CompareRevisions(older, newer) = step {
            return self.compare_revisions(older, newer);
        }
        if self.carry_out(step) {
            return vec![Effect::Quit];
        }
        self.settle();
        self.take_effects()
    }

    /// After every action: the layers the workshop asked for go on the stack; with nothing open
    /// over the lists, a question the clock or a save raised is asked; the map and the room's
    /// view follow.
    fn settle(&mut self) {
        let Screen::Workshop(w) = &mut self.screen else { return };
        self.layers.extend(w.take_opened());
        if self.layers.is_empty()
            && let Some(question) = w.question()
        {
            self.layers.push(question);
        }
        let typing = matches!(
            super::layers::workshop_top(&self.layers),
            Some(Layer::QuickAdd(_) | Layer::Exchange(_))
        );
        w.settle(typing);
    }

    /// Whether the keys are going into text (a line, a form), where `?` is a character.
    fn typing(&self) -> bool {
        matches!(self.mode(), Mode::Input | Mode::Form | Mode::Picker | Mode::Park)
    }

    /// The base screen gets an action (every tick, and every key when no layer is open).
    fn update_base(&mut self, action: Intent, now: DateTime) {
        match &mut self.screen {
            Screen::Workshop(w) => {
                w.bell_enabled = self.bell_enabled;
                let projector = action == Intent::Projector;
                w.update(action, now);
                if projector && w.projector.is_on() && self.styles.name() != "projector-light" {
                    let tip = w.tr.get("note-projector-theme");
                    w.note = Some(Note { text: tip, tone: Tone::Info });
                }
            }
            Screen::Start(s) => {
                s.tr = self.styles.tr();
                s.update(action, now);
            }
        }
    }

    /// Carries out what the top layer asked for; true when the program should end (the last
    /// layer of a canvas comparison opened from the command line closed).
    fn carry_out(&mut self, step: Step) -> bool {
        match step {
            Step::Stay => false,
            Step::Close => {
                let closed = self.layers.pop();
                let screen_layer = closed.as_ref().is_some_and(Layer::covers_screen);
                outcome::let_go(closed);
                self.resize(self.area);
                screen_layer && self.layers.is_empty() && self.workshop().is_none()
            }
            Step::Replace(layer) => {
                self.layers.pop();
                self.open(layer);
                false
            }
            Step::Open(layer) => {
                self.open(layer);
                false
            }
            // Asked of the runner before it gets here (`update`).
            Step::CompareRevisions(..) => false,
        }
    }

    /// Opens the revisit's loop review over the workshop: last time's actions one by one.
    pub fn start_loop_review(&mut self) {
        if let Screen::Workshop(w) = &mut self.screen {
            w.start_loop_review();
        }
        self.settle();
    }

    /// The loop review, when it is on screen: open, or under one of its forms.
    pub fn loops_shown(&self) -> Option<super::workshop::Loops> {
        super::layers::loops_shown(&self.layers)
    }

    /// Opens a layer over everything.
    fn open(&mut self, layer: Layer) {
        self.layers.push(layer);
        self.resize(self.area);
    }

    /// A plain letter on the workshop's lists: typing (the workshop opens a line with the word and
    /// nothing runs) or the command it is bound to.
    fn letter(&mut self, ch: char, ms: u64, then: Option<Box<Intent>>) -> Vec<Effect> {
        // The loop review's letters are commands too (h marks a task held, a adds a reading):
        // a word typed there must not run them either.
        let review = self.layers.iter().position(|l| matches!(l, Layer::Loops(_)));
        let on_review = review.is_some_and(|at| at + 1 == self.layers.len());
        let (now, mode) = (self.now, self.mode());
        let commands = if on_review { Commands::Review } else { Commands::lists(self.layers.is_empty()) };
        // Only what the workshop's own commands opened: help, the inbox and the like take letters,
        // unless a letter's command opened them a moment ago (`H` of "Hans", `R` of "Rita").
        let workshop_only = self.layers.iter().all(Layer::in_workshop);
        let decided = match &mut self.screen {
            Screen::Workshop(w) if workshop_only || w.letter_pending() => {
                Some(w.letter(ch, ms, now, mode, commands))
            }
            _ => None,
        };
        match decided {
            Some(Letter::Typing) => {
                // What the first letter's command opened goes with it: over the loop review, the
                // review stays; on the lists, the word's line opens.
                self.layers.truncate(review.map_or(0, |at| at + 1));
                self.settle();
                self.take_effects()
            }
            Some(Letter::Command(typed)) => {
                let effects = then.map(|a| self.update(*a)).unwrap_or_default();
                if let Screen::Workshop(w) = &mut self.screen {
                    w.remember(typed);
                }
                effects
            }
            Some(Letter::Other) | None => then.map(|a| self.update(*a)).unwrap_or_default(),
        }
    }

    /// The effects the screens asked for.
    fn take_effects(&mut self) -> Vec<Effect> {
        let mut out = match &mut self.screen {
            Screen::Start(s) => s.take_effects(),
            _ => Vec::new(),
        };
        if let Some(w) = self.workshop_mut() {
            out.extend(w.take_effects());
        }
        out
    }

    fn resize(&mut self, area: Rect) {
        self.area = area;
        for layer in &mut self.layers {
            layer.resize(area.height);
        }
        if let Screen::Workshop(w) = &mut self.screen {
            w.area = area;
            w.list_rows = usize::from(layout::inner(layout::workshop(area).list).height).max(1);
            w.update(Intent::Resize(area.width, area.height), self.now);
        }
    }
}
