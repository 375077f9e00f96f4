//! docs/format.md against the program: its examples load and validate clean, the broken example
//! gives exactly the report it shows (and a newer format the message it shows), and every
//! struct, field and value that serde knows for a canvas (read from the types themselves, so a
//! new field fails here until it is documented) is in the page; the README links to it and to
//! nothing outside the repository.

use crate::docs::markdown;
use crate::docs::trace;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use cvc::model::{
    Action, BlockKind, Canvas, Described, Driver, FORMAT, Relationship, Shape, Stakeholder, Task, Vocabulary,
    validate,
};
use markdown::{blocks, cells, page, quoted, section};

const PAGE: &str = "docs/format.md";

/// The page's canvas examples: its `ron` blocks that are not marked broken.
fn examples() -> Vec<markdown::Block> {
    blocks(&page(PAGE)).into_iter().filter(|b| b.info == "ron").collect()
}

/// The complete example, loaded by the real loader.
fn complete_example() -> Canvas {
    let first = examples().into_iter().next().expect("docs/format.md has a ron example");
    cvc::store::parse_str(Path::new("example.ron"), &first.text).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_examples_load_and_validate_clean_in_the_current_format() {
    let examples = examples();
    assert!(!examples.is_empty());
    for block in &examples {
        let canvas = cvc::store::parse_str(Path::new("example.ron"), &block.text)
            .unwrap_or_else(|e| panic!("the example at line {} of {PAGE}: {e}", block.line));
        assert_eq!(validate(&canvas), vec![], "line {}", block.line);
    }
    assert!(examples[0].text.contains(&format!("format: {FORMAT},")), "the example is of format {FORMAT}");
    assert!(page(PAGE).starts_with(&format!("# The canvas file (format {FORMAT})")));
}

/// Every key of every object in a JSON value.
fn keys(value: &serde_json::Value, into: &mut BTreeSet<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                into.insert(k.clone());
                keys(v, into);
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| keys(v, into)),
        _ => {}
    }
}

#[test]
fn the_complete_example_fills_every_field_of_every_struct() {
    let mut written = BTreeSet::new();
    keys(&serde_json::to_value(complete_example()).unwrap(), &mut written);
    let names = trace::names_of::<Canvas>();
    for (name, fields) in &names.structs {
        for field in *fields {
            assert!(written.contains(*field), "the complete example leaves out {name}.{field}");
        }
    }
}

#[test]
fn every_struct_is_a_section_that_lists_exactly_its_fields() {
    let text = page(PAGE);
    let names = trace::names_of::<Canvas>();
    assert!(names.structs.len() >= 12, "the walk reached every struct: {:?}", names.structs.keys());
    for (name, fields) in &names.structs {
        let lines = section(&text, &format!("`{name}`")).unwrap_or_else(|| panic!("no section ### `{name}`"));
        let documented: Vec<&str> =
            lines.iter().filter_map(|l| cells(l)).filter_map(|c| quoted(c[0]).first().copied()).collect();
        let known: BTreeSet<&str> = fields.iter().copied().collect();
        let listed: BTreeSet<&str> = documented.iter().copied().collect();
        assert_eq!(listed, known, "the fields of {name} in its table");
        assert_eq!(documented.len(), listed.len(), "{name}: a field is listed twice");
    }
}

/// The rows of the page's table of values: enum name → (values in the file, labels).
fn value_rows() -> Vec<(String, Vec<String>, Vec<String>)> {
    let text = page(PAGE);
    let lines = section(&text, "Values").expect("a section ## Values");
    let words = |cell: &str| quoted(cell).into_iter().map(String::from).collect::<Vec<_>>();
    lines
        .iter()
        .filter_map(|l| cells(l))
        .filter(|c| c.len() == 4 && c[0].starts_with('`'))
        .map(|c| (words(c[0]).concat(), words(c[2]), words(c[3])))
        .collect()
}

#[test]
fn every_enum_is_a_row_with_exactly_its_values() {
    let rows = value_rows();
    let names = trace::names_of::<Canvas>();
    assert!(names.enums.len() >= 15, "the walk reached every enum: {:?}", names.enums.keys());
    for (name, variants) in &names.enums {
        let row = rows.iter().find(|(n, ..)| n == name).unwrap_or_else(|| panic!("no row for enum {name}"));
        assert_eq!(row.1, variants.to_vec(), "the values of {name}, in order");
    }
    assert_eq!(rows.len(), names.enums.len(), "a row for an enum the program does not have");
}

/// The labels of every choice among the fields of kind `E`.
fn choice_labels<E: Described>() -> Vec<Vec<String>> {
    let labels = E::FIELDS.iter().filter_map(|f| match f.shape {
        Shape::Choice(labels) => Some(labels.iter().map(std::string::ToString::to_string).collect()),
        _ => None,
    });
    labels.collect()
}

#[test]
fn every_value_is_shown_with_the_label_people_read() {
    let documented: Vec<Vec<String>> = value_rows().into_iter().map(|(_, _, labels)| labels).collect();
    let mut all = choice_labels::<Stakeholder>();
    all.extend(choice_labels::<Relationship>());
    all.extend(choice_labels::<Task>());
    all.extend(choice_labels::<Action>());
    all.push(Driver::LABELS.iter().map(std::string::ToString::to_string).collect());
    all.push(BlockKind::LABELS.iter().map(std::string::ToString::to_string).collect());
    for labels in all {
        assert!(documented.contains(&labels), "no row shows the labels {labels:?}");
    }
}

#[test]
fn the_broken_example_gives_the_report_shown() {
    let all = blocks(&page(PAGE));
    let at = all.iter().position(|b| b.info == "ron broken").expect("a ```ron broken block");
    let (broken, report) = (&all[at], &all[at + 1]);
    let mut lines = report.text.lines();
    assert_eq!(lines.next(), Some("$ cvc validate broken.ron"));
    let expected: Vec<&str> = lines.by_ref().take_while(|l| !l.starts_with('$')).collect();
    let code: i32 = lines.next().expect("the exit code after `echo $?`").parse().unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("broken.ron"), &broken.text).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_cvc"))
        .args(["validate", "broken.ron"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().collect::<Vec<_>>(), expected, "the report in {PAGE}");
    assert_eq!(out.status.code(), Some(code));
    assert!(expected.len() >= 10, "the broken example shows every rule");
}

#[test]
fn the_readme_links_to_the_format_and_to_nothing_outside_the_repository() {
    let targets = markdown::check_links("README.md", false);
    assert!(targets.iter().any(|t| t == "docs/format.md"), "README.md links to docs/format.md: {targets:?}");
    assert!(!page("README.md").contains("../shared"), "README.md points at ../shared");
    markdown::check_links(PAGE, true);
}

#[test]
fn a_newer_format_is_refused_with_the_message_shown() {
    let text = page(PAGE);
    let shown = text
        .lines()
        .flat_map(quoted)
        .find(|q| q.starts_with("plan.ron:") && q.contains("newer than"))
        .expect("the page shows the message for a newer format");
    let newer = format!("Canvas(\n    format: {},\n)\n", FORMAT + 1);
    let err = cvc::store::parse_str(Path::new("plan.ron"), &newer).unwrap_err();
    assert_eq!(err.lines(), [shown]);
}
