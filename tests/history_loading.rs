//! `H` never blocks a key (issue 21): the history screen opens at once, reading, with progress;
//! the revisions arrive from the runner's worker as an outcome; keys work meanwhile, Esc leaves,
//! and an answer nobody waits for any more (closed, asked again, or of a canvas changed since) is
//! dropped or read again.

use crate::common;
use crate::common::tui;

use common::{Sandbox, eventually, shipped};
use cvc::tui::action::Intent;
use cvc::tui::app::{App, Screen};
use cvc::tui::effect::{Effect, Outcome};
use cvc::tui::keys::action_for;
use cvc::tui::layers::Layer;
use cvc::tui::revisions::{Answer, News, Progress, revisions_beside};
use cvc::tui::runner::Session;
use cvc::tui::timeline::{Revisions, Timeline};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tui::*;

/// The third Acme revision open, the first two beside it.
fn acme(s: &Sandbox) -> (std::path::PathBuf, Session) {
    for name in ["acme-2026-05", "acme-2026-11"] {
        std::fs::copy(shipped(name), s.path(&format!("{name}.ron"))).unwrap();
    }
    app_on_copy(s.dir.path(), "acme-2027-05")
}

/// A key given to the app alone: the effects it asks for come back, not carried out.
fn key(app: &mut App, code: KeyCode) -> Vec<Effect> {
    let mods = if matches!(code, KeyCode::Char(c) if c.is_ascii_uppercase()) {
        KeyModifiers::SHIFT
    } else {
        KeyModifiers::NONE
    };
    match action_for(app.mode(), &KeyEvent::new(code, mods), app.styles.tr().lang()) {
        Some(action) => app.update(action),
        None => Vec::new(),
    }
}

/// `H` on the app alone: the request it makes (its ticket).
fn ask(app: &mut App) -> u64 {
    let effects = key(app, KeyCode::Char('H'));
    match effects.as_slice() {
        [Effect::FindRevisions { ticket, .. }] => *ticket,
        other => panic!("H asks for the revisions once: {other:?}"),
    }
}

fn answer(app: &mut App, ticket: u64, news: News) -> Vec<Effect> {
    app.update(Intent::Done(Box::new(Outcome::Revisions(Box::new(Answer { ticket, news })))))
}

/// What the worker finds for the workshop's canvas as it is now.
fn found(app: &App, file: &std::path::Path) -> Revisions {
    let canvas = app.workshop().unwrap().canvas.clone();
    revisions_beside(file, canvas, &[], |_| {}, || true).unwrap()
}

fn timeline(app: &App) -> &Timeline {
    match app.top() {
        Some(Layer::History(t)) => t,
        other => panic!("not on the history screen: {other:?}"),
    }
}

#[test]
fn h_opens_at_once_shows_progress_and_takes_keys_before_the_revisions_arrive() {
    let s = Sandbox::new();
    let (file, mut session) = acme(&s);
    let app = &mut session.app;
    let ticket = ask(app);
    assert!(timeline(app).loading.is_some(), "open at once, reading");
    assert!(screen(app, 200, 60).contains("solving · reading the revisions…"), "{}", screen(app, 200, 60));
    let text = screen(app, 80, 24);
    assert!(text.contains("Looking for the other revisions of this canvas…"), "{text}");
    let reading = Progress::Reading { at: 2, of: 3, file: "acme-2026-11.ron".into() };
    assert!(answer(app, ticket, News::Progress(reading)).is_empty());
    let text = screen(app, 80, 24);
    assert!(text.contains("Reading file 2 of 3: acme-2026-11.ron…"), "{text}");
    assert!(text.contains("██") && text.contains(" 2/3"), "a bar of how far it came:\n{text}");
    // Keys work meanwhile: Tab chooses the tab; there are no revisions yet to move over or mark.
    for code in [KeyCode::Tab, KeyCode::Left, KeyCode::Char(' '), KeyCode::Enter] {
        assert!(key(app, code).is_empty());
    }
    assert_eq!((timeline(app).tab, timeline(app).marked.len()), (1, 0));
    assert!(key(app, KeyCode::Char('H')).is_empty(), "H again while reading does not read again");
    assert_eq!(app.layers.len(), 1);
    let revisions = found(app, &file);
    assert!(answer(app, ticket, News::Found(Box::new(revisions))).is_empty());
    let t = timeline(app);
    assert!(t.loading.is_none());
    assert_eq!(
        (t.tab, t.cursor, t.history.revisions.len()),
        (1, 2, 3),
        "on the tab chosen, the open revision"
    );
    assert!(screen(app, 80, 24).contains("S1 Field engineers"), "{}", screen(app, 80, 24));
}

