//! Follow-up across a portfolio: the latest revision of each canvas, and the due dates and loop
//! reviews of its actions, overdue first (DESIGN.md §6 `cvc reviews`, §11).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::{Action, ActionStatus, Canvas, Day};

/// Which date of an action a follow-up is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DateKind {
    /// The day the action is due.
    Due,
    /// The day its loop is reviewed.
    Review,
}

impl DateKind {
    /// The word people read, and the last part of a calendar event's UID: `due`, `review`.
    pub fn word(self) -> &'static str {
        match self {
            DateKind::Due => "due",
            DateKind::Review => "review",
        }
    }
}

/// One dated thing to follow up: an action's due date or loop review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUp<'a> {
    /// The file the canvas was read from.
    pub file: &'a Path,
    /// The canvas.
    pub canvas: &'a Canvas,
    /// The action.
    pub action: &'a Action,
    /// Which of its dates.
    pub kind: DateKind,
    /// The date.
    pub date: Day,
    /// Whether the date has passed.
    pub overdue: bool,
}

impl FollowUp<'_> {
    /// Whether it still needs doing: the loop is not closed, the action not dropped, and a due
    /// date's action is not done.
    pub fn is_open(&self) -> bool {
        let a = self.action;
        let done_by_its_due_date = self.kind == DateKind::Due && a.status == Some(ActionStatus::Done);
        a.loop_pending() && !done_by_its_due_date
    }
}

/// Every due date and loop review of a canvas's actions, in action order, due before review.
pub fn dates<'a>(file: &'a Path, canvas: &'a Canvas, today: Day) -> Vec<FollowUp<'a>> {
    let mut out = Vec::new();
    for action in &canvas.actions {
        for (kind, date) in [(DateKind::Due, action.due), (DateKind::Review, action.review)] {
            if let Some(date) = date {
                out.push(FollowUp { file, canvas, action, kind, date, overdue: date < today });
            }
        }
    }
    out
}

/// What keeps a canvas's follow-up from happening, dated or not (DESIGN.md §11: `reviews`
/// misses nothing due).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GapKind {
    /// An action whose loop is still to review, with no date that would bring it up: no review
    /// date, and no due date still open.
    Undated,
    /// An action whose loop is still to review, with nobody to close it.
    Unowned,
    /// A relationship still broken.
    Broken,
}

impl GapKind {
    /// The word scripts read: `undated`, `unowned`, `broken`.
    pub fn word(self) -> &'static str {
        match self {
            GapKind::Undated => "undated",
            GapKind::Unowned => "unowned",
            GapKind::Broken => "broken",
        }
    }

    /// What is missing, for people: `no date`, `no owner`, `broken`.
    pub fn words(self) -> &'static str {
        match self {
            GapKind::Undated => "no date",
            GapKind::Unowned => "no owner",
            GapKind::Broken => "broken",
        }
    }
}

/// One undated or unowned action, or one broken relationship, in a canvas of the portfolio.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap<'a> {
    /// The file the canvas was read from.
    pub file: &'a Path,
    /// The canvas.
    pub canvas: &'a Canvas,
    /// What is missing.
    pub kind: GapKind,
    /// The entry's id (`A3`, `R2`).
    pub id: &'a str,
    /// The action's title, or the relationship as `From – To`.
    pub title: String,
    /// The action's owner (empty for a relationship).
    pub owner: &'a str,
}

/// The undated and unowned actions whose loop is still to review, then the broken
/// relationships, in list order.
pub fn gaps<'a>(file: &'a Path, canvas: &'a Canvas, today: Day) -> Vec<Gap<'a>> {
    let mut out = Vec::new();
    let dated: std::collections::HashSet<&str> =
        dates(file, canvas, today).iter().filter(|f| f.is_open()).map(|f| f.action.id.as_str()).collect();
    for a in canvas.actions.iter().filter(|a| a.loop_pending()) {
        let gap = |kind| Gap { file, canvas, kind, id: &a.id, title: a.title.clone(), owner: &a.owner };
        if !dated.contains(a.id.as_str()) {
            out.push(gap(GapKind::Undated));
        }
        if a.owner.trim().is_empty() {
            out.push(gap(GapKind::Unowned));
        }
    }
    let names = canvas.names();
    for r in canvas.relationships.iter().filter(|r| r.health == Some(super::Health::Broken)) {
        let title = format!("{} – {}", names.of(&r.from), names.of(&r.to));
        out.push(Gap { file, canvas, kind: GapKind::Broken, id: &r.id, title, owner: "" });
    }
    out
}

