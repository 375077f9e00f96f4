//! `cvc history`, run as the real binary: three revisions given as files (in any order) or as a
//! folder, a folder holding two canvases, and the text, JSON and Markdown reports.

use crate::common;

use common::{Sandbox, shipped};
use serde_json::Value;

/// The Acme revisions in a sandbox folder, with a third a year after the first in which A2's
/// loop closed and R2 is still broken.
fn acme(s: &Sandbox) -> [String; 3] {
    std::fs::create_dir_all(s.path("acme")).unwrap();
    for name in ["acme-2026-05", "acme-2026-11"] {
        std::fs::copy(shipped(name), s.path(&format!("acme/{name}.ron"))).unwrap();
    }
    let third = std::fs::read_to_string(shipped("acme-2026-11"))
        .unwrap()
        .replace("revision: 2,", "revision: 3,")
        .replace("date: \"2026-11-18\"", "date: \"2027-05-19\"")
        .replace(
            "status: InProgress,\n            loop: Measured,",
            "status: Done,\n            loop: Closed,",
        );
    s.write("acme/acme-2027-05.ron", third);
    ["acme/acme-2026-05.ron", "acme/acme-2026-11.ron", "acme/acme-2027-05.ron"].map(String::from)
}

#[test]
fn three_revisions_given_out_of_order_come_in_revision_order_with_waves_paths_and_signals() {
    let s = Sandbox::new();
    let [a, b, c] = acme(&s);
    let run = s.cvc(&["history", &c, &a, &b]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = &run.stdout;
    let at = |text: &str| out.find(text).unwrap_or_else(|| panic!("no {text:?} in:\n{out}"));
    assert!(at("revision 1  2026-05-20") < at("revision 2  2026-11-18"));
    assert!(at("revision 2  2026-11-18") < at("revision 3  2027-05-19"));
    assert!(at("Needs attention") < at("Waves"), "signals first");
    at("Solve has had no ongoing work since revision 2 (2 revisions)");
    at("R2 Field engineers – Service desk broken since revision 2 (2 revisions)");
    at("R3 Field engineers – Product engineering reconnected in revision 2 (broken → at risk)");
    at("S7 Works council (power 3) has never been connected, in 3 revisions");
    at("loop still open past its review in 2 revisions (review 2026-07-15)");
    at("  Solve    ▃▃▃▃▃ ····· ·····  1 → 0 → 0  (emphasis 2 → 3 → 3)");
    at(
        "S6 Regional managers: r1 keep satisfied, blocker (wants supporter) → r2–r3 manage closely, sceptic (wants supporter)",
    );
    at("S5 Intranet team: r1 manage closely, supporter → gone in r2–r3");
    at("S8 Platform vendor: r2–r3 keep satisfied, neutral (joined in r2)");
}

#[test]
fn a_folder_is_searched_and_templates_without_an_id_are_passed_over() {
    let s = Sandbox::new();
    acme(&s);
    std::fs::copy(shipped("blank"), s.path("acme/blank.ron")).unwrap();
    let run = s.cvc(&["history", "acme"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("(a3c9e1f4), 3 revisions"), "{}", run.stdout);
    assert!(run.stderr.contains("passed over acme/blank.ron: no canvas id"), "{}", run.stderr);
}

#[test]
fn a_folder_with_two_canvases_says_which_and_how_to_choose() {
    let s = Sandbox::new();
    acme(&s);
    let other = std::fs::read_to_string(shipped("acme-2026-05")).unwrap().replace("a3c9e1f4", "b0b0b0b0");
    s.write("acme/other.ron", other);
    let run = s.cvc(&["history", "acme"]);
    assert_eq!(run.code, 2);
    assert!(run.stdout.is_empty());
    let err = &run.stderr;
    assert!(err.starts_with("acme holds 2 canvases, not one: choose with --id ID"), "{err}");
    assert!(err.contains("a3c9e1f4 \"Acme Field Service") && err.contains("b0b0b0b0"), "{err}");
    let chosen = s.cvc(&["history", "acme", "--id", "b0b0b0b0"]);
    assert_eq!(chosen.code, 0, "{}", chosen.stderr);
    assert!(chosen.stdout.contains("(b0b0b0b0), 1 revision\n"), "{}", chosen.stdout);
    let missing = s.cvc(&["history", "acme", "--id", "nope"]);
    assert_eq!(missing.code, 2);
    assert!(
        missing.stderr.starts_with("no canvas with id nope in acme; found a3c9e1f4"),
        "{}",
        missing.stderr
    );
}

#[test]
fn json_has_the_waves_paths_and_signals() {
    let s = Sandbox::new();
    acme(&s);
    let run = s.cvc(&["history", "acme", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let v: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(v["id"], "a3c9e1f4");
    assert_eq!(v["revisions"][2]["revision"], 3);
    assert_eq!(v["revisions"][0]["file"], "acme/acme-2026-05.ron");
    assert_eq!(v["waves"][2]["phase"], "Solve");
    assert_eq!(v["waves"][2]["ongoing"], serde_json::json!([1, 0, 0]));
    let r2 = v["relationships"].as_array().unwrap().iter().find(|r| r["id"] == "R2").unwrap();
    assert_eq!(r2["broken_since"], 2);
    assert_eq!(r2["path"][0]["health"], "Healthy");
    let r3 = v["relationships"].as_array().unwrap().iter().find(|r| r["id"] == "R3").unwrap();
    assert_eq!(r3["reconnected_in"], serde_json::json!([2]));
    let s5 = v["stakeholders"].as_array().unwrap().iter().find(|r| r["id"] == "S5").unwrap();
    assert_eq!(
        (s5["joined"].clone(), s5["left"].clone(), s5["path"][1].clone()),
        (1.into(), 2.into(), Value::Null)
    );
    let a2 = v["actions"].as_array().unwrap().iter().find(|r| r["id"] == "A2").unwrap();
    assert_eq!(a2["path"][2]["loop"], "Closed");
    assert_eq!(a2["readings"].as_array().unwrap().len(), 2);
    let kinds: Vec<&str> =
        v["signals"].as_array().unwrap().iter().map(|x| x["kind"].as_str().unwrap()).collect();
    for kind in [
        "phase_without_work",
        "broken_for",
        "never_connected",
        "open_past_reviews",
        "reconnected",
        "loop_closed",
    ] {
        assert!(kinds.contains(&kind), "{kind} in {kinds:?}");
    }
}

#[test]
fn markdown_is_a_page_of_intact_tables() {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    let s = Sandbox::new();
    acme(&s);
    let run = s.cvc(&["history", "acme", "--format", "markdown"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let tables = Parser::new_ext(&run.stdout, Options::ENABLE_TABLES)
        .filter(|e| matches!(e, Event::Start(Tag::Table(_))))
        .count();
    assert_eq!(tables, 6, "revisions, waves, stakeholders, relationships, actions, tasks:\n{}", run.stdout);
    let waves = run.stdout.matches("```mermaid\nxychart-beta\n    title").count();
    assert_eq!(waves, 4, "the waves between workshops, a chart per phase:\n{}", run.stdout);
    assert!(run.stdout.contains("## Needs attention") && run.stdout.contains("## Good news"));
    assert!(run.stdout.contains("| Solve | ▃▃▃ 1 | ··· 0 | ··· 0 | 2 → 3 → 3 |"), "{}", run.stdout);
}

#[test]
fn cadence_kept_and_the_waves_between_workshops_show_in_text_and_json() {
    let s = Sandbox::new();
    let files = shipped_acme(&s);
    let text = s.cvc(&["history", &files[0], &files[1], &files[2]]).stdout;
    assert!(
        text.contains("  T2 Curate the top 20 field questions: r1 planned → r2 active, held 10 of 13 fortnightly times (77%) → r3 active, held 6 of 13 fortnightly times (46%)"),
        "{text}"
    );
    assert!(
        text.contains("  Share    ▃▆▆▃▆▆████▆▆·  1 2 2 1 2 2 3 3 3 3 2 2 0"),
        "T2 stopped in February:\n{text}"
    );
    let run = s.cvc(&["history", &files[0], &files[1], &files[2], "--format", "json"]);
    let v: Value = serde_json::from_str(&run.stdout).unwrap();
    let t1 = v["tasks"].as_array().unwrap().iter().find(|t| t["id"] == "T1").unwrap();
    assert_eq!(
        (t1["path"][1]["kept"]["held"].as_u64(), t1["path"][1]["kept"]["asked"].as_u64()),
        (Some(21), Some(26))
    );
    assert_eq!(t1["path"][0]["kept"], Value::Null, "nothing before the first workshop");
    let months = v["months"].as_array().unwrap();
    assert_eq!((months.len(), months[0]["month"].as_str()), (13, Some("2026-05")));
    assert_eq!(months[12]["ongoing"], serde_json::json!([3, 0, 1, 1]));
    // T6 (Solve, weekly) is first listed in the third revision but was held 2027-01-13 … 03-10.
    let solve: Vec<&Value> = months[8..11].iter().map(|m| &m["ongoing"][2]).collect();
    assert_eq!(solve, [1, 1, 1], "{months:?}");
    let t6 = v["tasks"].as_array().unwrap().iter().find(|t| t["id"] == "T6").unwrap();
    let kept = &t6["path"][2]["kept"];
    assert_eq!(
        (kept["since"].as_str(), kept["held"].as_u64(), kept["asked"].as_u64()),
        (Some("2027-01-13"), Some(9), Some(18))
    );
}

/// The three shipped Acme revisions, copied into `acme/` in the sandbox.
fn shipped_acme(s: &Sandbox) -> [String; 3] {
    std::fs::create_dir_all(s.path("acme")).unwrap();
    ["acme-2026-05", "acme-2026-11", "acme-2027-05"].map(|name| {
        std::fs::copy(shipped(name), s.path(&format!("acme/{name}.ron"))).unwrap();
        format!("acme/{name}.ron")
    })
}

/// What the shipped example must show over its three revisions, whichever way they were given.
fn tells_the_acme_story(out: &str) {
    let at = |text: &str| out.find(text).unwrap_or_else(|| panic!("no {text:?} in:\n{out}"));
    assert!(at("revision 2  2026-11-18") < at("revision 3  2027-05-19  acme/acme-2027-05.ron"));
    at("  Solve    ▃▃▃▃▃ ····· ▆▆▆▆▆  1 → 0 → 2  (emphasis 2 → 3 → 3)");
    at("✓ R2 Field engineers – Service desk reconnected in revision 3 (broken → healthy)");
    at(
        "! Sam Lee (participant) left in revision 3; they owned A1 \"We will answer every field question within 24h\" (reassigned to Ana Costa), A5",
    );
    at(
        "✓ A2 \"We will move the top 50 fixes into the Q&A space\": loop closed in revision 3, evidence: 40% on 2027-04-15",
    );
    at("      reading 2027-04-15 40% (target reached; loop closed at the April review)");
    at("R2 Field engineers – Service desk: r1 healthy → r2 broken → r3 healthy; reconnected in revision 3");
    assert!(!out.contains("broken since"), "R2 is no longer broken:\n{out}");
}

#[test]
fn the_shipped_example_in_three_files_in_any_order_shows_waves_recovering_and_work_reassigned() {
    let s = Sandbox::new();
    let [a, b, c] = shipped_acme(&s);
    let run = s.cvc(&["history", &b, &c, &a]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    tells_the_acme_story(&run.stdout);
}

#[test]
fn the_shipped_example_as_a_folder_gives_the_same_history() {
    let s = Sandbox::new();
    let files = shipped_acme(&s);
    let folder = s.cvc(&["history", "acme"]);
    assert_eq!(folder.code, 0, "{}", folder.stderr);
    assert!(folder.stdout.contains("(a3c9e1f4), 3 revisions"), "{}", folder.stdout);
    tells_the_acme_story(&folder.stdout);
    let given = s.cvc(&["history", &files[0], &files[1], &files[2]]);
    assert_eq!(folder.stdout, given.stdout);
    let json: Value = serde_json::from_str(&s.cvc(&["history", "acme", "--format", "json"]).stdout).unwrap();
    assert_eq!(json["waves"][2]["ongoing"], serde_json::json!([1, 0, 2]));
    let r2 = json["relationships"].as_array().unwrap().iter().find(|r| r["id"] == "R2").unwrap();
    assert_eq!(
        (r2["broken_since"].clone(), r2["reconnected_in"].clone()),
        (Value::Null, serde_json::json!([3]))
    );
}

#[test]
fn the_history_is_written_to_a_file_with_o_never_over_a_revision_or_another_file() {
    let s = Sandbox::new();
    let (a, b) = (shipped("acme-2026-05"), shipped("acme-2026-11"));
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let out = s.path("history.html");
    let made = s.cvc(&["history", a, b, "--format", "html", "-o", out.to_str().unwrap()]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    assert!(std::fs::read_to_string(&out).unwrap().contains("<html"), "the page is in the file");
    let again = s.cvc(&["history", a, b, "-o", out.to_str().unwrap()]);
    assert_eq!(again.code, 2, "no overwrite without --force: {}", again.stderr);
    let forced = s.cvc(&["history", a, b, "-o", out.to_str().unwrap(), "--force"]);
    assert_eq!(forced.code, 0, "{}", forced.stderr);
    let over = s.cvc(&["history", a, b, "-o", b, "--force"]);
    assert_eq!(over.code, 2, "never over a revision read: {}", over.stderr);
}
