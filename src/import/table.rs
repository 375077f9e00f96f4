//! A CSV reader (RFC 4180, as spreadsheets write it) that keeps where each cell starts, so that a
//! bad value is reported at its line and column in the input, even after a quoted line break.

use std::borrow::Cow;

use super::Problem;
use crate::i18n::Tr;

/// One cell: its text (quotes removed, `""` made `"`; the input's own text unless a `""` had to
/// be made `"`) and where it starts in the input, from 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell<'a> {
    /// What it holds.
    pub text: Cow<'a, str>,
    /// The line it starts on.
    pub line: usize,
    /// The column (in characters) it starts at.
    pub col: usize,
}

/// The header row and the rows under it; rows with nothing in them are left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table<'a> {
    /// The header's cells: the column names.
    pub header: Vec<Cell<'a>>,
    /// Every other row.
    pub rows: Vec<Vec<Cell<'a>>>,
}

/// The character between cells: a comma, unless the first line has none and has a semicolon (a
/// spreadsheet set to a language that writes decimal commas) or a tab.
fn delimiter(text: &str) -> char {
    let first = text.lines().next().unwrap_or("");
    [',', ';', '\t'].into_iter().find(|d| first.contains(*d)).unwrap_or(',')
}

struct Reader<'a> {
    /// The whole input.
    text: &'a str,
    /// The text not read yet.
    rest: &'a str,
    line: usize,
    col: usize,
    delimiter: char,
    tr: Tr,
}

impl<'a> Reader<'a> {
    /// Reads the next `n` bytes (whole characters) at once, keeping the line and column.
    fn take(&mut self, n: usize) -> &'a str {
        let (taken, rest) = self.rest.split_at(n);
        self.rest = rest;
        match taken.rfind('\n') {
            Some(at) => {
                self.line += taken.bytes().filter(|b| *b == b'\n').count();
                self.col = taken[at + 1..].chars().count() + 1;
            }
            None => self.col += taken.chars().count(),
        }
        taken
    }

    /// Where the text not read yet starts in the input.
    fn offset(&self) -> usize {
        self.text.len() - self.rest.len()
    }

    /// How many bytes come before the first of `stops` (ASCII), or before the end.
    fn until(&self, stops: &[u8]) -> usize {
        self.rest.bytes().position(|b| stops.contains(&b)).unwrap_or(self.rest.len())
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.take(c.len_utf8());
        Some(c)
    }

    fn peek(&self) -> Option<char> {
        self.rest.chars().next()
    }

    /// Ends a record at a line break (`\n` or `\r\n`) if one is next; true when it did.
    fn line_end(&mut self) -> bool {
        match self.peek() {
            Some('\n') => {
                self.next();
                true
            }
            Some('\r') => {
                self.next();
                if self.peek() == Some('\n') {
                    self.next();
                }
                true
            }
            _ => false,
        }
    }

    /// Reads one cell; true in the second place when the record goes on after it. A cell is the
    /// input's own text, not a copy, unless it holds a `""`.
    fn cell(&mut self) -> Result<(Cell<'a>, bool), Problem> {
        let (line, col) = (self.line, self.col);
        if self.peek() == Some('"') {
            self.next();
            let mut text = Cow::Borrowed("");
            loop {
                let run = self.until(b"\"");
                let taken = self.take(run);
                if text.is_empty() {
                    text = Cow::Borrowed(taken);
                } else {
                    text.to_mut().push_str(taken);
                }
                match self.next() {
                    None => {
                        let message = self.tr.get("import-quote-open");
                        return Err(Problem { line, col, message });
                    }
                    Some(_) if self.peek() == Some('"') => {
                        self.next();
                        text.to_mut().push('"');
                    }
                    Some(_) => break,
                }
            }
            let more = match self.peek() {
                Some(c) if c == self.delimiter => {
                    self.next();
                    true
                }
                None => false,
                Some(_) if self.line_end() => false,
                Some(c) => {
                    let args =
                        [("delimiter", self.delimiter.to_string().into()), ("found", c.to_string().into())];
                    let message = self.tr.args("import-after-quote", &args);
                    return Err(Problem { line: self.line, col: self.col, message });
                }
            };
            return Ok((Cell { text, line, col }, more));
        }
        // The delimiter is `,`, `;` or a tab: one byte.
        let stops = [u8::try_from(self.delimiter).unwrap_or(b','), b'\n', b'\r'];
        let start = self.offset();
        loop {
            let run = self.until(&stops);
            self.take(run);
            let text = Cow::Borrowed(&self.text[start..self.offset()]);
            match self.rest.as_bytes().first() {
                None => return Ok((Cell { text, line, col }, false)),
                // A carriage return that does not end the line is part of the cell.
                Some(b'\r') if !self.rest[1..].starts_with('\n') => {
                    self.take(1);
                }
                Some(b'\n' | b'\r') => {
                    self.line_end();
                    return Ok((Cell { text, line, col }, false));
                }
                Some(_) => {
                    self.take(1);
                    return Ok((Cell { text, line, col }, true));
                }
            }
        }
    }
}

/// A CSV's records read one at a time, each into the same row (no table of the whole input).
pub struct Records<'a>(Reader<'a>);

