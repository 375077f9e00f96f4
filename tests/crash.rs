//! Never lose the room's work: kill -9 at random moments while the room is typing, and two
//! cvc processes on one file.

use crate::common;
use crate::common::pty;

use std::time::{Duration, Instant};

use common::Sandbox;
use cvc::store::load;
use pty::{Term, keys::*};

/// A small deterministic generator, so a failing trial can be run again.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % below
    }
}

#[test]
fn kill_9_while_typing_loses_nothing_older_than_a_second_and_never_tears_the_file() {
    // The four trials are independent rooms: they run at the same time.
    std::thread::scope(|scope| {
        for seed in 1..=4u64 {
            scope.spawn(move || trial(seed));
        }
    });
}

/// One room typing at a real pace until a kill at a moment `seed` chooses.
fn trial(seed: u64) {
    let mut rng = Lcg(seed);
    let s = Sandbox::new();
    let mut t = pty::room(&s, 80, 24);
    t.send(TAB);
    t.send("a");
    let kill_after = Duration::from_millis(1200 + rng.next(2000));
    let start = Instant::now();
    let mut entered: Vec<(String, Instant)> = Vec::new();
    let mut n = 0;
    while start.elapsed() < kill_after {
        n += 1;
        let name = format!("Idea {n} from the room");
        for c in name.chars() {
            t.write_now(&c.to_string());
            std::thread::sleep(Duration::from_millis(8 + rng.next(15)));
        }
        t.write_now(ENTER);
        entered.push((name, Instant::now()));
        std::thread::sleep(Duration::from_millis(20 + rng.next(80)));
    }
    t.kill9();
    let killed = Instant::now();
    let c = load(&s.path("room.ron")).unwrap_or_else(|e| panic!("seed {seed}: the file does not load: {e}"));
    let saved: Vec<&str> = c.stakeholders.iter().map(|p| p.name.as_str()).collect();
    for (name, at) in &entered {
        if killed.duration_since(*at) >= Duration::from_secs(1) {
            assert!(
                saved.contains(&name.as_str()),
                "seed {seed}: {name:?} was entered a second before the kill but is lost"
            );
        }
    }
    assert!(!saved.is_empty(), "seed {seed}: nothing was saved in {kill_after:?}");
}

#[test]
fn a_second_cvc_on_the_same_file_is_told_instead_of_clobbering() {
    let s = Sandbox::new();
    assert_eq!(s.cvc(&["new", "room.ron", "--title", "Room"]).code, 0);
    let mut first = Term::start(s.dir.path(), &["room.ron"], 80, 24);
    let mut second = Term::start(s.dir.path(), &["room.ron"], 80, 24);
    first.wait_for("Agenda");
    second.wait_for("Agenda");
    first.send(TAB);
    first.send("a");
    first.type_text("From the first laptop\r");
    first.send(ESC);
    first.wait_for("S1   From the first laptop");
    second.send(TAB);
    second.send("a");
    second.type_text("From the second laptop\r");
    second.wait_for("NOT SAVED (the file changed on disk)");
    // Keys typed while the question waits are text, not answers: "r" would have reloaded.
    second.type_text("rs\r");
    second.wait_for("S2   rs");
    second.send(ESC);
    second.wait_for("changed by another program");
    let c = load(&s.path("room.ron")).unwrap();
    let names: Vec<_> = c.stakeholders.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["From the first laptop"], "the second writer did not overwrite the first");
    second.send("s");
    second.wait_for("save to:");
    for _ in 0..80 {
        second.write_now("\x7f");
    }
    second.type_text("second.ron\r");
    second.wait_for("cvc now saves there");
    let rescued = load(&s.path("second.ron")).unwrap();
    let names: Vec<_> = rescued.stakeholders.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["From the second laptop", "rs"]);
    first.send("q");
    second.send("q");
    assert_eq!(first.wait_exit(), 0);
    assert_eq!(second.wait_exit(), 0);
}
