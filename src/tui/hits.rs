//! What the last frame drew where: a mouse click selects what is drawn under the pointer, not
//! what a layout worked out apart from the drawing would put there.

use ratatui::layout::Rect;

use super::section::Section;
use crate::model::EntryKind;

/// Something a click can choose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hit {
    /// A section's tab.
    Section(Section),
    /// An entry, by its kind and index in the canvas.
    Entry(EntryKind, usize),
    /// A stakeholder drawn on the relationship map (its id).
    MapStakeholder(String),
    /// An item of the start screen, by its index.
    StartItem(usize),
}

/// The clickable areas of one frame, in the order they were drawn.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hits(Vec<(Rect, Hit)>);

impl Hits {
    /// Notes that `hit` was drawn over `area`.
    pub(crate) fn add(&mut self, area: Rect, hit: Hit) {
        if area.width > 0 && area.height > 0 {
            self.0.push((area, hit));
        }
    }

    /// What was drawn last at this column and row (what is on top).
    pub(crate) fn at(&self, col: u16, row: u16) -> Option<&Hit> {
        let pointer = ratatui::layout::Position { x: col, y: row };
        self.0.iter().rev().find(|(area, _)| area.contains(pointer)).map(|(_, hit)| hit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_drawn_wins_where_areas_overlap() {
        let mut hits = Hits::default();
        hits.add(Rect::new(0, 0, 10, 5), Hit::Section(Section::Context));
        hits.add(Rect::new(2, 2, 3, 1), Hit::Entry(EntryKind::Stakeholder, 4));
        assert_eq!(hits.at(3, 2), Some(&Hit::Entry(EntryKind::Stakeholder, 4)));
        assert_eq!(hits.at(1, 1), Some(&Hit::Section(Section::Context)));
        assert_eq!(hits.at(10, 0), None);
    }
}
