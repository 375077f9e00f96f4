//! `cvc reviews` in the client's language: the canvases' shared language, or `--lang`, with each
//! dated row naming the canvas it comes from.

use crate::common::{Sandbox, shipped};

/// The Acme plan of November 2026 in `lang`, under `clients/NAME.ron`, its id and title changed so
/// that two of them are two canvases.
fn acme(s: &Sandbox, name: &str, lang: &str) {
    std::fs::create_dir_all(s.path("clients")).unwrap();
    let text = std::fs::read_to_string(shipped("acme-2026-11")).unwrap();
    let id = text.lines().find(|l| l.trim_start().starts_with("id:")).unwrap().to_string();
    let text = text
        .replacen("language: \"en\"", &format!("language: \"{lang}\""), 1)
        .replacen(&id, &format!("    id: \"{name}-0001\","), 1)
        .replacen(
            "title: \"Acme Field Service: from connecting to solving\"",
            &format!("title: \"{name} plan\""),
            1,
        );
    s.write(&format!("clients/{name}.ron"), text);
}

#[test]
fn a_french_portfolio_is_listed_in_french_and_each_row_names_its_canvas() {
    let s = Sandbox::new();
    acme(&s, "lyon", "fr");
    acme(&s, "paris", "fr");
    let run = s.cvc(&["reviews", "clients", "--as-of", "2027-01-15"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = run.stdout;
    assert!(text.starts_with("Au 15\u{a0}janvier\u{a0}2027\u{a0}: "), "{text}");
    assert!(text.contains("\nPar client\n") && text.contains("jours de retard"), "{text}");
    let header = text.lines().find(|l| l.starts_with("QUAND")).expect("the dated table's header");
    assert!(header.contains("CANEVAS") && header.contains("AVANCEMENT"), "{header}");
    let dated: Vec<&str> =
        text.lines().skip_while(|l| !l.starts_with("QUAND")).skip(1).take_while(|l| !l.is_empty()).collect();
    assert!(!dated.is_empty(), "{text}");
    for line in &dated {
        assert!(
            line.contains("lyon plan") || line.contains("paris plan"),
            "each row names its canvas: {line}"
        );
    }
    assert!(dated.iter().any(|l| l.contains("lyon plan")) && dated.iter().any(|l| l.contains("paris plan")));
    for english in ["As of", "By client", "overdue", "WHEN", "no reading yet", "not numeric"] {
        assert!(!text.contains(english), "{english} left in:\n{text}");
    }
    let md = s.cvc(&["reviews", "clients", "--as-of", "2027-01-15", "--format", "markdown"]).stdout;
    assert!(md.starts_with("# Revues de boucle et échéances\n\nAu 15\u{a0}janvier\u{a0}2027"), "{md}");
    assert!(md.contains("## Par client\n\n| Client | En retard, à venir et manquant |"), "{md}");
    // The sheet opens in a French Excel, as the canvases' own sheets do; its cells keep the
    // format's values (JSON keeps its field names for scripts).
    let csv = s.cvc(&["reviews", "clients", "--as-of", "2027-01-15", "--format", "csv"]).stdout;
    assert!(csv.starts_with("\u{feff}date;type;en retard;"), "{csv}");
}

#[test]
fn lang_chooses_and_a_mixed_portfolio_speaks_the_readers_language() {
    let s = Sandbox::new();
    acme(&s, "lyon", "fr");
    acme(&s, "munich", "de");
    let german = s.cvc(&["reviews", "clients", "--as-of", "2027-01-15", "--lang", "de"]);
    assert!(german.stderr.is_empty(), "no warning: {}", german.stderr);
    assert!(german.stdout.starts_with("Stand 15.\u{a0}Januar\u{a0}2027: "), "{}", german.stdout);
    assert!(german.stdout.contains("\nNach Kunde\n") && german.stdout.contains("WANN"), "{}", german.stdout);
    // French and German canvases, no --lang: the reader's locale (English here) decides.
    let mixed = s.cvc(&["reviews", "clients", "--as-of", "2027-01-15"]).stdout;
    assert!(mixed.starts_with("As of 2027-01-15: "), "{mixed}");
    let header = mixed.lines().find(|l| l.starts_with("WHEN")).unwrap();
    assert!(header.contains("CANVAS"), "{header}");
}
