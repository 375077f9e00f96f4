//! Calendar dates as the file writes them: `YYYY-MM-DD`, checked to be real days.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::Language;

mod words;

/// The environment variable that fixes today for scripts and tests.
pub const TODAY_VARIABLE: &str = "CVC_TODAY";

/// A real calendar day, written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(jiff::civil::Date);

impl Day {
    /// The day with this year, month and day, if it exists.
    pub fn new(year: i16, month: i8, day: i8) -> Option<Day> {
        jiff::civil::Date::new(year, month, day).ok().map(Day)
    }

    /// The day of a civil date.
    pub fn from_civil(date: jiff::civil::Date) -> Day {
        Day(date)
    }

    /// Today: the day `CVC_TODAY` names (`YYYY-MM-DD`, for scripts and tests that must not
    /// depend on the calendar), else today in the system's time zone.
    pub fn today() -> Day {
        Day::pinned().unwrap_or_else(|| Day(jiff::Zoned::now().date()))
    }

    /// The day `CVC_TODAY` names, when it is set to a real `YYYY-MM-DD` day.
    pub fn pinned() -> Option<Day> {
        std::env::var(TODAY_VARIABLE).ok()?.trim().parse().ok()
    }

    /// What is wrong with `CVC_TODAY`, when it is set but names no real day.
    pub fn pinned_problem() -> Option<String> {
        let set = std::env::var_os(TODAY_VARIABLE)?;
        let text = set.to_string_lossy();
        match text.trim().parse::<Day>() {
            Ok(_) => None,
            Err(why) => Some(format!("{TODAY_VARIABLE} must be a real day written YYYY-MM-DD: {why}")),
        }
    }

    /// The year, month and day.
    pub fn ymd(self) -> (i16, i8, i8) {
        (self.0.year(), self.0.month(), self.0.day())
    }

    /// A day given as `YYYY-MM-DD`, or relative to `today`: `today`, `tomorrow`, `yesterday`, a
    /// weekday (`friday` or `fri`: the next one after today; `last friday`, `last fri`: the last
    /// one before today), ahead of today as `+N` and a unit: `+10d`, `+2w`, `+3m` (months),
    /// `+1y`, or back from today the same way: `-3d`, `-1w`. Words are read in any case.
    pub fn resolve(text: &str, today: Day) -> Result<Day, String> {
        Day::resolve_why(text, today).map_err(|e| e.to_string())
    }

    /// [`Day::resolve`], saying why not as a fact that a message words in any language.
    pub fn resolve_why(text: &str, today: Day) -> Result<Day, DayWhy> {
        Day::resolve_in(text, today, Language::En)
    }

    /// [`Day::resolve_why`] for someone typing in `lang`: its words too (`demain`, `ven
    /// dernier`, `+2s`, `-3j`; `morgen`, `letzten Fr`, `+2W`, `-3T`), the English ones as well
    /// (a span's letters follow the language: `j` is a day in French, a year in German).
    pub fn resolve_in(text: &str, today: Day, lang: Language) -> Result<Day, DayWhy> {
        let text = text.trim();
        let word = text.to_lowercase();
        let shift = |n: i64, unit: words::Unit| {
            let span = match unit {
                words::Unit::Day => jiff::Span::new().try_days(n),
                words::Unit::Week => jiff::Span::new().try_weeks(n),
                words::Unit::Month => jiff::Span::new().try_months(n),
                words::Unit::Year => jiff::Span::new().try_years(n),
            };
            today.0.checked_add(span.ok()?).ok().map(Day)
        };
        let sign = match word.chars().next() {
            Some('+') => Some(1),
            Some('-') => Some(-1),
            _ => None,
        };
        let relative = sign.and_then(|sign| {
            let rest = &word[1..];
            let at = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
            let (digits, unit) = rest.split_at(at);
            if digits.is_empty() {
                return None;
            }
            shift(sign * digits.parse::<i64>().ok()?, words::unit(unit.trim_start(), lang)?)
        });
        let weekday = words::weekday_words(&word, lang)
            .and_then(|(w, last)| today.0.nth_weekday(if last { -1 } else { 1 }, w).ok())
            .map(Day);
        match (words::near(&word, lang), relative.or(weekday)) {
            (Some(0), _) => Ok(today),
            (Some(n), _) => {
                shift(n, words::Unit::Day).ok_or(if n > 0 { DayWhy::Tomorrow } else { DayWhy::Yesterday })
            }
            (_, Some(day)) => Ok(day),
            _ if sign.is_some() => Err(DayWhy::Shift(text.to_string())),
            _ => text.parse::<Day>().map_err(|e| match e {
                DayError::Shape(s) => DayWhy::Typed(s),
                other => DayWhy::Date(other),
            }),
        }
    }

