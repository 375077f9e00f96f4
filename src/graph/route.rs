//! Routing lines between labels: a shortest path over the free cells (A*), never through a
//! label, with few bends, crossing other lines only at right angles and keeping off them
//! otherwise. Short lines are routed first so they stay straight.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use super::{Label, Route, Step};

/// Extra cost of a bend.
const TURN: u32 = 2;
/// Extra cost of passing beside a label the line does not join: lines keep a cell off names.
const BESIDE: u32 = 10;
/// Extra cost of running along the side of a label the line does join, rather than straight at it.
const ALONG: u32 = 3;
/// Extra cost of crossing another line at a right angle.
const CROSS: u32 = 6;
/// Extra cost of running along, bending on, or ending on another line's cell.
const SHARE: u32 = 80;
/// Extra cost of passing through the end cell of another line (where its arrowhead goes).
const END: u32 = 300;
/// Extra cost of running beside another line the same way, in the next cell: two strokes side
/// by side read as one thick line, or as one line that turns where it does not.
const NEAR: u32 = 12;
const NONE: u16 = u16::MAX;

struct Grid<'a> {
    labels: &'a [Label],
    width: u16,
    height: u16,
    /// Which label covers each cell.
    owner: Vec<u16>,
    /// Up to two labels each cell touches.
    beside: Vec<[u16; 2]>,
    /// The sides by which earlier lines leave each cell.
    used: Vec<u8>,
    /// Cells where an earlier line starts or ends.
    ends: Vec<bool>,
}

impl Grid<'_> {
    fn at(&self, (x, y): (u16, u16)) -> usize {
        usize::from(y) * usize::from(self.width) + usize::from(x)
    }

    fn cell(&self, i: usize) -> (u16, u16) {
        ((i % usize::from(self.width)) as u16, (i / usize::from(self.width)) as u16)
    }

    /// The extra cost of this line passing cell `i`, coming in by `inward` and leaving by `out`.
    fn share_cost(&self, i: usize, inward: Step, out: Step) -> u32 {
        let mine = inward.back().bit() | out.bit();
        let theirs = self.used[i];
        let (across, down) = (Step::Left.bit() | Step::Right.bit(), Step::Up.bit() | Step::Down.bit());
        if theirs == 0 {
            0
        } else if self.ends[i] {
            END
        } else if (theirs == across && mine == down) || (theirs == down && mine == across) {
            CROSS
        } else {
            SHARE
        }
    }

    /// The extra cost of this line entering cell `c` going `way`, for each earlier line that runs
    /// the same way in a cell beside it.
    fn near_cost(&self, c: (u16, u16), way: Step) -> u32 {
        let (across, down) = (Step::Left.bit() | Step::Right.bit(), Step::Up.bit() | Step::Down.bit());
        let (axis, sides) = match way {
            Step::Up | Step::Down => (down, [Step::Left, Step::Right]),
            Step::Left | Step::Right => (across, [Step::Up, Step::Down]),
        };
        sides
            .into_iter()
            .filter_map(|side| side.from(c, self.width, self.height))
            .filter(|&n| self.used[self.at(n)] & axis != 0)
            .map(|_| NEAR)
            .sum()
    }

    fn beside_cost(&self, i: usize, from: usize, to: usize) -> u32 {
        let other = |l: u16| l != NONE && usize::from(l) != from && usize::from(l) != to;
        if self.beside[i].iter().any(|&l| other(l)) {
            BESIDE
        } else if self.beside[i][0] != NONE {
            ALONG
        } else {
            0
        }
    }

    /// The cells just outside label `l` next to its text (not to the padding of a shorter line),
    /// each with the step that leaves the label into it: a line ends where it touches a letter.
    fn ports(&self, l: usize) -> Vec<((u16, u16), Step)> {
        let b = &self.labels[l];
        let last = b.lines.len() - 1;
        let mut out = Vec::new();
        for k in 0..=last {
            let (start, end) = b.span(k);
            let y = b.y + k as u16;
            if start == b.x {
                out.push(((start, y), Step::Left));
            }
            if end == b.x + b.width {
                out.push(((end - 1, y), Step::Right));
            }
            // A line from above or below never ends on a weak point's mark or the space after
            // it: it would read as the line's own mark. From the side it meets the name.
            let start = if k == 0 && super::labels::marked(&b.lines[0]) { start + 2 } else { start };
            for x in start..end {
                if k == 0 {
                    out.push(((x, y), Step::Up));
                }
                if k == last {
                    out.push(((x, y), Step::Down));
                }
            }
        }
        out.into_iter()
            .filter_map(|(edge, step)| Some((step.from(edge, self.width, self.height)?, step)))
            .filter(|&(c, _)| self.owner[self.at(c)] == NONE)
            .collect()
    }

    /// Whether cell `c` of label `l` holds a letter of its name rather than the padding beside a
    /// shorter line, for a line coming `way`: a weak point's mark (and the space after it) is a
    /// letter only for a line coming from its side.
    fn letter(&self, l: usize, (x, y): (u16, u16), way: Step) -> bool {
        let b = &self.labels[l];
        let k = usize::from(y - b.y);
        let (start, end) = b.span(k);
        let marked = k == 0 && way != Step::Right && super::labels::marked(&b.lines[0]);
        let start = if marked { start + 2 } else { start };
        x >= start && x < end
    }

    /// Steps from cell `c` toward label `l` still to go, at least (A*'s estimate).
    fn estimate(&self, (x, y): (u16, u16), l: usize) -> u32 {
        let b = &self.labels[l];
        let dx = b.x.saturating_sub(x).max(x.saturating_sub(b.x + b.width - 1));
        let dy = b.y.saturating_sub(y).max(y.saturating_sub(b.y + b.height() - 1));
        u32::from(dx + dy).saturating_sub(1)
    }

    /// The cheapest route from label `from` to label `to`, if any.
    fn route(&self, from: usize, to: usize) -> Option<Route> {
        let states = self.owner.len() * 4;
        let mut cost = vec![u32::MAX; states];
        let mut came = vec![u32::MAX; states];
        let mut queue = BinaryHeap::new();
        for (c, step) in self.ports(from) {
            let i = self.at(c);
            let s = i * 4 + step as usize;
            let g = 1 + self.beside_cost(i, from, to) + self.near_cost(c, step);
            if g < cost[s] {
                cost[s] = g;
                queue.push(Reverse((g + self.estimate(c, to), s)));
            }
        }
        let mut best: Option<(u32, usize, Step)> = None;
        while let Some(Reverse((f, s))) = queue.pop() {
            if best.is_some_and(|b| f >= b.0) {
                break;
            }
            let (i, inward) = (s / 4, Step::ALL[s % 4]);
            let g = cost[s];
            if f > g + self.estimate(self.cell(i), to) {
                continue;
            }
            for out in Step::ALL {
                if out == inward.back() {
                    continue;
                }
                let Some(next) = out.from(self.cell(i), self.width, self.height) else { continue };
                let j = self.at(next);
                // A bend runs the new way in this cell too: beside a line that runs that way, it
                // costs as much as passing beside one.
                let bend = if out == inward { 0 } else { TURN + self.near_cost(self.cell(i), out) };
                let step_cost = bend + self.share_cost(i, inward, out);
                if usize::from(self.owner[j]) == to && self.owner[j] != NONE && self.letter(to, next, out) {
                    let total = g + step_cost;
                    if best.is_none_or(|b| total < b.0) {
                        best = Some((total, s, out));
                    }
                    continue;
                }
                if self.owner[j] != NONE {
                    continue;
                }
                let t = j * 4 + out as usize;
                let h = g + step_cost + 1 + self.beside_cost(j, from, to) + self.near_cost(next, out);
                if h < cost[t] {
                    cost[t] = h;
                    came[t] = s as u32;
                    queue.push(Reverse((h + self.estimate(next, to), t)));
                }
            }
        }
        let (_, mut s, end) = best?;
        let mut cells = vec![self.cell(s / 4)];
        while came[s] != u32::MAX {
            s = came[s] as usize;
            cells.push(self.cell(s / 4));
        }
        cells.reverse();
        Some(Route { cells, start: Some(Step::ALL[s % 4]), end: Some(end) })
    }

    fn mark(&mut self, route: &Route) {
        for (k, &c) in route.cells.iter().enumerate() {
            let i = self.at(c);
            self.used[i] |= route.mask(k);
        }
        for c in [route.cells.first(), route.cells.last()].into_iter().flatten() {
            let i = self.at(*c);
            self.ends[i] = true;
        }
    }
}

