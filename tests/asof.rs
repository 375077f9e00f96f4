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
    let kept = &t1["cadence_kept"];
    assert_eq!(kept["since"], "2026-05-28", "from its first held day");
    assert_eq!((kept["held"].as_u64(), kept["asked"].as_u64()), (Some(21), Some(27)), "{kept}");
    assert_eq!(t1["slipped"], true, "last held 2026-11-12, before the workshop");
}

#[test]
fn work_that_lapsed_before_the_workshop_is_slipped_and_a_one_off_task_done_is_kept() {
    let s = Sandbox::new();
    let file = shipped("acme-2027-05");
    let task = |as_of: &str, id: &str| {
        let mut args = vec!["export", file.to_str().unwrap(), "--format", "json"];
        if !as_of.is_empty() {
            args.extend(["--as-of", as_of]);
        }
        let run = s.cvc(&args);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        v["derived"]["tasks"].as_array().unwrap().iter().find(|t| t["id"] == id).unwrap().clone()
    };
    // At the workshop of 2027-05-19: T2 (fortnightly) last held 2027-02-03, T6 (weekly) 2027-03-10.
    let t2 = task("", "T2");
    assert_eq!(t2["slipped"], true, "{t2}");
    assert_eq!(t2["cadence_kept"]["since"], "2026-06-03");
    assert_eq!(
        (t2["cadence_kept"]["held"].as_u64(), t2["cadence_kept"]["asked"].as_u64()),
        (Some(16), Some(25))
    );
    assert_eq!(task("", "T6")["slipped"], true);
    assert_eq!(task("", "T1")["slipped"], false, "held six days before the workshop");
    // T3 is a one-off task, stopped: "Done once".
    let t3 = task("2027-08-01", "T3");
    assert_eq!(t3["cadence_kept"]["fraction"], 1.0, "{t3}");
    let plan = s.cvc(&["export", file.to_str().unwrap()]);
    assert!(
        plan.stdout
            .contains("T2 \"Curate the top 20 field questions\" is fortnightly but last held 2027-02-03")
    );
}

/// What one report says is due about one canvas as of a day: the loops whose review day has
/// passed, the next loop review, and the phases without ongoing work.
#[derive(Debug, PartialEq)]
struct Says {
    overdue_reviews: Vec<String>,
    next_review: Option<String>,
    phases_without_work: Vec<String>,
}

