//! What the views need that costs a pass over the canvas, worked out once per change instead of
//! once per frame, so that drawing costs the same whatever the canvas size.

use std::collections::HashMap;

use crate::model::{
    Canvas, Day, EntryKind, Phase, PhaseCoverage, Quadrant, Warning, coverage, least_supported,
    review_schedule, warnings,
};

/// Derived facts about a canvas, refreshed after every change.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Derived {
    /// The warnings of the Review section.
    pub warnings: Vec<Warning>,
    /// Stakeholder names by id.
    pub names: HashMap<String, String>,
    /// Total dots per section, in `EntryKind` order.
    pub dots: [u64; 4],
    /// Stakeholder indices per quadrant (in `Quadrant` order), and the unrated ones last.
    pub quadrants: [Vec<usize>; 5],
    /// The phases × sections matrix.
    pub coverage: Vec<(Phase, PhaseCoverage)>,
    /// Loop reviews: (action index, date, overdue), overdue first.
    pub schedule: Vec<(usize, Day, bool)>,
    /// The items with the fewest dots: (kind, index, votes).
    pub least: Vec<(EntryKind, usize, u32)>,
    /// The relationships touching each stakeholder (by id), in canvas order: the map's neighbours.
    pub links: HashMap<String, Vec<usize>>,
    /// The Review's value scorecard: a line per value driver, its actions' ids and progress.
    pub scorecard: Vec<(String, String)>,
    /// The value drivers the room asked for that no live action serves.
    pub unserved: Vec<crate::model::Driver>,
    /// Who stands in each cell of the power/interest field: `field[power - 1][interest - 1]`.
    pub field: [[Vec<usize>; 5]; 5],
}

fn quadrant_slot(q: Option<Quadrant>) -> usize {
    match q {
        Some(Quadrant::ManageClosely) => 0,
        Some(Quadrant::KeepSatisfied) => 1,
        Some(Quadrant::KeepInformed) => 2,
        Some(Quadrant::Monitor) => 3,
        None => 4,
    }
}

impl Derived {
    /// Works everything out for a canvas as of `today`.
    pub fn of(c: &Canvas, today: Day) -> Derived {
        let names: HashMap<String, String> =
            c.stakeholders.iter().map(|s| (s.id.clone(), s.name.clone())).collect();
        let mut quadrants: [Vec<usize>; 5] = Default::default();
        for (i, s) in c.stakeholders.iter().enumerate() {
            quadrants[quadrant_slot(s.quadrant())].push(i);
        }
        let dots = [
            0,
            0,
            c.tasks.iter().map(|t| u64::from(t.votes)).sum(),
            c.actions.iter().map(|a| u64::from(a.votes)).sum(),
        ];
        let index = |kind, id: &str| c.index_of(kind, id);
        let action_at: HashMap<&str, usize> =
            c.actions.iter().enumerate().map(|(i, a)| (a.id.as_str(), i)).collect();
        let schedule = review_schedule(c, today)
            .into_iter()
            .filter_map(|r| Some((*action_at.get(r.action.id.as_str())?, r.date, r.overdue)))
            .collect();
        let least = least_supported(c, 3)
            .into_iter()
            .filter_map(|(kind, id, _, votes)| Some((kind, index(kind, id)?, votes)))
            .collect();
        let mut links: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, r) in c.relationships.iter().enumerate() {
            links.entry(r.from.clone()).or_default().push(i);
            if r.to != r.from {
                links.entry(r.to.clone()).or_default().push(i);
            }
        }
        Derived {
            field: field_cells(c),
            scorecard: score_lines(c),
            unserved: crate::model::unserved_drivers(c),
            warnings: warnings(c, today),
            names,
            dots,
            quadrants,
            coverage: coverage(c).to_vec(),
            schedule,
            least,
            links,
        }
    }

    /// A stakeholder's name, or the bare id when it is gone.
    pub fn name<'a>(&'a self, id: &'a str) -> &'a str {
        self.names.get(id).map_or(id, String::as_str)
    }

    /// What people call an entry: its name or title, or "from → to" for a relationship (see
    /// [`arrow`]).
    pub fn label(&self, c: &Canvas, kind: EntryKind, index: usize) -> String {
        match kind {
            EntryKind::Relationship => c
                .relationships
                .get(index)
                .map(|r| format!("{} {} {}", self.name(&r.from), arrow(r.direction), self.name(&r.to)))
                .unwrap_or_default(),
            _ => c.label_at(kind, index),
        }
    }
}

/// A relationship's direction as every screen writes it — list, map list, projector, form:
/// `→` one-way, `↔` two-way, `—` not set yet (neither arrow, so nothing is claimed).
pub fn arrow(direction: Option<crate::model::Direction>) -> &'static str {
    match direction {
        Some(crate::model::Direction::OneWay) => "→",
        Some(crate::model::Direction::TwoWay) => "↔",
        None => "—",
    }
}

/// How many actions a scorecard line names before it counts the rest.
const SCORED: usize = 12;

/// The scorecard's lines for the Review: the driver, then each action's id and progress.
fn score_lines(c: &Canvas) -> Vec<(String, String)> {
    crate::model::scorecard(c)
        .iter()
        .map(|g| {
            let driver = g.driver.map_or("no driver", |d| d.label()).to_string();
            let mut words: Vec<String> = g.rows.iter().take(SCORED).map(score_word).collect();
            if g.rows.len() > SCORED {
                words.push(format!("+{} more", g.rows.len() - SCORED));
            }
            (driver, words.join("  "))
        })
        .collect()
}

/// One action on the Review's scorecard: its id, its progress and a mark when its loop is closed.
fn score_word(r: &crate::model::ScoreRow) -> String {
    let closed = if r.action.loop_state == Some(crate::model::LoopState::Closed) { " ✓" } else { "" };
    let progress = match r.measured {
        Some(crate::model::Measured::Numeric(p)) => format!(" {}%", p.percent()),
        Some(crate::model::Measured::NotNumeric) => " measured".into(),
        Some(crate::model::Measured::NoReading) => " –".into(),
        None => " no indicator".into(),
    };
    format!("{}{progress}{closed}", r.action.id)
}

/// Who stands in each cell of the field: `cells[power - 1][interest - 1]` holds stakeholder indices.
fn field_cells(c: &Canvas) -> [[Vec<usize>; 5]; 5] {
    let mut cells: [[Vec<usize>; 5]; 5] = Default::default();
    for (i, p) in c.stakeholders.iter().enumerate() {
        if let (Some(power), Some(interest)) = (p.power, p.interest) {
            let (pw, it) = (usize::from(power.clamp(1, 5)) - 1, usize::from(interest.clamp(1, 5)) - 1);
            cells[pw][it].push(i);
        }
    }
    cells
}
