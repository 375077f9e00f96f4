//! The relationship network laid out as the terminal map is (`crate::graph`): every name placed
//! whole where no other name or line crosses it, lines routed around the names, drawn on a grid
//! of cells. When the names do not fit, the caller draws them on a circle instead.

use super::network::{look, markers};
use super::{FLOW_STEP, Svg, clip, flow_lines};
use crate::export::html::Palette;
use crate::export::picture::{Network, health_mark};
use crate::graph::{Layout, Route, Step};
use crate::model::{Direction, Health};

/// One cell's width and height in the picture, and how many cells across and down.
const CW: f64 = 7.0;
const CH: f64 = 18.0;
const COLS: u16 = 108;
const ROWS: u16 = 30;

/// The centre of a cell.
fn centre((x, y): (u16, u16)) -> (f64, f64) {
    ((f64::from(x) + 0.5) * CW, (f64::from(y) + 0.5) * CH)
}

/// Half a cell from `at` in the direction of `step`: where a line meets a name.
fn towards((x, y): (f64, f64), step: Step) -> (f64, f64) {
    match step {
        Step::Up => (x, y - CH / 2.0),
        Step::Down => (x, y + CH / 2.0),
        Step::Left => (x - CW / 2.0, y),
        Step::Right => (x + CW / 2.0, y),
    }
}

/// A box in the picture: left, top, right, bottom.
type Area = (f64, f64, f64, f64);

/// Whether two boxes overlap.
fn meets(a: &Area, b: &Area) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// The size of a "what flows" label's letters.
const FLOW_SIZE: f64 = 9.5;

/// The box of a "what flows" label of `lines` centred on `at`, its last line's baseline there;
/// each letter taken as 0.62 of the size wide, more than the average sans-serif letter.
fn flow_area(at: (f64, f64), lines: &[String]) -> Area {
    let w = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0) as f64 * FLOW_SIZE * 0.62;
    let top = at.1 - FLOW_STEP * (lines.len().max(1) - 1) as f64 - FLOW_SIZE * 0.85;
    (at.0 - w / 2.0, top, at.0 + w / 2.0, at.1 + FLOW_SIZE * 0.3)
}

/// The boxes a line's strokes take, one per cell: half a cell toward each side it leaves by.
fn strokes(route: &Route) -> Vec<Area> {
    (0..route.cells.len())
        .map(|k| {
            let (x, y) = centre(route.cells[k]);
            let mask = route.mask(k);
            let has = |s: Step| mask & s.bit() != 0;
            let (mut b, half) = ((x - 1.5, y - 1.5, x + 1.5, y + 1.5), 1.5);
            if has(Step::Up) {
                b.1 = y - CH / 2.0;
            }
            if has(Step::Down) {
                b.3 = y + CH / 2.0;
            }
            if has(Step::Left) {
                b.0 = x - CW / 2.0;
            }
            if has(Step::Right) {
                b.2 = x + CW / 2.0;
            }
            (b.0 - half, b.1, b.2 + half, b.3)
        })
        .collect()
}

/// The box of a name as drawn.
fn name_area(l: &crate::graph::Label) -> Area {
    let (x, y) = (f64::from(l.x) * CW - 3.0, f64::from(l.y) * CH + 1.0);
    (x, y, x + f64::from(l.width) * CW + 6.0, y + f64::from(l.height()) * CH - 2.0)
}