    /// Whole days from `self` to `other` (negative when `other` is earlier).
    pub fn days_until(self, other: Day) -> i64 {
        let span = other.0.since(self.0).unwrap_or_default();
        i64::from(span.get_days())
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.0.year(), self.0.month(), self.0.day())
    }
}

/// Why a text is not a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DayError {
    /// Not of the form `YYYY-MM-DD`.
    Shape(String),
    /// Well formed, but no such day in the calendar.
    NoSuchDay(String),
}

impl fmt::Display for DayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DayError::Shape(s) => write!(f, "expected a date as YYYY-MM-DD, found \"{s}\""),
            DayError::NoSuchDay(s) => write!(f, "\"{s}\" is not a real date"),
        }
    }
}

impl std::error::Error for DayError {}

impl DayError {
    /// Why, in `tr`'s language (the same sentence as `Display` in English).
    pub fn text(&self, tr: crate::i18n::Tr) -> String {
        match self {
            DayError::Shape(s) => tr.args("day-shape", &[("text", s.into())]),
            DayError::NoSuchDay(s) => tr.args("day-no-such-day", &[("text", s.into())]),
        }
    }
}

/// Why a typed day (a date, `tomorrow`, `+2w`, `fri`) is not one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DayWhy {
    /// `tomorrow` is past the last day cvc knows.
    Tomorrow,
    /// `yesterday` is before the first day cvc knows.
    Yesterday,
    /// A `+` or `-` not followed by a number and a unit (the text as typed).
    Shift(String),
    /// Neither a date nor a word for one (the text as typed).
    Typed(String),
    /// Written as a date, but not one.
    Date(DayError),
}

impl fmt::Display for DayWhy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DayWhy::Tomorrow => write!(f, "tomorrow is past the last day cvc knows"),
            DayWhy::Yesterday => write!(f, "yesterday is before the first day cvc knows"),
            DayWhy::Shift(s) => write!(
                f,
                "expected a number and d, w, m or y after {}, like +2w or -3d, found \"{s}\"",
                &s[..1]
            ),
            DayWhy::Typed(s) => write!(
                f,
                "expected a date as YYYY-MM-DD, today, tomorrow, yesterday, a weekday, last fri, +2w or -3d, found \"{s}\""
            ),
            DayWhy::Date(e) => e.fmt(f),
        }
    }
}

impl DayWhy {
    /// Why, in `tr`'s language (the same sentence as `Display` in English).
    pub fn text(&self, tr: crate::i18n::Tr) -> String {
        match self {
            DayWhy::Tomorrow => tr.get("day-tomorrow-far"),
            DayWhy::Yesterday => tr.get("day-yesterday-far"),
            DayWhy::Shift(s) => tr.args("day-shift", &[("sign", s[..1].into()), ("text", s.into())]),
            DayWhy::Typed(s) => tr.args("day-typed", &[("text", s.into())]),
            DayWhy::Date(e) => e.text(tr),
        }
    }
}

impl FromStr for Day {
    type Err = DayError;

