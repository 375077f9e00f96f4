//! Due dates and loop reviews as an iCalendar file (RFC 5545): one all-day event per date, with a
//! UID stable per canvas, action and kind of date, so importing the file again updates the events
//! instead of adding them twice. A loop review carries an alarm the day before; a canvas's
//! calendar also has each active task's cadence as a repeating event (`RRULE`) and the next
//! revisit, six months after the workshop.
//!
//! Written directly, line by line: every text value is escaped ([`escape_text`]) so no canvas
//! text can end its line and start a property or an event of its own, and every line is folded
//! ([`fold`]) to at most 75 octets, in one pass, never inside a UTF-8 character.

use crate::model::{ActionStatus, Cadence, Canvas, DateKind, Day, FollowUp, Task, dates};
use crate::safe;

/// The longest line RFC 5545 allows, in octets, without its CRLF.
const LINE_MAX: usize = 75;

/// Text as a calendar holds it: one kind of line break, every other control character shown (as
/// everywhere cvc writes, so the reader sees it was there). [`escape_text`] does the rest.
fn clean(text: &str) -> String {
    safe::text(&text.replace("\r\n", "\n")).into_owned()
}

/// A TEXT value as RFC 5545 §3.3.11 writes it: `\`, `;` and `,` escaped with a backslash, every
/// line break (`\r\n`, `\n`, `\r`) as `\n`, a tab as a space, any other control character left out.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line to `out`, folded as RFC 5545 §3.1 asks: at most 75 octets a line, a
/// continuation line starting with a space, never splitting a UTF-8 character; then CRLF. One
/// pass over the line: the work is linear in its length.
pub fn fold(line: &str, out: &mut String) {
    out.reserve(line.len() + line.len() / (LINE_MAX - 1) * 3 + 2);
    let mut rest = line;
    let mut room = LINE_MAX;
    while rest.len() > room {
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        // The space that starts a continuation line counts in its 75 octets.
        room = LINE_MAX - 1;
    }
    out.push_str(rest);
    out.push_str("\r\n");
}

/// A calendar being written: content lines, each folded, ending in CRLF.
struct Writer {
    out: String,
}

impl Writer {
    /// A property whose value is already in its RFC form (a date, a number, a keyword).
    fn raw(&mut self, name: &str, value: &str) {
        fold(&format!("{name}:{value}"), &mut self.out);
    }

    /// A property whose value is text: cleaned and escaped.
    fn text(&mut self, name: &str, value: &str) {
        self.raw(name, &escape_text(&clean(value)));
    }
}

/// A day as an RFC 5545 DATE: `20270115`.
fn date(day: Day) -> String {
    let (y, m, d) = day.ymd();
    format!("{y:04}{m:02}{d:02}")
}

/// The day after: an all-day event ends the next morning.
fn next_day(day: Day) -> Day {
    let (y, m, d) = day.ymd();
    jiff::civil::Date::new(y, m, d).and_then(|date| date.tomorrow()).map_or(day, Day::from_civil)
}

/// The event's UID: `CANVAS-ACTION-KIND@cvc`, the same in every export of every revision.
fn uid(f: &FollowUp) -> String {
    format!("{}-{}-{}@cvc", canvas_key(f.file, f.canvas), f.action.id, f.kind.word())
}

/// The event's description: the action, who closes the loop, the indicator and where it stands.
fn description(f: &FollowUp) -> String {
    let (a, c) = (f.action, f.canvas);
    let mut lines = vec![format!("{} {}", a.id, a.title)];
    if !a.owner.is_empty() || !a.business_line.is_empty() {
        let line = if a.business_line.is_empty() { String::new() } else { format!(" ({})", a.business_line) };
        lines.push(format!("Owner: {}{line}", a.owner));
    }
    if let Some(ind) = a.indicator() {
        let latest = ind
            .latest()
            .map_or_else(|| "no reading yet".to_string(), |r| format!("{} on {}", r.value, r.date));
        lines.push(format!("Indicator: {} ({} → {}), latest {latest}", ind.name, ind.baseline, ind.target));
        lines.push(format!("Progress: {}", ind.measured(f.canvas.language).label()));
    }
    let status = [a.status.map(|s| format!("status {s}")), a.loop_state.map(|l| format!("loop {l}"))];
    let status: Vec<String> = status.into_iter().flatten().collect();
    if !status.is_empty() {
        lines.push(status.join(", "));
    }
    lines.push(format!("Canvas: {} ({}, revision {})", c.title, c.organisation, c.revision));
    lines.join("\n")
}

