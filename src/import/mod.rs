//! Bringing entries in from outside (`cvc import`): a plain list (one entry a line), a CSV whose
//! header names the file's fields, or Kumu's elements and connections sheets.
//!
//! Everything is read and checked before anything is added: any bad row gives a problem at its
//! line and column in the input, and then nothing is added at all. Entries get new ids.

mod csv;
mod kumu;
mod people;
mod table;
mod text;
mod value;

pub use value::{day_list, days};

use people::People;

use crate::i18n::Tr;
use crate::model::{
    Action, Canvas, Described, EntryKind, FieldSpec, FieldValue, Language, Relationship, Shape, Stakeholder,
    Step, Task, validate,
};

/// What the input is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// One entry a line; blank lines skipped.
    Text,
    /// A header row naming the file's fields, then one entry a row.
    Csv,
    /// Kumu's elements sheet (stakeholders) or connections sheet (relationships).
    Kumu,
}

/// One thing wrong with the input, at its line and column (from 1, columns in characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The input's line.
    pub line: usize,
    /// The column on that line.
    pub col: usize,
    /// What is wrong.
    pub message: String,
}

/// What an import made: the canvas with the new entries, and what it did to get there.
#[derive(Debug, Clone)]
pub struct Imported {
    /// The canvas with everything added.
    pub canvas: Canvas,
    /// The new entries' ids, in the input's order.
    pub added: Vec<String>,
    /// The names of stakeholders created because the input named them and nobody had the name.
    pub created: Vec<String>,
    /// Columns of a Kumu sheet that hold nothing cvc keeps, left out.
    pub ignored: Vec<String>,
}

/// An entry kind that an import adds to a canvas.
pub trait Entry: Described + Default + Clone {
    /// Adds it with a new id; returns the id.
    fn add(self, c: &mut Canvas) -> String;
}

impl Entry for Stakeholder {
    fn add(self, c: &mut Canvas) -> String {
        c.add_stakeholder(self)
    }
}

impl Entry for Relationship {
    fn add(self, c: &mut Canvas) -> String {
        c.add_relationship(self)
    }
}

impl Entry for Task {
    fn add(self, c: &mut Canvas) -> String {
        c.add_task(self)
    }
}

impl Entry for Action {
    fn add(self, c: &mut Canvas) -> String {
        c.add_action(self)
    }
}

/// An import under way: a copy of the canvas (stakeholders named by the input may be created in
/// it), the entries read so far with their lines, and the problems found.
struct Work<E> {
    canvas: Canvas,
    people: People,
    entries: Vec<(E, usize)>,
    problems: Vec<Problem>,
    /// The language the problems are said in.
    tr: Tr,
}

impl<E: Entry> Work<E> {
    fn new(c: &Canvas, create: bool, tr: Tr) -> Work<E> {
        let people = People::of(c, create, tr);
        Work { canvas: c.clone(), people, entries: Vec::new(), problems: Vec::new(), tr }
    }

    fn problem(&mut self, line: usize, col: usize, message: impl Into<String>) {
        self.problems.push(Problem { line, col, message: message.into() });
    }

    /// The value `text` gives a field: parsed by its shape; a stakeholder found by name (or id,
    /// when `ids` allows it).
    fn value(&mut self, spec: &FieldSpec<E>, text: &str, ids: bool) -> Result<FieldValue, String> {
        if spec.shape == Shape::Person && !text.is_empty() {
            return self.people.find(&mut self.canvas, text, ids).map(FieldValue::Text);
        }
        // Dates as the canvas's language writes them (its client's spreadsheet re-saved them), or,
        // in an English canvas, as the language the command speaks (whose refusals say how).
        let dates = match self.canvas.language {
            Language::En => self.tr.lang(),
            own => own,
        };
        value::parse(spec.shape, text, self.tr, dates)
    }

    /// A field named the reader's way (`pouvoir`), for input that has no header of its own.
    fn header(&self, spec: &FieldSpec<E>) -> String {
        crate::i18n::columns::header(spec.name, self.tr.lang())
    }

    /// Sets a field from a cell's text, or reports why it cannot be set there; true when set.
    fn set(&mut self, e: &mut E, spec: &FieldSpec<E>, text: &str, at: (usize, usize), ids: bool) -> bool {
        let name = self.header(spec);
        self.set_named(e, spec, &name, text, at, ids)
    }

    /// [`Work::set`], the field named as `name` (the column's header as the file writes it).
    fn set_named(
        &mut self,
        e: &mut E,
        spec: &FieldSpec<E>,
        name: &str,
        text: &str,
        at: (usize, usize),
        ids: bool,
    ) -> bool {
        match self.value(spec, text, ids) {
            Ok(v) => {
                (spec.set)(e, v);
                true
            }
            Err(m) => {
                let msg = self.tr.args("import-field", &[("field", name.into()), ("why", m.into())]);
                self.problem(at.0, at.1, msg);
                false
            }
        }
    }

