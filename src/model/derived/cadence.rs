//! Community work that keeps happening (DESIGN.md §11): a task's held dates against what its
//! cadence asks since the workshop, and the tasks whose cadence slipped.

use super::{Said, Warning, WarningKind, Word, about, entry};
use crate::i18n::{Label, Tr};
use crate::model::{Cadence, Canvas, Day, EntryKind, Language, Task};

/// How well a task kept its cadence over a stretch of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CadenceKept {
    /// The cadence counted against.
    pub cadence: Cadence,
    /// The days it was held in the stretch.
    pub held: usize,
    /// How many times the cadence asked for it in the stretch (whole periods passed; `once`
    /// asks once).
    pub asked: usize,
    /// The last day it was held, in the stretch or before it.
    pub last: Option<Day>,
    /// Whether an active, recurring task has gone more than two periods without being held.
    pub slipped: bool,
}

impl CadenceKept {
    /// The share kept, 0–1 (held beyond what was asked counts as kept); `None` when nothing was
    /// asked yet.
    pub fn fraction(&self) -> Option<f64> {
        (self.asked > 0).then(|| self.held.min(self.asked) as f64 / self.asked as f64)
    }

    /// In words: `held 18 of 25 weekly times (72%)`, `weekly: nothing asked yet`.
    pub fn words(&self) -> String {
        self.words_in(Tr::new(Language::En))
    }

    /// [`CadenceKept::words`] in `tr`'s language: `tenue 18 fois sur 25 (chaque semaine, 72 %)`.
    pub fn words_in(&self, tr: Tr) -> String {
        let cadence = tr.get(self.cadence.key());
        match self.fraction() {
            None => tr.args("cadence-nothing-asked", &[("cadence", cadence.into())]),
            Some(f) => {
                let percent = crate::i18n::percent((f * 100.0).round(), 0, tr.lang());
                let args = [
                    ("held", self.held.into()),
                    ("asked", self.asked.into()),
                    ("cadence", cadence.into()),
                    ("percent", percent.into()),
                ];
                tr.args("cadence-kept", &args)
            }
        }
    }
}

/// Whole calendar months from `a` to `b` (none when `b` is earlier).
fn months_between(a: Day, b: Day) -> i64 {
    let ((ya, ma, da), (yb, mb, db)) = (a.ymd(), b.ymd());
    let months = (i64::from(yb) - i64::from(ya)) * 12 + i64::from(mb) - i64::from(ma);
    (months - i64::from(db < da)).max(0)
}

/// The days one period of a recurring cadence lasts, at most; `None` for once and ongoing.
fn period_days(cadence: Cadence) -> Option<i64> {
    match cadence {
        Cadence::Weekly => Some(7),
        Cadence::Fortnightly => Some(14),
        Cadence::Monthly => Some(31),
        Cadence::Quarterly => Some(92),
        Cadence::Once | Cadence::Ongoing => None,
    }
}

impl Task {
    /// The task's held dates from `since` (the workshop) to `as_of`, both included, against what
    /// its cadence asks in that time; `None` without a cadence, or for `ongoing` work, which asks
    /// for no count.
    pub fn cadence_kept(&self, since: Day, as_of: Day) -> Option<CadenceKept> {
        let cadence = self.cadence.filter(|c| *c != Cadence::Ongoing)?;
        let days = since.days_until(as_of).max(0);
        let asked = match cadence {
            Cadence::Weekly => days / 7,
            Cadence::Fortnightly => days / 14,
            Cadence::Monthly => months_between(since, as_of),
            Cadence::Quarterly => months_between(since, as_of) / 3,
            Cadence::Once => i64::from(days > 0),
            Cadence::Ongoing => 0,
        } as usize;
        let held = self.held.iter().filter(|d| (since..=as_of).contains(*d)).count();
        let last = self.held.iter().rev().find(|d| **d <= as_of).copied();
        let slipped = period_days(cadence).is_some_and(|period| {
            let quiet_since = last.map_or(since, |l| l.max(since));
            self.is_ongoing() && asked >= 2 && quiet_since.days_until(as_of) > 2 * period
        });
        Some(CadenceKept { cadence, held, asked, last, slipped })
    }
}

