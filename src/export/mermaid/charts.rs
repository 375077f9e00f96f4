//! Phase coverage, the agenda and indicator readings as Mermaid `xychart-beta` charts.

use std::fmt::Write;

use super::quoted;
use crate::export::picture::{AgendaBar, Trend, number};
use crate::model::{Phase, PhaseCoverage};

/// The longest category name on an x axis.
const CATEGORY_MAX: usize = 24;

/// The chart's first line with its colours: the first series light, the second dark, so a line
/// over bars (or a target beside readings) stands out.
fn head(first: &str, second: &str) -> String {
    format!(
        "%%{{init: {{\"themeVariables\": {{\"xyChart\": {{\"plotColorPalette\": \"{first}, {second}\"}}}}}}}}%%\nxychart-beta\n"
    )
}

/// A list of numbers as Mermaid writes them: `[1, 2.5]`.
fn series(values: impl IntoIterator<Item = f64>) -> String {
    let v: Vec<String> = values.into_iter().map(number).collect();
    format!("[{}]", v.join(", "))
}

/// The x axis of named categories; an empty name shows as a dash.
fn categories<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    let v: Vec<String> =
        names.into_iter().map(|n| quoted(if n.trim().is_empty() { "–" } else { n }, CATEGORY_MAX)).collect();
    format!("    x-axis [{}]\n", v.join(", "))
}

/// A y axis from zero to a little above the highest value.
fn y_axis(title: &str, highest: f64) -> String {
    format!("    y-axis {} 0 --> {}\n", quoted(title, CATEGORY_MAX), number((highest * 1.1).ceil().max(1.0)))
}

/// Tasks and actions per phase as bars, ongoing tasks as a line.
pub fn coverage(rows: &[(Phase, PhaseCoverage); 4]) -> String {
    let mut out = head("#9bbbe0", "#1b3a5c");
    out.push_str(&categories(rows.iter().map(|(p, _)| p.label())));
    let work = rows.iter().map(|(_, n)| (n.tasks + n.actions) as f64);
    out.push_str(&y_axis("tasks and actions", work.clone().fold(0.0, f64::max)));
    let _ = writeln!(out, "    bar {}", series(work));
    let _ = writeln!(out, "    line {}", series(rows.iter().map(|(_, n)| n.ongoing as f64)));
    out
}

/// Minutes planned per block as bars, minutes spent as a line.
pub fn agenda(bars: &[AgendaBar]) -> String {
    let mut out = head("#9bbbe0", "#1b3a5c");
    out.push_str(&categories(bars.iter().map(|b| b.title.as_str())));
    let highest = bars.iter().map(|b| b.planned.max(b.actual)).fold(0.0, f64::max);
    out.push_str(&y_axis("minutes", highest));
    let _ = writeln!(out, "    bar {}", series(bars.iter().map(|b| b.planned)));
    let _ = writeln!(out, "    line {}", series(bars.iter().map(|b| (b.actual * 10.0).round() / 10.0)));
    out
}

/// The baseline and readings as a line, the target as a flat line.
pub fn trend(t: &Trend) -> String {
    let mut out = head("#2f6fb0", "#c62828");
    out.push_str(&categories(t.points.iter().map(|(label, _)| label.as_str())));
    let unit = if t.unit.is_empty() { "value" } else { t.unit.as_str() };
    let _ = writeln!(out, "    y-axis {}", quoted(unit, CATEGORY_MAX));
    let _ = writeln!(out, "    line {}", series(t.points.iter().map(|(_, v)| *v)));
    let _ = writeln!(out, "    line {}", series(t.points.iter().map(|_| t.target)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_trend_draws_readings_and_the_target_on_the_same_axis() {
        let t = Trend {
            id: "A1".into(),
            name: "median".into(),
            unit: "hours".into(),
            points: vec![("baseline".into(), 120.0), ("2026-08-01".into(), 40.5)],
            target: 24.0,
        };
        assert_eq!(
            trend(&t).split_once('\n').unwrap().1,
            "xychart-beta\n    x-axis [\"baseline\", \"2026#45;08#45;01\"]\n    y-axis \"hours\"\n    line [120, 40.5]\n    line [24, 24]\n"
        );
    }

    #[test]
    fn agenda_bars_start_at_zero_and_reach_above_the_longest_block() {
        let bars = [AgendaBar { title: "Open & frame".into(), planned: 10.0, actual: 12.5 }];
        let text = agenda(&bars);
        assert!(text.contains("x-axis [\"Open #38; frame\"]"), "{text}");
        assert!(text.contains("y-axis \"minutes\" 0 --> 14\n"), "{text}");
        assert!(text.contains("bar [10]\n    line [12.5]"), "{text}");
    }
}
