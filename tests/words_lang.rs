//! The words a French or German client reads (a tester's findings on issue 24): no English left
//! under `--lang fr|de`, agreement, and French typography.

use crate::common::{Sandbox, shipped};

const NB: char = '\u{a0}';

#[test]
fn revisit_says_what_it_made_in_the_chosen_language() {
    let s = Sandbox::new();
    let old = shipped("acme-2026-05");
    let old = old.to_str().unwrap();
    let run = s.cvc(&["revisit", old, "en.ron"]);
    assert!(
        run.stdout.contains(": revision 2 of \"") && run.stdout.contains("actions to review"),
        "{}",
        run.stdout
    );
    let run = s.cvc(&["--lang", "fr", "revisit", old, "fr.ron"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains(&format!("fr.ron créé{NB}: révision 2 de « ")), "{}", run.stdout);
    assert!(run.stdout.contains(&format!("{NB}actions à revoir")), "{}", run.stdout);
    let run = s.cvc(&["--lang", "de", "revisit", old, "de.ron"]);
    assert!(run.stdout.contains("de.ron angelegt: Version 2 von „"), "{}", run.stdout);
    assert!(run.stdout.contains(" Maßnahmen zu überprüfen"), "{}", run.stdout);
}

#[test]
fn validate_words_a_bad_date_and_language_in_the_chosen_language() {
    let s = Sandbox::new();
    assert_eq!(s.cvc(&["new", "ok.ron"]).code, 0);
    let text = std::fs::read_to_string(s.path("ok.ron")).unwrap();
    let dated = text.replacen("language: \"en\"", "language: \"xx\"", 1);
    assert_ne!(dated, text, "{text}");
    s.write("lang.ron", dated);
    let run = s.cvc(&["--lang", "de", "validate", "lang.ron"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("unbekannte Sprache „xx“: möglich sind en, fr oder de"), "{}", run.stdout);
    let run = s.cvc(&["--lang", "fr", "validate", "lang.ron"]);
    assert!(run.stdout.contains("langue inconnue « xx »"), "{}", run.stdout);
    let run = s.cvc(&["validate", "lang.ron"]);
    assert!(run.stdout.contains("unknown language \"xx\": expected en, fr or de"), "{}", run.stdout);
}
