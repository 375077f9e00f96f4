//! The follow-up list of `cvc reviews` as text, Markdown, CSV or JSON: a line per client first
//! (what is overdue, due and missing), then one row per due date, loop review or revisit, with the
//! action's owner, business line, indicator, latest reading and progress, then what has no date,
//! no owner, or is still broken.

use serde::Serialize;

use crate::i18n::Tr;
use crate::model::{Day, FollowUp, Gap, Language, Measured, Revisit};

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
    /// Why there is no progress, as a message key (no reading yet, not numeric), for the text
    /// and Markdown lists to word in their language.
    #[serde(skip)]
    unmeasured: Option<&'static str>,
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
            unmeasured: match measured {
                Some(Measured::NoReading) => Some("scorecard-no-reading"),
                Some(Measured::NotNumeric) => Some("scorecard-not-numeric"),
                _ => None,
            },
        }
    }

    /// The row for a canvas's next revisit as of `today`: its action columns name the workshop.
    pub fn revisit(r: &Revisit, today: Day) -> ReviewRow {
        let c = r.canvas;
        ReviewRow {
            date: r.date.to_string(),
            kind: "revisit",
            overdue: r.overdue,
            days_overdue: r.overdue.then(|| r.date.days_until(today)),
            organisation: c.organisation.clone(),
            canvas: c.title.clone(),
            canvas_id: c.id.clone(),
            revision: c.revision,
            file: r.file.display().to_string(),
            action_id: String::new(),
            action: format!("revisit: the follow-up workshop after revision {}", c.revision),
            owner: c.facilitator.clone(),
            business_line: String::new(),
            status: String::new(),
            loop_state: String::new(),
            indicator: String::new(),
            baseline: String::new(),
            target: String::new(),
            latest: None,
            progress: None,
            progress_label: String::new(),
            unmeasured: None,
        }
    }

    /// The date for people: `2026-07-15` in English, `15 juillet 2026` in French.
    fn day(&self, tr: Tr) -> String {
        self.date.parse().map_or_else(|_| self.date.clone(), |d| tr.day(d))
    }

    /// When, for people: `2026-07-15 (133 days overdue)`, or the date.
    fn when(&self, tr: Tr) -> String {
        match self.days_overdue {
            Some(n) => tr.args("reviews-when-overdue", &[("date", self.day(tr).into()), ("count", n.into())]),
            None => self.day(tr),
        }
    }

    /// What kind of date it is: `due`, `review` or `revisit`, in `tr`'s language.
    pub(super) fn kind_word(&self, tr: Tr) -> String {
        match self.kind {
            "due" => tr.get("reviews-kind-due"),
            "review" => tr.get("reviews-kind-review"),
            _ => tr.get("reviews-kind-revisit"),
        }
    }

    /// The action: `A2 We will …`, or the revisit's words alone.
    fn what(&self, tr: Tr) -> String {
        if self.kind == "revisit" {
            tr.args("reviews-revisit", &[("revision", self.revision.into())])
        } else if self.action_id.is_empty() {
            self.action.clone()
        } else {
            format!("{} {}", self.action_id, self.action)
        }
    }

    /// The canvas a row comes from: its title, else its file's name.
    fn canvas_name(&self) -> String {
        canvas_name(&self.canvas, &self.file)
    }

    /// Progress for people: `57%` (`57 %` in French and German), `not numeric`, `no reading
    /// yet`, or empty without an indicator.
    fn progress_text(&self, tr: Tr) -> String {
        match (self.progress, self.unmeasured) {
            (Some(p), _) if tr.lang() == Language::En => format!("{p}%"),
            (Some(p), _) => crate::i18n::percent(p as f64, 0, tr.lang()),
            (None, Some(key)) => tr.get(key),
            (None, None) => String::new(),
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
    fn latest_text(&self, tr: Tr) -> String {
        self.latest
            .as_ref()
            .map(|l| {
                let day = l.date.parse().map_or_else(|_| l.date.clone(), |d| tr.day(d));
                tr.args("reviews-latest", &[("value", l.value.as_str().into()), ("date", day.into())])
            })
            .unwrap_or_default()
    }
}

/// A canvas for people: its title, else its file's name.
fn canvas_name(title: &str, file: &str) -> String {
    if title.trim().is_empty() {
        let path = std::path::Path::new(file);
        path.file_name().map_or_else(|| file.to_string(), |f| f.to_string_lossy().into_owned())
    } else {
        title.to_string()
    }
}

/// The rows of the dated list: every follow-up and revisit, overdue first, then by date (the
/// follow-ups keep their order among themselves).
pub fn rows(items: &[FollowUp], revisits: &[Revisit], today: Day) -> Vec<ReviewRow> {
    let mut out: Vec<ReviewRow> = items.iter().map(|f| ReviewRow::of(f, today)).collect();
    out.extend(revisits.iter().map(|r| ReviewRow::revisit(r, today)));
    out.sort_by(|a, b| (!a.overdue, &a.date).cmp(&(!b.overdue, &b.date)));
    out
}

/// An undated or unowned action, or a broken relationship, flat, as every format writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GapRow {
    /// `undated`, `unowned` or `broken`.
    pub kind: &'static str,
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
    /// The action's or relationship's id.
    pub id: String,
    /// The action's title, or the relationship as `From – To`.
    pub title: String,
    /// The action's owner (empty for a relationship).
    pub owner: String,
}

impl GapRow {
    /// The row for one gap.
    pub fn of(g: &Gap) -> GapRow {
        let c = g.canvas;
        GapRow {
            kind: g.kind.word(),
            organisation: c.organisation.clone(),
            canvas: c.title.clone(),
            canvas_id: c.id.clone(),
            revision: c.revision,
            file: g.file.display().to_string(),
            id: g.id.to_string(),
            title: g.title.clone(),
            owner: g.owner.to_string(),
        }
    }

    /// The canvas the gap is in: its title, else its file's name.
    fn canvas_name(&self) -> String {
        canvas_name(&self.canvas, &self.file)
    }

    /// What is missing, for people: `no date`, `no owner`, `broken`.
    pub(super) fn words(&self, tr: Tr) -> String {
        tr.get(match self.kind {
            "undated" => "reviews-gap-undated",
            "unowned" => "reviews-gap-unowned",
            _ => "reviews-gap-broken",
        })
    }
}

mod clients;
mod render;

pub use clients::{ClientRow, clients};
use clients::{client_name, client_of};
pub use render::{Reviews, reviews_csv, reviews_csv_in, reviews_json, reviews_markdown, reviews_text};

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
        let gaps: Vec<GapRow> = p.gaps(today).iter().map(GapRow::of).collect();
        let clients = clients(p.canvases(), &rows, &rows, &gaps);
        let text = reviews_json(&Reviews {
            clients: &clients,
            rows: &rows,
            gaps: &gaps,
            until: None,
            as_of: today,
            tr: Tr::default(),
        });
        assert_eq!(crate::safe::text(&text), text, "nothing left for the printer to escape");
        assert!(text.contains("\\u202e") && text.contains("\\u001b"), "{text}");
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["items"][0]["action"], title);
        assert_eq!(back["missing"][0]["title"], title, "no owner: a gap too");
        assert_eq!(back["clients"][0]["client"], "t", "no organisation: the title names the client");
        assert_eq!(
            (back["overdue"].as_u64(), back["items"][0]["days_overdue"].as_i64()),
            (Some(1), Some(2192))
        );
    }
}
