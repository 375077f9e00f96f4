//! The workshop screen's behaviour, driven through `App::update` with the real key table.

use crate::common;
use crate::common::tui;

use common::{Sandbox, shipped};
use cvc::model::{EntryKind, Health};
use cvc::store::load;
use cvc::tui::action::Intent;
use cvc::tui::keys::Mode;
use cvc::tui::layers::{Layer, Question};
use cvc::tui::section::Section;
use ratatui::crossterm::event::KeyCode;
use tui::*;

fn empty_canvas(s: &Sandbox) -> std::path::PathBuf {
    assert_eq!(s.cvc(&["new", "room.ron", "--title", "Room"]).code, 0);
    s.path("room.ron")
}

#[test]
fn a_new_canvas_opens_on_context() {
    let s = Sandbox::new();
    let app = app_on(&empty_canvas(&s));
    assert_eq!(workshop(&app).section, Section::Context);
}

#[test]
fn quick_add_captures_one_idea_per_line_and_saves_each_at_once() {
    let s = Sandbox::new();
    let file = empty_canvas(&s);
    let mut app = app_on(&file);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('a'));
    for name in ["Field engineers", "Head of Service", "Works council"] {
        enter_line(&mut app, name);
    }
    assert_eq!(app.mode(), Mode::Input, "the line stays open for the next idea");
    let saved = load(&file).unwrap();
    let names: Vec<_> = saved.stakeholders.iter().map(|s| (s.id.as_str(), s.name.as_str())).collect();
    assert_eq!(names, [("S1", "Field engineers"), ("S2", "Head of Service"), ("S3", "Works council")]);
    assert!(screen(&app, 80, 24).contains("type the next one, or Esc"));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Workshop);
    assert_eq!(workshop(&app).save.saved_at, Some(at(10, 0, 0)));
    assert!(!screen(&app, 80, 24).contains("or Esc"), "the line's hint goes with the line");
}

#[test]
fn a_relationship_is_captured_by_picking_two_stakeholders_then_the_exchange() {
    let s = Sandbox::new();
    let (file, mut app) = app_on_copy(s.dir.path(), "acme-2026-11");
    for _ in 0..2 {
        press(&mut app, KeyCode::Tab);
    }
    press(&mut app, KeyCode::Char('a'));
    assert_eq!(app.mode(), Mode::Picker);
    enter_line(&mut app, "works");
    enter_line(&mut app, "head");
    enter_line(&mut app, "consultation on rosters");
    let c = load(&file).unwrap();
    let r = c.relationships.last().unwrap();
    assert_eq!((r.id.as_str(), r.from.as_str(), r.to.as_str()), ("R8", "S7", "S2"));
    assert_eq!(r.exchange, "consultation on rosters");
    assert_eq!(app.mode(), Mode::Picker, "ready for the next pair");
    // A name that starts with what is typed comes before one that only holds it ("Head of
    // Service" holds "serv"; "Service desk" starts with it).
    enter_line(&mut app, "Platform");
    enter_line(&mut app, "Serv");
    enter_line(&mut app, "customer history");
    let c = load(&file).unwrap();
    let r = c.relationships.last().unwrap();
    let desk = c.stakeholders.iter().find(|p| p.name == "Service desk").unwrap();
    assert_eq!(r.to, desk.id, "Serv picks Service desk, not Head of Service");
    press(&mut app, KeyCode::Esc);
    assert!(!screen(&app, 80, 24).contains("or Esc"), "the picker's hint goes with it");
}

/// A new canvas with one action, open on Adoption actions with the action selected.
/// The app on a new canvas in folder `name`, the folder then removed (a shared drive gone): the
/// next save cannot be written. On Stakeholders, quick add open.
fn on_a_folder_that_goes(s: &Sandbox, name: &str) -> cvc::tui::runner::Session {
    let folder = s.path(name);
    std::fs::create_dir(&folder).unwrap();
    let file = folder.join("room.ron");
    std::fs::write(&file, cvc::store::to_ron(&cvc::model::Canvas::new("Room"))).unwrap();
    let mut app = app_on(&file);
    std::fs::remove_dir_all(&folder).unwrap();
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('a'));
    app
}

