//! The agenda clock: start and pause, next block, a minute more or less, seconds saved as they pass.

use jiff::civil::DateTime;

use super::{Tone, Workshop};
use crate::model::{BlockKind, clock_text, progress, resume_block};
use crate::tui::section::Section;

/// The longest gap between two ticks that still counts as time spent (a sleeping laptop does not).
const LONGEST_TICK_SECS: i64 = 300;

/// How often the clock's seconds are written while it runs (also on pause, next block, quit):
/// a kill may lose this much timing, never an entry.
const PERSIST_EVERY_SECS: i64 = 30;

/// The clock's state; the seconds themselves live in the canvas's agenda.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Clock {
    /// Whether time is being counted.
    pub running: bool,
    /// The agenda block being timed.
    pub block: usize,
    /// When time was last counted.
    pub(super) last: Option<DateTime>,
    /// The block whose end already rang the bell.
    rang: Option<usize>,
    /// Seconds were counted that are not on disk yet.
    pub(crate) unsaved: bool,
    /// When the clock's seconds were last handed to a save.
    pub(crate) last_persisted: Option<DateTime>,
    /// Seconds missing between two ticks (a sleeping laptop), waiting for the question whether
    /// they count.
    pub(crate) gap: Option<u64>,
}

impl Clock {
    /// A paused clock on the block a reopened canvas resumes.
    pub(crate) fn resume(agenda: &[crate::model::AgendaBlock]) -> Clock {
        Clock { block: resume_block(agenda), ..Clock::default() }
    }
}

/// The section an agenda block shows, if it has one.
pub(crate) fn section_of(kind: BlockKind) -> Option<Section> {
    match kind {
        BlockKind::Open | BlockKind::Context => Some(Section::Context),
        BlockKind::Stakeholders => Some(Section::Stakeholders),
        BlockKind::Relationships => Some(Section::Relationships),
        BlockKind::Tasks => Some(Section::Tasks),
        BlockKind::Actions => Some(Section::Actions),
        BlockKind::Review => Some(Section::Review),
        BlockKind::Break | BlockKind::Custom => None,
    }
}

impl Workshop {
    /// Counts the seconds since the last tick into the current block, and rings at its end.
    pub(crate) fn count_time(&mut self, now: DateTime) {
        if !self.clock.running {
            return;
        }
        let Some(last) = self.clock.last else {
            self.clock.last = Some(now);
            return;
        };
        let elapsed = now.duration_since(last).as_secs();
        if elapsed > LONGEST_TICK_SECS {
            // The machine slept or the program was stopped: pause, and ask whether it counts.
            self.clock.last = Some(now);
            self.clock.running = false;
            self.clock.gap = Some(elapsed.unsigned_abs());
            return;
        }
        if elapsed < 0 {
            self.clock.last = Some(now);
            return;
        }
        if elapsed == 0 {
            return;
        }
        self.clock.last = last.checked_add(jiff::SignedDuration::from_secs(elapsed)).ok().or(Some(now));
        let i = self.clock.block;
        let Some(block) = self.canvas.agenda.get_mut(i) else { return };
        let planned = u64::from(block.minutes) * 60;
        let before = block.spent_secs;
        block.spent_secs += elapsed.unsigned_abs();
        let ended = before < planned && block.spent_secs >= planned;
        let title = block.title.clone();
        self.clock.unsaved = true;
        if ended && self.clock.rang != Some(i) {
            self.clock.rang = Some(i);
            if self.bell_enabled {
                self.ask(crate::tui::effect::Effect::Bell);
            }
            self.say(Tone::Alert, self.tr.args("note-time-up", &[("block", title.into())]));
        }
    }

    /// Writes the clock's seconds: every half minute while it runs, or now when `now_or_never`.
    pub(super) fn persist_time(&mut self, now: DateTime, now_or_never: bool) {
        if !self.clock.unsaved {
            return;
        }
        let due =
            self.clock.last_persisted.is_none_or(|t| now.duration_since(t).as_secs() >= PERSIST_EVERY_SECS);
        if due || now_or_never {
            self.clock.unsaved = false;
            self.clock.last_persisted = Some(now);
            self.save.generation += 1;
            self.request_save();
        }
    }

    /// `t`: starts or pauses the clock.
    pub(super) fn toggle_clock(&mut self, now: DateTime) {
        if self.canvas.agenda.is_empty() {
            return self.say(Tone::Info, self.tr.get("note-no-blocks"));
        }
        self.count_time(now);
        let title = self.canvas.agenda[self.clock.block].title.clone();
        let (step, note) = if self.clock.running {
            ("step-clock-paused", "note-clock-paused")
        } else {
            ("step-clock-running", "note-clock-running")
        };
        self.record_clock_step(self.tr.args(step, &[("block", title.as_str().into())]));
        self.clock.running = !self.clock.running;
        self.clock.last = Some(now);
        self.say(Tone::Info, self.tr.args(note, &[("block", title.into())]));
        self.persist_time(now, true);
    }

    /// `n`: the clock moves to the next block, and the screen to its section.
    pub(super) fn next_block(&mut self, now: DateTime) {
        self.count_time(now);
        let agenda = &self.canvas.agenda;
        if self.clock.block + 1 >= agenda.len() {
            return self.say(Tone::Info, self.tr.get("note-last-block"));
        }
        let block = &agenda[self.clock.block + 1];
        let (title, minutes, kind) = (block.title.clone(), block.minutes, block.kind);
        self.record_clock_step(self.tr.args("step-next-block", &[("block", title.as_str().into())]));
        self.clock.block += 1;
        self.clock.last = Some(now);
        if let Some(section) = section_of(kind) {
            self.go(section);
        }
        self.say(
            Tone::Info,
            self.tr.args("note-now-block", &[("block", title.into()), ("minutes", minutes.into())]),
        );
        self.persist_time(now, true);
    }

    /// `]` and `[`: a minute more or less for the block being timed.
    pub(super) fn adjust_minutes(&mut self, delta: i64, now: DateTime) {
        let i = self.clock.block;
        if i >= self.canvas.agenda.len() {
            return;
        }
        self.count_time(now);
        let key = if delta > 0 { "step-minute-more" } else { "step-minute-less" };
        let label = self.tr.args(key, &[("block", self.canvas.agenda[i].title.as_str().into())]);
        self.change(label, |c| {
            let m = &mut c.agenda[i].minutes;
            *m = u32::try_from(i64::from(*m) + delta).unwrap_or(1).max(1);
        });
        let b = &self.canvas.agenda[i];
        let msg = self.tr.args(
            "note-minutes-planned",
            &[("block", b.title.as_str().into()), ("minutes", b.minutes.into())],
        );
        self.say(Tone::Info, msg);
    }

    /// Where the session stands, for the clock display.
    pub fn progress(&self) -> crate::model::Progress {
        progress(&self.canvas.agenda, self.clock.block)
    }

    /// The answer to "did the gap count?": its seconds go to the block being timed, or not.
    pub(crate) fn settle_gap(&mut self, counts: bool, now: DateTime) {
        let Some(secs) = self.clock.gap.take() else { return };
        let i = self.clock.block;
        if counts && let Some(block) = self.canvas.agenda.get_mut(i) {
            block.spent_secs += secs;
            self.clock.unsaved = true;
            self.persist_time(now, true);
            self.say(
                Tone::Info,
                self.tr.args("note-gap-counted", &[("time", clock_text(secs as i64).into())]),
            );
        } else {
            self.say(Tone::Info, self.tr.get("note-gap-not-counted"));
        }
    }
}
