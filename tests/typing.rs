//! Typing with no line open never runs a chain of commands, and the clock's steps undo.

use crate::common::Sandbox;
use crate::common::tui::*;
use cvc::tui::keys::Mode;
use cvc::tui::keys::timed_action;
use cvc::tui::layers::Layer;
use cvc::tui::runner::Session;
use cvc::tui::section::Section;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// Types `text` as a terminal delivers it, one key every `gap_ms` from `start_ms`.
fn type_at(app: &mut Session, text: &str, start_ms: u64, gap_ms: u64) {
    for (i, ch) in text.chars().enumerate() {
        let mods = if ch.is_uppercase() { KeyModifiers::SHIFT } else { KeyModifiers::NONE };
        let key = Event::Key(KeyEvent::new(KeyCode::Char(ch), mods));
        if let Some(action) =
            timed_action(key, app.mode(), app.styles.tr().lang(), start_ms + i as u64 * gap_ms)
        {
            app.update(action);
        }
    }
}

/// The Acme canvas before its workshop: no time spent, so the clock stands on the first block.
fn acme_before_the_workshop(s: &Sandbox) -> Session {
    let text = std::fs::read_to_string(crate::common::shipped("acme-2026-11")).unwrap();
    let mut fresh = String::new();
    for (i, part) in text.split("spent_secs: ").enumerate() {
        if i > 0 {
            fresh.push_str("spent_secs: 0");
            fresh.push_str(part.trim_start_matches(|c: char| c.is_ascii_digit()));
        } else {
            fresh.push_str(part);
        }
    }
    app_on(&s.write("acme.ron", fresh))
}

fn on_stakeholders_with_the_clock_running(s: &Sandbox) -> Session {
    let mut app = acme_before_the_workshop(s);
    while workshop(&app).section != Section::Stakeholders {
        press(&mut app, KeyCode::Tab);
    }
    press(&mut app, KeyCode::Char('t'));
    assert!(workshop(&app).clock.running);
    app
}

#[test]
fn a_word_typed_with_no_line_open_goes_into_a_new_entry_and_runs_nothing() {
    let s = Sandbox::new();
    let mut app = on_stakeholders_with_the_clock_running(&s);
    let (title, block) = (workshop(&app).canvas.title.clone(), workshop(&app).clock.block);
    let people = workshop(&app).canvas.stakeholders.len();
    type_at(&mut app, "next", 10_000, 120);
    let w = workshop(&app);
    assert_eq!(w.section, Section::Stakeholders, "n did not move to the next block's section");
    assert_eq!(w.clock.block, block, "the agenda did not move");
    assert!(w.clock.running, "the clock still runs");
    assert_eq!(w.canvas.title, title, "nothing went into the title");
    assert_eq!(app.mode(), Mode::Input);
    match app.top() {
        Some(Layer::QuickAdd(line)) => assert_eq!(line.text(), "next"),
        other => panic!("expected the quick-add line, found {other:?}"),
    }
    press(&mut app, KeyCode::Enter);
    let w = workshop(&app);
    assert_eq!(w.canvas.stakeholders.len(), people + 1);
    assert_eq!(w.canvas.stakeholders.last().unwrap().name, "next");
}

#[test]
fn on_a_section_without_a_list_a_typed_word_waits_in_the_parking_lot() {
    let s = Sandbox::new();
    let mut app = acme_before_the_workshop(&s);
    assert_eq!(workshop(&app).section, Section::Context);
    let title = workshop(&app).canvas.title.clone();
    type_at(&mut app, "extra", 5_000, 90);
    let w = workshop(&app);
    assert_eq!(w.canvas.title, title, "e did not open the form and x did not reach it");
    match app.top() {
        Some(Layer::Park(p)) => assert_eq!(p.line.text(), "extra"),
        other => panic!("expected the parking lot's box, found {other:?}"),
    }
}

#[test]
fn letters_pressed_as_commands_still_run_and_a_repeated_key_is_not_typing() {
    let s = Sandbox::new();
    let mut app = on_stakeholders_with_the_clock_running(&s);
    let block = workshop(&app).clock.block;
    type_at(&mut app, "jj", 1_000, 30);
    assert_eq!(workshop(&app).cursor(Section::Stakeholders), 2, "a held j moves twice");
    assert_eq!(app.mode(), Mode::Workshop);
    type_at(&mut app, "n", 2_000, 0);
    assert_eq!(workshop(&app).clock.block, block + 1, "n, pressed on its own, is the next block");
    type_at(&mut app, "e", 2_600, 0);
    assert_eq!(app.mode(), Mode::Form, "e, pressed after a look at the screen, edits");
}

