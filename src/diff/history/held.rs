//! Community work that keeps happening, over a canvas's revisions (DESIGN.md §11): each task's
//! cadence kept between one workshop and the next, and the waves drawn month by month from the
//! days the work was held, so a band thins when the work stops, not only at the next revision.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use super::Track;
use crate::model::{Cadence, CadenceKept, Canvas, Day, Task, TaskStatus};

/// A task in one revision: its status, and its cadence kept since the workshop before — or since
/// its first held day when the task first appears in this revision and was first held after
/// that workshop (none in the first revision, for work that does not recur, or for a task neither
/// active nor held).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kept {
    /// Its status.
    pub status: Option<TaskStatus>,
    /// Held dates against what the cadence asked, from the previous workshop (or the task's
    /// first held day, when it is new and was first held later) to this one.
    pub kept: Option<CadenceKept>,
}

/// Follows each task across the revisions, with its cadence kept between workshops.
pub fn tasks(revisions: &[(String, &Canvas)]) -> Vec<Track<Kept>> {
    let n = revisions.len();
    let mut at: HashMap<String, usize> = HashMap::new();
    let mut out: Vec<Track<Kept>> = Vec::new();
    for (r, (_, c)) in revisions.iter().enumerate() {
        let since = r.checked_sub(1).and_then(|p| revisions[p].1.date);
        for t in c.tasks.iter() {
            let new = !at.contains_key(&t.id);
            let i = *at.entry(t.id.clone()).or_insert_with(|| {
                out.push(Track { id: t.id.clone(), label: String::new(), steps: vec![None; n] });
                out.len() - 1
            });
            // Only recurring work asks for a count; a task neither active nor held asked for none.
            // A task new in this revision is not asked for the weeks before it was first held.
            let kept = match (since, c.date, period(t.cadence)) {
                (Some(since), Some(now), Some(_)) => {
                    let since = if new { since.max(t.kept_from(now)) } else { since };
                    t.cadence_kept_between(since, now).filter(|k| t.is_ongoing() || k.held > 0)
                }
                _ => None,
            };
            out[i].label = t.title.clone();
            out[i].steps[r] = Some(Kept { status: t.status, kept });
        }
    }
    out
}

/// One month of the waves between workshops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Month {
    /// The month's first day.
    pub start: Day,
    /// Ongoing work per phase in that month, in `Phase::ALL` order: tasks held in it (or within
    /// their cadence's period before its end), whichever revision lists them; tasks with no held
    /// day ever recorded that were active in the revision then in force; and that revision's
    /// ongoing actions.
    pub work: [usize; 4],
}

/// The days a period of a recurring cadence may last without the work being missed; `None` for
/// once and ongoing work, which ask for no count.
fn period(cadence: Option<Cadence>) -> Option<i64> {
    match cadence? {
        Cadence::Weekly => Some(7),
        Cadence::Fortnightly => Some(14),
        Cadence::Monthly => Some(31),
        Cadence::Quarterly => Some(92),
        Cadence::Once | Cadence::Ongoing => None,
    }
}

fn days_before(d: Day, n: i64) -> Day {
    let (y, m, day) = d.ymd();
    jiff::civil::Date::new(y, m, day)
        .ok()
        .and_then(|c| c.checked_sub(jiff::Span::new().days(n)).ok())
        .map_or(d, Day::from_civil)
}

fn first_of_month(d: Day) -> Day {
    let (y, m, _) = d.ymd();
    Day::new(y, m, 1).unwrap_or(d)
}

fn next_month(d: Day) -> Day {
    let (y, m, _) = d.ymd();
    if m == 12 { Day::new(y + 1, 1, 1) } else { Day::new(y, m + 1, 1) }.unwrap_or(d)
}

