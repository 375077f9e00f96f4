//! Facilitating the two hours: the clock, the agenda, dots, projector mode and the revisit loop review.

use crate::common;
use crate::common::tui;

use common::{Sandbox, shipped};
use cvc::model::{LoopState, Urgency};
use cvc::store::load;
use cvc::tui::action::Intent;
use cvc::tui::app::{App, Screen};
use cvc::tui::keys::Mode;
use cvc::tui::runner::Session;
use cvc::tui::section::Section;
use ratatui::crossterm::event::KeyCode;
use tui::*;

fn fresh(s: &Sandbox) -> (std::path::PathBuf, Session) {
    assert_eq!(s.cvc(&["new", "room.ron", "--title", "Room"]).code, 0);
    let file = s.path("room.ron");
    let app = app_on(&file);
    (file, app)
}

/// Lets the test clock run: one tick a second from 10:00:00 + `from` to + `to` seconds.
fn run_clock(app: &mut Session, from: i64, to: i64) {
    for s in from + 1..=to {
        let t = at(10, 0, 0).checked_add(jiff::SignedDuration::from_secs(s)).unwrap();
        app.update(Intent::Tick(t));
    }
}

#[test]
fn the_clock_counts_seconds_into_the_block_and_saves_them_every_half_minute() {
    let s = Sandbox::new();
    let (file, mut app) = fresh(&s);
    press(&mut app, KeyCode::Char('t'));
    assert!(workshop(&app).clock.running);
    run_clock(&mut app, 0, 29);
    assert_eq!(workshop(&app).canvas.agenda[0].spent_secs, 29);
    assert_eq!(load(&file).unwrap().agenda[0].spent_secs, 0, "the file is not rewritten every second");
    run_clock(&mut app, 29, 90);
    assert_eq!(load(&file).unwrap().agenda[0].spent_secs, 90, "on disk every half minute");
    run_clock(&mut app, 90, 95);
    press(&mut app, KeyCode::Char('t'));
    assert_eq!(load(&file).unwrap().agenda[0].spent_secs, 95, "and when paused");
    run_clock(&mut app, 95, 200);
    assert_eq!(load(&file).unwrap().agenda[0].spent_secs, 95, "a paused clock counts nothing");
}

#[test]
fn quitting_writes_the_clocks_latest_seconds() {
    let s = Sandbox::new();
    let (file, mut app) = fresh(&s);
    press(&mut app, KeyCode::Char('t'));
    run_clock(&mut app, 0, 12);
    press(&mut app, KeyCode::Char('q'));
    assert!(app.quit());
    assert_eq!(load(&file).unwrap().agenda[0].spent_secs, 12);
}

#[test]
fn the_clock_turns_amber_then_red_and_rings_once_at_zero() {
    let s = Sandbox::new();
    let (_, mut app) = fresh(&s);
    press(&mut app, KeyCode::Char('t'));
    run_clock(&mut app, 0, 479);
    assert_eq!(workshop(&app).progress().urgency, Urgency::Calm);
    run_clock(&mut app, 479, 480);
    assert_eq!(workshop(&app).progress().urgency, Urgency::Amber, "20% of 10 minutes left");
    run_clock(&mut app, 480, 570);
    assert_eq!(workshop(&app).progress().urgency, Urgency::Red, "5% left");
    run_clock(&mut app, 570, 599);
    assert_eq!(app.runner.bells, 0);
    run_clock(&mut app, 599, 600);
    assert_eq!(app.runner.bells, 1, "the bell rings at zero");
    run_clock(&mut app, 600, 720);
    assert_eq!(app.runner.bells, 1, "and only once");
    let p = workshop(&app).progress();
    assert_eq!((p.block_left, p.behind), (-120, 120), "two minutes over, two minutes behind");
}

#[test]
fn the_bell_stays_quiet_when_turned_off() {
    for enabled in [true, false] {
        let s = Sandbox::new();
        let (_, mut app) = fresh(&s);
        app.bell_enabled = enabled;
        press(&mut app, KeyCode::Char('t'));
        run_clock(&mut app, 0, 601);
        // The same run rings once with the bell on, so silence with it off is the setting's doing.
        assert_eq!(app.runner.bells, usize::from(enabled), "bell enabled: {enabled}");
    }
}

