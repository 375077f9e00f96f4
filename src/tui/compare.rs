//! The compare screen's state: two canvases side by side, section by section, and the signals.

use std::path::Path;

use super::action::Intent as A;
use super::cursor::Cursor;
use super::derived::Derived;
use super::keys::Mode;
use crate::diff::{Diff, Mark, compare};
use crate::model::{Canvas, EntryKind};

/// The tabs of the compare screen: the four sections, then the signals.
pub(crate) const TABS: usize = 5;

/// The compare screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compare {
    /// The older canvas.
    pub old: Canvas,
    /// The newer canvas.
    pub new: Canvas,
    /// The older file's name.
    pub old_name: String,
    /// The newer file's name.
    pub new_name: String,
    /// What differs.
    pub diff: Diff,
    /// The tab shown: 0–3 the sections in workshop order, 4 the signals.
    pub(crate) tab: usize,
    /// The selected row and first row shown, per tab.
    pub cursors: [Cursor; TABS],
    /// Whether the changed fields of the selected row are open.
    pub detail: bool,
    /// Whether Stakeholders shows the power/interest grid.
    pub(crate) grid: bool,
    /// How many rows fit.
    pub rows_visible: usize,
    /// Facts about the older canvas (names), worked out once.
    pub(crate) old_derived: Derived,
    /// Facts about the newer canvas (names, quadrants), worked out once.
    pub(crate) new_derived: Derived,
}

fn name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

impl Compare {
    /// Compares an older canvas with a newer one, as of `today`.
    pub fn new(
        old: Canvas,
        old_path: &Path,
        new: Canvas,
        new_path: &Path,
        today: crate::model::Day,
    ) -> Compare {
        let diff = compare(&old, &new);
        let (old_derived, new_derived) = (Derived::of(&old, today), Derived::of(&new, today));
        Compare {
            old_derived,
            new_derived,
            old,
            new,
            old_name: name(old_path),
            new_name: name(new_path),
            diff,
            tab: 0,
            cursors: [Cursor::default(); TABS],
            detail: false,
            grid: false,
            rows_visible: 10,
        }
    }

    /// Which keys apply.
    pub(crate) fn mode(&self) -> Mode {
        Mode::Compare
    }

    /// The entry kind of the tab shown, or `None` on the signals tab.
    pub(crate) fn kind(&self) -> Option<EntryKind> {
        EntryKind::ALL.get(self.tab).copied()
    }

    /// How many rows the tab shown has.
    pub(crate) fn row_count(&self) -> usize {
        match self.kind() {
            Some(kind) => self.diff.section(kind).rows.len(),
            None => self.diff.signals.len(),
        }
    }

    /// The selected row of the tab shown.
    pub(crate) fn cursor(&self) -> usize {
        self.cursors[self.tab].selected
    }

    fn clamp(&mut self) {
        let n = self.row_count();
        self.cursors[self.tab].clamp(n, self.rows_visible);
    }

    fn step(&mut self, delta: isize) {
        let n = self.row_count();
        self.cursors[self.tab].step(delta, n, self.rows_visible);
    }

    /// Carries out an action; returns true when the screen should close.
    pub(crate) fn update(&mut self, action: A) -> bool {
        if self.detail {
            if matches!(action, A::Cancel | A::Edit | A::Quit) {
                self.detail = false;
            }
            return false;
        }
        let page = self.rows_visible.max(1) as isize;
        match action {
            A::NextSection => self.tab = (self.tab + 1) % TABS,
            A::PrevSection => self.tab = (self.tab + TABS - 1) % TABS,
            A::Up | A::ScrollUp => self.step(-1),
            A::Down | A::ScrollDown => self.step(1),
            A::PageUp => self.step(-page),
            A::PageDown => self.step(page),
            A::Home => self.step(isize::MIN / 2),
            A::End => self.step(isize::MAX / 2),
            A::Edit => self.detail = self.selected_mark() == Some(Mark::Changed),
            A::NextView => self.grid = !self.grid,
            A::Cancel | A::Quit => return true,
            A::Resize(..) => self.clamp(),
            _ => {}
        }
        self.clamp();
        false
    }

    /// How the selected row differs.
    pub fn selected_mark(&self) -> Option<Mark> {
        let kind = self.kind()?;
        self.diff.section(kind).rows.get(self.cursor()).map(|r| r.mark)
    }

    /// The field changes of the selected row, when it changed.
    pub(crate) fn selected_change(&self) -> Option<&crate::diff::Changed> {
        let kind = self.kind()?;
        let row = self.diff.section(kind).rows.get(self.cursor())?;
        let id = self.new.id_at(kind, row.new?)?;
        self.diff.section(kind).changed.iter().find(|c| c.id == id)
    }
}
