//! Which language cvc speaks (DESIGN.md §13, issue 24): `--lang` anywhere on the line, the
//! config's `language`, then the locale; a new canvas records it, a canvas's reports speak its
//! own unless `--lang` says otherwise, and files stay language-neutral.

use std::process::Command;

use crate::common::{Sandbox, TODAY};

/// `cvc new` in the sandbox with the locale variables given (and no others).
fn new_with_locale(s: &Sandbox, name: &str, locale: &[(&str, &str)], args: &[&str]) -> cvc::model::Canvas {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cvc"));
    cmd.args(["new", name]).args(args).current_dir(s.dir.path());
    cmd.env("CVC_DATA_DIR", s.path("data")).env("CVC_CONFIG_DIR", s.path("config")).env("CVC_TODAY", TODAY);
    cmd.env_remove("LC_ALL").env_remove("LC_MESSAGES").env_remove("LANG");
    for (k, v) in locale {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    cvc::store::load(&s.path(name)).unwrap()
}

#[test]
fn a_new_canvas_records_the_flag_then_the_config_then_the_locale() {
    use cvc::model::Language::*;
    let s = Sandbox::new();
    assert_eq!(new_with_locale(&s, "plain.ron", &[], &[]).language, En);
    assert_eq!(new_with_locale(&s, "c.ron", &[("LANG", "C.UTF-8")], &[]).language, En);
    assert_eq!(new_with_locale(&s, "lang.ron", &[("LANG", "de_DE.UTF-8")], &[]).language, De);
    let both = [("LANG", "de_DE.UTF-8"), ("LC_ALL", "fr_FR.UTF-8")];
    assert_eq!(new_with_locale(&s, "all.ron", &both, &[]).language, Fr, "LC_ALL before LANG");
    assert_eq!(new_with_locale(&s, "flag.ron", &both, &["--lang", "en"]).language, En);
    std::fs::create_dir_all(s.path("config")).unwrap();
    s.write("config/config.ron", "Config(language: \"fr\")");
    assert_eq!(new_with_locale(&s, "config.ron", &[("LANG", "de_DE.UTF-8")], &[]).language, Fr);
    assert_eq!(new_with_locale(&s, "over.ron", &[], &["--lang", "de"]).language, De);
    let text = std::fs::read_to_string(s.path("over.ron")).unwrap();
    assert!(text.contains("language: \"de\""), "the file names the language by its code");
    assert!(text.contains("kind: Open,"), "and keeps the enum names: {text}");
    assert!(
        text.contains("title: \"Einstieg und Rahmensetzung\""),
        "the template's agenda in German: {text}"
    );
}

#[test]
fn lang_goes_anywhere_on_the_line_and_a_wrong_one_is_refused_with_the_three_choices() {
    let s = Sandbox::new();
    let file = s.write("plan.ron", crate::common::design_example());
    let f = file.to_str().unwrap();
    let after = s.cvc(&["export", f, "--format", "csv", "--lang", "fr"]);
    let before = s.cvc(&["--lang", "fr", "export", f, "--format", "csv"]);
    assert_eq!(after.code, 0, "{}", after.stderr);
    assert_eq!(after.stdout, before.stdout);
    assert!(after.stdout.starts_with("\u{feff}identifiant du canevas;"), "{}", after.stdout);
    let wrong = s.cvc(&["--lang", "es", "export", f, "--format", "csv"]);
    assert_eq!(wrong.code, 2);
    assert!(wrong.stderr.contains("[possible values: en, fr, de]"), "{}", wrong.stderr);
    // Whatever its case: `FR` is French.
    let upper = s.cvc(&["--lang", "FR", "export", f, "--format", "csv"]);
    assert_eq!(upper.stdout, before.stdout, "{}", upper.stderr);
}

#[test]
fn a_canvas_speaks_its_own_language_in_its_reports_unless_lang_says_otherwise() {
    let s = Sandbox::new();
    let french = crate::common::design_example().replace("language: \"en\"", "language: \"fr\"");
    assert!(french.contains("language: \"fr\""));
    let file = s.write("plan.ron", french);
    let f = file.to_str().unwrap();
    std::fs::create_dir_all(s.path("config")).unwrap();
    s.write("config/config.ron", "Config(language: \"de\")");
    let own = s.cvc(&["export", f, "--format", "csv"]);
    assert!(own.stdout.starts_with("\u{feff}identifiant du canevas;"), "the canvas's, not the config's");
    let english = s.cvc(&["export", f, "--format", "csv", "--lang", "en"]);
    assert!(english.stdout.starts_with("canvas_id,organisation,"), "{}", english.stdout);
}

/// Every heading of a Markdown page with its level, as a reader's tool parses it.
fn headings(md: &str) -> Vec<(u8, String)> {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let mut out: Vec<(u8, String)> = Vec::new();
    let mut current: Option<(u8, String)> = None;
    for event in Parser::new_ext(md, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => current = Some((level as u8, String::new())),
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, text)) = current.as_mut() {
                    text.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => out.extend(current.take()),
            _ => {}
        }
    }
    out
}

