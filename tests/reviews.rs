//! `cvc reviews` across a folder of canvases, and `cvc export --format ics`, run as the real binary;
//! every format is read back with a parser of its own kind.

use crate::common;

use common::{Sandbox, shipped};
use cvc::model::Day;
use icalendar::Component;

/// A canvas with id `id` at `revision`: one action per (title, due, review, loop), dates as given.
fn canvas(id: &str, revision: u32, org: &str, actions: &[(&str, &str, &str, &str)]) -> String {
    let mut text = format!(
        "#![enable(implicit_some)]\nCanvas(format: 2, id: \"{id}\", revision: {revision}, title: \"{org} plan\", \
         organisation: \"{org}\", actions: [\n"
    );
    for (i, (title, due, review, loop_state)) in actions.iter().enumerate() {
        let date =
            |field: &str, d: &str| if d.is_empty() { String::new() } else { format!("{field}: \"{d}\", ") };
        text.push_str(&format!(
            "  Action(id: \"A{}\", title: {title:?}, owner: \"Sam Lee\", business_line: \"Field, service\", {}{}\
             loop: {loop_state}, indicator: Indicator(name: \"time to answer\", baseline: \"5 days\", target: \"24 hours\", \
             readings: [Reading(date: \"2020-02-01\", value: \"30 hours\", note: \"rota\")])),\n",
            i + 1,
            date("due", due),
            date("review", review),
        ));
    }
    text + "])\n"
}

/// A folder holding two revisions of one canvas (the older one deeper) and a second canvas.
fn portfolio(s: &Sandbox) {
    std::fs::create_dir_all(s.path("clients/old")).unwrap();
    let old = canvas("aaaa0001", 1, "Acme", &[("Old action", "2020-01-01", "2020-02-01", "Open")]);
    let new = canvas(
        "aaaa0001",
        2,
        "Acme",
        &[
            ("Answer in 24h", "2999-01-01", "2020-03-01", "Measured"),
            ("Closed one", "2020-01-05", "2020-01-06", "Closed"),
        ],
    );
    s.write("clients/old/acme-1.ron", old);
    s.write("clients/acme-2.ron", new);
    let soon = Day::resolve("+10d", common::today()).unwrap().to_string();
    let beta = canvas(
        "bbbb0002",
        1,
        "Beta",
        &[
            ("=HYPERLINK(\"x\"), said \"they\"", &soon, "", "Open"),
            ("Later; much, later", "", "2999-06-01", "Open"),
        ],
    );
    s.write("clients/beta.ron", beta);
}

fn json(s: &Sandbox, args: &[&str]) -> serde_json::Value {
    let run = s.cvc(args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout))
}

fn items(v: &serde_json::Value) -> Vec<(String, String, String, bool)> {
    v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let s = |k: &str| i[k].as_str().unwrap().to_string();
            (
                s("canvas_id"),
                format!("{} {}", s("action_id"), s("kind")),
                s("date"),
                i["overdue"].as_bool().unwrap(),
            )
        })
        .collect()
}

#[test]
fn only_the_latest_revision_counts_and_overdue_comes_first() {
    let s = Sandbox::new();
    portfolio(&s);
    let v = json(&s, &["reviews", "clients", "--format", "json"]);
    let soon = Day::resolve("+10d", common::today()).unwrap().to_string();
    let expected = [
        ("aaaa0001", "A1 review", "2020-03-01", true),
        ("bbbb0002", "A1 due", soon.as_str(), false),
        ("aaaa0001", "A1 due", "2999-01-01", false),
        ("bbbb0002", "A2 review", "2999-06-01", false),
    ];
    let expected: Vec<_> =
        expected.iter().map(|(c, a, d, o)| (c.to_string(), a.to_string(), d.to_string(), *o)).collect();
    assert_eq!(items(&v), expected, "revision 1's action and the closed loop are left out");
    assert_eq!(v["overdue"], 1);
    assert_eq!(v["today"], Day::today().to_string());
    let first = &v["items"][0];
    assert_eq!(first["revision"], 2);
    assert_eq!(first["business_line"], "Field, service");
    assert_eq!(first["latest"]["value"], "30 hours");
    assert_eq!(first["progress"], 94);
    assert_eq!(first["progress_label"], "94%");
    assert!(first["file"].as_str().unwrap().ends_with("acme-2.ron"));
}

