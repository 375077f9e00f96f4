//! The stakeholder grid: a 5×5 field of power (up) by interest (right), quadrants named, each
//! stakeholder a coloured dot with its stance mark and name, several on one spot stacked.

use super::{Svg, clip};
use crate::export::html::Palette;
use crate::export::picture::{GridPoint, quadrant_name, stance_mark};
use crate::i18n::Tr;
use crate::model::Quadrant;
use crate::model::Stance;

const LEFT: f64 = 56.0;
const TOP: f64 = 28.0;
const CELL_W: f64 = 132.0;
const CELL_H: f64 = 92.0;
/// How many names fit in a cell, one a line.
const LINES: usize = 5;

/// A stance's colour.
fn colour(stance: Option<Stance>, p: &Palette) -> &str {
    match stance {
        Some(Stance::Champion) => &p.ok,
        Some(Stance::Supporter) => &p.accent,
        Some(Stance::Sceptic) => &p.warn,
        Some(Stance::Blocker) => &p.alert,
        _ => &p.muted,
    }
}

/// The grid as SVG.
pub fn grid(points: &[GridPoint], p: &Palette, tr: Tr) -> String {
    let (w, h) = (LEFT + 5.0 * CELL_W + 10.0, TOP + 5.0 * CELL_H + 40.0);
    let mut s = Svg::new(w, h, &tr.get("picture-grid-title"));
    let bands = [
        (0.0, 0.0, 2.0, 3.0, "#f4f6fa"),
        (2.0, 0.0, 3.0, 3.0, "#e8eef8"),
        (0.0, 3.0, 2.0, 2.0, "#fafafa"),
        (2.0, 3.0, 3.0, 2.0, "#f4f6fa"),
    ];
    for (col, row, cols, rows, fill) in bands {
        s.raw(&format!(
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{fill}\"/>",
            LEFT + col * CELL_W,
            TOP + row * CELL_H,
            cols * CELL_W,
            rows * CELL_H
        ));
    }
    for i in 0..=5 {
        let (x, y) = (LEFT + f64::from(i) * CELL_W, TOP + f64::from(i) * CELL_H);
        let strong = if i == 2 { "stroke-width=\"2\"" } else { "stroke-width=\"0.5\"" };
        let vline = format!(
            "<line x1=\"{x:.1}\" y1=\"{TOP}\" x2=\"{x:.1}\" y2=\"{:.1}\" stroke=\"{}\" {strong}/>",
            TOP + 5.0 * CELL_H,
            p.border
        );
        s.raw(&vline);
        let strong = if i == 3 { "stroke-width=\"2\"" } else { "stroke-width=\"0.5\"" };
        let hline = format!(
            "<line x1=\"{LEFT}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"{}\" {strong}/>",
            LEFT + 5.0 * CELL_W,
            p.border
        );
        s.raw(&hline);
    }
    let named = "font-size=\"12\" font-weight=\"600\" fill=\"#555\"";
    let quadrant = |q| quadrant_name(q, tr);
    s.text(LEFT + 1.0 * CELL_W, TOP - 8.0, "middle", named, &quadrant(Quadrant::KeepSatisfied));
    s.text(LEFT + 3.5 * CELL_W, TOP - 8.0, "middle", named, &quadrant(Quadrant::ManageClosely));
    s.text(LEFT + 1.0 * CELL_W, TOP + 5.0 * CELL_H + 16.0, "middle", named, &quadrant(Quadrant::Monitor));
    s.text(
        LEFT + 3.5 * CELL_W,
        TOP + 5.0 * CELL_H + 16.0,
        "middle",
        named,
        &quadrant(Quadrant::KeepInformed),
    );
    let axis = "font-size=\"11\" fill=\"#555\"";
    for i in 1..=5u8 {
        let x = LEFT + (f64::from(i) - 0.5) * CELL_W;
        let interest = tr.args("picture-axis-interest", &[("value", i.into())]);
        s.text(x, TOP + 5.0 * CELL_H + 32.0, "middle", axis, &interest);
        let y = TOP + (5.0 - f64::from(i) + 0.5) * CELL_H;
        s.text(LEFT - 8.0, y, "end", axis, &tr.args("picture-axis-power", &[("value", i.into())]));
    }
    for pt in points {
        let (k, n) = pt.slot;
        let (cx, cy) = (LEFT + f64::from(pt.interest - 1) * CELL_W, TOP + f64::from(5 - pt.power) * CELL_H);
        // Two or fewer on a spot: each name may take two lines, so it is shown whole.
        let per = if n <= 2 { 2 } else { 1 };
        if k * per >= LINES {
            continue;
        }
        let y = cy + 16.0 + 16.0 * (k * per) as f64;
        if k == LINES - 1 && n > LINES {
            s.text(
                cx + 8.0,
                y,
                "start",
                "font-size=\"11\" fill=\"#555\"",
                &tr.args("picture-more", &[("count", (n - LINES + 1).into())]),
            );
            continue;
        }
        let c = colour(pt.stance, p);
        s.raw(&format!("<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"4.5\" fill=\"{c}\"/>", cx + 10.0, y - 4.0));
        let style = format!("font-size=\"10\" fill=\"{c}\"");
        let head = format!("{} {} ", stance_mark(pt.stance), pt.id);
        let words = textwrap::wrap(&pt.name, 15);
        if per == 2 && words.len() > 1 {
            s.text(cx + 18.0, y, "start", &style, &format!("{head}{}", words[0]));
            let rest = words[1..].join(" ");
            s.text(cx + 18.0, y + 13.0, "start", &style, &clip(&rest, 20));
        } else {
            s.text(cx + 18.0, y, "start", &style, &format!("{head}{}", clip(&pt.name, 15)));
        }
    }
    s.finish()
}
