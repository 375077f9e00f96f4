//! Kumu's sheets, in the layout `crate::export::kumu` describes: an elements sheet (`Label`,
//! `Type`, `Description`, …) becomes stakeholders, a connections sheet (`From`, `To`, `Type`,
//! `Direction`, `Description`, …) relationships whose ends are found by name. Headers are matched
//! whatever their case; columns cvc keeps nothing of (`Tags`, `Image`, Kumu's own fields) are left
//! out and named. A `To` cell with several names joined by `|` is one relationship to each.

use super::table::{self, Cell};
use super::{Entry, Work, clean};
use crate::diff::normalise;
use crate::export::kumu::{CONNECTION_CORE, DIRECTIONS, ELEMENT_CORE, MULTI, columns};
use crate::model::{EntryKind, FieldKey, FieldSpec, FieldValue, StakeholderKind};

/// The kind of stakeholder a Kumu element type names, for the usual words.
fn kind_of(text: &str) -> Option<StakeholderKind> {
    match normalise(text).as_str() {
        "individual" | "person" => Some(StakeholderKind::Individual),
        "group" | "team" | "organisation" | "organization" | "company" | "department" | "unit"
        | "community" => Some(StakeholderKind::Group),
        _ => None,
    }
}

/// The header a sheet of this kind must start with, and the other sheet's.
fn sheet_names(kind: EntryKind) -> (&'static str, &'static str) {
    if kind == EntryKind::Stakeholder { ("elements", "connections") } else { ("connections", "elements") }
}

/// Reads a Kumu sheet into `work`; returns the columns left out.
pub(super) fn read<E: Entry>(work: &mut Work<E>, text: &str) -> Vec<String> {
    let core = match E::KIND {
        EntryKind::Stakeholder => &ELEMENT_CORE[..],
        EntryKind::Relationship => &CONNECTION_CORE[..],
        _ => {
            work.problem(1, 1, work.tr.get("import-kumu-kinds"));
            return Vec::new();
        }
    };
    let table = match table::read(text, work.tr) {
        Ok(t) => t,
        Err(p) => {
            work.problems.push(p);
            return Vec::new();
        }
    };
    if table.header.is_empty() {
        return Vec::new();
    }
    let known = columns::<E>(core);
    let bound: Vec<Option<&'static FieldSpec<E>>> = table
        .header
        .iter()
        .map(|c| known.iter().find(|(h, _)| h.eq_ignore_ascii_case(c.text.trim())).map(|(_, s)| *s))
        .collect();
    let ignored: Vec<String> = table
        .header
        .iter()
        .zip(&bound)
        .filter(|(c, b)| b.is_none() && !c.text.trim().is_empty())
        .map(|(c, _)| c.text.trim().to_string())
        .collect();
    let first = &table.header[0];
    for spec in E::FIELDS.iter().filter(|s| s.required) {
        if !bound.iter().flatten().any(|b| b.key == spec.key) {
            let header = known
                .iter()
                .find(|(_, s)| s.key == spec.key)
                .map_or(spec.name.to_string(), |(h, _)| h.clone());
            let (this, other) = sheet_names(E::KIND);
            let other_first = if this == "elements" { "From" } else { "Label" };
            let looks_other = first.text.trim().eq_ignore_ascii_case(other_first);
            let key = if looks_other { "import-kumu-needs-other" } else { "import-kumu-needs" };
            let args = [("sheet", this.into()), ("header", header.into()), ("other", other.into())];
            let msg = work.tr.args(key, &args);
            work.problem(first.line, first.col, msg);
        }
    }
    if !work.problems.is_empty() {
        return ignored;
    }
    // A problem names the column as the sheet's header does (`Power`, Kumu's `Label`), in any
    // language: the sheet is Kumu's, whose headers are English.
    let headers: Vec<&str> = table.header.iter().map(|c| c.text.trim()).collect();
    let named = |spec: &FieldSpec<E>| {
        let at = bound.iter().position(|b| b.is_some_and(|b| b.key == spec.key));
        let kumu = || known.iter().find(|(_, s)| s.key == spec.key).map(|(h, _)| h.clone());
        at.map(|k| headers[k].to_string()).or_else(kumu)
    };
    for row in &table.rows {
        read_row(work, row, &bound, &headers, &named);
    }
    ignored
}

/// Reads one row: one entry, or one per name of a `To` cell that joins several with `|`. Problems
/// name a column by its header in `headers`, a missing one as `named` says.
fn read_row<E: Entry>(
    work: &mut Work<E>,
    row: &[Cell],
    bound: &[Option<&'static FieldSpec<E>>],
    headers: &[&str],
    named: &dyn Fn(&FieldSpec<E>) -> Option<String>,
) {
    let mut e = E::default();
    let mut whole = true;
    let (mut element_type, mut targets) = (None, Vec::new());
    for ((cell, spec), header) in row.iter().zip(bound).zip(headers) {
        let Some(spec) = spec else { continue };
        let (text, at) = (clean(&cell.text), (cell.line, cell.col));
        match spec.key {
            FieldKey::Kind => match kind_of(text) {
                Some(kind) => (spec.set)(&mut e, FieldValue::of(Some(kind))),
                None if !text.is_empty() => element_type = Some(text.to_string()),
                None => {}
            },
            FieldKey::Direction => {
                match DIRECTIONS.iter().find(|(word, _)| word.eq_ignore_ascii_case(text)) {
                    Some((_, d)) => (spec.set)(&mut e, FieldValue::of(*d)),
                    None => whole &= work.set_named(&mut e, spec, header, text, at, false),
                }
            }
            FieldKey::To if text.contains(MULTI) => {
                for name in text.split(MULTI).map(str::trim).filter(|n| !n.is_empty()) {
                    match work.value(spec, name, false) {
                        Ok(v) => targets.push(v),
                        Err(m) => {
                            let msg = work
                                .tr
                                .args("import-field", &[("field", (*header).into()), ("why", m.into())]);
                            work.problem(at.0, at.1, msg);
                            whole = false;
                        }
                    }
                }
                if let Some(v) = targets.first() {
                    (spec.set)(&mut e, v.clone());
                }
            }
            _ => whole &= work.set_named(&mut e, spec, header, text, at, false),
        }
    }
    // A type that names no kind of stakeholder ("Company", "Vendor") is kept as the role.
    if let (Some(kind), Some(role)) = (element_type, E::spec(FieldKey::Role))
        && (role.get)(&e).is_unset()
    {
        (role.set)(&mut e, FieldValue::Text(kind));
    }
    let place = |spec: &FieldSpec<E>| {
        let at = row.iter().zip(bound).find(|(_, b)| b.is_some_and(|b| b.key == spec.key));
        at.map_or((row[0].line, row[0].col), |(cell, _)| (cell.line, cell.col))
    };
    if !(whole && work.complete(&e, place, named)) {
        return;
    }
    let line = row[0].line;
    match (targets.len(), E::spec(FieldKey::To)) {
        (2.., Some(to)) => {
            for target in targets {
                let mut one = e.clone();
                (to.set)(&mut one, target);
                work.entries.push((one, line));
            }
        }
        _ => work.entries.push((e, line)),
    }
}