fn one_action(s: &Sandbox) -> (std::path::PathBuf, cvc::tui::runner::Session) {
    let file = empty_canvas(s);
    let mut app = app_on(&file);
    for _ in 0..4 {
        press(&mut app, KeyCode::Tab);
    }
    press(&mut app, KeyCode::Char('a'));
    enter_line(&mut app, "We will answer within 24h");
    press(&mut app, KeyCode::Esc);
    (file, app)
}

#[test]
fn the_form_edits_every_field_and_refuses_an_impossible_date_in_place() {
    let s = Sandbox::new();
    let (file, mut app) = one_action(&s);
    press(&mut app, KeyCode::Char('e'));
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Sam Lee");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Field service");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "2027-02-30");
    ctrl(&mut app, 's');
    assert_eq!(app.mode(), Mode::Form, "not saved with a bad date");
    assert!(load(&file).unwrap().actions[0].owner.is_empty(), "nothing written yet");
    for _ in 0..2 {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "28");
    ctrl(&mut app, 's');
    assert_eq!(app.mode(), Mode::Workshop);
    let a = &load(&file).unwrap().actions[0];
    assert_eq!((a.owner.as_str(), a.due.map(|d| d.to_string())), ("Sam Lee", Some("2027-02-28".into())));
    assert_eq!(a.business_line, "Field service");
}

#[test]
fn a_date_field_takes_tomorrow_a_weekday_or_a_span_and_saves_the_date() {
    let s = Sandbox::new();
    let (file, mut app) = one_action(&s);
    let due = |app: &mut cvc::tui::runner::Session, text: &str| {
        press(app, KeyCode::Char('e'));
        for _ in 0..3 {
            press(app, KeyCode::Tab);
        }
        for _ in 0..12 {
            press(app, KeyCode::Backspace);
        }
        type_text(app, text);
        ctrl(app, 's');
    };
    // Relative days count from the workshop's today: the test clock's day.
    let today = today();
    for (typed, means) in
        [("tomorrow", "tomorrow"), ("+2w", "+2w"), ("Friday", "fri"), ("2027-03-01", "2027-03-01")]
    {
        due(&mut app, typed);
        assert_eq!(app.mode(), Mode::Workshop, "{typed} is a date");
        let saved = load(&file).unwrap().actions[0].due;
        assert_eq!(
            saved,
            cvc::model::Day::resolve(means, today).ok(),
            "{typed} is saved as the day it means"
        );
    }
    due(&mut app, "next week");
    assert_eq!(app.mode(), Mode::Form, "not a date: the form stays open");
    assert!(screen(&app, 80, 24).contains("a weekday"), "the form says what a date may be");
}

#[test]
fn esc_in_the_form_changes_nothing() {
    let s = Sandbox::new();
    let file = s.path("acme.ron");
    std::fs::copy(shipped("acme-2026-11"), &file).unwrap();
    let before = std::fs::read(&file).unwrap();
    let mut app = app_on(&file);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, " changed");
    press(&mut app, KeyCode::Esc);
    assert_eq!(std::fs::read(&file).unwrap(), before);
    assert_eq!(workshop(&app).history.depth(), 0);
}

#[test]
fn deleting_a_stakeholder_asks_lists_its_relationships_and_undo_brings_all_back() {
    let s = Sandbox::new();
    let (file, mut app) = app_on_copy(s.dir.path(), "acme-2026-11");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('d'));
    match app.top() {
        Some(Layer::Question(Question::Delete { lines, .. })) => {
            assert!(lines[0].contains("S1 \"Field engineers\""));
            assert!(lines.iter().any(|l| l.contains("R1")) && lines.iter().any(|l| l.contains("R7")));
        }
        other => panic!("expected a question, found {other:?}"),
    }
    press(&mut app, KeyCode::Char('y'));
    let c = load(&file).unwrap();
    assert!(c.stakeholder("S1").is_none());
    assert!(c.relationships.iter().all(|r| r.from != "S1" && r.to != "S1"));
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(load(&file).unwrap(), load(&shipped("acme-2026-11")).unwrap(), "undo restores everything");
    ctrl(&mut app, 'r');
    assert!(load(&file).unwrap().stakeholder("S1").is_none(), "redo deletes again");
}

