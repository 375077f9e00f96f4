//! End to end: the real binary in a pseudo-terminal, keys typed, the screen read, the file checked.

use crate::common;
use crate::common::pty;

use common::{Sandbox, eventually};
use cvc::store::load;
use pty::{Term, keys::*};

#[test]
fn a_short_workshop_is_captured_edited_undone_and_saved() {
    let s = Sandbox::new();
    assert_eq!(s.cvc(&["new", "room.ron", "--title", "Field service"]).code, 0);
    let mut t = Term::start(s.dir.path(), &["room.ron"], 80, 24);
    t.wait_for("Field service");
    t.wait_for("Agenda · 120 min");

    t.send(TAB);
    t.send("a");
    t.type_text("Field engineers\r");
    t.type_text("Head of Service\r");
    t.send(ESC);
    t.wait_for("S2   Head of Service");

    t.send(TAB);
    t.send("a");
    t.wait_for("from whom?");
    t.type_text("field\r");
    t.wait_for("to whom?");
    t.type_text("head\r");
    t.wait_for("what flows?");
    t.type_text("field problems\r");
    t.send(ESC);
    t.wait_for("R1   Field engineers — Head of Service");

    t.send(TAB);
    t.send("a");
    t.type_text("Weekly champions call\r");
    t.send(ESC);
    t.send(TAB);
    t.send("a");
    t.type_text("We will answer within 24h\r");
    t.send(ESC);
    t.wait_for("A1   We will answer within 24h");

    t.send("e");
    t.wait_for("Action A1");
    t.send(TAB);
    t.type_text("Sam Lee");
    t.send(CTRL_S);
    t.wait_for("Action A1 saved");
    t.wait_for("Sam Lee");
    let owner = || load(&s.path("room.ron")).unwrap().actions[0].owner.clone();
    eventually("the owner is saved", || owner() == "Sam Lee");

    t.send("u");
    t.wait_for("undone");
    eventually("undo is saved too", || owner().is_empty());

    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    assert!(!t.on_alternate_screen(), "the terminal is given back");

    let c = load(&s.path("room.ron")).unwrap();
    let names: Vec<_> = c.stakeholders.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Field engineers", "Head of Service"]);
    let r = &c.relationships[0];
    assert_eq!((r.from.as_str(), r.to.as_str(), r.exchange.as_str()), ("S1", "S2", "field problems"));
    assert_eq!(c.tasks[0].title, "Weekly champions call");
    assert_eq!(c.actions[0].title, "We will answer within 24h");
    assert!(s.path("room.ron.bak").exists(), "the first save kept a backup");
}

#[test]
fn a_missing_file_becomes_a_new_canvas_there() {
    let s = Sandbox::new();
    let mut t = Term::start(s.dir.path(), &["fresh.ron"], 80, 24);
    t.wait_for("fresh");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    let c = load(&s.path("fresh.ron")).unwrap();
    assert_eq!(c.title, "fresh");
    assert_eq!(c.agenda.len(), 8);
}

#[test]
fn a_damaged_file_is_reported_on_the_start_screen_and_left_alone() {
    let s = Sandbox::new();
    let bad =
        s.write("bad.ron", "Canvas(format: 1, stakeholders: [(id: \"S1\", name: \"x\", stance: Friend)])");
    let before = std::fs::read(&bad).unwrap();
    let mut t = Term::start(s.dir.path(), &["bad.ron"], 100, 30);
    t.wait_for("unknown value `Friend`");
    t.wait_for("New canvas");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    assert_eq!(std::fs::read(&bad).unwrap(), before);
}

#[test]
fn the_start_screen_creates_a_canvas_in_the_data_folder_and_lists_it_next_time() {
    let s = Sandbox::new();
    let mut t = Term::start(s.dir.path(), &[], 100, 30);
    t.wait_for("New canvas");
    t.send("n");
    t.wait_for("title of the new canvas");
    t.type_text("Acme kickoff\r");
    t.wait_for("Acme kickoff");
    t.wait_for("Agenda · 120 min");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    let c = load(&s.path("data/acme-kickoff.ron")).unwrap();
    assert_eq!(c.title, "Acme kickoff");

    let mut again = Term::start(s.dir.path(), &[], 100, 30);
    again.wait_for("Acme kickoff");
    again.send("q");
    assert_eq!(again.wait_exit(), 0);
}

