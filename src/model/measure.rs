//! An indicator's progress: numbers read from the text people wrote, compared from baseline to
//! target (DESIGN.md §2).
//!
//! A value is numeric when it starts with a number written the canvas's language's way (`3.5`,
//! `1,200.5`, `-2` in English; `4,5` and `1 200` in French; `4,5` and `1.200` in German),
//! optionally followed by `%` or a unit word. Minutes, hours, days and weeks (and their words in
//! the language: `jours`, `Stunden`) convert into one another; any other word is a label on a
//! count. `about 40` does not start with a number, so it is shown as written; neither is a number
//! the language could read two ways (`1,234` in English), so it is never misread.

use super::{Indicator, Language, Reading};

mod number;

pub(super) use number::leading_number;

/// What a measured number counts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Unit {
    /// A plain count: no unit, or a word that is not a time (`engineers`, `defects`).
    Count,
    /// A percentage.
    Percent,
    /// A span of time, counted in hours.
    Hours,
}

/// A number read from the start of a text, in its unit (times converted to hours).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quantity {
    /// How much, in hours for a time.
    pub amount: f64,
    /// What it counts.
    pub unit: Unit,
    /// Whether a unit was written after the number (a bare number takes the indicator's unit).
    pub bare: bool,
}

/// The unit a word names in a language, with how many hours one of it is for a time. French and
/// German canvases also take the English words; an English canvas takes only its own.
fn unit_of(word: &str, lang: Language) -> (Unit, f64) {
    const MINUTE: (Unit, f64) = (Unit::Hours, 1.0 / 60.0);
    const HOUR: (Unit, f64) = (Unit::Hours, 1.0);
    const DAY: (Unit, f64) = (Unit::Hours, 24.0);
    const WEEK: (Unit, f64) = (Unit::Hours, 168.0);
    let word = word.to_lowercase();
    let english = match word.as_str() {
        "%" | "percent" | "pct" => Some((Unit::Percent, 1.0)),
        "min" | "mins" | "minute" | "minutes" => Some(MINUTE),
        "h" | "hr" | "hrs" | "hour" | "hours" => Some(HOUR),
        "d" | "day" | "days" => Some(DAY),
        "w" | "wk" | "wks" | "week" | "weeks" => Some(WEEK),
        _ => None,
    };
    let own = match (lang, word.as_str()) {
        (Language::En, _) => None,
        (Language::Fr, "pourcent" | "pourcents") => Some((Unit::Percent, 1.0)),
        (Language::Fr, "j" | "jour" | "jours") => Some(DAY),
        (Language::Fr, "heure" | "heures") => Some(HOUR),
        (Language::Fr, "sem" | "semaine" | "semaines") => Some(WEEK),
        (Language::De, "prozent") => Some((Unit::Percent, 1.0)),
        (Language::De, "minute" | "minuten") => Some(MINUTE),
        (Language::De, "std" | "stunde" | "stunden") => Some(HOUR),
        (Language::De, "tg" | "tag" | "tage" | "tagen") => Some(DAY),
        (Language::De, "wo" | "woche" | "wochen") => Some(WEEK),
        _ => None,
    };
    english.or(own).unwrap_or((Unit::Count, 1.0))
}

/// The time unit a value is written in and how many hours one of it holds (`jours` and 24 in
/// `2 jours`, `weeks` and 168 in `3 weeks`): a chart of a time written in days is drawn in days.
/// `None` when the value is not a number followed by a time unit.
pub fn time_unit(text: &str, lang: Language) -> Option<(String, f64)> {
    let (_, rest) = number::leading_number(text.trim(), lang)?;
    let word: String = rest.trim_start().chars().take_while(|c| c.is_alphabetic()).collect();
    match unit_of(&word, lang) {
        (Unit::Hours, factor) if !word.is_empty() => Some((word, factor)),
        _ => None,
    }
}

/// Why a value that looks like a number is not read as one in `lang`, when it is a number another
/// language reads differently: `1,234` in English is a thousand two hundred and thirty-four, or
/// one point two three four. `None` when the value is a number, or no number at all.
pub fn ambiguity(text: &str, lang: Language) -> Option<String> {
    ambiguity_in(text, lang, crate::i18n::Tr::default())
}

