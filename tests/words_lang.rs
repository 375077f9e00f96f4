//! The words a French or German client reads (a tester's findings on issue 24): no English left
//! under `--lang fr|de`, agreement, and French typography.

use crate::common::{Sandbox, shipped, tui};
use cvc::model::Language;
use cvc::tui::runner::Session;
use cvc::tui::section::Section;
use ratatui::crossterm::event::KeyCode;

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
    assert!(run.stdout.contains(&format!("fr.ron créé{NB}: révision 2 de «{NB}")), "{}", run.stdout);
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
    assert!(run.stdout.contains(&format!("langue inconnue «{NB}xx{NB}»")), "{}", run.stdout);
    let run = s.cvc(&["validate", "lang.ron"]);
    assert!(run.stdout.contains("unknown language \"xx\": expected en, fr or de"), "{}", run.stdout);
}

/// The cells of a `;` sheet (no cell of these holds a `;` or a quote).
fn cells(csv: &str) -> Vec<Vec<String>> {
    csv.trim_start_matches('\u{feff}').lines().map(|l| l.split(';').map(str::to_string).collect()).collect()
}

#[test]
fn the_follow_up_sheet_reads_whole_in_french_and_german() {
    let s = Sandbox::new();
    std::fs::create_dir_all(s.path("clients")).unwrap();
    std::fs::copy(shipped("acme-2026-11"), s.path("clients/acme.ron")).unwrap();
    let english = ["due", "review", "revisit", "true", "false", "in progress", "measured", "done", "undated"];
    for (lang, yes_no) in [("fr", ["oui", "non"]), ("de", ["ja", "nein"])] {
        let args = ["--lang", lang, "reviews", "clients", "--as-of", "2027-01-15", "--format", "csv"];
        let run = s.cvc(&args);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let rows = cells(&run.stdout);
        assert!(rows.len() > 3, "{}", run.stdout);
        for row in &rows[1..] {
            for cell in row {
                assert!(!english.contains(&cell.as_str()), "{lang}: {cell:?} left in English: {row:?}");
            }
            assert!(yes_no.contains(&row[2].as_str()), "{lang}: {row:?}");
        }
        // The same words as the canvas's own sheet of actions.
        let sheet =
            s.cvc(&["--lang", lang, "export", "clients/acme.ron", "--format", "csv", "--section", "actions"]);
        let status = rows.iter().skip(1).map(|r| r[13].clone()).find(|c| !c.is_empty()).unwrap();
        assert!(
            cells(&sheet.stdout).iter().skip(1).flatten().any(|c| *c == status),
            "{status}: {}",
            sheet.stdout
        );
    }
    let run = s.cvc(&["reviews", "clients", "--as-of", "2027-01-15", "--format", "csv"]);
    let rows: Vec<Vec<String>> =
        run.stdout.lines().map(|l| l.split(',').map(str::to_string).collect()).collect();
    assert!(rows[1..].iter().all(|r| ["true", "false"].contains(&r[2].as_str())), "{}", run.stdout);
    let json =
        s.cvc(&["--lang", "de", "reviews", "clients", "--as-of", "2027-01-15", "--format", "json"]).stdout;
    assert!(json.contains("\"overdue\": true") || json.contains("\"overdue\":true"), "{json}");
}

/// The worked example in a sandbox, its screens in `lang`, on `section`.
fn acme_on(s: &Sandbox, lang: Language, section: Section) -> Session {
    let mut app = tui::shipped_in(s.dir.path(), "acme-2026-11", lang);
    while tui::workshop(&app).section != section {
        tui::press(&mut app, KeyCode::Tab);
    }
    app
}

fn note(app: &Session) -> String {
    tui::workshop(app).note.as_ref().map(|n| n.text.clone()).unwrap_or_default()
}