#[test]
fn n_keeps_the_entry() {
    let s = Sandbox::new();
    let (file, mut app) = app_on_copy(s.dir.path(), "acme-2026-11");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('d'));
    press(&mut app, KeyCode::Char('n'));
    assert!(load(&file).unwrap().stakeholder("S1").is_some());
}

#[test]
fn reorder_and_votes_are_changes_that_undo() {
    let s = Sandbox::new();
    let (file, mut app) = app_on_copy(s.dir.path(), "acme-2026-11");
    for _ in 0..4 {
        press(&mut app, KeyCode::Tab);
    }
    press(&mut app, KeyCode::Char('J'));
    press(&mut app, KeyCode::Char('+'));
    press(&mut app, KeyCode::Char('+'));
    let c = load(&file).unwrap();
    assert_eq!((c.actions[0].id.as_str(), c.actions[1].id.as_str()), ("A2", "A1"));
    assert_eq!(c.actions[1].votes, 6, "votes go to the moved, still selected, action");
    for _ in 0..3 {
        press(&mut app, KeyCode::Char('u'));
    }
    assert_eq!(load(&file).unwrap().actions, load(&shipped("acme-2026-11")).unwrap().actions);
}

#[test]
fn the_filter_narrows_the_list_and_esc_clears_it() {
    let s = Sandbox::new();
    let (_, mut app) = app_on_copy(s.dir.path(), "acme-2026-11");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "council");
    assert_eq!(workshop(&app).rows(Section::Stakeholders).len(), 1);
    press(&mut app, KeyCode::Enter);
    assert_eq!(workshop(&app).selected(), Some(5));
    press(&mut app, KeyCode::Char('/'));
    press(&mut app, KeyCode::Esc);
    assert_eq!(workshop(&app).rows(Section::Stakeholders).len(), 8);
}

#[test]
fn enter_on_a_review_warning_jumps_to_its_entry() {
    let s = Sandbox::new();
    let (_, mut app) = app_on_copy(s.dir.path(), "acme-2026-11");
    press(&mut app, KeyCode::BackTab);
    assert_eq!(workshop(&app).section, Section::Review);
    let broken =
        workshop(&app).derived.warnings.iter().position(|w| w.message().ends_with("is broken")).unwrap();
    for _ in 0..broken {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    let w = workshop(&app);
    assert_eq!(w.section, Section::Relationships);
    let r = &w.canvas.relationships[w.selected().unwrap()];
    assert_eq!(r.health, Some(Health::Broken));
}

#[test]
fn a_file_changed_on_disk_is_never_overwritten_and_can_be_saved_elsewhere() {
    let s = Sandbox::new();
    let file = empty_canvas(&s);
    let mut app = app_on(&file);
    std::fs::write(&file, "edited by someone else").unwrap();
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('a'));
    enter_line(&mut app, "Field engineers");
    // The question waits while the line is open: typing goes on, and "r" or "s" are letters.
    assert_eq!(app.mode(), Mode::Input);
    assert!(
        screen(&app, 80, 24).contains("NOT SAVED (the file changed on disk)"),
        "{}",
        screen(&app, 80, 24)
    );
    enter_line(&mut app, "Works council reps");
    assert_eq!(workshop(&app).canvas.stakeholders.len(), 2, "both typed names are entries");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "edited by someone else");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Conflict, "the question opens once the line is left");
    press(&mut app, KeyCode::Char('s'));
    assert_eq!(app.mode(), Mode::Input);
    for _ in 0..200 {
        press(&mut app, KeyCode::Backspace);
    }
    let other = s.path("mine.ron");
    enter_line(&mut app, other.to_str().unwrap());
    assert_eq!(load(&other).unwrap().stakeholders[0].name, "Field engineers");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "edited by someone else");
    press(&mut app, KeyCode::Char('a'));
    enter_line(&mut app, "Head of Service");
    assert_eq!(load(&other).unwrap().stakeholders.len(), 3, "cvc now saves to the new file");
}

