//! Leaving: `q` waits for the last save, a second `q` quits anyway, and a signal or a closed
//! terminal keeps what is half typed.

use super::{App, Screen, Tone};
use crate::tui::effect::Effect;
use crate::tui::layers::{Layer, keep_typed_form};

impl App {
    /// `q`: saves what is pending and waits for it; quits when it is on disk, or on a second `q`.
    pub(super) fn try_quit(&mut self) -> Vec<Effect> {
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
    pub(super) fn finish_quit(&mut self) -> Vec<Effect> {
        self.quitting = false;
        let clean = self.workshop_mut().is_none_or(|w| !w.save.dirty());
        if clean {
            return vec![Effect::Quit];
        }
        self.quit_armed = true;
        let msg = self.styles.tr().get("note-quit-not-saved");
        self.say(Tone::Alert, msg);
        self.take_effects()
    }

    /// A signal asked the program to end: what is half typed becomes an entry, everything is
    /// saved (waiting for it), and the program ends.
    pub(super) fn terminate(&mut self) -> Vec<Effect> {
        let now = self.now;
        self.keep_what_is_typed();
        if let Some(w) = self.workshop_mut() {
            w.flush(now);
        }
        let mut effects = self.take_effects();
        effects.push(Effect::Quit);
        effects
    }

    /// Before the program ends on a signal: a half-typed quick-add line becomes an entry, a
    /// half-typed relationship is added, a typed question is parked, and an open form whose
    /// fields check is saved.
    fn keep_what_is_typed(&mut self) {
        let Screen::Workshop(w) = &mut self.screen else { return };
        for layer in self.layers.iter_mut().rev() {
            match layer {
                Layer::QuickAdd(line) if !line.text().trim().is_empty() => drop(w.add_from_line(line.text())),
                Layer::Exchange(e) => drop(w.add_relationship(e.from.clone(), e.to.clone(), e.line.text())),
                Layer::Park(p) if !p.line.text().trim().is_empty() => w.park(p.line.text()),
                Layer::Form(form) => keep_typed_form(form, w),
                _ => {}
            }
        }
    }
}
