//! The start screen opens what is typed, asks before a typo becomes a file, and says at once why
//! a file does not open.

use crate::common::Sandbox;
use crate::common::tui::*;
use cvc::theme::Theme;
use cvc::tui::app::{App, Screen};
use cvc::tui::keys::Mode;
use cvc::tui::runner::Session;
use cvc::tui::style::Styles;
use ratatui::crossterm::event::KeyCode;

fn start_screen(s: &Sandbox) -> Session {
    let app = App::empty(Styles::new(Theme::default_dark()), &s.path("data"), at(10, 0, 0));
    session(app, &s.path("data"))
}

fn open_path(app: &mut Session, path: &std::path::Path) {
    press(app, KeyCode::Char('o'));
    assert_eq!(app.mode(), Mode::Input);
    type_text(app, &path.to_string_lossy());
    press(app, KeyCode::Enter);
}

#[test]
fn a_path_that_does_not_exist_is_asked_about_before_a_canvas_is_made_there() {
    let s = Sandbox::new();
    let mut app = start_screen(&s);
    let typo = s.path("nope.ron");
    open_path(&mut app, &typo);
    assert!(!typo.exists(), "a typo does not become a file");
    assert_eq!(app.mode(), Mode::Confirm);
    let shown = screen(&app, 80, 24);
    assert!(shown.contains("does not exist"), "{shown}");
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(app.mode(), Mode::Input, "n gives the path back to correct");
    assert!(!typo.exists());
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::Confirm, "asked again");
    press(&mut app, KeyCode::Char('y'));
    assert!(typo.exists(), "y makes the canvas");
    assert!(matches!(app.screen, Screen::Workshop(_)));
}

#[test]
fn why_a_file_does_not_open_shows_at_once_whole_beside_the_path() {
    let s = Sandbox::new();
    let mut app = start_screen(&s);
    let text = s.write("notes.txt", "These are my notes from Tuesday, not a canvas at all.\n");
    open_path(&mut app, &text);
    assert_eq!(app.mode(), Mode::Input, "the path is given back to correct");
    let shown = screen(&app, 80, 24);
    let note = match &app.screen {
        Screen::Start(start) => start.note.clone().expect("a message").text,
        _ => panic!("still on the start screen"),
    };
    let first_words: String = note.split_whitespace().take(4).collect::<Vec<_>>().join(" ");
    assert!(shown.contains(&first_words), "the message {note:?} is on screen with the prompt:\n{shown}");
    assert!(shown.contains("path to open"), "{shown}");
    assert_eq!(
        std::fs::read_to_string(&text).unwrap(),
        "These are my notes from Tuesday, not a canvas at all.\n"
    );
}

#[test]
fn a_path_in_a_folder_that_does_not_exist_is_given_back_to_correct() {
    let s = Sandbox::new();
    let mut app = start_screen(&s);
    open_path(&mut app, &s.path("no-such-folder/plan.ron"));
    assert_eq!(app.mode(), Mode::Input, "not asked to create: the path is given back");
    assert!(screen(&app, 80, 24).contains("does not exist"), "{}", screen(&app, 80, 24));
    assert!(!s.path("no-such-folder").exists());
}
