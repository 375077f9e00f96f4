//! Horizontal bars, a row per category: a wide light bar and a narrow dark one over it — phase
//! coverage (tasks and actions, ongoing work) and the agenda (minutes planned, spent).

use super::{Svg, clip};
use crate::export::html::Palette;
use crate::export::picture::{AgendaBar, number_in};
use crate::i18n::Tr;
use crate::model::{Phase, PhaseCoverage};

const W: f64 = 720.0;
const LABEL: f64 = 190.0;
const ROW: f64 = 30.0;

/// One row: its label, the wide bar's value, the narrow bar's value, and the wide bar's colour.
struct Row<'a> {
    label: String,
    wide: f64,
    narrow: f64,
    colour: &'a str,
}

/// Rows of bars with a key naming the two bars.
fn rows(title: &str, rows: &[Row], keys: (&str, &str), p: &Palette, tr: Tr) -> String {
    let top = 30.0;
    let h = top + ROW * rows.len() as f64 + 34.0;
    let mut s = Svg::new(W, h, title);
    let most = rows.iter().map(|r| r.wide.max(r.narrow)).fold(1.0, f64::max);
    let span = W - LABEL - 60.0;
    let scale = |v: f64| v.max(0.0) / most * span;
    // The wide bar's key shows the bars' own colours (the phases' four, or the agenda's one).
    let mut colours: Vec<&str> = Vec::new();
    for r in rows {
        if !colours.contains(&r.colour) {
            colours.push(r.colour);
        }
    }
    let stripe = 14.0 / colours.len().max(1) as f64;
    for (i, colour) in colours.iter().enumerate() {
        s.raw(&format!(
            "<rect x=\"{:.1}\" y=\"6\" width=\"{stripe:.1}\" height=\"12\" fill=\"{colour}\"/>",
            LABEL + stripe * i as f64
        ));
    }
    s.text(LABEL + 20.0, 16.0, "start", "font-size=\"11\"", keys.0);
    s.raw(&format!(
        "<rect x=\"{:.1}\" y=\"10\" width=\"14\" height=\"5\" fill=\"{}\"/>",
        LABEL + 200.0,
        p.text
    ));
    s.text(LABEL + 220.0, 16.0, "start", "font-size=\"11\"", keys.1);
    for (i, r) in rows.iter().enumerate() {
        let y = top + ROW * i as f64;
        s.text(
            LABEL - 8.0,
            y + 17.0,
            "end",
            &format!("font-size=\"12\" fill=\"{}\"", p.text),
            &clip(&r.label, 26),
        );
        s.raw(&format!(
            "<rect x=\"{LABEL}\" y=\"{:.1}\" width=\"{:.1}\" height=\"20\" fill=\"{}\" stroke=\"{}\" stroke-width=\"0.6\"/>",
            y + 3.0,
            scale(r.wide),
            r.colour,
            p.text
        ));
        s.raw(&format!(
            "<rect x=\"{LABEL}\" y=\"{:.1}\" width=\"{:.1}\" height=\"6\" fill=\"{}\" stroke=\"#fff\" stroke-width=\"1.2\"/>",
            y + 10.0,
            scale(r.narrow),
            p.text
        ));
        let end = LABEL + scale(r.wide.max(r.narrow)) + 6.0;
        s.text(
            end,
            y + 17.0,
            "start",
            "font-size=\"11\" fill=\"#444\"",
            &format!("{} / {}", number_in(r.wide, tr), number_in(r.narrow, tr)),
        );
    }
    let base = top + ROW * rows.len() as f64 + 4.0;
    s.raw(&format!(
        "<line x1=\"{LABEL}\" y1=\"{top}\" x2=\"{LABEL}\" y2=\"{base:.1}\" stroke=\"{}\"/>",
        p.border
    ));
    s.finish()
}

/// Tasks and actions per phase (in the phase's colour, with a ⚠ where nothing ongoing keeps it alive).
pub fn coverage(cover: &[(Phase, PhaseCoverage); 4], p: &Palette, tr: Tr) -> String {
    let r: Vec<Row> = cover
        .iter()
        .map(|(phase, n)| Row {
            label: if n.lacks_ongoing_work() {
                format!("⚠ {}", tr.label(*phase))
            } else {
                tr.label(*phase)
            },
            wide: (n.tasks + n.actions) as f64,
            narrow: n.ongoing as f64,
            colour: p.phase(*phase),
        })
        .collect();
    let keys = (tr.get("picture-tasks-and-actions"), tr.get("picture-ongoing-work"));
    rows(&tr.get("picture-coverage"), &r, (&keys.0, &keys.1), p, tr)
}

/// Minutes planned and spent per agenda block.
pub fn agenda(blocks: &[AgendaBar], p: &Palette, tr: Tr) -> String {
    let r: Vec<Row> = blocks
        .iter()
        .map(|b| Row {
            label: b.title.clone(),
            wide: b.planned,
            narrow: (b.actual * 10.0).round() / 10.0,
            colour: "#9bbbe0",
        })
        .collect();
    let keys = (tr.get("picture-minutes-planned"), tr.get("picture-minutes-spent"));
    rows(&tr.get("picture-agenda"), &r, (&keys.0, &keys.1), p, tr)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_coverage_key_shows_the_phases_own_colours() {
        let c = crate::store::load(std::path::Path::new("canvases/acme-2027-05.ron")).unwrap();
        let p = Palette::paper();
        let svg = coverage(&crate::model::coverage(&c), &p, Tr::new(crate::model::Language::En));
        let key = &svg[..svg.find("tasks and actions").unwrap()];
        for phase in Phase::ALL {
            assert!(key.contains(&format!("fill=\"{}\"", p.phase(*phase))), "{key}");
        }
        assert!(!key.contains("#9bbbe0"), "not the agenda's blue: {key}");
    }
}
