//! Placing labels: choose how wide a label may be and a grid of slots with room for lines
//! between them, spread the nodes by force, snap them to slots, then swap slots while that
//! shortens the lines. Every loop is bounded; nothing is random.

use unicode_width::UnicodeWidthStr;

use super::Label;
use super::labels::{least_width, lines_for};

/// Columns kept free between two labels side by side, for lines to pass.
const GAP_X: u16 = 3;
/// Rows kept free between two rows of labels.
const GAP_Y: u16 = 1;
/// Force-directed steps before snapping to slots.
const FORCE_STEPS: usize = 50;
/// Passes of slot swapping after snapping.
const SWAP_PASSES: usize = 6;

/// The chosen label width and grid of slots for a set of names.
#[derive(Debug, Clone)]
pub(super) struct Plan {
    lines: Vec<Vec<String>>,
    slot_h: u16,
    cols: u16,
    rows: u16,
    width: u16,
    height: u16,
}

/// A name's width on one line and on its best two lines.
fn widths(name: &str) -> (usize, usize) {
    let one = name.split_whitespace().collect::<Vec<_>>().join(" ").width().max(1);
    (one, least_width(name))
}

/// How good a grid is: free room around labels (capped), one-line labels.
fn score(cols: u16, rows: u16, slot_w: u16, slot_h: u16, width: u16, height: u16) -> f64 {
    let spare_x = if cols == 1 { 8 } else { width / cols - slot_w };
    let spare_y = if rows == 1 { 3 } else { height / rows - slot_h };
    let room = (f64::from(spare_x) / 2.5).min(f64::from(spare_y)).min(3.0);
    room + if slot_h == 1 { 0.5 } else { 0.0 }
}

/// The best grid for labels `slot_w` × `slot_h`: (score, cols, rows), if `n` fit at all; a
/// `star` (one name with every line) wants a middle slot: odd counts of columns and rows.
fn best_grid(
    n: usize,
    (slot_w, slot_h): (u16, u16),
    width: u16,
    height: u16,
    star: bool,
) -> Option<(f64, u16, u16)> {
    let col_ok = |c: u16| if c == 1 { slot_w <= width } else { width / c >= slot_w + GAP_X };
    let row_ok = |r: u16| if r == 1 { slot_h <= height } else { height / r >= slot_h + GAP_Y };
    let mut best: Option<(f64, u16, u16)> = None;
    let mut cols = 1u16;
    while cols <= width && col_ok(cols) {
        let mut rows = (n.max(1)).div_ceil(usize::from(cols)) as u16;
        while rows <= height && row_ok(rows) {
            // A few spare slots give the layout room to move; a star only needs its ring.
            let spare = (usize::from(cols) * usize::from(rows) - n.max(1)).min(n / 2 + 1);
            let bonus = if !star {
                0.15 * spare as f64
            } else if cols >= 3 && rows >= 3 && cols % 2 == 1 && rows % 2 == 1 {
                1.5
            } else {
                0.0
            };
            let s = score(cols, rows, slot_w, slot_h, width, height) + bonus;
            if best.is_none_or(|(b, _, _)| s > b) {
                best = Some((s, cols, rows));
            }
            rows += 1;
        }
        cols += 1;
    }
    best
}

/// A plan for `names` in `width` × `height` (a `star` wanting a middle slot), or `None` when
/// they cannot all be placed.
pub(super) fn plan(names: &[&str], width: u16, height: u16, star: bool) -> Option<Plan> {
    let measured: Vec<(usize, usize)> = names.iter().map(|n| widths(n)).collect();
    let least = measured.iter().map(|m| m.1).max().unwrap_or(1);
    let mut limits: Vec<usize> =
        measured.iter().flat_map(|&(one, two)| [one, two]).filter(|&l| l >= least).collect();
    limits.push(least);
    limits.sort_unstable_by(|a, b| b.cmp(a));
    limits.dedup();
    if least > usize::from(width) {
        // Even two lines cannot hold the longest name: shorten, as a last resort.
        limits = vec![usize::from(width)];
    }
    let mut best: Option<(f64, usize, u16, u16, u16)> = None;
    for limit in limits {
        let size = |&(one, two): &(usize, usize)| if one <= limit { (one, 1) } else { (two.min(limit), 2) };
        let slot_w = measured.iter().map(|m| size(m).0).max().unwrap_or(1) as u16;
        let slot_h = measured.iter().map(|m| size(m).1).max().unwrap_or(1) as u16;
        if let Some((s, cols, rows)) = best_grid(names.len(), (slot_w, slot_h), width, height, star)
            && best.is_none_or(|b| s > b.0)
        {
            best = Some((s, limit, slot_h, cols, rows));
        }
    }
    let (_, limit, slot_h, cols, rows) = best?;
    let lines = names.iter().map(|n| lines_for(n, limit)).collect();
    Some(Plan { lines, slot_h, cols, rows, width, height })
}

impl Plan {
    fn slots(&self) -> usize {
        usize::from(self.cols) * usize::from(self.rows)
    }