/// The plan (`cvc export`, Markdown): the schedule's "(overdue)" rows, the summary's "N overdue"
/// (checked against them) and its next loop review, the coverage table's gaps.
fn the_plan_says(s: &Sandbox, file: &str, day: &str) -> Says {
    let run = s.cvc(&["export", file, "--as-of", day]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let md = run.stdout;
    let section = |title: &str| -> Vec<Vec<String>> {
        let start = md.find(&format!("## {title}\n")).unwrap_or_else(|| panic!("no {title}:\n{md}"));
        md[start..]
            .lines()
            .skip(1)
            .skip_while(|l| !l.starts_with('|'))
            .take_while(|l| l.starts_with('|'))
            .skip(2)
            .map(|l| l.trim_matches('|').split(" | ").map(|c| c.trim().to_string()).collect())
            .collect()
    };
    let mut overdue_reviews: Vec<String> = section("Loop-review schedule")
        .into_iter()
        .filter(|r| r[0].ends_with("(overdue)"))
        .map(|r| r[1].clone())
        .collect();
    overdue_reviews.sort();
    let line = md.lines().find(|l| l.starts_with("- **Next loop review:**")).unwrap();
    let counted = line.split("; **").nth(1).map_or(0, |t| t.split(' ').next().unwrap().parse().unwrap());
    assert_eq!(counted, overdue_reviews.len(), "the summary counts the schedule's overdue rows: {line}");
    let next_review = line.split(" — ").nth(1).map(|t| t.split(' ').next().unwrap().to_string());
    let phases_without_work = section("Coverage")
        .into_iter()
        .filter(|r| r.len() == 5 && !r[4].is_empty())
        .map(|r| r[0].clone())
        .collect();
    Says { overdue_reviews, next_review, phases_without_work }
}

/// Review, the workshop's facts (`tui::derived`, what the Review section and panel draw).
fn review_says(c: &cvc::model::Canvas, day: cvc::model::Day) -> Says {
    let d = cvc::tui::derived::Derived::of(c, day);
    let pending = d.schedule.iter().filter(|(i, _, _)| c.actions[*i].loop_pending());
    let mut overdue_reviews: Vec<String> =
        pending.clone().filter(|(_, _, late)| *late).map(|(i, _, _)| c.actions[*i].id.clone()).collect();
    overdue_reviews.sort();
    let next_review = pending.filter(|(_, _, late)| !late).min_by_key(|(_, date, _)| *date);
    let phases_without_work = d
        .coverage
        .iter()
        .filter(|(_, n)| n.lacks_ongoing_work())
        .map(|(p, _)| p.label().to_string())
        .collect();
    Says {
        overdue_reviews,
        next_review: next_review.map(|(i, _, _)| c.actions[*i].id.clone()),
        phases_without_work,
    }
}

/// `cvc reviews` over a folder holding only this canvas: its review rows (no phases).
fn reviews_say(s: &Sandbox, file: &str, day: &str) -> (Vec<String>, Option<String>) {
    let dir = s.path(&format!("alone-{}", std::path::Path::new(file).file_stem().unwrap().to_str().unwrap()));
    if !dir.exists() {
        std::fs::create_dir(&dir).unwrap();
        std::fs::copy(file, dir.join("canvas.ron")).unwrap();
    }
    let run = s.cvc(&["reviews", dir.to_str().unwrap(), "--as-of", day, "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let reviews: Vec<&serde_json::Value> =
        v["items"].as_array().unwrap().iter().filter(|i| i["kind"] == "review").collect();
    let mut overdue: Vec<String> = reviews
        .iter()
        .filter(|i| i["overdue"] == true)
        .map(|i| i["action_id"].as_str().unwrap().into())
        .collect();
    overdue.sort();
    let next =
        reviews.iter().find(|i| i["overdue"] == false).map(|i| i["action_id"].as_str().unwrap().into());
    (overdue, next)
}

#[test]
fn the_plan_review_history_and_reviews_count_ongoing_work_and_due_loops_one_way() {
    let s = Sandbox::new();
    let files: Vec<String> = ["acme-2026-05", "acme-2026-11", "acme-2027-05"]
        .iter()
        .map(|n| shipped(n).to_str().unwrap().to_string())
        .collect();
    let refs: Vec<&str> = files.iter().map(String::as_str).collect();
    let history = s.cvc(&[&["history"], refs.as_slice(), &["--format", "json"]].concat());
    assert_eq!(history.code, 0, "{}", history.stderr);
    let history: serde_json::Value = serde_json::from_str(&history.stdout).unwrap();
    let mut seen_done_but_open = false;
    for (r, file) in files.iter().enumerate() {
        let canvas = cvc::store::load(std::path::Path::new(file)).unwrap();
        let own = canvas.date.unwrap();
        // Each revision as of its own day (what history counts from), and all as of one day.
        for day in [own, "2027-06-20".parse().unwrap()] {
            let at = day.to_string();
            let plan = the_plan_says(&s, file, &at);
            let review = review_says(&canvas, day);
            assert_eq!(plan, review, "{file} as of {at}: the plan and Review");
            let (overdue, next) = reviews_say(&s, file, &at);
            assert_eq!(
                (&overdue, &next),
                (&plan.overdue_reviews, &plan.next_review),
                "{file} as of {at}: reviews"
            );
            if day == own {
                // History counts each revision from its own date.
                let mut past: Vec<String> = history["actions"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter(|a| a["path"][r]["past_review"] == true)
                    .map(|a| a["id"].as_str().unwrap().into())
                    .collect();
                past.sort();
                assert_eq!(past, plan.overdue_reviews, "{file}: history's loops past their review");
                let bare: Vec<String> = history["waves"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter(|w| w["ongoing"][r] == 0)
                    .map(|w| w["phase"].as_str().unwrap().into())
                    .collect();
                assert_eq!(bare, plan.phases_without_work, "{file}: history's waves and the plan's coverage");
                for (p, n) in cvc::model::coverage(&canvas) {
                    let wave = history["waves"].as_array().unwrap().iter().find(|w| w["phase"] == p.label());
                    assert_eq!(wave.unwrap()["ongoing"][r], n.ongoing, "{file} {}: one count", p.label());
                }
            }
            seen_done_but_open |= canvas.actions.iter().any(|a| {
                a.status == Some(cvc::model::ActionStatus::Done)
                    && a.loop_pending()
                    && a.review.is_some_and(|d| d >= day)
                    && next.as_deref() == Some(a.id.as_str())
            });
        }
    }
    assert!(seen_done_but_open, "A6 (done, loop measured, review 2027-06-15) is the next review somewhere");
}
