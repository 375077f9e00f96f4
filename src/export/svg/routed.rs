//! The relationship network laid out as the terminal map is (`crate::graph`): every name placed
//! whole where no other name or line crosses it, lines routed around the names, drawn on a grid
//! of cells. When the names do not fit, the caller draws them on a circle instead.

use super::network::{look, markers};
use super::{Svg, clip};
use crate::export::html::Palette;
use crate::export::picture::{Network, health_mark};
use crate::graph::Step;
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
    for (e, route) in net.edges.iter().zip(&layout.routes) {
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
        let (x, y) = centre(route.cells[route.cells.len() / 2]);
        let style = format!(
            "font-size=\"9.5\" fill=\"{colour}\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\""
        );
        super::flow_label(&mut s, (x, y - 4.0), &format!("{} {}", health_mark(e.health), e.label), &style);
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
