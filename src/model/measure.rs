//! An indicator's progress: numbers read from the text people wrote, compared from baseline to
//! target (DESIGN.md §2).
//!
//! A value is numeric when it starts with a number (`3.5`, `1,200`, `-2`), optionally followed by
//! `%` or a unit word. Minutes, hours, days and weeks convert into one another; any other word is
//! a label on a count. `about 40` does not start with a number, so it is shown as written.

use super::{Indicator, Reading};

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

/// The unit a word names, with how many hours one of it is for a time.
fn unit_of(word: &str) -> (Unit, f64) {
    match word.to_lowercase().as_str() {
        "%" | "percent" | "pct" => (Unit::Percent, 1.0),
        "min" | "mins" | "minute" | "minutes" => (Unit::Hours, 1.0 / 60.0),
        "h" | "hr" | "hrs" | "hour" | "hours" => (Unit::Hours, 1.0),
        "d" | "day" | "days" => (Unit::Hours, 24.0),
        "w" | "wk" | "wks" | "week" | "weeks" => (Unit::Hours, 168.0),
        _ => (Unit::Count, 1.0),
    }
}

/// The most digits a number may have before its point, and after it: more is no measurement
/// (a pasted id, a slip on the keyboard), and no longer exact as an `f64`.
const DIGITS_MAX: usize = 15;

/// What may stand between groups of three digits: a comma, a space, a no-break space or a narrow
/// no-break space (`1,200`, `1 200`, `60 000`).
const GROUP_SEPARATORS: [char; 4] = [',', ' ', '\u{a0}', '\u{202f}'];

/// The number at the start of `text` and the rest: digits with optional thousands separators
/// (`1,200`, `1 800`, `12 345 678`) and a decimal point (`3.5`), after an optional minus sign.
/// `None` when it is not a finite number of sane length, or when digits follow a space without
/// making a group of three (`1 80`, `1234 567`, `5 3`): which number was meant is a guess.
pub(super) fn leading_number(text: &str) -> Option<(f64, &str)> {
    let bytes = text.as_bytes();
    let digits_from = |at: usize| bytes[at..].iter().take_while(|b| b.is_ascii_digit()).count();
    let mut end = usize::from(bytes.first() == Some(&b'-'));
    let first = digits_from(end);
    if first == 0 {
        return None;
    }
    end += first;
    let mut number: String = text[..end].to_string();
    let mut whole = first;
    // Thousands groups: a separator and exactly three digits, only after a group of one to three,
    // one kind of separator throughout.
    let separator = text[end..].chars().next().filter(|c| GROUP_SEPARATORS.contains(c));
    if let Some(sep) = separator.filter(|_| first <= 3) {
        let step = sep.len_utf8();
        while text[end..].starts_with(sep) && digits_from(end + step) == 3 {
            number.push_str(&text[end + step..end + step + 3]);
            end += step + 3;
            whole += 3;
        }
    }
    let mut fraction = 0;
    if bytes.get(end) == Some(&b'.') && digits_from(end + 1) > 0 {
        fraction = digits_from(end + 1);
        number.push_str(&text[end..end + 1 + fraction]);
        end += 1 + fraction;
    }
    let rest = &text[end..];
    let after_space = rest.trim_start();
    if after_space.len() < rest.len() && after_space.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if whole > DIGITS_MAX || fraction > DIGITS_MAX {
        return None;
    }
    let value: f64 = number.parse().ok()?;
    value.is_finite().then_some((value, rest))
}

