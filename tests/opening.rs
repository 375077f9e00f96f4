//! Opening a canvas reads only what it needs: the recent list only when the start screen shows,
//! and a large canvas's derived facts after the first frame, from the worker.

use crate::common;
use crate::common::pty::Term;
use crate::common::tui::{at, today, workshop};

use common::{Sandbox, eventually};
use cvc::model::{Canvas, Stakeholder};
use cvc::theme::Theme;
use cvc::tui::app::App;
use cvc::tui::derived::Derived;
use cvc::tui::runner::{Runner, Session};
use cvc::tui::style::Styles;

/// A canvas file of `n` powerful stakeholders nobody is linked to: a warning each, and one per
/// phase without work.
fn large(s: &Sandbox, n: usize) -> std::path::PathBuf {
    let mut c = Canvas::new("Large");
    for i in 0..n {
        c.add_stakeholder(Stakeholder { name: format!("Group {i}"), power: Some(4), ..Default::default() });
    }
    s.write("large.ron", cvc::store::to_ron(&c))
}

fn open(file: &std::path::Path, runner: Runner) -> Session {
    let data = file.parent().unwrap().join("data");
    let app = App::empty(Styles::new(Theme::default_dark()), &data, at(10, 0, 0));
    Session::open(app, runner, file, false)
}

#[test]
fn a_large_canvas_opens_at_once_and_its_derived_facts_follow_from_the_worker() {
    let s = Sandbox::new();
    let file = large(&s, 2_500);
    let expected = Derived::of(&cvc::store::load(&file).unwrap(), today());
    assert_eq!(expected.warnings.len(), 2_500 + 4);

    let mut threaded = open(&file, Runner::threaded(&s.path("data")));
    assert_eq!(workshop(&threaded).derived, Derived::default(), "the first frame does not wait for them");
    assert!(threaded.runner.busy(), "the first request (generation 0) is under way");
    eventually("the worker delivers the derived facts", || {
        threaded.poll();
        workshop(&threaded).derived == expected
    });
    assert!(!threaded.runner.busy());

    let inline = open(&file, Runner::inline(&s.path("data")));
    assert_eq!(workshop(&inline).derived, expected, "a test's runner has them before update returns");
}

#[test]
fn a_damaged_file_shows_the_start_screen_with_the_recent_list() {
    let s = Sandbox::new();
    assert_eq!(s.cvc(&["new", "good.ron", "--title", "Remembered canvas"]).code, 0);
    let mut t = Term::start(s.dir.path(), &["good.ron"], 100, 30);
    t.wait_for("Agenda · 120 min");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);

    s.write("bad.ron", "Canvas(format: 1, stakeholders: [(id: \"S1\", name: \"x\", stance: Friend)])");
    let mut t = Term::start(s.dir.path(), &["bad.ron"], 100, 30);
    t.wait_for("unknown value `Friend`");
    t.wait_for("Remembered canvas");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}
