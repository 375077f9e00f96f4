//! JSON for scripts and `jq`: the whole canvas under the names its file uses, and the comparison.
//!
//! The shapes are documented in README.md ("JSON"); a change to them is a change of contract.

mod derived;
mod serialize;
#[cfg(test)]
mod tests;
mod text;
mod writer;

use serde_json::{Value, json};

use crate::diff::{Changed, Diff, EntryRef, FieldChange, Matching, SectionDiff, Side};
use crate::model::{Canvas, Day, EntryKind, FORMAT};
use derived::Derived;
use writer::{JsonWriter, WriteJson};

/// JSON text, pretty-printed and ended with a line break, with every character that would act on a
/// terminal (DEL, C1 controls, bidirectional overrides: serde_json escapes only C0) written as a
/// `\uXXXX` escape, so the text is inert on a screen and still decodes to exactly the same value.
pub fn to_text(value: &impl serde::Serialize) -> String {
    let mut text = serde_json::to_string_pretty(value).expect("cvc's values always serialise to JSON");
    let mut unsafe_chars = crate::safe::unsafe_chars(&text, |c, _| c != '\n').peekable();
    if unsafe_chars.peek().is_none() {
        // The usual case: nothing to escape, so the text is kept rather than copied.
        drop(unsafe_chars);
        text.push('\n');
        return text;
    }
    let mut out = String::with_capacity(text.len() + 1);
    let mut from = 0;
    for (at, c) in unsafe_chars {
        // Outside strings JSON has only ASCII white space, so such a character is in a string.
        out.push_str(&text[from..at]);
        out.push_str(&format!("\\u{:04x}", u32::from(c)));
        from = at + c.len_utf8();
    }
    out.push_str(&text[from..]);
    out.push('\n');
    out
}

/// The whole canvas as JSON: the file's names, `format` the version those names follow, dates as
/// `"YYYY-MM-DD"` strings, and fields the file leaves out (empty ones) left out here too; then
/// `derived`, the facts cvc works out as of `as_of` (each action's progress, return and loop
/// verdict, each task's cadence kept, the network's weak points). Written straight from the
/// canvas (no `serde_json::Value` of it), the same text as that value pretty-printed.
pub fn canvas_json(c: &Canvas, as_of: Day) -> String {
    let derived = Derived::of(c, as_of);
    // Room for the usual entry's text, so the text is not copied as it grows (untouched room
    // costs no memory).
    let mut w = JsonWriter::with_capacity(16 * 1024 + c.entry_count() * 1024);
    // The sections are written in place; the rest of the canvas (a few small members) is put
    // around them in name order.
    let mut parts: [(&str, &dyn WriteJson); 6] = [
        ("format", &FORMAT),
        ("stakeholders", &c.stakeholders),
        ("relationships", &c.relationships),
        ("tasks", &c.tasks),
        ("actions", &c.actions),
        ("derived", &derived),
    ];
    w.object_with(c, &mut parts).expect("cvc's values always serialise to JSON");
    w.finish()
}

/// The facts of `derived` as a value, to compare with what is written.
#[cfg(test)]
fn derived_json(c: &Canvas, as_of: Day) -> Value {
    serde_json::to_value(Derived::of(c, as_of)).unwrap_or(Value::Null)
}

/// The name a section has in the file and in JSON: `stakeholders`, `relationships`, …
pub(super) fn section_name(kind: EntryKind) -> &'static str {
    kind.field()
}

/// A day as a JSON string, or null.
pub(super) fn day(d: Option<Day>) -> Value {
    d.map_or(Value::Null, |d| Value::String(d.to_string()))
}

fn side(s: &Side) -> Value {
    json!({ "title": s.title, "organisation": s.organisation, "revision": s.revision, "date": day(s.date) })
}

fn change(f: &FieldChange) -> Value {
    json!({ "field": f.field, "old": f.old, "new": f.new })
}

fn entry(e: &EntryRef) -> Value {
    json!({ "id": e.id, "label": e.label })
}

fn changed(c: &Changed) -> Value {
    json!({
        "old_id": c.old_id,
        "id": c.id,
        "label": c.label,
        "fields": c.fields.iter().map(change).collect::<Vec<_>>(),
    })
}

fn section(s: &SectionDiff) -> Value {
    json!({
        "added": s.added.iter().map(entry).collect::<Vec<_>>(),
        "removed": s.removed.iter().map(entry).collect::<Vec<_>>(),
        "changed": s.changed.iter().map(changed).collect::<Vec<_>>(),
        "unchanged": s.unchanged,
    })
}

/// A file enum value as the file writes it (`InProgress`), or null.
pub(super) fn variant<T: serde::Serialize>(v: Option<T>) -> Value {
    v.map_or(Value::Null, |v| serde_json::to_value(v).unwrap_or(Value::Null))
}

/// A signal as JSON: `{kind, group, section, id, message}`.
pub(super) fn signal(s: &crate::diff::Signal) -> Value {
    json!({
        "kind": s.kind.name(),
        "group": s.group.name(),
        "section": s.section.map(section_name),
        "id": s.id,
        "message": s.message,
    })
}

/// A value before and after. Fields are declared in name order, as a JSON object built with
/// `json!` (a sorted map) writes them, so serialising the struct directly gives the same text.
#[derive(serde::Serialize)]
struct OldNew<T> {
    new: T,
    old: T,
}

/// An action carried over, written straight from the diff (one per action: the bulk of the
/// report), without building a map per action first. Fields in name order, as [`OldNew`].
#[derive(serde::Serialize)]
struct CarriedJson<'a> {
    id: &'a str,
    #[serde(rename = "loop")]
    loop_state: OldNew<Option<crate::model::LoopState>>,
    owner: &'a str,
    review: Value,
    status: OldNew<Option<crate::model::ActionStatus>>,
    title: &'a str,
}

/// The whole comparison: fields in name order, as [`OldNew`].
#[derive(serde::Serialize)]
struct DiffJson<'a> {
    carried: Vec<CarriedJson<'a>>,
    context: Vec<Value>,
    matching: &'static str,
    new: Value,
    old: Value,
    same: bool,
    sections: serde_json::Map<String, Value>,
    signals: Vec<Value>,
}

/// What changed between two canvases, as one JSON object (shape in README.md).
pub fn diff_json(d: &Diff) -> String {
    let sections: serde_json::Map<String, Value> =
        d.sections.iter().map(|s| (section_name(s.kind).to_string(), section(s))).collect();
    let signals: Vec<Value> = d.signals.iter().map(signal).collect();
    let carried = d
        .carried
        .iter()
        .map(|a| CarriedJson {
            id: &a.id,
            loop_state: OldNew { old: a.loop_state.0, new: a.loop_state.1 },
            owner: &a.owner,
            review: day(a.review),
            status: OldNew { old: a.status.0, new: a.status.1 },
            title: &a.title,
        })
        .collect();
    let value = DiffJson {
        carried,
        context: d.context.iter().map(change).collect(),
        matching: match d.matching {
            Matching::ById => "id",
            Matching::ByName => "name",
        },
        new: side(&d.new),
        old: side(&d.old),
        same: d.is_empty(),
        sections,
        signals,
    };
    to_text(&value)
}