/// The quantity a text starts with: `"5 days"` is 120 hours, `"10%"` ten percent, `"1,200"` a
/// count. `None` when it does not start with a number, or the number runs into something that is
/// neither a space, `%` nor a letter (`1,5`, `2027-01-01`).
pub fn quantity(text: &str) -> Option<Quantity> {
    let (amount, rest) = leading_number(text.trim())?;
    if rest.starts_with(|c: char| !(c.is_whitespace() || c == '%' || c.is_alphabetic())) {
        return None;
    }
    let rest = rest.trim_start();
    let word = if rest.starts_with('%') {
        "%"
    } else {
        rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("")
    };
    let (unit, factor) = unit_of(word);
    Some(Quantity { amount: amount * factor, unit, bare: word.is_empty() })
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
    pub fn quantity_of(&self, text: &str) -> Option<Quantity> {
        let mut q = quantity(text)?;
        if q.bare && !self.unit.trim().is_empty() {
            let (unit, factor) = unit_of(self.unit.trim());
            (q.amount, q.unit) = (q.amount * factor, unit);
        }
        Some(q)
    }

    /// The progress of the latest reading from the baseline to the target.
    pub fn measured(&self) -> Measured {
        let Some(latest) = self.latest() else { return Measured::NoReading };
        let values = [&self.baseline, &self.target, &latest.value].map(|t| self.quantity_of(t));
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
    pub fn target_reached(&self) -> bool {
        let same_words = |a: &str, b: &str| !a.trim().is_empty() && a.trim().eq_ignore_ascii_case(b.trim());
        match self.measured() {
            Measured::Numeric(p) => p.reached(),
            Measured::NotNumeric => self.latest().is_some_and(|r| same_words(&r.value, &self.target)),
            Measured::NoReading => false,
        }
    }

    /// The trend: the baseline then each reading, as numbers in the unit of the target (or the
    /// first value), leaving out values that are not; `None` with fewer than two.
    pub fn trend(&self) -> Option<Vec<f64>> {
        let texts = std::iter::once(&self.baseline).chain(self.readings.iter().map(|r: &Reading| &r.value));
        let quantities: Vec<Quantity> = texts.filter_map(|t| self.quantity_of(t)).collect();
        let unit = self.quantity_of(&self.target).or(quantities.first().copied())?.unit;
        let points: Vec<f64> = quantities.iter().filter(|q| q.unit == unit).map(|q| q.amount).collect();
        (points.len() >= 2).then_some(points)
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
mod tests {
    use super::*;
    use crate::model::Day;

    fn indicator(baseline: &str, target: &str, readings: &[&str]) -> Indicator {
        let readings = readings
            .iter()
            .enumerate()
            .map(|(i, v)| Reading {
                date: Day::new(2027, 1, 1 + i as i8).unwrap(),
                value: v.to_string(),
                note: String::new(),
            })
            .collect();
        Indicator { baseline: baseline.into(), target: target.into(), readings, ..Default::default() }
    }

    fn amount(text: &str) -> Option<(f64, Unit)> {
        quantity(text).map(|q| (q.amount, q.unit))
    }

    #[test]
    fn numbers_are_read_with_thousands_commas_decimals_and_units() {
        assert_eq!(amount("3.5"), Some((3.5, Unit::Count)));
        assert_eq!(amount("1,200"), Some((1200.0, Unit::Count)));
        assert_eq!(amount("1,200,000.5 engineer-hours"), Some((1_200_000.5, Unit::Count)));
        assert_eq!(amount("-2"), Some((-2.0, Unit::Count)));
        assert_eq!(amount("42%"), Some((42.0, Unit::Percent)));
        assert_eq!(amount(" 42 % of questions"), Some((42.0, Unit::Percent)));
        assert_eq!(amount("19 hours median"), Some((19.0, Unit::Hours)));
        assert_eq!(amount("24h"), Some((24.0, Unit::Hours)));
        assert_eq!(amount("5 days"), Some((120.0, Unit::Hours)));
        assert_eq!(amount("2 weeks"), Some((336.0, Unit::Hours)));
        assert_eq!(amount("90 minutes"), Some((1.5, Unit::Hours)));
    }

    #[test]
    fn a_space_between_groups_of_three_digits_separates_thousands() {
        assert_eq!(amount("1 800"), Some((1800.0, Unit::Count)));
        assert_eq!(amount("12 345 678"), Some((12_345_678.0, Unit::Count)));
        assert_eq!(amount("60 000 EUR a year"), Some((60_000.0, Unit::Count)));
        assert_eq!(
            amount("60\u{a0}000\u{202f}€"),
            Some((60_000.0, Unit::Count)),
            "a no-break space, then a word"
        );
        assert_eq!(amount("1 800.5 hours"), Some((1800.5, Unit::Hours)));
        assert_eq!(amount("-2 000"), Some((-2000.0, Unit::Count)));
        assert_eq!(amount("2 weeks"), Some((336.0, Unit::Hours)), "a word after the space is a unit");
        for ambiguous in
            ["1 80", "1 8000", "1234 567", "5 3 days", "1,200 300", "1 200,300", "3.5 100", "12 34"]
        {
            assert_eq!(quantity(ambiguous), None, "{ambiguous:?}");
        }
        let p = indicator("1 000", "2 000", &["1 800"]).measured().progress().unwrap();
        assert_eq!(p.percent(), 80, "not 1, which was −100 %");
    }

    #[test]
    fn only_finite_numbers_of_sane_length_are_numeric() {
        let huge = "1".repeat(400);
        let long_fraction = format!("0.{}", "1".repeat(400));
        for text in ["NaN", "nan", "inf", "-inf", "infinity", huge.as_str(), long_fraction.as_str()] {
            assert_eq!(quantity(text), None, "{text:?}");
        }
        assert_eq!(amount("1e999"), Some((1.0, Unit::Count)), "1 of something called e, never infinity");
        assert_eq!(amount("999 999 999 999 999"), Some((999_999_999_999_999.0, Unit::Count)));
        assert_eq!(quantity("9 999 999 999 999 999"), None, "sixteen digits");
        assert_eq!(indicator("10", "40", &[&huge]).measured(), Measured::NotNumeric);
        assert_eq!(indicator("10", "40", &["20", &huge]).trend(), Some(vec![10.0, 20.0]));
    }

    #[test]
    fn text_that_does_not_start_with_a_number_is_not_numeric() {
        for text in
            ["about 40", "~40", "much better", "", "n/a", "1,5", "2027-01-01", "12,34", "1234,567", "-", ".5"]
        {
            assert_eq!(quantity(text), None, "{text:?}");
        }
    }

    #[test]
    fn days_down_to_hours_is_progress_downwards() {
        let p = indicator("5 days", "24 hours", &["30 hours"]).measured().progress().unwrap();
        assert_eq!(p.aim, Aim::Down);
        assert_eq!((p.baseline, p.target, p.latest), (120.0, 24.0, 30.0));
        assert_eq!(p.percent(), 94);
        assert!(!p.reached());
        let done = indicator("5 days", "24 hours", &["30 hours", "19 hours"]);
        assert!(done.measured().progress().unwrap().reached() && done.target_reached());
    }

    #[test]
    fn percentages_go_up_and_a_step_back_is_negative() {
        let p = indicator("10%", "60%", &["35%"]).measured().progress().unwrap();
        assert_eq!((p.aim, p.percent()), (Aim::Up, 50));
        let back = indicator("10%", "60%", &["5%"]).measured().progress().unwrap();
        assert_eq!(back.percent(), -10);
        let beyond = indicator("10%", "60%", &["70%"]).measured().progress().unwrap();
        assert_eq!(beyond.percent(), 120);
    }

    #[test]
    fn counts_compare_whatever_word_labels_them_and_bare_numbers_take_the_indicator_unit() {
        let p = indicator("1,200", "2,000 visits", &["1,600 engineers"]).measured();
        assert_eq!(p.label(), "50%");
        let mut hours = indicator("5", "1 day", &["3.5"]);
        assert_eq!(hours.measured(), Measured::NotNumeric, "a bare 5 is not a time");
        hours.unit = "days".into();
        assert_eq!(hours.measured().progress().unwrap().percent(), 38, "(3.5 − 5) / (1 − 5)");
    }

    #[test]
    fn mixed_units_words_and_no_readings_are_said_plainly() {
        assert_eq!(indicator("10%", "60%", &[]).measured(), Measured::NoReading);
        assert_eq!(indicator("10%", "60%", &["about 40%"]).measured(), Measured::NotNumeric);
        assert_eq!(indicator("10%", "60 hours", &["35%"]).measured(), Measured::NotNumeric);
        assert_eq!(indicator("low", "high", &["high"]).measured().label(), "not numeric");
        assert!(indicator("low", "High", &["high "]).target_reached(), "word for word");
        assert_eq!(indicator("40", "40", &["40"]).measured(), Measured::NotNumeric, "no way to go");
        assert_eq!(indicator("10%", "60%", &[]).measured().label(), "no reading yet");
    }

    #[test]
    fn the_trend_starts_at_the_baseline_and_skips_what_is_not_a_number() {
        let ind = indicator("5 days", "24 hours", &["40 hours", "about 30", "19 hours"]);
        assert_eq!(ind.trend(), Some(vec![120.0, 40.0, 19.0]));
        assert_eq!(sparkline(&[120.0, 40.0, 19.0]), "█▂▁");
        assert_eq!(indicator("x", "y", &["1"]).trend(), None);
        assert_eq!(sparkline(&[3.0, 3.0]), "▄▄");
    }

    #[test]
    fn a_bar_is_filled_to_its_fraction_and_held_to_its_width() {
        assert_eq!(bar(0.5, 10), "█████░░░░░");
        assert_eq!(bar(1.7, 4), "████");
        assert_eq!(bar(-0.3, 4), "░░░░");
    }
}
