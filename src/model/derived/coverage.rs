//! The phases × sections matrix: how much work each phase has, counted section by section so an
//! edit counts again only the section it touched.

use crate::model::{Action, Canvas, List, Phase, Relationship, Task};

/// How much work each phase has, per section.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PhaseCoverage {
    /// Relationships that serve the phase.
    pub relationships: usize,
    /// Community management tasks in the phase.
    pub tasks: usize,
    /// Adoption actions in the phase.
    pub actions: usize,
    /// The phase's ongoing work, as the waves count it ([`crate::model::ongoing_work`]): active tasks,
    /// and actions committed or in progress.
    pub ongoing: usize,
}

impl PhaseCoverage {
    /// True when no task or action is in the phase at all.
    pub fn is_empty(&self) -> bool {
        self.tasks == 0 && self.actions == 0
    }

    /// True when no ongoing work keeps the phase alive (no active task, no action under way).
    pub fn lacks_ongoing_work(&self) -> bool {
        self.ongoing == 0
    }
}

/// The phases × sections matrix, one row per phase in order.
pub fn coverage(canvas: &Canvas) -> [(Phase, PhaseCoverage); 4] {
    coverage_from(&CoverageParts::of(canvas))
}

/// The phase coverage's counts section by section, so that a change to one section counts only
/// that section again.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CoverageParts {
    /// Relationships serving each phase.
    pub relationships: [usize; 4],
    /// Tasks in each phase, and those of them that are ongoing work (`Task::is_ongoing`).
    pub tasks: ([usize; 4], [usize; 4]),
    /// Actions in each phase, and those of them that are ongoing work (`Action::is_ongoing`).
    pub actions: ([usize; 4], [usize; 4]),
}

impl CoverageParts {
    /// Every section counted.
    pub fn of(canvas: &Canvas) -> CoverageParts {
        CoverageParts {
            relationships: relationship_cover(&canvas.relationships),
            tasks: task_cover(&canvas.tasks),
            actions: action_cover(&canvas.actions),
        }
    }
}

/// Relationships serving each phase (a relationship listing a phase twice counts once).
pub fn relationship_cover(relationships: &List<Relationship>) -> [usize; 4] {
    let mut rows = [0; 4];
    for r in relationships {
        let mut served = [false; 4];
        for p in &r.phases {
            served[*p as usize] = true;
        }
        for (row, s) in rows.iter_mut().zip(served) {
            *row += usize::from(s);
        }
    }
    rows
}

/// Tasks in each phase, and those of them that are not stopped.
pub fn task_cover(tasks: &List<Task>) -> ([usize; 4], [usize; 4]) {
    let (mut all, mut ongoing) = ([0; 4], [0; 4]);
    for t in tasks {
        if let Some(p) = t.phase {
            all[p as usize] += 1;
            ongoing[p as usize] += usize::from(t.is_ongoing());
        }
    }
    (all, ongoing)
}

/// Actions in each phase, and those of them that are ongoing work.
pub fn action_cover(actions: &List<Action>) -> ([usize; 4], [usize; 4]) {
    let (mut all, mut ongoing) = ([0; 4], [0; 4]);
    for a in actions {
        if let Some(p) = a.phase {
            all[p as usize] += 1;
            ongoing[p as usize] += usize::from(a.is_ongoing());
        }
    }
    (all, ongoing)
}

/// The matrix from the sections' counts.
pub fn coverage_from(parts: &CoverageParts) -> [(Phase, PhaseCoverage); 4] {
    [Phase::Connect, Phase::Share, Phase::Solve, Phase::Innovate].map(|p| {
        let i = p as usize;
        let cover = PhaseCoverage {
            relationships: parts.relationships[i],
            tasks: parts.tasks.0[i],
            actions: parts.actions.0[i],
            // One definition of ongoing work (`waves::ongoing_work`): tasks and actions alike.
            ongoing: parts.tasks.1[i] + parts.actions.1[i],
        };
        (p, cover)
    })
}
