//! The follow-up list of `cvc reviews` as text, Markdown, CSV or JSON: one row per due date or
//! loop review, with the action's owner, business line, indicator, latest reading and progress.

use std::fmt::Write;

use serde::Serialize;

use super::csv::line as record;
use super::markdown::table;
use crate::model::{Day, FollowUp, Measured};
use crate::safe;

/// The latest reading of a row's indicator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Latest {
    /// When it was measured.
    pub date: String,
    /// The value as measured.
    pub value: String,
    /// Its note.
    pub note: String,
}

/// One due date or loop review, flat, as every format writes it (and JSON names it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReviewRow {
    /// The date.
    pub date: String,
    /// `due` or `review`.
    pub kind: &'static str,
    /// Whether the date has passed.
    pub overdue: bool,
    /// Days since the date, when it has passed.
    pub days_overdue: Option<i64>,
    /// The canvas's organisation.
    pub organisation: String,
    /// The canvas's title.
    pub canvas: String,
    /// The canvas id.
    pub canvas_id: String,
    /// The canvas's revision.
    pub revision: u32,
    /// The file it was read from.
    pub file: String,
    /// The action's id.
    pub action_id: String,
    /// The action's title.
    pub action: String,
    /// Who closes the loop.
    pub owner: String,
    /// Where the owner sits.
    pub business_line: String,
    /// The action's status.
    pub status: String,
    /// The action's loop (`loop` in JSON, as in the file and the CSV header).
    #[serde(rename = "loop")]
    pub loop_state: String,
    /// What the indicator measures.
    pub indicator: String,
    /// The indicator's baseline.
    pub baseline: String,
    /// The indicator's target.
    pub target: String,
    /// The latest reading, if any.
    pub latest: Option<Latest>,
    /// Progress from baseline to target, in percent, when the values are numbers.
    pub progress: Option<i64>,
    /// Progress in words: `57%`, `not numeric`, `no reading yet`, or empty without an indicator.
    pub progress_label: String,
}

impl ReviewRow {
    /// The row for one follow-up as of `today`.
    pub fn of(f: &FollowUp, today: Day) -> ReviewRow {
        let (a, c) = (f.action, f.canvas);
        let ind = a.indicator();
        let measured = ind.map(|i| i.measured(c.language));
        let label = |v: Option<String>| v.unwrap_or_default();
        ReviewRow {
            date: f.date.to_string(),
            kind: f.kind.word(),
            overdue: f.overdue,
            days_overdue: f.overdue.then(|| f.date.days_until(today)),
            organisation: c.organisation.clone(),
            canvas: c.title.clone(),
            canvas_id: c.id.clone(),
            revision: c.revision,
            file: f.file.display().to_string(),
            action_id: a.id.clone(),
            action: a.title.clone(),
            owner: a.owner.clone(),
            business_line: a.business_line.clone(),
            status: label(a.status.map(|s| s.label().to_string())),
            loop_state: label(a.loop_state.map(|s| s.label().to_string())),
            indicator: label(ind.map(|i| i.name.clone())),
            baseline: label(ind.map(|i| i.baseline.clone())),
            target: label(ind.map(|i| i.target.clone())),
            latest: ind.and_then(|i| i.latest()).map(|r| Latest {
                date: r.date.to_string(),
                value: r.value.clone(),
                note: r.note.clone(),
            }),
            progress: measured.and_then(|m| m.progress()).map(|p| p.percent()),
            progress_label: label(measured.map(|m: Measured| m.label())),
        }
    }

    /// When, for people: `2026-07-15 (133 days overdue)`, or the date.
    fn when(&self) -> String {
        match self.days_overdue {
            Some(1) => format!("{} (1 day overdue)", self.date),
            Some(n) => format!("{} ({n} days overdue)", self.date),
            None => self.date.clone(),
        }
    }

    /// The owner and where they sit: `Sam Lee (Field service)`.
    fn who(&self) -> String {
        match (self.owner.is_empty(), self.business_line.is_empty()) {
            (_, true) => self.owner.clone(),
            (true, false) => format!("({})", self.business_line),
            (false, false) => format!("{} ({})", self.owner, self.business_line),
        }
    }

    /// The latest reading: `19 hours on 2026-08-28`.
    fn latest_text(&self) -> String {
        self.latest.as_ref().map(|l| format!("{} on {}", l.value, l.date)).unwrap_or_default()
    }
}

/// What the list covers, for its first line: `2 overdue, 5 in all until 2026-12-09`.
/// The first line: the day everything is counted from, then how much is due.
fn headline(rows: &[ReviewRow], until: Option<Day>, as_of: Day) -> String {
    let overdue = rows.iter().filter(|r| r.overdue).count();
    let until = until.map(|u| format!(" until {u}")).unwrap_or_default();
    match rows.len() {
        0 => format!("As of {as_of}: nothing to follow up{until}: every loop is closed or has no date."),
        n => format!("As of {as_of}: {overdue} overdue, {n} in all{until}."),
    }
}

fn width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

