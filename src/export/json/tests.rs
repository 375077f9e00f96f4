//! The JSON writer against `serde_json`: every kind of value, every character, whole canvases
//! written byte for byte as their `serde_json::Value` pretty-prints.

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
    assert_eq!(back.stakeholders, c.stakeholders, "the JSON less `derived` reads back into the same canvas");
}

#[test]
fn the_canvas_written_entry_by_entry_is_the_text_of_its_whole_value() {
    let text = include_str!("../../../canvases/acme-2026-11.ron");
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

/// `value` through the writer.
fn written<T: serde::Serialize>(value: &T) -> String {
    let mut w = JsonWriter::new();
    value.serialize(&mut w).unwrap();
    w.finish()
}

/// `value` as it was written before the writer: made into a `serde_json::Value`, then printed.
fn through_a_value<T: serde::Serialize>(value: &T) -> String {
    to_text(&serde_json::to_value(value).unwrap())
}

#[derive(serde::Serialize)]
enum Shape {
    Unit,
    Newtype(Inner),
    Pair(u8, Option<String>),
    Named { zeta: u8, alpha: Vec<Inner> },
}

#[derive(serde::Serialize, Default)]
struct Inner {
    z: &'static str,
    b: Option<bool>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    a: Vec<u32>,
    nothing: (),
    #[serde(rename = "A")]
    upper: char,
}

#[derive(serde::Serialize)]
struct Outer {
    shapes: Vec<Shape>,
    empty: Empty,
    none: Vec<Empty>,
    floats: Vec<f64>,
    small: f32,
    signed: (i8, i16, i32, i64),
    bytes: serde_bytes_like::Bytes,
    map: std::collections::HashMap<String, Inner>,
    numbered: std::collections::HashMap<u32, &'static str>,
    keyed: std::collections::BTreeMap<Key, u8>,
    #[serde(flatten)]
    spread: std::collections::BTreeMap<&'static str, i32>,
    text: String,
}

#[derive(serde::Serialize)]
struct Empty {}

#[derive(serde::Serialize, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    Second,
    First,
}

/// Bytes serialised as bytes, not as a sequence of numbers.
mod serde_bytes_like {
    /// A byte string.
    pub struct Bytes(pub Vec<u8>);

    impl serde::Serialize for Bytes {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_bytes(&self.0)
        }
    }
}

fn every_kind() -> Outer {
    let inner = |z| Inner { z, b: Some(true), a: vec![3, 1], nothing: (), upper: 'é' };
    Outer {
        shapes: vec![
            Shape::Unit,
            Shape::Newtype(inner("n")),
            Shape::Pair(7, None),
            Shape::Named { zeta: 1, alpha: vec![inner("x"), Inner::default()] },
        ],
        empty: Empty {},
        none: vec![],
        floats: vec![0.0, -0.0, 1.0, 0.1, 1e21, 1.5e-7, f64::NAN, f64::INFINITY, 123_456.789],
        small: 0.1,
        signed: (-8, -16, i32::MIN, i64::MIN),
        bytes: serde_bytes_like::Bytes(vec![0, 255]),
        map: [
            ("zz".to_string(), inner("1")),
            ("a\"b".to_string(), inner("2")),
            ("a".to_string(), inner("3")),
        ]
        .into_iter()
        .collect(),
        numbered: [(10, "ten"), (9, "nine"), (100, "hundred")].into_iter().collect(),
        keyed: [(Key::Second, 2), (Key::First, 1)].into_iter().collect(),
        // A key the struct has too: the map keeps the one written last.
        spread: [("text", 5), ("middle", 6)].into_iter().collect(),
        text: "plain".into(),
    }
}

#[test]
fn every_kind_of_value_is_written_as_its_json_value_prints() {
    let value = every_kind();
    let text = written(&value);
    assert_eq!(text, through_a_value(&value));
    assert!(text.contains("\"A\": \"é\",\n") && text.contains("\"shapes\": ["), "{text}");
    assert_eq!(written(&Empty {}), "{}\n");
    assert_eq!(written(&Vec::<u8>::new()), "[]\n");
    assert_eq!(written(&Shape::Unit), "\"Unit\"\n");
}

