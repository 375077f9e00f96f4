//! The threaded runner the app uses: saves off the keystroke path and derived facts worked out
//! on a worker for large canvases, with out-of-order answers kept in order.

use std::time::{Duration, Instant};

use crate::common::Sandbox;
use crate::common::tui::*;
use cvc::model::{Canvas, Stakeholder};
use cvc::theme::Theme;
use cvc::tui::action::Intent;
use cvc::tui::app::App;
use cvc::tui::runner::{Runner, Session};
use cvc::tui::section::Section;
use cvc::tui::style::Styles;
use ratatui::crossterm::event::KeyCode;

/// Polls the workers until nothing is pending (or fails after a generous while).
fn settle(session: &mut Session) {
    let start = Instant::now();
    while session.runner.busy() {
        assert!(start.elapsed() < Duration::from_secs(60), "the workers never answered");
        session.poll();
        std::thread::sleep(Duration::from_millis(5));
    }
    session.poll();
}

#[test]
fn at_2000_entries_a_burst_of_edits_reaches_the_file_and_the_newest_derived_facts_win() {
    let s = Sandbox::new();
    let mut canvas = Canvas::new("Two thousand");
    for i in 0..2_000 {
        canvas.add_stakeholder(Stakeholder { name: format!("Group {i}"), ..Default::default() });
    }
    let file = s.write("big.ron", cvc::store::to_ron(&canvas));
    let data = s.path("data");
    let app = App::empty(Styles::new(Theme::default_dark()), &data, at(10, 0, 0));
    let mut session = Session::open(app, Runner::threaded(&data), &file, false);
    session.update(Intent::Resize(80, 24));
    settle(&mut session);
    while workshop(&session).section != Section::Stakeholders {
        press(&mut session, KeyCode::Tab);
    }
    press(&mut session, KeyCode::Char('a'));
    for n in 1..=5 {
        enter_line(&mut session, &format!("Late idea {n}"));
    }
    // Typing never waited: the screen has all five before any worker answered.
    assert_eq!(workshop(&session).canvas.stakeholders.len(), 2_005);
    settle(&mut session);
    let w = workshop(&session);
    assert_eq!(w.derived.name("S2005"), "Late idea 5", "the derived facts are the newest canvas's");
    assert_eq!(w.derived.name("S2001"), "Late idea 1");
    assert!(!w.save.dirty(), "everything is on disk");
    let on_disk = cvc::store::load(&file).unwrap();
    assert_eq!(on_disk.stakeholders.len(), 2_005, "the burst reached the file");
    assert_eq!(on_disk.stakeholders.last().map(|p| p.name.as_str()), Some("Late idea 5"));
}
