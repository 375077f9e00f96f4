//! The app's state and `update`: the only place state changes.

use jiff::civil::DateTime;
use ratatui::layout::Rect;

use super::action::Action;
use super::compare::Compare;
use super::effect::{Effect, Outcome};
use super::keys::Mode;
use super::start::Start;
use super::style::Styles;
use super::timeline::{Step, Timeline};
use super::views::layout;
use super::workshop::{Letter, Note, Tone, Workshop};
use crate::model::Canvas;

/// Which screen is showing.
#[derive(Debug)]
pub enum Screen {
    /// Recent canvases, templates, new.
    Start(Box<Start>),
    /// An open canvas.
    Workshop(Box<Workshop>),
    /// Two canvases side by side.
    Compare(Box<Compare>),
    /// The open canvas's revisions over time.
    History(Box<Timeline>),
}

/// Everything the terminal app knows.
#[derive(Debug)]
pub struct App {
    /// Colours by meaning.
    pub styles: Styles,
    /// The screen showing.
    pub screen: Screen,
    /// Whether help is open.
    pub help: bool,
    /// How far help is scrolled down.
    pub help_scroll: usize,
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
            help: false,
            help_scroll: 0,
            now,
            area: Rect::new(0, 0, 80, 24),
            bell_enabled: true,
            quit_armed: false,
            quitting: false,
        }
    }

    /// Which key set applies now.
    pub fn mode(&self) -> Mode {
        if self.help {
            return Mode::Help;
        }
        match &self.screen {
            Screen::Start(s) => s.mode(),
            Screen::Workshop(w) => w.mode(),
            Screen::Compare(c) => c.mode(),
            Screen::History(t) => t.mode(),
        }
    }

    /// Shows a message on the current screen's status line.
    pub fn say(&mut self, tone: Tone, text: impl Into<String>) {
        let note = Some(Note { text: text.into(), tone });
        match &mut self.screen {
            Screen::Start(s) => s.note = note,
            Screen::Workshop(w) => w.note = note,
            Screen::Compare(c) => {
                if let Some(w) = &mut c.back {
                    w.note = note;
                }
            }
            Screen::History(t) => {
                if let Some(w) = &mut t.back {
                    w.note = note;
                }
            }
        }
    }

    /// The open workshop, on its screen or behind the compare screen.
    fn workshop_mut(&mut self) -> Option<&mut Workshop> {
        match &mut self.screen {
            Screen::Workshop(w) => Some(w),
            Screen::Compare(c) => c.back.as_deref_mut(),
            Screen::History(t) => t.back.as_deref_mut(),
            Screen::Start(_) => None,
        }
    }

    /// Carries out one action; returns what the runner must do (saves, reads, the bell, quitting).
    pub fn update(&mut self, action: Action) -> Vec<Effect> {
        if let Action::Letter { ch, ms, then } = action {
            return self.letter(ch, ms, then);
        }
        match action {
            Action::Tick(now) => self.now = now,
            Action::Resize(w, h) => {
                self.resize(Rect::new(0, 0, w, h));
                return self.take_effects();
            }
            Action::Done(outcome) => return self.outcome(*outcome),
            Action::Terminate => return self.terminate(),
            _ if self.help => {
                match action {
                    Action::Cancel => self.help = false,
                    Action::Up | Action::ScrollUp => self.help_scroll = self.help_scroll.saturating_sub(1),
                    Action::Down | Action::ScrollDown => self.help_scroll += 1,
                    _ => {}
                }
                return Vec::new();
            }
            Action::Help if !matches!(self.mode(), Mode::Input | Mode::Form | Mode::Picker | Mode::Park) => {
                (self.help, self.help_scroll) = (true, 0);
                return Vec::new();
            }
            Action::Quit if !matches!(self.mode(), Mode::Input | Mode::Park) => return self.try_quit(),
            Action::History if self.mode() == Mode::Workshop => {
                if let Screen::Workshop(w) = &self.screen {
                    let canvas = Box::new(w.canvas.clone());
                    return vec![Effect::FindRevisions { file: w.path.clone(), canvas }];
                }
            }
            _ => {}
        }
        let is_tick = matches!(action, Action::Tick(_));
        if !is_tick && action != Action::Quit {
            self.quit_armed = false;
        }
        let now = self.now;
        match &mut self.screen {
            Screen::Workshop(w) => {
                w.bell_enabled = self.bell_enabled;
                let projector = action == Action::Projector;
                w.update(action, now);
                if projector && w.projector.is_on() && self.styles.name() != "projector-light" {
                    let tip = "projector mode (p returns); projectors wash out dark screens: cvc --theme projector-light";
                    w.note = Some(Note { text: tip.into(), tone: Tone::Info });
                }
            }
            Screen::Compare(c) => {
                if let Some(w) = &mut c.back {
                    w.update(Action::Tick(now), now);
                }
                if !is_tick && c.update(action) && self.leave_compare() {
                    return vec![Effect::Quit];
                }
            }
            Screen::History(t) => {
                if let Some(w) = &mut t.back {
                    w.update(Action::Tick(now), now);
                }
                match if is_tick { Step::Stay } else { t.update(action) } {
                    Step::Back if self.leave_compare() => return vec![Effect::Quit],
                    Step::Compare(older, newer) => self.compare_revisions(older, newer),
                    _ => {}
                }
            }
            Screen::Start(s) => s.update(action, now),
        }
        self.take_effects()
    }

    /// A plain letter on the workshop's lists: typing (the workshop opens a line with the word and
    /// nothing runs) or the command it is bound to.
    fn letter(&mut self, ch: char, ms: u64, then: Option<Box<Action>>) -> Vec<Effect> {
        let now = self.now;
        let decided = match &mut self.screen {
            Screen::Workshop(w) if !self.help => Some(w.letter(ch, ms, now)),
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
                    w.update(Action::Done(Box::new(other)), now);
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
        let mut c = Compare::new(old, older, w.canvas.clone(), &w.path, today);
        let placeholder = Screen::Start(Box::new(Start::with_recent(Vec::new(), std::path::Path::new("."))));
        let Screen::Workshop(w) = std::mem::replace(&mut self.screen, placeholder) else { return };
        c.back = Some(w);
        self.screen = Screen::Compare(Box::new(c));
        self.resize(self.area);
    }

    /// Opens the compare screen on two revisions the history screen holds; Esc there returns to
    /// the workshop.
    fn compare_revisions(&mut self, older: usize, newer: usize) {
        let Screen::History(t) = &mut self.screen else { return };
        let today = crate::model::Day::from_civil(self.now.date());
        let ((old_path, old), (new_path, new)) = (&t.canvases[older], &t.canvases[newer]);
        let mut c = Compare::new(old.clone(), old_path, new.clone(), new_path, today);
        c.back = t.back.take();
        self.screen = Screen::Compare(Box::new(c));
        self.resize(self.area);
    }

    /// Opens the history screen over the open workshop.
    fn open_history(&mut self, history: super::timeline::Revisions) {
        let placeholder = Screen::Start(Box::new(Start::with_recent(Vec::new(), std::path::Path::new("."))));
        let Screen::Workshop(w) = std::mem::replace(&mut self.screen, placeholder) else { return };
        let mut t = Timeline::new(history);
        t.back = Some(w);
        self.screen = Screen::History(Box::new(t));
        self.resize(self.area);
    }

    /// An app on the compare screen of two canvases.
    pub fn comparing(styles: Styles, compare: Compare, now: DateTime) -> App {
        App::with(styles, Screen::Compare(Box::new(compare)), now)
    }

    /// Back to the workshop the compare or history screen was opened from; true when there is none.
    fn leave_compare(&mut self) -> bool {
        let back = match &mut self.screen {
            Screen::Compare(c) => c.back.take(),
            Screen::History(t) => t.back.take(),
            _ => return false,
        };
        match back {
            Some(w) => {
                self.screen = Screen::Workshop(w);
                self.resize(self.area);
                false
            }
            None => true,
        }
    }

    fn resize(&mut self, area: Rect) {
        self.area = area;
        if let Screen::Compare(c) = &mut self.screen {
            c.rows_visible = usize::from(area.height.saturating_sub(6)).max(1);
        }
        if let Screen::History(t) = &mut self.screen {
            t.rows_visible = usize::from(area.height.saturating_sub(12)).max(1);
        }
        if let Screen::Workshop(w) = &mut self.screen {
            w.area = area;
            w.list_rows = usize::from(layout::inner(layout::workshop(area).list).height).max(1);
            w.update(Action::Resize(area.width, area.height), self.now);
        }
    }

    /// `q`: saves what is pending and waits for it; quits when it is on disk, or on a second `q`.
    fn try_quit(&mut self) -> Vec<Effect> {
        if self.quit_armed || self.workshop_mut().is_none() {
            return vec![Effect::Quit];
        }
        let now = self.now;
        if let Some(w) = self.workshop_mut() {
            w.flush(now);
        }
        self.quitting = true;
        let mut effects = self.take_effects();
        // A canvas with nothing to write quits at once; otherwise the save's outcome decides.
        if !effects.iter().any(|e| matches!(e, Effect::Save { .. })) {
            self.quitting = false;
            effects.push(Effect::Quit);
        }
        effects
    }

    /// The save asked for by `q` came back: quit if everything is on disk, else say so.
    fn finish_quit(&mut self) -> Vec<Effect> {
        self.quitting = false;
        let clean = self.workshop_mut().is_none_or(|w| !w.save.dirty());
        if clean {
            return vec![Effect::Quit];
        }
        self.quit_armed = true;
        let msg = "the last change is NOT saved (see above); press q again to quit anyway";
        self.say(Tone::Alert, msg);
        self.take_effects()
    }

    /// A signal asked the program to end: what is half typed becomes an entry, everything is
    /// saved (waiting for it), and the program ends.
    fn terminate(&mut self) -> Vec<Effect> {
        let now = self.now;
        if let Some(w) = self.workshop_mut() {
            w.keep_what_is_typed(now);
            w.flush(now);
        }
        let mut effects = self.take_effects();
        effects.push(Effect::Quit);
        effects
    }
}