/// The records of CSV text; where it stops being CSV is said in `tr`'s language.
pub fn records(text: &str, tr: Tr) -> Records<'_> {
    Records(Reader { text, rest: text, line: 1, col: 1, delimiter: delimiter(text), tr })
}

impl<'a> Records<'a> {
    /// Reads the next record with something in it into `row` (emptied first): false at the end
    /// of the input, or the first place where it is not CSV.
    pub fn next_into(&mut self, row: &mut Vec<Cell<'a>>) -> Result<bool, Problem> {
        let r = &mut self.0;
        row.clear();
        while r.peek().is_some() {
            row.clear();
            loop {
                let (cell, more) = r.cell()?;
                row.push(cell);
                if !more {
                    break;
                }
            }
            if row.iter().any(|c| !c.text.trim().is_empty()) {
                return Ok(true);
            }
        }
        row.clear();
        Ok(false)
    }
}

/// Reads CSV text into a header and rows, or the first place where it is not CSV (said in `tr`'s
/// language).
pub fn read(text: &str, tr: Tr) -> Result<Table<'_>, Problem> {
    let mut records = records(text, tr);
    let mut table = Table::default();
    let mut row = Vec::new();
    while records.next_into(&mut row)? {
        if table.header.is_empty() {
            table.header = std::mem::take(&mut row);
        } else {
            table.rows.push(std::mem::take(&mut row));
        }
    }
    Ok(table)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table, or where it stops being CSV, in English.
    fn read(text: &str) -> Result<Table<'_>, Problem> {
        super::read(text, Tr::default())
    }

    fn texts<'a>(row: &'a [Cell<'_>]) -> Vec<&'a str> {
        row.iter().map(|c| c.text.as_ref()).collect()
    }

    #[test]
    fn quoted_cells_keep_commas_quotes_and_line_breaks_and_each_cell_knows_where_it_starts() {
        let t = read("name,notes\r\n\"Sam, Jo\",\"said \"\"hi\"\"\nthen left\"\r\nAl,x\n").unwrap();
        assert_eq!(texts(&t.header), ["name", "notes"]);
        assert_eq!(texts(&t.rows[0]), ["Sam, Jo", "said \"hi\"\nthen left"]);
        assert_eq!((t.rows[0][1].line, t.rows[0][1].col), (2, 11));
        assert_eq!((t.rows[1][1].line, t.rows[1][1].col), (4, 4), "after a quoted line break");
    }

    #[test]
    fn columns_count_characters_not_bytes_across_runs_and_quoted_line_breaks() {
        let t = read("naïve,b\nçà,\"é\nü\",z\r\nx\ry,ß\n").unwrap();
        assert_eq!(texts(&t.rows[0]), ["çà", "é\nü", "z"]);
        let at = |r: usize, c: usize| (t.rows[r][c].line, t.rows[r][c].col);
        assert_eq!((at(0, 1), at(0, 2)), ((2, 4), (3, 4)));
        assert_eq!(texts(&t.rows[1]), ["x\ry", "ß"], "a carriage return inside a cell is kept");
        assert_eq!(at(1, 1), (4, 5));
    }

    #[test]
    fn a_cell_is_the_inputs_own_text_unless_a_doubled_quote_is_made_one() {
        let t = read("name,notes\nSam,\"a, b\"\n\"say \"\"hi\"\"\",x\ry\n").unwrap();
        let borrowed = |c: &Cell| matches!(c.text, Cow::Borrowed(_));
        assert!(t.header.iter().chain(&t.rows[0]).all(borrowed), "{t:?}");
        assert_eq!(t.rows[1][0].text, "say \"hi\"");
        assert!(!borrowed(&t.rows[1][0]) && borrowed(&t.rows[1][1]));
        assert_eq!(texts(&t.rows[1]), ["say \"hi\"", "x\ry"], "a lone carriage return stays in the cell");
    }

    #[test]
    fn blank_rows_are_left_out_and_a_semicolon_sheet_is_read_as_one() {
        let t = read("name;power\n\n;\nSam;3").unwrap();
        assert_eq!(t.rows.len(), 1);
        assert_eq!(texts(&t.rows[0]), ["Sam", "3"]);
        assert_eq!(read("").unwrap(), Table::default());
    }

    #[test]
    fn a_quote_left_open_or_text_after_a_closing_quote_is_a_problem_at_its_place() {
        let open = read("name\n\"Sam\nJo\n").unwrap_err();
        assert_eq!((open.line, open.col), (2, 1));
        assert!(open.message.contains("never closed"), "{}", open.message);
        let after = read("name,x\n\"Sam\"x,1\n").unwrap_err();
        assert_eq!((after.line, after.col), (2, 6), "{}", after.message);
    }

    #[test]
    fn reads_what_the_csv_crate_writes() {
        let mut w = csv::Writer::from_writer(vec![]);
        let rows = [["a", "b,c", "d\"e"], ["\r\nf", "", "g\nh"]];
        for row in rows {
            w.write_record(row).unwrap();
        }
        let text = String::from_utf8(w.into_inner().unwrap()).unwrap();
        let t = read(&text).unwrap();
        assert_eq!(texts(&t.header), rows[0]);
        assert_eq!(texts(&t.rows[0]), rows[1]);
    }
}
