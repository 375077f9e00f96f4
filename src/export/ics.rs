//! Due dates and loop reviews as an iCalendar file (RFC 5545): one all-day event per date, with a
//! UID stable per canvas, action and kind of date, so importing the file again updates the events
//! instead of adding them twice. A loop review carries an alarm the day before; a canvas's
//! calendar also has each active task's cadence as a repeating event (`RRULE`) and the next
//! revisit, six months after the workshop.
//!
//! Written directly, line by line: every text value is escaped ([`escape_text`]) so no canvas
//! text can end its line and start a property or an event of its own, and every line is folded
//! ([`fold`]) to at most 75 octets, in one pass, never inside a UTF-8 character.
//!
//! The summaries and descriptions are in the reader's language (a [`Tr`]); the properties, the
//! dates and the UIDs are the format's, whatever the language.

use crate::i18n::Tr;
use crate::model::{
    ActionStatus, Cadence, Canvas, DateKind, Day, FollowUp, Revisit, Task, dates, revisit_day,
};
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
    /// The content line being put together before it is folded into `out` (kept, not made anew).
    line: String,
}

impl Writer {
    /// A property whose value is already in its RFC form (a date, a number, a keyword).
    fn raw(&mut self, name: &str, value: &str) {
        self.line.clear();
        self.line.push_str(name);
        self.line.push(':');
        self.line.push_str(value);
        fold(&self.line, &mut self.out);
    }