#[test]
fn reload_takes_the_other_programs_version() {
    let s = Sandbox::new();
    let file = empty_canvas(&s);
    let mut app = app_on(&file);
    std::fs::copy(shipped("acme-2026-11"), &file).unwrap();
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('a'));
    enter_line(&mut app, "Lost idea");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('r'));
    assert_eq!(app.mode(), Mode::Confirm, "reload asks first");
    assert!(screen(&app, 80, 24).contains("added S1 \"Lost idea\""), "names what would be lost");
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(workshop(&app).canvas.stakeholders.len(), 1, "n keeps the idea");
    press(&mut app, KeyCode::Char('r'));
    press(&mut app, KeyCode::Char('y'));
    assert_eq!(workshop(&app).canvas.stakeholders.len(), 8);
    assert_eq!(load(&file).unwrap(), load(&shipped("acme-2026-11")).unwrap());
}

#[test]
fn q_quits_with_everything_saved_and_help_shows_and_hides() {
    let s = Sandbox::new();
    let file = empty_canvas(&s);
    let mut app = app_on(&file);
    press(&mut app, KeyCode::Char('?'));
    assert_eq!(app.mode(), Mode::Help);
    press(&mut app, KeyCode::Char('q'));
    assert_eq!(app.mode(), Mode::Workshop);
    assert!(!app.quit(), "q closes help first");
    press(&mut app, KeyCode::Char('q'));
    assert!(app.quit());
}

#[test]
fn the_save_time_comes_from_the_clock() {
    let s = Sandbox::new();
    let file = empty_canvas(&s);
    let mut app = app_on(&file);
    app.update(Intent::Tick(at(10, 42, 7)));
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('a'));
    enter_line(&mut app, "x");
    assert_eq!(workshop(&app).save.saved_at, Some(at(10, 42, 7)));
    assert!(workshop(&app).canvas.len_of(EntryKind::Stakeholder) == 1);
}

#[test]
fn a_click_selects_a_row_and_the_wheel_scrolls() {
    let s = Sandbox::new();
    let (_, mut app) = app_on_copy(s.dir.path(), "acme-2026-11");
    press(&mut app, KeyCode::Tab);
    let list = cvc::tui::views::layout::inner(cvc::tui::views::layout::workshop(app.area).list);
    click(&mut app, 80, 24, list.x + 3, list.y + 2);
    assert_eq!(workshop(&app).selected(), Some(2));
    app.update(Intent::ScrollDown);
    assert_eq!(workshop(&app).selected(), Some(3));
    click(&mut app, 80, 24, 3, 1);
    assert_eq!(workshop(&app).section, Section::Context, "the first tab");
}

#[test]
fn a_file_that_cannot_be_written_is_said_plainly_and_saving_elsewhere_is_offered() {
    let s = Sandbox::new();
    let mut app = on_a_folder_that_goes(&s, "shared-drive");
    enter_line(&mut app, "Field engineers");
    type_text(&mut app, "disk");
    assert_eq!(app.mode(), Mode::Input, "the s of disk is a letter, not an answer");
    press(&mut app, KeyCode::Enter);
    assert_eq!(workshop(&app).canvas.stakeholders.len(), 2);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Conflict, "the question opens");
    assert!(screen(&app, 80, 24).contains("cannot be written"), "{}", screen(&app, 80, 24));
    assert!(workshop(&app).save.dirty());
    press(&mut app, KeyCode::Char('s'));
    for _ in 0..200 {
        press(&mut app, KeyCode::Backspace);
    }
    let other = s.path("rescued.ron");
    enter_line(&mut app, other.to_str().unwrap());
    assert_eq!(load(&other).unwrap().stakeholders[0].name, "Field engineers");
    assert_eq!(load(&other).unwrap().stakeholders[1].name, "disk");
    assert!(!workshop(&app).save.dirty());
}

#[test]
fn pasting_several_lines_into_quick_add_adds_one_entry_per_line() {
    let s = Sandbox::new();
    let file = empty_canvas(&s);
    let mut app = app_on(&file);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Field ");
    app.update(cvc::tui::action::Intent::Paste("engineers\nHead of Service\r\n\nWorks coun".into()));
    type_text(&mut app, "cil");
    press(&mut app, KeyCode::Enter);
    let names: Vec<_> = load(&file).unwrap().stakeholders.into_iter().map(|p| p.name).collect();
    assert_eq!(names, ["Field engineers", "Head of Service", "Works council"]);
}