#[test]
fn next_block_moves_the_clock_and_the_screen_but_moving_by_hand_never_moves_the_clock() {
    let s = Sandbox::new();
    let (_, mut app) = fresh(&s);
    press(&mut app, KeyCode::Char('t'));
    run_clock(&mut app, 0, 30);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    assert_eq!(workshop(&app).clock.block, 0, "Tab changes the section, not the block");
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Char('n'));
    let w = workshop(&app);
    assert_eq!(w.clock.block, 2);
    assert_eq!(w.section, Section::Stakeholders, "the Stakeholders block shows its section");
    run_clock(&mut app, 30, 45);
    let agenda = &workshop(&app).canvas.agenda;
    assert_eq!((agenda[0].spent_secs, agenda[1].spent_secs, agenda[2].spent_secs), (30, 0, 15));
}

#[test]
fn a_minute_more_or_less_changes_the_current_block_and_undo_keeps_the_time_spent() {
    let s = Sandbox::new();
    let (file, mut app) = fresh(&s);
    press(&mut app, KeyCode::Char('t'));
    press(&mut app, KeyCode::Char(']'));
    press(&mut app, KeyCode::Char(']'));
    press(&mut app, KeyCode::Char('['));
    assert_eq!(load(&file).unwrap().agenda[0].minutes, 11);
    run_clock(&mut app, 0, 40);
    press(&mut app, KeyCode::Char('u'));
    let c = load(&file).unwrap();
    assert_eq!(
        (c.agenda[0].minutes, c.agenda[0].spent_secs),
        (12, 40),
        "undo changes the plan, not the time spent"
    );
}

#[test]
fn spent_time_survives_quit_and_reopen_and_the_clock_resumes_its_block() {
    let s = Sandbox::new();
    let (file, mut app) = fresh(&s);
    press(&mut app, KeyCode::Char('t'));
    run_clock(&mut app, 0, 100);
    press(&mut app, KeyCode::Char('n'));
    run_clock(&mut app, 100, 160);
    press(&mut app, KeyCode::Char('q'));
    assert!(app.quit());
    let reopened = app_on(&file);
    let w = workshop(&reopened);
    assert_eq!(w.clock.block, 1);
    assert!(!w.clock.running, "a reopened clock waits for t");
    assert_eq!((w.canvas.agenda[0].spent_secs, w.canvas.agenda[1].spent_secs), (100, 60));
    let export = s.cvc(&["export", "room.ron"]);
    assert!(export.stdout.contains("| Open & frame | 10 min | 1:40 |"), "{}", export.stdout);
    assert!(export.stdout.contains("| Value goal | 15 min | 1:00 |"));
}

#[test]
fn the_agenda_editor_adds_edits_moves_and_removes_blocks() {
    let s = Sandbox::new();
    let (file, mut app) = fresh(&s);
    press(&mut app, KeyCode::Char('A'));
    assert_eq!(app.mode(), Mode::Agenda);
    press(&mut app, KeyCode::Char('a'));
    assert_eq!(app.mode(), Mode::Form);
    for _ in 0..20 {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "Warm-up game");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Backspace);
    type_text(&mut app, "7");
    ctrl(&mut app, 's');
    assert_eq!(app.mode(), Mode::Agenda, "back to the agenda after the block's form");
    let c = load(&file).unwrap();
    assert_eq!((c.agenda[1].title.as_str(), c.agenda[1].minutes), ("Warm-up game", 7));
    press(&mut app, KeyCode::Char('K'));
    assert_eq!(load(&file).unwrap().agenda[0].title, "Warm-up game");
    press(&mut app, KeyCode::Char('d'));
    let c = load(&file).unwrap();
    assert_eq!(c.agenda.len(), 8);
    assert_eq!(c.agenda[0].title, "Open & frame");
    // End and Home reach the last and the first block: K on the last moves it up one.
    press(&mut app, KeyCode::End);
    press(&mut app, KeyCode::Char('K'));
    assert_eq!(load(&file).unwrap().agenda[6].title, c.agenda[7].title, "End selected the last block");
    press(&mut app, KeyCode::Home);
    press(&mut app, KeyCode::Char('J'));
    assert_eq!(load(&file).unwrap().agenda[1].title, "Open & frame", "Home selected the first block");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Workshop);
}

#[test]
fn dots_go_on_tasks_and_actions_and_one_key_sorts_by_them() {
    let s = Sandbox::new();
    let (file, mut app) = app_on_copy(s.dir.path(), "acme-2026-11");
    for _ in 0..3 {
        press(&mut app, KeyCode::Tab);
    }
    press(&mut app, KeyCode::End);
    for _ in 0..3 {
        press(&mut app, KeyCode::Char('+'));
    }
    assert_eq!(load(&file).unwrap().tasks[3].votes, 3);
    press(&mut app, KeyCode::Char('o'));
    let c = load(&file).unwrap();
    assert_eq!(c.tasks[0].id, "T5", "most dots first");
    assert_eq!(workshop(&app).selected(), Some(0), "the selection follows the entry");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('o'));
    let order: Vec<_> = load(&file).unwrap().actions.iter().map(|a| a.votes).collect();
    assert_eq!(order, [6, 5, 4, 3, 2, 1]);
}

