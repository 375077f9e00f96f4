//! `export --format json|csv`, `list --format json`, `diff --format json`: read back with serde
//! and the `csv` crate (not cvc's own reader), and compared with the canvases themselves.

use crate::common;

use common::{Sandbox, shipped};
use cvc::model::{Canvas, EntryKind};
use serde_json::Value;

fn load(name: &str) -> Canvas {
    cvc::store::load(&shipped(name)).unwrap()
}

fn json(s: &Sandbox, args: &[&str]) -> Value {
    let run = s.cvc(args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout))
}

/// Records of a CSV, read by the `csv` crate.
fn records(text: &str) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(text.as_bytes());
    reader.records().map(|r| r.unwrap().iter().map(str::to_string).collect()).collect()
}

const SECTIONS: [(&str, EntryKind); 4] = [
    ("stakeholders", EntryKind::Stakeholder),
    ("relationships", EntryKind::Relationship),
    ("tasks", EntryKind::Task),
    ("actions", EntryKind::Action),
];

#[test]
fn export_json_is_the_whole_canvas_under_the_file_names() {
    let s = Sandbox::new();
    let file = shipped("acme-2026-11");
    let mut v = json(&s, &["export", file.to_str().unwrap(), "--format", "json"]);
    let c = load("acme-2026-11");
    assert_eq!(v["derived"]["as_of"], "2026-11-18", "counted from the canvas's date");
    assert_eq!(v["format"], cvc::model::FORMAT);
    assert_eq!(v["id"], c.id.as_str());
    assert_eq!(v["date"], "2026-11-18", "dates are strings");
    for (name, kind) in SECTIONS {
        assert_eq!(v[name].as_array().unwrap().len(), c.len_of(kind), "{name}");
    }
    assert_eq!(v["actions"][0]["loop"], serde_json::to_value(c.actions[0].loop_state).unwrap());
    // `derived` is what cvc works out; the rest is the file.
    v.as_object_mut().unwrap().remove("derived");
    let mut back: Canvas = serde_json::from_value(v).unwrap();
    back.format = c.format;
    assert_eq!(back, c, "every field is there, under the name the file gives it");

    s.cvc(&["export", file.to_str().unwrap(), "--format", "json", "-o", "acme.json"]);
    let written: Value = serde_json::from_slice(&std::fs::read(s.path("acme.json")).unwrap()).unwrap();
    assert_eq!(written["title"], c.title.as_str());
}