#[test]
fn a_read_only_canvas_is_never_written_and_saving_elsewhere_is_offered() {
    use std::os::unix::fs::PermissionsExt;
    let s = Sandbox::new();
    let file = empty_canvas(&s);
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(&file).unwrap();
    let mut app = app_on(&file);
    assert!(screen(&app, 80, 24).contains("read-only"), "{}", screen(&app, 80, 24));
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('a'));
    enter_line(&mut app, "Field engineers");
    press(&mut app, KeyCode::Esc);
    assert_eq!(std::fs::read(&file).unwrap(), before, "the file is untouched");
    assert_eq!(app.mode(), Mode::Conflict);
    assert!(screen(&app, 80, 24).contains("read-only"));
    press(&mut app, KeyCode::Char('s'));
    press(&mut app, KeyCode::Enter);
    assert!(!workshop(&app).save.dirty(), "saved beside it under a new name");
    assert_eq!(workshop(&app).path.parent(), file.parent());
}

#[test]
fn save_elsewhere_suggests_a_name_beside_the_canvas_not_a_doubled_folder() {
    use cvc::tui::effect::Effect;
    let mut app = app_without_disk("meetings/room.ron");
    let _ = app.update(Intent::Tick(at(10, 5, 0)));
    app.layers.push(Layer::Question(Question::Conflict));
    let _ = app.update(Intent::SaveElsewhere);
    let asked: Vec<Effect> = app.update(Intent::Submit);
    let path = asked.iter().find_map(|e| match e {
        Effect::SaveAs { path, .. } => Some(path.clone()),
        _ => None,
    });
    assert_eq!(path, Some("meetings/room-mine-100500.ron".into()));
}

#[test]
fn after_a_failed_save_a_second_q_quits_even_when_the_clock_ticks_between() {
    let s = Sandbox::new();
    let mut app = on_a_folder_that_goes(&s, "gone");
    enter_line(&mut app, "x");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('q'));
    assert!(!app.quit(), "the first q says the change is not saved");
    assert!(screen(&app, 80, 24).contains("press q again"));
    app.update(Intent::Tick(at(10, 0, 1)));
    press(&mut app, KeyCode::Char('q'));
    assert!(app.quit());
}

/// The app on a canvas that was never read from disk, driven by `App::update` alone: no runner,
/// so only the effects it returns tell what would be written.
fn app_without_disk(path: &str) -> cvc::tui::app::App {
    use cvc::tui::effect::{Opened, Outcome};
    let styles = cvc::tui::style::Styles::new(cvc::theme::Theme::default_dark());
    let mut app = cvc::tui::app::App::empty(styles, std::path::Path::new("/nowhere/data"), at(10, 0, 0));
    let canvas = Box::new(cvc::model::Canvas::new("Room"));
    let opened = Opened { path: path.into(), canvas, loop_review: false, read_only: false };
    let _ = app.update(Intent::Done(Box::new(Outcome::Opened(Ok(opened)))));
    app
}

#[test]
fn update_touches_no_disk_it_asks_for_a_save_with_the_new_canvas() {
    use cvc::tui::effect::Effect;
    // A canvas at a path that does not exist: only the effects tell what would be written.
    let mut app = app_without_disk("/nowhere/room.ron");
    let _ = app.update(Intent::NextSection);
    let _ = app.update(Intent::QuickAdd);
    for c in "Field engineers".chars() {
        let _ = app.update(Intent::Input(KeyCode::Char(c).into()));
    }
    let asked = app.update(Intent::Submit);
    let saved = asked.iter().find_map(|e| match e {
        Effect::Save { generation, canvas } => Some((*generation, canvas.stakeholders[0].name.clone())),
        _ => None,
    });
    assert_eq!(saved, Some((1, "Field engineers".to_string())));
    assert!(asked.iter().any(|e| matches!(e, Effect::Derive { generation: 1, .. })));
    assert!(workshop(&app).save.dirty(), "not on disk until the save's outcome comes back");
    let done = cvc::tui::effect::Outcome::Saved { generation: 1, result: Ok(()) };
    let _ = app.update(Intent::Done(Box::new(done)));
    assert!(!workshop(&app).save.dirty());
    assert!(!std::path::Path::new("/nowhere").exists());
}

