//! The program ends on SIGTERM, SIGHUP (the terminal window closed) and SIGINT without losing
//! what is half typed, and gives the terminal back as it found it.

use crate::common;
use crate::common::pty;

use common::{Sandbox, eventually};
use cvc::store::load;
use pty::keys::*;

fn names(s: &Sandbox) -> Vec<String> {
    load(&s.path("room.ron")).unwrap().stakeholders.iter().map(|p| p.name.clone()).collect()
}

#[test]
fn a_signal_saves_the_half_typed_line_and_restores_the_terminal() {
    for signal in ["TERM", "HUP", "INT"] {
        let s = Sandbox::new();
        let mut t = pty::room(&s, 80, 24);
        t.send(TAB);
        t.send("a");
        t.type_text("Field engineers\r");
        t.type_text("Half typed idea");
        t.wait_for("Half typed idea");
        t.signal(signal);
        t.wait_exit();
        assert!(t.restored(), "SIG{signal}: the terminal is given back:\n{}", t.screen());
        eventually("both ideas are in the file", || names(&s) == ["Field engineers", "Half typed idea"]);
    }
}

#[test]
fn a_signal_keeps_an_open_form_that_checks() {
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
    t.wait_for("Plans the weeks");
    t.signal("TERM");
    t.wait_exit();
    assert!(t.restored());
    assert_eq!(load(&s.path("room.ron")).unwrap().stakeholders[0].role, "Plans the weeks");
}

#[test]
fn a_signal_keeps_the_fields_that_check_of_a_form_that_does_not() {
    let s = Sandbox::new();
    let mut t = pty::room(&s, 80, 24);
    for _ in 0..4 {
        t.send(TAB);
    }
    t.send("a");
    t.type_text("We will answer within 24h\r");
    t.send(ESC);
    t.send("e");
    t.wait_for("Action A1");
    t.send(TAB);
    t.type_text("Sam Lee");
    t.send(TAB);
    t.send(TAB);
    t.type_text("2027-02-3");
    t.wait_for("2027-02-3");
    t.signal("TERM");
    t.wait_exit();
    let a = load(&s.path("room.ron")).unwrap().actions[0].clone();
    assert_eq!(a.owner, "Sam Lee", "the owner typed is kept");
    assert_eq!(a.due, None, "the half-typed date is not");
}

/// Closes the window under the app and returns its exit code, failing when it takes longer
/// than a save and a goodbye do (a loop spinning on the closed terminal until a grace period
/// ends, or forever).
fn close_and_wait(t: &mut pty::Term, pid: u32) -> u32 {
    t.close_window(pid);
    let closed = std::time::Instant::now();
    let status = t.wait_status();
    assert!(status.signal().is_none(), "cvc was ended by {status}");
    let code = status.exit_code();
    assert!(
        closed.elapsed() < std::time::Duration::from_secs(2),
        "cvc took {:?} to end after its terminal went away",
        closed.elapsed()
    );
    code
}

#[test]
fn closing_the_window_keeps_the_half_typed_line_and_ends_at_once() {
    let s = Sandbox::new();
    let mut t = pty::room(&s, 80, 24);
    type_half_a_line(&mut t);
    let pid = t.pid();
    assert_eq!(close_and_wait(&mut t, pid), 0, "a closed window is a normal end");
    eventually("both ideas are in the file", || names(&s) == ["Field engineers", "Half typed idea"]);
}

#[test]
fn closing_the_window_ends_cvc_even_when_no_hangup_signal_reaches_it() {
    let s = Sandbox::new();
    assert_eq!(s.cvc(&["new", "room.ron", "--title", "Room"]).code, 0);
    let mut t = pty::Term::start_under_shell_ignoring_hangup(s.dir.path(), &["room.ron"], 80, 24);
    t.wait_for("Agenda");
    // Should cvc never end, the test does not leave it spinning behind the shell.
    let cvc = child_of(t.pid());
    let _reaper = Reaper(cvc);
    type_half_a_line(&mut t);
    assert_eq!(close_and_wait(&mut t, cvc), 0, "a closed window is a normal end");
    eventually("both ideas are in the file", || names(&s) == ["Field engineers", "Half typed idea"]);
}

/// The one child of process `pid` (Linux's `/proc/PID/task/PID/children`).
fn child_of(pid: u32) -> u32 {
    let path = format!("/proc/{pid}/task/{pid}/children");
    let children = std::fs::read_to_string(&path).unwrap();
    children.split_whitespace().next().and_then(|c| c.parse().ok()).expect("the shell runs cvc")
}

/// Kills a process when the test ends, whether it passed or not.
struct Reaper(u32);

impl Drop for Reaper {
    fn drop(&mut self) {
        let _ = std::process::Command::new("kill")
            .args(["-9", &self.0.to_string()])
            .stderr(std::process::Stdio::null())
            .status();
    }
}

fn type_half_a_line(t: &mut pty::Term) {
    t.send(TAB);
    t.send("a");
    t.type_text("Field engineers\r");
    t.type_text("Half typed idea");
    t.wait_for("Half typed idea");
}

#[test]
fn closing_the_window_keeps_an_open_form() {
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
    t.wait_for("Plans the weeks");
    let pid = t.pid();
    assert_eq!(close_and_wait(&mut t, pid), 0);
    assert_eq!(load(&s.path("room.ron")).unwrap().stakeholders[0].role, "Plans the weeks");
}