    /// Where the slot's cell of the grid starts and how wide it is, along one axis.
    fn span(i: u16, count: u16, size: u16) -> (u16, u16) {
        let at = |k: u16| (u32::from(k) * u32::from(size) / u32::from(count)) as u16;
        (at(i), at(i + 1) - at(i))
    }

    /// The label of name `i` in `slot`: centred across its cell, at the top of its rows.
    pub(super) fn label(&self, i: usize, slot: usize) -> Label {
        let (col, row) = ((slot % usize::from(self.cols)) as u16, (slot / usize::from(self.cols)) as u16);
        let lines = self.lines[i].clone();
        let width = lines.iter().map(|l| l.width()).max().unwrap_or(1) as u16;
        let (x0, w) = Self::span(col, self.cols, self.width);
        let (y0, h) = Self::span(row, self.rows, self.height);
        let y = y0 + h.saturating_sub(self.slot_h) / 2 + (self.slot_h - lines.len() as u16) / 2;
        Label { x: x0 + w.saturating_sub(width) / 2, y, width, lines }
    }

    /// A slot's centre in "visual" units, rows counting twice since a cell is twice as tall as wide.
    fn centre(&self, slot: usize) -> (f64, f64) {
        let (col, row) = ((slot % usize::from(self.cols)) as u16, (slot / usize::from(self.cols)) as u16);
        let (x0, w) = Self::span(col, self.cols, self.width);
        let (y0, h) = Self::span(row, self.rows, self.height);
        (f64::from(x0) + f64::from(w) / 2.0, 2.0 * (f64::from(y0) + f64::from(h) / 2.0))
    }
}

/// The name every line touches, when there are three lines or more: the middle of a star.
pub(super) fn hub(n: usize, edges: &[(usize, usize)]) -> Option<usize> {
    let lines: Vec<(usize, usize)> =
        edges.iter().copied().filter(|&(a, b)| a != b && a < n && b < n).collect();
    let &(a, b) = lines.first().filter(|_| lines.len() >= 3)?;
    [a, b].into_iter().find(|&h| lines.iter().all(|&(x, y)| x == h || y == h))
}

/// Spring-and-repulsion positions (Fruchterman–Reingold), starting from a circle in input order.
fn force(plan: &Plan, n: usize, edges: &[(usize, usize)]) -> Vec<(f64, f64)> {
    let (w, h) = (f64::from(plan.width), 2.0 * f64::from(plan.height));
    let k = (w * h / n.max(1) as f64).sqrt();
    let mut pos: Vec<(f64, f64)> = (0..n)
        .map(|i| {
            let a = std::f64::consts::TAU * i as f64 / n as f64 - std::f64::consts::FRAC_PI_2;
            (w / 2.0 + 0.35 * w * a.cos(), h / 2.0 + 0.35 * h * a.sin())
        })
        .collect();
    for step in 0..FORCE_STEPS {
        let heat = (w.max(h) / 8.0) * (1.0 - step as f64 / FORCE_STEPS as f64) + 0.5;
        let mut push = vec![(0.0, 0.0); n];
        for i in 0..n {
            for j in i + 1..n {
                let (dx, dy) = (pos[i].0 - pos[j].0, pos[i].1 - pos[j].1);
                let d = (dx * dx + dy * dy).sqrt().max(0.01);
                let f = k * k / d;
                push[i].0 += dx / d * f;
                push[i].1 += dy / d * f;
                push[j].0 -= dx / d * f;
                push[j].1 -= dy / d * f;
            }
        }
        for &(a, b) in edges.iter().filter(|&&(a, b)| a != b && a < n && b < n) {
            let (dx, dy) = (pos[a].0 - pos[b].0, pos[a].1 - pos[b].1);
            let d = (dx * dx + dy * dy).sqrt().max(0.01);
            let f = d * d / k;
            push[a].0 -= dx / d * f;
            push[a].1 -= dy / d * f;
            push[b].0 += dx / d * f;
            push[b].1 += dy / d * f;
        }
        for (p, d) in pos.iter_mut().zip(&push) {
            let len = (d.0 * d.0 + d.1 * d.1).sqrt().max(0.01);
            let moved = len.min(heat);
            p.0 = (p.0 + d.0 / len * moved).clamp(0.0, w);
            p.1 = (p.1 + d.1 / len * moved).clamp(0.0, h);
        }
    }
    pos
}

