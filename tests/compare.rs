//! The compare screen, the grid and the map, driven through the key table.

use crate::common;
use crate::common::tui;

use common::{Sandbox, shipped};
use cvc::diff::Mark;
use cvc::tui::app::{App, Screen};
use cvc::tui::compare::Compare;
use cvc::tui::keys::Mode;
use cvc::tui::layers::Layer;
use cvc::tui::section::Section;
use ratatui::crossterm::event::KeyCode;
use tui::*;

fn compare_screen(app: &App) -> &Compare {
    match app.top() {
        Some(Layer::Compare(c)) => c,
        _ => panic!("not on the compare screen"),
    }
}

#[test]
fn c_picks_an_earlier_revision_first_and_esc_returns_to_the_workshop() {
    let s = Sandbox::new();
    std::fs::copy(shipped("acme-2026-05"), s.path("acme-2026-05.ron")).unwrap();
    s.write("other.ron", "Canvas(format: 1, title: \"Other org\")");
    let (_, mut app) = app_on_copy(s.dir.path(), "acme-2026-11");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('c'));
    assert_eq!(app.mode(), Mode::Picker);
    press(&mut app, KeyCode::Enter);
    let c = compare_screen(&app);
    assert_eq!(c.old_name, "acme-2026-05.ron", "the earlier revision of the same canvas comes first");
    assert_eq!(c.diff.signals.len(), 20, "ten that need attention, ten good news");
    press(&mut app, KeyCode::Esc);
    match &app.screen {
        Screen::Workshop(w) => assert_eq!(w.section, Section::Stakeholders, "back where the user was"),
        _ => panic!("Esc should return to the workshop"),
    }
    assert!(!app.quit());
}

#[test]
fn enter_on_a_changed_row_shows_its_fields_and_rows_are_marked() {
    let old = cvc::store::load(&shipped("acme-2026-05")).unwrap();
    let new = cvc::store::load(&shipped("acme-2026-11")).unwrap();
    let c = Compare::new(old, "may.ron".as_ref(), new, "nov.ron".as_ref(), today());
    let mut app = session(
        App::comparing(cvc::tui::style::Styles::new(cvc::theme::Theme::default_dark()), c, at(10, 0, 0)),
        &std::env::temp_dir(),
    );
    app.update(cvc::tui::action::Intent::Resize(100, 30));
    assert_eq!(compare_screen(&app).selected_mark(), Some(Mark::Changed));
    press(&mut app, KeyCode::Enter);
    let text = screen(&app, 100, 30);
    assert!(text.contains("stance: supporter → champion"), "{text}");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::End);
    assert_eq!(compare_screen(&app).selected_mark(), Some(Mark::Removed));
    press(&mut app, KeyCode::Enter);
    assert!(!compare_screen(&app).detail, "only changed rows have fields to show");
    press(&mut app, KeyCode::Char('q'));
    assert!(app.quit(), "opened from the command line, leaving the comparison quits");
}

#[test]
fn v_switches_stakeholders_to_the_grid_and_relationships_to_the_map_and_back() {
    let s = Sandbox::new();
    let (_, mut app) = app_on_copy(s.dir.path(), "acme-2026-11");
    app.update(cvc::tui::action::Intent::Resize(120, 40));
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('v'));
    let grid = screen(&app, 120, 40);
    assert!(grid.contains("manage closely") && grid.contains("keep informed"), "{grid}");
    assert!(grid.contains("★ Head of"), "the name whole, wrapped in its cell: {grid}");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('v'));
    let map = screen(&app, 120, 40);
    assert!(
        map.contains("Relationship map") && map.contains("━ healthy") && map.contains("engineers"),
        "{map}"
    );
    assert!(map.contains("R1   Field engineers"), "the list beside the map: {map}");
    assert_eq!(map, screen(&app, 120, 40), "the same canvas draws the same map");
    press(&mut app, KeyCode::Char('v'));
    assert!(screen(&app, 120, 40).contains("R1   Field engineers ↔ Head of Service"));
}

#[test]
fn ten_thousand_entries_scroll_in_the_compare_screen() {
    let mut old = cvc::model::Canvas::new("big");
    old.id = "b".into();
    for i in 0..10_000 {
        old.add_task(cvc::model::Task { title: format!("task {i}"), ..Default::default() });
    }
    let mut new = old.clone();
    new.tasks[9_999].owner = "Sam".into();
    let c = Compare::new(old, "a.ron".as_ref(), new, "b.ron".as_ref(), today());
    let mut app = session(
        App::comparing(cvc::tui::style::Styles::new(cvc::theme::Theme::default_dark()), c, at(10, 0, 0)),
        &std::env::temp_dir(),
    );
    app.update(cvc::tui::action::Intent::Resize(80, 24));
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::End);
    let text = screen(&app, 80, 24);
    assert!(text.contains("~ T10000 task 9999"), "{text}");
    press(&mut app, KeyCode::PageUp);
    assert_eq!(compare_screen(&app).cursors[2].selected, 9_999 - compare_screen(&app).rows_visible);
}

#[test]
fn h_follows_the_open_canvas_and_its_revisions_beside_it_with_unsaved_changes_and_esc_returns() {
    let s = Sandbox::new();
    std::fs::copy(shipped("acme-2026-05"), s.path("acme-2026-05.ron")).unwrap();
    s.write("broken.ron", "Canvas(format: 2, id: \"a3c9e1f4\", revision: ");
    s.write("other.ron", "Canvas(format: 2, id: \"elsewhere\", revision: 9)");
    let (_, mut app) = app_on_copy(s.dir.path(), "acme-2026-11");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('a'));
    enter_line(&mut app, "Works council chair");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('H'));
    let Some(Layer::History(t)) = app.top() else { panic!("H opens the history screen") };
    let revisions: Vec<u32> = t.history.revisions.iter().map(|r| r.revision).collect();
    assert_eq!(revisions, [1, 2], "the earlier revision beside it, not the other canvas or the broken file");
    assert!(
        t.history.stakeholders.iter().any(|p| p.label == "Works council chair"),
        "the open canvas as it is now"
    );
    assert_eq!(app.mode(), Mode::History);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Down);
    let Some(Layer::History(t)) = app.top() else { unreachable!() };
    assert_eq!((t.tab, t.scroll[1]), (1, 1));
    press(&mut app, KeyCode::Esc);
    match &app.screen {
        Screen::Workshop(w) => assert_eq!(w.section, Section::Stakeholders, "back where the user was"),
        _ => panic!("Esc should return to the workshop"),
    }
}