#[test]
fn projector_mode_hides_ids_and_notes_and_still_captures() {
    let s = Sandbox::new();
    let (file, mut app) = app_on_copy(s.dir.path(), "acme-2026-11");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('p'));
    let text = screen(&app, 80, 24);
    assert!(text.contains("Head of Service"));
    assert!(!text.contains("S2") && !text.contains("Maria Okafor"), "no ids, no notes:\n{text}");
    press(&mut app, KeyCode::Char('a'));
    enter_line(&mut app, "Safety officer");
    press(&mut app, KeyCode::Esc);
    assert_eq!(load(&file).unwrap().stakeholders.last().unwrap().name, "Safety officer");
    // The one just captured is selected and drawn in big glyphs; the one featured before is
    // now plain bold text among the rest.
    assert_eq!(workshop(&app).selected(), Some(8));
    let text = screen(&app, 80, 24);
    assert!(text.contains("Platform vendor") && !text.contains("Safety officer"), "{text}");
    press(&mut app, KeyCode::Char('p'));
    assert!(screen(&app, 80, 24).contains("S10"));
}

#[test]
fn a_revisit_opens_its_pass_on_the_loop_review_and_each_saved_loop_moves_on() {
    let s = Sandbox::new();
    let old = s.path("may.ron");
    std::fs::copy(shipped("acme-2026-05"), &old).unwrap();
    assert_eq!(s.cvc(&["revisit", "may.ron", "nov.ron"]).code, 0);
    let file = s.path("nov.ron");
    let mut app = app_on(&file);
    app.start_loop_review();
    assert_eq!(app.mode(), Mode::Loops);
    let selected = |app: &Session| {
        let w = workshop(app);
        let Some(l) = app.loops_shown() else { panic!("the loop review is not shown") };
        w.canvas.actions[w.loops_selected(&l).unwrap()].id.clone()
    };
    // Grouped by value driver: A3 (Growth) first; it has no indicator yet, so no reading.
    assert_eq!(selected(&app), "A3");
    press(&mut app, KeyCode::Char('a'));
    assert_eq!(app.mode(), Mode::Loops);
    assert!(screen(&app, 80, 24).contains("A3 has no indicator yet"));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::Form);
    for _ in 0..3 {
        press(&mut app, KeyCode::Tab);
    }
    type_text(&mut app, "new engineers with a buddy");
    ctrl(&mut app, 's');
    assert_eq!(
        load(&file).unwrap().actions[2].indicator.as_ref().unwrap().name,
        "new engineers with a buddy"
    );
    assert_eq!((app.mode(), selected(&app)), (Mode::Loops, "A2".to_string()), "the pass moves on");
    // A reading on A2, dated today, then its loop marked measured.
    press(&mut app, KeyCode::Char('a'));
    assert_eq!(app.mode(), Mode::Form);
    type_text(&mut app, "18%");
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "first 20 fixes moved");
    press(&mut app, KeyCode::Enter);
    let a2 = &load(&file).unwrap().actions[1];
    let reading = a2.indicator.as_ref().unwrap().readings.last().unwrap().clone();
    assert_eq!((reading.date, reading.value.as_str()), (today(), "18%"));
    assert_eq!((app.mode(), selected(&app)), (Mode::Loops, "A2".to_string()), "a reading stays on A2");
    let card = screen(&app, 160, 48);
    assert!(card.contains("2026-11-22  18% — first 20 fixes moved"), "{card}");
    assert!(card.contains("27% of the way from baseline to target"), "progress from 10% to 40%: {card}");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Right);
    ctrl(&mut app, 's');
    assert_eq!(load(&file).unwrap().actions[1].loop_state, Some(LoopState::Measured));
    assert_eq!(selected(&app), "A1");
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(load(&file).unwrap().actions[1].loop_state, Some(LoopState::Open), "undo works here too");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Workshop);
    let d = s.cvc(&["diff", "may.ron", "nov.ron"]);
    assert!(d.stdout.contains("readings"), "{}", d.stdout);
}

