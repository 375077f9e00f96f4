//! What the views need that costs a pass over the canvas, worked out once per change instead of
//! once per frame, so that drawing costs the same whatever the canvas size.

use std::collections::HashMap;
use std::sync::Arc;

mod loops;

pub use loops::{LoopGroup, LoopList, LoopRow, loop_group};

use crate::model::{
    Canvas, CoverageParts, Day, EntryKind, Phase, PhaseCoverage, Quadrant, Warning, WarningsMemo,
    action_cover, coverage_from, least_supported, relationship_cover, review_schedule, same_names,
    task_cover,
};

/// Derived facts about a canvas, refreshed after every change. The large ones are shared, so a
/// change that does not touch them (see [`Deriver`]) keeps them without a copy.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Derived {
    /// The warnings of the Review section.
    pub warnings: Arc<Vec<Warning>>,
    /// Stakeholder names by id.
    pub names: Arc<HashMap<String, String>>,
    /// Total dots per section, in `EntryKind` order.
    pub dots: [u64; 4],
    /// Stakeholder indices per quadrant (in `Quadrant` order), and the unrated ones last.
    pub quadrants: Arc<[Vec<usize>; 5]>,
    /// The phases × sections matrix.
    pub coverage: Vec<(Phase, PhaseCoverage)>,
    /// Loop reviews: (action index, date, overdue), overdue first.
    pub schedule: Arc<Vec<(usize, Day, bool)>>,
    /// The items with the fewest dots: (kind, index, votes).
    pub least: Vec<(EntryKind, usize, u32)>,
    /// The relationships touching each stakeholder (by id), in canvas order: the map's neighbours.
    pub links: Arc<HashMap<String, Vec<usize>>>,
    /// The Review's value scorecard: a line per value driver, its actions' ids and progress.
    pub scorecard: Vec<ScoreLine>,
    /// The value drivers the room asked for that no live action serves.
    pub unserved: Vec<crate::model::Driver>,
    /// Who stands in each cell of the power/interest field: `field[power - 1][interest - 1]`.
    pub field: Arc<[[Vec<usize>; 5]; 5]>,
    /// The loop review's list.
    pub loops: Arc<LoopList>,
}

/// One line of the Review's value scorecard, as facts the view words in the screens' language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoreLine {
    /// The value driver (`None`: the actions with none).
    pub driver: Option<crate::model::Driver>,
    /// Its actions, up to a dozen.
    pub actions: Vec<ScoreMark>,
    /// How many more it has.
    pub more: usize,
}

/// One action on the Review's scorecard: its id, its progress and whether its loop is closed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoreMark {
    /// The action's id.
    pub id: String,
    /// Its progress in percent; `Err` says why there is none.
    pub progress: Result<i64, Unmeasured>,
    /// Whether its loop is closed.
    pub closed: bool,
}

/// Why an action on the scorecard shows no progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unmeasured {
    /// Readings that are not numbers.
    NotNumeric,
    /// No reading yet.
    NoReading,
    /// No indicator.
    NoIndicator,
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

fn names_of(c: &Canvas) -> HashMap<String, String> {
    c.stakeholders.iter().map(|s| (s.id.clone(), s.name.clone())).collect()
}

fn quadrants_of(c: &Canvas) -> [Vec<usize>; 5] {
    let mut quadrants: [Vec<usize>; 5] = Default::default();
    for (i, s) in c.stakeholders.iter().enumerate() {
        quadrants[quadrant_slot(s.quadrant())].push(i);
    }
    quadrants
}

fn dots_of(c: &Canvas) -> [u64; 4] {
    [0, 0, task_dots(c), action_dots(c)]
}

fn task_dots(c: &Canvas) -> u64 {
    c.tasks.iter().map(|t| u64::from(t.votes)).sum()
}

fn action_dots(c: &Canvas) -> u64 {
    c.actions.iter().map(|a| u64::from(a.votes)).sum()
}

fn schedule_of(c: &Canvas, today: Day) -> Vec<(usize, Day, bool)> {
    let action_at: HashMap<&str, usize> =
        c.actions.iter().enumerate().map(|(i, a)| (a.id.as_str(), i)).collect();
    review_schedule(c, today)
        .into_iter()
        .filter_map(|r| Some((*action_at.get(r.action.id.as_str())?, r.date, r.overdue)))
        .collect()
}

fn least_of(c: &Canvas) -> Vec<(EntryKind, usize, u32)> {
    least_supported(c, 3)
        .into_iter()
        .filter_map(|(kind, id, _, votes)| Some((kind, c.index_of(kind, id)?, votes)))
        .collect()
}

fn links_of(c: &Canvas) -> HashMap<String, Vec<usize>> {
    let mut links: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, r) in c.relationships.iter().enumerate() {
        links.entry(r.from.clone()).or_default().push(i);
        if r.to != r.from {
            links.entry(r.to.clone()).or_default().push(i);
        }
    }
    links
}

