//! What the runner's effects came to, and the screens they open (a canvas, the compare screen,
//! the history).

use super::{App, Layer, Screen};
use crate::model::Canvas;
use crate::tui::action::Intent;
use crate::tui::compare::Compare;
use crate::tui::effect::{Effect, Outcome};
use crate::tui::revisions::{Answer, News, same_history};
use crate::tui::start::Start;
use crate::tui::style::Styles;
use crate::tui::timeline::{Loading, Timeline};
use crate::tui::workshop::{Note, Tone, Workshop};
use jiff::civil::DateTime;

/// Frees a closed history or compare screen on a thread of its own: the revisions it holds took
/// a fifth of a second to free at 100,000 entries over ten revisions, which the key waited for.
pub(super) fn let_go(layer: Option<Layer>) {
    match layer {
        Some(Layer::History(t)) => drop(std::thread::spawn(move || drop(t))),
        Some(Layer::Compare(c)) => drop(std::thread::spawn(move || drop(c))),
        _ => {}
    }
}

impl App {
    /// What an effect came to.
    pub(super) fn outcome(&mut self, outcome: Outcome) -> Vec<Effect> {
        let now = self.now;
        match outcome {
            Outcome::Opened(Ok(opened)) => {
                let mut w = Workshop::new(*opened.canvas, opened.path, now);
                w.bell_enabled = self.bell_enabled;
                w.tr = self.styles.tr();
                if opened.read_only {
                    let msg = w.tr.get("status-read-only");
                    w.note = Some(Note { text: msg, tone: Tone::Alert });
                }
                self.screen = Screen::Workshop(Box::new(w));
                if opened.loop_review {
                    self.start_loop_review();
                }
                self.resize(self.area);
            }
            Outcome::Opened(Err(e)) => {
                if let Screen::Start(s) = &mut self.screen {
                    s.tr = self.styles.tr();
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
                    s.tr = self.styles.tr();
                    s.ask_create(path);
                }
            }
            Outcome::CompareLoaded { path, result: Ok(old) } => self.open_compare(*old, &path),
            Outcome::Revisions(answer) => return self.revisions(*answer),
            other => {
                let saved = matches!(other, Outcome::Saved { .. });
                let saved_elsewhere = matches!(other, Outcome::SavedAs(Ok(_)));
                if let Some(w) = self.workshop_mut() {
                    w.update(Intent::Done(Box::new(other)), now);
                }
                if saved_elsewhere {
                    // The path to save to was taken: its line closes.
                    self.layers.retain(|l| !matches!(l, Layer::SaveAs(_)));
                }
                if saved && self.quitting {
                    return self.finish_quit();
                }
            }
        }
        self.settle();
        self.take_effects()
    }

    /// Opens the compare screen of `old` against the open canvas.
    fn open_compare(&mut self, old: Canvas, older: &std::path::Path) {
        let Screen::Workshop(w) = &self.screen else { return };
        let today = crate::model::Day::from_civil(self.now.date());
        let c = Compare::new(old, older, w.canvas.clone(), &w.path, today);
        self.open(Layer::Compare(Box::new(c)));
    }

    /// Asks the runner to compare two revisions the history screen holds; the history says so
    /// until the compare screen comes back and takes its place (Esc there returns to the
    /// workshop).
    pub(super) fn compare_revisions(&mut self, older: usize, newer: usize) -> Vec<Effect> {
        let today = crate::model::Day::from_civil(self.now.date());
        self.revisions_asked += 1;
        let ticket = self.revisions_asked;
        let Some(Layer::History(t)) = self.layers.last_mut() else { return Vec::new() };
        let (Some(old), Some(new)) = (t.canvases.get(older), t.canvases.get(newer)) else {
            return Vec::new();
        };
        let (older_one, newer_one) = (Box::new(old.clone()), Box::new(new.clone()));
        t.comparing = Some((ticket, older, newer));
        vec![Effect::CompareRevisions { ticket, older: older_one, newer: newer_one, today }]
    }

    /// The compare screen of two revisions came back: it takes the place of the history screen
    /// that asked for it, if that is still open.
    fn compared(&mut self, ticket: u64, c: Compare) {
        let at = self
            .layers
            .iter()
            .position(|l| matches!(l, Layer::History(t) if t.comparing.is_some_and(|(k, ..)| k == ticket)));
        if let Some(at) = at {
            let history = std::mem::replace(&mut self.layers[at], Layer::Compare(Box::new(c)));
            let_go(Some(history));
            self.resize(self.area);
        }
    }

    /// `H`: opens the history screen over the open workshop at once, reading, and asks the
    /// runner for the revisions.
    pub(super) fn open_history(&mut self) -> Vec<Effect> {
        let Some(title) = self.workshop().map(|w| w.canvas.title.clone()) else { return Vec::new() };
        self.revisions_asked += 1;
        let ticket = self.revisions_asked;
        self.open(Layer::History(Box::new(Timeline::loading(ticket, title))));
        self.ask_revisions(ticket)
    }

    /// The request for the revisions of the workshop's canvas as it is now.
    fn ask_revisions(&self, ticket: u64) -> Vec<Effect> {
        let Some(w) = self.workshop() else { return Vec::new() };
        vec![Effect::FindRevisions { ticket, file: w.path.clone(), canvas: Box::new(w.canvas.clone()) }]
    }

    /// An answer about the history's revisions: progress or what was found goes to the history
    /// screen waiting for it; an answer nobody waits for (the screen closed, or a newer `H`
    /// asked again) is dropped, and the reading it comes from stopped. Revisions of a canvas
    /// whose entries changed while they were read are read again.
    fn revisions(&mut self, answer: Answer) -> Vec<Effect> {
        let Answer { ticket, news } = answer;
        if let News::Compared(c) = news {
            self.compared(ticket, *c);
            return Vec::new();
        }
        let now = self.workshop().map(|w| w.canvas.clone());
        let waiting = self.layers.iter_mut().find_map(|l| match l {
            Layer::History(t) if t.waiting_for() == Some(ticket) => Some(t),
            _ => None,
        });
        let (Some(t), Some(now)) = (waiting, now) else {
            return match news {
                News::Progress(_) => vec![Effect::StopRevisions(ticket)],
                News::Found(_) | News::Compared(_) => Vec::new(),
            };
        };
        match news {
            News::Compared(_) => {}
            News::Progress(p) => t.loading = Some(Loading { ticket, progress: Some(p) }),
            News::Found(mut found) => match found.canvases.get_mut(found.open) {
                // The open revision is the canvas as it is now (its agenda clock, its inbox).
                Some((_, open)) if same_history(open, &now) => {
                    *open = now;
                    t.load(*found);
                }
                _ => {
                    self.revisions_asked += 1;
                    let ticket = self.revisions_asked;
                    t.loading = Some(Loading { ticket, progress: None });
                    return self.ask_revisions(ticket);
                }
            },
        }
        Vec::new()
    }

    /// An app on the compare screen of two canvases (from the command line: closing it quits).
    pub fn comparing(styles: Styles, compare: Compare, now: DateTime) -> App {
        let start = Screen::Start(Box::new(Start::with_recent(Vec::new(), std::path::Path::new("."))));
        let mut app = App::with(styles, start, now);
        app.layers.push(Layer::Compare(Box::new(compare)));
        app
    }
}
