//! Community work that keeps happening (DESIGN.md §11): a task's held dates against what its
//! cadence asks, and the tasks whose cadence slipped.
//!
//! The stretch counted: between revisions (`cvc history`), from the workshop before — or from the
//! task's first held day when it came later. In one canvas, which does not know the workshop
//! before, from the start of the task's record: its first held day, or the workshop when it was
//! never held before it. Up to the day counted from (`as_of`). A task slipped when it is active
//! and recurring and has gone more than two of its periods without being held up to that day,
//! however long ago its last held day was.

use super::{Said, Warning, WarningKind, Word, about, entry};
use crate::i18n::{Label, Tr};
use crate::model::{Cadence, Canvas, Day, EntryKind, Language, Task, TaskStatus};

/// How well a task kept its cadence over a stretch of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CadenceKept {
    /// The cadence counted against.
    pub cadence: Cadence,
    /// The stretch's first day.
    pub since: Day,
    /// The days it was held in the stretch (a one-off task stopped as done counts held once).
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

    /// In words: `held 18 of 25 weekly times (72%)`, `weekly: nothing asked yet`; a one-off task
    /// is `done once` or `once: not done yet`.
    pub fn words(&self) -> String {
        self.words_in(Tr::new(Language::En))
    }

    /// [`CadenceKept::words`] in `tr`'s language: `tenue 18 fois sur 25 (chaque semaine, 72 %)`.
    pub fn words_in(&self, tr: Tr) -> String {
        let cadence = tr.get(self.cadence.key());
        match self.fraction() {
            _ if self.cadence == Cadence::Once && self.held > 0 => tr.get("cadence-done-once"),
            Some(_) if self.cadence == Cadence::Once => tr.get("cadence-once-not-done"),
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
    /// The first day its cadence is counted from in one canvas: its first held day, or
    /// `workshop` (the canvas's date) when it was not held before it.
    pub fn kept_from(&self, workshop: Day) -> Day {
        self.held.iter().min().map_or(workshop, |first| (*first).min(workshop))
    }

    /// Its cadence kept in one canvas whose workshop was on `workshop`: from [`Task::kept_from`]
    /// to `as_of` ([`Task::cadence_kept_between`]).
    pub fn cadence_kept(&self, workshop: Day, as_of: Day) -> Option<CadenceKept> {
        self.cadence_kept_between(self.kept_from(workshop), as_of)
    }

    /// The task's held dates from `since` to `as_of`, both included, against what its cadence
    /// asks in that time; `None` without a cadence, or for `ongoing` work, which asks for no
    /// count. A one-off task stopped (its work done) or held once is kept.
    pub fn cadence_kept_between(&self, since: Day, as_of: Day) -> Option<CadenceKept> {
        let cadence = self.cadence.filter(|c| *c != Cadence::Ongoing)?;
        let days = since.days_until(as_of).max(0);
        let mut held = self.held.iter().filter(|d| (since..=as_of).contains(*d)).count();
        let last = self.held.iter().filter(|d| **d <= as_of).max().copied();
        let asked = match cadence {
            Cadence::Weekly => days / 7,
            Cadence::Fortnightly => days / 14,
            Cadence::Monthly => months_between(since, as_of),
            Cadence::Quarterly => months_between(since, as_of) / 3,
            Cadence::Once => {
                let done = last.is_some() || self.status == Some(TaskStatus::Stopped);
                held = usize::from(done);
                i64::from(days > 0 || done)
            }
            Cadence::Ongoing => 0,
        } as usize;
        // Quiet since the last held day, wherever it falls, or since the stretch began.
        let slipped = period_days(cadence)
            .is_some_and(|period| self.is_ongoing() && last.unwrap_or(since).days_until(as_of) > 2 * period);
        Some(CadenceKept { cadence, since, held, asked, last, slipped })
    }
}

/// Active recurring tasks that went more than two periods without being held up to `as_of`,
/// each with its cadence kept since the start of its record ([`Task::kept_from`]; a canvas
/// without a date counts from `as_of`).
pub fn slipped_cadences(c: &Canvas, as_of: Day) -> Vec<Warning> {
    let workshop = c.date.unwrap_or(as_of);
    let mut out = Vec::new();
    for t in &c.tasks {
        let Some(kept) = t.cadence_kept(workshop, as_of).filter(|k| k.slipped) else { continue };
        let mut args = entry(&t.id, &t.title);
        args.push(("cadence", Word::label(kept.cadence)));
        args.push(("kept", Word::Kept(kept)));
        args.push(("since", Word::Day(kept.since)));
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
        let kept = weekly.cadence_kept_between(day("2026-05-01"), day("2026-05-29")).unwrap();
        assert_eq!((kept.held, kept.asked), (3, 4), "the day before the stretch does not count");
        assert_eq!(kept.words(), "held 3 of 4 weekly times (75%)");
        assert!(!kept.slipped);
        let monthly = task(Cadence::Monthly, &["2026-02-15"]);
        let kept = monthly.cadence_kept_between(day("2026-01-31"), day("2026-04-30")).unwrap();
        assert_eq!((kept.held, kept.asked), (1, 2), "31 Jan to 30 Apr: two whole months");
        let quarterly =
            task(Cadence::Quarterly, &[]).cadence_kept_between(day("2026-01-01"), day("2026-12-31"));
        assert_eq!(quarterly.map(|k| k.asked), Some(3));
        let once = task(Cadence::Once, &["2026-01-05", "2026-01-09"])
            .cadence_kept(day("2026-01-01"), day("2026-03-01"));
        assert_eq!(once.and_then(|k| k.fraction()), Some(1.0), "held more than asked is kept");
        assert_eq!(once.map(|k| k.words()).as_deref(), Some("done once"));
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
            found[0].message(),
            "T1 \"call\" is fortnightly but last held 2026-06-10: held 3 of 4 fortnightly times (75%) since 2026-05-01"
        );
        assert!(
            found[1].message().contains("but never held: held 0 of 9 weekly times (0%) since 2026-05-01"),
            "{}",
            found[1].message()
        );
        let undated = slipped_cadences(&Canvas { date: None, ..c }, day("2026-07-09"));
        assert_eq!(undated.len(), 1, "no workshop date: counted from the first held day");
        assert!(undated[0].message().ends_with("held 3 of 4 fortnightly times (75%) since 2026-05-13"));
    }

    #[test]
    fn work_that_lapsed_before_the_workshop_slipped_at_the_workshop() {
        // acme-2027-05: T2 fortnightly, last held 2027-02-03; the workshop is on 2027-05-19.
        let c = crate::store::load(std::path::Path::new("canvases/acme-2027-05.ron")).unwrap();
        let workshop = c.date.unwrap();
        let kept = |id: &str| {
            let t = c.tasks.iter().find(|t| t.id == id).unwrap();
            t.cadence_kept(workshop, workshop).unwrap()
        };
        let t2 = kept("T2");
        assert_eq!((t2.since, t2.held, t2.asked), (day("2026-06-03"), 16, 25), "{t2:?}");
        assert!(t2.slipped, "quiet 105 days, more than two fortnights");
        let t6 = kept("T6");
        assert_eq!((t6.since, t6.held, t6.asked, t6.slipped), (day("2027-01-13"), 9, 18, true));
        let t1 = kept("T1");
        assert_eq!((t1.held, t1.asked, t1.slipped), (45, 50, false), "held six days before");
        let t5 = kept("T5");
        assert_eq!((t5.held, t5.asked, t5.slipped), (2, 1, false), "quarterly: held in January and April");
        let ids = |c: &Canvas, as_of: &str| -> Vec<String> {
            slipped_cadences(c, day(as_of)).into_iter().filter_map(|w| w.target.map(|t| t.1)).collect()
        };
        assert_eq!(ids(&c, "2027-05-19"), ["T2", "T6"]);
        // Six months later, at the revisit, the new revision is dated that day: still slipped.
        let later = Canvas { date: Some(day("2027-11-20")), ..c.clone() };
        assert_eq!(ids(&later, "2027-11-20"), ["T1", "T2", "T5", "T6"], "nothing held since spring");
    }

    #[test]
    fn a_one_off_task_done_is_kept_and_not_done_is_not() {
        let stopped = Task { status: Some(TaskStatus::Stopped), ..task(Cadence::Once, &[]) };
        let kept = stopped.cadence_kept(day("2027-05-19"), day("2027-08-01")).unwrap();
        assert_eq!((kept.held, kept.asked, kept.fraction()), (1, 1, Some(1.0)), "stopped: done");
        assert_eq!(kept.words(), "done once");
        let at_the_workshop = stopped.cadence_kept(day("2027-05-19"), day("2027-05-19")).unwrap();
        assert_eq!(at_the_workshop.fraction(), Some(1.0), "done before the workshop");
        let held = task(Cadence::Once, &["2027-03-01"]).cadence_kept(day("2027-05-19"), day("2027-05-19"));
        assert_eq!(held.and_then(|k| k.fraction()), Some(1.0), "held once before the workshop");
        let planned = task(Cadence::Once, &[]).cadence_kept(day("2027-05-19"), day("2027-08-01")).unwrap();
        assert_eq!((planned.held, planned.asked, planned.slipped), (0, 1, false));
        assert_eq!(planned.words(), "once: not done yet");
    }
}
