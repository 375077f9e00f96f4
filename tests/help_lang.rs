//! `cvc --help`, `cvc help` and each command's help in the screens' language (issue 24): French
//! and German leave no English sentence behind, and English stays as it was.

use std::process::Command;

use crate::common::{Run, Sandbox};

const NB: char = '\u{a0}';

/// Runs `cvc` in the sandbox with the locale `lang` (`LANG`), no `--lang` needed.
fn cvc_in_locale(s: &Sandbox, lang: &str, args: &[&str]) -> Run {
    cvc_at(s, lang, 400, args)
}

/// Runs `cvc` in the sandbox with the locale `lang`, its help wrapped at `columns`.
fn cvc_at(s: &Sandbox, lang: &str, columns: usize, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_cvc"))
        .args(args)
        .current_dir(s.path(""))
        .env("CVC_DATA_DIR", s.path("data"))
        .env("CVC_CONFIG_DIR", s.path("config"))
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang)
        .env("COLUMNS", columns.to_string())
        .output()
        .unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The sentences of an English help page: each line's last column (the text after the flags'
/// column), leaving out the flags and usage lines (their placeholders stay as they are).
fn sentences(help: &str) -> Vec<String> {
    help.lines()
        .filter_map(|line| line.split("  ").map(str::trim).filter(|part| !part.is_empty()).last())
        .filter(|text| text.contains(' ') && !text.contains('<'))
        .filter(|text| !text.starts_with('-') || text.starts_with("- "))
        .map(String::from)
        .collect()
}

/// Asserts `said` (help in another language) keeps none of `english`'s sentences nor clap's
/// English words.
fn no_english_in(said: &str, english: &str) {
    let sentences = sentences(english);
    assert!(sentences.len() > 5, "{english}");
    for sentence in sentences {
        assert!(!said.contains(&sentence), "{sentence:?} left in:\n{said}");
    }
    for word in ["Usage:", "Commands:", "Arguments:", "Options:", "Possible values", "[default:", "Print "] {
        assert!(!said.contains(word), "{word:?} left in:\n{said}");
    }
}

#[test]
fn a_commands_help_speaks_french_under_lang_fr_with_no_english_doc_comment_left() {
    let s = Sandbox::new();
    let english = s.cvc(&["export", "--help"]);
    assert_eq!(english.code, 0);
    assert!(
        english.stdout.contains("The canvas to export") && english.stdout.contains("[default: markdown]")
    );
    let run = s.cvc(&["--lang", "fr", "export", "--help"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let fr = &run.stdout;
    for said in [
        format!("Utilisation{NB}: cvc export [OPTIONS] <FILE>"),
        format!("Arguments{NB}:\n  <FILE>\n          Le canevas à exporter"),
        format!("Options{NB}:\n      --format <FORMAT>\n          Format de sortie"),
        format!("Valeurs possibles{NB}:\n          - markdown{NB}: Le plan en page Markdown"),
        format!("- html    {NB}: Le plan en une seule page HTML"),
        format!("[par défaut{NB}: markdown]"),
        format!("Afficher l'aide (un résumé avec «{NB}-h{NB}»)"),
    ] {
        assert!(fr.contains(&said), "{said:?}:\n{fr}");
    }
    no_english_in(fr, &english.stdout);
    // `-h`, and the `help` command, say it in French too.
    let short = s.cvc(&["export", "-h", "--lang=fr"]).stdout;
    assert!(short.contains(&format!("[valeurs possibles{NB}: markdown, html, csv, ics, json]")), "{short}");
    no_english_in(&short, &s.cvc(&["export", "-h"]).stdout);
    let help = s.cvc(&["--lang", "fr", "help", "export"]).stdout;
    assert_eq!(&help, fr, "cvc help export is cvc export --help");
}

#[test]
fn the_programs_help_speaks_the_locales_german_and_the_configs_french() {
    let s = Sandbox::new();
    let english = s.cvc(&["--help"]).stdout;
    let run = cvc_in_locale(&s, "de_DE.UTF-8", &["--help"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let de = &run.stdout;
    for said in [
        "Aufruf: cvc [OPTIONS] [FILE] [COMMAND]",
        "Befehle:\n  new          Eine Canvas-Datei anlegen",
        "help         Diese Hilfe oder die Hilfe der angegebenen Befehle anzeigen",
        "Argumente:\n  [FILE]  Canvas-Datei",
        "Optionen:\n",
        "[Standard: 0]",
        "-h, --help             Hilfe anzeigen\n",
        "-V, --version          Version anzeigen\n",
    ] {
        assert!(de.contains(said), "{said:?}:\n{de}");
    }
    no_english_in(de, &english);
    assert_eq!(&cvc_in_locale(&s, "de_DE.UTF-8", &["help"]).stdout, de, "cvc help is cvc --help");
    // --lang wins over the locale, and the config's language over the locale.
    let en = cvc_in_locale(&s, "de_DE.UTF-8", &["--lang", "en", "--help"]).stdout;
    assert_eq!(en, english, "English is clap's text, as it always was");
    std::fs::create_dir_all(s.path("config")).unwrap();
    s.write("config/config.ron", "Config(language: \"fr\")");
    let fr = cvc_in_locale(&s, "de_DE.UTF-8", &["-h"]).stdout;
    assert!(fr.starts_with("Animer des ateliers Collaboration Value Canvas"), "{fr}");
    no_english_in(&fr, &s.cvc(&["--lang", "en", "-h"]).stdout);
}

#[test]
fn at_sixty_columns_every_help_wraps_between_words_in_each_language() {
    let s = Sandbox::new();
    let commands = ["new", "revisit", "export", "diff", "history", "report", "validate", "list", "reviews"];
    let more = ["themes", "import", "completions", "man"];
    for lang in ["en", "fr", "de"] {
        for command in commands.iter().chain(&more).map(|c| vec![*c]).chain([vec![]]) {
            let args: Vec<&str> = ["--lang", lang].into_iter().chain(command).chain(["--help"]).collect();
            let wide = cvc_at(&s, "C.UTF-8", 400, &args).stdout;
            let narrow = cvc_at(&s, "C.UTF-8", 60, &args).stdout;
            let words =
                |t: &str| t.split([' ', '\n']).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
            assert_eq!(words(&narrow), words(&wide), "{args:?}: the same words, none cut");
            // clap leaves the usage line whole (the first line that names the command's arguments).
            let usage = |line: &str| line.contains(" cvc ") && line.contains("[OPTIONS]");
            for line in narrow.lines().filter(|l| !usage(l)) {
                let long = line.chars().count() > 60;
                assert!(!long || !line.trim().contains(' '), "{args:?}: {line:?} is over 60 columns");
            }
        }
    }
}