/// The next revisit of a canvas: six months after its workshop (the month's last day when it is
/// shorter), DESIGN.md §11.
pub fn revisit_day(workshop: Day) -> Option<Day> {
    let (y, m, d) = workshop.ymd();
    let date = jiff::civil::Date::new(y, m, d).ok()?;
    date.checked_add(jiff::Span::new().months(6)).ok().map(Day::from_civil)
}

/// A canvas's next revisit: the follow-up workshop six months after its latest revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revisit<'a> {
    /// The file the canvas was read from.
    pub file: &'a Path,
    /// The canvas (its latest revision).
    pub canvas: &'a Canvas,
    /// When the revisit is due.
    pub date: Day,
    /// Whether it has passed: the latest revision is older than six months.
    pub overdue: bool,
}

/// The canvases of a portfolio, one per canvas id: the latest revision seen of each.
#[derive(Debug, Default)]
pub struct Portfolio {
    /// Where each canvas id's latest revision is in `canvases`.
    by_id: HashMap<String, usize>,
    /// The latest revision of each canvas id, with its file, in the order first seen.
    canvases: Vec<(PathBuf, Canvas)>,
}

impl Portfolio {
    /// An empty portfolio.
    pub fn new() -> Portfolio {
        Portfolio::default()
    }

    /// Takes a canvas read from `file`: it replaces an earlier revision of its id (or one of the
    /// same revision and an earlier date), and is dropped if a later one is already held. A canvas
    /// without an id stands alone.
    pub fn add(&mut self, file: PathBuf, canvas: Canvas) {
        if canvas.id.is_empty() {
            self.canvases.push((file, canvas));
            return;
        }
        match self.by_id.get(&canvas.id) {
            Some(&at) => {
                let held = &self.canvases[at].1;
                if (canvas.revision, canvas.date) >= (held.revision, held.date) {
                    self.canvases[at] = (file, canvas);
                }
            }
            None => {
                self.by_id.insert(canvas.id.clone(), self.canvases.len());
                self.canvases.push((file, canvas));
            }
        }
    }

    /// The canvases held, each with its file.
    pub fn canvases(&self) -> &[(PathBuf, Canvas)] {
        &self.canvases
    }