/// One all-day event for a due date or loop review.
fn event(w: &mut Writer, f: &FollowUp, stamp: &str) {
    let what = match f.kind {
        DateKind::Due => "Due",
        DateKind::Review => "Loop review",
    };
    let org = if f.canvas.organisation.is_empty() {
        String::new()
    } else {
        format!(" — {}", f.canvas.organisation)
    };
    let summary = format!("{what}: {} {}{org}", f.action.id, f.action.title);
    let status = if f.action.status == Some(ActionStatus::Dropped) { "CANCELLED" } else { "CONFIRMED" };
    w.raw("BEGIN", "VEVENT");
    w.raw("DTSTAMP", stamp);
    w.text("DESCRIPTION", &description(f));
    w.raw("DTEND;VALUE=DATE", &date(next_day(f.date)));
    w.raw("DTSTART;VALUE=DATE", &date(f.date));
    w.raw("SEQUENCE", &f.canvas.revision.to_string());
    w.raw("STATUS", status);
    w.text("SUMMARY", &summary);
    w.text("UID", &uid(f));
    if f.kind == DateKind::Review && status == "CONFIRMED" {
        // The loop closer hears of it the morning before, not on the day.
        w.raw("BEGIN", "VALARM");
        w.raw("ACTION", "DISPLAY");
        w.text("DESCRIPTION", &summary);
        w.raw("TRIGGER", "-P1D");
        w.raw("END", "VALARM");
    }
    w.raw("END", "VEVENT");
}

/// The canvas's part of a UID: its id, or `file-NAME` for a canvas without one.
fn canvas_key(file: &std::path::Path, c: &Canvas) -> String {
    if c.id.is_empty() {
        let stem = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let stem: String = stem.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect();
        format!("file-{stem}")
    } else {
        c.id.clone()
    }
}

/// How a cadence repeats, as an RRULE value; `None` for once and ongoing work.
fn rule(cadence: Cadence) -> Option<&'static str> {
    match cadence {
        Cadence::Weekly => Some("FREQ=WEEKLY"),
        Cadence::Fortnightly => Some("FREQ=WEEKLY;INTERVAL=2"),
        Cadence::Monthly => Some("FREQ=MONTHLY"),
        Cadence::Quarterly => Some("FREQ=MONTHLY;INTERVAL=3"),
        Cadence::Once | Cadence::Ongoing => None,
    }
}

/// An active task with a recurring cadence as a repeating all-day event, from its last held day
/// (or the workshop, or `today`).
fn task_event(w: &mut Writer, file: &std::path::Path, c: &Canvas, t: &Task, today: Day, stamp: &str) {
    let Some(rrule) = t.cadence.and_then(rule).filter(|_| t.is_ongoing()) else { return };
    let start = t.held.last().copied().or(c.date).unwrap_or(today);
    let org = if c.organisation.is_empty() { String::new() } else { format!(" — {}", c.organisation) };
    let mut lines = vec![format!("{} {}", t.id, t.title)];
    if !t.owner.is_empty() {
        lines.push(format!("Owner: {}", t.owner));
    }
    lines.push(format!("Canvas: {} ({}, revision {})", c.title, c.organisation, c.revision));
    w.raw("BEGIN", "VEVENT");
    w.raw("DTSTAMP", stamp);
    w.text("DESCRIPTION", &lines.join("\n"));
    w.raw("DTEND;VALUE=DATE", &date(next_day(start)));
    w.raw("DTSTART;VALUE=DATE", &date(start));
    w.raw("RRULE", rrule);
    w.raw("SEQUENCE", &c.revision.to_string());
    w.text("SUMMARY", &format!("{} {}{org}", t.id, t.title));
    w.text("UID", &format!("{}-{}-cadence@cvc", canvas_key(file, c), t.id));
    w.raw("END", "VEVENT");
}

