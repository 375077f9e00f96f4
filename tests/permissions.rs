//! Files cvc writes get the permissions a user expects (DESIGN.md §9): new files follow the umask,
//! a backup keeps its canvas's mode, and temporary files left by a killed save do not pile up.
#![cfg(unix)]

use crate::common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, SystemTime};

use common::{Sandbox, shipped};

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// Runs `cvc` under a umask, through the shell (setting a umask in this process would race the other tests).
fn cvc_with_umask(s: &Sandbox, umask: &str, args: &[&str]) {
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("umask {umask}; exec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_cvc"))
        .args(args)
        .current_dir(s.dir.path())
        .env("CVC_DATA_DIR", s.path("data"))
        .env("CVC_CONFIG_DIR", s.path("config"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "cvc {args:?} under umask {umask}: {stderr}");
}

#[test]
fn new_canvases_and_exports_follow_the_umask() {
    let s = Sandbox::new();
    let canvas = shipped("acme-2026-11");
    let canvas = canvas.to_str().unwrap();
    for (umask, expected) in [("022", 0o644), ("027", 0o640), ("077", 0o600), ("002", 0o664)] {
        let (made, next, page) =
            (format!("new-{umask}.ron"), format!("next-{umask}.ron"), format!("plan-{umask}.md"));
        cvc_with_umask(&s, umask, &["new", &made]);
        cvc_with_umask(&s, umask, &["revisit", canvas, &next]);
        cvc_with_umask(&s, umask, &["export", canvas, "-o", &page]);
        for file in [made, next, page] {
            assert_eq!(mode(&s.path(&file)), expected, "{file} under umask {umask}");
        }
    }
}

#[test]
fn replacing_a_file_keeps_its_mode() {
    let s = Sandbox::new();
    let page = s.write("plan.md", "old");
    std::fs::set_permissions(&page, std::fs::Permissions::from_mode(0o604)).unwrap();
    let canvas = shipped("acme-2026-11");
    cvc_with_umask(&s, "077", &["export", canvas.to_str().unwrap(), "-o", "plan.md", "--force"]);
    assert_eq!(mode(&page), 0o604);
}

#[test]
fn a_backup_keeps_the_mode_of_its_canvas() {
    let s = Sandbox::new();
    for canvas_mode in [0o640, 0o604, 0o600] {
        let path = s.path(&format!("plan-{canvas_mode:o}.ron"));
        std::fs::copy(shipped("acme-2026-11"), &path).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(canvas_mode)).unwrap();
        let mut doc = cvc::store::Document::open(&path).unwrap();
        doc.canvas.title.push_str(" (edited)");
        doc.save().unwrap();
        let backup = cvc::store::backup_path(&path);
        assert_eq!(mode(&backup), canvas_mode, "{}", backup.display());
        assert_eq!(mode(&path), canvas_mode, "the canvas keeps its own mode");
    }
}

/// Creates a file whose last change was `ago` before now.
fn file_aged(path: &Path, ago: Duration) {
    let file = std::fs::File::create(path).unwrap();
    file.set_modified(SystemTime::now() - ago).unwrap();
}

#[test]
fn a_save_removes_the_temporary_files_a_killed_save_left_and_nothing_else() {
    let s = Sandbox::new();
    let path = s.path("plan.ron");
    std::fs::copy(shipped("acme-2026-11"), &path).unwrap();
    let minute = Duration::from_secs(60);
    let left = [".plan.ron.AbC123.tmp", ".plan.ron.zz9ZZ9.tmp"];
    let kept = [
        (".plan.ron.XyZ789.tmp", Duration::ZERO), // a save under way in another cvc
        (".plan.ron.notes.tmp", minute),          // not our random part
        (".plan.ron.AbC1234.tmp", minute),        // nor this
        (".other.ron.AbC123.tmp", minute),        // another canvas's
        ("plan.ron.AbC123.tmp", minute),          // not hidden: not ours
        (".plan.ron.AbC123.tmp.keep", minute),    // not our suffix
    ];
    for name in left {
        file_aged(&s.path(name), minute);
    }
    for (name, ago) in kept {
        file_aged(&s.path(name), ago);
    }
    std::fs::create_dir(s.path(".plan.ron.Dir123.tmp")).unwrap();
    let mut doc = cvc::store::Document::open(&path).unwrap();
    doc.canvas.title.push_str(" (edited)");
    doc.save().unwrap();
    for name in left {
        assert!(!s.path(name).exists(), "{name} was left by a killed save and is removed");
    }
    for (name, _) in kept {
        assert!(s.path(name).exists(), "{name} is not a stale temporary file of plan.ron");
    }
    assert!(s.path(".plan.ron.Dir123.tmp").is_dir(), "a folder is never removed");
    let names: Vec<_> = std::fs::read_dir(s.dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names.len(), 2 + kept.len() + 1, "the save left no file of its own: {names:?}");
}
