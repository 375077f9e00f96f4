//! The four phases' waves over every revision as a picture (DESIGN.md §11, Terry's bands instead
//! of steps): month by month from the days the work was held when the revisions are dated, else
//! one step per revision. SVG for HTML, Mermaid for Markdown; both for `cvc history`, `cvc report`.

use std::fmt::Write;

use super::doc::Drawn;
use super::html::Palette;
use super::mermaid::quoted;
use super::svg::Svg;
use crate::diff::history::History;
use crate::i18n::Tr;
use crate::model::Phase;

/// The columns of the waves: a label each and the ongoing work per phase.
/// The months are written the way `lang` writes them on an axis (`déc. 2026`; English `2026-12`).
fn columns(h: &History, lang: crate::model::Language) -> (Vec<String>, Vec<[usize; 4]>, Vec<Option<String>>) {
    if h.months.is_empty() {
        let labels = (0..h.revisions.len()).map(|i| h.tag(i)).collect();
        let work = (0..h.revisions.len()).map(|i| std::array::from_fn(|p| h.waves[p].ongoing[i])).collect();
        let marks = (0..h.revisions.len()).map(|i| Some(h.tag(i))).collect();
        return (labels, work, marks);
    }
    let labels = h
        .months
        .iter()
        .map(|m| {
            let (y, mo, _) = m.start.ymd();
            crate::i18n::axis_month(y, mo, lang)
        })
        .collect();
    let work = h.months.iter().map(|m| m.work).collect();
    let marks = h
        .months
        .iter()
        .map(|m| {
            let at: Vec<String> = (0..h.revisions.len())
                .filter(|&i| {
                    h.revisions[i]
                        .date
                        .is_some_and(|d| d.ymd().0 == m.start.ymd().0 && d.ymd().1 == m.start.ymd().1)
                })
                .map(|i| h.tag(i))
                .collect();
            (!at.is_empty()).then(|| at.join(" "))
        })
        .collect();
    (labels, work, marks)
}

/// The waves as four horizontal bands whose thickness is the ongoing work, each in its phase's
/// colour, with each workshop marked.
/// Its title and phases are in `tr`'s language.
pub fn waves_svg(h: &History, p: &Palette, tr: Tr) -> String {
    let (labels, work, marks) = columns(h, tr.lang());
    let n = labels.len().max(1);
    let (left, right, top, band) = (90.0, 20.0, 24.0, 46.0);
    let step = (560.0 / n as f64).clamp(12.0, 90.0);
    let width = left + right + step * n as f64;
    let height = top + band * 4.0 + 28.0;
    let max = work.iter().flat_map(|w| w.iter().copied()).max().unwrap_or(0).max(1) as f64;
    let mut s = Svg::new(width, height, &tr.get("waves-title"));
    for (i, mark) in marks.iter().enumerate() {
        if let Some(tag) = mark {
            let x = left + step * (i as f64 + 0.5);
            s.raw(&format!(
                "<line x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{x:.1}\" y2=\"{:.1}\" stroke=\"{}\" stroke-dasharray=\"3 3\"/>",
                top - 6.0,
                top + band * 4.0,
                p.border
            ));
            s.text(x, top - 10.0, "middle", &format!("font-size=\"10\" fill=\"{}\"", p.muted), tag);
        }
    }
    for phase in Phase::ALL {
        let row = *phase as usize;
        let mid = top + band * (row as f64 + 0.5);
        let half = |i: usize| (work[i][row] as f64 / max) * (band / 2.0 - 3.0);
        let mut upper = Vec::new();
        let mut lower = Vec::new();
        for i in 0..labels.len() {
            for x in [left + step * i as f64, left + step * (i as f64 + 1.0)] {
                upper.push(format!("{x:.1},{:.1}", mid - half(i)));
                lower.push(format!("{x:.1},{:.1}", mid + half(i)));
            }
        }
        lower.reverse();
        s.raw(&format!(
            "<polygon points=\"{} {}\" fill=\"{}\" fill-opacity=\"0.8\" stroke=\"{}\" stroke-width=\"0.5\"/>",
            upper.join(" "),
            lower.join(" "),
            p.phase(*phase),
            p.phase(*phase)
        ));
        s.raw(&format!(
            "<line x1=\"{left}\" y1=\"{mid:.1}\" x2=\"{:.1}\" y2=\"{mid:.1}\" stroke=\"{}\" stroke-width=\"0.5\"/>",
            left + step * n as f64,
            p.border
        ));
        s.text(
            left - 8.0,
            mid + 4.0,
            "end",
            &format!("font-size=\"12\" fill=\"{}\"", p.text),
            &tr.label(*phase),
        );
    }
    let every = labels.len().div_ceil(7).max(1);
    for (i, label) in labels.iter().enumerate().filter(|(i, _)| i % every == 0 || *i + 1 == labels.len()) {
        let x = left + step * (i as f64 + 0.5);
        s.text(
            x,
            top + band * 4.0 + 16.0,
            "middle",
            &format!("font-size=\"10\" fill=\"{}\"", p.muted),
            label,
        );
    }
    s.finish()
}

/// The waves as Mermaid: one small bar chart per phase on the same scale (Mermaid's charts have
/// no bands), each fenced.
/// Its phases and axis are in `tr`'s language.
pub fn waves_mermaid(h: &History, tr: Tr) -> String {
    let (labels, work, _) = columns(h, tr.lang());
    let max = work.iter().flat_map(|w| w.iter().copied()).max().unwrap_or(0).max(1);
    let axis: Vec<String> = labels.iter().map(|l| quoted(l, 16)).collect();
    let mut out = String::new();
    for phase in Phase::ALL {
        let values: Vec<String> = work.iter().map(|w| w[*phase as usize].to_string()).collect();
        let _ = writeln!(
            out,
            "```mermaid\nxychart-beta\n    title {}\n    x-axis [{}]\n    y-axis {} 0 --> {max}\n    bar [{}]\n```\n",
            quoted(&tr.label(*phase), 16),
            axis.join(", "),
            quoted(&tr.get("picture-ongoing-work"), 24),
            values.join(", ")
        );
    }
    out
}

/// The waves as a picture in both forms, with its legend, in `tr`'s language.
pub fn waves(h: &History, tr: Tr) -> Drawn {
    let legend = tr.get(if h.months.is_empty() { "waves-legend-revisions" } else { "waves-legend-months" });
    Drawn {
        svg: waves_svg(h, &Palette::paper(), tr),
        mermaid: waves_mermaid(h, tr),
        legend,
        mermaid_legend: waves_mermaid_legend(h, tr),
    }
}

/// What the Mermaid waves show, in `tr`'s language: a bar chart per phase (Mermaid draws no bands
/// and no dashed lines), and the months of the workshops, which the charts do not mark.
pub fn waves_mermaid_legend(h: &History, tr: Tr) -> String {
    if h.months.is_empty() {
        return tr.get("waves-bars-revisions");
    }
    let (labels, _, marks) = columns(h, tr.lang());
    let workshops: Vec<String> = labels
        .iter()
        .zip(&marks)
        .filter_map(|(month, at)| Some(format!("{month} ({})", at.as_ref()?)))
        .collect();
    tr.args("waves-bars-months", &[("workshops", workshops.join(", ").into())])
}