/// The waves month by month from the first workshop's month to the last's (nothing when fewer
/// than two revisions have a date). Held dates are gathered from every revision, so a later file
/// fills in what happened before it.
pub fn monthly(revisions: &[(String, &Canvas)]) -> Vec<Month> {
    let dated: Vec<(Day, &Canvas)> = revisions.iter().filter_map(|(_, c)| Some((c.date?, *c))).collect();
    let (Some(first), Some(last)) = (dated.first(), dated.last()) else { return Vec::new() };
    if dated.len() < 2 || first.0 >= last.0 {
        return Vec::new();
    }
    // Every task any revision lists, as the latest lists it, with its held days from all of them.
    let mut held: HashMap<&str, BTreeSet<Day>> = HashMap::new();
    let mut latest: BTreeMap<&str, &Task> = BTreeMap::new();
    for (_, c) in &dated {
        for t in c.tasks.iter() {
            held.entry(t.id.as_str()).or_default().extend(t.held.iter().copied());
            latest.insert(t.id.as_str(), t);
        }
    }
    let mut out = Vec::new();
    let mut start = first_of_month(first.0);
    while start <= last.0 {
        let end = next_month(start);
        // The revision in force: the latest held by the month's end (the first before that).
        let c = dated.iter().rev().find(|(d, _)| *d < end).map_or(first.1, |(_, c)| *c);
        let mut work = [0usize; 4];
        // The revision in force's tasks as it lists them; then the tasks only other revisions
        // list, counted in the months they were held.
        let listed: HashSet<&str> = c.tasks.iter().map(|t| t.id.as_str()).collect();
        let others = latest.iter().filter(|(id, _)| !listed.contains(*id)).map(|(_, t)| (*t, false));
        for (t, in_force) in c.tasks.iter().map(|t| (t, true)).chain(others) {
            let Some(phase) = t.phase else { continue };
            let days = held.get(t.id.as_str());
            let active = in_force && t.is_ongoing();
            let on = match (days.filter(|d| !d.is_empty()), period(t.cadence)) {
                // Held in the month, or recently enough for its cadence at the month's end.
                (Some(days), Some(p)) => {
                    let from = days_before(end, p + 1);
                    days.range(from.min(start)..end).next().is_some()
                }
                (Some(days), None) => days.range(start..end).next().is_some() || active,
                (None, _) => active,
            };
            work[phase as usize] += usize::from(on);
        }
        for a in c.actions.iter().filter(|a| a.is_ongoing()) {
            if let Some(p) = a.phase {
                work[p as usize] += 1;
            }
        }
        out.push(Month { start, work });
        start = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, ActionStatus, Phase};

    fn day(s: &str) -> Day {
        s.parse().unwrap()
    }

    fn revision(n: u32, date: &str, held: &[&str]) -> Canvas {
        let mut c = Canvas::new("c");
        (c.revision, c.date) = (n, Some(day(date)));
        c.add_task(Task {
            title: "call".into(),
            phase: Some(Phase::Connect),
            cadence: Some(Cadence::Weekly),
            status: Some(TaskStatus::Active),
            held: held.iter().map(|d| day(d)).collect(),
            ..Default::default()
        });
        c.add_task(Task {
            title: "unrecorded".into(),
            phase: Some(Phase::Share),
            status: Some(TaskStatus::Active),
            ..Default::default()
        });
        c.add_action(Action {
            phase: Some(Phase::Solve),
            status: Some(ActionStatus::InProgress),
            ..Default::default()
        });
        c
    }

    #[test]
    fn a_band_thins_in_the_months_the_work_was_not_held_and_cadence_kept_counts_between_workshops() {
        let weekly: Vec<String> = (0..10).map(|w| format!("2026-01-{:02}", 1 + w * 3)).collect();
        let mut held: Vec<&str> = weekly.iter().map(String::as_str).collect();
        held.truncate(8);
        held.extend(["2026-05-07", "2026-05-14"]);
        let (r1, r2) = (revision(1, "2026-01-01", &[]), revision(2, "2026-05-20", &held));
        let revisions = [("r1".to_string(), &r1), ("r2".to_string(), &r2)];
        let months = monthly(&revisions);
        let connect: Vec<usize> = months.iter().map(|m| m.work[0]).collect();
        assert_eq!(connect, [1, 0, 0, 0, 1], "held in January, quiet February to April, back in May");
        assert!(months.iter().all(|m| m.work[1] == 1 && m.work[2] == 1), "no record: the status counts");
        let tracks = tasks(&revisions);
        assert_eq!(tracks[0].steps[0].unwrap().kept, None, "nothing before the first workshop");
        let kept = tracks[0].steps[1].unwrap().kept.unwrap();
        assert_eq!((kept.held, kept.asked), (10, 19), "{kept:?}");
        assert_eq!(tracks[1].steps[1].unwrap().kept, None, "no cadence, no count");
    }

    #[test]
    fn a_task_first_listed_in_a_later_revision_counts_in_the_months_it_was_held() {
        let (r1, mut r3) = (revision(1, "2026-11-18", &[]), revision(3, "2027-05-19", &[]));
        adds_route(&mut r3);
        let revisions = [("r1".to_string(), &r1), ("r3".to_string(), &r3)];
        let solve: Vec<(String, usize)> =
            monthly(&revisions).iter().map(|m| (m.start.to_string()[..7].to_string(), m.work[2])).collect();
        let want = [
            ("2026-11", 1),
            ("2026-12", 1),
            ("2027-01", 2),
            ("2027-02", 2),
            ("2027-03", 2),
            ("2027-04", 1),
            ("2027-05", 1),
        ];
        assert_eq!(solve, want.map(|(m, n)| (m.to_string(), n)), "the action, and the new task while held");
        let route = tasks(&revisions).into_iter().find(|t| t.label == "route").unwrap();
        let kept = route.steps[1].unwrap().kept.unwrap();
        assert_eq!(
            (kept.since, kept.held, kept.asked, kept.slipped),
            (day("2027-01-13"), 9, 18, true),
            "asked from its first held day, not from the workshop before"
        );
    }

    /// A weekly Solve task held from 13 January to 10 March 2027, first listed in `c`.
    fn adds_route(c: &mut Canvas) {
        let held = ["01-13", "01-20", "01-27", "02-03", "02-10", "02-17", "02-24", "03-03", "03-10"]
            .map(|d| day(&format!("2027-{d}")))
            .to_vec();
        c.add_task(Task {
            title: "route".into(),
            phase: Some(Phase::Solve),
            cadence: Some(Cadence::Weekly),
            status: Some(TaskStatus::Active),
            held,
            ..Default::default()
        });
    }
}
