//! An indicator's baseline and readings as a line, against its target as a dashed line.

use super::{Svg, clip};
use crate::export::html::Palette;
use crate::export::picture::{Trend, number_in, trend_word};
use crate::i18n::Tr;

const W: f64 = 720.0;
const H: f64 = 250.0;
const LEFT: f64 = 70.0;
const TOP: f64 = 24.0;
const BOTTOM: f64 = 40.0;
/// The least room between two dates under the time axis.
const LABEL_GAP: f64 = 74.0;

/// The trend as SVG.
pub fn trend(t: &Trend, p: &Palette, tr: Tr) -> String {
    sized(t, p, W, H, tr)
}

/// The trend drawn small, for a loop card: the same picture on a narrower field, so its text
/// stays readable at half the page's width.
pub fn card(t: &Trend, p: &Palette, tr: Tr) -> String {
    sized(t, p, 420.0, 200.0, tr)
}

/// The trend on a field `w` × `h`.
fn sized(t: &Trend, p: &Palette, w: f64, h: f64, tr: Tr) -> String {
    let number = |x: f64| number_in(x, tr);
    let mut s = Svg::new(w, h, &format!("{} {}", t.id, t.name));
    let values = t.points.iter().map(|(_, v)| *v).chain([t.target]);
    let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), v| (l.min(v), h.max(v)));
    let (lo, hi) = (lo.min(0.0), if hi > lo { hi } else { lo + 1.0 });
    let plot_h = h - TOP - BOTTOM;
    let y = |v: f64| TOP + (hi - v) / (hi - lo) * plot_h;
    // Points sit by their day, so a seven-month gap between readings looks like one.
    let x = |i: usize| LEFT + 20.0 + t.at.get(i).copied().unwrap_or(0.0) * (w - LEFT - 60.0);
    let axis = format!("stroke=\"{}\"", p.border);
    s.raw(&format!("<line x1=\"{LEFT}\" y1=\"{TOP}\" x2=\"{LEFT}\" y2=\"{:.1}\" {axis}/>", h - BOTTOM));
    s.raw(&format!(
        "<line x1=\"{LEFT}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" {axis}/>",
        h - BOTTOM,
        w - 10.0,
        h - BOTTOM
    ));
    let small = "font-size=\"11\" fill=\"#444\"";
    for v in [lo, (lo + hi) / 2.0, hi] {
        s.text(LEFT - 6.0, y(v) + 4.0, "end", small, &number(v));
    }
    s.text(LEFT - 6.0, TOP - 10.0, "end", small, &clip(&trend_word(&t.unit, tr), 12));
    let ty = y(t.target);
    s.raw(&format!(
        "<line x1=\"{LEFT}\" y1=\"{ty:.1}\" x2=\"{:.1}\" y2=\"{ty:.1}\" stroke=\"{}\" stroke-width=\"2\" stroke-dasharray=\"8 5\"/>",
        w - 10.0,
        p.alert
    ));
    s.text(
        w - 12.0,
        ty - 6.0,
        "end",
        &format!("font-size=\"11\" fill=\"{}\"", p.alert),
        &tr.args("picture-target", &[("value", number(t.target).into())]),
    );
    let path: Vec<String> =
        t.points.iter().enumerate().map(|(i, (_, v))| format!("{:.1},{:.1}", x(i), y(*v))).collect();
    s.raw(&format!(
        "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2.5\"/>",
        path.join(" "),
        p.accent
    ));
    // A date under a point only where it does not run into the one before it.
    let mut last_label = f64::NEG_INFINITY;
    for (i, (label, v)) in t.points.iter().enumerate() {
        s.raw(&format!("<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"4\" fill=\"{}\"/>", x(i), y(*v), p.accent));
        s.text(x(i), y(*v) - 9.0, "middle", &format!("font-size=\"11\" fill=\"{}\"", p.accent), &number(*v));
        if x(i) - last_label >= LABEL_GAP {
            s.text(x(i), h - BOTTOM + 16.0, "middle", small, &clip(&trend_word(label, tr), 14));
            last_label = x(i);
        }
    }
    s.finish()
}
