//! The room in a real browser: cvc opens the room in a pseudo-terminal, headless Chromium
//! (Debian's `chromium` and `chromium-driver`, driven over WebDriver by
//! `scripts/room-browser.py`) opens the page with the join code, sends an idea and gives dots;
//! the idea is then in the file's inbox and, once accepted in the app, an entry with the room's
//! dots. Everything listens on and talks to 127.0.0.1 only.
//!
//! It runs with `CVC_BROWSER_TESTS=1` (CI sets it after installing the browser), where a missing
//! browser fails it; otherwise it says so and passes, so a local `cargo test` does not wait for
//! a browser to start.

use std::process::Command;

use crate::common::Sandbox;
use crate::common::pty::{Term, keys::*};

fn browser_here() -> bool {
    Command::new("chromedriver").arg("--version").output().is_ok_and(|o| o.status.success())
}

#[test]
fn a_phone_in_headless_chromium_sends_an_idea_and_dots_that_reach_the_file_and_the_canvas() {
    if std::env::var("CVC_BROWSER_TESTS").as_deref() != Ok("1") {
        eprintln!("skipped: CVC_BROWSER_TESTS=1 runs it (with chromium and chromium-driver installed)");
        return;
    }
    assert!(browser_here(), "CVC_BROWSER_TESTS=1 but chromedriver is not installed");
    let s = Sandbox::new();
    std::fs::copy(crate::common::shipped("acme-2026-11"), s.path("acme.ron")).unwrap();
    let mut t = Term::start(s.dir.path(), &["acme.ron", "--room", "--bind", "127.0.0.1"], 100, 30);
    t.wait_for("Join from your phone");
    let screen = t.screen();
    let url = screen
        .split_whitespace()
        .find(|w| w.starts_with("http://127.0.0.1:"))
        .expect("the address")
        .to_string();
    t.send(ESC);
    t.wait_for("● room");
    for _ in 0..3 {
        t.send(TAB);
    }
    t.wait_for("Weekly champions");
    t.send("V");
    t.wait_for("vote open");
    let before = cvc::store::load(&s.path("acme.ron")).unwrap();
    let first_votes = before.tasks[0].votes;
    let tasks = before.tasks.len();
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/room-browser.py");
    let phone = Command::new("python3")
        .arg(&script)
        .args(["--url", &url, "--idea", "Monthly demo for the night shift", "--dots", "2"])
        .output()
        .expect("python3 runs the browser");
    let said = String::from_utf8_lossy(&phone.stdout);
    assert!(
        phone.status.success() && said.contains("DONE"),
        "{said}\n{}",
        String::from_utf8_lossy(&phone.stderr)
    );
    t.wait_for("inbox 1");
    let inbox = cvc::store::load(&s.path("acme.ron")).unwrap().inbox;
    assert_eq!(inbox.len(), 1, "the idea is in the file's inbox");
    assert_eq!(inbox[0].text, "Monthly demo for the night shift");
    t.send("V");
    t.wait_for("vote closed: 2 dots from 1 device");
    t.send("I");
    t.wait_for("Monthly demo for the night shift");
    t.send(ENTER);
    t.wait_for("accepted an idea from the room");
    t.send(ESC);
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    let after = cvc::store::load(&s.path("acme.ron")).unwrap();
    assert_eq!(after.tasks.len(), tasks + 1);
    assert_eq!(after.tasks.last().unwrap().title, "Monthly demo for the night shift");
    assert_eq!(after.tasks[0].votes, first_votes + 2, "the room's dots reached the first task");
    assert!(after.inbox.is_empty());
}
