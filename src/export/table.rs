//! A table of a page: its headers, and every cell's text one after the other in one string (a
//! section's table of 25,000 rows is one allocation, not one a cell), with the columns it shows.

/// A table of text cells; every row has as many cells as there are headers.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    /// The header row, every column's (shown or not).
    headers: Vec<String>,
    /// Every cell's text, row after row.
    text: String,
    /// Where each cell ends in `text`: row `r`'s cell `k` is at `r * width + k`.
    ends: Vec<usize>,
    /// Which columns are shown.
    shown: Vec<bool>,
}

impl Table {
    /// A table with these headers and no rows yet: [`Table::push`] adds cells row after row.
    pub fn headed<S: Into<String>>(headers: impl IntoIterator<Item = S>) -> Table {
        let headers: Vec<String> = headers.into_iter().map(Into::into).collect();
        let shown = vec![true; headers.len()];
        Table { headers, text: String::new(), ends: Vec::new(), shown }
    }

    /// A table with these headers and rows (short rows are filled with empty cells, long ones cut).
    pub fn new<S: Into<String>>(headers: impl IntoIterator<Item = S>, rows: Vec<Vec<String>>) -> Table {
        let mut table = Table::headed(headers);
        let width = table.headers.len();
        for row in rows {
            for k in 0..width {
                table.push(row.get(k).map_or("", String::as_str));
            }
        }
        table
    }

    /// Makes room for `rows` more rows of cells of a dozen bytes each.
    pub fn reserve(&mut self, rows: usize) {
        let cells = rows.saturating_mul(self.width());
        self.ends.reserve(cells);
        self.text.reserve(cells.saturating_mul(12));
    }

    /// Adds the next cell (the rows fill from left to right, top to bottom).
    pub fn push(&mut self, cell: &str) {
        self.text.push_str(cell);
        self.ends.push(self.text.len());
    }

    /// Adds the next cell, written by `write` at the end of the given text.
    pub fn push_with(&mut self, write: impl FnOnce(&mut String)) {
        write(&mut self.text);
        self.ends.push(self.text.len());
    }

    /// How many columns there are, shown or not.
    fn width(&self) -> usize {
        self.headers.len()
    }

    /// How many rows there are.
    pub fn len(&self) -> usize {
        self.ends.len().checked_div(self.width()).unwrap_or(0)
    }

    /// Whether the table has no rows.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text of cell `i` (counted over every column).
    fn at(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.text[start..self.ends[i]]
    }

    /// The headers of the columns shown.
    pub fn headers(&self) -> impl Iterator<Item = &str> {
        self.headers.iter().zip(&self.shown).filter(|(_, s)| **s).map(|(h, _)| h.as_str())
    }

    /// How many columns are shown.
    pub fn shown_width(&self) -> usize {
        self.shown.iter().filter(|s| **s).count()
    }

    /// Each row's cells in the columns shown.
    pub fn rows(&self) -> impl Iterator<Item = impl Iterator<Item = &str>> {
        let width = self.width();
        (0..self.len())
            .map(move |r| (0..width).filter(|k| self.shown[*k]).map(move |k| self.at(r * width + k)))
    }

    /// The table without the columns that are empty in every row (a table without rows keeps them).
    pub fn compact(mut self) -> Table {
        if self.is_empty() {
            return self;
        }
        let width = self.width();
        let mut filled = vec![false; width];
        for (i, at) in (0..self.ends.len()).map(|i| (i, i % width)) {
            if !filled[at] && !self.at(i).trim().is_empty() {
                filled[at] = true;
            }
        }
        for (shown, filled) in self.shown.iter_mut().zip(filled) {
            *shown &= filled;
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(t: &Table) -> (Vec<&str>, Vec<Vec<&str>>) {
        (t.headers().collect(), t.rows().map(Iterator::collect).collect())
    }

    #[test]
    fn compact_leaves_out_columns_empty_in_every_row() {
        let t = Table::new(
            ["A", "B", "C"],
            vec![vec!["1".into(), " ".into()], vec!["".into(), "".into(), "x".into()]],
        );
        let c = t.compact();
        assert_eq!(cells(&c), (vec!["A", "C"], vec![vec!["1", ""], vec!["", "x"]]));
        let empty = Table::new(["A"], vec![]).compact();
        assert_eq!(cells(&empty).0, ["A"], "a table without rows keeps its headers");
    }

    #[test]
    fn rows_are_filled_or_cut_to_the_headers() {
        let t = Table::new(["A", "B"], vec![vec!["1".into()], vec!["2".into(), "3".into(), "4".into()]]);
        assert_eq!(cells(&t), (vec!["A", "B"], vec![vec!["1", ""], vec!["2", "3"]]));
        assert_eq!((t.len(), t.shown_width()), (2, 2));
        let t = Table::new(["A", "B"], vec![vec!["".into(), "3".into()]]).compact();
        assert_eq!(t.shown_width(), 1);
        let mut built = Table::headed(["X", "Y"]);
        built.push("a");
        built.push_with(|out| out.push('b'));
        assert_eq!(cells(&built), (vec!["X", "Y"], vec![vec!["a", "b"]]));
        assert!(Table::headed(Vec::<String>::new()).is_empty(), "no columns: no rows");
    }
}
