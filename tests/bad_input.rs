//! Every kind of bad input gets one clear sentence with its position, the right exit code,
//! and leaves the file on disk exactly as it was.

use crate::common;

use common::{Sandbox, design_example};

/// (file name, damaged bytes, where the problem is, words the message must hold), from `tests/corpus/`.
fn corpus() -> Vec<(String, Vec<u8>, Option<String>, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let manifest = std::fs::read_to_string(dir.join("EXPECTED.tsv")).unwrap();
    manifest
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            let mut parts = l.split('\t');
            let (name, at, words) =
                (parts.next().unwrap(), parts.next().unwrap_or(""), parts.next().unwrap_or(""));
            let bytes = std::fs::read(dir.join(name)).unwrap();
            (name.to_string(), bytes, (!at.is_empty()).then(|| at.to_string()), words.to_string())
        })
        .collect()
}

#[test]
fn the_corpus_lists_every_file_in_it() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let listed: Vec<String> = corpus().into_iter().map(|c| c.0).collect();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(name == "EXPECTED.tsv" || listed.contains(&name), "{name} is not in EXPECTED.tsv");
    }
}

#[test]
fn a_canvas_cut_anywhere_never_panics_and_says_where() {
    let s = Sandbox::new();
    for source in [design_example().into_bytes(), std::fs::read(common::shipped("acme-2026-11")).unwrap()] {
        for cut in (1..source.len()).step_by(97) {
            let bytes = &source[..cut];
            if std::str::from_utf8(bytes).is_err() {
                continue;
            }
            let path = s.write("cut.ron", bytes);
            let err = cvc::store::load(&path).expect_err("a cut canvas does not load");
            let first = &err.lines()[0];
            assert!(first.starts_with(&format!("{}:", path.display())), "{first}");
            assert!(err.problems[0].position.is_some() || first.contains("empty"), "cut at {cut}: {first}");
            assert_eq!(std::fs::read(&path).unwrap(), bytes);
        }
    }
}

#[test]
fn each_damaged_file_fails_validation_with_its_position_and_stays_unchanged() {
    let s = Sandbox::new();
    for (name, bytes, at, words) in corpus() {
        let name = name.as_str();
        let path = s.write(name, &bytes);
        let run = s.cvc(&["validate", name]);
        assert_eq!(run.code, 1, "{name}: {}{}", run.stdout, run.stderr);
        let first = run.stdout.lines().next().unwrap_or_default();
        assert!(first.starts_with(name), "{name}: {first}");
        if let Some(at) = &at {
            assert!(
                first[name.len()..].starts_with(at.as_str()),
                "{name}: expected position {at} in {first}"
            );
        }
        assert!(first.contains(words.as_str()), "{name}: expected \"{words}\" in {first}");
        assert!(!run.stderr.contains("panicked"), "{name}: {}", run.stderr);
        assert_eq!(std::fs::read(&path).unwrap(), bytes, "{name} was changed on disk");
    }
}

#[test]
fn other_commands_refuse_bad_input_with_exit_2_and_the_same_message() {
    let s = Sandbox::new();
    for (name, bytes, _, words) in corpus() {
        let name = name.as_str();
        let path = s.write(name, &bytes);
        for args in [vec!["export", name], vec!["diff", name, name], vec!["revisit", name, "next.ron"]] {
            let run = s.cvc(&args);
            assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
            let first = run.stderr.lines().next().unwrap_or_default();
            assert!(first.starts_with(name) && first.contains(words.as_str()), "{args:?}: {first}");
            assert!(run.stdout.is_empty(), "{args:?} printed {}", run.stdout);
        }
        assert!(!s.path("next.ron").exists());
        assert_eq!(std::fs::read(&path).unwrap(), bytes);
    }
}

#[test]
fn a_folder_or_a_missing_file_is_named_plainly() {
    let s = Sandbox::new();
    std::fs::create_dir(s.path("folder.ron")).unwrap();
    let run = s.cvc(&["export", "folder.ron"]);
    assert_eq!((run.code, run.stderr.trim()), (2, "folder.ron: is a folder, not a canvas file"));
    let run = s.cvc(&["export", "missing.ron"]);
    assert_eq!((run.code, run.stderr.trim()), (2, "missing.ron: cannot read it: there is no such file"));
    let run = s.cvc(&["validate", "missing.ron"]);
    assert_eq!(run.code, 1);
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_says_permission_denied() {
    use std::os::unix::fs::PermissionsExt;
    let s = Sandbox::new();
    let path = s.write("locked.ron", design_example());
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        // Running as root: permissions do not stop reads, so there is nothing to observe here.
        eprintln!("skipped: this user can read a mode-000 file (root)");
        return;
    }
    let run = s.cvc(&["export", "locked.ron"]);
    assert_eq!((run.code, run.stderr.trim()), (2, "locked.ron: cannot read it: permission denied"));
}