/// [`ambiguity`] said in `tr`'s language (the reader's), about a value read in `lang` (the
/// canvas's).
pub fn ambiguity_in(text: &str, lang: Language, tr: crate::i18n::Tr) -> Option<String> {
    let text = text.trim();
    if quantity(text, lang).is_some() {
        return None;
    }
    let digits = text.strip_prefix('-').unwrap_or(text);
    let point = match lang {
        Language::En => None,
        Language::Fr | Language::De => digits.split_once('.'),
    };
    if let Some((head, tail)) = point.filter(|(h, t)| {
        !h.is_empty() && h.bytes().all(|b| b.is_ascii_digit()) && t.starts_with(|c: char| c.is_ascii_digit())
    }) {
        // A point where French and German write a decimal comma.
        let part: String = tail.chars().take_while(char::is_ascii_digit).collect();
        let shown = format!("{}{head}.{part}", if text.starts_with('-') { "-" } else { "" });
        return Some(if lang == Language::Fr && part.len() == 3 {
            // `1.200` is twelve hundred or one point two: each written the French way.
            let decimals = part.trim_end_matches('0');
            let small = if decimals.is_empty() { head.to_string() } else { format!("{head},{decimals}") };
            let args = [
                ("shown", shown.as_str().into()),
                ("one", format!("{head}{part}").into()),
                ("other", small.as_str().into()),
                ("write_one", format!("{head} {part}").into()),
                ("write_other", small.as_str().into()),
            ];
            tr.args("measure-two-ways", &args)
        } else {
            let args = [
                ("shown", shown.as_str().into()),
                ("language", lang.code().into()),
                ("write", format!("{head},{part}").into()),
            ];
            tr.args("measure-point", &args)
        });
    }
    let (head, tail) = digits.split_once(',')?;
    let tail_digits = tail.bytes().take_while(u8::is_ascii_digit).count();
    let plain = |s: &str| (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    let lone_group = lang == Language::En
        && plain(head)
        && tail_digits == 3
        && !tail[3..].starts_with(|c: char| c == ',' || c == '.' || c.is_ascii_digit());
    lone_group.then(|| {
        let shown = &text[..text.len() - tail.len() + 3];
        let (whole, part) = (head, &tail[..3]);
        let args = [
            ("shown", shown.into()),
            ("one", format!("{whole}{part}").into()),
            ("other", format!("{whole}.{part}").into()),
            ("write_one", format!("{whole}{part}").into()),
            ("write_other", format!("{whole}.{part}").into()),
        ];
        tr.args("measure-two-ways", &args)
    })
}

/// The quantity a text starts with, read the way `lang` writes numbers and units: `"5 days"` is
/// 120 hours, `"10%"` ten percent, `"4,5 jours"` in French 108 hours, `"1 day 20 hours"` 44
/// hours (a time in parts is added up). `None` when it does not start with a number, when the
/// number runs into something that is neither a space, `%` nor a letter (`1,5` in English,
/// `2027-01-01`), and when more follows that would change the amount but is not read: another
/// number (`40 engineers in 3 regions`) or a half (`3 jours et demi`). A value read by half is a
/// wrong value; one not read is shown as written.
pub fn quantity(text: &str, lang: Language) -> Option<Quantity> {
    let (mut whole, mut rest) = one_quantity(text.trim(), lang)?;
    while whole.unit == Unit::Hours && !whole.bare {
        let next = rest.trim_start_matches(|c: char| c.is_whitespace() || c == ',' || c == '.');
        match one_quantity(without_and(next), lang) {
            Some((part, after)) if part.unit == Unit::Hours && !part.bare && part.amount >= 0.0 => {
                whole.amount += part.amount;
                rest = after;
            }
            _ => break,
        }
    }
    let unread = rest.contains(|c: char| c.is_ascii_digit())
        || rest.split(|c: char| !c.is_alphabetic()).any(|w| HALVES.contains(&w.to_lowercase().as_str()));
    (!unread).then_some(whole)
}

/// The words that add a half to what comes before them, in the three languages.
const HALVES: [&str; 7] = ["half", "demi", "demie", "halb", "halbe", "halben", "einhalb"];

/// `text` without a leading "and" (`1 day and 4 hours`, `1 jour et 4 heures`, `1 Tag und 4 Std.`).
fn without_and(text: &str) -> &str {
    ["and ", "et ", "und "].iter().find_map(|and| text.strip_prefix(and)).map_or(text, str::trim_start)
}

/// One number and its unit word at the start of `text`, and what follows the word.
fn one_quantity(text: &str, lang: Language) -> Option<(Quantity, &str)> {
    let (amount, rest) = leading_number(text, lang)?;
    if rest.starts_with(|c: char| !(c.is_whitespace() || c == '%' || c.is_alphabetic())) {
        return None;
    }
    let rest = rest.trim_start();
    let word = if rest.starts_with('%') {
        "%"
    } else {
        rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("")
    };
    let (unit, factor) = unit_of(word, lang);
    Some((Quantity { amount: amount * factor, unit, bare: word.is_empty() }, &rest[word.len()..]))
}

/// Which way is good for an indicator: from its baseline towards its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aim {
    /// The target is above the baseline.
    Up,
    /// The target is below the baseline ("5 days → 24 hours").
    Down,
}

/// How far an indicator has come: (latest − baseline) / (target − baseline).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct IndicatorProgress {
    /// The baseline, in the common unit.
    pub baseline: f64,
    /// The target, in the common unit.
    pub target: f64,
    /// The latest reading, in the common unit.
    pub latest: f64,
    /// The share of the way from baseline to target: 1 reached, above 1 beyond, below 0 backwards.
    pub fraction: f64,
    /// Which way is good.
    pub aim: Aim,
}

impl IndicatorProgress {
    /// The fraction as a whole percentage: `57`.
    pub fn percent(&self) -> i64 {
        (self.fraction * 100.0).round() as i64
    }

    /// Whether the latest reading reaches the target.
    pub fn reached(&self) -> bool {
        self.fraction >= 1.0 - 1e-9
    }
}