#[test]
fn until_takes_a_date_or_a_span_ahead_and_keeps_what_is_overdue() {
    let s = Sandbox::new();
    portfolio(&s);
    let dated = |args: &[&str]| items(&json(&s, args)).into_iter().map(|i| i.2).collect::<Vec<_>>();
    let soon = Day::resolve("+10d", common::today()).unwrap().to_string();
    assert_eq!(
        dated(&["reviews", "clients", "--format", "json", "--until", "+2w"]),
        ["2020-03-01", soon.as_str()]
    );
    assert_eq!(dated(&["reviews", "clients", "--format", "json", "--until", "+1w"]), ["2020-03-01"]);
    let until = dated(&["reviews", "clients", "--format", "json", "--until", "2999-01-01"]);
    assert_eq!(until.len(), 3, "the day itself is included: {until:?}");
    let bad = s.cvc(&["reviews", "clients", "--until", "soon"]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.starts_with("--until: expected a date as YYYY-MM-DD"), "{}", bad.stderr);
}

#[test]
fn exit_code_says_whether_something_is_overdue() {
    let s = Sandbox::new();
    portfolio(&s);
    assert_eq!(s.cvc(&["reviews", "clients", "--exit-code"]).code, 1);
    assert_eq!(s.cvc(&["reviews", "clients"]).code, 0, "without --exit-code an overdue review is success");
    assert_eq!(s.cvc(&["reviews", "clients/beta.ron", "--exit-code"]).code, 0);
    let until = s.cvc(&["reviews", "clients", "--exit-code", "--until", "2019-01-01"]);
    assert_eq!(until.code, 1, "overdue is overdue whatever --until shows");
}

