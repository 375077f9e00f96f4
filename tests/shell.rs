//! `cvc completions SHELL` and `cvc man`: generated from the clap definitions, so every command
//! is in them; the bash script is checked by bash itself and the man page by its sections (and
//! rendered by `man -l` where `man` is installed).

use crate::common;

use std::process::Command;

use common::Sandbox;

/// Every command of `cvc`, as the completions and the man page must name it.
const COMMANDS: [&str; 13] = [
    "new",
    "revisit",
    "export",
    "diff",
    "history",
    "report",
    "validate",
    "list",
    "reviews",
    "themes",
    "import",
    "completions",
    "man",
];

fn installed(program: &str) -> bool {
    Command::new(program).arg("--version").output().is_ok()
}

#[test]
fn every_shell_gets_a_script_that_names_every_command() {
    let s = Sandbox::new();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let run = s.cvc(&["completions", shell]);
        assert_eq!(run.code, 0, "{shell}: {}", run.stderr);
        for command in COMMANDS {
            assert!(run.stdout.contains(command), "{shell} completes no `{command}`");
        }
        s.write(&format!("cvc.{shell}"), &run.stdout);
    }
    assert_eq!(s.cvc(&["completions", "tcsh"]).code, 2, "an unknown shell is bad usage");
}

#[test]
fn the_bash_script_is_valid_bash_and_completes_commands_and_values() {
    let s = Sandbox::new();
    let script = s.write("cvc.bash", s.cvc(&["completions", "bash"]).stdout);
    let syntax = Command::new("bash").arg("-n").arg(&script).output().unwrap();
    assert!(syntax.status.success(), "{}", String::from_utf8_lossy(&syntax.stderr));
    let complete = |words: &str| {
        let probe = format!(
            "source {}; COMP_WORDS=({words}); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); \
             _cvc cvc \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"; echo \"${{COMPREPLY[@]}}\"",
            script.display()
        );
        let out = Command::new("bash").arg("-c").arg(probe).output().unwrap();
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    };
    assert_eq!(complete("cvc imp"), "import");
    assert_eq!(complete("cvc import plan.ron --section ''"), "stakeholders relationships tasks actions");
    assert!(complete("cvc export plan.ron --format ''").contains("json"));
    for (shell, check) in [("zsh", "-n"), ("fish", "--no-execute")] {
        if installed(shell) {
            let path = s.write(&format!("cvc.{shell}"), s.cvc(&["completions", shell]).stdout);
            let out = Command::new(shell).arg(check).arg(&path).output().unwrap();
            assert!(out.status.success(), "{shell}: {}", String::from_utf8_lossy(&out.stderr));
        }
    }
}