#[test]
fn export_csv_writes_every_section_with_the_canvas_columns_first() {
    let s = Sandbox::new();
    let file = shipped("acme-2026-11");
    let c = load("acme-2026-11");
    let names = c.names();
    for (name, kind) in SECTIONS {
        let run = s.cvc(&["export", file.to_str().unwrap(), "--format", "csv", "--section", name]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let rows = records(&run.stdout);
        assert_eq!(rows[0][..5], ["canvas_id", "organisation", "revision", "date", "id"], "{name}");
        assert_eq!(rows.len(), 1 + c.len_of(kind), "{name}: one row per entry");
        for (i, row) in rows[1..].iter().enumerate() {
            assert_eq!(row[..4], [c.id.as_str(), "Acme Field Service", "2", "2026-11-18"], "{name}");
            assert_eq!(row[4], c.id_at(kind, i).unwrap(), "{name}");
            assert_eq!(row.len(), rows[0].len(), "{name}");
        }
    }
    let run = s.cvc(&["export", file.to_str().unwrap(), "--format", "csv", "--section", "relationships"]);
    let rows = records(&run.stdout);
    let column = |h: &str| rows[0].iter().position(|x| x == h).unwrap();
    for (row, r) in rows[1..].iter().zip(c.relationships.iter()) {
        assert_eq!((&row[column("from")], &row[column("to")]), (&r.from, &r.to));
        assert_eq!(row[column("from_name")], names.of(&r.from), "the name beside the id");
        assert_eq!(row[column("to_name")], names.of(&r.to));
    }
    let default = s.cvc(&["export", file.to_str().unwrap(), "--format", "csv"]);
    assert_eq!(records(&default.stdout).len(), 1 + c.actions.len(), "actions when no section is named");
}

#[test]
fn csv_sheets_of_two_revisions_stack_and_say_which_row_is_which() {
    let s = Sandbox::new();
    let mut stacked = Vec::new();
    for name in ["acme-2026-05", "acme-2026-11"] {
        let run =
            s.cvc(&["export", shipped(name).to_str().unwrap(), "--format", "csv", "--section", "tasks"]);
        let mut rows = records(&run.stdout);
        if !stacked.is_empty() {
            assert_eq!(rows.remove(0), stacked[0], "the same header, so the sheets stack");
        }
        stacked.extend(rows);
    }
    let revisions: Vec<&str> = stacked[1..].iter().map(|r| r[2].as_str()).collect();
    let (may, nov) = (load("acme-2026-05"), load("acme-2026-11"));
    assert_eq!(revisions.iter().filter(|r| **r == "1").count(), may.tasks.len());
    assert_eq!(revisions.iter().filter(|r| **r == "2").count(), nov.tasks.len());
}

#[test]
fn kumu_sheets_name_stakeholders_and_refuse_other_sections() {
    let s = Sandbox::new();
    let file = shipped("acme-2026-11");
    let c = load("acme-2026-11");
    let f = file.to_str().unwrap();
    let run = s.cvc(&["export", f, "--format", "csv", "--section", "relationships", "--kumu"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let rows = records(&run.stdout);
    assert_eq!(rows[0][..5], ["From", "To", "Type", "Direction", "Description"]);
    assert_eq!(rows.len(), 1 + c.relationships.len());
    assert_eq!(rows[1][0], c.stakeholder_name(&c.relationships[0].from));
    let run = s.cvc(&["export", f, "--format", "csv", "--section", "stakeholders", "--kumu"]);
    let rows = records(&run.stdout);
    assert_eq!(rows[0][..3], ["Label", "Type", "Description"]);
    assert_eq!(rows.len(), 1 + c.stakeholders.len());

    let tasks = s.cvc(&["export", f, "--format", "csv", "--section", "tasks", "--kumu"]);
    assert_eq!(tasks.code, 2);
    assert!(tasks.stderr.contains("--kumu writes stakeholders"), "{}", tasks.stderr);
    let markdown = s.cvc(&["export", f, "--section", "tasks"]);
    assert_eq!(markdown.code, 2);
    assert!(markdown.stderr.contains("add --format csv"), "{}", markdown.stderr);
}

#[test]
fn list_json_gives_each_canvas_with_its_counts_and_the_broken_files() {
    let s = Sandbox::new();
    std::fs::create_dir(s.path("data")).unwrap();
    std::fs::copy(shipped("acme-2026-05"), s.path("data/may.ron")).unwrap();
    std::fs::copy(shipped("acme-2026-11"), s.path("data/nov.ron")).unwrap();
    s.write("data/broken.ron", "Canvas(");
    let v = json(&s, &["list", "--format", "json"]);
    let canvases = v["canvases"].as_array().unwrap();
    assert_eq!(canvases.len(), 2);
    for (entry, name) in canvases.iter().zip(["acme-2026-11", "acme-2026-05"]) {
        let c = load(name);
        assert_eq!(entry["revision"], c.revision, "newest first");
        assert_eq!(entry["date"], c.date.unwrap().to_string());
        assert_eq!(entry["id"], c.id.as_str());
        for (section, kind) in SECTIONS {
            assert_eq!(entry["counts"][section], c.len_of(kind));
        }
    }
    assert_eq!(canvases[0]["file"], "nov.ron");
    let broken = v["broken"].as_array().unwrap();
    assert_eq!(broken.len(), 1);
    assert!(broken[0]["path"].as_str().unwrap().ends_with("broken.ron"));

    let fresh = Sandbox::new();
    let empty = json(&fresh, &["list", "--format", "json"]);
    assert_eq!(empty["canvases"], serde_json::json!([]), "no data folder yet is an empty list");
}

#[test]
fn list_json_gives_the_format_each_file_is_written_in() {
    let s = Sandbox::new();
    std::fs::create_dir(s.path("data")).unwrap();
    let may = std::fs::read_to_string(shipped("acme-2026-05")).unwrap();
    s.write("data/old.ron", may.replacen("format: 3,", "format: 1,", 1));
    std::fs::copy(shipped("acme-2026-11"), s.path("data/nov.ron")).unwrap();
    let v = json(&s, &["list", "--format", "json"]);
    let formats: Vec<(Value, Value)> =
        v["canvases"].as_array().unwrap().iter().map(|c| (c["file"].clone(), c["format"].clone())).collect();
    let expected = [("nov.ron", 3), ("old.ron", 1)].map(|(f, n)| (Value::from(f), Value::from(n)));
    assert_eq!(formats, expected, "a format-1 file not yet saved by this cvc says so");
}

#[test]
fn diff_json_counts_what_the_text_report_counts() {
    let s = Sandbox::new();
    let (old, new) = (shipped("acme-2026-05"), shipped("acme-2026-11"));
    let (o, n) = (old.to_str().unwrap(), new.to_str().unwrap());
    let v = json(&s, &["diff", o, n, "--format", "json"]);
    let d = cvc::diff::compare(&load("acme-2026-05"), &load("acme-2026-11"));
    assert_eq!(v["matching"], "id");
    assert_eq!(v["same"], false);
    assert_eq!(v["old"]["revision"], 1);
    assert_eq!(v["new"]["date"], "2026-11-18");
    let people = &v["sections"]["stakeholders"];
    let counts = |key: &str| people[key].as_array().unwrap().len();
    assert_eq!((counts("added"), counts("removed"), counts("changed")), (2, 1, 5), "as `+2 -1 ~5`");
    for (name, kind) in SECTIONS {
        let section = d.section(kind);
        assert_eq!(v["sections"][name]["unchanged"], section.unchanged, "{name}");
        assert_eq!(v["sections"][name]["added"].as_array().unwrap().len(), section.added.len(), "{name}");
    }
    let signals = v["signals"].as_array().unwrap();
    assert_eq!(signals.len(), d.signals.len());
    assert!(
        signals
            .iter()
            .any(|x| x["kind"] == "stakeholder_left" && x["message"] == "Intranet team left the canvas")
    );
    let changed = &people["changed"].as_array().unwrap();
    assert!(changed.iter().any(|c| {
        c["fields"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["field"] == "stance" && f["old"] == "blocker" && f["new"] == "sceptic")
    }));
    assert_eq!(v["carried"].as_array().unwrap().len(), d.carried.len());

    let same = s.cvc(&["diff", o, o, "--format", "json", "--exit-code"]);
    assert_eq!(same.code, 0);
    assert_eq!(serde_json::from_str::<Value>(&same.stdout).unwrap()["same"], true);
    assert_eq!(s.cvc(&["diff", o, n, "--format", "json", "--exit-code"]).code, 1);
}

/// The first character of `text` that would act on a terminal: a control other than a line break or
/// a tab (a carriage return only in CSV's `\r\n`), or a bidirectional override or isolate.
fn acting(text: &str, csv: bool) -> Option<char> {
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let crlf = csv && c == '\r' && chars.peek() == Some(&'\n');
        let bidi = matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
        if (c.is_control() && c != '\n' && c != '\t' && !crlf) || bidi {
            return Some(c);
        }
    }
    None
}

#[test]
fn no_format_lets_canvas_text_act_on_the_terminal_and_json_keeps_it_exactly() {
    let s = Sandbox::new();
    let attacks = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/attacks");
    let (f, other) = (attacks.join("every-field.ron"), attacks.join("other-canvas.ron"));
    let (f, other) = (f.to_str().unwrap(), other.to_str().unwrap());
    let mut runs: Vec<(Vec<&str>, bool)> = vec![
        (vec!["export", f, "--format", "json"], false),
        (vec!["diff", f, other, "--format", "json"], false),
        (vec!["diff", other, f, "--format", "json"], false),
        (vec!["list", attacks.to_str().unwrap(), "--format", "json"], false),
    ];
    for (section, _) in SECTIONS {
        runs.push((vec!["export", f, "--format", "csv", "--section", section], true));
    }
    for section in ["stakeholders", "relationships"] {
        runs.push((vec!["export", f, "--format", "csv", "--section", section, "--kumu"], true));
    }
    for (args, csv) in &runs {
        let run = s.cvc(args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        assert_eq!(acting(&run.stdout, *csv), None, "{args:?}");
        assert_eq!(acting(&run.stderr, false), None, "{args:?}");
    }
    let v = json(&s, &["export", f, "--format", "json"]);
    let canvas = cvc::store::load(std::path::Path::new(f)).unwrap();
    assert!(acting(&canvas.title, false).is_some(), "the canvas does hold such text");
    assert_eq!(v["title"], canvas.title.as_str(), "JSON escapes it and decodes to the very same text");

    let hostile = "Name \u{1b}]0;pwned\u{7}\u{9b}31m\u{202e}x\n";
    s.write("plan.ron", std::fs::read(f).unwrap());
    let run =
        s.cvc_with_input(&["import", "plan.ron", "--section", "relationships", "-"], hostile.as_bytes());
    assert_eq!(run.code, 2);
    assert_eq!(acting(&run.stderr, false), None, "{}", run.stderr);
    let run = s.cvc_with_input(&["import", "plan.ron", "--section", "stakeholders", "-"], hostile.as_bytes());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(acting(&run.stdout, false), None);
    let added = cvc::store::load(&s.path("plan.ron")).unwrap();
    assert_eq!(added.stakeholders.last().unwrap().name, hostile.trim_end(), "kept as typed, shown escaped");
}