#[test]
fn the_csv_reads_back_with_a_csv_parser_and_guards_formulas() {
    let s = Sandbox::new();
    portfolio(&s);
    let run = s.cvc(&["reviews", "clients", "--format", "csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut reader = csv::Reader::from_reader(run.stdout.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let at = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 4);
    assert_eq!(&rows[0][at("date")], "2020-03-01");
    assert_eq!(&rows[0][at("overdue")], "true");
    assert_eq!(&rows[0][at("business_line")], "Field, service");
    assert_eq!(&rows[0][at("latest")], "30 hours");
    assert_eq!(&rows[1][at("action")], "'=HYPERLINK(\"x\"), said \"they\"");
    assert!(run.stdout.ends_with("\r\n"));
}

#[test]
fn the_csv_in_french_or_german_opens_in_their_excel_and_reads_back_with_semicolons() {
    // `--lang fr` wrote `,`, no byte-order mark and English headers, unlike every other sheet.
    let s = Sandbox::new();
    portfolio(&s);
    for (lang, date, overdue, action, yes) in
        [("fr", "date", "en retard", "action", "oui"), ("de", "Datum", "Überfällig", "Maßnahme", "ja")]
    {
        let run = s.cvc(&["reviews", "clients", "--format", "csv", "--lang", lang]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let body = run.stdout.strip_prefix('\u{feff}').expect("a byte-order mark first");
        let mut reader = csv::ReaderBuilder::new().delimiter(b';').from_reader(body.as_bytes());
        let headers = reader.headers().unwrap().clone();
        let at = |name: &str| {
            headers.iter().position(|h| h == name).unwrap_or_else(|| panic!("{name}: {headers:?}"))
        };
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 4, "{lang}");
        assert_eq!(&rows[0][at(date)], "2020-03-01");
        assert_eq!(&rows[0][at(overdue)], yes, "the sheet's words are in its headers' language");
        assert_eq!(&rows[1][at(action)], "'=HYPERLINK(\"x\"), said \"they\"");
    }
}

#[test]
fn the_calendar_parses_back_with_one_event_per_date_and_stable_uids() {
    let s = Sandbox::new();
    portfolio(&s);
    let run = s.cvc(&["reviews", "clients", "--format", "ics"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let cal: icalendar::Calendar = run.stdout.parse().unwrap();
    let events: Vec<&icalendar::Event> = cal.events().collect();
    assert_eq!(events.len(), 4);
    let uids: Vec<&str> = events.iter().map(|e| e.get_uid().unwrap()).collect();
    assert_eq!(
        uids,
        ["aaaa0001-A1-review@cvc", "bbbb0002-A1-due@cvc", "aaaa0001-A1-due@cvc", "bbbb0002-A2-review@cvc"]
    );
    let later = events[3];
    assert_eq!(later.get_summary(), Some("Loop review: A2 Later; much, later — Beta"));
    assert_eq!(later.property_value("DTSTART"), Some("29990601"));
    let about = events[0].get_description().unwrap();
    assert!(about.contains("Owner: Sam Lee (Field, service)"), "{about}");
    assert!(
        about.contains("Indicator: time to answer (5 days → 24 hours), latest 30 hours on 2020-02-01"),
        "{about}"
    );
    let again = s.cvc(&["reviews", "clients", "--format", "ics"]).stdout;
    let again: icalendar::Calendar = again.parse().unwrap();
    let uids_again: Vec<&str> = again.events().map(|e| e.get_uid().unwrap()).collect();
    assert_eq!(uids_again, uids, "importing again updates the same events");
}

#[test]
fn text_and_markdown_say_what_is_overdue() {
    let s = Sandbox::new();
    portfolio(&s);
    let text = s.cvc(&["reviews", "clients"]).stdout;
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "As of 2026-12-07: 1 overdue, 4 in all.");
    assert_eq!(lines[2], "By client", "the roll-up first:\n{text}");
    assert_eq!(lines[3], "  Acme  1 overdue, 1 due; no workshop date");
    assert_eq!(lines[4], "  Beta  0 overdue, 2 due; no workshop date");
    assert!(lines[6].starts_with("WHEN") && lines[6].contains("PROGRESS"), "{text}");
    assert!(
        lines[7].starts_with("2020-03-01 (") && lines[7].contains("days overdue)  review  Acme"),
        "{text}"
    );
    assert!(lines[7].contains("Sam Lee (Field, service)") && lines[7].trim_end().ends_with("94%"), "{text}");
    let md = s.cvc(&["reviews", "clients", "--format", "markdown"]).stdout;
    assert!(
        md.starts_with("# Loop reviews and due dates\n\nAs of 2026-12-07: 1 overdue, 4 in all.\n"),
        "{md}"
    );
    assert!(md.contains("| Acme | Acme plan | A1 Answer in 24h | Sam Lee (Field, service) |"), "{md}");
    assert!(md.contains("## By client\n\n| Client | Overdue, due and missing |"), "{md}");
}

/// A client whose last workshop was 201 days ago, with an action nobody owns, one with no date,
/// a done action whose loop is still open, and a broken relationship; a second client, deeper.
fn neglected(s: &Sandbox) {
    std::fs::create_dir_all(s.path("book/acme/2026")).unwrap();
    std::fs::create_dir_all(s.path("book/beta")).unwrap();
    s.write(
        "book/acme/2026/acme.ron",
        "#![enable(implicit_some)]\nCanvas(format: 3, id: \"acme0001\", revision: 2, title: \"Acme plan\", \
         organisation: \"Acme\", facilitator: \"Jo Park\", date: \"2026-05-20\", \
         stakeholders: [Stakeholder(id: \"S1\", name: \"Desk\"), Stakeholder(id: \"S2\", name: \"Field\")], \
         relationships: [Relationship(id: \"R1\", from: \"S1\", to: \"S2\", health: Broken), \
           Relationship(id: \"R2\", from: \"S2\", to: \"S1\", health: Healthy)], \
         actions: [\
           Action(id: \"A1\", title: \"Nobody's\", due: \"2027-03-01\", status: Committed), \
           Action(id: \"A2\", title: \"Some day\", owner: \"Sam\", status: InProgress, loop: Open), \
           Action(id: \"A3\", title: \"Done, loop open\", owner: \"Sam\", due: \"2026-09-01\", review: \"2027-01-10\", status: Done, loop: Measured), \
           Action(id: \"A4\", title: \"Closed\", owner: \"Sam\", status: Done, loop: Closed), \
           Action(id: \"A5\", title: \"Dropped\", status: Dropped)])\n",
    );
    s.write(
        "book/beta/beta.ron",
        "Canvas(format: 3, id: \"beta0001\", revision: 1, title: \"Beta plan\", organisation: \"Beta\", \
         date: \"2026-11-01\")\n",
    );
}

#[test]
fn nothing_due_is_missed_undated_unowned_broken_and_the_revisit_with_a_line_per_client_first() {
    let s = Sandbox::new();
    neglected(&s);
    let run = s.cvc(&["reviews", "book", "--exit-code"]);
    assert_eq!(run.code, 1, "the revisit is overdue: {}", run.stdout);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines[0], "As of 2026-12-07: 1 overdue, 4 in all.", "{}", run.stdout);
    assert_eq!(
        lines[3],
        "  Acme  1 overdue, 2 due; 1 action without a date; 1 action without an owner; \
         1 relationship broken; revisit overdue since 2026-11-20",
        "201 days after the workshop:\n{}",
        run.stdout
    );
    assert_eq!(lines[4], "  Beta  0 overdue, 1 due; revisit 2027-05-01");
    assert!(lines[7].starts_with("2026-11-20 (17 days overdue)  revisit  Acme"), "{}", run.stdout);
    let v = json(&s, &["reviews", "book", "--format", "json"]);
    let missing: Vec<(String, String)> = v["missing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["id"].as_str().unwrap().into(), m["kind"].as_str().unwrap().into()))
        .collect();
    let want = [("A1", "unowned"), ("A2", "undated"), ("R1", "broken")];
    assert_eq!(missing, want.map(|(a, b)| (a.to_string(), b.to_string())));
    assert_eq!(v["missing"][2]["title"], "Desk – Field");
    let a3 = v["items"].as_array().unwrap().iter().find(|i| i["action_id"] == "A3").unwrap();
    assert_eq!(
        (a3["kind"].as_str(), a3["date"].as_str()),
        (Some("review"), Some("2027-01-10")),
        "done, loop open"
    );
    assert_eq!(v["clients"][0]["client"], "Acme", "the client with something overdue first");
    assert_eq!(v["clients"][0]["revisit_overdue"], true);
    let csv = s.cvc(&["reviews", "book", "--format", "csv"]).stdout;
    assert!(csv.lines().any(|l| l.starts_with(",broken,false,,Acme,")), "{csv}");
    let ics = s.cvc(&["reviews", "book", "--format", "ics"]).stdout;
    let cal: icalendar::Calendar = ics.parse().unwrap();
    let uids: Vec<&str> = cal.events().filter_map(|e| e.get_uid()).collect();
    assert!(uids.contains(&"acme0001-revisit@cvc") && uids.contains(&"beta0001-revisit@cvc"), "{uids:?}");
}

#[test]
fn list_searches_folders_inside_and_a_link_back_up_ends() {
    let s = Sandbox::new();
    neglected(&s);
    #[cfg(unix)]
    std::os::unix::fs::symlink(s.path("book"), s.path("book/beta/up")).unwrap();
    let run = s.cvc(&["list", "book"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let files: Vec<&str> = run.stdout.lines().skip(1).map(|l| l.split("  ").next().unwrap()).collect();
    assert_eq!(files, ["beta/beta.ron", "acme/2026/acme.ron"], "newest first, each once:\n{}", run.stdout);
}

#[test]
fn broken_files_are_named_and_passed_over_and_a_missing_path_is_bad_usage() {
    let s = Sandbox::new();
    portfolio(&s);
    s.write("clients/broken.ron", "Canvas(");
    let run = s.cvc(&["reviews", "clients"]);
    assert_eq!(run.code, 0);
    assert!(run.stderr.starts_with("skipped clients/broken.ron:"), "{}", run.stderr);
    assert!(run.stdout.starts_with("As of 2026-12-07: 1 overdue, 4 in all."));
    let missing = s.cvc(&["reviews", "nowhere"]);
    assert_eq!((missing.code, missing.stderr.trim()), (2, "nowhere: there is no such file or folder"));
}

#[test]
fn the_data_folder_is_the_default() {
    let s = Sandbox::new();
    let none = s.cvc(&["reviews", "--exit-code"]);
    assert_eq!(none.code, 0);
    assert!(none.stdout.contains("no canvases yet"), "{}", none.stdout);
    std::fs::create_dir_all(s.path("data")).unwrap();
    std::fs::copy(shipped("acme-2026-05"), s.path("data/may.ron")).unwrap();
    std::fs::copy(shipped("acme-2026-11"), s.path("data/nov.ron")).unwrap();
    let v = json(&s, &["reviews", "--format", "json"]);
    let items = v["items"].as_array().unwrap();
    assert!(!items.is_empty() && items.iter().all(|i| i["revision"] == 2), "{v}");
    let a5 = items.iter().find(|i| i["action_id"] == "A5" && i["kind"] == "review").unwrap();
    assert_eq!(
        (a5["overdue"].as_bool(), a5["progress"].as_i64()),
        (Some(true), Some(40)),
        "open past its review"
    );
    assert!(!items.iter().any(|i| i["action_id"] == "A1"), "A1's loop is closed");
}

#[test]
fn export_ics_writes_every_date_of_the_plan_and_cancels_dropped_actions() {
    let s = Sandbox::new();
    let run = s.cvc(&["export", shipped("acme-2026-11").to_str().unwrap(), "--format", "ics"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let cal: icalendar::Calendar = run.stdout.parse().unwrap();
    let events: Vec<&icalendar::Event> = cal.events().collect();
    let dated = events.iter().filter(|e| e.get_uid().is_some_and(|u| u.contains("-A"))).count();
    assert_eq!(dated, 12, "a due date and a review for each of six actions");
    assert_eq!(events.len(), 15, "and the two active recurring tasks and the next revisit");
    let a4 = events.iter().find(|e| e.get_uid() == Some("a3c9e1f4-A4-due@cvc")).unwrap();
    assert_eq!(a4.get_status(), Some(icalendar::EventStatus::Cancelled));
    assert_eq!(a4.get_sequence(), Some(2), "the revision, so a later one updates the event");
    let out =
        s.cvc(&["export", shipped("acme-2026-11").to_str().unwrap(), "--format", "ics", "-o", "plan.ics"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let written = std::fs::read_to_string(s.path("plan.ics")).unwrap();
    assert!(written.starts_with("BEGIN:VCALENDAR\r\n") && written.contains("\r\nBEGIN:VEVENT\r\n"));
}

#[cfg(unix)]
#[test]
fn a_folder_reached_through_a_link_is_searched_once_and_a_loop_ends() {
    let s = Sandbox::new();
    std::fs::create_dir_all(s.path("elsewhere/acme")).unwrap();
    std::fs::create_dir_all(s.path("portfolio")).unwrap();
    let late = canvas("cccc0003", 1, "Acme", &[("Overdue behind a link", "2020-01-01", "", "Open")]);
    s.write("elsewhere/acme/plan.ron", late);
    std::os::unix::fs::symlink(s.path("elsewhere"), s.path("portfolio/clients")).unwrap();
    std::os::unix::fs::symlink(s.path("portfolio"), s.path("elsewhere/back")).unwrap();
    std::os::unix::fs::symlink(s.path("elsewhere/acme"), s.path("portfolio/acme-again")).unwrap();
    let run = s.cvc(&["reviews", "portfolio", "--exit-code"]);
    assert_eq!(run.code, 1, "the overdue action behind the link is found: {}{}", run.stdout, run.stderr);
    assert_eq!(run.stdout.matches("Overdue behind a link").count(), 1, "once: {}", run.stdout);
    assert!(!run.stderr.contains("conflicting"), "one file met twice is no conflict: {}", run.stderr);
    let history = s.cvc(&["history", "portfolio"]);
    assert_eq!(history.code, 0, "{}", history.stderr);
}

#[test]
fn two_files_with_one_revision_of_a_canvas_are_named_as_a_conflict() {
    let s = Sandbox::new();
    std::fs::create_dir_all(s.path("clients")).unwrap();
    let plan = canvas("dddd0004", 3, "Acme", &[("Mine", "2020-01-01", "", "Open")]);
    let copy = canvas("dddd0004", 3, "Acme", &[("Theirs", "2020-01-01", "", "Open")]);
    s.write("clients/plan.ron", plan);
    s.write("clients/plan (conflicted copy).ron", copy);
    let run = s.cvc(&["reviews", "clients"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("warning:"), "{}", run.stderr);
    for name in ["clients/plan.ron", "clients/plan (conflicted copy).ron"] {
        assert!(run.stderr.contains(name), "{name} is named: {}", run.stderr);
    }
    assert!(run.stdout.contains("Mine"), "the name that sorts last is used, as always: {}", run.stdout);
}

#[cfg(unix)]
#[test]
fn a_folder_that_cannot_be_searched_is_named_and_the_rest_is_listed() {
    let s = Sandbox::new();
    std::fs::create_dir_all(s.path("clients")).unwrap();
    s.write("clients/acme.ron", canvas("eeee0005", 1, "Acme", &[("Still listed", "2020-01-01", "", "Open")]));
    // A folder whose path is longer than the system takes (made one step at a time by a shell):
    // as good a folder that cannot be searched as any, even for root.
    let segment = "d".repeat(200);
    let script =
        format!("cd clients && for i in $(seq 1 24); do mkdir {segment} && cd {segment} || exit 1; done");
    let made = std::process::Command::new("bash").arg("-c").arg(&script).current_dir(s.dir.path()).status();
    assert!(made.unwrap().success());
    let run = s.cvc(&["reviews", "clients"]);
    assert_eq!(run.code, 0, "the rest is listed: {}", run.stderr);
    assert!(run.stdout.contains("Still listed"), "{}", run.stdout);
    assert!(
        run.stderr.contains("warning:") && run.stderr.contains("dddd"),
        "the folder is named: {}",
        run.stderr
    );
    let history = s.cvc(&["history", "clients"]);
    assert_eq!(history.code, 0, "{}", history.stderr);
    assert!(history.stderr.contains("warning:"), "{}", history.stderr);
}

/// The events of a calendar as the icalendar crate's parser reads them, each with its
/// properties and its nested components (the alarms).
fn parsed_events(text: &str) -> Vec<(std::collections::HashMap<String, String>, Vec<String>)> {
    let unfolded = icalendar::parser::unfold(text);
    let cal = icalendar::parser::read_calendar(&unfolded).unwrap();
    let mut out = Vec::new();
    for c in cal.components.iter().filter(|c| c.name == "VEVENT") {
        let props = c.properties.iter().map(|p| (p.name.to_string(), p.val.to_string())).collect();
        let alarms = c
            .components
            .iter()
            .filter(|a| a.name == "VALARM")
            .map(|a| a.find_prop("TRIGGER").map(|t| t.val.to_string()).unwrap_or_default())
            .collect();
        out.push((props, alarms));
    }
    out
}

#[test]
fn a_calendar_parser_finds_each_cadence_repeating_and_each_review_and_revisit_alarmed() {
    let s = Sandbox::new();
    let run = s.cvc(&["export", shipped("acme-2027-05").to_str().unwrap(), "--format", "ics"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.split("\r\n").all(|l| l.len() <= 75), "folded within 75 octets");
    assert!(run.stdout.contains("\r\nPRODID:-//cvc//cvc "), "the product names itself");
    let events = parsed_events(&run.stdout);
    let uid = |e: &(std::collections::HashMap<String, String>, Vec<String>)| e.0["UID"].clone();
    let t1 = events.iter().find(|e| uid(e) == "a3c9e1f4-T1-cadence@cvc").expect("T1 repeats");
    assert_eq!(t1.0["RRULE"], "FREQ=WEEKLY");
    let reviews: Vec<_> =
        events.iter().filter(|e| uid(e).ends_with("-review@cvc") && e.0["STATUS"] == "CONFIRMED").collect();
    assert!(!reviews.is_empty());
    for r in &reviews {
        assert_eq!(r.1, ["-P1D"], "{}: an alarm the day before", uid(r));
    }
    let revisit = events.iter().find(|e| uid(e) == "a3c9e1f4-revisit@cvc").expect("the revisit is an event");
    assert_eq!(revisit.1, ["-P7D"]);
    // The portfolio's calendar carries the revisits too.
    neglected(&s);
    let run = s.cvc(&["reviews", "book", "--format", "ics"]);
    let events = parsed_events(&run.stdout);
    let revisit = events.iter().find(|e| uid(e) == "acme0001-revisit@cvc").unwrap();
    assert_eq!(
        (revisit.0["DTSTART"].as_str(), revisit.1.as_slice()),
        ("20261120", ["-P7D".to_string()].as_slice())
    );
}

#[test]
fn a_canvas_with_no_organisation_and_no_title_still_has_a_name_in_the_roll_up() {
    let s = Sandbox::new();
    std::fs::create_dir(s.path("book")).unwrap();
    s.write(
        "book/blank.ron",
        "Canvas(format: 3, id: \"blank001\", revision: 1, title: \"\", date: \"2026-01-10\", \
         actions: [Action(id: \"A1\", title: \"Someone\", due: \"2026-02-01\")])\n",
    );
    let run = s.cvc(&["reviews", "book", "--as-of", "2026-12-07"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("(no organisation, no title)"), "{}", run.stdout);
    let v = json(&s, &["reviews", "book", "--as-of", "2026-12-07", "--format", "json"]);
    assert_eq!(v["clients"][0]["client"], "(no organisation, no title)", "{v}");
}

#[test]
fn the_roll_up_names_the_next_revisit_even_beyond_until() {
    let s = Sandbox::new();
    neglected(&s);
    // Beta's revisit (2027-05-01) is beyond --until: the list leaves it out, its client line not.
    let run = s.cvc(&["reviews", "book", "--until", "2026-12-31"]);
    assert!(run.stdout.contains("Beta  0 overdue, 0 due; revisit 2027-05-01"), "{}", run.stdout);
    assert!(!run.stdout.contains("no workshop date"), "{}", run.stdout);
}
