//! A network laid out in terminal cells: names placed as labels on a grid refined by force and by
//! local search, lines routed between them around every label. Pure: names, edges and an area
//! size in, label boxes and line routes out, the same for the same input.

mod labels;
mod place;
mod route;
#[cfg(test)]
mod tests;
mod weak;

pub use labels::{least_width, lines_for};
pub use weak::{HUB_LEAST, Hub, LinchPin, WeakPoints, weak_points};

/// A name drawn as a label: its top-left cell, its width and its one or two lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// The left column.
    pub x: u16,
    /// The top row.
    pub y: u16,
    /// The columns the widest line takes.
    pub width: u16,
    /// The name, whole, on one or two lines (shortened with `…` only when even two lines cannot hold it).
    pub lines: Vec<String>,
}

impl Label {
    /// How many rows the label takes.
    pub fn height(&self) -> u16 {
        self.lines.len() as u16
    }

    /// The columns line `k` takes, centred in the label: from `.0` up to (not including) `.1`.
    pub fn span(&self, k: usize) -> (u16, u16) {
        let w = unicode_width::UnicodeWidthStr::width(self.lines[k].as_str()) as u16;
        let start = self.x + (self.width - w) / 2;
        (start, start + w)
    }

    /// Whether the cell at (`x`, `y`) belongs to the label.
    pub fn contains(&self, x: u16, y: u16) -> bool {
        x >= self.x && x < self.x + self.width && y >= self.y && y < self.y + self.height()
    }
}

/// The direction of a step from one cell to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// One row up.
    Up,
    /// One column right.
    Right,
    /// One row down.
    Down,
    /// One column left.
    Left,
}

impl Step {
    /// All four, in the order of their bits (up 1, right 2, down 4, left 8).
    pub const ALL: [Step; 4] = [Step::Up, Step::Right, Step::Down, Step::Left];

    /// The bit this direction takes in a cell's connection mask.
    pub fn bit(self) -> u8 {
        1 << self as u8
    }

    /// The opposite direction.
    pub fn back(self) -> Step {
        Step::ALL[(self as usize + 2) % 4]
    }

    /// The cell one step away, if it is inside `width` × `height`.
    pub fn from(self, (x, y): (u16, u16), width: u16, height: u16) -> Option<(u16, u16)> {
        let (x, y) = match self {
            Step::Up => (x, y.checked_sub(1)?),
            Step::Right => (x + 1, y),
            Step::Down => (x, y + 1),
            Step::Left => (x.checked_sub(1)?, y),
        };
        (x < width && y < height).then_some((x, y))
    }
}

/// A line from one label to another: the cells it passes, in order, each next to the one before.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Route {
    /// The cells, from beside the `from` label to beside the `to` label; empty when not drawn.
    pub cells: Vec<(u16, u16)>,
    /// How the line leaves the `from` label into its first cell.
    pub start: Option<Step>,
    /// How the line enters the `to` label from its last cell (where an arrowhead points).
    pub end: Option<Step>,
}

impl Route {
    /// The connection mask of the `i`th cell: a bit per side the line leaves it by.
    pub fn mask(&self, i: usize) -> u8 {
        let toward = |a: (u16, u16), b: (u16, u16)| -> u8 {
            let step = if b.0 > a.0 {
                Step::Right
            } else if b.0 < a.0 {
                Step::Left
            } else if b.1 > a.1 {
                Step::Down
            } else {
                Step::Up
            };
            step.bit()
        };
        let here = self.cells[i];
        let before = match i.checked_sub(1) {
            Some(p) => toward(here, self.cells[p]),
            None => self.start.map_or(0, |s| s.back().bit()),
        };
        let after = match self.cells.get(i + 1) {
            Some(&n) => toward(here, n),
            None => self.end.map_or(0, Step::bit),
        };
        before | after
    }
}

/// Where everything goes: a label per name, a route per edge (in the input's order).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Layout {
    /// One label per name.
    pub labels: Vec<Label>,
    /// One route per edge; empty for an edge from a name to itself.
    pub routes: Vec<Route>,
}

/// Whether `names` fit as whole labels in `width` × `height` cells with room for lines between.
pub fn fits(names: &[&str], width: u16, height: u16) -> bool {
    place::plan(names, width, height, false).is_some()
}

/// Lays out `names` (the nodes) and `edges` (pairs of indices into `names`) in `width` ×
/// `height` cells; `None` when the names do not fit whole (see `fits`).
pub fn layout(names: &[&str], edges: &[(usize, usize)], width: u16, height: u16) -> Option<Layout> {
    let hub = place::hub(names.len(), edges);
    let plan = place::plan(names, width, height, hub.is_some())?;
    let slots = place::arrange(&plan, names.len(), edges, hub);
    let labels: Vec<Label> = (0..names.len()).map(|i| plan.label(i, slots[i])).collect();
    let routes = route::all(&labels, edges, width, height);
    Some(Layout { labels, routes })
}
