//! A section as CSV (RFC 4180), for spreadsheets and trackers: the columns are the fields the
//! descriptions put in the CSV, named as the file names them.

use crate::model::{Canvas, Described};

/// What a spreadsheet would run as a formula when a cell starts with it (OWASP's list).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// One cell: a leading `'` when a spreadsheet would read it as a formula, then quoted when it
/// holds a comma, a quote or a line break.
fn field(text: &str) -> String {
    let text = if text.starts_with(FORMULA_STARTS) { format!("'{text}") } else { text.to_string() };
    if text.contains([',', '"', '\n', '\r']) { format!("\"{}\"", text.replace('"', "\"\"")) } else { text }
}

/// One record: each cell guarded and quoted as needed, ended with CRLF.
pub(super) fn record(cells: impl IntoIterator<Item = String>) -> String {
    let cells: Vec<String> = cells.into_iter().map(|c| field(&c)).collect();
    cells.join(",") + "\r\n"
}

/// One header row and one row per entry, lines ended with CRLF as RFC 4180 asks.
fn section_csv<'a, E: Described>(entries: impl IntoIterator<Item = &'a E>) -> String {
    let columns: Vec<_> = E::FIELDS.iter().filter(|f| f.csv).collect();
    let mut out = record(std::iter::once("id".to_string()).chain(columns.iter().map(|f| f.name.to_string())));
    for e in entries {
        out.push_str(&record(std::iter::once(e.id().to_string()).chain(columns.iter().map(|f| f.text(e)))));
    }
    out
}

/// The adoption actions as CSV.
pub fn actions_csv(c: &Canvas) -> String {
    section_csv(c.actions.iter())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, Indicator};

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
        assert!(row.starts_with("A1,\"a, \"\"b\"\""));
        assert!(text.ends_with(",2,\r\n"));
        assert_eq!(parse(&text)[1][1], "a, \"b\"\nc");
    }

    #[test]
    fn the_header_names_every_described_action_field_as_the_file_does() {
        let header = actions_csv(&Canvas::new("t")).lines().next().unwrap().to_string();
        let expected = "id,title,owner,business_line,due,phase,driver,indicator,unit,baseline,target,\
                        indicator_kind,benefit,review,status,loop,votes,notes";
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
}