/// The list as an aligned plain-text table, each cell one line with control characters shown.
pub fn reviews_text(rows: &[ReviewRow], until: Option<Day>, as_of: Day) -> String {
    let mut out = headline(rows, until, as_of) + "\n";
    if rows.is_empty() {
        return out;
    }
    let cell = |s: &str, max: usize| safe::clip(&safe::line(s), max).into_owned();
    let header = ["WHEN", "WHAT", "ORGANISATION", "ACTION", "OWNER", "INDICATOR", "LATEST", "PROGRESS"];
    let mut table: Vec<Vec<String>> = vec![header.map(String::from).to_vec()];
    table.extend(rows.iter().map(|r| {
        vec![
            r.when(),
            r.kind.to_string(),
            cell(&r.organisation, 24),
            cell(&format!("{} {}", r.action_id, r.action), 40),
            cell(&r.who(), 28),
            cell(&r.indicator, 28),
            cell(&r.latest_text(), 24),
            cell(&r.progress_label, 16),
        ]
    }));
    let widths: Vec<usize> =
        (0..header.len()).map(|i| table.iter().map(|r| width(&r[i])).max().unwrap_or(0)).collect();
    for r in &table {
        let cells: Vec<String> =
            r.iter().zip(&widths).map(|(c, w)| format!("{c}{}", " ".repeat(w - width(c)))).collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
}

/// The list as a Markdown page.
pub fn reviews_markdown(rows: &[ReviewRow], until: Option<Day>, as_of: Day) -> String {
    let mut out = format!("# Loop reviews and due dates\n\n{}\n\n", headline(rows, until, as_of));
    if rows.is_empty() {
        return out;
    }
    let headers = [
        "When",
        "What",
        "Organisation",
        "Canvas",
        "Action",
        "Owner",
        "Indicator",
        "Latest reading",
        "Progress",
    ];
    let cells = rows.iter().map(|r| {
        vec![
            r.when(),
            r.kind.to_string(),
            r.organisation.clone(),
            r.canvas.clone(),
            format!("{} {}", r.action_id, r.action),
            r.who(),
            r.indicator.clone(),
            r.latest_text(),
            r.progress_label.clone(),
        ]
    });
    out.push_str(&table(&headers, cells));
    let _ = writeln!(out);
    out
}

/// The CSV header, named as the JSON names the fields.
const CSV_COLUMNS: [&str; 19] = [
    "date",
    "kind",
    "overdue",
    "days_overdue",
    "organisation",
    "canvas",
    "canvas_id",
    "revision",
    "file",
    "action_id",
    "action",
    "owner",
    "business_line",
    "status",
    "loop",
    "indicator",
    "latest",
    "latest_date",
    "progress",
];

/// The list as CSV (RFC 4180), one row per date.
pub fn reviews_csv(rows: &[ReviewRow]) -> String {
    let mut out = record(CSV_COLUMNS.map(String::from));
    for r in rows {
        let latest = r.latest.as_ref();
        out.push_str(&record([
            r.date.clone(),
            r.kind.to_string(),
            r.overdue.to_string(),
            r.days_overdue.map(|d| d.to_string()).unwrap_or_default(),
            r.organisation.clone(),
            r.canvas.clone(),
            r.canvas_id.clone(),
            r.revision.to_string(),
            r.file.clone(),
            r.action_id.clone(),
            r.action.clone(),
            r.owner.clone(),
            r.business_line.clone(),
            r.status.clone(),
            r.loop_state.clone(),
            r.indicator.clone(),
            latest.map(|l| l.value.clone()).unwrap_or_default(),
            latest.map(|l| l.date.clone()).unwrap_or_default(),
            r.progress.map(|p| p.to_string()).unwrap_or_default(),
        ]));
    }
    out
}

/// The whole list as JSON.
#[derive(Serialize)]
struct ReviewsJson<'a> {
    today: String,
    until: Option<String>,
    overdue: usize,
    items: &'a [ReviewRow],
}

/// The list as JSON: `{"today", "until", "overdue", "items": [...]}` (docs/json.md). Characters
/// that would act on a terminal (bidirectional overrides among them) are written as `\u` escapes,
/// so the text stays valid JSON once `commands::out` has checked it.
pub fn reviews_json(rows: &[ReviewRow], today: Day, until: Option<Day>) -> String {
    let doc = ReviewsJson {
        today: today.to_string(),
        until: until.map(|u| u.to_string()),
        overdue: rows.iter().filter(|r| r.overdue).count(),
        items: rows,
    };
    super::json_text(&doc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, Canvas, Portfolio};

    #[test]
    fn json_stays_valid_and_shows_no_control_or_direction_character_raw() {
        let mut c = Canvas::new("t");
        c.id = "c1".into();
        let title = "Fix \u{202e}gnp.exe\u{1b}[2J \"quoted\"\nnext";
        c.add_action(Action { title: title.into(), review: Day::new(2020, 1, 1), ..Default::default() });
        let mut p = Portfolio::new();
        p.add("c.ron".into(), c);
        let today = Day::new(2026, 1, 1).unwrap();
        let rows: Vec<ReviewRow> =
            p.follow_ups(today, None).iter().map(|f| ReviewRow::of(f, today)).collect();
        let text = reviews_json(&rows, today, None);
        assert_eq!(crate::safe::text(&text), text, "nothing left for the printer to escape");
        assert!(text.contains("\\u202e") && text.contains("\\u001b"), "{text}");
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["items"][0]["action"], title);
        assert_eq!(
            (back["overdue"].as_u64(), back["items"][0]["days_overdue"].as_i64()),
            (Some(1), Some(2192))
        );
    }
}
