//! A section as CSV (RFC 4180), for spreadsheets and trackers: the canvas's id, organisation,
//! revision and date first (so sheets from many workshops stack), then the entry's id and the
//! fields the descriptions put in the CSV, named as the file names them; a stakeholder reference
//! has the stakeholder's name beside it (`from`, `from_name`).
//!
//! For a French or German spreadsheet (DESIGN.md §13) the sheet is written in Excel's dialect for
//! those languages: `;` between cells, a UTF-8 byte-order mark (so Excel takes the text as UTF-8)
//! and the headers and the canvas's vocabularies (`fragile`, `en cours`, `Résoudre`) in the
//! language, which `cvc import` reads back. The numbers cvc itself writes in a cell (revision,
//! votes, power, strength) are whole, so no decimal mark is ever in question; dates stay
//! `YYYY-MM-DD`, which every spreadsheet reads; the values people typed stay as they wrote them
//! (`4,5 jours`).

use crate::i18n::Tr;
use crate::i18n::columns::header as column_header;
use crate::model::{Canvas, Described, EntryKind, FieldValue, Language, Names, Shape};

/// How the cells of a sheet are separated and the file begins.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum CsvDialect {
    /// RFC 4180: `,` between cells, no byte-order mark (what an English spreadsheet opens).
    #[default]
    Rfc4180,
    /// Excel set to French or German: `;` between cells, a UTF-8 byte-order mark first.
    ExcelFr,
}

impl CsvDialect {
    /// The dialect a spreadsheet in `lang` opens cleanly with a double-click.
    pub fn of(lang: Language) -> CsvDialect {
        match lang {
            Language::En => CsvDialect::Rfc4180,
            Language::Fr | Language::De => CsvDialect::ExcelFr,
        }
    }

    /// The character between cells.
    fn separator(self) -> char {
        match self {
            CsvDialect::Rfc4180 => ',',
            CsvDialect::ExcelFr => ';',
        }
    }
}

/// The language of a sheet's headers and the dialect it is written in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CsvStyle {
    /// The headers' language.
    pub lang: Language,
    /// How cells are separated.
    pub dialect: CsvDialect,
}

impl CsvStyle {
    /// The headers in `lang`, in the dialect a spreadsheet in `lang` opens.
    pub fn of(lang: Language) -> CsvStyle {
        CsvStyle { lang, dialect: CsvDialect::of(lang) }
    }
}

/// What a spreadsheet would run as a formula when a cell starts with it (OWASP's list).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The columns that say which workshop a row comes from, before the entry's own.
pub const CANVAS_COLUMNS: [&str; 4] = ["canvas_id", "organisation", "revision", "date"];

/// The column that holds a stakeholder reference's name, beside the one with its id.
pub fn name_column(field: &str) -> String {
    format!("{field}_name")
}

/// Whether a spreadsheet would run `text` as a formula, or it already starts with the quote mark
/// that guards one (so that taking the mark off again gives back exactly what was written).
fn needs_guard(text: &str) -> bool {
    text.starts_with(FORMULA_STARTS) || text.strip_prefix('\'').is_some_and(needs_guard)
}

/// A cell's text as it was before `push_field` guarded it: the leading `'` taken off a guarded cell.
pub fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_guard(rest) => rest,
        _ => cell,
    }
}

/// One cell, written at the end of `out`: a leading `'` when a spreadsheet would read it as a
/// formula, then quoted when it holds a comma, a semicolon in the `;` dialect, a quote or a line
/// break.
fn push_field(out: &mut String, text: &str, dialect: CsvDialect) {
    let quote = text.contains([',', '"', '\n', '\r']) || text.contains(dialect.separator());
    if quote {
        out.push('"');
    }
    if needs_guard(text) {
        out.push('\'');
    }
    if quote {
        let mut pieces = text.split('"');
        out.push_str(pieces.next().unwrap_or_default());
        for piece in pieces {
            out.push_str("\"\"");
            out.push_str(piece);
        }
        out.push('"');
    } else {
        out.push_str(text);
    }
}

