//! The command line in the client's language (issue 24): the store's errors, `cvc validate`,
//! the calendar and JSON under `--lang`, in French and German as in English.

use crate::common::Sandbox;

const NB: char = '\u{a0}';

#[test]
fn a_file_that_cannot_be_read_is_said_in_the_chosen_language() {
    let s = Sandbox::new();
    s.write("notes.md", "# Meeting notes\n");
    s.write("newer.ron", "Canvas(format: 99, title: \"x\")");
    s.write("cut.ron", "Canvas(format: 3, title: \"x\"\n");
    let cases = [
        ("missing.ron", "missing.ron: cannot read it: there is no such file"),
        ("notes.md", "this is not a canvas: expected `Canvas(` at the start"),
        ("newer.ron", "newer than the format 3 this cvc reads: update cvc to open it"),
        ("cut.ron", "the file ends too early"),
    ];
    for (file, english) in cases {
        let run = s.cvc(&["export", file]);
        assert_eq!(run.code, 2);
        assert!(run.stderr.contains(english), "{file}: {}", run.stderr);
    }
    let fr = [
        ("missing.ron", format!("missing.ron{NB}: impossible de le lire{NB}: fichier introuvable")),
        ("notes.md", format!("ce n'est pas un canevas{NB}: `Canvas(` est attendu au début")),
        ("newer.ron", "plus récent que le format 3 que lit cette version de cvc".to_string()),
        ("cut.ron", "le fichier s'arrête trop tôt".to_string()),
    ];
    for (file, french) in fr {
        let run = s.cvc(&["--lang", "fr", "export", file]);
        assert_eq!(run.code, 2);
        assert!(run.stderr.contains(&french), "{file}: {}", run.stderr);
        assert!(!run.stderr.contains("cannot") && !run.stderr.contains("expected"), "{}", run.stderr);
    }
    // The config's language speaks there too.
    std::fs::create_dir_all(s.path("config")).unwrap();
    s.write("config/config.ron", "Config(language: \"de\")");
    let run = s.cvc(&["report", "missing.ron"]);
    assert!(
        run.stderr.contains("missing.ron: diese Datei oder diesen Ordner gibt es nicht"),
        "{}",
        run.stderr
    );
    let run = s.cvc(&["export", "missing.ron"]);
    assert!(run.stderr.contains("missing.ron: Lesen nicht möglich: Datei nicht gefunden"), "{}", run.stderr);
}

#[test]
fn validate_names_each_problem_in_the_chosen_language() {
    let s = Sandbox::new();
    assert_eq!(s.cvc(&["new", "ok.ron"]).code, 0);
    let text = std::fs::read_to_string(s.path("ok.ron")).unwrap();
    let people = "stakeholders: [\n        (id: \"S1\", name: \"A\", power: 9),\n        (id: \"S1\", name: \" \"),\n    ],";
    let bad = text.replacen("stakeholders: [],", people, 1);
    assert_ne!(bad, text, "the template has an empty stakeholder list: {text}");
    s.write("bad.ron", bad);
    let english = s.cvc(&["validate", "ok.ron", "bad.ron"]);
    assert_eq!(english.code, 1);
    assert!(english.stdout.contains("ok.ron: ok\n"), "{}", english.stdout);
    assert!(english.stdout.contains(": id \"S1\" is used twice"), "{}", english.stdout);
    assert!(english.stdout.contains(": stakeholder S1 needs a name"), "{}", english.stdout);
    assert!(english.stdout.contains(": power must be from 1 to 5, found 9"), "{}", english.stdout);
    let german = s.cvc(&["--lang", "de", "validate", "ok.ron", "bad.ron"]);
    assert_eq!(german.code, 1);
    for said in [
        "ok.ron: in Ordnung\n",
        ": ID „S1“ wird doppelt verwendet",
        ": Stakeholder S1 braucht: Name",
        ": „Einfluss“ muss zwischen 1 und 5 liegen, gefunden 9",
    ] {
        assert!(german.stdout.contains(said), "{said}: {}", german.stdout);
    }
    let french = s.cvc(&["--lang", "fr", "validate", "bad.ron"]);
    assert!(
        french.stdout.contains(&format!(": l'identifiant «{NB}S1{NB}» est utilisé deux fois")),
        "{}",
        french.stdout
    );
    assert!(french.stdout.contains(": la partie prenante S1 n'a pas de nom"), "{}", french.stdout);
}

