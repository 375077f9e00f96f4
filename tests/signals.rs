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
