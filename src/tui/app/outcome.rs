//! What the runner's effects came to, and the screens they open (a canvas, the compare screen,
//! the history).

use super::{App, Layer, Screen};
use crate::model::Canvas;
use crate::tui::action::Intent;
use crate::tui::compare::Compare;
use crate::tui::effect::{Effect, Outcome};
use crate::tui::start::Start;
use crate::tui::style::Styles;
use crate::tui::timeline::Timeline;
use crate::tui::workshop::{Note, Tone, Workshop};
use jiff::civil::DateTime;

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
            Outcome::Revisions(history) => self.open_history(*history),
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

    /// Opens the compare screen on two revisions the history screen holds, in its place; Esc
    /// there returns to the workshop.
    pub(super) fn compare_revisions(&mut self, older: usize, newer: usize) {
        let Some(Layer::History(t)) = self.layers.last() else { return };
        let today = crate::model::Day::from_civil(self.now.date());
        let ((old_path, old), (new_path, new)) = (&t.canvases[older], &t.canvases[newer]);
        let c = Compare::new(old.clone(), old_path, new.clone(), new_path, today);
        self.layers.pop();
        self.open(Layer::Compare(Box::new(c)));
    }

    /// Opens the history screen over the open workshop.
    fn open_history(&mut self, history: crate::tui::timeline::Revisions) {
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
}
