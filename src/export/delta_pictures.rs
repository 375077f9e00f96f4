//! The delta report's pictures, as Mermaid diagrams: who moved on the power/interest grid (an
//! arrow from the old quadrant to the new, from "joined", to "left"), and each phase's ongoing
//! work then and now; each with a table beside it for tools that do not draw Mermaid.

use std::fmt::Write;

use super::markdown::table;
use super::mermaid::quoted;
use crate::diff::{Diff, Move};
use crate::i18n::Tr;
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

fn place(q: Option<Quadrant>, none: String, tr: Tr) -> String {
    q.map_or(none, |q| tr.label(q))
}

/// One of cvc's own messages inside a quoted Mermaid label (no quote can end it).
fn own(text: String) -> String {
    text.replace('"', "'")
}

/// Who moved on the grid: a flowchart of the quadrants with an arrow per move, and a table.
fn grid(out: &mut String, moves: &[Move], tr: Tr) {
    let _ = write!(out, "### {}\n\n```mermaid\nflowchart LR\n", tr.get("delta-grid-title"));
    let (joined, left) = (own(tr.get("delta-joined")), own(tr.get("delta-left")));
    let _ = write!(out, "    joined((\"{joined}\"))\n    left((\"{left}\"))\n");
    for q in [Quadrant::ManageClosely, Quadrant::KeepSatisfied, Quadrant::KeepInformed, Quadrant::Monitor] {
        let _ = writeln!(out, "    {}[\"{}\"]", node(Some(q), false), own(tr.label(q)));
    }
    for m in moves.iter().take(MOST_ARROWS) {
        let _ =
            writeln!(out, "    {} -->|{}| {}", node(m.from, true), quoted(&m.name, 40), node(m.to, false));
    }
    out.push_str("```\n\n");
    let rows = moves.iter().map(|m| {
        let (from, to) = (tr.get("delta-joined-cell"), tr.get("delta-left-cell"));
        vec![m.name.clone(), place(m.from, from, tr), place(m.to, to, tr)]
    });
    let headers = [tr.get("delta-col-stakeholder"), tr.get("delta-col-then"), tr.get("delta-col-now")];
    out.push_str(&table(&headers.each_ref().map(String::as_str), rows));
    out.push('\n');
}

/// Ongoing work per phase then (bars) and now (a line), and a table.
fn coverage(out: &mut String, (then, now): ([usize; 4], [usize; 4]), tr: Tr) {
    let most = then.iter().chain(&now).copied().max().unwrap_or(0).max(1);
    let list = |v: [usize; 4]| v.iter().map(usize::to_string).collect::<Vec<_>>().join(", ");
    // Colours that stay apart in greyscale (mid-grey bars, a black line) and the numbers written
    // on the bars, so a black-and-white print still reads: the default palette prints near-white.
    let _ = write!(out, "### {}\n\n```mermaid\n", tr.get("delta-coverage-title"));
    let _ = writeln!(
        out,
        "%%{{init: {{\"xyChart\": {{\"showDataLabel\": true}}, \"themeVariables\": {{\"xyChart\": {{\"plotColorPalette\": \"{THEN}, {NOW}\"}}}}}}}}%%"
    );
    out.push_str("xychart-beta\n");
    let _ = writeln!(out, "    title \"{}\"", own(tr.get("delta-coverage-chart")));
    // Plain words stay bare, as Mermaid takes them; any other is quoted.
    let phases: Vec<String> = Phase::ALL
        .iter()
        .map(|&p| tr.label(p))
        .map(|w| if w.chars().all(|c| c.is_ascii_alphanumeric()) { w } else { format!("\"{}\"", own(w)) })
        .collect();
    let _ = writeln!(out, "    x-axis [{}]", phases.join(", "));
    let _ = writeln!(out, "    y-axis \"{}\" 0 --> {most}", own(tr.get("picture-ongoing-work")));
    let _ = writeln!(out, "    bar [{}]\n    line [{}]\n```\n", list(then), list(now));
    let rows = Phase::ALL.iter().map(|&p| {
        let (a, b) = (then[p as usize], now[p as usize]);
        vec![tr.label(p), a.to_string(), b.to_string()]
    });
    let headers = [tr.get("plan-phase"), tr.get("delta-col-then"), tr.get("delta-col-now")];
    out.push_str(&table(&headers.each_ref().map(String::as_str), rows));
    out.push('\n');
}

/// The pictures of what moved: the grid (when anyone moved) and the phases then and now, in
/// `tr`'s language.
pub fn pictures(d: &Diff, tr: Tr) -> String {
    let mut out = format!("## {}\n\n", tr.get("delta-what-moved"));
    if !d.moves.is_empty() {
        grid(&mut out, &d.moves, tr);
    }
    coverage(&mut out, d.ongoing, tr);
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
        coverage(&mut out, ([3, 3, 0, 0], [1, 1, 2, 1]), Tr::default());
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

    #[test]
    fn the_pictures_speak_the_reports_language_and_english_stays_as_it_was() {
        let mut out = String::new();
        coverage(&mut out, ([3, 3, 0, 0], [1, 1, 2, 1]), Tr::default());
        assert!(out.contains("    x-axis [Connect, Share, Solve, Innovate]\n"), "{out}");
        assert!(out.contains("| Phase | Then | Now |"), "{out}");
        let mut french = String::new();
        coverage(&mut french, ([3, 3, 0, 0], [1, 1, 2, 1]), Tr::new(crate::model::Language::Fr));
        assert!(french.contains("x-axis [Connecter, Partager, \"Résoudre\", Innover]"), "{french}");
        assert!(
            french.contains("| Phase | Avant | Maintenant |") && french.contains("avant (barres)"),
            "{french}"
        );
        let moves = [Move { name: "Ana".into(), from: None, to: Some(Quadrant::Monitor) }];
        let mut german = String::new();
        grid(&mut german, &moves, Tr::new(crate::model::Language::De));
        assert!(german.starts_with("### Wer sich in der Matrix"), "{german}");
        assert!(german.contains("| Ana | (neu) | "), "{german}");
        for english in ["Then", "Now", "\"joined\"", "Who moved"] {
            assert!(!german.contains(english) && !french.contains(english), "{english}: {german}{french}");
        }
    }
}