/// The plan of a shipped canvas in `lang`, as `cvc export` writes it.
fn plan(s: &Sandbox, lang: &str, format: &str) -> String {
    let file = crate::common::shipped("acme-2026-11");
    let run = s.cvc(&["export", file.to_str().unwrap(), "--lang", lang, "--format", format]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stdout
}

#[test]
fn the_french_and_german_plans_translate_every_heading_and_write_dates_their_way() {
    let s = Sandbox::new();
    let english = headings(&plan(&s, "en", "markdown"));
    let canvas = cvc::store::load(&crate::common::shipped("acme-2026-11")).unwrap();
    // Names the canvas gives (its title, its indicators) are its own text, in any language.
    let own =
        |h: &str| h == canvas.title || canvas.actions.iter().any(|a| h.starts_with(&format!("{} ", a.id)));
    // A term of the glossary that the language writes as English does (Protection, neutral).
    let same_word = |lang, h: &str| {
        cvc::i18n::glossary().iter().any(|t| cvc::i18n::Tr::new(lang).get(t.key) == h && t.english == h)
    };
    for (code, lang, legend) in [
        ("fr", cvc::model::Language::Fr, "Lexique de la méthode"),
        ("de", cvc::model::Language::De, "Begriffe der Methode"),
    ] {
        let md = plan(&s, code, "markdown");
        let found = headings(&md);
        assert_eq!(found.last().map(|h| h.1.as_str()), Some(legend), "{code}: the legend comes last");
        assert_eq!(found.len(), english.len() + 1, "{code}: the same headings, and the legend: {found:?}");
        for ((level, theirs), (en_level, ours)) in found.iter().zip(&english) {
            assert_eq!(level, en_level, "{code}: {theirs:?} for {ours:?}");
            if own(ours) {
                continue;
            }
            assert!(theirs != ours || same_word(lang, theirs), "{code}: {ours:?} is left in English");
        }
        for (term, english) in [("Connect", "Connect"), ("Velocity", "Velocity"), ("champion", "champion")] {
            assert!(md.contains(&format!(" | {english} |")), "{code}: Terry's {term} beside its translation");
        }
    }
    let fr = plan(&s, "fr", "markdown");
    assert!(fr.contains("**Date\u{a0}:** 18\u{a0}novembre\u{a0}2026"), "{}", &fr[..600]);
    assert!(fr.contains("1er\u{a0}"), "the first of a month in French");
    let de = plan(&s, "de", "markdown");
    assert!(de.contains("**Datum:** 18\\.\u{a0}November\u{a0}2026"), "{}", &de[..600]);
    // The loop cards' time lines are drawings with the file's dates at their ends; every sentence,
    // the warnings' too, writes dates the language's way.
    let sentences = |page: &str| -> String {
        let mut out = String::new();
        let mut drawing = false;
        for line in page.lines() {
            if line.starts_with("```") {
                drawing = !drawing;
            } else if !drawing {
                out.push_str(line);
                out.push('\n');
            }
        }
        out
    };
    for page in [&fr, &de] {
        let text = sentences(page);
        assert!(!text.contains("2026-") && !text.contains("2027-"), "a file date left: {text}");
    }
    assert!(
        fr.contains("**Prochaine revue\u{a0}:**") && de.contains("**Nächste Überprüfung:**"),
        "the loop cards too"
    );
    // The warnings, in the summary, the weak points and their list: sentences of the language,
    // around the names and titles people typed.
    for (page, code, heading, quote) in
        [(&fr, "fr", "## Alertes", "«\u{a0}"), (&de, "de", "## Hinweise", "„")]
    {
        let list = page.split(heading).nth(1).and_then(|rest| rest.split("\n## ").next()).unwrap();
        let items: Vec<&str> = list.lines().filter(|l| l.starts_with("- ")).collect();
        assert!(items.len() > 10, "{code}: {list}");
        for item in &items {
            for english in [" has ", " was due", " is ", " no ", " loop ", " the network", " still "] {
                assert!(!item.contains(english), "{code}: {english:?} left in {item:?}");
            }
        }
        assert!(items.iter().any(|i| i.starts_with(&format!("- A2 {quote}"))), "{code}: {items:?}");
    }
    assert!(fr.contains("- Si le groupe Field engineers se retire, "), "the weak points too");
    assert!(de.contains(": keine laufende Arbeit in der Phase "), "the worst warning: {}", &de[..2000]);
    assert!(fr.contains("; la plus grave\u{a0}: aucun travail en cours dans la phase Résoudre"));
    let en = plan(&s, "en", "markdown");
    assert!(en.contains("**Date:** 2026-11-18") && !en.contains("Lexique"), "English as before");
}

#[test]
fn the_french_html_page_says_its_language_and_its_headings_are_french() {
    let s = Sandbox::new();
    let page = plan(&s, "fr", "html");
    assert!(page.contains("<html lang=\"fr\">"), "a browser hyphenates and reads it in French");
    let doc = scraper::Html::parse_document(&page);
    let h2 = scraper::Selector::parse("h2").unwrap();
    let titles: Vec<String> = doc.select(&h2).map(|e| e.text().collect()).collect();
    assert!(
        titles.iter().any(|t| t == "Synthèse") && titles.iter().any(|t| t == "Qui fait quoi"),
        "{titles:?}"
    );
    assert!(!titles.iter().any(|t| t == "Summary" || t == "Warnings"), "{titles:?}");
    // A printed date never breaks between its day, month and year: no-break spaces join them.
    assert!(
        page.contains("18\u{a0}novembre\u{a0}2026") && !page.contains("18 novembre"),
        "a date kept whole"
    );
    assert!(plan(&s, "en", "html").contains("<html lang=\"en\">"));
}

#[test]
fn the_history_text_names_its_months_the_languages_way() {
    let s = Sandbox::new();
    let files: Vec<String> = ["acme-2026-05", "acme-2026-11", "acme-2027-05"]
        .iter()
        .map(|name| crate::common::shipped(name).to_str().unwrap().to_string())
        .collect();
    let run = |lang: &str| {
        let mut args = vec!["history"];
        args.extend(files.iter().map(String::as_str));
        args.extend(["--lang", lang]);
        s.cvc(&args).stdout
    };
    assert!(run("en").contains("month by month, 2026-05 to 2027-05"), "{}", run("en"));
    assert!(run("fr").contains("de mai\u{a0}2026 à mai\u{a0}2027"), "{}", run("fr"));
    assert!(run("de").contains("Monat für Monat, Mai\u{a0}2026 bis Mai\u{a0}2027"), "{}", run("de"));
}

#[test]
fn every_report_speaks_the_language_asked_for_and_says_nothing_about_it() {
    let s = Sandbox::new();
    let file = s.write("plan.ron", crate::common::design_example());
    let f = file.to_str().unwrap();
    let run = s.cvc(&["reviews", f, "--lang", "de"]);
    assert!(run.stderr.is_empty() && run.stdout.starts_with("Stand "), "{}{}", run.stderr, run.stdout);
    assert!(s.cvc(&["reviews", f, "--lang", "en"]).stdout.starts_with("As of "));
    // cvc history speaks the language asked for, in text as in HTML.
    let text = s.cvc(&["history", f, "--lang", "fr"]);
    assert!(text.stderr.is_empty() && text.stdout.starts_with("Historique\u{a0}: "), "{}", text.stdout);
    // The history's HTML page is translated (it is the report's part over time): no warning.
    let page = s.cvc(&["history", f, "--format", "html", "--lang", "de"]);
    assert!(page.stderr.is_empty() && page.stdout.contains("<html lang=\"de\">"), "{}", page.stderr);
    assert!(page.stdout.contains("<h1>Verlauf: "), "{}", page.stdout);
    // cvc diff speaks the language asked for, and says nothing about it.
    let diff = s.cvc(&["diff", f, f, "--lang", "de"]);
    assert_eq!(diff.code, 0, "{}", diff.stderr);
    assert!(diff.stderr.is_empty() && diff.stdout.contains("Keine Änderungen."), "{}", diff.stdout);
}

/// English words of the pictures that a French or German reader must not meet in them.
const PICTURE_ENGLISH: [&str; 22] = [
    "interest",
    "power",
    "Manage closely",
    "Keep satisfied",
    "Keep informed",
    "Monitor",
    "tasks and actions",
    "ongoing tasks",
    "minutes planned",
    "minutes spent",
    "target",
    "baseline",
    "hours",
    "Lines:",
    "Bars:",
    "Line:",
    "more (see",
    "champion,",
    "supporter",
    "blocker",
    "its unit",
    "By id",
];

#[test]
fn the_pictures_speak_the_plans_language_inside_in_svg_and_mermaid() {
    let s = Sandbox::new();
    for lang in ["fr", "de"] {
        // Markdown: the Mermaid axes, quadrants and categories, and each picture's legend.
        let md = plan(&s, lang, "markdown");
        let mut words = String::new();
        let mut drawing = false;
        for line in md.lines() {
            if line.starts_with("```") {
                drawing = line == "```mermaid";
            } else {
                let drawn = drawing && (line.contains("-axis") || line.trim_start().starts_with("quadrant-"));
                let legend = !drawing && line.starts_with('*') && line.ends_with('*');
                if drawn || legend {
                    words.push_str(line);
                    words.push('\n');
                }
            }
        }
        assert!(words.contains("quadrant-1 \""), "{lang}: the grid is drawn: {md}");
        for english in PICTURE_ENGLISH {
            assert!(!words.contains(english), "{lang}: {english:?} left in English in\n{words}");
        }
        // HTML: every word drawn in an SVG and every caption.
        let page = plan(&s, lang, "html");
        let doc = scraper::Html::parse_document(&page);
        let drawn = scraper::Selector::parse("svg text, svg title, figcaption").unwrap();
        let texts: Vec<String> = doc.select(&drawn).map(|e| e.text().collect()).collect();
        assert!(texts.len() > 50, "{lang}: {texts:?}");
        let canvas = cvc::store::load(&crate::common::shipped("acme-2026-11")).unwrap();
        let typed = |t: &str| {
            canvas.agenda.iter().any(|b| t.contains(b.title.trim()))
                || canvas.actions.iter().any(|a| a.indicator().is_some_and(|i| t.contains(i.name.trim())))
        };
        for t in texts.iter().filter(|t| !typed(t)) {
            for english in PICTURE_ENGLISH {
                assert!(!t.contains(english), "{lang}: {english:?} left in English in {t:?}");
            }
        }
    }
    let fr = plan(&s, "fr", "markdown");
    assert!(fr.contains("    x-axis \"Intérêt faible\" --> \"Intérêt fort\"\n"), "quoted as before");
    assert!(fr.contains("    quadrant-1 \"Gérer de près\"\n"));
    let de = plan(&s, "de", "html");
    assert!(de.contains(">Eng einbinden</text>") && de.contains(">Einfluss 3</text>"), "the SVG grid");
}

#[test]
fn the_german_report_is_german_in_every_heading_and_a_french_canvas_reports_in_french() {
    let s = Sandbox::new();
    let files: Vec<String> = ["acme-2026-05", "acme-2026-11", "acme-2027-05"]
        .iter()
        .map(|n| crate::common::shipped(n).to_str().unwrap().to_string())
        .collect();
    let run = |extra: &[&str]| {
        let mut args = vec!["report"];
        args.extend(files.iter().map(String::as_str));
        args.extend(["--as-of", "2027-06-15"]);
        args.extend(extra);
        let out = s.cvc(&args);
        assert_eq!(out.code, 0, "{}", out.stderr);
        out
    };
    let english = headings(&run(&[]).stdout);
    let german = run(&["--lang", "de"]);
    assert!(german.stderr.is_empty(), "no 'English for now' warning: {}", german.stderr);
    let found = headings(&german.stdout);
    assert_eq!(found.len(), english.len(), "{found:?}");
    let canvas = cvc::store::load(&crate::common::shipped("acme-2027-05")).unwrap();
    let own = |h: &str| canvas.actions.iter().any(|a| h.starts_with(&format!("{} ", a.id)));
    for ((level, theirs), (en_level, ours)) in found.iter().zip(&english) {
        assert_eq!(level, en_level, "{theirs:?} for {ours:?}");
        if !own(ours) {
            assert_ne!(theirs, ours, "{ours:?} is left in English");
        }
    }
    let names: Vec<&str> = found.iter().map(|h| h.1.as_str()).collect();
    for heading in
        ["Was erreicht wurde", "Regelkreis-Karten", "Schwachstellen des Netzwerks", "Was fällig ist"]
    {
        assert!(names.contains(&heading), "{heading}: {names:?}");
    }
    assert!(german.stdout.contains("Version 3 (19.\u{a0}Mai\u{a0}2027)"), "dates the German way");
    assert!(german.stdout.contains("| 15\\.\u{a0}Juni\u{a0}2027 | Überprüfung |"), "{}", german.stdout);
    // The signals of change, as well as the report's own sentences.
    for english in
        ["left the canvas", "moved from", "reconnected", "evidence:", "loop closed in", "they owned"]
    {
        assert!(!german.stdout.contains(english), "{english:?} left in English");
    }
    assert!(
        german
            .stdout
            .contains("Sam Lee (aus dem Teilnehmerkreis) ist ausgeschieden; war verantwortlich für A1 „")
    );
    // Plurals from Fluent: one revision, then several.
    let one = s.cvc(&["report", &files[0], "--as-of", "2027-06-15", "--lang", "de"]);
    assert!(one.stdout.contains("— 1 Version, die neueste ist Version 1"), "{}", one.stdout);
    assert!(german.stdout.contains("— 3 Versionen, die neueste ist"), "{}", german.stdout);
    // A French canvas's report speaks French without --lang; HTML says so to the browser.
    let french = crate::common::design_example().replace("language: \"en\"", "language: \"fr\"");
    let file = s.write("plan.ron", french);
    let page = s.cvc(&["report", file.to_str().unwrap(), "--format", "html", "--as-of", "2027-06-15"]);
    assert!(page.stdout.contains("<html lang=\"fr\">"), "{}", &page.stdout[..300]);
    assert!(page.stdout.contains("Rapport de suivi\u{a0}: "), "{}", &page.stdout[..2000]);
}

#[test]
fn the_commands_own_messages_speak_the_chosen_language() {
    // `cvc --lang fr new`, `export -o` said "created … 120-minute agenda", "wrote …" and
    // "already exists; add --force" in English.
    let s = Sandbox::new();
    let made = s.cvc(&["--lang", "fr", "new", "plan.ron"]);
    assert!(
        made.stdout.contains("créé à partir du modèle blank") && made.stdout.contains("120\u{a0}minutes"),
        "{}",
        made.stdout
    );
    let wrote = s.cvc(&["--lang", "de", "export", "plan.ron", "-o", "plan.md"]);
    assert_eq!(wrote.code, 0, "{}", wrote.stderr);
    assert!(wrote.stderr.contains("plan.md geschrieben"), "{}", wrote.stderr);
    let again = s.cvc(&["--lang", "de", "export", "plan.ron", "-o", "plan.md"]);
    assert!(again.stderr.contains("existiert bereits; mit --force überschreiben"), "{}", again.stderr);
    let english = s.cvc(&["--lang", "en", "export", "plan.ron", "-o", "plan.md", "--force"]);
    assert!(english.stderr.contains("wrote plan.md"), "{}", english.stderr);
}

#[test]
fn list_speaks_the_chosen_language() {
    let s = Sandbox::new();
    assert_eq!(s.cvc(&["new", "plan.ron"]).code, 0);
    let german = s.cvc(&["--lang", "de", "list", "."]);
    assert!(german.stdout.starts_with("DATEI "), "{}", german.stdout);
    assert!(german.stdout.contains("VERS."), "{}", german.stdout);
    let english = s.cvc(&["--lang", "en", "list", "."]);
    assert!(english.stdout.starts_with("FILE "), "{}", english.stdout);
}
