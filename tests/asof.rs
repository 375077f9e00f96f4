//! As of a day (DESIGN §11): the handout counts from the canvas's date unless `--as-of` says
//! otherwise, `reviews` from today; every report prints the day it counts from; the JSON export
//! carries the derived facts, the network's weak points among them.

use crate::common::{Sandbox, shipped};

#[test]
fn the_handout_counts_from_the_canvas_date_by_default_and_from_as_of_when_given() {
    let s = Sandbox::new();
    let file = shipped("acme-2026-05");
    let file = file.to_str().unwrap();
    let run = s.cvc(&["export", file]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("**As of:** 2026-05-20 (what is overdue and next is counted from this day)"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains(" overdue**"), "nothing is overdue on the workshop's day:\n{}", run.stdout);
    let later = s.cvc(&["export", file, "--as-of", "2027-01-01"]);
    assert_eq!(later.code, 0, "{}", later.stderr);
    assert!(later.stdout.contains("**As of:** 2027-01-01"), "{}", later.stdout);
    assert!(
        later.stdout.contains(" overdue**"),
        "reviews planned for 2026 are overdue in 2027:\n{}",
        later.stdout
    );
    let bad = s.cvc(&["export", file, "--as-of", "2027-02-30"]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("--as-of: \"2027-02-30\" is not a real date"), "{}", bad.stderr);
}

#[test]
fn reviews_count_from_today_or_as_of_and_say_so() {
    let s = Sandbox::new();
    std::fs::create_dir(s.path("acme")).unwrap();
    std::fs::copy(shipped("acme-2026-11"), s.path("acme/nov.ron")).unwrap();
    let today = s.cvc(&["reviews", "acme"]);
    assert!(today.stdout.starts_with("As of 2026-12-07: "), "the sandbox's today:\n{}", today.stdout);
    let earlier = s.cvc(&["reviews", "acme", "--as-of", "2026-06-01"]);
    assert!(earlier.stdout.starts_with("As of 2026-06-01: 0 overdue"), "{}", earlier.stdout);
    let json = s.cvc(&["reviews", "acme", "--as-of", "2026-06-01", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(v["today"], "2026-06-01");
}

#[test]
fn the_json_export_carries_the_derived_facts_as_of_the_day() {
    let s = Sandbox::new();
    let file = shipped("acme-2026-11");
    let run = s.cvc(&["export", file.to_str().unwrap(), "--format", "json", "--as-of", "2026-12-07"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let d = &v["derived"];
    assert_eq!(d["as_of"], "2026-12-07");
    let points = d["network"]["articulation_points"].as_array().unwrap();
    assert_eq!(points.len(), 1, "{d}");
    assert_eq!(points[0]["id"], "S1", "Field engineers carry every Acme relationship");
    assert_eq!(d["network"]["hubs"][0]["id"], "S1");
    let a1 = d["actions"].as_array().unwrap().iter().find(|a| a["id"] == "A1").unwrap();
    assert_eq!(a1["return"], 6.5);
    let t1 = d["tasks"].as_array().unwrap().iter().find(|t| t["id"] == "T1").unwrap();
    assert_eq!(t1["cadence_kept"]["asked"], 2, "19 days after the workshop: two weeks");
    assert_eq!(t1["slipped"], true, "last held 2026-11-12, before the workshop");
}
