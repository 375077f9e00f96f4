//! The loop review's detail: the selected action's loop card — the facts `export::loopcard` works
//! out once for the handout and the report, its readings drawn on a time axis by their dates (a
//! seven-month gap looks like seven months) against the baseline and the target — or the selected
//! community management task's cadence kept and the days it was held.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::text::{width, wrap};
use crate::export::loopcard::{LoopCard, verdict_words_in};
use crate::export::picture::{Trend, number_in, trend_word};
use crate::i18n::Tr;
use crate::model::{Action, Canvas, Day, Language, LoopState, Task};
use crate::tui::style::Styles;

/// How many rows the chart's values take: a few where rows are scarce, more where there is room.
const CHART_ROWS: [usize; 2] = [5, 9];

/// The fewest columns a chart is drawn in; narrower, the facts and the readings say it.
const CHART_LEAST: usize = 12;

/// Wrapped lines, each in one style.
pub(super) fn para<'a>(text: &str, cols: usize, style: Style) -> Vec<Line<'a>> {
    wrap(text, cols).into_iter().map(|l| Line::from(Span::styled(l, style))).collect()
}

/// The selected action's loop card, in parts: the heading and what the loop's state means; the
/// facts; the readings on their time axis; the readings listed, newest first.
pub(super) fn action_parts<'a>(
    a: &Action,
    (lang, today): (Language, Day),
    (cols, tall): (usize, bool),
    s: &Styles,
) -> Vec<Vec<Line<'a>>> {
    let tr = s.tr();
    let card = LoopCard::of_in(a, lang, today, tr);
    let mut head = para(&card.heading(), cols, s.heading());
    if let Some(v) = card.verdict {
        head.extend(para(&format!("⚠ {}", verdict_words_in(v, tr)), cols, s.warn()));
    }
    let mut facts = facts(&card, cols, s);
    let ind = a.indicator();
    match ind {
        None => facts.extend(para(&tr.get("loops-hint-no-indicator"), cols, s.warn())),
        Some(i) if i.target_reached(lang) && a.loop_state != Some(LoopState::Closed) => {
            facts.extend(para(&format!("✓ {}", tr.get("loops-hint-close")), cols, s.ok()));
        }
        Some(_) => {}
    }
    let mut parts = vec![head, facts];
    if let Some(t) = &card.trend {
        let drawn = chart(t, cols, CHART_ROWS[usize::from(tall)], s);
        if !drawn.is_empty() {
            let mut part = para(&tr.get("card-time-line"), cols, s.heading());
            part.extend(drawn);
            parts.push(part);
        }
    }
    match ind {
        Some(_) if card.readings.is_empty() => {
            parts.push(para(&tr.get("loops-hint-no-readings"), cols, s.muted()));
        }
        Some(_) => {
            let count = card.readings.len();
            let mut readings =
                para(&tr.args("loops-readings", &[("count", count.into())]), cols, s.heading());
            for r in card.readings.iter().rev() {
                let note =
                    if r.note.trim().is_empty() { String::new() } else { format!(" — {}", r.note.trim()) };
                readings.extend(para(
                    &format!("{}  {}{note}", tr.day(r.date), r.value.trim()),
                    cols,
                    s.base(),
                ));
            }
            parts.push(readings);
        }
        None => {}
    }
    parts
}

/// The card's facts, each label in a column of its own and its text wrapped beside it; a fact that
/// needs attention marked ⚠ in the warning colour.
fn facts<'a>(card: &LoopCard, cols: usize, s: &Styles) -> Vec<Line<'a>> {
    let label_w = card.facts.iter().map(|f| width(&f.label)).max().unwrap_or(0) + 1;
    let beside = cols.saturating_sub(label_w);
    let mut out = Vec::new();
    for f in &card.facts {
        let (text, style) =
            if f.attention { (format!("⚠ {}", f.text), s.warn()) } else { (f.text.clone(), s.base()) };
        if beside < 16 {
            // Too narrow for a column of labels: the label on its line, the text under it.
            out.extend(para(&f.label, cols, s.muted()));
            out.extend(para(&text, cols, style));
            continue;
        }
        for (k, line) in wrap(&text, beside).into_iter().enumerate() {
            let label = if k == 0 { f.label.as_str() } else { "" };
            let pad = label_w - width(label);
            out.push(Line::from(vec![
                Span::styled(format!("{label}{}", " ".repeat(pad)), s.muted()),
                Span::styled(line, style),
            ]));
        }
    }
    out
}

