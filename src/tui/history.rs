//! Undo and redo: every change back to the start of the session.

use crate::model::Canvas;

/// A canvas as it was, with where the user was looking.
#[derive(Debug, Clone)]
pub struct Snapshot<P> {
    /// The canvas.
    pub canvas: Canvas,
    /// Where the view was (section and selection).
    pub place: P,
}

/// The undo and redo stacks.
///
/// Each step keeps a whole canvas: simple and exact. Steps beyond a budget of entries
/// (two million, far beyond a workshop) are forgotten oldest first.
#[derive(Debug, Clone)]
pub struct History<P> {
    undo: Vec<Snapshot<P>>,
    redo: Vec<Snapshot<P>>,
}

impl<P> Default for History<P> {
    fn default() -> Self {
        History { undo: Vec::new(), redo: Vec::new() }
    }
}

const ENTRY_BUDGET: usize = 2_000_000;

impl<P> History<P> {
    /// Remembers the state before a change; a new change forgets what was undone.
    pub fn record(&mut self, before: Snapshot<P>) {
        self.undo.push(before);
        self.redo.clear();
        let mut total: usize = self.undo.iter().map(|s| s.canvas.entry_count() + 1).sum();
        while total > ENTRY_BUDGET && self.undo.len() > 1 {
            total -= self.undo.remove(0).canvas.entry_count() + 1;
        }
    }

    /// Steps back: returns the state to restore, and keeps `now` for redo.
    pub fn undo(&mut self, now: Snapshot<P>) -> Option<Snapshot<P>> {
        let back = self.undo.pop()?;
        self.redo.push(now);
        Some(back)
    }

    /// Steps forward again after an undo.
    pub fn redo(&mut self, now: Snapshot<P>) -> Option<Snapshot<P>> {
        let forward = self.redo.pop()?;
        self.undo.push(now);
        Some(forward)
    }

    /// How many steps can be undone.
    pub fn depth(&self) -> usize {
        self.undo.len()
    }

    /// Forgets everything (after a reload from disk).
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}