#[test]
fn esc_while_reading_goes_back_and_the_late_answer_is_dropped_and_its_reading_stopped() {
    let s = Sandbox::new();
    let (file, mut session) = acme(&s);
    let app = &mut session.app;
    let ticket = ask(app);
    key(app, KeyCode::Esc);
    assert!(app.layers.is_empty() && matches!(app.screen, Screen::Workshop(_)), "Esc leaves at once");
    let progress = News::Progress(Progress::Following { count: 3 });
    assert_eq!(answer(app, ticket, progress), [Effect::StopRevisions(ticket)], "nobody waits: stop reading");
    assert!(answer(app, ticket, News::Found(Box::new(found(app, &file)))).is_empty());
    assert!(app.layers.is_empty(), "the late revisions open nothing");
}

#[test]
fn after_esc_a_new_h_takes_only_its_own_answer() {
    let s = Sandbox::new();
    let (file, mut session) = acme(&s);
    let app = &mut session.app;
    let first = ask(app);
    key(app, KeyCode::Esc);
    let second = ask(app);
    assert_ne!(first, second);
    let old = found(app, &file);
    assert_eq!(answer(app, first, News::Found(Box::new(old.clone()))), []);
    assert!(timeline(app).loading.is_some(), "the first request's answer is not this screen's");
    let progress = News::Progress(Progress::Following { count: 3 });
    assert_eq!(answer(app, first, progress), [Effect::StopRevisions(first)]);
    answer(app, second, News::Found(Box::new(old)));
    assert!(timeline(app).loading.is_none());
}

#[test]
fn revisions_of_a_canvas_whose_entries_changed_while_read_are_read_again_other_changes_kept() {
    let s = Sandbox::new();
    let (file, mut session) = acme(&s);
    let app = &mut session.app;
    let ticket = ask(app);
    let before = found(app, &file);
    let Screen::Workshop(w) = &mut app.screen else { unreachable!() };
    w.canvas.add_stakeholder(cvc::model::Stakeholder {
        name: "Works council chair".into(),
        ..Default::default()
    });
    let again = answer(app, ticket, News::Found(Box::new(before)));
    let [Effect::FindRevisions { ticket: newer, canvas, .. }] = again.as_slice() else {
        panic!("read again: {again:?}")
    };
    assert!(
        canvas.stakeholders.iter().any(|p| p.name == "Works council chair"),
        "with the canvas as it is now"
    );
    assert_eq!(timeline(app).loading.as_ref().map(|l| l.ticket), Some(*newer), "still reading");
    let newer = *newer;
    let fresh = found(app, &file);
    // The clock's time spent changes no entry: the history stands, with the canvas as it is now.
    let Screen::Workshop(w) = &mut app.screen else { unreachable!() };
    w.canvas.agenda[0].spent_secs += 60;
    let spent = w.canvas.agenda[0].spent_secs;
    assert!(answer(app, newer, News::Found(Box::new(fresh))).is_empty());
    let t = timeline(app);
    assert!(t.loading.is_none());
    assert!(t.history.stakeholders.iter().any(|p| p.label == "Works council chair"));
    assert_eq!(
        t.canvases[t.cursor].1.agenda[0].spent_secs, spent,
        "the open revision is the canvas as it is now"
    );
}

