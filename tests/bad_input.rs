//! Every kind of bad input gets one clear sentence with its position, the right exit code,
//! and leaves the file on disk exactly as it was.

mod common;

use common::{Sandbox, design_example};

/// (file name, damaged text, where the problem is, words the message must hold)
fn corpus() -> Vec<(&'static str, Vec<u8>, Option<&'static str>, &'static str)> {
    let ex = design_example();
    let swap = |a: &str, b: &str| {
        assert!(ex.contains(a), "the example holds {a}");
        ex.replacen(a, b, 1).into_bytes()
    };
    let mut truncated = ex.clone().into_bytes();
    truncated.truncate(ex.find("stance: Supporter").unwrap() + 5);
    let mut latin1 = b"Canvas(format: 1, title: \"caf".to_vec();
    latin1.extend([0xe9, b'"', b')']);
    vec![
        ("empty.ron", Vec::new(), None, "the file is empty"),
        ("blank.ron", b"  \n\n".to_vec(), None, "the file is empty"),
        ("truncated.ron", truncated, Some(":17:"), "ends too early"),
        ("unclosed.ron", b"Canvas(format: 1, title: \"never closed".to_vec(), Some(":1:"), "not closed"),
        ("wrong-type.ron", swap("power: 2,", "power: \"two\","), Some(":17:"), "expected a whole number"),
        (
            "unknown-field.ron",
            swap("kind: Group,", "kind: Group, colour: 3,"),
            Some(":17:"),
            "unknown field `colour`",
        ),
        (
            "unknown-enum.ron",
            swap("stance: Supporter", "stance: Friend"),
            Some(":17:"),
            "unknown value `Friend`",
        ),
        ("dangling.ron", swap("to: \"S2\"", "to: \"S9\""), Some(":21:"), "\"S9\", which does not exist"),
        ("duplicate.ron", swap("id: \"S2\"", "id: \"S1\""), Some(":18:"), "id \"S1\" is used twice"),
        ("bad-id.ron", swap("id: \"T1\"", "id: \"X1\""), Some(":25:"), "should be T and a number"),
        (
            "impossible-date.ron",
            swap("due: \"2027-01-15\"", "due: \"2027-02-30\""),
            Some(":30:"),
            "not a real date",
        ),
        (
            "badly-shaped-date.ron",
            swap("review: \"2027-02-01\"", "review: \"1 Feb\""),
            Some(":33:"),
            "YYYY-MM-DD",
        ),
        (
            "out-of-range.ron",
            swap("strength: 1", "strength: 7"),
            Some(":22:"),
            "strength must be from 0 to 3",
        ),
        ("newer.ron", swap("format: 1", "format: 3"), Some(":3:"), "format 3, newer than the format 1"),
        ("not-utf8.ron", latin1, Some(":1:30:"), "not UTF-8"),
        ("missing-format.ron", b"Canvas(title: \"x\")".to_vec(), Some(":1:"), "missing field `format`"),
        (
            "trailing.ron",
            format!("{ex}\nCanvas(format: 1)").into_bytes(),
            Some(":"),
            "after the end of the canvas",
        ),
        (
            "nested-junk.ron",
            format!("Canvas(format: 1, title: {}1{})", "[".repeat(500), "]".repeat(500)).into_bytes(),
            Some(":1:"),
            "",
        ),
    ]
}

#[test]
fn each_damaged_file_fails_validation_with_its_position_and_stays_unchanged() {
    let s = Sandbox::new();
    for (name, bytes, at, words) in corpus() {
        let path = s.write(name, &bytes);
        let run = s.cvc(&["validate", name]);
        assert_eq!(run.code, 1, "{name}: {}{}", run.stdout, run.stderr);
        let first = run.stdout.lines().next().unwrap_or_default();
        assert!(first.starts_with(name), "{name}: {first}");
        if let Some(at) = at {
            assert!(first[name.len()..].starts_with(at), "{name}: expected position {at} in {first}");
        }
        assert!(first.contains(words), "{name}: expected \"{words}\" in {first}");
        assert!(!run.stderr.contains("panicked"), "{name}: {}", run.stderr);
        assert_eq!(std::fs::read(&path).unwrap(), bytes, "{name} was changed on disk");
    }
}

#[test]
fn other_commands_refuse_bad_input_with_exit_2_and_the_same_message() {
    let s = Sandbox::new();
    for (name, bytes, _, words) in corpus() {
        let path = s.write(name, &bytes);
        for args in [vec!["export", name], vec!["diff", name, name], vec!["revisit", name, "next.ron"]] {
            let run = s.cvc(&args);
            assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
            let first = run.stderr.lines().next().unwrap_or_default();
            assert!(first.starts_with(name) && first.contains(words), "{args:?}: {first}");
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
