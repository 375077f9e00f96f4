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
    assert!(text.contains("title: \"Einstieg und Rahmen\""), "the template's agenda in German: {text}");
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
    assert!(wrong.stderr.contains("expected en, fr or de"), "{}", wrong.stderr);
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