/// One record: the cells guarded, quoted and joined, ended with CRLF as RFC 4180 asks.
pub fn line(cells: impl IntoIterator<Item = String>) -> String {
    line_in(cells, CsvDialect::Rfc4180)
}

/// What a sheet in `dialect` starts with: a UTF-8 byte-order mark for Excel in French or German.
pub fn sheet_start(dialect: CsvDialect) -> &'static str {
    if dialect == CsvDialect::ExcelFr { "\u{feff}" } else { "" }
}

/// One record in `dialect`: the cells guarded, quoted and joined, ended with CRLF.
pub fn line_in(cells: impl IntoIterator<Item = String>, dialect: CsvDialect) -> String {
    let mut line = String::new();
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            line.push(dialect.separator());
        }
        push_field(&mut line, &cell, dialect);
    }
    line + "\r\n"
}

/// The cells of the canvas columns, the same on every row.
fn canvas_cells(c: &Canvas) -> Vec<String> {
    let date = c.date.map(|d| d.to_string()).unwrap_or_default();
    vec![c.id.clone(), c.organisation.clone(), c.revision.to_string(), date]
}

/// One header row and one row per entry.
fn section_rows<'a, E: Described>(
    c: &Canvas,
    entries: impl IntoIterator<Item = &'a E>,
    style: CsvStyle,
) -> String {
    let columns: Vec<_> = E::FIELDS.iter().filter(|f| f.csv).collect();
    let mut header: Vec<String> = CANVAS_COLUMNS.iter().map(|s| s.to_string()).collect();
    header.push("id".into());
    for f in &columns {
        header.push(f.name.to_string());
        if f.shape == Shape::Person {
            header.push(name_column(f.name));
        }
    }
    let header = header.iter().map(|name| column_header(name, style.lang));
    let mut out = sheet_start(style.dialect).to_string() + &line_in(header, style.dialect);
    let names: Names = c.names();
    let tr = Tr::new(style.lang);
    let (dialect, separator) = (style.dialect, style.dialect.separator());
    // The canvas's cells are the same on every row: guarded, quoted and joined once.
    let mut row_start = String::new();
    for cell in canvas_cells(c) {
        push_field(&mut row_start, &cell, dialect);
        row_start.push(separator);
    }
    // Each row is written into the sheet cell by cell, each field read once.
    for e in entries {
        out.push_str(&row_start);
        push_field(&mut out, e.id(), dialect);
        for f in &columns {
            out.push(separator);
            let value = (f.get)(e);
            match (tr.value(f.shape, &value), &value) {
                (Some(label), _) => push_field(&mut out, &label, dialect),
                (None, FieldValue::Text(text)) => push_field(&mut out, text, dialect),
                (None, other) => push_field(&mut out, &other.clone().render(f.shape, None), dialect),
            }
            if f.shape == Shape::Person {
                out.push(separator);
                match &value {
                    FieldValue::Text(id) => push_field(&mut out, names.of(id), dialect),
                    _ => push_field(&mut out, &f.shown(e, &names), dialect),
                }
            }
        }
        out.push_str("\r\n");
    }
    out
}

/// One section of the canvas as CSV (RFC 4180, the format's column names).
pub fn section_csv(c: &Canvas, kind: EntryKind) -> String {
    section_csv_in(c, kind, CsvStyle::default())
}

/// One section of the canvas as CSV, its headers in `style`'s language and its cells in its
/// dialect.
pub fn section_csv_in(c: &Canvas, kind: EntryKind, style: CsvStyle) -> String {
    match kind {
        EntryKind::Stakeholder => section_rows(c, c.stakeholders.iter(), style),
        EntryKind::Relationship => section_rows(c, c.relationships.iter(), style),
        EntryKind::Task => section_rows(c, c.tasks.iter(), style),
        EntryKind::Action => section_rows(c, c.actions.iter(), style),
    }
}