/// What can be said of an indicator's progress.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Measured {
    /// Nothing measured yet.
    NoReading,
    /// Baseline, target and latest reading are not all numbers in one unit: shown as written.
    NotNumeric,
    /// Progress from baseline to target.
    Numeric(IndicatorProgress),
}

impl Measured {
    /// Short words for people: `57%`, `not numeric`, `no reading yet`.
    pub fn label(&self) -> String {
        match self {
            Measured::NoReading => "no reading yet".into(),
            Measured::NotNumeric => "not numeric".into(),
            Measured::Numeric(p) => format!("{}%", p.percent()),
        }
    }

    /// The progress, when there is a number for it.
    pub fn progress(&self) -> Option<IndicatorProgress> {
        match self {
            Measured::Numeric(p) => Some(*p),
            _ => None,
        }
    }
}

impl Indicator {
    /// The quantity of a value of this indicator; a bare number takes the indicator's unit.
    pub fn quantity_of(&self, text: &str, lang: Language) -> Option<Quantity> {
        let mut q = quantity(text, lang)?;
        if q.bare && !self.unit.trim().is_empty() {
            let (unit, factor) = unit_of(self.unit.trim(), lang);
            (q.amount, q.unit) = (q.amount * factor, unit);
        }
        Some(q)
    }

    /// The progress of the latest reading from the baseline to the target, its values read the
    /// way `lang` (the canvas's language) writes numbers.
    pub fn measured(&self, lang: Language) -> Measured {
        let Some(latest) = self.latest() else { return Measured::NoReading };
        let values = [&self.baseline, &self.target, &latest.value].map(|t| self.quantity_of(t, lang));
        let [Some(b), Some(t), Some(l)] = values else { return Measured::NotNumeric };
        if b.unit != t.unit || l.unit != t.unit || b.amount == t.amount {
            return Measured::NotNumeric;
        }
        let fraction = (l.amount - b.amount) / (t.amount - b.amount);
        if !fraction.is_finite() {
            return Measured::NotNumeric;
        }
        let aim = if t.amount > b.amount { Aim::Up } else { Aim::Down };
        Measured::Numeric(IndicatorProgress {
            baseline: b.amount,
            target: t.amount,
            latest: l.amount,
            fraction,
            aim,
        })
    }

    /// Whether the latest reading reaches the target: in number, or word for word.
    pub fn target_reached(&self, lang: Language) -> bool {
        let same_words = |a: &str, b: &str| !a.trim().is_empty() && a.trim().eq_ignore_ascii_case(b.trim());
        match self.measured(lang) {
            Measured::Numeric(p) => p.reached(),
            Measured::NotNumeric => self.latest().is_some_and(|r| same_words(&r.value, &self.target)),
            Measured::NoReading => false,
        }
    }

    /// The trend: the baseline then each reading, as numbers in the unit of the target (or the
    /// first value), leaving out values that are not; `None` with fewer than two.
    pub fn trend(&self, lang: Language) -> Option<Vec<f64>> {
        let texts = std::iter::once(&self.baseline).chain(self.readings.iter().map(|r: &Reading| &r.value));
        let quantities: Vec<Quantity> = texts.filter_map(|t| self.quantity_of(t, lang)).collect();
        let unit = self.quantity_of(&self.target, lang).or(quantities.first().copied())?.unit;
        let points: Vec<f64> = quantities.iter().filter(|q| q.unit == unit).map(|q| q.amount).collect();
        (points.len() >= 2).then_some(points)
    }
}

impl Indicator {
    /// Why the baseline, the target or the latest reading looks like a number but is not read as
    /// one in `lang` (see [`ambiguity`]): the note beside "not numeric".
    pub fn ambiguity(&self, lang: Language) -> Option<String> {
        self.ambiguity_in(lang, crate::i18n::Tr::default())
    }

    /// [`Indicator::ambiguity`] said in `tr`'s language (the reader's).
    pub fn ambiguity_in(&self, lang: Language, tr: crate::i18n::Tr) -> Option<String> {
        let latest = self.latest().map(|r| r.value.as_str());
        [Some(self.baseline.as_str()), Some(self.target.as_str()), latest]
            .into_iter()
            .flatten()
            .find_map(|t| ambiguity_in(t, lang, tr))
    }
}

/// Eight heights of a sparkline, low to high.
const SPARKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// The points as a sparkline, one character each, lowest `▁` to highest `█`.
pub fn sparkline(points: &[f64]) -> String {
    let (low, high) =
        points.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), p| (l.min(*p), h.max(*p)));
    points
        .iter()
        .map(|p| {
            let level = if high > low { ((p - low) / (high - low) * 7.0).round() as usize } else { 3 };
            SPARKS[level.min(7)]
        })
        .collect()
}

/// A bar `width` characters wide, filled to `fraction` (held to 0–1): `██████░░░░`.
pub fn bar(fraction: f64, width: usize) -> String {
    let filled = (fraction.clamp(0.0, 1.0) * width as f64).round() as usize;
    "█".repeat(filled) + &"░".repeat(width - filled)
}

#[cfg(test)]
mod tests;
