//! The stakeholder grid as a Mermaid `quadrantChart`.

use std::fmt::Write;

use super::{LABEL_MAX, quoted};
use crate::export::picture::{GridPoint, stance_mark};
use crate::model::Stance;

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

/// The quadrant chart: quadrants named as the terminal's grid names them, each point coloured and
/// marked by stance.
pub fn quadrant(points: &[GridPoint]) -> String {
    let mut out = String::from("quadrantChart\n");
    out.push_str("    x-axis \"Low interest\" --> \"High interest\"\n");
    out.push_str("    y-axis \"Low power\" --> \"High power\"\n");
    out.push_str("    quadrant-1 \"Manage closely\"\n    quadrant-2 \"Keep satisfied\"\n");
    out.push_str("    quadrant-3 \"Monitor\"\n    quadrant-4 \"Keep informed\"\n");
    for (name, colour) in [
        ("champion", "#1b7f3b"),
        ("supporter", "#2f6fb0"),
        ("neutral", "#6b6b6b"),
        ("sceptic", "#b26a00"),
        ("blocker", "#c62828"),
    ] {
        let _ = writeln!(out, "    classDef {name} color: {colour}, radius: 6");
    }
    for p in points {
        let (x, y) = place(p);
        let text = format!("{} {} {}", stance_mark(p.stance), p.id, p.name);
        let _ = writeln!(out, "    {}:::{}: [{x:.3}, {y:.3}]", quoted(&text, LABEL_MAX), class(p.stance));
    }
    out
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

    #[test]
    fn a_point_line_quotes_its_label_and_names_its_class() {
        let mut p = point(4, 2, (0, 1));
        p.name = "Ops \"core\": [x]".into();
        p.stance = Some(Stance::Blocker);
        let text = quadrant(&[p]);
        let line = text.lines().last().unwrap();
        assert!(
            line.starts_with("    \"#10007; S1 Ops #quot;core#quot;#58; #91;x#93;\":::blocker: [0."),
            "{line}"
        );
    }
}
