//! The stakeholder grid as a Mermaid `quadrantChart`.

use std::fmt::Write;

use super::{LABEL_MAX, quoted};
use crate::export::picture::{GridPoint, quadrant_name, stance_mark};
use crate::i18n::Tr;
use crate::model::{Quadrant, Stance};

/// Where a rating of 1–5 sits on an axis of 0–1: 1 and 2 share the low half, 3 to 5 the high
/// half (the quadrant line is between 2 and 3), each at the middle of its cell; with the cell's size.
pub fn axis(rating: u8) -> (f64, f64) {
    match rating {
        0..=2 => (0.125 + 0.25 * f64::from(rating.saturating_sub(1)), 0.25),
        _ => (0.5 + 1.0 / 6.0 * (f64::from(rating - 3) + 0.5), 1.0 / 6.0),
    }
}

/// A point's place on the field: its cell's middle, moved apart from the others on its spot
/// (stacked up and down, alternately left and right) so labels do not sit on each other.
pub fn place(p: &GridPoint) -> (f64, f64) {
    let ((x, w), (y, h)) = (axis(p.interest), axis(p.power));
    let (k, n) = p.slot;
    if n <= 1 {
        return (x, y);
    }
    let step = (h * 0.9 / n as f64).min(0.06);
    let dy = (k as f64 - (n as f64 - 1.0) / 2.0) * step;
    let dx = if k % 2 == 0 { -w * 0.2 } else { w * 0.2 };
    ((x + dx).clamp(0.01, 0.99), (y - dy).clamp(0.01, 0.99))
}

/// The class a stance's points get, for their colour.
fn class(stance: Option<Stance>) -> &'static str {
    match stance {
        Some(Stance::Champion) => "champion",
        Some(Stance::Supporter) => "supporter",
        Some(Stance::Neutral) | None => "neutral",
        Some(Stance::Sceptic) => "sceptic",
        Some(Stance::Blocker) => "blocker",
    }
}

/// The chart's size and the points' label font, as Mermaid is told them (its defaults but the font).
const CHART: f64 = 500.0;
const FONT: f64 = 11.0;
/// Where Mermaid draws the quadrants inside the chart: after 5 of padding and 26 for the axis
/// names (left and bottom), 464 square.
const PLOT_LEFT: f64 = 31.0;
const PLOT_TOP: f64 = 5.0;
const PLOT: f64 = 464.0;
/// The widest a character of a label is taken to be, as a share of the font size; a label is
/// drawn 5 below its point, centred.
const CHAR_W: f64 = 0.62;
const TEXT_GAP: f64 = 5.0;
/// How far a dot reaches from its centre.
const DOT: f64 = 6.0;

/// A box on the chart: left, top, right, bottom, in Mermaid's units.
type Box4 = (f64, f64, f64, f64);

fn overlaps(a: Box4, b: Box4) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// How many characters a label shows: an entity code (`#35;`, `#quot;`) is one.
pub fn shown_chars(label: &str) -> usize {
    let mut n = 0;
    let mut rest = label;
    while let Some(c) = rest.chars().next() {
        let code = c == '#'
            && rest[1..].find(';').is_some_and(|end| {
                let body = &rest[1..1 + end];
                body == "quot" || (!body.is_empty() && body.bytes().all(|b| b.is_ascii_digit()))
            });
        if code {
            rest = &rest[rest.find(';').unwrap_or(0) + 1..];
        } else {
            rest = &rest[c.len_utf8()..];
        }
        n += 1;
    }
    n
}

/// The box a label of `chars` characters takes under a point at (`x`, `y`) on the 0–1 field.
pub fn label_box(x: f64, y: f64, chars: usize) -> Box4 {
    let (px, py) = (PLOT_LEFT + x * PLOT, PLOT_TOP + (1.0 - y) * PLOT);
    let half = chars as f64 * CHAR_W * FONT / 2.0;
    (px - half, py + TEXT_GAP, px + half, py + TEXT_GAP + FONT * 1.25)
}

/// The box a point's dot takes.
pub fn dot_box(x: f64, y: f64) -> Box4 {
    let (px, py) = (PLOT_LEFT + x * PLOT, PLOT_TOP + (1.0 - y) * PLOT);
    (px - DOT, py - DOT, px + DOT, py + DOT)
}

