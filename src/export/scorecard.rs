//! The plan's value scorecard: actions by value driver with their indicator's progress and trend,
//! then every reading as measured.

use super::doc::{Doc, Table};
use crate::model::{Canvas, Language, Measured, ScoreRow, bar, scorecard as groups, sparkline};

/// How many characters a progress bar takes in a table cell.
const BAR: usize = 10;

/// The progress cell: `57% ██████░░░░`, or what stands in for a number, with why a value that
/// looks like a number is not read as one (`1,234` in an English canvas).
fn progress(row: &ScoreRow, lang: Language) -> String {
    match row.measured {
        None => "no indicator".into(),
        Some(m @ Measured::Numeric(p)) => format!("{} {}", m.label(), bar(p.fraction, BAR)),
        Some(m @ Measured::NotNumeric) => match row.action.indicator().and_then(|i| i.ambiguity(lang)) {
            Some(note) => format!("{} ({note})", m.label()),
            None => m.label(),
        },
        Some(m) => m.label(),
    }
}

/// What a value driver row says: the driver and what the room said of it.
fn driver_cell(c: &Canvas, driver: Option<crate::model::Driver>) -> String {
    let name = driver.map_or("No value driver", |d| d.label());
    let said = driver.and_then(|d| c.context.drivers.iter().find(|a| a.driver == d));
    match said.map(|a| a.answer.trim()).filter(|a| !a.is_empty()) {
        Some(answer) => format!("{name}: {answer}"),
        None => name.to_string(),
    }
}

/// The value scorecard: one table, the live actions by value driver (with what the room said of
/// it), each with its indicator's path, progress and trend; the owner, indicator and readings
/// are on each action's loop card.
pub fn scorecard(doc: &mut Doc, c: &Canvas) {
    doc.section("Value scorecard");
    let card = groups(c);
    if card.is_empty() {
        return doc.note("No live adoption actions to score yet.");
    }
    let headers = [
        "Value driver",
        "Id",
        "Action",
        "Baseline → latest → target",
        "Progress",
        "Trend",
        "Loop",
        "Benefit",
    ];
    let mut rows = Vec::new();
    for group in &card {
        let driver = driver_cell(c, group.driver);
        for (k, row) in group.rows.iter().enumerate() {
            let a = row.action;
            rows.push(vec![
                if k == 0 { driver.clone() } else { String::new() },
                a.id.clone(),
                a.title.clone(),
                row.path(),
                progress(row, c.language),
                row.trend.as_deref().map(sparkline).unwrap_or_default(),
                a.loop_state.map(|l| l.label().to_string()).unwrap_or_default(),
                a.benefit.clone(),
            ]);
        }
    }
    // A value the room asked for that no live action serves any more is said, not left out.
    for d in crate::model::unserved_drivers(c) {
        let mut row =
            vec![driver_cell(c, Some(d)), String::new(), "No live action serves this driver now.".into()];
        row.resize(headers.len(), String::new());
        rows.push(row);
    }
    doc.table(Table::new(headers, rows));
    readings(doc, c);
}

/// Where the readings are: on each action's loop card, with their dates and notes.
fn readings(doc: &mut Doc, c: &Canvas) {
    let any = c.actions.iter().any(|a| a.indicator.as_ref().is_some_and(|i| !i.readings.is_empty()));
    doc.heading(3, "Readings");
    if any {
        return doc.note("Every reading, with its date and note, is on its action's loop card above.");
    }
    doc.note("No readings yet: add them at each loop review.");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, Indicator, Reading};

    fn scored(language: Language) -> String {
        let mut c = Canvas::new("t");
        c.language = language;
        let reading =
            Reading { date: "2027-01-10".parse().unwrap(), value: "1,500".into(), note: String::new() };
        let ind = Indicator {
            baseline: "1,000".into(),
            target: "2,000".into(),
            readings: vec![reading],
            ..Default::default()
        };
        c.add_action(Action { title: "We will".into(), indicator: Some(ind), ..Default::default() });
        let mut doc = Doc::default();
        scorecard(&mut doc, &c);
        super::super::markdown::render(&doc)
    }

    #[test]
    fn a_value_the_canvas_language_reads_two_ways_is_not_numeric_and_the_plan_says_why() {
        let english = scored(Language::En);
        assert!(
            english.contains("not numeric (\"1,000\" could be 1000 or 1.000: write 1000 or 1.000)"),
            "{english}"
        );
        assert!(scored(Language::Fr).contains("50%"), "one and a half, from one to two");
    }
}