#[test]
fn every_character_is_escaped_as_serde_json_and_the_terminal_rule_escape_it() {
    let all: String =
        (0..0x3000u32).chain([0xfeff, 0x1_f600, 0x10_ffff]).filter_map(char::from_u32).collect();
    for text in
        [all.as_str(), "", "\"", "\\", "ab\u{7f}", "\u{85}x", "x\u{202e}", "12345678\u{2069}", "ok\u{e2}"]
    {
        assert_eq!(written(&text), through_a_value(&text), "{:?}", text.escape_debug());
        let mut keyed = std::collections::BTreeMap::new();
        keyed.insert(text, 1);
        assert_eq!(written(&keyed), through_a_value(&keyed));
    }
}

#[test]
fn an_object_with_parts_puts_every_key_in_name_order_and_a_part_replaces_a_member() {
    #[derive(serde::Serialize)]
    struct Small {
        m: u8,
        c: &'static str,
        x: Vec<u8>,
    }
    let small = Small { m: 1, c: "c", x: vec![9] };
    let mut w = JsonWriter::new();
    let mut parts: [(&str, &dyn WriteJson); 3] = [("z", &vec![1, 2]), ("a", &Empty {}), ("x", &"replaced")];
    w.object_with(&small, &mut parts).unwrap();
    let expected = serde_json::json!({ "a": {}, "c": "c", "m": 1, "x": "replaced", "z": [1, 2] });
    assert_eq!(w.finish(), to_text(&expected));
    let mut w = JsonWriter::new();
    w.object_with(&Empty {}, &mut []).unwrap();
    assert_eq!(w.finish(), "{}\n");
    assert!(JsonWriter::new().object_with(&3, &mut []).is_err(), "a number has no members");
}

#[test]
fn every_field_of_every_entry_is_written_as_its_json_value_prints() {
    for text in [
        include_str!("../../../tests/attacks/every-field.ron"),
        include_str!("../../../canvases/acme-2027-05.ron"),
    ] {
        let c = crate::store::parse_str(std::path::Path::new("c.ron"), text).unwrap();
        let day = Day::new(2027, 6, 1).unwrap();
        let mut whole = serde_json::to_value(&c).unwrap();
        whole["derived"] = derived_json(&c, day);
        assert_eq!(canvas_json(&c, day), to_text(&whole));
    }
}

#[test]
fn the_derived_facts_are_the_ones_the_json_documents() {
    let text = include_str!("../../../canvases/acme-2027-05.ron");
    let c = crate::store::parse_str(std::path::Path::new("acme.ron"), text).unwrap();
    let day = Day::new(2027, 6, 1).unwrap();
    let v = derived_json(&c, day);
    // Made the way the facts were made before they were written directly (json! maps).
    let a = &c.actions[0];
    let (ret, no_return) = match a.return_on_cost(c.language) {
        Ok(r) => (json!((r * 1000.0).round() / 1000.0), Value::Null),
        Err(why) => (Value::Null, json!(why.why())),
    };
    let progress = a.indicator().and_then(|i| i.measured(c.language).progress()).map(|p| p.percent());
    let verdict = a.loop_verdict(c.language).map(|v| v.key());
    let first = json!({ "id": a.id, "progress": progress, "return": ret, "no_return": no_return, "loop_verdict": verdict });
    assert_eq!(v["actions"][0], first);
    let t = c.tasks.iter().find(|t| t.cadence_kept(c.date.unwrap_or(day), day).is_some()).unwrap();
    let k = t.cadence_kept(c.date.unwrap_or(day), day).unwrap();
    let kept = json!({ "since": k.since.to_string(), "held": k.held, "asked": k.asked, "fraction": k.fraction(), "last": super::day(k.last) });
    let at = c.tasks.iter().position(|x| x.id == t.id).unwrap();
    assert_eq!(v["tasks"][at], json!({ "id": t.id, "cadence_kept": kept, "slipped": k.slipped }));
    assert_eq!(v["as_of"], "2027-06-01");
    assert!(v["network"]["articulation_points"].is_array() && v["network"]["hubs"].is_array());
}

#[test]
fn whole_numbers_of_every_size_are_written_as_serde_json_writes_them() {
    let numbers = (i8::MIN, i16::MIN, i32::MIN, i64::MIN, u8::MAX, u16::MAX, u32::MAX, u64::MAX);
    assert_eq!(written(&numbers), through_a_value(&numbers));
    for n in [0u64, 1, 9, 10, 99, 100, 12_345, 1 << 40] {
        assert_eq!(written(&n), through_a_value(&n));
        assert_eq!(written(&-(n as i64)), through_a_value(&-(n as i64)));
    }
    assert_eq!(written(&(u128::from(u64::MAX) + 1)), "18446744073709551616\n");
}
