//! Phase coverage, the agenda and indicator readings as Mermaid `xychart-beta` charts.

use std::fmt::Write;

use super::quoted;
use crate::export::picture::{AgendaBar, Trend, number, trend_word};
use crate::i18n::Tr;
use crate::model::{Day, Phase, PhaseCoverage};

/// The longest category name on an x axis.
const CATEGORY_MAX: usize = 24;

/// How wide Mermaid draws a chart, and the font of its axis labels, as cvc tells it.
pub const WIDTH: f64 = 900.0;
pub const AXIS_FONT: f64 = 12.0;

/// The chart's first line with its colours: the first series light, the second dark, so a line
/// over bars (or a target beside readings) stands out; its width and the axis labels' font.
fn head(first: &str, second: &str) -> String {
    sized(first, second, (WIDTH, 500.0), AXIS_FONT)
}

/// [`head`] for a chart of `size` (width, height) with axis labels of `font`.
fn sized(first: &str, second: &str, (width, height): (f64, f64), font: f64) -> String {
    format!(
        "%%{{init: {{\"xyChart\": {{\"width\": {width}, \"height\": {height}, \"xAxis\": {{\"labelFontSize\": {font}}}, \"yAxis\": {{\"labelFontSize\": {font}}}}}, \"themeVariables\": {{\"xyChart\": {{\"plotColorPalette\": \"{first}, {second}\"}}}}}}}}%%\nxychart-beta\n"
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

/// Tasks and actions per phase as bars, ongoing work (active tasks, actions under way) as a line.
pub fn coverage(rows: &[(Phase, PhaseCoverage); 4], tr: Tr) -> String {
    let mut out = head("#9bbbe0", "#1b3a5c");
    let phases: Vec<String> = rows.iter().map(|(p, _)| tr.label(*p)).collect();
    out.push_str(&categories(phases.iter().map(String::as_str)));
    let work = rows.iter().map(|(_, n)| (n.tasks + n.actions) as f64);
    out.push_str(&y_axis(&tr.get("picture-tasks-and-actions"), work.clone().fold(0.0, f64::max)));
    let _ = writeln!(out, "    bar {}", series(work));
    let _ = writeln!(out, "    line {}", series(rows.iter().map(|(_, n)| n.ongoing as f64)));
    out
}

/// Minutes planned per block as bars, minutes spent as a line; the blocks down the side, one a
/// row, so long block names never run into each other.
pub fn agenda(bars: &[AgendaBar], tr: Tr) -> String {
    let mut out = sized("#9bbbe0", "#1b3a5c", (600.0, 400.0), 14.0)
        .replace("xychart-beta\n", "xychart-beta horizontal\n");
    out.push_str(&categories(bars.iter().map(|b| b.title.as_str())));
    let highest = bars.iter().map(|b| b.planned.max(b.actual)).fold(0.0, f64::max);
    out.push_str(&y_axis(&tr.get("picture-minutes"), highest));
    let _ = writeln!(out, "    bar {}", series(bars.iter().map(|b| b.planned)));
    let _ = writeln!(out, "    line {}", series(bars.iter().map(|b| (b.actual * 10.0).round() / 10.0)));
    out
}

/// The most months on a trend's time axis; a longer span steps by several months.
const MONTHS_MAX: i64 = 12;

/// A month as a count from year 0, and back.
fn month_of(d: Day) -> i64 {
    let (y, m, _) = d.ymd();
    i64::from(y) * 12 + i64::from(m) - 1
}

/// A month of the axis the way `tr`'s language writes it (`déc. 2026`; English `2026-12`).
fn month_label(month: i64, tr: Tr) -> String {
    let year = i16::try_from(month.div_euclid(12)).unwrap_or(i16::MAX);
    let m = i8::try_from(month.rem_euclid(12) + 1).unwrap_or(1);
    crate::i18n::axis_month(year, m, tr.lang())
}

/// The line's value in each month of the axis: the last point measured in it, else the line
/// between the points on either side (what a line drawn through the points shows there).
fn monthly(points: &[(i64, f64)], months: &[i64]) -> Vec<f64> {
    months
        .iter()
        .map(|m| {
            if let Some((_, v)) = points.iter().rev().find(|(pm, _)| pm == m) {
                return *v;
            }
            let before = points.iter().rev().find(|(pm, _)| pm < m);
            let after = points.iter().find(|(pm, _)| pm > m);
            match (before, after) {
                (Some((a, va)), Some((b, vb))) => va + (vb - va) * (m - a) as f64 / (b - a) as f64,
                (Some((_, v)), None) | (None, Some((_, v))) => *v,
                (None, None) => 0.0,
            }
        })
        .collect()
}

/// The baseline and readings as a line over the months they span (Mermaid spaces categories
/// evenly, so the axis is the calendar and a long gap between readings looks long), the target as
/// a flat line. A baseline without its date comes first, on its own.
pub fn trend(t: &Trend, tr: Tr) -> String {
    let mut out = sized("#2f6fb0", "#c62828", (WIDTH, 320.0), AXIS_FONT);
    let dated: Vec<(i64, f64)> =
        t.days.iter().zip(&t.points).filter_map(|(d, (_, v))| d.map(|d| (month_of(d), *v))).collect();
    let undated: Vec<f64> =
        t.days.iter().zip(&t.points).filter(|(d, _)| d.is_none()).map(|(_, (_, v))| *v).collect();
    let (first, last) =
        (dated.iter().map(|p| p.0).min().unwrap_or(0), dated.iter().map(|p| p.0).max().unwrap_or(0));
    let step = ((last - first) / MONTHS_MAX + 1).max(1);
    let mut months: Vec<i64> = (first..=last).step_by(step as usize).collect();
    if months.last() != Some(&last) {
        months.push(last);
    }
    let mut names: Vec<String> = undated.iter().map(|_| trend_word("baseline", tr)).collect();
    names.extend(months.iter().map(|m| month_label(*m, tr)));
    out.push_str(&categories(names.iter().map(String::as_str)));
    let unit = if t.unit.is_empty() { tr.get("picture-value") } else { trend_word(&t.unit, tr) };
    let _ = writeln!(out, "    y-axis {}", quoted(&unit, CATEGORY_MAX));
    let mut values = undated;
    values.extend(monthly(&dated, &months));
    let _ = writeln!(out, "    line {}", series(values.iter().map(|v| (v * 10.0).round() / 10.0)));
    let _ = writeln!(out, "    line {}", series(names.iter().map(|_| t.target)));
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
            days: vec![None, Day::new(2026, 8, 1)],
            at: vec![0.0, 1.0],
            target: 24.0,
        };
        assert_eq!(
            trend(&t, Tr::default()).split_once('\n').unwrap().1,
            "xychart-beta\n    x-axis [\"baseline\", \"2026#45;08\"]\n    y-axis \"hours\"\n    line [120, 40.5]\n    line [24, 24]\n"
        );
    }

    #[test]
    fn a_trend_is_drawn_on_the_calendar_so_a_long_gap_looks_long() {
        let day = |y, m, d| Day::new(y, m, d);
        let t = Trend {
            id: "A5".into(),
            name: "engineers attending".into(),
            unit: "engineers".into(),
            points: vec![("baseline".into(), 0.0), ("a".into(), 6.0), ("b".into(), 9.0), ("c".into(), 12.0)],
            days: vec![day(2026, 6, 1), day(2026, 7, 10), day(2027, 2, 5), day(2027, 5, 7)],
            at: vec![0.0, 0.1, 0.7, 1.0],
            target: 15.0,
        };
        let text = trend(&t, Tr::default());
        let axis = text.lines().find(|l| l.contains("x-axis")).unwrap();
        assert_eq!(axis.matches(',').count() + 1, 12, "June 2026 to May 2027, one category a month: {axis}");
        assert!(axis.starts_with("    x-axis [\"2026#45;06\", \"2026#45;07\", \"2026#45;08\""), "{axis}");
        assert!(text.contains("line [0, 6, 6.4, 6.9, 7.3, 7.7, 8.1, 8.6, 9, 10, 11, 12]"), "{text}");
    }

    /// The x axis's categories as shown (entity codes as one character each).
    fn shown_categories(chart: &str) -> Vec<usize> {
        let Some(axis) = chart.lines().find(|l| l.trim_start().starts_with("x-axis [")) else {
            return Vec::new();
        };
        let inside = axis.split_once('[').unwrap().1.trim_end_matches(']');
        inside.split("\", \"").map(|c| super::super::grid::shown_chars(c.trim_matches('"'))).collect()
    }

    /// Whether the x axis's labels fit side by side: each no wider than its share of the plot.
    fn labels_fit(chart: &str) -> bool {
        let widths = shown_categories(chart);
        if chart.contains("xychart-beta horizontal") || widths.is_empty() {
            return true;
        }
        let share = (WIDTH - 90.0) / widths.len() as f64;
        widths.iter().all(|n| *n as f64 * 0.62 * AXIS_FONT <= share * 0.9)
    }

    #[test]
    fn axis_labels_of_the_acme_charts_do_not_run_into_each_other() {
        for file in ["canvases/acme-2026-05.ron", "canvases/acme-2026-11.ron", "canvases/acme-2027-05.ron"] {
            let c = crate::store::load(std::path::Path::new(file)).unwrap();
            for p in crate::export::picture::pictures(&c) {
                let chart = super::super::diagram(&p, Tr::default());
                assert!(labels_fit(&chart), "{file}: {chart}");
            }
        }
        let long: Vec<AgendaBar> = (0..12)
            .map(|i| AgendaBar { title: format!("A rather long block name {i}"), planned: 10.0, actual: 5.0 })
            .collect();
        assert!(agenda(&long, Tr::default()).contains("xychart-beta horizontal\n"), "blocks down the side");
    }

    #[test]
    fn agenda_bars_start_at_zero_and_reach_above_the_longest_block() {
        let bars = [AgendaBar { title: "Open & frame".into(), planned: 10.0, actual: 12.5 }];
        let text = agenda(&bars, Tr::default());
        assert!(text.contains("x-axis [\"Open #38; frame\"]"), "{text}");
        assert!(text.contains("y-axis \"minutes\" 0 --> 14\n"), "{text}");
        assert!(text.contains("bar [10]\n    line [12.5]"), "{text}");
    }
}