#[test]
fn the_man_page_has_its_sections_and_a_part_for_every_command() {
    let s = Sandbox::new();
    let run = s.cvc(&["man"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = run.stdout;
    assert!(page.contains(".TH cvc 1"), "{page}");
    let sections: Vec<&str> = page.lines().filter(|l| l.starts_with(".SH ")).collect();
    assert_eq!(
        sections,
        [
            ".SH NAME",
            ".SH SYNOPSIS",
            ".SH DESCRIPTION",
            ".SH OPTIONS",
            ".SH COMMANDS",
            ".SH \"EXIT STATUS\"",
            ".SH VERSION"
        ]
    );
    let parts: Vec<&str> = page.lines().filter(|l| l.starts_with(".SS ")).collect();
    let expected: Vec<String> = COMMANDS.iter().map(|c| format!(".SS \"cvc {c}\"")).collect();
    assert_eq!(parts, expected);
    assert!(page.contains("\\-\\-create\\-missing"), "the import options are described");

    if installed("man") {
        let path = s.write("cvc.1", &page);
        let out = Command::new("man")
            .arg("-l")
            .arg(&path)
            .env("MANWIDTH", "80")
            .env("MANPAGER", "cat")
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let shown = String::from_utf8_lossy(&out.stdout);
        for heading in ["NAME", "SYNOPSIS", "COMMANDS", "EXIT STATUS"] {
            assert!(shown.lines().any(|l| l == heading), "man shows no {heading}: {shown}");
        }
        assert!(shown.contains("cvc - run Collaboration Value Canvas workshops"), "{shown}");
    }
}

/// The lines of a man page that say something in words: text lines with a space, leaving out the
/// synopsis and option lines (flags and placeholders stay as they are in every language).
fn sentences(page: &str) -> Vec<&str> {
    let flags = |l: &str| l.starts_with("\\fB") || l.starts_with('[') || l.starts_with('<');
    page.lines().filter(|l| !l.starts_with('.') && l.contains(' ') && !flags(l)).collect()
}

#[test]
fn the_man_page_speaks_french_under_lang_fr_and_the_configs_german_with_no_english_left() {
    let s = Sandbox::new();
    let english = s.cvc(&["man"]).stdout;
    let parts =
        |page: &str| page.lines().filter(|l| l.starts_with(".SS ")).map(String::from).collect::<Vec<_>>();
    let headings =
        |page: &str| page.lines().filter(|l| l.starts_with(".SH ")).map(String::from).collect::<Vec<_>>();
    let fr = s.cvc(&["--lang", "fr", "man"]);
    assert_eq!(fr.code, 0, "{}", fr.stderr);
    std::fs::create_dir_all(s.path("config")).unwrap();
    s.write("config/config.ron", "Config(language: \"de\")");
    let de = s.cvc(&["man"]);
    assert_eq!(de.code, 0, "{}", de.stderr);
    assert_eq!(s.cvc(&["--lang", "en", "man"]).stdout, english, "--lang en keeps the English page");
    let expected = [
        (
            &fr.stdout,
            ["NOM", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDES", "\"CODE DE SORTIE\"", "VERSION"],
        ),
        (
            &de.stdout,
            [
                "BEZEICHNUNG",
                "\\[u00DC]BERSICHT",
                "BESCHREIBUNG",
                "OPTIONEN",
                "BEFEHLE",
                "EXIT\\-STATUS",
                "VERSION",
            ],
        ),
    ];
    for (page, want) in expected {
        assert_eq!(headings(page), want.map(|h| format!(".SH {h}")), "{page}");
        assert_eq!(parts(page), parts(&english), "a part for every command, named as in English");
        assert!(page.is_ascii(), "accents, « » and no-break spaces are written as groff's \\[uXXXX]");
        for sentence in sentences(&english) {
            assert!(!page.contains(sentence), "{sentence:?} left in:\n{page}");
        }
        for word in ["Possible values", "[default:", "Print ", "General Commands"] {
            assert!(!page.contains(word), "{word:?} left in:\n{page}");
        }
    }
    let fr = &fr.stdout;
    for said in [
        ".TH cvc 1 \"\" \"cvc ",
        "cvc \\- animer des ateliers Collaboration Value Canvas dans un terminal\n",
        "\n\\fIValeurs possibles\\[u00A0]:\\fR\n",
        "\nmarkdown\\[u00A0]: Une page \\[u00AB]\\[u00A0]Ce qui a chang\\[u00E9] depuis la derni\\[u00E8]re fois\\[u00A0]\\[u00BB]\n",
        "Format de sortie [par d\\[u00E9]faut\\[u00A0]: markdown]\n",
        "une v\\[u00E9]rification a trouv\\[u00E9] des probl\\[u00E8]mes (\\fBvalidate\\fR\\[u00A0]; \\fBdiff \\-\\-exit\\-code\\fR",
        "Afficher l\\*(Aqaide\n",
    ] {
        assert!(fr.contains(said), "{said:?}:\n{fr}");
    }

    if installed("groff") {
        for (lang, page) in [("fr", fr), ("de", &de.stdout)] {
            let path = s.write(&format!("cvc.{lang}.1"), page);
            let out =
                Command::new("groff").args(["-man", "-Tutf8", "-ww", "-z"]).arg(&path).output().unwrap();
            assert!(
                out.status.success() && out.stderr.is_empty(),
                "{lang}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
    if installed("man") {
        let path = s.write("cvc.fr.1", fr);
        let out = Command::new("man")
            .arg("-l")
            .arg(&path)
            .env("MANWIDTH", "200")
            .env("MANPAGER", "cat")
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let shown = String::from_utf8_lossy(&out.stdout);
        for heading in ["NOM", "SYNOPSIS", "COMMANDES", "CODE DE SORTIE"] {
            assert!(shown.lines().any(|l| l == heading), "man shows no {heading}: {shown}");
        }
        for said in [
            "Manuel des commandes générales".to_string(),
            "cvc - animer des ateliers Collaboration Value Canvas".to_string(),
            format!("Valeurs possibles{NB}:", NB = '\u{a0}'),
            format!(
                "markdown{NB}: Une page «{NB}Ce qui a changé depuis la dernière fois{NB}»",
                NB = '\u{a0}'
            ),
            "l'écran d'atelier".to_string(),
        ] {
            assert!(shown.contains(&said), "man shows no {said:?}: {shown}");
        }
    }
}

/// The flags a completion script completes (`--format`, …), in order.
fn flags(script: &str) -> Vec<&str> {
    script
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|w| w.starts_with("--") && w.len() > 2)
        .collect()
}

#[test]
fn completion_scripts_describe_in_french_and_german_and_complete_the_same_names() {
    let s = Sandbox::new();
    let nb = '\u{a0}';
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let english = s.cvc(&["completions", shell]).stdout;
        let fr = s.cvc(&["--lang", "fr", "completions", shell]).stdout;
        let de = s.cvc(&["--lang=de", "completions", shell]).stdout;
        assert_eq!(s.cvc(&["--lang", "en", "completions", shell]).stdout, english, "{shell}");
        for (lang, script) in [("fr", &fr), ("de", &de)] {
            assert_eq!(flags(script), flags(&english), "{shell} {lang}: the same flags in the same places");
            for command in COMMANDS {
                assert!(script.contains(command), "{shell} {lang} completes no `{command}`");
            }
            if shell == "bash" {
                assert_eq!(script, &english, "bash shows no descriptions");
                continue;
            }
            for said in
                ["Output format", "The plan as a Markdown page", "Print help", "The language of screens"]
            {
                assert!(!script.contains(said), "{shell} {lang}: {said:?} left in:\n{script}");
            }
        }
        if shell != "bash" {
            for said in ["Format de sortie", "La langue des écrans"] {
                assert!(fr.contains(said), "{shell} fr: no {said:?}:\n{fr}");
            }
            for said in ["Ausgabeformat", "Hilfe anzeigen"] {
                assert!(de.contains(said), "{shell} de: no {said:?}:\n{de}");
            }
        }
        // zsh and fish also describe each value.
        if shell == "zsh" || shell == "fish" {
            assert!(
                fr.contains("Le plan en page Markdown") && de.contains("Der Plan als Markdown-Seite"),
                "{shell}"
            );
            assert!(fr.contains(&format!("«{nb}Ce qui a changé depuis la dernière fois{nb}»")), "{shell}");
        }
    }
}
