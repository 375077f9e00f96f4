//! cvc never writes a file it would refuse to read, and never takes over a file: a canvas that
//! would outgrow what the loader reads, ids and revisions that cannot grow, another user's file.

use crate::common;
use crate::common::tui;

use common::Sandbox;
use cvc::model::Canvas;
use cvc::store::{load, to_ron};
use ratatui::crossterm::event::KeyCode;

/// A sandbox with `plan.ron`, changed by `change` and written as cvc writes it.
fn with_canvas(change: impl FnOnce(&mut Canvas)) -> Sandbox {
    let s = Sandbox::new();
    assert_eq!(s.cvc(&["new", "plan.ron", "--title", "Plan"]).code, 0);
    let mut c = load(&s.path("plan.ron")).unwrap();
    change(&mut c);
    s.write("plan.ron", to_ron(&c));
    s
}

#[test]
fn an_import_that_would_make_the_canvas_too_large_to_read_is_refused() {
    // The canvas's file, not the input, is what would outgrow the loader: every backslash is two
    // characters in the file, so 33 MiB typed would be a 67 MiB file (the loader reads 64). A
    // small canvas and half the bytes cross the same limit as a large canvas and a large import.
    let s = with_canvas(|_| {});
    let before = std::fs::read(s.path("plan.ron")).unwrap();
    let cell = format!("{}\n", "\\".repeat(33 * 1024 * 1024));
    let second = s.cvc_with_input(&["import", "plan.ron", "--section", "stakeholders", "-"], cell.as_bytes());
    assert_eq!(second.code, 2, "67 MiB would not be read again: {}", second.stdout);
    assert!(second.stderr.contains("would be 67 MiB, larger than a canvas can be"), "{}", second.stderr);
    assert!(second.stderr.contains("nothing was imported"), "{}", second.stderr);
    assert!(std::fs::read(s.path("plan.ron")).unwrap() == before, "the canvas is as it was");
    assert_eq!(s.cvc(&["validate", "plan.ron"]).code, 0, "and every command still reads it");
}

/// A canvas whose stakeholder ids have reached the last number a file can hold.
fn ids_used_up(c: &mut Canvas) {
    let id = format!("S{}", u32::MAX);
    c.stakeholders.push(cvc::model::Stakeholder { id, name: "Last".into(), ..Default::default() });
}

#[test]
fn quick_add_refuses_an_id_that_cannot_grow_and_keeps_the_line() {
    let s = with_canvas(ids_used_up);
    let file = s.path("plan.ron");
    let mut app = tui::app_on(&file);
    tui::press(&mut app, KeyCode::Tab);
    tui::press(&mut app, KeyCode::Char('a'));
    tui::enter_line(&mut app, "One more");
    let c = load(&file).expect("the file still loads");
    assert_eq!(c.stakeholders.len(), 1, "nothing was added under a used or wrapped id");
    let screen = tui::screen(&app, 120, 30);
    assert!(screen.contains("not added"), "the room is told:\n{screen}");
    assert!(screen.contains("One more"), "the line is still there to copy:\n{screen}");
}

#[test]
fn an_import_refuses_ids_that_cannot_grow() {
    let s = with_canvas(ids_used_up);
    let before = std::fs::read(s.path("plan.ron")).unwrap();
    let run = s.cvc_with_input(&["import", "plan.ron", "--section", "stakeholders", "-"], b"One more\n");
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(run.stderr.contains("S4294967295"), "{}", run.stderr);
    assert!(std::fs::read(s.path("plan.ron")).unwrap() == before);
}

#[test]
fn revisit_refuses_a_revision_that_cannot_grow() {
    let s = with_canvas(|c| c.revision = u32::MAX);
    let run = s.cvc(&["revisit", "plan.ron", "next.ron"]);
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("no revision can follow"), "{}", run.stderr);
    assert!(!s.path("next.ron").exists(), "no revision 0 was written");
}

#[cfg(unix)]
#[test]
fn import_never_replaces_a_canvas_another_user_owns() {
    use std::os::unix::fs::MetadataExt;
    let s = with_canvas(|_| {});
    let file = s.path("plan.ron");
    let me = std::fs::metadata(s.dir.path()).unwrap().uid();
    if me != 0 {
        // Only root can give a file to someone else; the check itself is the same for anyone.
        return;
    }
    std::os::unix::fs::chown(&file, Some(65534), Some(65534)).unwrap();
    let before = std::fs::read(&file).unwrap();
    let run = s.cvc_with_input(&["import", "plan.ron", "--section", "stakeholders", "-"], b"Intruder\n");
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(run.stderr.contains("belongs to another user"), "{}", run.stderr);
    assert_eq!(std::fs::metadata(&file).unwrap().uid(), 65534, "still theirs");
    assert!(std::fs::read(&file).unwrap() == before, "and as it was");
}

#[test]
fn a_long_argument_is_quoted_cut_short() {
    let s = with_canvas(|c| c.id = "c0ffee01".into());
    let id = "x".repeat(100_000);
    let run = s.cvc(&["history", "plan.ron", "--id", &id]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.len() < 1_000, "{} bytes of stderr", run.stderr.len());
    assert!(run.stderr.contains(&format!("{}…", "x".repeat(80))), "{}", run.stderr);
}

#[test]
fn list_keeps_its_columns_narrow_whatever_the_titles() {
    let s = with_canvas(|c| c.title = "T".repeat(100_000));
    let run = s.cvc(&["list", "."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.len() < 1_000, "{} bytes for two lines", run.stdout.len());
    assert!(run.stdout.contains(&format!("{}…", "T".repeat(39))), "{}", run.stdout);
    let widths: Vec<usize> = run.stdout.lines().map(|l| l.chars().count()).collect();
    assert!(widths.iter().all(|w| *w <= 160), "{widths:?}");
}

#[test]
fn junk_is_said_to_be_no_canvas_not_a_cut_off_one() {
    let s = Sandbox::new();
    s.write("junk.ron", "zzz");
    let run = s.cvc(&["validate", "junk.ron"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("not a canvas: expected `Canvas(`"), "{}{}", run.stdout, run.stderr);
    assert!(!run.stdout.contains("ends too early"), "{}", run.stdout);
}

#[test]
fn an_agenda_block_plans_at_most_a_day() {
    let s = with_canvas(|c| c.agenda[0].minutes = u32::MAX - 1);
    let run = s.cvc(&["validate", "plan.ron"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("at most 1440"), "{}", run.stdout);
}
