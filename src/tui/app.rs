//! The app's state and `update`: the only place state changes.

mod quit;

use jiff::civil::DateTime;
use ratatui::layout::Rect;

use super::action::Intent;
use super::compare::Compare;
use super::effect::{Effect, Outcome};
use super::hits::Hits;
use super::keys::Mode;
use super::layers::{Help, Layer, Step};
use super::start::Start;
use super::style::Styles;
use super::timeline::Timeline;
use super::views::layout;
use super::workshop::{Letter, Note, Tone, Workshop};
use crate::model::Canvas;

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
    pub hits: Hits,
    /// The time of the last tick.
    pub now: DateTime,
    /// The terminal's size.
    pub area: Rect,
    /// Whether the bell may ring when a block's time is up (a setting).
    pub bell_enabled: bool,
    /// A first `q` found unsaved work; a second quits anyway.
    quit_armed: bool,
    /// Quitting waits for the last save's outcome.
    quitting: bool,
}

impl App {
    /// An app on the start screen, with the recent list of data folder `data_dir`.
    pub fn start(styles: Styles, data_dir: &std::path::Path, now: DateTime) -> App {
        App::with(styles, Screen::Start(Box::new(Start::load(data_dir))), now)
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
        }
    }

    /// Which key set applies now: the top layer's, else the base screen's.
    pub fn mode(&self) -> Mode {
        match (self.layers.last(), &self.screen) {
            (Some(top), _) => top.mode(),
            (None, Screen::Start(s)) => s.mode(),
            (None, Screen::Workshop(w)) => w.mode(),
        }
    }

    /// The layer on top, if any.
    pub fn top(&self) -> Option<&Layer> {
        self.layers.last()
    }

    /// Shows a message on the base screen's status line.
    pub fn say(&mut self, tone: Tone, text: impl Into<String>) {
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
                    self.say(
                        Tone::Info,
                        "the inbox is empty: ideas the room sends wait here (R opens the room)",
                    );
                } else {
                    self.open(Layer::Inbox(0));
                }
                return Vec::new();
            }
            Intent::History if self.mode() == Mode::Workshop => {
                if let Screen::Workshop(w) = &self.screen {
                    let canvas = Box::new(w.canvas.clone());
                    return vec![Effect::FindRevisions { file: w.path.clone(), canvas }];
                }
            }
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
            return self.take_effects();
        }
        let workshop = match &mut self.screen {
            Screen::Workshop(w) => Some(&mut **w),
            Screen::Start(_) => None,
        };
        let step = match self.layers.last_mut() {
            Some(top) => top.update(action, workshop, now),
            None => Step::Stay,
        };
        if self.carry_out(step) {
            return vec![Effect::Quit];
        }
        self.take_effects()
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
                    let tip = "projector mode (p returns); projectors wash out dark screens: cvc --theme projector-light";
                    w.note = Some(Note { text: tip.into(), tone: Tone::Info });
                }
            }
            Screen::Start(s) => s.update(action, now),
        }
    }

    /// Carries out what the top layer asked for; true when the program should end (the last
    /// layer of a canvas comparison opened from the command line closed).
    fn carry_out(&mut self, step: Step) -> bool {
        match step {
            Step::Stay => false,
            Step::Close => {
                let closed = self.layers.pop();
                let screen_layer = closed.is_some_and(|l| l.covers_screen());
                self.resize(self.area);
                screen_layer && self.layers.is_empty() && self.workshop().is_none()
            }
            Step::Replace(layer) => {
                self.layers.pop();
                self.open(layer);
                false
            }
            Step::CompareRevisions(older, newer) => {
                self.compare_revisions(older, newer);
                false
            }
        }
    }

    /// Opens a layer over everything.
    fn open(&mut self, layer: Layer) {
        self.layers.push(layer);
        self.resize(self.area);
    }

    /// A plain letter on the workshop's lists: typing (the workshop opens a line with the word and
    /// nothing runs) or the command it is bound to.
    fn letter(&mut self, ch: char, ms: u64, then: Option<Box<Intent>>) -> Vec<Effect> {
        let now = self.now;
        let decided = match &mut self.screen {
            Screen::Workshop(w) if self.layers.is_empty() => Some(w.letter(ch, ms, now)),
            _ => None,
        };
        match decided {
            Some(Letter::Typing) => self.take_effects(),
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

    /// What an effect came to.
    fn outcome(&mut self, outcome: Outcome) -> Vec<Effect> {
        let now = self.now;
        match outcome {
            Outcome::Opened(Ok(opened)) => {
                let mut w = Workshop::new(*opened.canvas, opened.path, now);
                w.bell_enabled = self.bell_enabled;
                if opened.read_only {
                    let msg = "this file is read-only: cvc will not write it; your first change offers to save elsewhere";
                    w.note = Some(Note { text: msg.into(), tone: Tone::Alert });
                }
                if opened.loop_review {
                    w.start_loop_review();
                }
                self.screen = Screen::Workshop(Box::new(w));
                self.resize(self.area);
            }
            Outcome::Opened(Err(e)) => {
                if let Screen::Start(s) = &mut self.screen {
                    s.not_opened(&e);
                }
            }
            Outcome::RoomOpened(Ok(card)) => {
                self.open(Layer::RoomCard(Box::new(card.clone())));
                if let Some(w) = self.workshop_mut() {
                    w.update(Intent::Done(Box::new(Outcome::RoomOpened(Ok(card)))), now);
                }
            }
            Outcome::Missing(path) => {
                if let Screen::Start(s) = &mut self.screen {
                    s.ask_create(path);
                }
            }
            Outcome::CompareLoaded { path, result: Ok(old) } => self.open_compare(*old, &path),
            Outcome::Revisions(history) => self.open_history(*history),
            other => {
                let saved = matches!(other, Outcome::Saved { .. });
                if let Some(w) = self.workshop_mut() {
                    w.update(Intent::Done(Box::new(other)), now);
                }
                if saved && self.quitting {
                    return self.finish_quit();
                }
            }
        }
        self.take_effects()
    }

    /// Opens the compare screen of `old` against the open canvas.
    fn open_compare(&mut self, old: Canvas, older: &std::path::Path) {
        let Screen::Workshop(w) = &self.screen else { return };
        let today = crate::model::Day::from_civil(self.now.date());
        let c = Compare::new(old, older, w.canvas.clone(), &w.path, today);
        self.open(Layer::Compare(Box::new(c)));
    }

    /// Opens the compare screen on two revisions the history screen holds, in its place; Esc
    /// there returns to the workshop.
    fn compare_revisions(&mut self, older: usize, newer: usize) {
        let Some(Layer::History(t)) = self.layers.last() else { return };
        let today = crate::model::Day::from_civil(self.now.date());
        let ((old_path, old), (new_path, new)) = (&t.canvases[older], &t.canvases[newer]);
        let c = Compare::new(old.clone(), old_path, new.clone(), new_path, today);
        self.layers.pop();
        self.open(Layer::Compare(Box::new(c)));
    }

    /// Opens the history screen over the open workshop.
    fn open_history(&mut self, history: super::timeline::Revisions) {
        if self.workshop().is_some() {
            self.open(Layer::History(Box::new(Timeline::new(history))));
        }
    }

    /// An app on the compare screen of two canvases (from the command line: closing it quits).
    pub fn comparing(styles: Styles, compare: Compare, now: DateTime) -> App {
        let start = Screen::Start(Box::new(Start::with_recent(Vec::new(), std::path::Path::new("."))));
        let mut app = App::with(styles, start, now);
        app.layers.push(Layer::Compare(Box::new(compare)));
        app
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
