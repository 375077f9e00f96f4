//! A CSV whose header names the file's fields, as `cvc export --format csv` writes it: any of its
//! columns, in any order (a sheet cvc wrote reads back). The canvas columns and `id` are passed
//! over (entries get new ids); a stakeholder reference is found by its `…_name` column when that
//! is filled, else by the `from`/`to` column (an id of this canvas, or a name). The headers may
//! be in English, French or German (`titre`, `Titel`), as `cvc export --lang` writes them.

use super::table::{self, Cell};
use super::{Entry, Problem, Work, clean};
use crate::export::{CANVAS_COLUMNS, name_column};
use crate::i18n::columns::field_name;
use crate::i18n::columns::header as header_in;
use crate::model::{FieldSpec, Shape};

/// What a column of the input holds.
enum Column<E: 'static> {
    /// A field, under its file name.
    Field(&'static FieldSpec<E>),
    /// A stakeholder reference's name.
    Name(&'static FieldSpec<E>),
    /// Nothing an entry keeps (the canvas columns, `id`, or an unknown column).
    Skip,
}

/// Every column a CSV of this section may have, in the order cvc writes them.
fn known<E: Entry>() -> Vec<String> {
    let mut names: Vec<String> = CANVAS_COLUMNS.iter().map(|s| s.to_string()).collect();
    names.push("id".into());
    for f in E::FIELDS.iter().filter(|f| f.csv) {
        names.push(f.name.into());
        if f.shape == Shape::Person {
            names.push(name_column(f.name));
        }
    }
    names
}

/// What each header cell names, or `None` after reporting what is wrong with the header.
fn columns<E: Entry>(work: &mut Work<E>, header: &[Cell]) -> Option<Vec<Column<E>>> {
    let before = work.problems.len();
    let mut out = Vec::new();
    let mut unknown: Vec<&Cell> = Vec::new();
    // Each name once, with its first column: a header of 30,000 columns was compared with every
    // column before it (quadratic: half a minute).
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (i, cell) in header.iter().enumerate() {
        // A header in French or German names the same column as the format's name.
        let name = field_name(&cell.text);
        if let Some(first) = seen.get(&name) {
            let args =
                [("name", name.as_str().into()), ("first", (first + 1).into()), ("second", (i + 1).into())];
            let msg = work.tr.args("import-column-twice", &args);
            work.problem(cell.line, cell.col, msg);
        } else {
            seen.insert(name.clone(), i);
        }
        let field = E::FIELDS.iter().find(|f| f.csv && f.name == name);
        let by_name = E::FIELDS.iter().find(|f| f.shape == Shape::Person && name_column(f.name) == name);
        out.push(match (field, by_name) {
            (Some(f), _) => Column::Field(f),
            (None, Some(f)) => Column::Name(f),
            _ if name == "id" || CANVAS_COLUMNS.contains(&name.as_str()) => Column::Skip,
            _ => {
                unknown.push(cell);
                Column::Skip
            }
        });
    }
    if let Some(first) = unknown.first() {
        // At most ten named, each cut short: a header of thousands of columns is one clear line.
        let mut names: Vec<String> =
            unknown.iter().take(10).map(|c| format!("`{}`", crate::safe::clip(c.text.trim(), 40))).collect();
        if unknown.len() > 10 {
            names.push(work.tr.args("import-more-columns", &[("count", (unknown.len() - 10).into())]));
        }
        let kumu = unknown
            .iter()
            .any(|c| ["label", "type", "description"].contains(&c.text.trim().to_lowercase().as_str()));
        let key = if kumu { "import-unknown-columns-kumu" } else { "import-unknown-columns" };
        let args = [
            ("count", unknown.len().into()),
            ("names", names.join(", ").into()),
            ("section", E::KIND.field().into()),
            (
                "known",
                known::<E>()
                    .iter()
                    .map(|k| header_in(k, work.tr.lang()))
                    .collect::<Vec<_>>()
                    .join(", ")
                    .into(),
            ),
        ];
        let msg = work.tr.args(key, &args);
        work.problem(first.line, first.col, msg);
    }
    for spec in E::FIELDS.iter().filter(|s| s.required) {
        let has = out.iter().any(|c| matches!(c, Column::Field(f) | Column::Name(f) if f.key == spec.key));
        if !has {
            let key = if spec.shape == Shape::Person { "import-no-column-or" } else { "import-no-column" };
            // Named as a sheet in the reader's language heads it (`nom`, `de (nom)`).
            let lang = work.tr.lang();
            let args = [
                ("name", header_in(spec.name, lang).into()),
                ("other", header_in(&name_column(spec.name), lang).into()),
                ("kind", E::KIND.noun().into()),
            ];
            let msg = work.tr.args(key, &args);
            let (line, col) = header.first().map_or((1, 1), |c| (c.line, c.col));
            work.problem(line, col, msg);
        }
    }
    (work.problems.len() == before).then_some(out)
}

/// Reads the CSV into `work`, a record at a time. Where the input stops being CSV is then its
/// only problem, as when it was read whole first.
pub(super) fn read<E: Entry>(work: &mut Work<E>, text: &str) {
    let before = work.problems.len();
    if let Err(p) = rows(work, table::records(text, work.tr)) {
        work.problems.truncate(before);
        work.problems.push(p);
    }
}

/// The header, then each row under it read into an entry, all in one row's cells (the input's own
/// text); after a header with problems the rest is still read, for where it stops being CSV.
fn rows<'a, E: Entry>(work: &mut Work<E>, mut records: table::Records<'a>) -> Result<(), Problem> {
    let mut row: Vec<Cell<'a>> = Vec::new();
    if !records.next_into(&mut row)? {
        return Ok(());
    }
    let columns = columns(work, &row);
    // A problem names the column as the file's header does (`pouvoir`, `Einfluss`).
    let headers: Vec<String> = row.iter().map(|c| c.text.trim().to_string()).collect();
    while records.next_into(&mut row)? {
        if let Some(columns) = &columns {
            read_row(work, &row, columns, &headers);
        }
    }
    Ok(())
}

