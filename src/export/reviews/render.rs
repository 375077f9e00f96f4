//! The follow-up list written out: text for the terminal, Markdown, CSV and JSON.

use serde::Serialize;

use super::{ClientRow, GapRow, ReviewRow, client_name, client_of};
use crate::export::csv::{CsvStyle, line_in, sheet_start};
use crate::export::markdown::table;
use crate::i18n::{Label, Tr};
use crate::model::{ActionStatus, Day, Language, LoopState, Vocabulary};
use crate::safe;

/// The first line: the day everything is counted from, then how much is due.
fn headline(rows: &[ReviewRow], until: Option<Day>, as_of: Day, tr: Tr) -> String {
    let overdue = rows.iter().filter(|r| r.overdue).count();
    let until = until.map(|u| tr.args("reviews-until", &[("date", tr.day(u).into())])).unwrap_or_default();
    let (as_of, until) = (tr.day(as_of).into(), until.into());
    match rows.len() {
        0 => tr.args("reviews-headline-nothing", &[("as_of", as_of), ("until", until)]),
        n => tr.args(
            "reviews-headline",
            &[("as_of", as_of), ("overdue", overdue.into()), ("count", n.into()), ("until", until)],
        ),
    }
}

fn width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

/// Cells of one line each, padded to the widest of their column, two spaces apart.
fn aligned(out: &mut String, table: &[Vec<String>], indent: &str) {
    let columns = table.first().map_or(0, Vec::len);
    let widths: Vec<usize> =
        (0..columns).map(|i| table.iter().map(|r| width(&r[i])).max().unwrap_or(0)).collect();
    for r in table {
        let cells: Vec<String> =
            r.iter().zip(&widths).map(|(c, w)| format!("{c}{}", " ".repeat(w - width(c)))).collect();
        out.push_str(indent);
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
}

/// Everything `cvc reviews` lists: the roll-up, the dated rows and the gaps.
#[derive(Debug, Clone, Copy)]
pub struct Reviews<'a> {
    /// One line per client.
    pub clients: &'a [ClientRow],
    /// The dated rows, overdue first.
    pub rows: &'a [ReviewRow],
    /// What has no date or owner, or is broken.
    pub gaps: &'a [GapRow],
    /// The `--until` day.
    pub until: Option<Day>,
    /// The day everything is counted from.
    pub as_of: Day,
    /// The language the text and Markdown lists speak (CSV and JSON keep their field names
    /// and values).
    pub tr: Tr,
}

/// The list as plain text: the roll-up, an aligned table of dates, then the gaps; each cell one
/// line with control characters shown.
pub fn reviews_text(r: &Reviews) -> String {
    let cell = |s: &str, max: usize| safe::clip(&safe::line(s), max).into_owned();
    let tr = r.tr;
    let mut out = headline(r.rows, r.until, r.as_of, tr) + "\n";
    if !r.clients.is_empty() {
        out.push_str(&format!("\n{}\n", tr.get("reviews-by-client")));
        let lines: Vec<Vec<String>> =
            r.clients.iter().map(|c| vec![cell(&client_name(&c.client, tr), 32), c.words(tr)]).collect();
        aligned(&mut out, &lines, "  ");
    }
    if !r.rows.is_empty() {
        out.push('\n');
        dated_text(&mut out, r.rows, tr);
    }
    if !r.gaps.is_empty() {
        out.push_str(&format!("\n{}\n", tr.get("reviews-gaps")));
        let lines: Vec<Vec<String>> = r
            .gaps
            .iter()
            .map(|g| {
                let client = client_name(&client_of(&g.organisation, &g.canvas), tr);
                let entry = format!("{} {}", g.id, g.title);
                vec![cell(&client, 24), cell(&g.canvas_name(), 24), cell(&entry, 48), g.words(tr)]
            })
            .collect();
        aligned(&mut out, &lines, "  ");
    }
    out
}

/// The dated list's columns' message keys, the latest reading's named by `latest` (the text
/// table's narrow header, the page's longer one).
fn dated_columns(latest: &'static str) -> [&'static str; 9] {
    [
        "reviews-col-when",
        "reviews-col-what",
        "reviews-col-organisation",
        "reviews-col-canvas",
        "reviews-col-action",
        "reviews-col-owner",
        "reviews-col-indicator",
        latest,
        "reviews-col-progress",
    ]
}