#[test]
fn l_opens_the_loop_review_on_the_selected_action_and_a_reading_that_reaches_the_target_says_so() {
    let s = Sandbox::new();
    let (file, mut app) = app_on_copy(s.dir.path(), "acme-2026-11");
    for _ in 0..4 {
        press(&mut app, KeyCode::Tab);
    }
    assert_eq!(workshop(&app).section, Section::Actions);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('L'));
    assert_eq!(app.mode(), Mode::Loops);
    let text = screen(&app, 80, 24);
    assert!(text.contains("A2 We will move the top 50 fixes"), "{text}");
    assert!(text.contains("Baseline      10% on 2026-05-13") && text.contains("Target        40%"), "{text}");
    press(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "41%");
    ctrl(&mut app, 's');
    let note = workshop(&app).note.clone().unwrap().text;
    assert!(note.contains("A2 reached its target"), "{note}");
    assert!(screen(&app, 80, 24).contains("target reached"));
    assert_eq!(load(&file).unwrap().actions[1].indicator.as_ref().unwrap().readings.len(), 3);
    // A value that is not a number in the target's unit is kept, and the room is told.
    press(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "much better");
    ctrl(&mut app, 's');
    let note = workshop(&app).note.clone().unwrap().text;
    assert!(note.contains("\"much better\" kept as written"), "{note}");
    press(&mut app, KeyCode::Char('u'));
    // Enter then comes with the loop set to closed; Ctrl+s confirms it.
    press(&mut app, KeyCode::Enter);
    ctrl(&mut app, 's');
    assert_eq!(load(&file).unwrap().actions[1].loop_state, Some(LoopState::Closed));
    // A reading dated after today is refused: it was not measured yet.
    press(&mut app, KeyCode::Char('a'));
    press(&mut app, KeyCode::BackTab);
    type_text(&mut app, "+2w");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "45%");
    ctrl(&mut app, 's');
    assert_eq!(app.mode(), Mode::Form, "{}", screen(&app, 80, 24));
    assert!(workshop(&app).note.clone().unwrap().text.contains("is after today"));
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc);
    assert_eq!(load(&file).unwrap().actions[1].indicator.as_ref().unwrap().readings.len(), 3);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Esc);
    assert_eq!(workshop(&app).selected(), Some(5), "back on the action last looked at (A6)");
}

#[test]
fn the_start_screen_revisits_the_selected_recent_canvas() {
    let s = Sandbox::new();
    let old = s.path("may.ron");
    std::fs::copy(shipped("acme-2026-05"), &old).unwrap();
    let recent =
        vec![cvc::tui::start::Recent { path: old.clone(), canvas: Ok(load(&old).unwrap()), changed: None }];
    let data = s.path("data");
    let app =
        App::start(cvc::tui::style::Styles::new(cvc::theme::Theme::default_dark()), &data, at(10, 0, 0));
    let mut app = session(app, &data);
    app.screen = Screen::Start(Box::new(cvc::tui::start::Start::with_recent(recent, &data)));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('r'));
    assert_eq!(app.mode(), Mode::Loops, "opens on the loop review");
    let w = workshop(&app);
    assert_eq!(w.path, s.path("may-rev2.ron"));
    assert_eq!(w.canvas.revision, 2);
    assert!(w.canvas.agenda.iter().all(|b| b.spent_secs == 0));
}

#[test]
fn undoing_an_agenda_reorder_leaves_each_blocks_time_with_it() {
    let s = Sandbox::new();
    let (file, mut app) = fresh(&s);
    press(&mut app, KeyCode::Char('t'));
    run_clock(&mut app, 0, 46);
    press(&mut app, KeyCode::Char('t'));
    let first = workshop(&app).canvas.agenda[0].title.clone();
    press(&mut app, KeyCode::Char('A'));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('K'));
    assert_eq!(workshop(&app).canvas.agenda[1].title, first, "the reorder moved the timed block");
    press(&mut app, KeyCode::Char('u'));
    let agenda = load(&file).unwrap().agenda;
    assert_eq!((agenda[0].title.as_str(), agenda[0].spent_secs), (first.as_str(), 46));
    assert_eq!(agenda[1].spent_secs, 0, "the other block took no time");
    assert_eq!(workshop(&app).clock.block, 0, "the clock still times the same block");
}

#[test]
fn time_missing_between_ticks_pauses_the_clock_and_asks_whether_it_counts() {
    for counts in [true, false] {
        let s = Sandbox::new();
        let (file, mut app) = fresh(&s);
        press(&mut app, KeyCode::Char('t'));
        run_clock(&mut app, 0, 10);
        // The laptop sleeps for ten minutes.
        app.update(Intent::Tick(at(10, 10, 10)));
        assert_eq!(app.mode(), Mode::Confirm, "the question is asked");
        assert!(!workshop(&app).clock.running, "the clock is paused");
        press(&mut app, KeyCode::Char(if counts { 'y' } else { 'n' }));
        let spent = if counts { 610 } else { 10 };
        assert_eq!(workshop(&app).canvas.agenda[0].spent_secs, spent);
        assert_eq!(load(&file).unwrap().agenda[0].spent_secs, spent, "and it is saved");
    }
}