#[test]
fn a_tiny_terminal_is_told_how_large_it_must_be() {
    let s = Sandbox::new();
    let mut t = Term::start(s.dir.path(), &["room.ron"], 60, 20);
    t.wait_for("at least 80×24");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn a_compressed_workshop_keeps_its_clock_across_quit_and_reopen() {
    let s = Sandbox::new();
    let short = "#![enable(implicit_some)]\nCanvas(format: 1, title: \"Quick\", agenda: [\n\
        Block(kind: Stakeholders, title: \"Who\", minutes: 1, spent_secs: 0),\n\
        Block(kind: Actions, title: \"What\", minutes: 1, spent_secs: 0),\n])\n";
    s.write("quick.ron", short);
    let mut t = Term::start(s.dir.path(), &["quick.ron"], 80, 24);
    t.wait_for("⏸ 1:00 left");
    t.send("t");
    t.wait_for("▶ 0:5");
    t.send("n");
    t.wait_for("now: What");
    t.wait_for("Adoption actions");
    std::thread::sleep(std::time::Duration::from_millis(1500));
    t.send("p");
    t.wait_for("p leaves projector mode");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);

    let c = load(&s.path("quick.ron")).unwrap();
    let (who, what) = (c.agenda[0].spent_secs, c.agenda[1].spent_secs);
    assert!((1..60).contains(&who), "the first block counted its seconds: {who}");
    assert!((1..60).contains(&what), "the second block too: {what}");

    let mut again = Term::start(s.dir.path(), &["quick.ron"], 80, 24);
    again.wait_for("⏸");
    again.wait_for(&format!("session {}", cvc::model::clock_text(120 - (who + what) as i64)));
    again.send("q");
    assert_eq!(again.wait_exit(), 0);
    let plan = s.cvc(&["export", "quick.ron"]);
    let row = format!("| What | 1 min | {} |", cvc::model::clock_text(what as i64));
    assert!(plan.stdout.contains(&row), "{row} in\n{}", plan.stdout);
}

#[test]
fn the_room_places_a_stakeholder_in_the_grid_with_shift_arrows_and_types_there() {
    let s = Sandbox::new();
    let mut t = pty::room(&s, 100, 30);
    t.send(TAB);
    t.send("v");
    t.wait_for("power ↑ × interest");
    t.send("a");
    t.type_text("Field engineers");
    t.wait_for("+ S1 Field engineers");
    t.send(ENTER);
    t.send(ESC);
    t.wait_for("not placed yet");
    // Shift+Up twice, Shift+Right once: an unrated stakeholder starts in the middle (3, 3).
    t.send("\x1b[1;2A");
    t.send("\x1b[1;2A");
    t.send("\x1b[1;2C");
    t.wait_for("placed S1 at power 5, interest 4");
    let placed = || {
        let c = load(&s.path("room.ron")).unwrap();
        c.stakeholders.first().map(|p| (p.power, p.interest))
    };
    eventually("the place is saved", || placed() == Some((Some(5), Some(4))));
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn esc_on_a_changed_form_asks_before_throwing_the_change_away() {
    let s = Sandbox::new();
    let mut t = pty::room(&s, 80, 24);
    t.send(TAB);
    t.send("a");
    t.type_text("Field engineers\r");
    t.send(ESC);
    t.send("e");
    t.wait_for("Stakeholder S1");
    t.send(TAB);
    t.send(TAB);
    t.type_text("Plans the weeks");
    t.send(ESC);
    t.wait_for("Esc again throws these changes away");
    t.send(CTRL_S);
    t.wait_for("saved");
    let role = || load(&s.path("room.ron")).unwrap().stakeholders[0].role.clone();
    eventually("the role is kept and saved", || role() == "Plans the weeks");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn projector_focus_shows_one_entry_and_steps_through_the_list() {
    let s = Sandbox::new();
    let mut t = pty::room(&s, 80, 24);
    t.send(TAB);
    t.send("a");
    t.type_text("Field engineers\r");
    t.type_text("Head of Service\r");
    t.send(ESC);
    t.send("\x1b[H");
    t.send("p");
    t.send(ENTER);
    t.wait_for("1 of 2");
    t.send("\x1b[C");
    t.wait_for("2 of 2");
    t.send(ESC);
    t.send("p");
    t.wait_for("S2   Head of Service");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn a_loop_review_reading_is_typed_on_the_l_screen_and_saved_with_todays_date() {
    let s = Sandbox::new();
    std::fs::copy(common::shipped("acme-2026-11"), s.path("acme.ron")).unwrap();
    let mut t = Term::start(s.dir.path(), &["acme.ron"], 80, 24);
    t.wait_for("Agenda");
    for _ in 0..4 {
        t.send(TAB);
    }
    t.wait_for("A1");
    t.send(DOWN);
    t.send("L");
    t.wait_for("Loop review");
    t.wait_for("10% on 2026-05-13");
    t.send("a");
    t.wait_for("New reading of A2");
    t.type_text("41%\r");
    t.type_text("October survey\r");
    t.wait_for("A2 reached its target");
    t.wait_for("103% of the way from baseline to target, target reached");
    let today = cvc::model::Day::from_civil(jiff::Zoned::now().date());
    let latest = || {
        let c = load(&s.path("acme.ron")).unwrap();
        c.actions[1].indicator.as_ref().and_then(|i| i.readings.last().cloned())
    };
    eventually("the reading is saved", || {
        latest()
            .is_some_and(|r| (r.date, r.value.as_str(), r.note.as_str()) == (today, "41%", "October survey"))
    });
    t.send("q");
    t.wait_for("loop review closed");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn the_parking_lot_takes_a_question_from_any_section_and_keeps_it_in_the_file() {
    let s = Sandbox::new();
    let mut t = pty::room(&s, 80, 24);
    t.send(TAB);
    t.send(TAB);
    t.send("P");
    t.wait_for("Parking lot (0)");
    t.type_text("Who pays for the licence after 2027?");
    t.wait_for("? Who pays for the licence after 2027?");
    t.send(ENTER);
    t.wait_for("parked (1 in the parking lot");
    let parked = || load(&s.path("room.ron")).unwrap().parking;
    eventually("the question is saved", || parked() == ["Who pays for the licence after 2027?"]);
    t.send(ESC);
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}