/// What a cell of the chart holds.
#[derive(Clone, Copy, PartialEq)]
enum Cell {
    Empty,
    Target,
    Point(char),
    Value(char),
}

/// The readings as points on a time axis of `rows` rows: each point's column by its day, its row
/// by its value, its value beside it where the cells are free; the target a dotted row across;
/// the values at the top and bottom (and the target's) in a margin on the left, the first and
/// last days under the axis. Empty when `cols` is too narrow.
fn chart<'a>(t: &Trend, cols: usize, rows: usize, s: &Styles) -> Vec<Line<'a>> {
    let tr = s.tr();
    let number = |x: f64| number_in(x, tr);
    let values = t.points.iter().map(|p| p.1).chain([t.target]);
    let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), v| (l.min(v), h.max(v)));
    // From zero, as the handout's chart is drawn, unless a value is below it.
    let lo = lo.min(0.0);
    let hi = if hi > lo { hi } else { lo + 1.0 };
    let row_of = |v: f64| (((hi - v) / (hi - lo)) * (rows - 1) as f64).round() as usize;
    let target_row = row_of(t.target);
    let mut margins = vec![String::new(); rows];
    margins[0] = number(hi);
    margins[rows - 1] = number(lo);
    margins[target_row] = number(t.target);
    let margin = margins.iter().map(|m| width(m)).max().unwrap_or(0);
    let plot = cols.saturating_sub(margin + 2);
    if plot < CHART_LEAST || t.points.len() != t.at.len() {
        return Vec::new();
    }
    let col_of = |i: usize| (t.at[i].clamp(0.0, 1.0) * (plot - 1) as f64).round() as usize;
    let mut grid = vec![vec![Cell::Empty; plot]; rows];
    grid[target_row].fill(Cell::Target);
    for (i, (label, v)) in t.points.iter().enumerate() {
        let mark = if label == "baseline" { '○' } else { '●' };
        let cell = &mut grid[row_of(*v)][col_of(i)];
        // A reading drawn over the baseline on the same cell, never under it.
        if *cell != Cell::Point('●') {
            *cell = Cell::Point(mark);
        }
    }
    // Each value after its point, else before it, where no other mark or value is.
    for (i, (_, v)) in t.points.iter().enumerate() {
        let (row, x) = (row_of(*v), col_of(i));
        let text: Vec<char> = number(*v).chars().collect();
        let free = |from: usize| {
            from + text.len() <= plot
                && (from.saturating_sub(1)..(from + text.len() + 1).min(plot))
                    .all(|c| c == x || matches!(grid[row][c], Cell::Empty | Cell::Target))
        };
        let at = [x + 1, x.wrapping_sub(text.len())].into_iter().find(|&from| from < plot && free(from));
        if let Some(from) = at {
            for (k, ch) in text.iter().enumerate() {
                grid[row][from + k] = Cell::Value(*ch);
            }
        }
    }
    let mut out = Vec::with_capacity(rows + 4);
    for (row, cells) in grid.iter().enumerate() {
        let axis = if margins[row].is_empty() { '│' } else { '┤' };
        let mut spans = vec![Span::styled(format!("{:>margin$} {axis}", margins[row]), s.muted())];
        spans.extend(cells.chunk_by(|a, b| std::mem::discriminant(a) == std::mem::discriminant(b)).map(
            |run| {
                let text: String = run
                    .iter()
                    .map(|c| match c {
                        Cell::Empty => ' ',
                        Cell::Target => '┄',
                        Cell::Point(m) | Cell::Value(m) => *m,
                    })
                    .collect();
                let style = match run[0] {
                    Cell::Empty => s.base(),
                    Cell::Target => s.alert(),
                    Cell::Point(_) => s.accent(),
                    Cell::Value(_) => s.muted(),
                };
                Span::styled(text, style)
            },
        ));
        out.push(Line::from(spans));
    }
    let ticks: Vec<usize> = (0..t.points.len()).map(col_of).collect();
    let axis: String = (0..plot).map(|x| if ticks.contains(&x) { '┬' } else { '─' }).collect();
    out.push(Line::from(Span::styled(format!("{:margin$} └{axis}", ""), s.muted())));
    out.extend(dates(t, margin + 2, plot, &ticks, tr, s));
    let target = tr.args("picture-target", &[("value", number(t.target).into())]);
    out.push(Line::from(vec![
        Span::styled(format!("{:margin$}  ┄ ", ""), s.alert()),
        Span::styled(format!("{target} {}", trend_word(&t.unit, tr)), s.muted()),
    ]));
    out
}