#[test]
fn what_was_added_or_saved_agrees_with_the_entry() {
    let cases = [
        (Language::Fr, Section::Actions, format!("ajoutée{NB}: tapez la suivante"), "Action A7 enregistrée"),
        (
            Language::Fr,
            Section::Stakeholders,
            format!("ajoutée{NB}: tapez la suivante"),
            "Partie prenante S10 enregistrée",
        ),
        (
            Language::De,
            Section::Actions,
            "hinzugefügt: die nächste eingeben".into(),
            "Maßnahme A7 gespeichert",
        ),
        (
            Language::De,
            Section::Stakeholders,
            "hinzugefügt: den nächsten eingeben".into(),
            "Stakeholder S10 gespeichert",
        ),
        (Language::En, Section::Actions, "added A7: type the next one, or Esc".into(), "Action A7 saved"),
    ];
    for (lang, section, added, saved) in cases {
        let s = Sandbox::new();
        let mut app = acme_on(&s, lang, section);
        tui::press(&mut app, KeyCode::Char('a'));
        tui::enter_line(&mut app, "Neu");
        assert!(note(&app).contains(&added), "{lang} {section:?}: {}", note(&app));
        tui::press(&mut app, KeyCode::Esc);
        tui::press(&mut app, KeyCode::Enter);
        tui::type_text(&mut app, "x");
        tui::ctrl(&mut app, 's');
        assert!(note(&app).contains(saved), "{lang} {section:?}: {}", note(&app));
    }
}

#[test]
fn a_loop_not_set_before_agrees_in_french_and_the_german_evidence_reads_any_target() {
    let s = Sandbox::new();
    let (old, new) = (shipped("acme-2026-05"), shipped("acme-2026-11"));
    let run = s.cvc(&["--lang", "fr", "diff", old.to_str().unwrap(), new.to_str().unwrap()]);
    assert!(run.stdout.contains(&format!("boucle «{NB}non renseignée{NB}» → ")), "{}", run.stdout);
    let run =
        s.cvc(&["--lang", "de", "export", shipped("acme-2027-05").to_str().unwrap(), "--format", "markdown"]);
    assert!(!run.stdout.contains("bei einem Zielwert von"), "{}", run.stdout);
    assert!(run.stdout.contains("(Zielwert: "), "{}", run.stdout);
}

#[test]
fn what_the_room_reads_fits_whole_at_80x24() {
    for (lang, closes) in
        [(Language::En, "Esc closes"), (Language::Fr, "Esc ferme"), (Language::De, "Esc schließt")]
    {
        let s = Sandbox::new();
        let mut app = acme_on(&s, lang, Section::Actions);
        let seen = tui::screen(&app, 80, 24);
        if lang == Language::Fr {
            assert!(seen.contains(&format!("date de revue{NB}?")), "{seen}");
        }
        tui::press(&mut app, KeyCode::Enter);
        let seen = tui::screen(&app, 80, 24);
        let footer = seen.lines().last().unwrap();
        assert!(footer.contains("Esc "), "{lang}: {footer}");
        tui::press(&mut app, KeyCode::Esc);
        tui::press(&mut app, KeyCode::Char('P'));
        let seen = tui::screen(&app, 80, 24);
        assert!(seen.contains(closes), "{lang}:\n{seen}");
        tui::press(&mut app, KeyCode::Esc);
        let s = Sandbox::new();
        let mut app = acme_on(&s, lang, Section::Context);
        tui::press(&mut app, KeyCode::Char('v'));
        let said = note(&app);
        assert!(!said.is_empty() && tui::screen(&app, 80, 24).contains(&said), "{lang}: {said}");
    }
}

#[test]
fn french_history_and_errors_put_the_french_space_before_colon_and_semicolon() {
    let s = Sandbox::new();
    let files =
        ["acme-2026-05", "acme-2026-11", "acme-2027-05"].map(|n| shipped(n).to_str().unwrap().to_string());
    let mut args = vec!["--lang", "fr", "history"];
    args.extend(files.iter().map(String::as_str));
    let run = s.cvc(&args);
    assert!(run.stdout.contains(&format!("S1 Field engineers{NB}: r1 ")), "{}", run.stdout);
    assert!(run.stdout.contains(&format!("r3 solide{NB}; renouée")), "{}", run.stdout);
    args[1] = "en";
    let english = s.cvc(&args).stdout;
    assert!(
        english.contains("S1 Field engineers: r1 ") && english.contains("r3 healthy; reconnected"),
        "{english}"
    );
    let run = s.cvc(&["--lang", "fr", "validate", "nofile.ron"]);
    assert!(run.stdout.contains(&format!("nofile.ron{NB}: ")), "{}{}", run.stdout, run.stderr);
    s.write("x.ron", "Canvas(format: 3, zz: 1)");
    let run = s.cvc(&["--lang", "fr", "validate", "x.ron"]);
    assert!(run.stdout.contains("x.ron:1:19: champ `zz` inconnu"), "the tools' location: {}", run.stdout);
    assert!(run.stdout.contains("à choisir parmi ") && !run.stdout.contains("ceux-ci"), "{}", run.stdout);
}
