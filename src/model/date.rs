//! Calendar dates as the file writes them: `YYYY-MM-DD`, checked to be real days.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::Language;

mod local;
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
            _ => local::numeric(text, lang).unwrap_or_else(|| {
                text.parse::<Day>().map_err(|e| match e {
                    DayError::Shape(s) => DayWhy::Typed(s),
                    other => DayWhy::Date(other),
                })
            }),
        }
    }

    /// A day written as a date in `lang`: `YYYY-MM-DD` everywhere, and in French and German the
    /// way a spreadsheet there writes it, day first (`31/12/2026`, `31.12.2026`, `1.2.2027`).
    pub fn read_in(text: &str, lang: Language) -> Result<Day, DayWhy> {
        local::numeric(text, lang).unwrap_or_else(|| {
            text.parse::<Day>().map_err(|e| match e {
                DayError::Shape(s) if lang != Language::En => DayWhy::Written(s),
                other => DayWhy::Date(other),
            })
        })
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
    /// Not a date the way the language writes one (the text as typed): numbers separated by `/`
    /// or `.` in English (`12/31/2026`: month or day first?), a two-digit year or another shape
    /// in French and German.
    Written(String),
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
            DayWhy::Written(s) => {
                write!(f, "\"{s}\" could be day/month or month/day: write the date as YYYY-MM-DD")
            }
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
            DayWhy::Written(s) => tr.args("day-written", &[("text", s.into())]),
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
        // The usual day written digit by digit (a large canvas has hundreds of thousands of
        // them); a year outside 0–9999 as `Display` writes it.
        let (y, m, d) = (self.0.year(), self.0.month(), self.0.day());
        let Ok(year) = u16::try_from(y) else { return s.collect_str(self) };
        if year > 9999 {
            return s.collect_str(self);
        }
        let digit = |n: u16, place: u16| b'0' + (n / place % 10) as u8;
        let (m, d) = (m.unsigned_abs().into(), d.unsigned_abs().into());
        let text = [
            digit(year, 1000),
            digit(year, 100),
            digit(year, 10),
            digit(year, 1),
            b'-',
            digit(m, 10),
            digit(m, 1),
            b'-',
            digit(d, 10),
            digit(d, 1),
        ];
        s.serialize_str(std::str::from_utf8(&text).map_err(serde::ser::Error::custom)?)
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
mod tests;
