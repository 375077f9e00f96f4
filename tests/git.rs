//! `cvc diff` as git's diff driver for canvases: a repository with two revisions shows cvc's report.

use crate::common;

use std::process::Command;

use common::{Sandbox, shipped};

fn git(s: &Sandbox, args: &[&str]) -> String {
    let out = Command::new("git")
        .args(args)
        .current_dir(s.dir.path())
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", s.dir.path())
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.org")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.org")
        .output()
        .expect("git runs");
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn git_diff_shows_cvcs_report_for_canvases() {
    let s = Sandbox::new();
    git(&s, &["init", "-q"]);
    let driver = format!("{} diff", env!("CARGO_BIN_EXE_cvc"));
    git(&s, &["config", "diff.cvc.command", &driver]);
    s.write(".gitattributes", "*.ron diff=cvc\n");
    std::fs::copy(shipped("acme-2026-05"), s.path("acme.ron")).unwrap();
    git(&s, &["add", "."]);
    git(&s, &["commit", "-q", "-m", "first workshop"]);
    std::fs::copy(shipped("acme-2026-11"), s.path("acme.ron")).unwrap();
    git(&s, &["commit", "-q", "-am", "six months later"]);

    let shown = git(&s, &["diff", "HEAD~1", "HEAD"]);
    assert!(shown.starts_with("cvc diff a/acme.ron b/acme.ron\n"), "{shown}");
    assert!(shown.contains("same canvas: entries matched by id"));
    assert!(shown.contains("! Intranet team left the canvas"));
    assert!(shown.contains(" Stakeholders               | +2 -1 ~5"));

    std::fs::copy(shipped("acme-2026-05"), s.path("new.ron")).unwrap();
    git(&s, &["add", "new.ron"]);
    let added = git(&s, &["diff", "--cached"]);
    assert!(
        added.contains("cvc diff a/new.ron b/new.ron") && added.contains("+ S1 Field engineers"),
        "{added}"
    );
}
