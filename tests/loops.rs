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
    let text = screen(&app, 100, 30);
    assert!(text.contains("Community management") && text.contains("T1 Weekly champions call"), "{text}");
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
    assert!(text.contains("cost 8000 EUR · gain 60000 EUR · return 650%"), "{text}");
    assert!(text.contains("5 days (2026-05-13) →"), "{text}");
}