/// `x` moved (within its half of the field) so a label of `chars` characters stays on the chart;
/// `None` when it is wider than the half.
fn fit(x: f64, chars: usize) -> Option<f64> {
    let half = chars as f64 * CHAR_W * FONT / 2.0;
    let (lo, hi): (f64, f64) = if x >= 0.5 { (0.52, 0.99) } else { (0.01, 0.48) };
    let lo = lo.max((half + 2.0 - PLOT_LEFT) / PLOT);
    let hi = hi.min((CHART - 2.0 - half - PLOT_LEFT) / PLOT);
    (lo <= hi).then(|| x.clamp(lo, hi))
}

/// A point as drawn: its place and its label (quoted, escaped).
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    /// Across, 0–1.
    pub x: f64,
    /// Up, 0–1.
    pub y: f64,
    /// The quoted label.
    pub label: String,
    /// Whether the label names the stakeholder in full (else its mark and id only).
    pub named: bool,
}

/// Each point's place and label: every point shows its stance mark and id; its name too where
/// the name fits on the chart without running into another label or dot.
pub fn layout(points: &[GridPoint]) -> Vec<Placed> {
    let mut out: Vec<Placed> = points
        .iter()
        .map(|p| {
            let (x, y) = place(p);
            let label = quoted(&format!("{} {}", stance_mark(p.stance), p.id), LABEL_MAX);
            let x = fit(x, shown_chars(&label)).unwrap_or(x);
            Placed { x, y, label, named: false }
        })
        .collect();
    for (i, p) in points.iter().enumerate() {
        let full = quoted(&format!("{} {} {}", stance_mark(p.stance), p.id, p.name), 30);
        let chars = shown_chars(&full);
        let Some(x) = fit(place(p).0, chars) else { continue };
        // The point may move up or down inside its cell to make room for its name.
        let (cell, size) = axis(p.power);
        let room = size / 2.0 - 0.02;
        let tries = [0.0, -0.035, 0.035, -0.07, 0.07];
        let free = tries.iter().map(|dy| out[i].y + dy).filter(|y| (y - cell).abs() <= room).find(|&y| {
            let (mine, dot) = (label_box(x, y, chars), dot_box(x, y));
            !out.iter().enumerate().filter(|(k, _)| *k != i).any(|(_, o)| {
                let theirs = label_box(o.x, o.y, shown_chars(&o.label));
                overlaps(mine, theirs) || overlaps(mine, dot_box(o.x, o.y)) || overlaps(dot, theirs)
            })
        });
        if let Some(y) = free {
            out[i] = Placed { x, y, label: full, named: true };
        }
    }
    out
}

/// The quadrant chart: quadrants named as the terminal's grid names them, each point coloured and
/// marked by stance, named where the name fits (see [`layout`]; [`unnamed`] lists the others).
pub fn quadrant(points: &[GridPoint], tr: Tr) -> String {
    let mut out = format!(
        "%%{{init: {{\"quadrantChart\": {{\"chartWidth\": {CHART}, \"chartHeight\": {CHART}, \"pointLabelFontSize\": {FONT}}}}}}}%%\nquadrantChart\n"
    );
    let words = |key: &str| quoted(&tr.get(key), LABEL_MAX);
    let _ =
        writeln!(out, "    x-axis {} --> {}", words("picture-low-interest"), words("picture-high-interest"));
    let _ = writeln!(out, "    y-axis {} --> {}", words("picture-low-power"), words("picture-high-power"));
    let quadrants =
        [Quadrant::ManageClosely, Quadrant::KeepSatisfied, Quadrant::Monitor, Quadrant::KeepInformed];
    for (i, q) in quadrants.into_iter().enumerate() {
        let _ = writeln!(out, "    quadrant-{} {}", i + 1, quoted(&quadrant_name(q, tr), LABEL_MAX));
    }
    for (name, colour) in [
        ("champion", "#1b7f3b"),
        ("supporter", "#2f6fb0"),
        ("neutral", "#6b6b6b"),
        ("sceptic", "#b26a00"),
        ("blocker", "#c62828"),
    ] {
        let _ = writeln!(out, "    classDef {name} color: {colour}, radius: 6");
    }
    for (p, at) in points.iter().zip(layout(points)) {
        let _ = writeln!(out, "    {}:::{}: [{:.3}, {:.3}]", at.label, class(p.stance), at.x, at.y);
    }
    out
}