fn dated_text(out: &mut String, rows: &[ReviewRow], tr: Tr) {
    let cell = |s: &str, max: usize| safe::clip(&safe::line(s), max).into_owned();
    let header = dated_columns("reviews-col-latest");
    let mut table: Vec<Vec<String>> = vec![header.iter().map(|k| tr.get(k).to_uppercase()).collect()];
    table.extend(rows.iter().map(|r| {
        vec![
            r.when(tr),
            r.kind_word(tr),
            cell(&r.organisation, 24),
            cell(&r.canvas_name(), 24),
            cell(&r.what(tr), 40),
            cell(&r.who(), 28),
            cell(&r.indicator, 28),
            cell(&r.latest_text(tr), 24),
            cell(&r.progress_text(tr), 20),
        ]
    }));
    aligned(out, &table, "");
}

/// The list as a Markdown page: the roll-up, the dates, then the gaps.
pub fn reviews_markdown(r: &Reviews) -> String {
    let tr = r.tr;
    let title = tr.get("reviews-title");
    let mut out = format!("# {title}\n\n{}\n\n", headline(r.rows, r.until, r.as_of, tr));
    if !r.clients.is_empty() {
        out.push_str(&format!("## {}\n\n", tr.get("reviews-by-client")));
        let cells = r.clients.iter().map(|c| vec![client_name(&c.client, tr), c.words(tr)]);
        let headers = [tr.get("reviews-col-client"), tr.get("reviews-col-counts")];
        out.push_str(&table(&headers.each_ref().map(String::as_str), cells));
        out.push('\n');
    }
    if !r.rows.is_empty() {
        out.push_str(&format!("## {}\n\n", tr.get("reviews-dates")));
        let headers = dated_columns("reviews-col-latest-reading").map(|k| tr.get(k));
        let cells = r.rows.iter().map(|r| {
            vec![
                r.when(tr),
                r.kind_word(tr),
                r.organisation.clone(),
                r.canvas.clone(),
                r.what(tr),
                r.who(),
                r.indicator.clone(),
                r.latest_text(tr),
                r.progress_text(tr),
            ]
        });
        out.push_str(&table(&headers.each_ref().map(String::as_str), cells));
        out.push('\n');
    }
    if !r.gaps.is_empty() {
        out.push_str(&format!("## {}\n\n", tr.get("reviews-gaps")));
        let cells = r.gaps.iter().map(|g| {
            vec![
                client_name(&client_of(&g.organisation, &g.canvas), tr),
                g.canvas.clone(),
                format!("{} {}", g.id, g.title),
                g.owner.clone(),
                g.words(tr),
            ]
        });
        let headers = [
            "reviews-col-client",
            "reviews-col-canvas",
            "reviews-col-entry",
            "reviews-col-owner",
            "reviews-col-missing",
        ]
        .map(|k| tr.get(k));
        out.push_str(&table(&headers.each_ref().map(String::as_str), cells));
        out.push('\n');
    }
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

/// The list as CSV (RFC 4180), one row per date, then one per gap (its `kind` says which, its
/// date is empty, its entry in the action columns).
pub fn reviews_csv(rows: &[ReviewRow], gaps: &[GapRow]) -> String {
    reviews_csv_in(rows, gaps, CsvStyle::default())
}

/// A column's header in `lang`: the canvas sheets' own where they have the column, else the
/// list's; English keeps the format's names (the cells' words: `CsvWords`).
fn csv_header(name: &str, lang: crate::model::Language) -> String {
    let key = match name {
        "overdue" => "reviews-csv-overdue",
        "days_overdue" => "reviews-csv-days-overdue",
        "canvas" => "reviews-csv-canvas",
        "file" => "reviews-csv-file",
        "action_id" => "reviews-csv-action-id",
        "action" => "reviews-csv-action",
        "latest" => "reviews-csv-latest",
        "latest_date" => "reviews-csv-latest-date",
        "progress" => "reviews-csv-progress",
        _ => return crate::i18n::columns::header(name, lang),
    };
    if lang == crate::model::Language::En { name.to_string() } else { Tr::new(lang).get(key) }
}

/// [`reviews_csv`] with its headers in `style`'s language and its cells in its dialect (`;` and a
/// byte-order mark for French and German, so a double-click in Excel opens clean columns).
pub fn reviews_csv_in(rows: &[ReviewRow], gaps: &[GapRow], style: CsvStyle) -> String {
    let record = |cells: Vec<String>| line_in(cells, style.dialect);
    let words = CsvWords(style.lang);
    let mut out = sheet_start(style.dialect).to_string();
    out.push_str(&record(CSV_COLUMNS.iter().map(|c| csv_header(c, style.lang)).collect()));
    for g in gaps {
        let mut cells: [String; 19] = Default::default();
        cells[1] = words.gap(g);
        cells[2] = words.yes_no(false);
        (cells[4], cells[5], cells[6]) = (g.organisation.clone(), g.canvas.clone(), g.canvas_id.clone());
        (cells[7], cells[8]) = (g.revision.to_string(), g.file.clone());
        (cells[9], cells[10], cells[11]) = (g.id.clone(), g.title.clone(), g.owner.clone());
        out.push_str(&record(Vec::from(cells)));
    }
    for r in rows {
        let latest = r.latest.as_ref();
        out.push_str(&record(vec![
            r.date.clone(),
            words.kind(r),
            words.yes_no(r.overdue),
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
            words.choice::<ActionStatus>(&r.status),
            words.choice::<LoopState>(&r.loop_state),
            r.indicator.clone(),
            latest.map(|l| l.value.clone()).unwrap_or_default(),
            latest.map(|l| l.date.clone()).unwrap_or_default(),
            r.progress.map(|p| p.to_string()).unwrap_or_default(),
        ]));
    }
    out
}

/// The sheet's vocabulary in its language, so a French or German sheet reads whole: the kind of
/// date or gap, yes or no, an action's status and loop. English keeps the format's values.
struct CsvWords(Language);

impl CsvWords {
    /// The words of the sheet's language, or `None` for English (the format's values).
    fn tr(&self) -> Option<Tr> {
        (self.0 != Language::En).then(|| Tr::new(self.0))
    }

    /// `due`, `review` or `revisit`.
    fn kind(&self, r: &ReviewRow) -> String {
        self.tr().map_or_else(|| r.kind.to_string(), |tr| r.kind_word(tr))
    }

    /// `undated`, `unowned` or `broken`.
    fn gap(&self, g: &GapRow) -> String {
        self.tr().map_or_else(|| g.kind.to_string(), |tr| g.words(tr))
    }

    /// `true` or `false`.
    fn yes_no(&self, yes: bool) -> String {
        match self.tr() {
            Some(tr) => tr.get(if yes { "reviews-csv-yes" } else { "reviews-csv-no" }),
            None => yes.to_string(),
        }
    }

    /// A vocabulary's value, written by its English label.
    fn choice<V: Vocabulary + Label>(&self, label: &str) -> String {
        match (self.tr(), V::LABELS.iter().position(|l| *l == label)) {
            (Some(tr), Some(i)) => tr.label(V::VALUES[i]),
            _ => label.to_string(),
        }
    }
}

/// The whole list as JSON.
#[derive(Serialize)]
struct ReviewsJson<'a> {
    today: String,
    until: Option<String>,
    overdue: usize,
    clients: &'a [ClientRow],
    items: &'a [ReviewRow],
    missing: &'a [GapRow],
}

/// The list as JSON: `{"today", "until", "overdue", "clients", "items", "missing"}`
/// (docs/json.md). Characters that would act on a terminal (bidirectional overrides among them)
/// are written as `\u` escapes, so the text stays valid JSON once `commands::out` has checked it.
pub fn reviews_json(r: &Reviews) -> String {
    let doc = ReviewsJson {
        today: r.as_of.to_string(),
        until: r.until.map(|u| u.to_string()),
        overdue: r.rows.iter().filter(|r| r.overdue).count(),
        clients: r.clients,
        items: r.rows,
        missing: r.gaps,
    };
    crate::export::json_text(&doc)
}
