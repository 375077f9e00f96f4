//! The plan's value scorecard: actions by value driver with their indicator's progress and trend,
//! then every reading as measured.

use super::doc::Table;
use super::page::Page;
use crate::i18n::Tr;
use crate::model::{Canvas, Language, Measured, ScoreRow, bar, scorecard as groups, sparkline};

/// How many characters a progress bar takes in a table cell.
const BAR: usize = 10;

/// The progress cell: `57% ██████░░░░`, or what stands in for a number, with why a value that
/// looks like a number is not read as one (`1,234` in an English canvas).
fn progress(row: &ScoreRow, lang: Language, tr: Tr) -> String {
    match row.measured {
        None => tr.get("scorecard-no-indicator"),
        Some(m @ Measured::Numeric(p)) => format!("{} {}", measured(m, tr), bar(p.fraction, BAR)),
        Some(m @ Measured::NotNumeric) => match row.action.indicator().and_then(|i| i.ambiguity_in(lang, tr))
        {
            Some(note) => format!("{} ({note})", measured(m, tr)),
            None => measured(m, tr),
        },
        Some(m) => measured(m, tr),
    }
}

/// What a measurement says in the plan's language: `57%`, `57 %`, `not numeric`.
pub(crate) fn measured(m: Measured, tr: Tr) -> String {
    match m {
        Measured::NoReading => tr.get("scorecard-no-reading"),
        Measured::NotNumeric => tr.get("scorecard-not-numeric"),
        Measured::Numeric(p) => crate::i18n::percent(p.percent() as f64, 0, tr.lang()),
    }
}

/// Baseline → latest (its date) → target, the dates in the plan's language.
fn path(row: &ScoreRow, tr: Tr) -> String {
    let Some(ind) = row.action.indicator() else { return String::new() };
    let or_unknown = |s: &str| if s.trim().is_empty() { "?".to_string() } else { s.to_string() };
    let latest =
        ind.latest().map_or_else(|| "?".to_string(), |r| format!("{} ({})", r.value, tr.day(r.date)));
    format!("{} → {latest} → {}", or_unknown(&ind.baseline), or_unknown(&ind.target))
}

/// What a value driver row says: the driver and what the room said of it.
fn driver_cell(c: &Canvas, driver: Option<crate::model::Driver>, tr: Tr) -> String {
    let name = driver.map_or_else(|| tr.get("scorecard-no-driver"), |d| tr.label(d));
    let said = driver.and_then(|d| c.context.drivers.iter().find(|a| a.driver == d));
    match said.map(|a| a.answer.trim()).filter(|a| !a.is_empty()) {
        Some(answer) => format!("{} {answer}", tr.args("plan-label", &[("label", name.into())])),
        None => name,
    }
}

/// The value scorecard: one table, the live actions by value driver (with what the room said of
/// it), each with its indicator's path, progress and trend; the owner, indicator and readings
/// are on each action's loop card.
pub fn scorecard(doc: &mut dyn Page, c: &Canvas, tr: Tr) {
    doc.section(&tr.get("scorecard-title"));
    let card = groups(c);
    if card.is_empty() {
        return doc.note(&tr.get("scorecard-nothing"));
    }
    let headers = [
        "plan-value-driver",
        "plan-id",
        "plan-action",
        "scorecard-path",
        "scorecard-progress",
        "scorecard-trend",
        "plan-loop",
        "scorecard-benefit",
    ]
    .map(|h| tr.get(h));
    let mut rows = Vec::new();
    for group in &card {
        let driver = driver_cell(c, group.driver, tr);
        for (k, row) in group.rows.iter().enumerate() {
            let a = row.action;
            rows.push(vec![
                if k == 0 { driver.clone() } else { String::new() },
                a.id.clone(),
                a.title.clone(),
                path(row, tr),
                progress(row, c.language, tr),
                row.trend.as_deref().map(sparkline).unwrap_or_default(),
                a.loop_state.map(|l| tr.label(l)).unwrap_or_default(),
                a.benefit.clone(),
            ]);
        }
    }
    // A value the room asked for that no live action serves any more is said, not left out.
    for d in crate::model::unserved_drivers(c) {
        let mut row = vec![driver_cell(c, Some(d), tr), String::new(), tr.get("scorecard-unserved")];
        row.resize(headers.len(), String::new());
        rows.push(row);
    }
    doc.table(Table::new(headers, rows));
    readings(doc, c, tr);
}

/// Where the readings are: on each action's loop card, with their dates and notes.
fn readings(doc: &mut dyn Page, c: &Canvas, tr: Tr) {
    let any = c.actions.iter().any(|a| a.indicator.as_ref().is_some_and(|i| !i.readings.is_empty()));
    doc.heading(3, &tr.get("scorecard-readings"), false);
    if any {
        return doc.note(&tr.get("scorecard-readings-on-cards"));
    }
    doc.note(&tr.get("scorecard-no-readings"));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::doc::Doc;
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
        scorecard(&mut doc, &c, Tr::default());
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