#[test]
fn a_sleep_during_typing_waits_for_the_line_to_close() {
    let s = Sandbox::new();
    let (_, mut app) = fresh(&s);
    press(&mut app, KeyCode::Char('t'));
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('a'));
    app.update(Intent::Tick(at(10, 20, 0)));
    type_text(&mut app, "ny");
    assert_eq!(app.mode(), Mode::Input, "n and y are letters here");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Input, "a half-typed line is not dropped on the first Esc");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Confirm);
}

#[test]
fn a_canvas_reopened_during_its_workshop_opens_on_the_timed_blocks_section() {
    let s = Sandbox::new();
    let mut c = cvc::model::Canvas::new("Room");
    c.date = cvc::model::Day::new(2026, 11, 22);
    let at_block = c.agenda.iter().position(|b| b.kind == cvc::model::BlockKind::Relationships).unwrap();
    for b in &mut c.agenda[..=at_block] {
        b.spent_secs = 60;
    }
    let file = s.write("room.ron", cvc::store::to_ron(&c));
    let app = app_on(&file);
    assert_eq!(workshop(&app).section, cvc::tui::section::Section::Relationships);
    c.date = cvc::model::Day::new(2026, 5, 2);
    let file = s.write("old.ron", cvc::store::to_ron(&c));
    let app = app_on(&file);
    assert_eq!(workshop(&app).section, cvc::tui::section::Section::Context, "another day: Context");
}

#[test]
fn p_parks_an_off_topic_question_from_any_section_and_review_lists_it() {
    let s = Sandbox::new();
    let (file, mut app) = fresh(&s);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('P'));
    assert_eq!(app.mode(), Mode::Park);
    type_text(&mut app, "Who pays for the licence after 2027?");
    assert!(
        screen(&app, 80, 24).contains("? Who pays for the licence after 2027?"),
        "typed where the room looks"
    );
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Park, "a typed question is not dropped by one Esc");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::Park, "the box stays open for the next question");
    assert_eq!(load(&file).unwrap().parking, ["Who pays for the licence after 2027?"]);
    // What is typed next is the next question, never keys of the screen below (d, y, e…).
    type_text(&mut app, "Is the intranet being replaced?");
    press(&mut app, KeyCode::Enter);
    let text = screen(&app, 80, 24);
    assert!(text.contains("Parking lot (2)") && text.contains("· Is the intranet"), "{text}");
    // ↑ chooses a parked question, Ctrl+d removes it; ↓ past the newest goes back to typing.
    type_text(&mut app, "Typo");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Up);
    ctrl(&mut app, 'd');
    assert_eq!(load(&file).unwrap().parking.len(), 2, "the chosen (newest) question is removed");
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    ctrl(&mut app, 'd');
    assert_eq!(load(&file).unwrap().parking.len(), 2, "nothing chosen, nothing removed");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Workshop);
    assert_eq!(workshop(&app).section, Section::Stakeholders, "parking does not move the room");
    assert_eq!(workshop(&app).canvas.stakeholders.len(), 0, "nothing typed reached the list");
    press(&mut app, KeyCode::BackTab);
    press(&mut app, KeyCode::BackTab);
    let text = screen(&app, 100, 30);
    assert!(text.contains("Parking lot (2)") && text.contains("? Who pays for the licence"), "{text}");
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(load(&file).unwrap().parking.len(), 3, "undo brings the removed question back");
    let note = workshop(&app).note.clone().unwrap().text;
    assert!(note.contains("undone: removed \"Typo\" from the parking lot"), "{note}");
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(load(&file).unwrap().parking.len(), 2, "and takes the last parked one back");
}

#[test]
fn the_loop_review_shows_in_projector_mode_too() {
    let s = Sandbox::new();
    let (_, mut app) = app_on_copy(s.dir.path(), "acme-2026-11");
    press(&mut app, KeyCode::Char('p'));
    press(&mut app, KeyCode::Char('L'));
    assert_eq!(app.mode(), Mode::Loops);
    let text = screen(&app, 100, 30);
    assert!(text.contains("Loop review") && text.contains("Owner       Lars Holm"), "{text}");
    press(&mut app, KeyCode::Esc);
    assert!(workshop(&app).projector.is_on(), "back in projector mode");
}
