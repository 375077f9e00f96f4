//! JSON for scripts and `jq`: the whole canvas under the names its file uses, and the comparison.
//!
//! The shapes are documented in README.md ("JSON"); a change to them is a change of contract.

use std::cell::RefCell;

use serde_json::{Value, json};

use crate::diff::{Changed, Diff, EntryRef, FieldChange, Matching, SectionDiff, Side};
use crate::model::{Canvas, Day, EntryKind, FORMAT};

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

/// A JSON value written as it is serialised: a value, an object of parts, or an array whose
/// items are made one at a time (an entry's map is built, written and dropped before the next,
/// never a map of the whole canvas).
enum Part<'a> {
    Value(Value),
    Object(Vec<(String, Part<'a>)>),
    Items(RefCell<Box<dyn Iterator<Item = Value> + 'a>>),
}

impl serde::Serialize for Part<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Part::Value(v) => v.serialize(s),
            Part::Object(fields) => s.collect_map(fields.iter().map(|(k, v)| (k, v))),
            Part::Items(items) => s.collect_seq(&mut *items.borrow_mut()),
        }
    }
}

impl<'a> Part<'a> {
    /// The items of an array, made when written.
    fn items(items: impl Iterator<Item = Value> + 'a) -> Part<'a> {
        Part::Items(RefCell::new(Box::new(items)))
    }

    /// The object `value` with the members of `parts` put in (or in place of its own), in the
    /// order of a JSON map's keys (a sorted map's, as `serde_json` writes one).
    fn object(value: Value, parts: Vec<(&str, Part<'a>)>) -> Part<'a> {
        let Value::Object(map) = value else { return Part::Value(value) };
        let mut fields: Vec<(String, Part)> = map.into_iter().map(|(k, v)| (k, Part::Value(v))).collect();
        for (key, part) in parts {
            match fields.binary_search_by(|(k, _)| k.as_str().cmp(key)) {
                Ok(at) => fields[at].1 = part,
                Err(at) => fields.insert(at, (key.to_string(), part)),
            }
        }
        Part::Object(fields)
    }
}

/// Each entry of a section as JSON, made when written.
fn entries<'a, E: serde::Serialize + Clone + 'a>(list: &'a crate::model::List<E>) -> Part<'a> {
    Part::items(list.iter().map(|e| serde_json::to_value(e).unwrap_or(Value::Null)))
}

/// The whole canvas as JSON: the file's names, `format` the version those names follow, dates as
/// `"YYYY-MM-DD"` strings, and fields the file leaves out (empty ones) left out here too; then
/// `derived`, the facts cvc works out as of `as_of` (see `derived_json`).
pub fn canvas_json(c: &Canvas, as_of: Day) -> String {
    // The canvas without its sections as a map; the sections' entries are written one by one.
    use crate::model::List;
    let rest = Canvas {
        format: FORMAT,
        stakeholders: List::new(),
        relationships: List::new(),
        tasks: List::new(),
        actions: List::new(),
        ..c.clone()
    };
    let value = serde_json::to_value(&rest).unwrap_or(Value::Null);
    let sections = vec![
        ("stakeholders", entries(&c.stakeholders)),
        ("relationships", entries(&c.relationships)),
        ("tasks", entries(&c.tasks)),
        ("actions", entries(&c.actions)),
        ("derived", derived(c, as_of)),
    ];
    to_text(&Part::object(value, sections))
}

/// The facts cvc works out from the canvas, as of a day: each action's progress, return and loop
/// verdict, each task's cadence kept (since its first held day or the workshop), and the network's weak points.
#[cfg(test)]
fn derived_json(c: &Canvas, as_of: Day) -> Value {
    serde_json::to_value(derived(c, as_of)).unwrap_or(Value::Null)
}

/// [`derived_json`] as it is written: each action's and task's facts made when written.
fn derived(c: &Canvas, as_of: Day) -> Part<'_> {
    let since = c.date.unwrap_or(as_of);
    let actions = c.actions.iter().map(|a| {
        let progress = a.indicator().and_then(|i| i.measured(c.language).progress()).map(|p| p.percent());
        let (ret, no_return) = match a.return_on_cost(c.language) {
            Ok(r) => (json!((r * 1000.0).round() / 1000.0), Value::Null),
            Err(why) => (Value::Null, json!(why.why())),
        };
        json!({
            "id": a.id,
            "progress": progress,
            "return": ret,
            "no_return": no_return,
            "loop_verdict": a.loop_verdict(c.language).map(|v| v.key()),
        })
    });
    let tasks = c.tasks.iter().map(move |t| {
        let kept = t.cadence_kept(since, as_of);
        json!({
            "id": t.id,
            "cadence_kept": kept.map(|k| json!({
                "since": k.since.to_string(),
                "held": k.held,
                "asked": k.asked,
                "fraction": k.fraction(),
                "last": day(k.last),
            })),
            "slipped": kept.is_some_and(|k| k.slipped),
        })
    });
    let weak = crate::graph::weak_points(c);
    let value = json!({
        "as_of": as_of.to_string(),
        "network": {
            "articulation_points": weak.linchpins.iter().map(|l| json!({ "id": l.id, "cut_off": l.cut_off })).collect::<Vec<_>>(),
            "hubs": weak.hubs.iter().map(|h| json!({ "id": h.id, "relationships": h.relationships, "of": h.of })).collect::<Vec<_>>(),
            "unconnected": weak.unconnected,
        },
    });
    Part::object(value, vec![("actions", Part::items(actions)), ("tasks", Part::items(tasks))])
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Stakeholder, Stance};

    #[test]
    fn the_canvas_keeps_the_file_names_its_dates_as_text_and_the_current_format() {
        let mut c = Canvas::new("t");
        c.format = 1;
        c.date = "2026-11-22".parse().ok();
        c.add_stakeholder(Stakeholder {
            name: "Ops".into(),
            stance: Some(Stance::Sceptic),
            ..Default::default()
        });
        let mut v: Value = serde_json::from_str(&canvas_json(&c, Day::new(2026, 11, 22).unwrap())).unwrap();
        assert_eq!(v["format"], FORMAT);
        assert_eq!(v["derived"]["as_of"], "2026-11-22");
        assert_eq!(v["derived"]["network"]["unconnected"], serde_json::json!(["S1"]));
        v.as_object_mut().unwrap().remove("derived");
        assert_eq!(v["date"], "2026-11-22");
        assert_eq!(v["stakeholders"][0]["stance"], "Sceptic");
        assert_eq!(v["next_ids"]["stakeholder"], 2);
        let back: Canvas = serde_json::from_value(v).unwrap();
        assert_eq!(
            back.stakeholders, c.stakeholders,
            "the JSON less `derived` reads back into the same canvas"
        );
    }

    #[test]
    fn the_canvas_written_entry_by_entry_is_the_text_of_its_whole_value() {
        let text = include_str!("../../canvases/acme-2026-11.ron");
        let c = crate::store::parse_str(std::path::Path::new("acme.ron"), text).unwrap();
        let day = Day::new(2027, 3, 1).unwrap();
        let mut whole = serde_json::to_value(&c).unwrap();
        whole["derived"] = derived_json(&c, day);
        let actions = whole["derived"]["actions"].as_array().unwrap();
        assert!(actions.len() > 1 && !whole["derived"]["tasks"].as_array().unwrap().is_empty());
        assert_eq!(canvas_json(&c, day), to_text(&whole), "keys in a sorted map's order");
    }

    #[test]
    fn the_comparison_writes_its_keys_in_name_order_as_a_json_map_would() {
        use crate::model::{Action, ActionStatus, LoopState};
        let mut old = Canvas::new("t");
        old.id = "same".into();
        old.add_action(Action {
            title: "Do".into(),
            status: Some(ActionStatus::Committed),
            ..Default::default()
        });
        let mut new = old.clone();
        new.actions[0].loop_state = Some(LoopState::Closed);
        new.actions[0].review = "2027-01-02".parse().ok();
        let text = diff_json(&crate::diff::compare(&old, &new));
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["carried"][0]["loop"]["new"], "Closed");
        assert_eq!(v["carried"][0]["status"]["old"], "Committed");
        assert_eq!(v["carried"][0]["review"], "2027-01-02");
        assert_eq!(text, to_text(&v), "a sorted map writes the same text");
    }

    #[test]
    fn characters_that_act_on_a_terminal_are_escaped_and_decode_unchanged() {
        let title = "a\u{1b}[2Jb\u{7f}c\u{9b}d\u{202e}e\u{2066}f\ng";
        let text = canvas_json(&Canvas::new(title), Day::new(2026, 1, 1).unwrap());
        assert!(!text.chars().any(|c| crate::safe::is_unsafe(c) && c != '\n'), "{text}");
        assert!(text.contains("\\u007f") && text.contains("\\u202e"), "{text}");
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["title"], title);
    }
}