/// The adoption actions as CSV.
pub fn actions_csv(c: &Canvas) -> String {
    section_csv(c, EntryKind::Action)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, Indicator, Relationship, Stakeholder, Task};

    /// Reads RFC 4180 text back into records, the way a spreadsheet would.
    fn parse(text: &str) -> Vec<Vec<String>> {
        let (mut records, mut record, mut cell) = (Vec::new(), Vec::new(), String::new());
        let (mut quoted, mut chars) = (false, text.chars().peekable());
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => cell.push(c),
                (false, '"') if cell.is_empty() => quoted = true,
                (false, ',') => record.push(std::mem::take(&mut cell)),
                (false, '\r') if chars.peek() == Some(&'\n') => {
                    chars.next();
                    record.push(std::mem::take(&mut cell));
                    records.push(std::mem::take(&mut record));
                }
                (false, c) => cell.push(c),
            }
        }
        assert!(!quoted && cell.is_empty() && record.is_empty(), "the text ends with a whole record");
        records
    }

    fn canvas_with(titles: &[&str]) -> Canvas {
        let mut c = Canvas::new("t");
        for title in titles {
            c.add_action(Action { title: title.to_string(), votes: 2, ..Default::default() });
        }
        c
    }

    #[test]
    fn fields_with_commas_quotes_and_newlines_are_quoted() {
        let text = actions_csv(&canvas_with(&["a, \"b\"\nc"]));
        let row = text.lines().nth(1).unwrap();
        assert!(row.starts_with(",,1,,A1,\"a, \"\"b\"\""), "{row}");
        assert!(text.ends_with(",2,\r\n"));
        assert_eq!(parse(&text)[1][5], "a, \"b\"\nc");
    }

    #[test]
    fn the_header_names_every_described_action_field_as_the_file_does() {
        let header = actions_csv(&Canvas::new("t")).lines().next().unwrap().to_string();
        let expected = "canvas_id,organisation,revision,date,id,title,owner,business_line,due,phase,driver,indicator,unit,\
                        baseline,baseline_date,target,indicator_kind,benefit,cost,gain,review,status,loop,votes,notes";
        assert_eq!(header, expected);
    }

    #[test]
    fn cells_a_spreadsheet_would_run_start_with_a_quote_mark_and_keep_their_text() {
        let risky = ["=1+1", "+33 1 23", "-2", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"a,b\")"];
        let safe = ["1+1", "a=b", "2026-12-01", "", "'already"];
        let mut c = canvas_with(&risky);
        c.actions[0].indicator = Some(Indicator { baseline: "-5".into(), ..Default::default() });
        c.add_action(Action { title: safe.join("|"), notes: "=cmd".into(), ..Default::default() });
        for title in safe {
            c.add_action(Action { title: title.into(), ..Default::default() });
        }
        let records = parse(&actions_csv(&c));
        assert_eq!(records.len(), 1 + c.actions.len());
        assert!(records.iter().all(|r| r.len() == records[0].len()), "{records:?}");
        let column = |name: &str| records[0].iter().position(|h| h == name).unwrap();
        let (title, notes, baseline) = (column("title"), column("notes"), column("baseline"));
        for (record, text) in records[1..].iter().zip(risky) {
            assert_eq!(record[title], format!("'{text}"));
        }
        assert_eq!(records[1][baseline], "'-5");
        assert_eq!(records[risky.len() + 1][notes], "'=cmd");
        for (record, text) in records[risky.len() + 2..].iter().zip(safe) {
            assert_eq!(record[title], text, "left as it is");
        }
    }

    #[test]
    fn a_french_sheet_has_a_byte_order_mark_semicolons_french_headers_and_keeps_the_guard() {
        let mut c = canvas_with(&["=1+1", "a; b, c", "4,5 jours"]);
        c.language = Language::Fr;
        let text = section_csv_in(&c, EntryKind::Action, CsvStyle::of(Language::Fr));
        let body = text.strip_prefix('\u{feff}').expect("a byte-order mark first");
        assert!(body.starts_with("identifiant du canevas;organisation;révision;date;identifiant;titre;"));
        let mut reader = ::csv::ReaderBuilder::new().delimiter(b';').from_reader(body.as_bytes());
        let titles: Vec<String> = reader.records().map(|r| r.unwrap()[5].to_string()).collect();
        assert_eq!(titles, ["'=1+1", "a; b, c", "4,5 jours"], "guarded, quoted, kept as written");
        c.actions[0].status = Some(crate::model::ActionStatus::InProgress);
        c.actions[0].phase = Some(crate::model::Phase::Solve);
        let french = section_csv_in(&c, EntryKind::Action, CsvStyle::of(Language::Fr));
        let mut reader = ::csv::ReaderBuilder::new().delimiter(b';').from_reader(&french.as_bytes()[3..]);
        let head = reader.headers().unwrap().clone();
        let row = reader.records().next().unwrap().unwrap();
        let at = |h: &str| row[head.iter().position(|x| x == h).unwrap()].to_string();
        assert_eq!(
            (at("statut"), at("phase")),
            ("en cours".into(), "Résoudre".into()),
            "the words in French"
        );
        let english = section_csv(&c, EntryKind::Action);
        assert!(english.contains(",Solve,") && english.contains(",in progress,"), "English as before");
        let german = section_csv_in(&c, EntryKind::Stakeholder, CsvStyle::of(Language::De));
        assert_eq!(
            german,
            "\u{feff}Canvas-ID;Organisation;Version;Datum;ID;Name;Art;Rolle;Interessen;Einfluss;\
                            Interesse;Haltung;angestrebte Haltung;Einbindung;Notizen\r\n"
        );
        assert_eq!(
            section_csv(&c, EntryKind::Action),
            section_csv_in(&c, EntryKind::Action, CsvStyle::default())
        );
        assert!(
            section_csv(&c, EntryKind::Action).starts_with("canvas_id,organisation,"),
            "English as before"
        );
    }

    #[test]
    fn taking_the_guard_off_gives_back_what_was_written() {
        for text in ["=1+1", "'=1+1", "''-2", "'already", "plain", "", "'", "-"] {
            let read = parse(&line([text.to_string()]))[0][0].clone();
            assert_eq!(unguard(&read), text, "{read}");
        }
        assert_eq!(unguard("'already"), "'already", "a quote mark before plain text is the text's own");
    }

    #[test]
    fn every_section_starts_with_the_canvas_and_relationships_name_their_stakeholders() {
        let mut c = Canvas::new("t");
        (c.id, c.organisation, c.date) = ("c1".into(), "Acme, Inc.".into(), "2026-11-22".parse().ok());
        let a = c.add_stakeholder(Stakeholder { name: "Field engineers".into(), ..Default::default() });
        let b = c.add_stakeholder(Stakeholder { name: "Service desk".into(), ..Default::default() });
        c.add_relationship(Relationship { from: a, to: b, ..Default::default() });
        c.add_task(Task { title: "Weekly call".into(), ..Default::default() });
        for kind in EntryKind::ALL {
            let records = parse(&section_csv(&c, kind));
            assert_eq!(records[0][..5], ["canvas_id", "organisation", "revision", "date", "id"], "{kind:?}");
            assert_eq!(records.len(), 1 + c.len_of(kind), "{kind:?}");
            for r in &records[1..] {
                assert_eq!(r[..4], ["c1", "Acme, Inc.", "1", "2026-11-22"]);
            }
        }
        let links = parse(&section_csv(&c, EntryKind::Relationship));
        assert_eq!(links[0][5..9], ["from", "from_name", "to", "to_name"]);
        assert_eq!(links[1][4..9], ["R1", "S1", "Field engineers", "S2", "Service desk"]);
    }
}