    /// Reports each needed field `e` lacks, at the place `at` gives for it, named as the input's
    /// header does when `named` finds one, else the reader's way; true when none lacks.
    fn complete(
        &mut self,
        e: &E,
        at: impl Fn(&FieldSpec<E>) -> (usize, usize),
        named: impl Fn(&FieldSpec<E>) -> Option<String>,
    ) -> bool {
        let mut whole = true;
        for spec in E::FIELDS.iter().filter(|s| s.required) {
            if (spec.get)(e).is_unset() {
                let (line, col) = at(spec);
                let args = [
                    ("kind", E::KIND.noun().into()),
                    ("field", named(spec).unwrap_or_else(|| self.header(spec)).into()),
                ];
                let msg = self.tr.args("import-needs-field", &args);
                self.problem(line, col, msg);
                whole = false;
            }
        }
        whole
    }

    /// Adds the entries read, when no problem was found, and checks the canvas as loading would.
    fn finish(self, ignored: Vec<String>) -> Result<Imported, Vec<Problem>> {
        if !self.problems.is_empty() {
            return Err(self.problems);
        }
        let mut canvas = self.canvas;
        // Ids that cannot grow refuse the import, at the first entry that would need one.
        if let Some((k, e)) =
            (0..self.entries.len()).find_map(|k| canvas.room_for(E::KIND, k + 1).err().map(|e| (k, e)))
        {
            return Err(vec![Problem { line: self.entries[k].1, col: 1, message: e.text(self.tr) }]);
        }
        let before = canvas.len_of(E::KIND);
        let lines: Vec<usize> = self.entries.iter().map(|(_, line)| *line).collect();
        let added = self.entries.into_iter().map(|(e, _)| e.add(&mut canvas)).collect();
        let checked = validate(&canvas);
        if !checked.is_empty() {
            return Err(checked
                .into_iter()
                .map(|p| {
                    let line = match p.path.as_slice() {
                        [Step::Field(f), Step::Index(i), ..] if *f == E::KIND.field() && *i >= before => {
                            lines[i - before]
                        }
                        _ => 1,
                    };
                    Problem { line, col: 1, message: p.text(self.tr) }
                })
                .collect());
        }
        Ok(Imported { canvas, added, created: self.people.created, ignored })
    }
}

/// A cell's text as the value it holds: spaces around it dropped, the quote mark that guards a
/// formula in cvc's CSV taken off.
fn clean(text: &str) -> &str {
    crate::export::unguard(text.trim())
}

/// The input as text: UTF-8 (a byte-order mark dropped), or a problem where it stops being so.
fn decode(bytes: &[u8], tr: Tr) -> Result<&str, Problem> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let ok = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
        let line = ok.matches('\n').count() + 1;
        let col = ok.rsplit('\n').next().unwrap_or("").chars().count() + 1;
        Problem { line, col, message: tr.get("import-not-utf8") }
    })
}

fn run<E: Entry>(
    c: &Canvas,
    source: Source,
    text: &str,
    create: bool,
    tr: Tr,
) -> Result<Imported, Vec<Problem>> {
    let mut work = Work::<E>::new(c, create, tr);
    let ignored = match source {
        Source::Text => {
            text::read(&mut work, text);
            Vec::new()
        }
        Source::Csv => {
            csv::read(&mut work, text);
            Vec::new()
        }
        Source::Kumu => kumu::read(&mut work, text),
    };
    work.finish(ignored)
}

/// Reads `bytes` as `source` and adds what they hold to a copy of `c`'s section `kind`; with
/// `create`, a stakeholder the input names that the canvas does not have is created. Every
/// problem found (in English), or the canvas with everything added.
pub fn import(
    c: &Canvas,
    kind: EntryKind,
    source: Source,
    bytes: &[u8],
    create: bool,
) -> Result<Imported, Vec<Problem>> {
    import_in(c, kind, source, bytes, create, Tr::default())
}

/// [`import`], its problems said in `tr`'s language (`cvc import` speaks the screens' language).
pub fn import_in(
    c: &Canvas,
    kind: EntryKind,
    source: Source,
    bytes: &[u8],
    create: bool,
    tr: Tr,
) -> Result<Imported, Vec<Problem>> {
    let text = decode(bytes, tr).map_err(|p| vec![p])?;
    match kind {
        EntryKind::Stakeholder => run::<Stakeholder>(c, source, text, create, tr),
        EntryKind::Relationship => run::<Relationship>(c, source, text, create, tr),
        EntryKind::Task => run::<Task>(c, source, text, create, tr),
        EntryKind::Action => run::<Action>(c, source, text, create, tr),
    }
}

#[cfg(test)]
mod tests;
