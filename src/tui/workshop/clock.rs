//! The agenda clock: start and pause, next block, a minute more or less, seconds saved as they pass.

use jiff::civil::DateTime;

use super::{Tone, Workshop};
use crate::model::{BlockKind, progress, resume_block};
use crate::tui::section::Section;

/// The longest gap between two ticks that still counts as time spent (a sleeping laptop does not).
const LONGEST_TICK_SECS: i64 = 300;

/// The clock's state; the seconds themselves live in the canvas's agenda.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Clock {
    /// Whether time is being counted.
    pub running: bool,
    /// The agenda block being timed.
    pub block: usize,
    /// When time was last counted.
    last: Option<DateTime>,
    /// The block whose end already rang the bell.
    rang: Option<usize>,
}

impl Clock {
    /// A paused clock on the block a reopened canvas resumes.
    pub fn resume(agenda: &[crate::model::Block]) -> Clock {
        Clock { block: resume_block(agenda), ..Clock::default() }
    }
}

/// The section an agenda block shows, if it has one.
pub fn section_of(kind: BlockKind) -> Option<Section> {
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
    pub(super) fn count_time(&mut self, now: DateTime) {
        if !self.clock.running {
            return;
        }
        let Some(last) = self.clock.last else {
            self.clock.last = Some(now);
            return;
        };
        let elapsed = now.duration_since(last).as_secs();
        if !(0..=LONGEST_TICK_SECS).contains(&elapsed) {
            self.clock.last = Some(now);
            return;
        }
        if elapsed == 0 {
            return;
        }
        self.clock.last = last.checked_add(jiff::SignedDuration::from_secs(elapsed)).ok().or(Some(now));
        let i = self.clock.block;
        let Some(block) = self.doc.canvas.agenda.get_mut(i) else { return };
        let planned = u64::from(block.minutes) * 60;
        let before = block.spent_secs;
        block.spent_secs += elapsed.unsigned_abs();
        let ended = before < planned && block.spent_secs >= planned;
        let title = block.title.clone();
        self.dirty = true;
        if ended && self.clock.rang != Some(i) {
            self.clock.rang = Some(i);
            self.bell = self.bell_enabled;
            self.say(Tone::Alert, format!("time is up for {title}"));
        }
    }

    /// `t`: starts or pauses the clock.
    pub(super) fn toggle_clock(&mut self, now: DateTime) {
        if self.doc.canvas.agenda.is_empty() {
            return self.say(Tone::Info, "the agenda has no blocks: press A to add some");
        }
        self.count_time(now);
        self.clock.running = !self.clock.running;
        self.clock.last = Some(now);
        let title = self.doc.canvas.agenda[self.clock.block].title.clone();
        let state = if self.clock.running { "running" } else { "paused" };
        self.say(Tone::Info, format!("clock {state}: {title}"));
        self.save(now);
    }

    /// `n`: the clock moves to the next block, and the screen to its section.
    pub(super) fn next_block(&mut self, now: DateTime) {
        self.count_time(now);
        let agenda = &self.doc.canvas.agenda;
        if self.clock.block + 1 >= agenda.len() {
            return self.say(Tone::Info, "this is the last block of the agenda");
        }
        self.clock.block += 1;
        self.clock.last = Some(now);
        let block = &agenda[self.clock.block];
        let (title, minutes) = (block.title.clone(), block.minutes);
        if let Some(section) = section_of(block.kind) {
            self.go(section);
        }
        self.say(Tone::Info, format!("now: {title}, {minutes} min"));
        self.save(now);
    }

    /// `]` and `[`: a minute more or less for the block being timed.
    pub(super) fn adjust_minutes(&mut self, delta: i64, now: DateTime) {
        let i = self.clock.block;
        if i >= self.doc.canvas.agenda.len() {
            return;
        }
        self.count_time(now);
        self.change(now, |c| {
            let m = &mut c.agenda[i].minutes;
            *m = u32::try_from(i64::from(*m) + delta).unwrap_or(1).max(1);
        });
        let b = &self.doc.canvas.agenda[i];
        let msg = format!("{}: {} min planned", b.title, b.minutes);
        self.say(Tone::Info, msg);
    }

    /// Where the session stands, for the clock display.
    pub fn progress(&self) -> crate::model::Progress {
        progress(&self.doc.canvas.agenda, self.clock.block)
    }
}
