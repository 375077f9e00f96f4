//! The selection and scroll position of a list: one type for every list on every screen.

/// Which row is selected and which row is shown first.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cursor {
    /// The selected row.
    pub selected: usize,
    /// The first row shown.
    pub(crate) offset: usize,
}

impl Cursor {
    /// Keeps the selection on one of `rows` rows and in a window of `visible` rows.
    pub(crate) fn clamp(&mut self, rows: usize, visible: usize) {
        let visible = visible.max(1);
        self.selected = self.selected.min(rows.saturating_sub(1));
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + visible {
            self.offset = self.selected + 1 - visible;
        }
        self.offset = self.offset.min(rows.saturating_sub(visible));
    }

    /// Moves the selection by `delta` rows, staying on the list.
    pub(crate) fn step(&mut self, delta: isize, rows: usize, visible: usize) {
        let last = rows.saturating_sub(1) as isize;
        self.selected = (self.selected as isize).saturating_add(delta).clamp(0, last) as usize;
        self.clamp(rows, visible);
    }

    /// Selects a row.
    pub(crate) fn select(&mut self, row: usize, rows: usize, visible: usize) {
        self.selected = row;
        self.clamp(rows, visible);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_selection_stays_on_the_list_and_in_view() {
        let mut c = Cursor::default();
        c.step(25, 100, 10);
        assert_eq!(c, Cursor { selected: 25, offset: 16 });
        c.step(-20, 100, 10);
        assert_eq!(c, Cursor { selected: 5, offset: 5 });
        c.step(isize::MAX / 2, 100, 10);
        assert_eq!(c, Cursor { selected: 99, offset: 90 });
        c.clamp(3, 10);
        assert_eq!(c, Cursor { selected: 2, offset: 0 });
        c.clamp(0, 10);
        assert_eq!(c, Cursor { selected: 0, offset: 0 });
    }
}
