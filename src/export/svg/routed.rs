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
pub fn routed(net: &Network, p: &Palette) -> Option<String> {
    let names: Vec<String> = (0..net.nodes.len()).map(|i| clip(&net.label(i), 42)).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let edges: Vec<(usize, usize)> = net.edges.iter().map(|e| (e.from, e.to)).collect();
    let layout = crate::graph::layout(&refs, &edges, COLS, ROWS)?;
    let mut s = Svg::new(f64::from(COLS) * CW, f64::from(ROWS) * CH, "Relationship network");
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
