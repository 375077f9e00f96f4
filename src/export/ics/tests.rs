//! Tests of `ics`.

use std::path::Path;

use super::*;
use crate::model::{Action, Indicator};

fn canvas() -> Canvas {
    let mut c = Canvas::new("Plan; with, commas");
    (c.id, c.organisation, c.revision) = ("c7f3a9e2".into(), "Acme".into(), 3);
    let indicator = Indicator {
        name: "time".into(),
        baseline: "5 days".into(),
        target: "24 hours".into(),
        ..Default::default()
    };
    c.add_action(Action {
        title: "Answer \\ fast;\nreally, fast\u{1b}[2J".into(),
        owner: "Sam".into(),
        due: Day::new(2027, 1, 15),
        review: Day::new(2027, 3, 1),
        indicator: Some(indicator),
        ..Default::default()
    });
    c.add_action(Action {
        title: "Gone".into(),
        due: Day::new(2027, 2, 1),
        status: Some(ActionStatus::Dropped),
        ..Default::default()
    });
    c
}

#[test]
fn each_date_is_an_all_day_event_with_a_stable_uid_and_escaped_text() {
    let c = canvas();
    let text = canvas_calendar(Path::new("x.ron"), &c, Day::new(2027, 1, 1).unwrap(), Tr::default());
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n") && text.ends_with("END:VCALENDAR\r\n"), "{text}");
    assert!(text.lines().all(|l| l.len() <= 75), "lines are folded:\n{text}");
    assert!(!text.contains('\u{1b}'), "no control character reaches the file");
    let unfolded = text.replace("\r\n ", "");
    assert!(unfolded.contains("UID:c7f3a9e2-A1-due@cvc\r\n"), "{unfolded}");
    assert!(unfolded.contains("UID:c7f3a9e2-A1-review@cvc\r\n"));
    assert!(unfolded.contains("DTSTART;VALUE=DATE:20270115\r\n"), "{unfolded}");
    assert!(unfolded.contains("DTEND;VALUE=DATE:20270116\r\n"), "the day ends the next morning");
    assert!(
        unfolded.contains("SUMMARY:Due: A1 Answer \\\\ fast\\;\\nreally\\, fast\\\\u{1b}[2J — Acme\r\n"),
        "{unfolded}"
    );
    assert!(unfolded.contains("SEQUENCE:3\r\n"));
    assert!(unfolded.contains("STATUS:CANCELLED\r\n"), "the dropped action's event is cancelled");
    assert_eq!(unfolded.matches("BEGIN:VEVENT").count(), 3);
}

/// The title that once added a fifty-thousand-euro event to whoever imported the calendar.
const HOSTILE: &str =
    "Plan\nBEGIN:VEVENT\nUID:x\nDTSTART;VALUE=DATE:20261224\nSUMMARY:Wire 50k EUR\nEND:VEVENT\nX-PAD:x";

#[test]
fn line_breaks_in_a_title_cannot_start_an_event_of_their_own() {
    let mut c = canvas();
    c.title = HOSTILE.into();
    c.actions[0].title = HOSTILE.replace('\n', "\r\n");
    c.organisation = HOSTILE.replace('\n', "\r");
    let text = canvas_calendar(Path::new("x.ron"), &c, Day::new(2027, 1, 1).unwrap(), Tr::default());
    let unfolded = text.replace("\r\n ", "");
    let lines: Vec<&str> = unfolded.split("\r\n").collect();
    assert_eq!(lines.iter().filter(|l| **l == "BEGIN:VEVENT").count(), 3, "{unfolded}");
    assert_eq!(lines.iter().filter(|l| **l == "END:VEVENT").count(), 3, "{unfolded}");
    assert!(!lines.iter().any(|l| l.starts_with("UID:x") || l.starts_with("SUMMARY:Wire")), "{unfolded}");
    assert!(!text.replace("\r\n", "").contains(['\r', '\n']), "no bare line break:\n{text}");
    let name = "NAME:cvc: Plan\\nBEGIN:VEVENT\\nUID:x\\nDTSTART\\;VALUE=DATE:20261224\\nSUMMARY:Wire 50k EUR\\nEND:VEVENT\\nX-PAD:x";
    assert!(lines.contains(&name), "{unfolded}");
}

#[test]
fn every_line_holds_75_octets_at_most_and_folds_between_characters() {
    let mut c = canvas();
    c.id = format!("c{}", "7f3a9e2".repeat(12));
    c.actions[0].title = "ü".repeat(200);
    let text = canvas_calendar(Path::new("x.ron"), &c, Day::new(2027, 1, 1).unwrap(), Tr::default());
    assert!(text.ends_with("\r\n"));
    let short = |text: &str| text.split_terminator("\r\n").all(|line| line.len() <= 75);
    assert!(short(&text), "{text}");
    // Every length of title, so that each line and each continuation line ends at 75 octets once.
    for n in 1..=160 {
        for unit in ["x", "é", "北", "🎉"] {
            c.title = unit.repeat(n);
            let text = canvas_calendar(Path::new("x.ron"), &c, Day::new(2027, 1, 1).unwrap(), Tr::default());
            assert!(short(&text), "{text}");
        }
    }
    c.title = format!("é{}", "北京研发中心 🎉 Zoë ".repeat(20));
    let text = canvas_calendar(Path::new("x.ron"), &c, Day::new(2027, 1, 1).unwrap(), Tr::default());
    let unfolded = text.replace("\r\n ", "");
    assert!(unfolded.contains(&format!("\r\nUID:{}-A1-due@cvc\r\n", c.id)), "{unfolded}");
    assert!(unfolded.contains(&format!("\r\nX-WR-CALNAME:cvc: {}\r\n", c.title)), "{unfolded}");
}