/// A route for each edge between `labels` in `width` × `height` cells, in the edges' order.
pub(super) fn all(labels: &[Label], edges: &[(usize, usize)], width: u16, height: u16) -> Vec<Route> {
    let size = usize::from(width) * usize::from(height);
    let mut grid = Grid {
        labels,
        width,
        height,
        owner: vec![NONE; size],
        beside: vec![[NONE; 2]; size],
        used: vec![0; size],
        ends: vec![false; size],
    };
    for (l, b) in labels.iter().enumerate() {
        for y in b.y..(b.y + b.height()).min(height) {
            for x in b.x..(b.x + b.width).min(width) {
                let i = grid.at((x, y));
                grid.owner[i] = l as u16;
            }
        }
    }
    for l in 0..labels.len() {
        for (c, _) in grid.ports(l) {
            let i = grid.at(c);
            let slot = &mut grid.beside[i];
            if slot[0] == NONE || slot[0] == l as u16 {
                slot[0] = l as u16;
            } else {
                slot[1] = l as u16;
            }
        }
    }
    let centre = |l: &Label| (i32::from(l.x) + i32::from(l.width) / 2, i32::from(l.y));
    let length = |&(a, b): &(usize, usize)| {
        let (p, q) = (centre(&labels[a]), centre(&labels[b]));
        (p.0 - q.0).abs() + 2 * (p.1 - q.1).abs()
    };
    let mut order: Vec<usize> = (0..edges.len())
        .filter(|&e| edges[e].0 != edges[e].1 && edges[e].0.max(edges[e].1) < labels.len())
        .collect();
    order.sort_by_key(|&e| (length(&edges[e]), e));
    let mut routes = vec![Route::default(); edges.len()];
    for e in order {
        if let Some(r) = grid.route(edges[e].0, edges[e].1) {
            grid.mark(&r);
            routes[e] = r;
        }
    }
    routes
}
