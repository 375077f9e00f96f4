//! The store's errors worded in the reader's language.

use std::path::Path;

use super::*;
use crate::i18n::Tr;
use crate::model::{Canvas, Language};

fn parse(text: &str) -> Result<Canvas, FileError> {
    parse_str(Path::new("t.ron"), text)
}

#[test]
fn a_date_a_time_or_a_language_a_file_got_wrong_is_said_in_the_readers_language() {
    let due = |d: &str| format!("Canvas(format: 3, actions: [(id: \"A1\", title: \"x\", due: \"{d}\")])");
    let at =
        |t: &str| format!("Canvas(format: 3, inbox: [Idea(section: Parking, text: \"x\", at: \"{t}\")])");
    let cases = [
        (
            due("18.11.2026"),
            "expected a date as YYYY-MM-DD",
            "Datum als JJJJ-MM-TT erwartet, gefunden: „18.11.2026“",
        ),
        (due("2026-13-45"), "is not a real date", "„2026-13-45“ ist kein gültiges Datum"),
        (
            at("2026-11-22 10:41"),
            "expected a date and time",
            "Datum und Uhrzeit als JJJJ-MM-TTThh:mm:ss erwartet",
        ),
        (at("2026-11-22T25:00:00"), "is not a real time", "„2026-11-22T25:00:00“ ist keine gültige Uhrzeit"),
        (at("2026-02-30T10:00:00"), "is not a real date", "„2026-02-30“ ist kein gültiges Datum"),
        ("Canvas(format: 3, language: \"xx\")".to_string(), "unknown language", "unbekannte Sprache „xx“"),
    ];
    for (text, english, german) in cases {
        let err = parse(&text).unwrap_err();
        assert!(err.lines()[0].contains(english), "{}", err.lines()[0]);
        let said = err.lines_in(Tr::new(Language::De)).join("\n");
        assert!(said.contains(german), "{said}");
        let french = err.lines_in(Tr::new(Language::Fr)).join("\n");
        assert!(!french.contains(english) && french.contains('«'), "{french}");
    }
}
