//! The relationship network on a circle (when the routed layout cannot hold the names): stakeholders in list order, lines coloured and dashed by
//! health, arrowheads by direction, what flows written at each line's middle.

use std::f64::consts::PI;

use super::{Svg, clip};
use crate::export::html::Palette;
use crate::export::picture::{Network, Weak, health_mark};
use crate::i18n::Tr;
use crate::model::{Direction, Health};

const W: f64 = 760.0;
const H: f64 = 560.0;
const R: f64 = 200.0;

/// A node's place: on the circle, the first at the top, clockwise.
fn place(i: usize, n: usize) -> (f64, f64) {
    let a = 2.0 * PI * i as f64 / n.max(1) as f64 - PI / 2.0;
    (W / 2.0 + R * a.cos(), H / 2.0 + R * a.sin())
}

/// A health's colour, dash pattern and marker name.
pub(super) fn look(health: Option<Health>, p: &Palette) -> (&str, &'static str, &'static str) {
    match health {
        Some(Health::Healthy) => (&p.ok, "", "ok"),
        Some(Health::AtRisk) => (&p.warn, "stroke-dasharray=\"9 4\"", "warn"),
        Some(Health::Broken) => (&p.alert, "stroke-dasharray=\"2 4\"", "alert"),
        None => (&p.muted, "", "muted"),
    }
}

/// The outline of a stakeholder's box by its weak points: thick amber for others' only link,
/// dashed grey for no relationship, else the plain border.
pub(super) fn box_style(w: Weak, p: &Palette) -> String {
    if w.linchpin {
        format!("stroke=\"{}\" stroke-width=\"3\"", p.warn)
    } else if w.unconnected {
        format!("stroke=\"{}\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"", p.muted)
    } else if w.hub {
        format!("stroke=\"{}\" stroke-width=\"2\"", p.text)
    } else {
        format!("stroke=\"{}\"", p.border)
    }
}

/// The arrowheads, one per health colour.
pub(super) fn markers(p: &Palette) -> String {
    let mut defs = String::from("<defs>");
    for (name, colour) in [("ok", &p.ok), ("warn", &p.warn), ("alert", &p.alert), ("muted", &p.muted)] {
        defs.push_str(&format!(
            "<marker id=\"arrow-{name}\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"11\" markerHeight=\"11\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"{colour}\"/></marker>"
        ));
    }
    defs.push_str("</defs>");
    defs
}

/// The network as SVG: laid out like the terminal map when the names fit, else on a circle.
pub fn network(net: &Network, p: &Palette, tr: Tr) -> String {
    let title = tr.get("picture-network");
    if let Some(svg) = super::routed::routed(net, p, &title) {
        return svg;
    }
    let mut s = Svg::new(W, H, &title);
    s.raw(&markers(p));
    let n = net.nodes.len();
    for e in &net.edges {
        let (colour, dash, marker) = look(e.health, p);
        let ((x1, y1), (x2, y2)) = (place(e.from, n), place(e.to, n));
        let width = if e.health == Some(Health::Healthy) { 3 } else { 2 };
        if e.from == e.to {
            s.raw(&format!("<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"14\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"{width}\" {dash}/>", x1, y1 - 14.0));
            continue;
        }
        let len = ((x2 - x1).powi(2) + (y2 - y1).powi(2)).sqrt().max(1.0);
        let (ux, uy) = ((x2 - x1) / len, (y2 - y1) / len);
        let (ax, ay, bx, by) = (x1 + ux * 9.0, y1 + uy * 9.0, x2 - ux * 9.0, y2 - uy * 9.0);
        let end = if e.direction.is_some() {
            format!(" marker-end=\"url(#arrow-{marker})\"")
        } else {
            String::new()
        };
        let start = if e.direction == Some(Direction::TwoWay) {
            format!(" marker-start=\"url(#arrow-{marker})\"")
        } else {
            String::new()
        };
        s.raw(&format!(
            "<line x1=\"{ax:.1}\" y1=\"{ay:.1}\" x2=\"{bx:.1}\" y2=\"{by:.1}\" stroke=\"{colour}\" stroke-width=\"{width}\" {dash}{start}{end}/>"
        ));
        let style = format!(
            "font-size=\"10\" fill=\"{colour}\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\""
        );
        let at = ((x1 + x2) / 2.0, (y1 + y2) / 2.0 - 3.0);
        super::flow_label(&mut s, at, &format!("{} {}", health_mark(e.health), e.label), &style);
    }
    for i in 0..net.nodes.len() {
        let (x, y) = place(i, n);
        let w = net.weak_of(i);
        let ring = if w.linchpin || w.unconnected {
            box_style(w, p)
        } else {
            format!("stroke=\"{}\" stroke-width=\"2\"", p.text)
        };
        s.raw(&format!("<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"7\" fill=\"#fff\" {ring}/>"));
        let anchor = if x < W / 2.0 - 20.0 {
            "end"
        } else if x > W / 2.0 + 20.0 {
            "start"
        } else {
            "middle"
        };
        let dx = match anchor {
            "end" => -12.0,
            "start" => 12.0,
            _ => 0.0,
        };
        let dy = if anchor == "middle" { if y < H / 2.0 { -14.0 } else { 22.0 } } else { 4.0 };
        let style = format!(
            "font-size=\"12\" font-weight=\"600\" fill=\"{}\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\"",
            p.text
        );
        s.text(x + dx, y + dy, anchor, &style, &clip(&net.label(i), 28));
    }
    s.finish()
}
