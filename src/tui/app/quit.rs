//! Leaving: `q` waits for the last save, a second `q` quits anyway, and a signal or a closed
//! terminal keeps what is half typed.

use super::{App, Tone};
use crate::tui::effect::Effect;

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
        let msg = "the last change is NOT saved (see above); press q again to quit anyway";
        self.say(Tone::Alert, msg);
        self.take_effects()
    }

    /// A signal asked the program to end: what is half typed becomes an entry, everything is
    /// saved (waiting for it), and the program ends.
    pub(super) fn terminate(&mut self) -> Vec<Effect> {
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