/// Active recurring tasks that went more than two periods without being held since the
/// workshop (the canvas's date) up to `as_of`.
pub fn slipped_cadences(c: &Canvas, as_of: Day) -> Vec<Warning> {
    let Some(since) = c.date else { return Vec::new() };
    let mut out = Vec::new();
    for t in &c.tasks {
        let Some(kept) = t.cadence_kept(since, as_of).filter(|k| k.slipped) else { continue };
        let mut args = entry(&t.id, &t.title);
        args.push(("cadence", Word::label(kept.cadence)));
        args.push(("kept", Word::Kept(kept)));
        let msg = match kept.last {
            Some(last) => {
                args.push(("last", Word::Day(last)));
                Said::new("warning-cadence-slipped", args)
            }
            None => Said::new("warning-cadence-never-held", args),
        };
        out.push(about(WarningKind::CadenceSlipped, EntryKind::Task, &t.id, msg));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TaskStatus;

    fn day(s: &str) -> Day {
        s.parse().unwrap()
    }

    fn task(cadence: Cadence, held: &[&str]) -> Task {
        Task {
            title: "call".into(),
            cadence: Some(cadence),
            status: Some(TaskStatus::Active),
            held: held.iter().map(|d| day(d)).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn cadence_kept_counts_held_dates_against_the_periods_since_the_workshop() {
        let weekly = task(Cadence::Weekly, &["2026-04-30", "2026-05-07", "2026-05-14", "2026-05-28"]);
        let kept = weekly.cadence_kept(day("2026-05-01"), day("2026-05-29")).unwrap();
        assert_eq!((kept.held, kept.asked), (3, 4), "the day before the workshop does not count");
        assert_eq!(kept.words(), "held 3 of 4 weekly times (75%)");
        assert!(!kept.slipped);
        let monthly = task(Cadence::Monthly, &["2026-02-15"]);
        let kept = monthly.cadence_kept(day("2026-01-31"), day("2026-04-30")).unwrap();
        assert_eq!((kept.held, kept.asked), (1, 2), "31 Jan to 30 Apr: two whole months");
        let quarterly = task(Cadence::Quarterly, &[]).cadence_kept(day("2026-01-01"), day("2026-12-31"));
        assert_eq!(quarterly.map(|k| k.asked), Some(3));
        let once = task(Cadence::Once, &["2026-01-05", "2026-01-09"])
            .cadence_kept(day("2026-01-01"), day("2026-03-01"));
        assert_eq!(once.and_then(|k| k.fraction()), Some(1.0), "held more than asked is kept");
    }

    #[test]
    fn nothing_is_asked_before_a_period_passes_and_ongoing_work_asks_for_no_count() {
        let weekly = task(Cadence::Weekly, &[]);
        let kept = weekly.cadence_kept(day("2026-05-01"), day("2026-05-06")).unwrap();
        assert_eq!((kept.asked, kept.fraction()), (0, None));
        assert_eq!(kept.words(), "weekly: nothing asked yet");
        assert_eq!(task(Cadence::Ongoing, &[]).cadence_kept(day("2026-05-01"), day("2026-09-01")), None);
        let before = weekly.cadence_kept(day("2026-05-01"), day("2026-04-01")).unwrap();
        assert_eq!(before.asked, 0, "as of a day before the workshop nothing is asked");
    }

    #[test]
    fn a_task_that_stopped_being_held_slipped_and_a_paused_one_did_not() {
        let fortnightly = task(Cadence::Fortnightly, &["2026-05-13", "2026-05-27", "2026-06-10"]);
        let since = day("2026-05-01");
        assert!(!fortnightly.cadence_kept(since, day("2026-07-07")).unwrap().slipped, "27 days quiet");
        assert!(fortnightly.cadence_kept(since, day("2026-07-09")).unwrap().slipped, "29 days quiet");
        let paused = Task { status: Some(TaskStatus::Paused), ..fortnightly.clone() };
        assert!(!paused.cadence_kept(since, day("2026-09-01")).unwrap().slipped);
        let mut c = Canvas::new("t");
        c.date = Some(since);
        c.add_task(fortnightly);
        c.add_task(task(Cadence::Weekly, &[]));
        let found = slipped_cadences(&c, day("2026-07-09"));
        assert_eq!(found.len(), 2);
        assert_eq!(
            found[0].message,
            "T1 \"call\" is fortnightly but last held 2026-06-10: held 3 of 4 fortnightly times (75%) since the workshop"
        );
        assert!(
            found[1].message.contains("but never held: held 0 of 9 weekly times (0%)"),
            "{}",
            found[1].message
        );
        assert!(
            slipped_cadences(&Canvas { date: None, ..c }, day("2026-07-09")).is_empty(),
            "no workshop date"
        );
    }
}