impl Derived {
    /// Works everything out for a canvas as of `today`.
    pub fn of(c: &Canvas, today: Day) -> Derived {
        Deriver::default().derive(c, today)
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

/// Works derived facts out canvas after canvas, reusing what a change did not touch: an edit to a
/// task does not read the stakeholders, relationships or actions again. Each fact is kept with
/// the version of the sections it was read from (a section's list is replaced by any change to
/// it, and comparing two versions takes constant time); [`Derived::of`] is one call on a new one.
#[derive(Debug, Default)]
pub struct Deriver {
    /// The last canvas worked out, the day it was for, what was found, and the phase coverage's
    /// counts section by section.
    last: Option<(Canvas, Day, Derived, CoverageParts)>,
    warnings: WarningsMemo,
}

impl Deriver {
    /// A deriver that has seen no canvas yet.
    pub fn new() -> Deriver {
        Deriver::default()
    }

    /// The derived facts of `c` as of `today`: what [`Derived::of`] gives, worked out again only
    /// for the sections that changed since the last call.
    pub fn derive(&mut self, c: &Canvas, today: Day) -> Derived {
        let last = self.last.take();
        let parts = match &last {
            Some((o, _, _, p)) => CoverageParts {
                relationships: if o.relationships.same_as(&c.relationships) {
                    p.relationships
                } else {
                    relationship_cover(&c.relationships)
                },
                tasks: if o.tasks.same_as(&c.tasks) { p.tasks } else { task_cover(&c.tasks) },
                actions: if o.actions.same_as(&c.actions) { p.actions } else { action_cover(&c.actions) },
            },
            None => CoverageParts::of(c),
        };
        let cover = coverage_from(&parts);
        let warnings = Arc::new(self.warnings.warnings(c, today, &cover));
        let derived = match last {
            Some((old, day, d, _)) => again(&old, day, d, c, today, warnings, cover),
            None => Derived {
                field: Arc::new(field_cells(c)),
                scorecard: score_lines(c),
                unserved: crate::model::unserved_drivers(c),
                warnings,
                names: Arc::new(names_of(c)),
                dots: dots_of(c),
                quadrants: Arc::new(quadrants_of(c)),
                coverage: cover.to_vec(),
                schedule: Arc::new(schedule_of(c, today)),
                least: least_of(c),
                links: Arc::new(links_of(c)),
                loops: Arc::new(LoopList::of(c, today)),
            },
        };
        self.last = Some((c.clone(), today, derived.clone(), parts));
        derived
    }
}

/// The facts of `c` from those of `o`, the canvas before (as of `day`).
fn again(
    o: &Canvas,
    day: Day,
    d: Derived,
    c: &Canvas,
    today: Day,
    warnings: Arc<Vec<Warning>>,
    cover: [(Phase, PhaseCoverage); 4],
) -> Derived {
    let stakeholders = o.stakeholders.same_as(&c.stakeholders);
    let relationships = o.relationships.same_as(&c.relationships);
    let (tasks, actions) = (o.tasks.same_as(&c.tasks), o.actions.same_as(&c.actions));
    let names = stakeholders || same_names(&o.stakeholders, &c.stakeholders);
    // The scorecard reads the actions, the drivers the room answered and the language.
    let score = actions && o.context == c.context && o.language == c.language;
    Derived {
        field: if stakeholders { d.field } else { Arc::new(field_cells(c)) },
        scorecard: if score { d.scorecard } else { score_lines(c) },
        unserved: if score { d.unserved } else { crate::model::unserved_drivers(c) },
        warnings,
        names: if names { d.names } else { Arc::new(names_of(c)) },
        dots: [
            0,
            0,
            if tasks { d.dots[2] } else { task_dots(c) },
            if actions { d.dots[3] } else { action_dots(c) },
        ],
        quadrants: if stakeholders { d.quadrants } else { Arc::new(quadrants_of(c)) },
        coverage: cover.to_vec(),
        schedule: if actions && day == today { d.schedule } else { Arc::new(schedule_of(c, today)) },
        least: if tasks && actions { d.least } else { least_of(c) },
        links: if relationships { d.links } else { Arc::new(links_of(c)) },
        loops: if d.loops.is_for(c, today) { d.loops } else { Arc::new(LoopList::of(c, today)) },
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
fn score_lines(c: &Canvas) -> Vec<ScoreLine> {
    crate::model::scorecard(c)
        .iter()
        .map(|g| ScoreLine {
            driver: g.driver,
            actions: g.rows.iter().take(SCORED).map(score_mark).collect(),
            more: g.rows.len().saturating_sub(SCORED),
        })
        .collect()
}

/// One action on the Review's scorecard: its id, its progress and whether its loop is closed.
fn score_mark(r: &crate::model::ScoreRow) -> ScoreMark {
    use crate::model::Measured;
    let progress = match r.measured {
        Some(Measured::Numeric(p)) => Ok(p.percent()),
        Some(Measured::NotNumeric) => Err(Unmeasured::NotNumeric),
        Some(Measured::NoReading) => Err(Unmeasured::NoReading),
        None => Err(Unmeasured::NoIndicator),
    };
    let closed = r.action.loop_state == Some(crate::model::LoopState::Closed);
    ScoreMark { id: r.action.id.clone(), progress, closed }
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

#[cfg(test)]
mod tests;