/// Where each line's "what flows" label goes (the point its last line is centred on): on its own
/// line, as near the line's middle as can be, where it covers no other line, no name and no
/// label placed before it — so each label reads as its own line's; where no place is clear, the
/// one covering fewest.
fn flow_places(layout: &Layout, texts: &[Vec<String>]) -> Vec<Option<(f64, f64)>> {
    let lines: Vec<Vec<Area>> = layout.routes.iter().map(strokes).collect();
    let names: Vec<Area> = layout.labels.iter().map(name_area).collect();
    let mut placed: Vec<Area> = Vec::new();
    let mut out = Vec::with_capacity(texts.len());
    for (e, route) in layout.routes.iter().enumerate() {
        let text = &texts[e];
        if route.cells.is_empty() || text.is_empty() {
            out.push(None);
            continue;
        }
        let mid = route.cells.len() / 2;
        let mut order: Vec<usize> = (0..route.cells.len()).collect();
        order.sort_by_key(|&k| k.abs_diff(mid));
        let half = flow_area((0.0, 0.0), text).2 + 4.0;
        let covered = |at: (f64, f64)| {
            let b = flow_area(at, text);
            let others = lines.iter().enumerate().filter(|(o, _)| *o != e).flat_map(|(_, l)| l.iter());
            others.chain(&names).chain(&placed).filter(|a| meets(a, &b)).count()
        };
        // On the line, then beside it on either side, each cell from the middle out.
        let places = order.iter().flat_map(|&k| {
            let (x, y) = centre(route.cells[k]);
            [(x, y - 4.0), (x + half, y + 4.0), (x - half, y + 4.0)]
        });
        let mut best: Option<((f64, f64), usize)> = None;
        for at in places {
            let n = covered(at);
            if best.is_none_or(|(_, m)| n < m) {
                best = Some((at, n));
            }
            if n == 0 {
                break;
            }
        }
        let at = best.map(|(at, _)| at);
        if let Some(at) = at {
            placed.push(flow_area(at, text));
        }
        out.push(at);
    }
    out
}