#[test]
fn cadences_repeat_reviews_alarm_the_revisit_is_an_event_and_prodid_names_cvc() {
    let mut c = canvas();
    c.date = Day::new(2026, 11, 18);
    let task = |title: &str, cadence, status| Task {
        title: title.into(),
        cadence: Some(cadence),
        status: Some(status),
        ..Default::default()
    };
    c.add_task(Task {
        held: vec![Day::new(2026, 11, 26).unwrap()],
        ..task("Call", Cadence::Weekly, crate::model::TaskStatus::Active)
    });
    c.add_task(task("Jam", Cadence::Quarterly, crate::model::TaskStatus::Active));
    c.add_task(task("Paused", Cadence::Weekly, crate::model::TaskStatus::Paused));
    c.add_task(task("Pack", Cadence::Once, crate::model::TaskStatus::Active));
    let text = canvas_calendar(Path::new("x.ron"), &c, Day::new(2027, 1, 1).unwrap(), Tr::default());
    let unfolded = text.replace("\r\n ", "");
    assert!(unfolded.contains("PRODID:-//cvc//cvc "), "{unfolded}");
    assert!(unfolded.contains("UID:c7f3a9e2-T1-cadence@cvc\r\n"));
    assert!(
        unfolded.contains("DTSTART;VALUE=DATE:20261126\r\nRRULE:FREQ=WEEKLY\r\n"),
        "from the last held day:\n{unfolded}"
    );
    assert!(
        unfolded.contains("DTSTART;VALUE=DATE:20261118\r\nRRULE:FREQ=MONTHLY;INTERVAL=3\r\n"),
        "{unfolded}"
    );
    assert_eq!(unfolded.matches("RRULE:").count(), 2, "paused and once-only tasks do not repeat");
    let review = unfolded.split("BEGIN:VEVENT").find(|e| e.contains("UID:c7f3a9e2-A1-review@cvc")).unwrap();
    assert!(
        review.contains("BEGIN:VALARM\r\nACTION:DISPLAY\r\n") && review.contains("TRIGGER:-P1D\r\n"),
        "{review}"
    );
    let due = unfolded.split("BEGIN:VEVENT").find(|e| e.contains("UID:c7f3a9e2-A1-due@cvc")).unwrap();
    assert!(!due.contains("VALARM"), "a due date carries no alarm");
    assert!(unfolded.contains("DTSTART;VALUE=DATE:20270518\r\nSEQUENCE:3\r\nSUMMARY:Revisit: Plan\\; with\\, commas\r\nUID:c7f3a9e2-revisit@cvc\r\n"), "{unfolded}");
}

#[test]
fn text_is_escaped_as_the_rfc_asks() {
    assert_eq!(escape_text("a\\b;c,d\ne\r\nf\rg\th\u{7}i"), "a\\\\b\\;c\\,d\\ne\\nf\\ng hi");
    assert_eq!(escape_text("北京 🎉"), "北京 🎉");
}

#[test]
fn folding_a_megabyte_is_one_pass_and_gives_the_value_back() {
    // 1 MB of one-, two-, three- and four-octet characters.
    let value: String = "aé北🎉".repeat(100_000);
    assert_eq!(value.len(), 1_000_000);
    let mut out = String::new();
    fold(&value, &mut out);
    let lines: Vec<&str> = out.split_terminator("\r\n").collect();
    let (last, full) = lines.split_last().unwrap();
    assert!(full.iter().all(|l| (72..=75).contains(&l.len())), "full lines, cut between characters");
    assert!(last.len() <= 75);
    // Linear: the value, plus a CRLF and a space per fold, plus the final CRLF; no more.
    assert_eq!(out.len(), value.len() + 3 * (lines.len() - 1) + 2);
    assert!(lines.len() <= value.len() / 71 + 1);
    assert_eq!(out.replace("\r\n ", "").strip_suffix("\r\n"), Some(value.as_str()));
}

#[test]
fn a_closed_loops_review_is_cancelled_and_rings_no_alarm() {
    let c = crate::store::load(Path::new("canvases/acme-2027-05.ron")).unwrap();
    let text = canvas_calendar(Path::new("acme.ron"), &c, Day::new(2027, 6, 1).unwrap(), Tr::default());
    let unfolded = text.replace("\r\n ", "");
    let event = |uid: &str| {
        let at = unfolded.find(&format!("UID:{}-{uid}@cvc", c.id)).expect(uid);
        let start = unfolded[..at].rfind("BEGIN:VEVENT").unwrap();
        let end = at + unfolded[at..].find("END:VEVENT").unwrap();
        unfolded[start..end].to_string()
    };
    let closed = event("A1-review");
    assert!(closed.contains("STATUS:CANCELLED") && !closed.contains("VALARM"), "{closed}");
    let open = event("A5-review");
    assert!(open.contains("STATUS:CONFIRMED") && open.contains("VALARM"), "{open}");
}

#[test]
fn a_text_with_nothing_to_clean_or_escape_is_written_as_the_full_path_writes_it() {
    let values = [
        "Plain words",
        "Café – « bien »",
        "a;b",
        "a,b",
        "a\\b",
        "a\r\nb",
        "tab\there",
        "\u{7}bell",
        "\u{202e}rtl",
        "\u{85}c1",
        "x".repeat(200).as_str(),
    ]
    .map(String::from);
    for value in values {
        let (mut fast, mut full) = (
            Writer { out: String::new(), line: String::new() },
            Writer { out: String::new(), line: String::new() },
        );
        fast.text("SUMMARY", &value);
        full.raw("SUMMARY", &escape_text(&clean(&value)));
        assert_eq!(fast.out, full.out, "{value:?}");
    }
}
