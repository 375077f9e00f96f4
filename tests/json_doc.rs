//! docs/json.md against the program: each command's JSON has exactly the keys of the example
//! the page shows for it, at the same places and of the same types; the canvas export has the
//! file's names, those of docs/format.md.

use crate::common;
use crate::docs::markdown;
use crate::docs::trace;

use std::collections::{BTreeMap, BTreeSet};

use common::{Sandbox, shipped};
use serde_json::Value;

const PAGE: &str = "docs/json.md";

/// The example the page shows for `shape` (the block marked ```json SHAPE).
fn documented(shape: &str) -> Value {
    let block = markdown::blocks(&markdown::page(PAGE))
        .into_iter()
        .find(|b| b.info == format!("json {shape}"))
        .unwrap_or_else(|| panic!("{PAGE} has no ```json {shape} block"));
    serde_json::from_str(&block.text)
        .unwrap_or_else(|e| panic!("the {shape} example at line {}: {e}", block.line))
}

/// The JSON a command prints, run in `s`.
fn printed(s: &Sandbox, args: &[&str]) -> Value {
    let run = s.cvc(args);
    assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout))
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Every place in a value (`items[].latest.date`) with the types found there; the keys of an
/// object named in `maps` (`sections`) are its data, not its shape, and all read as `*`.
fn shape(v: &Value, at: &str, maps: &[&str], into: &mut BTreeMap<String, BTreeSet<&'static str>>) {
    into.entry(at.to_string()).or_default().insert(kind(v));
    match v {
        Value::Object(map) => {
            for (k, inner) in map {
                let key = if maps.contains(&at) { "*" } else { k.as_str() };
                let place = if at.is_empty() { key.to_string() } else { format!("{at}.{key}") };
                shape(inner, &place, maps, into);
            }
        }
        Value::Array(items) => items.iter().for_each(|inner| shape(inner, &format!("{at}[]"), maps, into)),
        _ => {}
    }
}

/// Asserts that the real output has the keys of the documented one, at the same places, with
/// types that agree (`null` agrees with anything: the place is optional).
fn same_shape(name: &str, real: &Value, doc: &Value, maps: &[&str]) {
    let (mut r, mut d) = (BTreeMap::new(), BTreeMap::new());
    shape(real, "", maps, &mut r);
    shape(doc, "", maps, &mut d);
    let places = |m: &BTreeMap<String, BTreeSet<&str>>| m.keys().cloned().collect::<BTreeSet<_>>();
    let (real_places, doc_places) = (places(&r), places(&d));
    let undocumented: Vec<_> = real_places.difference(&doc_places).collect();
    let missing: Vec<_> = doc_places.difference(&real_places).collect();
    assert!(
        undocumented.is_empty() && missing.is_empty(),
        "{name}: not in {PAGE}: {undocumented:?}; not printed: {missing:?}"
    );
    for (place, types) in &r {
        let solid =
            |t: &BTreeSet<&'static str>| t.iter().filter(|t| **t != "null").copied().collect::<BTreeSet<_>>();
        let (a, b) = (solid(types), solid(&d[place]));
        assert!(
            a.is_empty() || b.is_empty() || !a.is_disjoint(&b),
            "{name}: {place} is {a:?}, the page says {b:?}"
        );
    }
}

/// A folder with both revisions of the worked example and a file that does not load.
fn portfolio() -> Sandbox {
    let s = Sandbox::new();
    std::fs::create_dir(s.path("acme")).unwrap();
    std::fs::copy(shipped("acme-2026-05"), s.path("acme/acme-2026-05.ron")).unwrap();
    std::fs::copy(shipped("acme-2026-11"), s.path("acme/acme-2026-11.ron")).unwrap();
    s.write("acme/draft.ron", "Canvas(format: 2, stakeholders: [(id: \"S1\", name: \"a\", stance: Friend)])");
    s
}

#[test]
fn list_json_has_the_documented_keys() {
    let s = portfolio();
    let real = printed(&s, &["list", "acme", "--format", "json"]);
    assert_eq!(real["broken"].as_array().map(Vec::len), Some(1), "the broken file is listed");
    same_shape("list", &real, &documented("list"), &[]);
}

#[test]
fn diff_json_has_the_documented_keys() {
    let s = portfolio();
    let real = printed(&s, &["diff", "acme/acme-2026-05.ron", "acme/acme-2026-11.ron", "--format", "json"]);
    let sections: Vec<&str> = real["sections"].as_object().unwrap().keys().map(String::as_str).collect();
    let doc = documented("diff");
    let doc_sections: Vec<&str> = doc["sections"].as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(sections, doc_sections, "one object per section");
    same_shape("diff", &real, &doc, &["sections"]);
}

#[test]
fn history_json_has_the_documented_keys() {
    let s = portfolio();
    let real =
        printed(&s, &["history", "acme/acme-2026-05.ron", "acme/acme-2026-11.ron", "--format", "json"]);
    assert_eq!(real["revisions"].as_array().map(Vec::len), Some(2));
    same_shape("history", &real, &documented("history"), &[]);
}

#[test]
fn reviews_json_has_the_documented_keys() {
    let s = portfolio();
    let real = printed(&s, &["reviews", "acme", "--until", "2100-01-01", "--format", "json"]);
    let items = real["items"].as_array().unwrap();
    assert!(items.iter().any(|i| i["latest"].is_object()) && items.iter().any(|i| i["overdue"] == true));
    same_shape("reviews", &real, &documented("reviews"), &[]);
}

/// Every key of every object in a value.
fn keys(v: &Value, into: &mut BTreeSet<String>) {
    match v {
        Value::Object(map) => map.iter().for_each(|(k, inner)| {
            into.insert(k.clone());
            keys(inner, into);
        }),
        Value::Array(items) => items.iter().for_each(|inner| keys(inner, into)),
        _ => {}
    }
}

#[test]
fn export_json_uses_the_names_of_the_file_format_and_the_excerpt_is_real() {
    let s = Sandbox::new();
    let example =
        markdown::blocks(&markdown::page("docs/format.md")).into_iter().find(|b| b.info == "ron").unwrap();
    s.write("example.ron", &example.text);
    let real = printed(&s, &["export", "example.ron", "--format", "json"]);
    let mut names = BTreeSet::new();
    // `derived` is what cvc works out, not the file: its keys are checked against the excerpt.
    let mut file_part = real.clone();
    file_part.as_object_mut().unwrap().remove("derived");
    keys(&file_part, &mut names);
    let fields: BTreeSet<String> = trace::names_of::<cvc::model::Canvas>()
        .structs
        .values()
        .flat_map(|f| f.iter().map(std::string::ToString::to_string))
        .collect();
    assert_eq!(
        names, fields,
        "the export's keys are the file's field names, every one filled in the example"
    );
    let (mut r, mut d) = (BTreeMap::new(), BTreeMap::new());
    shape(&real, "", &[], &mut r);
    shape(&documented("export"), "", &[], &mut d);
    for (place, types) in &d {
        assert_eq!(r.get(place), Some(types), "the excerpt's {place} is not what export prints");
    }
    // Every derived fact a script can read is in the excerpt (the file's fields are checked above).
    let undocumented: Vec<&String> =
        r.keys().filter(|place| place.starts_with("derived") && !d.contains_key(*place)).collect();
    assert!(undocumented.is_empty(), "derived facts not in {PAGE}: {undocumented:?}");
}