/// Reads one row under `columns` (whose header cells are `headers`) into an entry, or its problems
/// into `work`.
fn read_row<E: Entry>(work: &mut Work<E>, row: &[Cell], columns: &[Column<E>], headers: &[String]) {
    if let Some(extra) = row.get(columns.len()) {
        let args = [("cells", row.len().into()), ("columns", columns.len().into())];
        let msg = work.tr.args("import-row-cells", &args);
        work.problem(extra.line, extra.col, msg);
        return;
    }
    let mut e = E::default();
    let mut whole = true;
    for ((cell, column), header) in row.iter().zip(columns).zip(headers) {
        if let Column::Field(spec) = column
            && spec.shape != Shape::Person
        {
            whole &= work.set_named(&mut e, spec, header, clean(&cell.text), (cell.line, cell.col), false);
        }
    }
    for spec in E::FIELDS.iter().filter(|s| s.shape == Shape::Person) {
        let filled = |by_name: bool| {
            row.iter().zip(columns).zip(headers).find(|((cell, column), _)| {
                let here = match column {
                    Column::Field(f) => !by_name && f.key == spec.key,
                    Column::Name(f) => by_name && f.key == spec.key,
                    Column::Skip => false,
                };
                here && !clean(&cell.text).is_empty()
            })
        };
        if let Some(((cell, _), header)) = filled(true).or_else(|| filled(false)) {
            let ids = filled(true).is_none();
            let at = (cell.line, cell.col);
            whole &= work.set_named(&mut e, spec, header, clean(&cell.text), at, ids);
        }
    }
    let place = |spec: &FieldSpec<E>| {
        let at = row
            .iter()
            .zip(columns)
            .find(|(_, column)| matches!(column, Column::Field(f) | Column::Name(f) if f.key == spec.key));
        at.map_or((row[0].line, row[0].col), |(cell, _)| (cell.line, cell.col))
    };
    // A missing field is named as its column's header does.
    let named = |spec: &FieldSpec<E>| {
        let at =
            columns.iter().position(|c| matches!(c, Column::Field(f) | Column::Name(f) if f.key == spec.key));
        at.and_then(|k| headers.get(k)).cloned()
    };
    if whole && work.complete(&e, place, named) {
        work.entries.push((e, row[0].line));
    }
}
