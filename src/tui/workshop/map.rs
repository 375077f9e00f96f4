//! The relationship map the workshop shows, worked out when what it depends on changes (the
//! canvas, its derived facts, the selection, the map's size) and kept, so drawing only reads it.

use super::Workshop;
use crate::tui::map_focus::{Shown, shown};
use crate::tui::section::Section;
use crate::tui::views::layout;

/// What the map was worked out from, and what it shows (`None`: the names do not fit).
#[derive(Debug, Clone)]
pub(crate) struct MapMemo {
    /// The save generation, the derived facts' generation, the selection and the cells' size.
    key: (u64, u64, Option<usize>, u16, u16),
    /// What to draw.
    shown: Option<Shown>,
}

impl Workshop {
    /// The map worked out for a drawing of `width` × `height` cells, when it is the one the
    /// workshop has (`Some(None)`: it was worked out and nothing fits).
    pub fn map_for(&self, width: u16, height: u16) -> Option<Option<&Shown>> {
        let key = (self.save.generation, self.derived_generation, self.selected(), width, height);
        self.map.as_ref().filter(|m| m.key == key).map(|m| m.shown.as_ref())
    }

    /// Works the map out again if it is on screen and something it depends on changed.
    pub(super) fn refresh_map(&mut self, typing: bool) {
        let drawable = self.area.width >= layout::MIN.0 && self.area.height >= layout::MIN.1;
        let on_screen = drawable
            && self.section == Section::Relationships
            && self.view(Section::Relationships).alt_view
            && !self.projector.is_on();
        if !on_screen {
            return;
        }
        let cells = layout::map_cells(self.area, self.rows(Section::Relationships).len(), typing);
        let selected = self.selected();
        let key = (self.save.generation, self.derived_generation, selected, cells.width, cells.height);
        if self.map.as_ref().is_some_and(|m| m.key == key) {
            return;
        }
        let shown = shown(&self.canvas, &self.derived, selected, cells.width, cells.height);
        self.map = Some(MapMemo { key, shown });
    }
}