/// The stakeholders the chart shows by id only (their names did not fit): id and name.
pub fn unnamed(points: &[GridPoint]) -> Vec<(String, String)> {
    points
        .iter()
        .zip(layout(points))
        .filter(|(_, at)| !at.named)
        .map(|(p, _)| (p.id.clone(), p.name.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(power: u8, interest: u8, slot: (usize, usize)) -> GridPoint {
        GridPoint { id: "S1".into(), name: "x".into(), power, interest, stance: None, slot }
    }

    #[test]
    fn ratings_land_on_their_side_of_the_quadrant_line() {
        assert!(axis(1).0 < 0.5 && axis(2).0 < 0.5);
        assert!(axis(3).0 > 0.5 && axis(5).0 < 1.0);
        assert!(axis(3).0 < axis(4).0 && axis(4).0 < axis(5).0);
    }

    #[test]
    fn points_on_one_spot_are_spread_and_stay_in_their_quadrant() {
        let places: Vec<_> = (0..4).map(|k| place(&point(3, 3, (k, 4)))).collect();
        for (i, a) in places.iter().enumerate() {
            assert!(a.0 > 0.5 && a.1 > 0.5, "{a:?} left manage closely");
            for b in &places[i + 1..] {
                assert!((a.0 - b.0).abs() + (a.1 - b.1).abs() > 0.03, "{a:?} on {b:?}");
            }
        }
        assert_eq!(place(&point(1, 5, (0, 1))), (axis(5).0, axis(1).0));
    }

    /// Every point line of a chart: its label's box and its dot's box.
    fn boxes(chart: &str) -> Vec<(String, Box4, Box4)> {
        chart
            .lines()
            .filter_map(|l| {
                let l = l.trim();
                let label = l.strip_prefix('"')?.split("\":::").next()?;
                let at = l.rsplit_once(": [")?.1.trim_end_matches(']');
                let (x, y) = at.split_once(", ")?;
                let (x, y): (f64, f64) = (x.parse().ok()?, y.parse().ok()?);
                Some((label.to_string(), label_box(x, y, shown_chars(label)), dot_box(x, y)))
            })
            .collect()
    }

    #[test]
    fn no_label_runs_into_another_or_off_the_chart() {
        for file in ["canvases/acme-2026-05.ron", "canvases/acme-2026-11.ron", "canvases/acme-2027-05.ron"] {
            let c = crate::store::load(std::path::Path::new(file)).unwrap();
            let chart = quadrant(&crate::export::picture::grid(&c), Tr::default());
            let found = boxes(&chart);
            assert_eq!(found.len(), c.stakeholders.len(), "{file}");
            for (i, (a, la, da)) in found.iter().enumerate() {
                assert!(la.0 >= 0.0 && la.2 <= CHART, "{file}: {a} is cut at the edge: {la:?}");
                for (b, lb, db) in &found[i + 1..] {
                    assert!(!overlaps(*la, *lb), "{file}: {a} runs into {b}");
                    assert!(!overlaps(*la, *db) && !overlaps(*lb, *da), "{file}: {a} and {b} cover a dot");
                }
            }
            let named = found.iter().filter(|(l, ..)| l.split(' ').count() > 2).count();
            assert!(named * 2 >= found.len(), "{file}: most points keep their name: {chart}");
        }
    }

    #[test]
    fn a_crowded_spot_shows_ids_and_lists_the_names_left_out() {
        let points: Vec<GridPoint> = (0..4)
            .map(|k| GridPoint {
                id: format!("S{k}"),
                name: "A rather long stakeholder name".into(),
                power: 4,
                interest: 4,
                stance: None,
                slot: (k, 4),
            })
            .collect();
        let left = unnamed(&points);
        assert!(!left.is_empty(), "{left:?}");
        assert!(
            quadrant(&points, Tr::default()).contains("\"#9675; S1\":::neutral"),
            "{}",
            quadrant(&points, Tr::default())
        );
    }

    #[test]
    fn a_point_line_quotes_its_label_and_names_its_class() {
        let mut p = point(4, 2, (0, 1));
        p.name = "Ops \"core\": [x]".into();
        p.stance = Some(Stance::Blocker);
        let text = quadrant(&[p], Tr::default());
        let line = text.lines().last().unwrap();
        assert!(
            line.starts_with("    \"#10007; S1 Ops #quot;core#quot;#58; #91;x#93;\":::blocker: [0."),
            "{line}"
        );
    }
}