#[test]
fn the_worker_reads_the_revisions_while_the_screen_shows_it_is_reading() {
    let s = Sandbox::new();
    for name in ["acme-2026-05", "acme-2026-11", "acme-2027-05"] {
        std::fs::copy(shipped(name), s.path(&format!("{name}.ron"))).unwrap();
    }
    let mut app = app_on_threaded(&s.path("acme-2027-05.ron"));
    press(&mut app, KeyCode::Char('H'));
    assert!(timeline(&app).loading.is_some(), "the key returns before anything is read");
    assert!(app.runner.busy(), "an answer is awaited");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('H'));
    press(&mut app, KeyCode::Tab);
    eventually("the revisions arrive", || {
        app.poll();
        timeline(&app).loading.is_none()
    });
    let t = timeline(&app);
    assert_eq!((t.history.revisions.len(), t.cursor, t.tab), (3, 2, 1));
    assert_eq!(app.layers.len(), 1, "one history screen, whatever the first request's answers");
    eventually("nothing left awaited", || {
        app.poll();
        !app.runner.busy()
    });
}

#[test]
fn reading_stops_when_no_longer_wanted_and_says_how_far_it_came() {
    let s = Sandbox::new();
    for name in ["acme-2026-05", "acme-2026-11", "acme-2027-05"] {
        std::fs::copy(shipped(name), s.path(&format!("{name}.ron"))).unwrap();
    }
    let canvas = cvc::store::load(&s.path("acme-2027-05.ron")).unwrap();
    let mut heard = Vec::new();
    let all = revisions_beside(&s.path("acme-2027-05.ron"), canvas.clone(), &[], |p| heard.push(p), || true);
    assert_eq!(all.map(|r| r.history.revisions.len()), Some(3));
    let files: Vec<String> = heard
        .iter()
        .filter_map(|p| match p {
            Progress::Reading { at, of, file } => Some(format!("{at}/{of} {file}")),
            Progress::Following { .. } => None,
        })
        .collect();
    assert_eq!(files, ["1/2 acme-2026-05.ron", "2/2 acme-2026-11.ron"], "each file but the open one");
    assert_eq!(heard.last(), Some(&Progress::Following { count: 3 }));
    let reads = std::cell::Cell::new(0);
    let stopped = revisions_beside(
        &s.path("acme-2027-05.ron"),
        canvas,
        &[],
        |_| reads.set(reads.get() + 1),
        || reads.get() < 1,
    );
    assert!(stopped.is_none(), "no answer once nobody wants it");
    assert_eq!(reads.get(), 1, "stopped before the second file");
}

/// Revisions of a canvas of `entries` stakeholders, numbered 1 to `count`, as files `rev-N.ron`.
fn large_revisions(s: &Sandbox, entries: usize, count: u32) {
    let mut c = cvc::model::Canvas::new("Large client");
    c.id = "large-client".into();
    for i in 0..entries {
        c.add_stakeholder(cvc::model::Stakeholder { name: format!("person {i}"), ..Default::default() });
    }
    for n in 1..=count {
        c.revision = n;
        std::fs::write(s.path(&format!("rev-{n}.ron")), cvc::store::to_ron(&c)).unwrap();
    }
}

