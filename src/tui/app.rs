//! The app's state and `update`: the only place state changes.

use jiff::civil::DateTime;
use ratatui::layout::Rect;

use super::action::Action;
use super::compare::Compare;
use super::keys::Mode;
use super::start::Start;
use super::style::Styles;
use super::views::layout;
use super::workshop::{Note, Popup, Tone, Workshop};
use crate::store::Document;

/// Which screen is showing.
#[derive(Debug)]
pub enum Screen {
    /// Recent canvases, templates, new.
    Start(Box<Start>),
    /// An open canvas.
    Workshop(Box<Workshop>),
    /// Two canvases side by side.
    Compare(Box<Compare>),
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
    /// Set when the app should end.
    pub quit: bool,
    /// The time of the last tick.
    pub now: DateTime,
    /// The terminal's size.
    pub area: Rect,
    /// Whether the bell may ring when a block's time is up (a setting).
    pub bell_enabled: bool,
    /// A first `q` found unsaved work; a second quits anyway.
    quit_armed: bool,
}

impl App {
    /// An app on the start screen, with the recent list of data folder `data_dir`.
    pub fn start(styles: Styles, data_dir: &std::path::Path, now: DateTime) -> App {
        App::with(styles, Screen::Start(Box::new(Start::load(data_dir))), now)
    }

    /// An app on the workshop screen of a document.
    pub fn workshop(styles: Styles, doc: Document, now: DateTime) -> App {
        App::with(styles, Screen::Workshop(Box::new(Workshop::new(doc))), now)
    }

    fn with(styles: Styles, screen: Screen, now: DateTime) -> App {
        let mut app = App {
            styles,
            screen,
            help: false,
            quit: false,
            now,
            area: Rect::new(0, 0, 80, 24),
            bell_enabled: true,
            quit_armed: false,
        };
        app.update(Action::Tick(now));
        app
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
        }
    }

    /// Whether the last update asked for the terminal bell.
    pub fn bell(&self) -> bool {
        matches!(&self.screen, Screen::Workshop(w) if w.bell)
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
        }
    }

    /// Carries out one action.
    pub fn update(&mut self, action: Action) {
        match action {
            Action::Tick(now) => self.now = now,
            Action::Resize(w, h) => return self.resize(Rect::new(0, 0, w, h)),
            _ if self.help => {
                if action == Action::Cancel {
                    self.help = false;
                }
                return;
            }
            Action::Help if !matches!(self.mode(), Mode::Input | Mode::Form | Mode::Picker) => {
                self.help = true;
                return;
            }
            Action::Quit if self.mode() != Mode::Input => return self.try_quit(),
            _ => {}
        }
        if action != Action::Quit {
            self.quit_armed = false;
        }
        let now = self.now;
        match &mut self.screen {
            Screen::Workshop(w) => {
                w.bell_enabled = self.bell_enabled;
                let projector = action == Action::Projector;
                w.update(action, now);
                if projector && w.projector && self.styles.name() != "projector-light" {
                    let tip = "projector mode (p returns); projectors wash out dark screens: cvc --theme projector-light";
                    w.note = Some(Note { text: tip.into(), tone: Tone::Info });
                }
                if let Some(path) = w.compare_with.take() {
                    self.open_compare(&path);
                }
            }
            Screen::Compare(c) => {
                if let Some(w) = &mut c.back {
                    w.update(Action::Tick(now), now);
                }
                if !matches!(action, Action::Tick(_)) && c.update(action) {
                    self.leave_compare();
                }
            }
            Screen::Start(s) => {
                if let Some(opened) = s.update(action, now) {
                    let mut w = Workshop::new(opened.doc);
                    w.update(Action::Tick(now), now);
                    if opened.loop_review {
                        w.start_loop_review();
                    }
                    self.screen = Screen::Workshop(Box::new(w));
                    self.resize(self.area);
                }
            }
        }
    }

    /// Opens the compare screen of `older` against the open canvas.
    fn open_compare(&mut self, older: &std::path::Path) {
        let Screen::Workshop(w) = &mut self.screen else { return };
        match crate::store::load(older) {
            Ok(old) => {
                let new = w.doc.canvas.clone();
                let path = w.doc.path.clone();
                let mut c = Compare::new(old, older, new, &path);
                let Screen::Workshop(w) = std::mem::replace(
                    &mut self.screen,
                    Screen::Start(Box::new(Start::with_recent(Vec::new(), std::path::Path::new(".")))),
                ) else {
                    return;
                };
                c.back = Some(w);
                self.screen = Screen::Compare(Box::new(c));
                self.resize(self.area);
            }
            Err(e) => w.note = Some(Note { text: e.lines().join("; "), tone: Tone::Alert }),
        }
    }

    /// An app on the compare screen of two files.
    pub fn comparing(styles: Styles, compare: Compare, now: DateTime) -> App {
        App::with(styles, Screen::Compare(Box::new(compare)), now)
    }

    fn leave_compare(&mut self) {
        let Screen::Compare(c) = &mut self.screen else { return };
        match c.back.take() {
            Some(w) => {
                self.screen = Screen::Workshop(w);
                self.resize(self.area);
            }
            None => self.quit = true,
        }
    }

    fn resize(&mut self, area: Rect) {
        self.area = area;
        if let Screen::Compare(c) = &mut self.screen {
            c.rows_visible = usize::from(area.height.saturating_sub(6)).max(1);
        }
        if let Screen::Workshop(w) = &mut self.screen {
            w.area = area;
            w.list_rows = usize::from(layout::inner(layout::workshop(area).list).height).max(1);
            w.update(Action::Resize(area.width, area.height), self.now);
        }
    }

    fn try_quit(&mut self) {
        let Screen::Workshop(w) = &mut self.screen else {
            self.quit = true;
            return;
        };
        w.flush(self.now);
        if !w.dirty || self.quit_armed {
            self.quit = true;
            return;
        }
        self.quit_armed = true;
        if !matches!(w.popup, Popup::Conflict) {
            let msg = "the last change is NOT saved (see above); press q again to quit anyway";
            self.say(Tone::Alert, msg);
        }
    }
}
