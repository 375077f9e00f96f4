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