/// A slot for each name: forces, then the nearest free slot (busiest names first), then swaps.
pub(super) fn arrange(plan: &Plan, n: usize, edges: &[(usize, usize)], hub: Option<usize>) -> Vec<usize> {
    let edges: Vec<(usize, usize)> =
        edges.iter().copied().filter(|&(a, b)| a != b && a < n && b < n).collect();
    let mut touching: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (e, &(a, b)) in edges.iter().enumerate() {
        touching[a].push(e);
        touching[b].push(e);
    }
    let pos = force(plan, n, &edges);
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(touching[i].len()), i));
    let mut holder: Vec<Option<usize>> = vec![None; plan.slots()];
    let mut slot = vec![0; n];
    // A star's hub takes the middle slot, the others the nearest slots around it in turn.
    if let Some(h) = hub.filter(|&h| h < n) {
        let cols = usize::from(plan.cols);
        let middle = usize::from(plan.rows / 2) * cols + cols / 2;
        let around = |s: usize| {
            let (dx, dy) = ((s % cols).abs_diff(middle % cols), (s / cols).abs_diff(middle / cols));
            (dx.max(dy), dx + dy, s)
        };
        let mut near: Vec<usize> = (0..plan.slots()).collect();
        near.sort_by_key(|&s| around(s));
        let others = (0..n).filter(|&i| i != h);
        for (i, s) in std::iter::once(h).chain(others).zip(near) {
            slot[i] = s;
        }
        return slot;
    }
    for i in order {
        let distance = |s: usize| {
            let c = plan.centre(s);
            (c.0 - pos[i].0).powi(2) + (c.1 - pos[i].1).powi(2)
        };
        let free = (0..plan.slots()).filter(|&s| holder[s].is_none());
        let best = free.min_by(|&a, &b| distance(a).total_cmp(&distance(b)).then(a.cmp(&b)));
        let best = best.expect("a plan has a slot for every name");
        holder[best] = Some(i);
        slot[i] = best;
    }
    swap_to_shorten(plan, &edges, &touching, &mut slot, &mut holder);
    centre_block(plan, &mut slot);
    slot
}

/// Shifts the slots in use, all together, to the middle of the grid: no empty band on one side.
fn centre_block(plan: &Plan, slot: &mut [usize]) {
    let cols = usize::from(plan.cols);
    let (Some(left), Some(right)) =
        (slot.iter().map(|s| s % cols).min(), slot.iter().map(|s| s % cols).max())
    else {
        return;
    };
    let (top, bottom) =
        (slot.iter().map(|s| s / cols).min().unwrap_or(0), slot.iter().map(|s| s / cols).max().unwrap_or(0));
    let dx = (cols - (right - left + 1)) / 2;
    let dy = (usize::from(plan.rows) - (bottom - top + 1)) / 2;
    for s in slot.iter_mut() {
        *s = (*s / cols - top + dy) * cols + (*s % cols - left + dx);
    }
}

/// A line's cost between two slots: its length, plus the slots in its way on a shared row or column.
fn line_cost(plan: &Plan, holder: &[Option<usize>], a: usize, b: usize) -> f64 {
    let (ca, cb) = (plan.centre(a), plan.centre(b));
    let mut cost = (ca.0 - cb.0).abs() + (ca.1 - cb.1).abs();
    let cols = usize::from(plan.cols);
    let (lo, hi) = (a.min(b), a.max(b));
    let between: Box<dyn Iterator<Item = usize>> = if lo / cols == hi / cols {
        Box::new(lo + 1..hi)
    } else if lo % cols == hi % cols {
        Box::new((lo + cols..hi).step_by(cols))
    } else {
        Box::new(std::iter::empty())
    };
    for s in between {
        if holder[s].is_some() {
            cost += (ca.0 - cb.0).abs().max((ca.1 - cb.1).abs()) / 2.0;
        }
    }
    cost
}

/// Moves names to other slots (swapping with whoever is there) while their lines get shorter.
fn swap_to_shorten(
    plan: &Plan,
    edges: &[(usize, usize)],
    touching: &[Vec<usize>],
    slot: &mut [usize],
    holder: &mut [Option<usize>],
) {
    // A slight pull to the middle breaks ties, so no empty band stays inside the picture.
    let middle = {
        let (a, b) = (plan.centre(0), plan.centre(plan.slots() - 1));
        ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0)
    };
    let pull = |s: usize| {
        let c = plan.centre(s);
        0.1 * ((c.0 - middle.0).abs() + (c.1 - middle.1).abs())
    };
    let cost_of = |slot: &[usize], holder: &[Option<usize>], list: &[usize], who: &[usize]| -> f64 {
        let lines: f64 =
            list.iter().map(|&e| line_cost(plan, holder, slot[edges[e].0], slot[edges[e].1])).sum();
        lines + who.iter().map(|&k| pull(slot[k])).sum::<f64>()
    };
    for _ in 0..SWAP_PASSES {
        let mut better = false;
        for i in 0..slot.len() {
            for s in 0..plan.slots() {
                let from = slot[i];
                if s == from {
                    continue;
                }
                let other = holder[s];
                let mut list = touching[i].clone();
                if let Some(j) = other {
                    list.extend(touching[j].iter().filter(|e| !touching[i].contains(e)));
                }
                let who: Vec<usize> = std::iter::once(i).chain(other).collect();
                let before = cost_of(slot, holder, &list, &who);
                holder.swap(s, from);
                slot[i] = s;
                if let Some(j) = other {
                    slot[j] = from;
                }
                if cost_of(slot, holder, &list, &who) + 1e-9 < before {
                    better = true;
                } else {
                    holder.swap(s, from);
                    slot[i] = from;
                    if let Some(j) = other {
                        slot[j] = s;
                    }
                }
            }
        }
        if !better {
            break;
        }
    }
}