#[test]
fn the_next_block_and_the_clock_are_undoable_and_say_so() {
    let s = Sandbox::new();
    let mut app = on_stakeholders_with_the_clock_running(&s);
    let block = workshop(&app).clock.block;
    press(&mut app, KeyCode::Char('n'));
    let w = workshop(&app);
    assert_eq!(w.clock.block, block + 1);
    assert!(w.note.as_ref().unwrap().text.contains("u goes back"), "{:?}", w.note);
    press(&mut app, KeyCode::Char('u'));
    let w = workshop(&app);
    assert_eq!(
        (w.clock.block, w.section),
        (block, Section::Stakeholders),
        "undo brings back block and section"
    );
    assert!(w.note.as_ref().unwrap().text.starts_with("undone: next block"), "{:?}", w.note);
    press(&mut app, KeyCode::Char('t'));
    assert!(!workshop(&app).clock.running);
    press(&mut app, KeyCode::Char('u'));
    assert!(workshop(&app).clock.running, "undo starts the clock again");
    ctrl(&mut app, 'r');
    assert!(!workshop(&app).clock.running, "redo pauses it again");
}

#[test]
fn a_word_typed_on_the_loop_review_marks_nothing_held_and_the_review_stays() {
    let s = Sandbox::new();
    let (file, mut app) = app_on_copy(s.dir.path(), "acme-2027-05");
    press(&mut app, KeyCode::Char('L'));
    press(&mut app, KeyCode::End);
    let held = |app: &Session| workshop(app).canvas.tasks.iter().map(|t| t.held.len()).sum::<usize>();
    let before = held(&app);
    // One key at a time, `h` marks the selected task held (and `u` takes it back).
    type_at(&mut app, "h", 10_000, 0);
    assert_eq!(held(&app), before + 1, "h alone marks the task held");
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(held(&app), before);
    // Typed as a word, nothing runs and the review stays open.
    type_at(&mut app, "hat", 20_000, 120);
    assert_eq!(held(&app), before, "no held day from a typed word");
    assert_eq!(app.mode(), Mode::Loops, "the loop review stays");
    assert!(screen(&app, 100, 30).contains("nothing ran"), "{}", screen(&app, 100, 30));
    let _ = file;
}

/// The layer on top, by name, for messages.
fn top_name(app: &Session) -> String {
    app.top().map(|l| format!("{l:?}").chars().take(40).collect()).unwrap_or_default()
}

#[test]
fn a_name_typed_with_a_capital_that_is_a_command_goes_into_a_new_entry_too() {
    // `H` opens the history, `P` the parking lot, `R` the room: a name starting with one of them
    // must not open any of them ("Rita" started a server, "Peter" parked "eter").
    for (start, name) in [(10_000, "Hans Meyer"), (20_000, "Peter"), (30_000, "Rita")] {
        let s = Sandbox::new();
        let mut app = on_stakeholders_with_the_clock_running(&s);
        let people = workshop(&app).canvas.stakeholders.len();
        type_at(&mut app, name, start, 110);
        assert!(!workshop(&app).room.open, "{name}: the room is not open");
        match app.top() {
            Some(Layer::QuickAdd(line)) => assert_eq!(line.text(), name),
            _ => panic!("{name}: expected the quick-add line, found {}", top_name(&app)),
        }
        assert_eq!(app.layers.len(), 1, "{name}: nothing else open under the line");
        press(&mut app, KeyCode::Enter);
        assert_eq!(workshop(&app).canvas.stakeholders.len(), people + 1, "{name}");
        assert_eq!(workshop(&app).canvas.stakeholders.last().unwrap().name, name);
    }
}

#[test]
fn r_opens_the_room_and_asks_before_closing_it() {
    let s = Sandbox::new();
    let mut app = on_stakeholders_with_the_clock_running(&s);
    type_at(&mut app, "R", 10_000, 500);
    if !workshop(&app).room.open {
        // No network to open a room on here: nothing to close either.
        return;
    }
    press(&mut app, KeyCode::Esc);
    type_at(&mut app, "R", 20_000, 500);
    assert!(workshop(&app).room.open, "R asks first; the room is still open");
    assert_eq!(app.mode(), Mode::Confirm, "{}", top_name(&app));
    press(&mut app, KeyCode::Char('n'));
    assert!(workshop(&app).room.open, "n keeps it open");
    type_at(&mut app, "R", 30_000, 500);
    press(&mut app, KeyCode::Char('y'));
    assert!(!workshop(&app).room.open, "y closes it");
}