/// The power shown at the left of the field's row that holds `name`, if any.
fn field_row_power(screen: &str, name: &str) -> Option<u8> {
    let line = screen.lines().find(|l| l.contains(name))?;
    line.trim_start_matches(['│', ' ']).chars().next()?.to_digit(10).map(|d| d as u8)
}

#[test]
fn shift_arrows_place_a_stakeholder_in_the_field_and_undo_takes_it_back() {
    let s = Sandbox::new();
    let (file, mut app) = app_on_copy(s.dir.path(), "acme-2026-11");
    app.update(Intent::Resize(100, 30));
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('v'));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    let before = load(&file).unwrap().stakeholders[2].clone();
    assert_eq!(field_row_power(&screen(&app, 100, 30), &before.name), before.power);
    let shift =
        |code| ratatui::crossterm::event::KeyEvent::new(code, ratatui::crossterm::event::KeyModifiers::SHIFT);
    for key in [shift(KeyCode::Down), shift(KeyCode::Left)] {
        let action = cvc::tui::keys::action_for(app.mode(), &key, app.styles.tr().lang()).unwrap();
        app.update(action);
    }
    let after = &workshop(&app).canvas.stakeholders[2];
    assert_eq!((after.power, after.interest), (before.power.map(|p| p - 1), before.interest.map(|i| i - 1)));
    assert_eq!(field_row_power(&screen(&app, 100, 30), &before.name), before.power.map(|p| p - 1));
    assert_eq!(load(&file).unwrap().stakeholders[2].power, after.power, "saved");
    press(&mut app, KeyCode::Char('u'));
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(workshop(&app).canvas.stakeholders[2], before, "two steps, two undos");
}

#[test]
fn typing_in_the_grid_shows_the_line_under_the_field() {
    let s = Sandbox::new();
    let (_, mut app) = app_on_copy(s.dir.path(), "acme-2026-11");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('v'));
    press(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Quality team");
    let shown = screen(&app, 80, 24);
    assert!(shown.contains("+ S10 Quality team"), "{shown}");
    assert!(shown.contains("power ↑ × interest"), "still the field: {shown}");
}

#[test]
fn an_owner_is_offered_as_it_is_typed_and_right_arrow_takes_it() {
    let s = Sandbox::new();
    let (file, mut app) = app_on_copy(s.dir.path(), "acme-2026-11");
    for _ in 0..4 {
        press(&mut app, KeyCode::Tab);
    }
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "pri");
    let text = screen(&app, 100, 30);
    assert!(text.contains("priya Nair  → completes"), "the rest of the name, faint:\n{text}");
    press(&mut app, KeyCode::Right);
    ctrl(&mut app, 's');
    assert_eq!(cvc::store::load(&file).unwrap().actions[0].owner, "Priya Nair");
}

#[test]
fn a_date_field_takes_relative_days_and_shows_and_saves_the_date() {
    let s = Sandbox::new();
    let (file, mut app) = app_on_copy(s.dir.path(), "acme-2026-11");
    for _ in 0..4 {
        press(&mut app, KeyCode::Tab);
    }
    press(&mut app, KeyCode::Enter);
    for _ in 0..3 {
        press(&mut app, KeyCode::Tab);
    }
    type_text(&mut app, "+2w");
    press(&mut app, KeyCode::Tab);
    // The test clock's today is 2026-11-22: two weeks on is 2026-12-06, shown at once.
    assert!(screen(&app, 100, 30).contains("2026-12-06"), "{}", screen(&app, 100, 30));
    ctrl(&mut app, 's');
    assert_eq!(load(&file).unwrap().actions[0].due.map(|d| d.to_string()).as_deref(), Some("2026-12-06"));
    press(&mut app, KeyCode::Enter);
    for _ in 0..3 {
        press(&mut app, KeyCode::Tab);
    }
    type_text(&mut app, "next week");
    ctrl(&mut app, 's');
    assert!(
        screen(&app, 100, 30).contains("today, tomorrow, yesterday, a weekday"),
        "the form says what it takes"
    );
}