/// The network as SVG, or `None` when its names do not fit whole.
pub fn routed(net: &Network, p: &Palette, title: &str) -> Option<String> {
    let names: Vec<String> = (0..net.nodes.len()).map(|i| clip(&net.label(i), 42)).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let edges: Vec<(usize, usize)> = net.edges.iter().map(|e| (e.from, e.to)).collect();
    let layout = crate::graph::layout(&refs, &edges, COLS, ROWS)?;
    // Only the part of the grid the names and lines use is shown (with room for the "what
    // flows" labels around the lines), so the picture is as large as the page allows.
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    let mut take = |x: f64, y: f64| {
        (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
    };
    for l in &layout.labels {
        take(f64::from(l.x) * CW - 4.0, f64::from(l.y) * CH);
        take(f64::from(l.x + l.width) * CW + 4.0, f64::from(l.y + l.height()) * CH);
    }
    for r in &layout.routes {
        for c in &r.cells {
            let (x, y) = centre(*c);
            take(x - 60.0, y - 40.0);
            take(x + 60.0, y + CH);
        }
    }
    let (full_w, full_h) = (f64::from(COLS) * CW, f64::from(ROWS) * CH);
    let (x0, y0) = (x0.max(0.0) - 4.0, y0.max(0.0) - 4.0);
    let (x1, y1) = (x1.min(full_w) + 4.0, y1.min(full_h) + 4.0);
    let mut s = if x1 > x0 && y1 > y0 {
        Svg::view(x0, y0, x1 - x0, y1 - y0, title)
    } else {
        Svg::new(full_w, full_h, title)
    };
    s.raw(&markers(p));
    let texts: Vec<Vec<String>> =
        net.edges.iter().map(|e| flow_lines(&format!("{} {}", health_mark(e.health), e.label))).collect();
    let places = flow_places(&layout, &texts);
    for ((e, route), place) in net.edges.iter().zip(&layout.routes).zip(&places) {
        let (Some(first), Some(last)) = (route.cells.first(), route.cells.last()) else { continue };
        let (colour, dash, marker) = look(e.health, p);
        let mut points = vec![route.start.map_or(centre(*first), |st| towards(centre(*first), st.back()))];
        points.extend(route.cells.iter().map(|c| centre(*c)));
        points.push(route.end.map_or(centre(*last), |st| towards(centre(*last), st)));
        let path: Vec<String> = points.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect();
        let width = if e.health == Some(Health::Healthy) { 3 } else { 2 };
        let end = if e.direction.is_some() {
            format!(" marker-end=\"url(#arrow-{marker})\"")
        } else {
            String::new()
        };
        let start = match e.direction {
            Some(Direction::TwoWay) => format!(" marker-start=\"url(#arrow-{marker})\""),
            _ => String::new(),
        };
        s.raw(&format!(
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"{width}\" stroke-linejoin=\"round\" {dash}{start}{end}/>",
            path.join(" ")
        ));
        let style = format!(
            "font-size=\"{FLOW_SIZE}\" fill=\"{colour}\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\""
        );
        if let Some(at) = *place {
            super::flow_label(&mut s, at, &format!("{} {}", health_mark(e.health), e.label), &style);
        }
    }
    let style = format!("font-size=\"11\" font-weight=\"600\" fill=\"{}\"", p.text);
    for (i, label) in layout.labels.iter().enumerate() {
        s.raw(&format!(
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"4\" fill=\"#fff\" {}/>",
            f64::from(label.x) * CW - 3.0,
            f64::from(label.y) * CH + 1.0,
            f64::from(label.width) * CW + 6.0,
            f64::from(label.height()) * CH - 2.0,
            super::network::box_style(net.weak_of(i), p)
        ));
        for (k, line) in label.lines.iter().enumerate() {
            let (a, b) = label.span(k);
            let x = f64::from(a + b) / 2.0 * CW;
            let y = (f64::from(label.y) + k as f64 + 0.72) * CH;
            s.text(x, y, "middle", &style, line);
        }
    }
    Some(s.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_lines_label_sits_on_its_own_line_and_covers_no_other_line_name_or_label() {
        for name in ["acme-2026-05", "acme-2026-11", "acme-2027-05"] {
            let c = crate::store::load(std::path::Path::new(&format!("canvases/{name}.ron"))).unwrap();
            let net = crate::export::picture::network(&c);
            let names: Vec<String> = (0..net.nodes.len()).map(|i| clip(&net.label(i), 42)).collect();
            let refs: Vec<&str> = names.iter().map(String::as_str).collect();
            let edges: Vec<(usize, usize)> = net.edges.iter().map(|e| (e.from, e.to)).collect();
            let layout = crate::graph::layout(&refs, &edges, COLS, ROWS).expect("the names fit");
            let texts: Vec<Vec<String>> = net
                .edges
                .iter()
                .map(|e| flow_lines(&format!("{} {}", health_mark(e.health), e.label)))
                .collect();
            let places = flow_places(&layout, &texts);
            let lines: Vec<Vec<Area>> = layout.routes.iter().map(strokes).collect();
            let boxes: Vec<Option<Area>> =
                places.iter().zip(&texts).map(|(p, t)| p.map(|at| flow_area(at, t))).collect();
            for (e, b) in boxes.iter().enumerate() {
                let Some(b) = b else { continue };
                let what = texts[e].join(" ");
                // Its own line runs through it or beside it (within a few units).
                let near = (b.0 - 8.0, b.1 - 8.0, b.2 + 8.0, b.3 + 8.0);
                assert!(lines[e].iter().any(|s| meets(s, &near)), "{name}: {what:?} off its line");
                for (o, other) in lines.iter().enumerate().filter(|(o, _)| *o != e) {
                    assert!(
                        !other.iter().any(|s| meets(s, b)),
                        "{name}: {what:?} over line {o} ({:?})",
                        texts[o]
                    );
                }
                for (l, label) in layout.labels.iter().enumerate() {
                    assert!(!meets(&name_area(label), b), "{name}: {what:?} over the name {:?}", names[l]);
                }
                for (o, other) in boxes.iter().enumerate().filter(|(o, _)| *o != e) {
                    assert!(!other.is_some_and(|a| meets(&a, b)), "{name}: {what:?} over {:?}", texts[o]);
                }
            }
        }
    }
}
