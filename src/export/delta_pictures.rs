//! The delta report's pictures, as Mermaid diagrams: who moved on the power/interest grid (an
//! arrow from the old quadrant to the new, from "joined", to "left"), and each phase's ongoing
//! work then and now; each with a table beside it for tools that do not draw Mermaid.

use std::fmt::Write;

use super::markdown::table;
use super::mermaid::quoted;
use crate::diff::{Diff, Move};
use crate::model::{Phase, Quadrant};

/// The bars' colour (then) and the line's (now): a mid blue that prints mid-grey, and near-black.
const THEN: &str = "#5577aa";
const NOW: &str = "#111111";

/// The most moves drawn; more would make the picture unreadable (the table lists them all).
const MOST_ARROWS: usize = 40;

fn node(q: Option<Quadrant>, joining: bool) -> &'static str {
    match q {
        Some(Quadrant::ManageClosely) => "mc",
        Some(Quadrant::KeepSatisfied) => "ks",
        Some(Quadrant::KeepInformed) => "ki",
        Some(Quadrant::Monitor) => "mo",
        None if joining => "joined",
        None => "left",
    }
}

fn place(q: Option<Quadrant>, none: &str) -> String {
    q.map_or_else(|| none.to_string(), |q| q.label().to_string())
}

/// Who moved on the grid: a flowchart of the quadrants with an arrow per move, and a table.
fn grid(out: &mut String, moves: &[Move]) {
    out.push_str("### Who moved on the power/interest grid\n\n```mermaid\nflowchart LR\n");
    out.push_str("    joined((\"joined\"))\n    left((\"left\"))\n");
    for q in [Quadrant::ManageClosely, Quadrant::KeepSatisfied, Quadrant::KeepInformed, Quadrant::Monitor] {
        let _ = writeln!(out, "    {}[\"{}\"]", node(Some(q), false), q.label());
    }
    for m in moves.iter().take(MOST_ARROWS) {
        let _ =
            writeln!(out, "    {} -->|{}| {}", node(m.from, true), quoted(&m.name, 40), node(m.to, false));
    }
    out.push_str("```\n\n");
    let rows = moves.iter().map(|m| vec![m.name.clone(), place(m.from, "(joined)"), place(m.to, "(left)")]);
    out.push_str(&table(&["Stakeholder", "Then", "Now"], rows));
    out.push('\n');
}

/// Ongoing work per phase then (bars) and now (a line), and a table.
fn coverage(out: &mut String, (then, now): ([usize; 4], [usize; 4])) {
    let most = then.iter().chain(&now).copied().max().unwrap_or(0).max(1);
    let list = |v: [usize; 4]| v.iter().map(usize::to_string).collect::<Vec<_>>().join(", ");
    // Colours that stay apart in greyscale (mid-grey bars, a black line) and the numbers written
    // on the bars, so a black-and-white print still reads: the default palette prints near-white.
    out.push_str("### Ongoing work per phase, then and now\n\n```mermaid\n");
    let _ = writeln!(
        out,
        "%%{{init: {{\"xyChart\": {{\"showDataLabel\": true}}, \"themeVariables\": {{\"xyChart\": {{\"plotColorPalette\": \"{THEN}, {NOW}\"}}}}}}}}%%"
    );
    out.push_str("xychart-beta\n");
    out.push_str("    title \"Active tasks and running actions: then (bars), now (line)\"\n");
    out.push_str("    x-axis [Connect, Share, Solve, Innovate]\n");
    let _ = writeln!(out, "    y-axis \"ongoing work\" 0 --> {most}");
    let _ = writeln!(out, "    bar [{}]\n    line [{}]\n```\n", list(then), list(now));
    let rows = Phase::ALL.iter().map(|&p| {
        let (a, b) = (then[p as usize], now[p as usize]);
        vec![p.label().to_string(), a.to_string(), b.to_string()]
    });
    out.push_str(&table(&["Phase", "Then", "Now"], rows));
    out.push('\n');
}

/// The pictures of what moved: the grid (when anyone moved) and the phases then and now.
pub fn pictures(d: &Diff) -> String {
    let mut out = String::from("## What moved\n\n");
    if !d.moves.is_empty() {
        grid(&mut out, &d.moves);
    }
    coverage(&mut out, d.ongoing);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A `#rrggbb` colour's grey in a black-and-white print, 0 (black) to 1 (white).
    fn grey(hex: &str) -> f64 {
        let c = |i: usize| f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
        0.299 * c(1) + 0.587 * c(3) + 0.114 * c(5)
    }

    #[test]
    fn the_then_and_now_chart_reads_in_greyscale() {
        let mut out = String::new();
        coverage(&mut out, ([3, 3, 0, 0], [1, 1, 2, 1]));
        let palette =
            out.split("\"plotColorPalette\": \"").nth(1).expect("colours named").split('"').next().unwrap();
        let colours: Vec<&str> = palette.split(", ").collect();
        assert_eq!(colours.len(), 2, "{out}");
        let (bars, line) = (grey(colours[0]), grey(colours[1]));
        assert!(bars < 0.6 && bars > 0.25, "bars neither white nor black in grey: {bars}");
        assert!(bars - line > 0.25, "the line stands out from the bars: {bars} {line}");
        assert!(out.contains("\"showDataLabel\": true"), "numbers on the bars, not colour alone");
        assert!(out.contains("then (bars), now (line)"), "the title names the shapes");
    }
}