    /// A property whose value is text: cleaned and escaped (most values have nothing to clean or
    /// escape, and are written as they are).
    fn text(&mut self, name: &str, value: &str) {
        let plain =
            !value.bytes().any(|b| crate::safe::may_start_unsafe(b) || matches!(b, b'\\' | b';' | b','));
        if plain {
            self.raw(name, value);
        } else {
            self.raw(name, &escape_text(&clean(value)));
        }
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

/// Who answers for an entry: `Owner: Ann (Sales)`.
fn owner(owner: &str, business_line: &str, tr: Tr) -> String {
    if business_line.is_empty() {
        tr.args("ics-owner", &[("owner", owner.into())])
    } else {
        tr.args("ics-owner-line", &[("owner", owner.into()), ("line", business_line.into())])
    }
}

/// The canvas an event comes from: `Canvas: Plan (Acme, revision 2)`.
fn from_canvas(c: &Canvas, tr: Tr) -> String {
    let args = [("title", c.title.as_str().into()), ("organisation", c.organisation.as_str().into())];
    tr.args("ics-canvas", &[args[0].clone(), args[1].clone(), ("revision", c.revision.into())])
}

/// The event's description: the action, who closes the loop, the indicator and where it stands.
fn description(f: &FollowUp, tr: Tr) -> String {
    let (a, c) = (f.action, f.canvas);
    let mut lines = vec![format!("{} {}", a.id, a.title)];
    if !a.owner.is_empty() || !a.business_line.is_empty() {
        lines.push(owner(&a.owner, &a.business_line, tr));
    }
    if let Some(ind) = a.indicator() {
        let latest = ind.latest().map_or_else(
            || tr.get("scorecard-no-reading"),
            |r| {
                tr.args("ics-reading", &[("value", r.value.as_str().into()), ("date", tr.day(r.date).into())])
            },
        );
        let args = [
            ("name", ind.name.as_str().into()),
            ("baseline", ind.baseline.as_str().into()),
            ("target", ind.target.as_str().into()),
            ("latest", latest.into()),
        ];
        lines.push(tr.args("ics-indicator", &args));
        let progress = super::scorecard::measured(ind.measured(f.canvas.language), tr);
        lines.push(tr.args("ics-progress", &[("progress", progress.into())]));
    }
    let status = [
        a.status.map(|s| tr.args("ics-status", &[("status", tr.label(s).into())])),
        a.loop_state.map(|l| tr.args("ics-loop", &[("loop", tr.label(l).into())])),
    ];
    let status: Vec<String> = status.into_iter().flatten().collect();
    if !status.is_empty() {
        lines.push(status.join(", "));
    }
    lines.push(from_canvas(c, tr));
    lines.join("\n")
}

/// One all-day event for a due date or loop review.
fn event(w: &mut Writer, f: &FollowUp, stamp: &str, tr: Tr) {
    let key = match f.kind {
        DateKind::Due => "ics-due",
        DateKind::Review => "ics-review",
    };
    let org = if f.canvas.organisation.is_empty() {
        String::new()
    } else {
        format!(" — {}", f.canvas.organisation)
    };
    let args =
        [("id", f.action.id.as_str().into()), ("title", f.action.title.as_str().into()), ("org", org.into())];
    let summary = tr.args(key, &args);
    // A dropped action's dates, and the review of a loop already closed, are cancelled: the
    // same UID in an owner's calendar then goes away instead of ringing for finished work.
    let finished = f.kind == DateKind::Review && !f.action.loop_pending();
    let cancelled = f.action.status == Some(ActionStatus::Dropped) || finished;
    let status = if cancelled { "CANCELLED" } else { "CONFIRMED" };
    w.raw("BEGIN", "VEVENT");
    w.raw("DTSTAMP", stamp);
    w.text("DESCRIPTION", &description(f, tr));
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
fn task_event(w: &mut Writer, file: &std::path::Path, c: &Canvas, t: &Task, today: Day, stamp: &str, tr: Tr) {
    let Some(rrule) = t.cadence.and_then(rule).filter(|_| t.is_ongoing()) else { return };
    let start = t.held.last().copied().or(c.date).unwrap_or(today);
    let org = if c.organisation.is_empty() { String::new() } else { format!(" — {}", c.organisation) };
    let mut lines = vec![format!("{} {}", t.id, t.title)];
    if !t.owner.is_empty() {
        lines.push(owner(&t.owner, "", tr));
    }
    lines.push(from_canvas(c, tr));
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
fn revisit_event(w: &mut Writer, file: &std::path::Path, c: &Canvas, stamp: &str, tr: Tr) {
    let Some(day) = c.date.and_then(revisit_day) else { return };
    let title = if c.title.is_empty() { tr.get("ics-revisit-untitled") } else { c.title.clone() };
    let summary = tr.args("ics-revisit", &[("title", title.into())]);
    w.raw("BEGIN", "VEVENT");
    w.raw("DTSTAMP", stamp);
    w.text("DESCRIPTION", &tr.args("ics-revisit-about", &[("revision", c.revision.into())]));
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

/// Every due date and loop review of one canvas, read from `file` (a dropped action's events are
/// marked cancelled, so a calendar that imported them before drops them), each active task's
/// cadence as a repeating event, and the next revisit.
/// Its summaries and descriptions are in `tr`'s language.
pub fn canvas_calendar(file: &std::path::Path, c: &Canvas, today: Day, tr: Tr) -> String {
    let title = if c.title.is_empty() { tr.get("ics-untitled") } else { c.title.clone() };
    let mut w = Writer { out: String::new(), line: String::new() };
    let stamp = stamp();
    head(&mut w, &tr.args("ics-calendar", &[("title", title.into())]));
    for f in &dates(file, c, today) {
        event(&mut w, f, &stamp, tr);
    }
    for t in &c.tasks {
        task_event(&mut w, file, c, t, today, &stamp, tr);
    }
    revisit_event(&mut w, file, c, &stamp, tr);
    w.raw("END", "VCALENDAR");
    w.out
}

/// The follow-up list of `cvc reviews` as a calendar: one event per follow-up, then each
/// canvas's next revisit (with its alarm a week before); its words in `tr`'s language.
pub fn reviews_calendar(items: &[FollowUp], revisits: &[Revisit], tr: Tr) -> String {
    let mut w = Writer { out: String::new(), line: String::new() };
    let stamp = stamp();
    head(&mut w, &tr.get("ics-reviews-calendar"));
    for f in items {
        event(&mut w, f, &stamp, tr);
    }
    for r in revisits {
        revisit_event(&mut w, r.file, r.canvas, &stamp, tr);
    }
    w.raw("END", "VCALENDAR");
    w.out
}

#[cfg(test)]
mod tests;
