//! The delta report's pictures, as Mermaid diagrams: who moved on the power/interest grid (an
//! arrow from the old quadrant to the new, from "joined", to "left"), and each phase's ongoing
//! work then and now; each with a table beside it for tools that do not draw Mermaid.

use std::fmt::Write;

use super::markdown::table;
use super::mermaid::quoted;
use crate::diff::{Diff, Move};
use crate::model::{Phase, Quadrant};

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
    out.push_str("### Ongoing work per phase, then and now\n\n```mermaid\nxychart-beta\n");
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
