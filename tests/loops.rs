//! The loop review (`L`) lists the community management tasks below the actions; `h` marks the
//! selected task held today, once a day, and undo takes it back.

use crate::common::Sandbox;
use crate::common::tui::*;

use cvc::store::load;
use cvc::tui::keys::Mode;
use ratatui::crossterm::event::KeyCode;

#[test]
fn the_loop_review_lists_tasks_below_the_actions_and_h_marks_one_held_today_undoably() {
    let s = Sandbox::new();
    let (file, mut app) = app_on_copy(s.dir.path(), "acme-2026-11");
    press(&mut app, KeyCode::Char('L'));
    assert_eq!(app.mode(), Mode::Loops);
    // On an action, h says where the tasks are and changes nothing.
    press(&mut app, KeyCode::Char('h'));
    assert!(screen(&app, 100, 30).contains("h marks a task held: the tasks are listed below the actions"));
    let before = load(&file).unwrap();
    // The last row is the last task.
    press(&mut app, KeyCode::End);
    let (t, held_before) = {
        let w = workshop(&app);
        let l = app.loops_shown().unwrap();
        assert_eq!(w.loops_selected(&l), None, "a task's row is no action");
        let t = w.loops_selected_task(&l).unwrap();
        (t, w.canvas.tasks[t].held.clone())
    };
    assert_eq!(t, before.tasks.len() - 1);
    let text = screen(&app, 100, 30);
    assert!(text.contains("Community management") && text.contains("T1 Weekly champions call"), "{text}");
    assert!(text.contains("h marks it held today"), "{text}");
    press(&mut app, KeyCode::Char('h'));
    let saved = load(&file).unwrap();
    assert_eq!(saved.tasks[t].held.last(), Some(&today()), "held today, saved");
    assert_eq!(saved.tasks[t].held.len(), held_before.len() + 1);
    assert!(screen(&app, 100, 30).contains("held today; u undoes"));
    press(&mut app, KeyCode::Char('h'));
    assert!(screen(&app, 100, 30).contains("is already marked held today"));
    assert_eq!(load(&file).unwrap().tasks[t].held.len(), held_before.len() + 1, "once a day");
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(load(&file).unwrap().tasks[t].held, held_before, "undone");
    assert_eq!(app.mode(), Mode::Loops, "undo keeps the loop review open");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Workshop);
}

#[test]
fn the_loop_card_shows_the_baseline_date_cost_gain_and_return() {
    let s = Sandbox::new();
    let (_, mut app) = app_on_copy(s.dir.path(), "acme-2026-11");
    press(&mut app, KeyCode::Char('L'));
    // A1 is the Velocity action with cost 8000 EUR and gain 60000 EUR; find it from the top.
    press(&mut app, KeyCode::Home);
    for _ in 0..10 {
        let w = workshop(&app);
        let l = app.loops_shown().unwrap();
        if w.loops_selected(&l).is_some_and(|i| w.canvas.actions[i].id == "A1") {
            break;
        }
        press(&mut app, KeyCode::Down);
    }
    let text = screen(&app, 160, 48);
    assert!(text.contains("Cost and gain cost 8000 EUR; gain 60000 EUR; return 650%"), "{text}");
    assert!(text.contains("Baseline      5 days on 2026-05-13"), "{text}");
}

/// The loop review on `revision` at `width` × `height`, on action `id`.
fn card_of(s: &Sandbox, revision: &str, id: &str, (width, height): (u16, u16)) -> String {
    let (_, mut app) = app_on_copy(s.dir.path(), revision);
    press(&mut app, KeyCode::Char('L'));
    press(&mut app, KeyCode::Home);
    for _ in 0..10 {
        let w = workshop(&app);
        let l = app.loops_shown().unwrap();
        if w.loops_selected(&l).is_some_and(|i| w.canvas.actions[i].id == id) {
            return screen(&app, width, height);
        }
        press(&mut app, KeyCode::Down);
    }
    panic!("no {id} in the loop review");
}

#[test]
fn the_loop_card_places_readings_by_their_date_on_a_time_axis() {
    // A5's baseline on 2026-05-15, then readings on 2026-07-10, 2027-02-05 and 2027-05-07: the
    // seven months between the first two readings look like seven months, not like a week.
    let s = Sandbox::new();
    let text = card_of(&s, "acme-2027-05", "A5", (200, 60));
    let col = |mark: &str| -> usize {
        let line = text.lines().find(|l| l.contains(mark)).unwrap_or_else(|| panic!("{mark} drawn:\n{text}"));
        line[..line.find(mark).unwrap()].chars().count()
    };
    let (baseline, first, second, third) = (col("○0"), col("●6"), col("●9"), col("12●") + 2);
    let axis = text.lines().find(|l| l.contains('└')).expect("a time axis");
    assert!(axis.contains('┬'), "a tick under each point: {axis}");
    let whole = (third - baseline) as f64;
    let at = |c: usize| (c - baseline) as f64 / whole;
    // 56 days of 357 to the first reading, 267 to the second.
    assert!((at(first) - 56.0 / 357.0).abs() < 0.03, "{}:\n{text}", at(first));
    assert!((at(second) - 267.0 / 357.0).abs() < 0.03, "{}:\n{text}", at(second));
    assert!(text.contains("2026-05-15") && text.contains("2027-05-07"), "the first and last days:\n{text}");
    assert!(text.contains("┄ target 15 engineers"), "the target:\n{text}");
    assert!(text.lines().any(|l| l.contains(" 15 ┤┄┄┄")), "the target's row across:\n{text}");
}

#[test]
fn the_loop_card_says_the_loop_with_its_evidence_and_its_verdict_in_words() {
    let s = Sandbox::new();
    let a1 = card_of(&s, "acme-2027-05", "A1", (160, 48));
    assert!(
        a1.contains("Loop          closed; evidence: 16 hours on 2027-04-30 — April median;"),
        "the loop with its evidence:\n{a1}"
    );
    let a6 = card_of(&s, "acme-2027-05", "A6", (160, 48));
    assert!(
        a6.contains("⚠ done, loop not closed: the review that confirms it worked"),
        "a done action whose loop is open says so:\n{a6}"
    );
    let mut c = cvc::store::load(&crate::common::shipped("acme-2027-05")).unwrap();
    let a2 = c.actions.iter().position(|a| a.id == "A2").unwrap();
    c.actions[a2].indicator.as_mut().unwrap().readings.pop();
    let file = s.path("short.ron");
    std::fs::write(&file, cvc::store::to_ron(&c)).unwrap();
    let mut app = app_on(&file);
    press(&mut app, KeyCode::Char('L'));
    press(&mut app, KeyCode::Home);
    press(&mut app, KeyCode::Down);
    let text = screen(&app, 160, 48);
    assert!(text.contains("A2 We will move the top 50 fixes"), "{text}");
    assert!(
        text.contains("⚠ closed short of target: the last reading falls short"),
        "closed short of its target, in words:\n{text}"
    );
}