#[test]
fn shift_x_writes_the_html_page_beside_the_canvas_and_asks_before_overwriting_it() {
    let s = Sandbox::new();
    let (file, mut app) = app_on_copy(s.dir.path(), "acme-2026-11");
    press(&mut app, KeyCode::Char('X'));
    let page = file.with_extension("html");
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<svg"), "{}", &html[..200]);
    assert!(!file.with_extension("md").exists(), "x, not X, writes the Markdown");
    std::fs::write(&page, "kept").unwrap();
    press(&mut app, KeyCode::Char('X'));
    assert!(matches!(app.top(), Some(Layer::Question(Question::Export(p))) if *p == page));
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(std::fs::read_to_string(&page).unwrap(), "kept");
    press(&mut app, KeyCode::Char('X'));
    press(&mut app, KeyCode::Char('y'));
    assert!(std::fs::read_to_string(&page).unwrap().starts_with("<!DOCTYPE html>"), "overwritten after yes");
    press(&mut app, KeyCode::Char('x'));
    assert!(std::fs::read_to_string(file.with_extension("md")).unwrap().starts_with("# Acme"));
}

#[test]
fn ctrl_c_while_typing_quits_and_keeps_the_line() {
    let s = Sandbox::new();
    let (file, mut app) = app_on_copy(s.dir.path(), "acme-2026-11");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Safety officer");
    ctrl(&mut app, 'c');
    assert!(app.quit(), "Ctrl+c quits from a line being typed");
    assert_eq!(load(&file).unwrap().stakeholders.last().unwrap().name, "Safety officer");
}

#[test]
fn a_pasted_tab_keeps_words_apart() {
    let s = Sandbox::new();
    let (file, mut app) = app_on_copy(s.dir.path(), "acme-2026-11");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('a'));
    app.update(Intent::Paste("Gamma\ttabbed\nDelta\tteam".into()));
    press(&mut app, KeyCode::Enter);
    let c = load(&file).unwrap();
    let names: Vec<&str> = c.stakeholders.iter().rev().take(2).map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Delta team", "Gamma tabbed"]);
}

#[test]
fn the_stakeholder_field_gives_a_crowded_row_the_lines_of_an_empty_one() {
    let s = Sandbox::new();
    let (_, mut app) = app_on_copy(s.dir.path(), "acme-2026-11");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('v'));
    for (w, h) in [(80, 24), (100, 30)] {
        app.update(Intent::Resize(w, h));
        let text = screen(&app, w, h);
        let field: String = text.lines().filter(|l| l.starts_with('│')).collect::<Vec<_>>().join("\n");
        assert!(!field.contains('…'), "no name shortened at {w}×{h}:\n{field}");
        assert!(field.contains("managers →+") && field.contains("engineering"), "{field}");
    }
}

#[test]
fn a_click_chooses_what_is_drawn_under_the_pointer_in_the_grid_the_map_and_projector_mode() {
    let s = Sandbox::new();
    let (_, mut app) = app_on_copy(s.dir.path(), "acme-2026-11");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('v'));
    // The grid: a name drawn in a cell, not the stakeholder on that row of the hidden list.
    let (col, row) = find_on_screen(&app, 100, 30, "Platform vendor").expect("a name on the field");
    click(&mut app, 100, 30, col + 1, row);
    let w = workshop(&app);
    let chosen = w.selected().map(|i| w.canvas.stakeholders[i].name.clone());
    assert_eq!(chosen.as_deref(), Some("Platform vendor"));
    // The map: a click on a name chooses one of its relationships.
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('v'));
    let (col, row) = find_on_screen(&app, 100, 30, "Service desk").expect("a name on the map");
    let before = workshop(&app).selected();
    click(&mut app, 100, 30, col, row);
    let w = workshop(&app);
    let rel = &w.canvas.relationships[w.selected().unwrap()];
    let desk = w.canvas.stakeholders.iter().find(|p| p.name == "Service desk").unwrap();
    assert!(rel.from == desk.id || rel.to == desk.id, "{before:?} → {rel:?}");
    // Projector mode: the entry drawn there.
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('p'));
    let title = workshop(&app).canvas.tasks[2].title.clone();
    let words: String = title.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
    let (col, row) = find_on_screen(&app, 100, 30, &words).expect("the third task is drawn");
    click(&mut app, 100, 30, col, row);
    assert_eq!(workshop(&app).selected(), Some(2));
}