/// The calendar's text lines, unfolded (a continuation line starts with a space).
fn unfolded(ics: &str) -> String {
    ics.replace("\r\n ", "")
}

#[test]
fn the_calendar_speaks_the_chosen_language_and_json_accepts_lang_unchanged() {
    // `export --format ics --lang fr` and `--format json --lang de` were refused ("written in English").
    let s = Sandbox::new();
    let acme = crate::common::shipped("acme-2026-11");
    let f = acme.to_str().unwrap();
    let english = unfolded(&s.cvc(&["export", f, "--format", "ics"]).stdout);
    assert!(english.contains("SUMMARY:Due: A") && english.contains("DESCRIPTION:A"), "{english}");
    assert!(english.contains("\\nOwner: ") && english.contains("\\nCanvas: "), "{english}");
    let run = s.cvc(&["export", f, "--format", "ics", "--lang", "fr"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let french = unfolded(&run.stdout);
    assert!(french.contains(&format!("SUMMARY:Échéance{NB}: A")), "{french}");
    assert!(french.contains(&format!("\\nResponsable{NB}: ")), "{french}");
    assert!(french.contains(&format!("SUMMARY:Atelier de suivi{NB}: ")), "{french}");
    for english_word in ["Due:", "Owner:", "Indicator:", "Progress:", "Revisit:", "revision "] {
        assert!(!french.contains(english_word), "{english_word} left in:\n{french}");
    }
    let german = unfolded(&s.cvc(&["export", f, "--format", "ics", "--lang", "de"]).stdout);
    assert!(german.contains("SUMMARY:Überprüfung: A") || german.contains("SUMMARY:Fällig: A"), "{german}");
    assert!(german.contains("Kennzahl: ") && german.contains("Version "), "{german}");
    // The dates, UIDs and properties stay the format's.
    let uids = |ics: &str| {
        ics.lines()
            .filter(|l| l.starts_with("UID:") || l.starts_with("DTSTART"))
            .map(String::from)
            .collect::<Vec<_>>()
    };
    assert_eq!(uids(&french), uids(&english));
    let reviews = unfolded(&s.cvc(&["reviews", f, "--format", "ics", "--lang", "de"]).stdout);
    assert!(reviews.contains("cvc: Überprüfungen und Termine"), "{reviews}");
    let json = s.cvc(&["export", f, "--format", "json"]);
    let json_de = s.cvc(&["export", f, "--format", "json", "--lang", "de"]);
    assert_eq!(json_de.code, 0, "{}", json_de.stderr);
    assert_eq!(json_de.stdout, json.stdout, "JSON keeps the format's keys and values");
}

/// The texts of an HTML page's pictures (`<text …>words</text>`).
fn svg_texts(page: &str) -> Vec<String> {
    page.split("<text")
        .skip(1)
        .filter_map(|t| Some(t.split_once('>')?.1.split_once("</text>")?.0.to_string()))
        .collect()
}

#[test]
fn the_reports_axes_write_months_and_days_the_languages_way() {
    // The waves' months and the trends' days were `2026-05` and `2027-02-01` under --lang fr and de.
    let s = Sandbox::new();
    let files: Vec<String> = ["acme-2026-05", "acme-2026-11", "acme-2027-05"]
        .iter()
        .map(|n| crate::common::shipped(n).to_str().unwrap().to_string())
        .collect();
    let texts = |lang: &str| {
        let mut args = vec!["report", "--format", "html", "--as-of", "2027-06-15", "--lang", lang];
        args.extend(files.iter().map(String::as_str));
        let run = s.cvc(&args);
        assert_eq!(run.code, 0, "{}", run.stderr);
        svg_texts(&run.stdout)
    };
    let iso =
        |t: &String| t.len() >= 7 && t.as_bytes()[4] == b'-' && t[..4].bytes().all(|b| b.is_ascii_digit());
    let english = texts("en");
    assert!(
        english.iter().any(|t| t == "2026-05") && english.iter().any(|t| t == "2027-02-01"),
        "{english:?}"
    );
    let french = texts("fr");
    assert!(!french.iter().any(iso), "{french:?}");
    for axis in [format!("mai{NB}2026"), format!("1er{NB}févr.{NB}2027")] {
        assert!(french.contains(&axis), "{axis}: {french:?}");
    }
    let german = texts("de");
    assert!(!german.iter().any(iso), "{german:?}");
    for axis in [format!("Mai{NB}2026"), format!("1.{NB}Feb.{NB}2027")] {
        assert!(german.contains(&axis), "{axis}: {german:?}");
    }
}

#[test]
fn the_day_flags_take_the_languages_words_and_say_why_not_in_it() {
    let s = Sandbox::new();
    let acme = crate::common::shipped("acme-2026-11");
    let f = acme.to_str().unwrap();
    let run = s.cvc(&["--lang", "fr", "reviews", f, "--until", "+2s"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = s.cvc(&["--lang", "de", "report", f, "--as-of", "morgen"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let bad = s.cvc(&["--lang", "de", "export", f, "--as-of", "irgendwann"]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("--as-of: Datum als TT.MM.JJJJ oder JJJJ-MM-TT erwartet"), "{}", bad.stderr);
    // A day written the language's way, in numbers.
    let run = s.cvc(&["--lang", "de", "report", f, "--as-of", "31.12.2026"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = s.cvc(&["--lang", "fr", "reviews", f, "--until", "31/12/2026"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let guess = s.cvc(&["reviews", f, "--until", "12/31/2026"]);
    assert_eq!(guess.code, 2);
    assert!(guess.stderr.contains("could be day/month or month/day"), "{}", guess.stderr);
    let english = s.cvc(&["export", f, "--as-of", "sometime"]);
    assert!(english.stderr.contains("--as-of: expected a date as YYYY-MM-DD"), "{}", english.stderr);
    // A file that does not load is named in the language as it is passed over.
    s.write("bad.ron", "zzz");
    let skipped = s.cvc(&["--lang", "fr", "history", f, "bad.ron"]);
    assert!(skipped.stderr.contains(&format!("ignoré{NB}: bad.ron")), "{}", skipped.stderr);
}

#[test]
fn usage_errors_are_said_in_the_chosen_language() {
    let s = Sandbox::new();
    let acme = crate::common::shipped("acme-2026-11");
    let f = acme.to_str().unwrap();
    let cases = [
        (vec!["--lang", "fr", "new", "x.ron", "--template", "nope"], "aucun modèle nommé «\u{a0}nope\u{a0}»"),
        (
            vec!["--lang", "de", "export", f, "--no-diagrams", "--format", "csv"],
            "--no-diagrams lässt die Grafiken im Plan weg",
        ),
        (vec!["--lang", "de", "diff", f, f, f], "cvc diff erwartet ALT NEU"),
        (vec!["--lang", "fr", "history", f, "--id", "nope"], "aucun canevas d'identifiant"),
    ];
    for (args, said) in cases {
        let run = s.cvc(&args);
        assert_eq!(run.code, 2, "{args:?}");
        assert!(run.stderr.contains(said), "{args:?}: {}", run.stderr);
    }
    let english = s.cvc(&["export", f, "--no-diagrams", "--format", "csv"]);
    assert!(
        english.stderr.contains("--no-diagrams leaves the pictures out of the plan"),
        "{}",
        english.stderr
    );
}

#[test]
fn the_themes_list_speaks_the_chosen_language() {
    let s = Sandbox::new();
    let en = s.cvc(&["themes"]).stdout;
    assert!(en.contains("dark  (built in)") && en.contains("your themes go in "), "{en}");
    let fr = s.cvc(&["--lang", "fr", "themes"]).stdout;
    assert!(fr.contains("dark  (intégré)") && fr.contains("vos thèmes vont dans "), "{fr}");
    let de = s.cvc(&["--lang", "de", "themes"]).stdout;
    assert!(de.contains("dark  (eingebaut)") && de.contains("Ihre Themes gehören in "), "{de}");
}

#[test]
fn a_csv_a_french_or_german_excel_resaved_with_day_first_dates_imports_back() {
    let s = Sandbox::new();
    let acme = crate::common::shipped("acme-2026-11");
    let canvas = s.path("acme.ron");
    std::fs::copy(acme, &canvas).unwrap();
    let f = canvas.to_str().unwrap();
    s.write("fr.csv", "titre;échéance\nRelancer le support;31/12/2026\n");
    let run = s.cvc(&["--lang", "fr", "import", f, "--section", "actions", "--from", "csv", "fr.csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(std::fs::read_to_string(&canvas).unwrap().contains("due: \"2026-12-31\""));
    s.write("us.csv", "title,due\nCall,12/31/2026\n");
    let run = s.cvc(&["import", f, "--section", "actions", "--from", "csv", "us.csv"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("\"12/31/2026\" could be day/month or month/day"), "{}", run.stderr);
}

#[test]
fn a_mistyped_command_line_is_told_in_the_chosen_language() {
    let s = Sandbox::new();
    let en = s.cvc(&["export", "x.ron", "--format", "pdf"]);
    assert_eq!(en.code, 2);
    assert!(en.stderr.starts_with("error: invalid value 'pdf' for '--format <FORMAT>'"), "{}", en.stderr);
    let fr = s.cvc(&["--lang", "fr", "export"]);
    assert_eq!(fr.code, 2);
    assert!(
        fr.stderr.starts_with(&format!("erreur{NB}: arguments obligatoires manquants{NB}: <FILE>")),
        "{}",
        fr.stderr
    );
    assert!(fr.stderr.contains(&format!("Utilisation{NB}: cvc export <FILE>")), "{}", fr.stderr);
    let de = s.cvc(&["export", "x.ron", "--format", "pdf", "--lang=de"]);
    assert!(de.stderr.starts_with("Fehler: ungültiger Wert „pdf“ für „--format <FORMAT>“"), "{}", de.stderr);
    assert!(de.stderr.contains("mögliche Werte: markdown, html"), "{}", de.stderr);
    // A close match is offered, as clap offers it in English; a language whatever its case.
    let typo = s.cvc(&["--lang", "FR", "export", "x.ron", "--formt", "html"]);
    assert!(
        typo.stderr.contains(&format!("astuce{NB}: un argument proche existe{NB}: «{NB}--format{NB}»")),
        "{}",
        typo.stderr
    );
    // The config's language speaks when no flag does.
    std::fs::create_dir_all(s.path("config")).unwrap();
    s.write("config/config.ron", "Config(language: \"de\")");
    let run = s.cvc(&["diff", "a.ron"]);
    assert!(run.stderr.starts_with("Fehler: „<OLD> <NEW>...“ verlangt 2 Werte"), "{}", run.stderr);
    assert!(!run.stderr.contains("error") && !run.stderr.contains("Usage"), "{}", run.stderr);
    let lang = s.cvc(&["--lang", "es", "list"]);
    assert!(lang.stderr.contains("„es“ für „--lang <LANG>“ (mögliche Werte: en, fr, de)"), "{}", lang.stderr);
}

#[test]
fn two_copies_of_one_revision_are_said_in_the_chosen_language() {
    let s = Sandbox::new();
    let text = std::fs::read_to_string("canvases/acme-2026-11.ron").unwrap();
    std::fs::create_dir_all(s.path("p")).unwrap();
    s.write("p/a.ron", &text);
    s.write("p/b.ron", &text);
    let fr = s.cvc(&["--lang", "fr", "reviews", "p"]);
    let said = format!("sont tous deux la révision 2 du canevas a3c9e1f4 (une copie en conflit{NB}?){NB}; ");
    assert!(fr.stderr.contains(&said) && fr.stderr.contains("est retenu"), "{}", fr.stderr);
    let de = s.cvc(&["--lang", "de", "history", "p/a.ron", "p/b.ron"]);
    assert!(de.stderr.contains("sind beide Version 2 (eine Kopie mit Konflikt?)"), "{}", de.stderr);
    assert!(!de.stderr.contains("warning"), "{}", de.stderr);
}

#[test]
fn a_theme_that_is_not_used_is_said_in_the_configs_language() {
    let s = Sandbox::new();
    std::fs::create_dir_all(s.path("config")).unwrap();
    s.write("config/config.ron", "Config(language: \"de\")");
    let run = s.cvc(&["--theme", "zz", "list", "."]);
    assert!(run.stderr.starts_with("Warnung: kein Theme heißt „zz“ (vorhanden: dark,"), "{}", run.stderr);
    let en = s.cvc(&["--lang", "en", "--theme", "zz", "list", "."]);
    assert!(en.stderr.starts_with("warning: no theme named \"zz\" (there are: dark,"), "{}", en.stderr);
}