/// The next revisit of the canvas: six months after its workshop (DESIGN §11), with an alarm a
/// week before.
fn revisit_event(w: &mut Writer, file: &std::path::Path, c: &Canvas, stamp: &str) {
    let Some(day) = c.date.and_then(six_months_after) else { return };
    let title = if c.title.is_empty() { "the canvas" } else { c.title.as_str() };
    let summary = format!("Revisit: {title}");
    w.raw("BEGIN", "VEVENT");
    w.raw("DTSTAMP", stamp);
    w.text("DESCRIPTION", &format!("cvc revisit: the follow-up workshop of revision {}", c.revision));
    w.raw("DTEND;VALUE=DATE", &date(next_day(day)));
    w.raw("DTSTART;VALUE=DATE", &date(day));
    w.raw("SEQUENCE", &c.revision.to_string());
    w.text("SUMMARY", &summary);
    w.text("UID", &format!("{}-revisit@cvc", canvas_key(file, c)));
    w.raw("BEGIN", "VALARM");
    w.raw("ACTION", "DISPLAY");
    w.text("DESCRIPTION", &summary);
    w.raw("TRIGGER", "-P7D");
    w.raw("END", "VALARM");
    w.raw("END", "VEVENT");
}

/// The day six months after `day` (the month's last day when it is shorter).
fn six_months_after(day: Day) -> Option<Day> {
    let (y, m, d) = day.ymd();
    let date = jiff::civil::Date::new(y, m, d).ok()?;
    date.checked_add(jiff::Span::new().months(6)).ok().map(Day::from_civil)
}

/// The calendar's opening lines: the product that wrote it and its name.
fn head(w: &mut Writer, name: &str) {
    w.raw("BEGIN", "VCALENDAR");
    w.raw("VERSION", "2.0");
    w.raw("PRODID", concat!("-//cvc//cvc ", env!("CARGO_PKG_VERSION"), "//EN"));
    w.raw("CALSCALE", "GREGORIAN");
    w.text("NAME", name);
    w.text("X-WR-CALNAME", name);
}

/// When the events were written, as RFC 5545 asks of every event (UTC).
fn stamp() -> String {
    jiff::Timestamp::now().strftime("%Y%m%dT%H%M%SZ").to_string()
}

/// The calendar: its name, then one event per follow-up.
fn calendar(name: &str, items: &[FollowUp<'_>]) -> String {
    let mut w = Writer { out: String::new() };
    let stamp = stamp();
    head(&mut w, name);
    for f in items {
        event(&mut w, f, &stamp);
    }
    w.raw("END", "VCALENDAR");
    w.out
}

/// Every due date and loop review of one canvas, read from `file` (a dropped action's events are
/// marked cancelled, so a calendar that imported them before drops them), each active task's
/// cadence as a repeating event, and the next revisit.
pub fn canvas_calendar(file: &std::path::Path, c: &Canvas, today: Day) -> String {
    let title = if c.title.is_empty() { "canvas" } else { &c.title };
    let mut w = Writer { out: String::new() };
    let stamp = stamp();
    head(&mut w, &format!("cvc: {title}"));
    for f in &dates(file, c, today) {
        event(&mut w, f, &stamp);
    }
    for t in &c.tasks {
        task_event(&mut w, file, c, t, today, &stamp);
    }
    revisit_event(&mut w, file, c, &stamp);
    w.raw("END", "VCALENDAR");
    w.out
}

/// The follow-up list of `cvc reviews` as a calendar.
pub fn reviews_calendar(items: &[FollowUp]) -> String {
    calendar("cvc: loop reviews and due dates", items)
}

#[cfg(test)]
mod tests {
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
        let text = canvas_calendar(Path::new("x.ron"), &c, Day::new(2027, 1, 1).unwrap());
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
        let text = canvas_calendar(Path::new("x.ron"), &c, Day::new(2027, 1, 1).unwrap());
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
        let text = canvas_calendar(Path::new("x.ron"), &c, Day::new(2027, 1, 1).unwrap());
        assert!(text.ends_with("\r\n"));
        let short = |text: &str| text.split_terminator("\r\n").all(|line| line.len() <= 75);
        assert!(short(&text), "{text}");
        // Every length of title, so that each line and each continuation line ends at 75 octets once.
        for n in 1..=160 {
            for unit in ["x", "é", "北", "🎉"] {
                c.title = unit.repeat(n);
                let text = canvas_calendar(Path::new("x.ron"), &c, Day::new(2027, 1, 1).unwrap());
                assert!(short(&text), "{text}");
            }
        }
        c.title = format!("é{}", "北京研发中心 🎉 Zoë ".repeat(20));
        let text = canvas_calendar(Path::new("x.ron"), &c, Day::new(2027, 1, 1).unwrap());
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
        let text = canvas_calendar(Path::new("x.ron"), &c, Day::new(2027, 1, 1).unwrap());
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
        let review =
            unfolded.split("BEGIN:VEVENT").find(|e| e.contains("UID:c7f3a9e2-A1-review@cvc")).unwrap();
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
}
