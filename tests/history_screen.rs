//! The history screen (`H`) driven through the key table: revisions found beside the canvas and
//! in the recent list, two revisions marked and compared, and the stakeholders' grid trail.

use crate::common;
use crate::common::tui;

use common::{Sandbox, shipped};
use cvc::tui::app::{App, Screen};
use cvc::tui::layers::Layer;
use cvc::tui::timeline::Timeline;
use ratatui::crossterm::event::KeyCode;
use tui::*;

fn timeline(app: &App) -> &Timeline {
    match app.top() {
        Some(Layer::History(t)) => t,
        _ => panic!("not on the history screen"),
    }
}

/// The app on the third Acme revision with the first two beside it, on the history screen.
fn on_history(s: &Sandbox) -> cvc::tui::runner::Session {
    for name in ["acme-2026-05", "acme-2026-11"] {
        std::fs::copy(shipped(name), s.path(&format!("{name}.ron"))).unwrap();
    }
    let (_, mut app) = app_on_copy(s.dir.path(), "acme-2027-05");
    press(&mut app, KeyCode::Char('H'));
    app
}

#[test]
fn two_revisions_marked_with_space_open_the_compare_screen_older_first_and_esc_returns() {
    let s = Sandbox::new();
    let mut app = on_history(&s);
    assert_eq!(timeline(&app).cursor, 2, "the cursor starts on the open revision");
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Char(' '));
    assert_eq!(timeline(&app).marked, [1, 0]);
    assert!(screen(&app, 80, 24).contains("Enter compares r1 with r2"), "{}", screen(&app, 80, 24));
    press(&mut app, KeyCode::Enter);
    let Some(Layer::Compare(c)) = app.top() else { panic!("Enter opens the compare screen") };
    assert_eq!((c.old.revision, c.new.revision), (1, 2), "older against newer, whatever the marking order");
    assert_eq!((c.old_name.as_str(), c.new_name.as_str()), ("acme-2026-05.ron", "acme-2026-11.ron"));
    assert!(screen(&app, 80, 24).contains("acme-2026-05.ron"), "{}", screen(&app, 80, 24));
    press(&mut app, KeyCode::Esc);
    assert!(matches!(app.screen, Screen::Workshop(_)), "Esc from the compare screen returns to the workshop");
}

#[test]
fn one_mark_compares_with_the_cursor_and_enter_without_marks_says_how() {
    let s = Sandbox::new();
    let mut app = on_history(&s);
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.top(), Some(Layer::History(_))), "nothing marked: Enter stays");
    assert!(screen(&app, 80, 24).contains("mark two revisions to compare"), "{}", screen(&app, 80, 24));
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::Char(' '));
    assert!(timeline(&app).marked.is_empty(), "Space again unmarks");
    press(&mut app, KeyCode::Home);
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Enter);
    let Some(Layer::Compare(c)) = app.top() else { panic!("one mark and the cursor make two") };
    assert_eq!((c.old.revision, c.new.revision), (1, 3));
    assert_eq!(c.new.stakeholders, workshop_behind(&app).canvas.stakeholders, "the open canvas as it is now");
}

fn workshop_behind(app: &App) -> &cvc::tui::workshop::Workshop {
    assert!(matches!(app.top(), Some(Layer::Compare(_))), "on the compare screen");
    app.workshop().expect("the workshop waits behind")
}

#[test]
fn revisions_in_the_recent_list_are_found_too_one_file_per_revision() {
    let s = Sandbox::new();
    std::fs::create_dir_all(s.path("old")).unwrap();
    std::fs::create_dir_all(s.path("now")).unwrap();
    std::fs::copy(shipped("acme-2026-05"), s.path("old/acme-2026-05.ron")).unwrap();
    std::fs::copy(shipped("acme-2026-11"), s.path("now/acme-2026-11.ron")).unwrap();
    std::fs::copy(shipped("acme-2026-11"), s.path("old/copy-of-rev2.ron")).unwrap();
    cvc::store::remember(&s.path("now/data"), &s.path("old/acme-2026-05.ron")).unwrap();
    cvc::store::remember(&s.path("now/data"), &s.path("old/copy-of-rev2.ron")).unwrap();
    let mut app = app_on(&s.path("now/acme-2026-11.ron"));
    press(&mut app, KeyCode::Char('H'));
    let t = timeline(&app);
    let revisions: Vec<u32> = t.history.revisions.iter().map(|r| r.revision).collect();
    assert_eq!(revisions, [1, 2], "revision 1 from the recent list; revision 2 once, the open file");
    assert!(t.history.revisions[0].source.ends_with("old/acme-2026-05.ron"), "{:?}", t.history.revisions);
    assert_eq!(t.history.revisions[1].source, "acme-2026-11.ron");
    assert!(t.canvases[1].0.ends_with("now/acme-2026-11.ron"));
}

#[test]
fn the_stakeholders_tab_draws_the_selected_ones_grid_trail_with_revision_numbers() {
    let s = Sandbox::new();
    let mut app = on_history(&s);
    app.update(cvc::tui::action::Intent::Resize(80, 24));
    press(&mut app, KeyCode::Tab);
    for _ in 0..5 {
        press(&mut app, KeyCode::Down);
    }
    let t = timeline(&app);
    assert_eq!(t.history.stakeholders[t.picked].id, "S6");
    let text = screen(&app, 80, 24);
    assert!(text.contains(" S6 over time "), "{text}");
    // Regional managers: power 4 throughout; interest 2 in r1, 3 in r2, 4 in r3.
    let row = text.lines().find(|l| l.contains("│4 ")).unwrap_or_else(|| panic!("{text}"));
    let cells = &row[row.find("│4 ").unwrap() + "│4 ".len()..];
    assert!(cells.starts_with(" ·  1 │ 2  3 "), "{row}");
}