    /// Every canvas's next revisit dated on or before `until` when given, overdue first, then by
    /// date; a canvas without a workshop date has none.
    pub fn revisits(&self, today: Day, until: Option<Day>) -> Vec<Revisit<'_>> {
        let mut out: Vec<Revisit> = self
            .canvases
            .iter()
            .filter_map(|(file, canvas)| {
                let date = revisit_day(canvas.date?)?;
                Some(Revisit { file, canvas, date, overdue: date < today })
            })
            .filter(|r| until.is_none_or(|u| r.date <= u))
            .collect();
        out.sort_by_key(|r| (!r.overdue, r.date));
        out
    }

    /// Every canvas's undated and unowned actions and broken relationships, canvas by canvas.
    pub fn gaps(&self, today: Day) -> Vec<Gap<'_>> {
        self.canvases.iter().flat_map(|(file, c)| gaps(file, c, today)).collect()
    }

    /// What is still to follow up, dated on or before `until` when given: overdue first, then by
    /// date, then by organisation, canvas, action and due before review.
    pub fn follow_ups(&self, today: Day, until: Option<Day>) -> Vec<FollowUp<'_>> {
        let mut out: Vec<FollowUp> = self
            .canvases
            .iter()
            .flat_map(|(file, c)| dates(file, c, today))
            .filter(|f| f.is_open() && until.is_none_or(|u| f.date <= u))
            .collect();
        out.sort_by(|a, b| {
            let key = |f: &FollowUp<'_>| (!f.overdue, f.date);
            key(a)
                .cmp(&key(b))
                .then_with(|| a.canvas.organisation.cmp(&b.canvas.organisation))
                .then_with(|| a.canvas.title.cmp(&b.canvas.title))
                .then_with(|| a.action.id.cmp(&b.action.id))
                .then_with(|| a.kind.cmp(&b.kind))
        });
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LoopState;

    fn day(s: &str) -> Day {
        s.parse().unwrap()
    }

    fn canvas(id: &str, revision: u32, actions: Vec<Action>) -> Canvas {
        let mut c = Canvas::new(&format!("{id} r{revision}"));
        (c.id, c.revision) = (id.into(), revision);
        for a in actions {
            c.add_action(a);
        }
        c
    }

    fn act(due: &str, review: &str, status: Option<ActionStatus>, loop_state: Option<LoopState>) -> Action {
        let at = |s: &str| (!s.is_empty()).then(|| day(s));
        Action {
            title: "x".into(),
            due: at(due),
            review: at(review),
            status,
            loop_state,
            ..Default::default()
        }
    }

    #[test]
    fn undated_and_unowned_loops_and_broken_relationships_are_gaps_and_settled_ones_are_not() {
        use ActionStatus::*;
        let mut c = canvas(
            "a",
            1,
            vec![
                act("", "", Some(InProgress), Some(LoopState::Open)),
                act("2026-01-01", "", Some(Done), Some(LoopState::Measured)),
                act("2026-01-01", "", Some(Committed), None),
                act("", "", Some(Dropped), None),
                act("", "", Some(Done), Some(LoopState::Closed)),
                act("", "2027-01-01", None, None),
            ],
        );
        for i in [0, 1, 5] {
            c.actions[i].owner = "Sam".into();
        }
        c.add_stakeholder(crate::model::Stakeholder { name: "Desk".into(), ..Default::default() });
        c.add_stakeholder(crate::model::Stakeholder { name: "Field".into(), ..Default::default() });
        for health in [crate::model::Health::Broken, crate::model::Health::AtRisk] {
            c.add_relationship(crate::model::Relationship {
                from: "S1".into(),
                to: "S2".into(),
                health: Some(health),
                ..Default::default()
            });
        }
        let found: Vec<(&str, &str)> =
            gaps(Path::new("a.ron"), &c, day("2026-06-01")).iter().map(|g| (g.id, g.kind.word())).collect();
        assert_eq!(
            found,
            [("A1", "undated"), ("A2", "undated"), ("A3", "unowned"), ("R1", "broken")],
            "A2 is done with its loop open and no review date; A3 is due and nobody owns it"
        );
    }

    #[test]
    fn a_canvas_is_revisited_six_months_after_its_workshop_and_overdue_after_that() {
        assert_eq!(revisit_day(day("2026-08-31")), Some(day("2027-02-28")), "the month's last day");
        let mut p = Portfolio::new();
        let mut c = canvas("a", 1, vec![]);
        c.date = Some(day("2026-05-20"));
        p.add("a.ron".into(), c);
        p.add("b.ron".into(), canvas("b", 1, vec![]));
        let r = p.revisits(day("2026-11-20"), None);
        assert_eq!((r.len(), r[0].date, r[0].overdue), (1, day("2026-11-20"), false), "no date, no revisit");
        assert!(p.revisits(day("2026-11-21"), None)[0].overdue, "older than six months");
        assert!(p.revisits(day("2026-06-01"), Some(day("2026-10-01"))).is_empty(), "after --until");
    }

    #[test]
    fn only_the_latest_revision_of_each_canvas_counts() {
        let mut p = Portfolio::new();
        p.add("b2.ron".into(), canvas("b", 2, vec![]));
        p.add("a1.ron".into(), canvas("a", 1, vec![]));
        p.add("b1.ron".into(), canvas("b", 1, vec![]));
        p.add("a3.ron".into(), canvas("a", 3, vec![]));
        p.add("loose.ron".into(), canvas("", 1, vec![]));
        p.add("loose2.ron".into(), canvas("", 1, vec![]));
        let files: Vec<_> = p.canvases().iter().map(|(f, c)| (f.to_str().unwrap(), c.revision)).collect();
        assert_eq!(files, [("b2.ron", 2), ("a3.ron", 3), ("loose.ron", 1), ("loose2.ron", 1)]);
    }

    #[test]
    fn open_dates_sort_overdue_first_then_by_date_and_settled_ones_leave() {
        use ActionStatus::*;
        let mut p = Portfolio::new();
        p.add(
            "a.ron".into(),
            canvas(
                "a",
                1,
                vec![
                    act("2026-12-01", "2027-01-10", Some(InProgress), Some(LoopState::Open)),
                    act("2026-05-01", "2026-06-01", Some(Done), Some(LoopState::Measured)),
                    act("2026-05-01", "2026-06-01", Some(Dropped), None),
                    act("2026-04-01", "2026-07-01", Some(Done), Some(LoopState::Closed)),
                    act("", "2026-11-30", None, None),
                ],
            ),
        );
        let today = day("2026-11-25");
        let got = |until| -> Vec<(String, &str, bool)> {
            p.follow_ups(today, until)
                .iter()
                .map(|f| (format!("{} {}", f.action.id, f.date), f.kind.word(), f.overdue))
                .collect()
        };
        assert_eq!(
            got(None),
            [
                ("A2 2026-06-01".to_string(), "review", true),
                ("A5 2026-11-30".to_string(), "review", false),
                ("A1 2026-12-01".to_string(), "due", false),
                ("A1 2027-01-10".to_string(), "review", false),
            ]
        );
        assert_eq!(got(Some(day("2026-11-30"))).len(), 2, "until is inclusive");
    }
}
