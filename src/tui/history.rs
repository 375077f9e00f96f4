//! Undo and redo: every change back to the start of the session.
//!
//! A step keeps the canvas as it was. The canvas's entry lists share structure, so a step costs
//! what the change touched (the changed entry and the path to it), not a copy of the canvas.
//! Steps are forgotten oldest first beyond a budget of bytes.

use crate::model::Canvas;

/// A canvas as it was, where the user was looking, and what the change that followed did.
#[derive(Debug, Clone)]
pub(crate) struct Snapshot<P> {
    /// The canvas.
    pub(crate) canvas: Canvas,
    /// Where the view was (section and selection).
    pub(crate) place: P,
    /// What the change did, for the status line ("added S12 \"Field engineers\"").
    pub(crate) label: String,
    /// The save generation the canvas had.
    pub(crate) generation: u64,
    /// About how many bytes the step keeps alive.
    pub(crate) cost: usize,
}

/// The undo and redo stacks.
#[derive(Debug, Clone)]
pub struct UndoHistory<P> {
    undo: Vec<Snapshot<P>>,
    redo: Vec<Snapshot<P>>,
    /// The bytes the undo stack keeps, as estimated by the steps.
    bytes: usize,
}

impl<P> Default for UndoHistory<P> {
    fn default() -> Self {
        UndoHistory { undo: Vec::new(), redo: Vec::new(), bytes: 0 }
    }
}

/// How many bytes of history are kept before the oldest steps are forgotten.
pub(crate) const BYTE_BUDGET: usize = 64 * 1024 * 1024;

/// About what a step keeps alive: the path to the changed entries of each list that changed,
/// plus a pointer per entry for a list that was rebuilt (`rebuilt` entries, when sorted).
pub(crate) fn step_cost(before: &Canvas, after: &Canvas, rebuilt: usize) -> usize {
    const PATH: usize = 4 * 1024;
    let changed = [
        before.stakeholders.same_as(&after.stakeholders),
        before.relationships.same_as(&after.relationships),
        before.tasks.same_as(&after.tasks),
        before.actions.same_as(&after.actions),
    ]
    .iter()
    .filter(|same| !**same)
    .count();
    256 + before.context.goal.len() + before.agenda.len() * 64 + changed * PATH + rebuilt * 16
}

impl<P> UndoHistory<P> {
    /// Remembers the state before a change; a new change forgets what was undone.
    pub(crate) fn record(&mut self, before: Snapshot<P>) {
        self.bytes += before.cost;
        self.undo.push(before);
        self.redo.clear();
        while self.bytes > BYTE_BUDGET && self.undo.len() > 1 {
            self.bytes -= self.undo.remove(0).cost;
        }
    }

    /// Steps back: returns the state to restore, and keeps `now` for redo.
    pub(crate) fn undo(&mut self, now: Snapshot<P>) -> Option<Snapshot<P>> {
        let back = self.undo.pop()?;
        self.bytes -= back.cost;
        self.redo.push(now);
        Some(back)
    }

    /// Steps forward again after an undo.
    pub(crate) fn redo(&mut self, now: Snapshot<P>) -> Option<Snapshot<P>> {
        let forward = self.redo.pop()?;
        self.bytes += now.cost;
        self.undo.push(now);
        Some(forward)
    }

    /// What the step that undo would take back did.
    pub(crate) fn peek_undo(&self) -> Option<&str> {
        self.undo.last().map(|s| s.label.as_str())
    }

    /// Where the step that undo would take back was made.
    pub(crate) fn peek_undo_place(&self) -> Option<&P> {
        self.undo.last().map(|s| &s.place)
    }

    /// Where the step that redo would bring back was made.
    pub(crate) fn peek_redo_place(&self) -> Option<&P> {
        self.redo.last().map(|s| &s.place)
    }

    /// What the step that redo would bring back did.
    pub(crate) fn peek_redo(&self) -> Option<&str> {
        self.redo.last().map(|s| s.label.as_str())
    }

    /// How many steps can be undone.
    pub fn depth(&self) -> usize {
        self.undo.len()
    }

    /// What the steps made after save generation `generation` did, oldest first.
    pub(crate) fn labels_since(&self, generation: u64) -> Vec<String> {
        self.undo.iter().filter(|s| s.generation >= generation).map(|s| s.label.clone()).collect()
    }

    /// Forgets everything (after a reload from disk).
    pub(crate) fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
        self.bytes = 0;
    }
}