#[test]
fn m_moves_a_task_that_is_really_an_action_and_undo_moves_it_back() {
    let s = Sandbox::new();
    let (file, mut app) = app_on_copy(s.dir.path(), "acme-2026-11");
    while workshop(&app).section != Section::Tasks {
        press(&mut app, KeyCode::Tab);
    }
    let (tasks, actions) = (workshop(&app).canvas.tasks.len(), workshop(&app).canvas.actions.len());
    let title = workshop(&app).canvas.tasks[0].title.clone();
    press(&mut app, KeyCode::Char('M'));
    let w = workshop(&app);
    assert_eq!((w.canvas.tasks.len(), w.canvas.actions.len()), (tasks - 1, actions + 1));
    assert_eq!(w.section, Section::Actions, "the screen follows it");
    assert_eq!(w.selected().map(|i| w.canvas.actions[i].title.clone()), Some(title.clone()));
    assert_eq!(load(&file).unwrap().actions.last().unwrap().title, title, "saved");
    press(&mut app, KeyCode::Char('u'));
    let w = workshop(&app);
    assert_eq!((w.canvas.tasks.len(), w.canvas.actions.len()), (tasks, actions));
    assert_eq!(w.canvas.tasks[0].title, title, "back where it was");
}

#[test]
fn pasting_thousands_of_lines_is_one_change_that_one_undo_takes_back() {
    let s = Sandbox::new();
    let file = empty_canvas(&s);
    let mut app = app_on(&file);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('a'));
    let lines: String = (0..5_000).map(|i| format!("Pasted group {i}\n")).collect();
    app.update(Intent::Paste(lines));
    let w = workshop(&app);
    assert_eq!(w.canvas.stakeholders.len(), 5_000);
    assert!(w.note.as_ref().unwrap().text.contains("added 5000 pasted lines"), "{:?}", w.note);
    assert_eq!(load(&file).unwrap().stakeholders.len(), 5_000, "saved");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('u'));
    let w = workshop(&app);
    assert_eq!(w.canvas.stakeholders.len(), 0, "one undo takes the whole paste back");
    assert!(w.note.as_ref().unwrap().text.contains("undone: pasted 5000 lines"), "{:?}", w.note);
}

#[test]
fn when_saving_elsewhere_fails_the_reason_stays_in_sight_above_the_path() {
    let s = Sandbox::new();
    let mut app = on_a_folder_that_goes(&s, "shared-drive");
    enter_line(&mut app, "Field engineers");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Conflict);
    press(&mut app, KeyCode::Char('s'));
    for _ in 0..200 {
        press(&mut app, KeyCode::Backspace);
    }
    enter_line(&mut app, s.path("no-such-folder/rescued.ron").to_str().unwrap());
    assert_eq!(app.mode(), Mode::Input, "the path is given back to correct");
    let note = workshop(&app).note.clone().expect("why it failed").text;
    let shown = screen(&app, 80, 24);
    assert!(note.contains("does not exist"), "{note}");
    assert!(shown.contains("does not exist"), "the reason {note:?} is on screen with the prompt:\n{shown}");
    assert!(shown.contains("save to:"), "{shown}");
}

#[test]
fn the_comment_a_file_opens_with_survives_every_save() {
    let s = Sandbox::new();
    let (file, mut app) = app_on_copy(s.dir.path(), "acme-2026-11");
    let first = std::fs::read_to_string(&file).unwrap().lines().next().unwrap().to_string();
    assert!(first.starts_with("// Worked example"), "{first}");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('a'));
    enter_line(&mut app, "Quality team");
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(saved.starts_with(&first), "the first line is kept:\n{}", &saved[..200.min(saved.len())]);
    assert!(load(&file).unwrap().stakeholders.iter().any(|p| p.name == "Quality team"));
}