#[test]
fn the_real_app_shows_its_reading_and_leaves_it_at_once_with_esc() {
    use common::pty::{Term, keys::*};
    let s = Sandbox::new();
    large_revisions(&s, 20_000, 4);
    let mut t = Term::start(s.dir.path(), &["rev-4.ron"], 80, 24);
    t.wait_for("Large client");
    t.send("H");
    // The screen is there while the three other files are read, saying how far it has come.
    t.wait_for("Reading file");
    t.send(ESC);
    t.wait_for("Tab section");
    assert!(!t.screen().contains("Reading file"), "Esc left the history at once:\n{}", t.screen());
    t.send("H");
    t.wait_for("history  Large client · 4 revisions");
    t.send(TAB);
    t.wait_for("Stakeholders 20000");
    t.send("q");
    t.wait_for("Tab section");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn a_tab_of_thousands_draws_only_what_is_in_sight_and_scrolls_to_its_end() {
    let s = Sandbox::new();
    large_revisions(&s, 2_000, 2);
    let mut app = app_on(&s.path("rev-2.ron"));
    press(&mut app, KeyCode::Char('H'));
    press(&mut app, KeyCode::Tab);
    let text = screen(&app, 80, 24);
    assert!(text.contains("S1 person 0") && text.contains("↓ 1994 more entries"), "{text}");
    press(&mut app, KeyCode::End);
    let text = screen(&app, 80, 24);
    let last = text.lines().rev().find(|l| l.contains("S2000")).unwrap_or_else(|| panic!("{text}"));
    assert!(last.contains("S2000 person 1999"), "the last one in sight:\n{text}");
    assert!(!text.contains("more entries") && !text.contains("more line"), "nothing below the last:\n{text}");
    for _ in 0..3 {
        press(&mut app, KeyCode::PageUp);
    }
    let text = screen(&app, 80, 24);
    let last = text.lines().rfind(|l| l.contains("│S")).unwrap_or_default().to_string();
    assert!(last.contains("S1982 person 1981"), "a page is half the rows' worth of entries:\n{text}");
    assert!(text.contains("↓ 36 more lines"), "few enough below to count their lines:\n{text}");
}

/// The history screen loaded on the app alone, r2 marked and the cursor on r3.
fn loaded_with_a_mark(app: &mut App, file: &std::path::Path) {
    let ticket = ask(app);
    let revisions = found(app, file);
    answer(app, ticket, News::Found(Box::new(revisions)));
    key(app, KeyCode::Left);
    key(app, KeyCode::Char(' '));
    key(app, KeyCode::Right);
}

#[test]
fn enter_asks_for_the_comparison_and_the_history_says_so_until_the_compare_screen_comes() {
    let s = Sandbox::new();
    let (file, mut session) = acme(&s);
    let app = &mut session.app;
    loaded_with_a_mark(app, &file);
    let effects = key(app, KeyCode::Enter);
    let [Effect::CompareRevisions { ticket, older, newer, today }] = effects.as_slice() else {
        panic!("Enter asks the runner: {effects:?}")
    };
    assert_eq!((older.1.revision, newer.1.revision), (2, 3));
    assert!(screen(app, 80, 24).contains("Comparing r2 with r3…"), "{}", screen(app, 80, 24));
    assert!(key(app, KeyCode::Enter).is_empty(), "Enter again waits for the comparison under way");
    key(app, KeyCode::Tab);
    assert_eq!(timeline(app).tab, 1, "other keys work meanwhile");
    let c = cvc::tui::compare::Compare::new(older.1.clone(), &older.0, newer.1.clone(), &newer.0, *today);
    answer(app, *ticket, News::Compared(Box::new(c)));
    let Some(Layer::Compare(c)) = app.top() else { panic!("the compare screen takes the history's place") };
    assert_eq!((c.old.revision, c.new.revision, app.layers.len()), (2, 3, 1));
}

#[test]
fn esc_while_comparing_goes_back_and_the_late_compare_screen_is_dropped() {
    let s = Sandbox::new();
    let (file, mut session) = acme(&s);
    let app = &mut session.app;
    loaded_with_a_mark(app, &file);
    let effects = key(app, KeyCode::Enter);
    let [Effect::CompareRevisions { ticket, older, newer, today }] = effects.as_slice() else { panic!() };
    key(app, KeyCode::Esc);
    assert!(app.layers.is_empty());
    let c = cvc::tui::compare::Compare::new(older.1.clone(), &older.0, newer.1.clone(), &newer.0, *today);
    assert!(answer(app, *ticket, News::Compared(Box::new(c))).is_empty());
    assert!(app.layers.is_empty(), "nothing opens over the workshop");
}

#[test]
fn the_worker_compares_two_revisions_while_the_history_stays() {
    let s = Sandbox::new();
    for name in ["acme-2026-05", "acme-2026-11", "acme-2027-05"] {
        std::fs::copy(shipped(name), s.path(&format!("{name}.ron"))).unwrap();
    }
    let mut app = app_on_threaded(&s.path("acme-2027-05.ron"));
    press(&mut app, KeyCode::Char('H'));
    eventually("the revisions arrive", || {
        app.poll();
        timeline(&app).loading.is_none()
    });
    for code in
        [KeyCode::Left, KeyCode::Left, KeyCode::Char(' '), KeyCode::Right, KeyCode::Right, KeyCode::Enter]
    {
        press(&mut app, code);
    }
    assert!(timeline(&app).comparing.is_some(), "the key returns before the comparison is done");
    eventually("the compare screen comes", || {
        app.poll();
        matches!(app.top(), Some(Layer::Compare(_)))
    });
    let Some(Layer::Compare(c)) = app.top() else { unreachable!() };
    assert_eq!((c.old.revision, c.new.revision), (1, 3));
}