/// The first and last days under the axis, each under its point (the last ending at the axis's
/// end); on two lines when they would run into each other on one.
fn dates<'a>(t: &Trend, indent: usize, plot: usize, ticks: &[usize], tr: Tr, s: &Styles) -> Vec<Line<'a>> {
    let dated: Vec<(usize, Day)> = t.days.iter().zip(ticks).filter_map(|(d, x)| Some((*x, (*d)?))).collect();
    let (Some(&(first_x, first)), Some(&(_, last))) = (dated.first(), dated.last()) else {
        return Vec::new();
    };
    let (first, last) = (tr.day(first), tr.day(last));
    let first_x = first_x.min(plot.saturating_sub(width(&first)));
    let last_x = plot.saturating_sub(width(&last));
    let line = |text: String| Line::from(Span::styled(text, s.muted()));
    if dated.len() == 1 || first == last {
        return vec![line(format!("{:indent$}{:first_x$}{first}", "", ""))];
    }
    if first_x + width(&first) < last_x {
        let gap = last_x - first_x - width(&first);
        vec![line(format!("{:indent$}{:first_x$}{first}{:gap$}{last}", "", "", ""))]
    } else {
        vec![
            line(format!("{:indent$}{:first_x$}{first}", "", "")),
            line(format!("{:indent$}{:last_x$}{last}", "", "")),
        ]
    }
}

/// The workshop cadence is counted from (or from the task's first held day before it,
/// [`Task::kept_from`]): the canvas's date, or `today` when it has none.
pub(super) fn since(c: &Canvas, today: Day) -> Day {
    c.date.unwrap_or(today)
}

/// The selected task: who and how often, its cadence kept since the workshop, the days held.
pub(super) fn task_parts<'a>(
    c: &Canvas,
    t: &Task,
    today: Day,
    cols: usize,
    s: &Styles,
) -> Vec<Vec<Line<'a>>> {
    let tr = s.tr();
    let mut out = para(&format!("{} {}", t.id, t.title), cols, s.heading());
    let mut who = Vec::new();
    if !t.owner.is_empty() {
        who.push(tr.args("loops-task-owner", &[("owner", t.owner.as_str().into())]));
    }
    who.extend(t.phase.map(|p| tr.label(p)));
    who.push(t.cadence.map_or_else(|| tr.get("loops-no-cadence"), |c| tr.label(c)));
    let status = t.status.map_or_else(|| tr.get("card-not-set"), |st| tr.label(st));
    who.push(tr.args("loops-task-status", &[("status", status.into())]));
    out.extend(para(&who.join(" · "), cols, s.base()));
    let kept = match t.cadence_kept(since(c, today), today) {
        Some(k) => {
            let args = [("kept", k.words_in(tr).into()), ("date", tr.day(k.since).into())];
            if k.slipped {
                (tr.args("loops-kept-slipped", &args), s.alert())
            } else {
                (tr.args("loops-kept", &args), s.base())
            }
        }
        None => (tr.get("loops-kept-none"), s.muted()),
    };
    out.extend(para(&kept.0, cols, kept.1));
    out.extend(para(&tr.get("loops-task-hint"), cols, s.muted()));
    if t.held.is_empty() {
        return vec![out, para(&tr.get("loops-never-held"), cols, s.muted())];
    }
    let count = t.held.len();
    let mut held = para(&tr.args("loops-held", &[("count", count.into())]), cols, s.heading());
    let days: Vec<String> = t.held.iter().rev().map(|d| tr.day(*d)).collect();
    held.extend(para(&days.join(", "), cols, s.base()));
    vec![out, held]
}