    fn from_str(s: &str) -> Result<Day, DayError> {
        let b = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        let shaped =
            b.len() == 10 && b[4] == b'-' && b[7] == b'-' && digits(0..4) && digits(5..7) && digits(8..10);
        if !shaped {
            return Err(DayError::Shape(s.to_string()));
        }
        let year: i16 = s[0..4].parse().map_err(|_| DayError::Shape(s.to_string()))?;
        let month: i8 = s[5..7].parse().map_err(|_| DayError::Shape(s.to_string()))?;
        let day: i8 = s[8..10].parse().map_err(|_| DayError::Shape(s.to_string()))?;
        Day::new(year, month, day).ok_or_else(|| DayError::NoSuchDay(s.to_string()))
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Day, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// A local date and time, written `YYYY-MM-DDTHH:MM:SS`: when an idea reached the inbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Moment(jiff::civil::DateTime);

impl Moment {
    /// The moment on `day` at this hour, minute and second, if the time exists.
    pub fn new(day: Day, hour: i8, minute: i8, second: i8) -> Option<Moment> {
        let time = jiff::civil::Time::new(hour, minute, second, 0).ok()?;
        Some(Moment(day.0.to_datetime(time)))
    }

    /// The day it falls on.
    pub fn day(self) -> Day {
        Day(self.0.date())
    }
}

impl fmt::Display for Moment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = self.0.time();
        write!(f, "{}T{:02}:{:02}:{:02}", self.day(), t.hour(), t.minute(), t.second())
    }
}

impl FromStr for Moment {
    type Err = String;

    fn from_str(s: &str) -> Result<Moment, String> {
        let shape = || format!("expected a date and time as YYYY-MM-DDTHH:MM:SS, found \"{s}\"");
        let (date, time) = s.split_once('T').ok_or_else(shape)?;
        let day = date.parse::<Day>().map_err(|e| match e {
            DayError::Shape(_) => shape(),
            other => other.to_string(),
        })?;
        let b = time.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        if !(b.len() == 8 && b[2] == b':' && b[5] == b':' && digits(0..2) && digits(3..5) && digits(6..8)) {
            return Err(shape());
        }
        let part = |r: std::ops::Range<usize>| time[r].parse::<i8>().unwrap_or(-1);
        Moment::new(day, part(0..2), part(3..5), part(6..8))
            .ok_or_else(|| format!("\"{s}\" is not a real time"))
    }
}

impl Serialize for Moment {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Moment {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Moment, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_past_is_said_as_yesterday_a_span_back_or_last_weekday() {
        // 2026-11-22 is a Sunday.
        let today = Day::new(2026, 11, 22).unwrap();
        let day = |text: &str| Day::resolve(text, today).map(|d| d.to_string());
        for (text, means) in [
            ("yesterday", "2026-11-21"),
            ("Yesterday", "2026-11-21"),
            ("-1w", "2026-11-15"),
            ("-3d", "2026-11-19"),
            ("-1m", "2026-10-22"),
            ("-1y", "2025-11-22"),
            ("last monday", "2026-11-16"),
            ("last mon", "2026-11-16"),
            ("Last  Sunday", "2026-11-15"),
            ("monday", "2026-11-23"),
            ("+2w", "2026-12-06"),
            ("today", "2026-11-22"),
            ("tomorrow", "2026-11-23"),
        ] {
            assert_eq!(day(text).as_deref(), Ok(means), "{text}");
        }
        for bad in ["-", "-d", "-2x", "last", "lastmon", "last month", "+-2d", "--2d"] {
            assert!(day(bad).is_err(), "{bad}");
        }
        assert!(day("-3q").unwrap_err().contains("-3d"), "the message shows the past too");
    }

