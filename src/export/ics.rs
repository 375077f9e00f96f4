//! Due dates and loop reviews as an iCalendar file (RFC 5545): one all-day event per date, with a
//! UID stable per canvas, action and kind of date, so importing the file again updates the events
//! instead of adding them twice.

use chrono::NaiveDate;
use icalendar::{Calendar, Component, Event, EventLike, EventStatus};

use crate::model::{ActionStatus, Canvas, DateKind, Day, FollowUp, dates};
use crate::safe;

/// Text as a calendar holds it: one kind of line break, every other control character shown. The
/// calendar crate then escapes `\`, `;`, `,` and line breaks as the RFC asks, and folds long lines.
fn clean(text: &str) -> String {
    safe::text(&text.replace("\r\n", "\n")).into_owned()
}

fn civil(day: Day) -> NaiveDate {
    let (y, m, d) = day.ymd();
    NaiveDate::from_ymd_opt(i32::from(y), u32::from(m.unsigned_abs()), u32::from(d.unsigned_abs()))
        .unwrap_or_default()
}

/// The event's UID: `CANVAS-ACTION-KIND@cvc`, the same in every export of every revision.
fn uid(f: &FollowUp) -> String {
    let canvas = if f.canvas.id.is_empty() {
        let stem = f.file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let stem: String = stem.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect();
        format!("file-{stem}")
    } else {
        f.canvas.id.clone()
    };
    format!("{canvas}-{}-{}@cvc", f.action.id, f.kind.word())
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
        lines.push(format!("Progress: {}", ind.measured().label()));
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
fn event(f: &FollowUp) -> Event {
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
    let status = if f.action.status == Some(ActionStatus::Dropped) {
        EventStatus::Cancelled
    } else {
        EventStatus::Confirmed
    };
    let day = civil(f.date);
    Event::new()
        .uid(&uid(f))
        .summary(&clean(&summary))
        .description(&clean(&description(f)))
        .starts(day)
        .ends(day.succ_opt().unwrap_or(day))
        .sequence(f.canvas.revision)
        .status(status)
        .done()
}

fn calendar(name: &str, events: impl IntoIterator<Item = Event>) -> String {
    let mut cal = Calendar::new();
    cal.name(&clean(name));
    for e in events {
        cal.push(e);
    }
    cal.done().to_string()
}

/// Every due date and loop review of one canvas, read from `file`; a dropped action's events are
/// marked cancelled, so a calendar that imported them before drops them.
pub fn canvas_calendar(file: &std::path::Path, c: &Canvas, today: Day) -> String {
    let title = if c.title.is_empty() { "canvas" } else { &c.title };
    calendar(&format!("cvc: {title}"), dates(file, c, today).iter().map(event))
}

/// The follow-up list of `cvc reviews` as a calendar.
pub fn reviews_calendar(items: &[FollowUp]) -> String {
    calendar("cvc: loop reviews and due dates", items.iter().map(event))
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
}
