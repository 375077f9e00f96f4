//! The plan's value scorecard: actions by value driver with their indicator's progress and trend,
//! then every reading as measured.

use std::fmt::Write;

use super::markdown::{inline, table};
use crate::model::{Canvas, Measured, ScoreRow, bar, scorecard as groups, sparkline};

/// How many characters a progress bar takes in a table cell.
const BAR: usize = 10;

/// The progress cell: `57% ██████░░░░`, or what stands in for a number.
fn progress(row: &ScoreRow) -> String {
    match row.measured {
        None => "no indicator".into(),
        Some(m @ Measured::Numeric(p)) => format!("{} {}", m.label(), bar(p.fraction, BAR)),
        Some(m) => m.label(),
    }
}

/// The indicator's name with its unit: `median time to first answer (hours)`.
fn indicator(row: &ScoreRow) -> String {
    let Some(ind) = row.action.indicator() else { return String::new() };
    match (ind.name.trim().is_empty(), ind.unit.trim().is_empty()) {
        (_, true) => ind.name.clone(),
        (true, false) => format!("({})", ind.unit),
        (false, false) => format!("{} ({})", ind.name, ind.unit),
    }
}

/// The value scorecard and the readings behind it.
pub fn scorecard(out: &mut String, c: &Canvas) {
    out.push_str("## Value scorecard\n\n");
    let card = groups(c);
    if card.is_empty() {
        out.push_str("*No live adoption actions to score yet.*\n\n");
        return;
    }
    let headers = [
        "Id",
        "Action",
        "Owner",
        "Business line",
        "Indicator",
        "Baseline → latest → target",
        "Progress",
        "Trend",
        "Loop",
        "Benefit",
    ];
    for group in &card {
        let name = group.driver.map_or("No value driver", |d| d.label());
        let _ = writeln!(out, "### {name}\n");
        let said = group.driver.and_then(|d| c.context.drivers.iter().find(|a| a.driver == d));
        if let Some(answer) = said.filter(|a| !a.answer.trim().is_empty()) {
            let _ = writeln!(out, "*The room said:* {}\n", inline(&answer.answer));
        }
        let rows = group.rows.iter().map(|row| {
            let a = row.action;
            vec![
                a.id.clone(),
                a.title.clone(),
                a.owner.clone(),
                a.business_line.clone(),
                indicator(row),
                row.path(),
                progress(row),
                row.trend.as_deref().map(sparkline).unwrap_or_default(),
                a.loop_state.map(|l| l.label().to_string()).unwrap_or_default(),
                a.benefit.clone(),
            ]
        });
        out.push_str(&table(&headers, rows));
        out.push('\n');
    }
    readings(out, c);
}

/// Every reading of every action, as measured, with its date and note.
fn readings(out: &mut String, c: &Canvas) {
    let mut rows = Vec::new();
    for a in &c.actions {
        let Some(ind) = &a.indicator else { continue };
        for r in &ind.readings {
            rows.push(vec![
                a.id.clone(),
                ind.name.clone(),
                r.date.to_string(),
                r.value.clone(),
                r.note.clone(),
            ]);
        }
    }
    out.push_str("### Readings\n\n");
    if rows.is_empty() {
        out.push_str("*No readings yet: add them at each loop review.*\n\n");
        return;
    }
    out.push_str(&table(&["Id", "Indicator", "Date", "Value", "Note"], rows));
    out.push('\n');
}