    #[test]
    fn a_moment_reads_and_writes_a_local_date_time_and_refuses_others() {
        let m: Moment = "2026-11-22T10:41:07".parse().unwrap();
        assert_eq!(m.to_string(), "2026-11-22T10:41:07");
        assert_eq!(m.day().to_string(), "2026-11-22");
        assert_eq!(
            "2026-11-22T24:00:00".parse::<Moment>(),
            Err("\"2026-11-22T24:00:00\" is not a real time".into())
        );
        assert_eq!("2026-02-30T10:00:00".parse::<Moment>(), Err("\"2026-02-30\" is not a real date".into()));
        for bad in ["2026-11-22", "2026-11-22 10:41:07", "2026-11-22T10:41", "2026-11-22T10:41:07Z", "x"] {
            assert!(bad.parse::<Moment>().unwrap_err().contains("YYYY-MM-DDTHH:MM:SS"), "{bad}");
        }
    }

    #[test]
    fn parses_and_prints_the_same_day() {
        let day: Day = "2027-01-15".parse().unwrap();
        assert_eq!(day.to_string(), "2027-01-15");
    }

    #[test]
    fn refuses_impossible_days_and_bad_shapes() {
        assert_eq!("2026-02-30".parse::<Day>(), Err(DayError::NoSuchDay("2026-02-30".into())));
        assert!(matches!("2026-2-3".parse::<Day>(), Err(DayError::Shape(_))));
        assert!(matches!("tomorrow".parse::<Day>(), Err(DayError::Shape(_))));
        assert!("2028-02-29".parse::<Day>().is_ok());
    }

    #[test]
    fn a_day_resolves_from_a_date_today_or_a_span_ahead() {
        let today: Day = "2026-11-25".parse().unwrap();
        let at = |t: &str| Day::resolve(t, today).map(|d| d.to_string());
        assert_eq!(at("2027-01-31"), Ok("2027-01-31".into()));
        assert_eq!(at("today"), Ok("2026-11-25".into()));
        assert_eq!(at("+2w"), Ok("2026-12-09".into()));
        assert_eq!(at("+10d"), Ok("2026-12-05".into()));
        assert_eq!(at("+3m"), Ok("2027-02-25".into()));
        assert_eq!(at("+1y"), Ok("2027-11-25".into()));
        assert!(at("+2x").unwrap_err().contains("like +2w"));
        assert!(at("+w").is_err() && at("+").is_err() && at("+2é").is_err());
        assert!(at("next week").unwrap_err().contains("YYYY-MM-DD"));
    }

    #[test]
    fn a_day_resolves_from_tomorrow_and_weekday_names_in_any_case() {
        // 2026-11-25 is a Wednesday.
        let today: Day = "2026-11-25".parse().unwrap();
        let at = |t: &str| Day::resolve(t, today).map(|d| d.to_string());
        assert_eq!(at("tomorrow"), Ok("2026-11-26".into()));
        assert_eq!(at(" Tomorrow "), Ok("2026-11-26".into()));
        assert_eq!(at("TODAY"), Ok("2026-11-25".into()));
        assert_eq!(at("friday"), Ok("2026-11-27".into()));
        assert_eq!(at("Fri"), Ok("2026-11-27".into()));
        assert_eq!(at("monday"), Ok("2026-11-30".into()), "the next Monday, in the next week");
        assert_eq!(at("wednesday"), Ok("2026-12-02".into()), "today's weekday is a week ahead");
        assert_eq!(at("sun"), Ok("2026-11-29".into()));
        assert_eq!(at("+2W"), Ok("2026-12-09".into()));
        assert_eq!(at("2027-12-31"), Ok("2027-12-31".into()));
        for bad in ["fr", "frid", "mondays", "next friday"] {
            assert!(at(bad).unwrap_err().contains("a weekday"), "{bad}");
        }
        assert_eq!(at("2026-02-30"), Err("\"2026-02-30\" is not a real date".into()));
    }

    #[test]
    fn counts_days_between() {
        let a: Day = "2027-01-30".parse().unwrap();
        let b: Day = "2027-02-02".parse().unwrap();
        assert_eq!(a.days_until(b), 3);
        assert_eq!(b.days_until(a), -3);
    }
}
