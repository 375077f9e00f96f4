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
        (Language::De, "tag" | "tage" | "tagen") => Some(DAY),
        (Language::De, "woche" | "wochen") => Some(WEEK),
        _ => None,
    };
    english.or(own).unwrap_or((Unit::Count, 1.0))
}

/// The most digits a number may have before its point, and after it: more is no measurement
/// (a pasted id, a slip on the keyboard), and no longer exact as an `f64`.
const DIGITS_MAX: usize = 15;

/// The spaces that may stand between groups of three digits in every language: a space, a
/// no-break space or a narrow no-break space (`1 200`, `60 000`).
const SPACES: [char; 3] = [' ', '\u{a0}', '\u{202f}'];

/// How a language writes a number: what may stand between groups of three digits, and the mark
/// before the decimals.
fn marks(lang: Language) -> (&'static [char], u8) {
    match lang {
        Language::En => (&[',', ' ', '\u{a0}', '\u{202f}'], b'.'),
        Language::Fr => (&SPACES, b','),
        Language::De => (&['.', ' ', '\u{a0}', '\u{202f}'], b','),
    }
}

/// The number at the start of `text` and the rest, read the way `lang` writes numbers: digits
/// with optional thousands separators (`1,200.5` in English, `1 200,5` in French, `1.200,5` in
/// German, spaces in all three) and a decimal mark, after an optional minus sign.
/// `None` when it is not a finite number of sane length, when digits follow a space without
/// making a group of three (`1 80`, `1234 567`, `5 3`): which number was meant is a guess, and in
/// English when a single comma group stands alone (`1,234`: see [`ambiguity`]).
pub(super) fn leading_number(text: &str, lang: Language) -> Option<(f64, &str)> {
    let (groups, decimal) = marks(lang);
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
    let separator = text[end..].chars().next().filter(|c| groups.contains(c));
    let mut group_count = 0;
    if let Some(sep) = separator.filter(|_| first <= 3) {
        let step = sep.len_utf8();
        while text[end..].starts_with(sep) && digits_from(end + step) == 3 {
            number.push_str(&text[end + step..end + step + 3]);
            end += step + 3;
            whole += 3;
            group_count += 1;
        }
    }
    let mut fraction = 0;
    if bytes.get(end) == Some(&decimal) && digits_from(end + 1) > 0 {
        fraction = digits_from(end + 1);
        number.push('.');
        number.push_str(&text[end + 1..end + 1 + fraction]);
        end += 1 + fraction;
    }
    // `1,234` alone in English: a thousands comma or a decimal comma, nobody can tell.
    if lang == Language::En && separator == Some(',') && group_count == 1 && fraction == 0 {
        return None;
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

/// Why a value that looks like a number is not read as one in `lang`, when it is a number another
/// language reads differently: `1,234` in English is a thousand two hundred and thirty-four, or
/// one point two three four. `None` when the value is a number, or no number at all.
pub fn ambiguity(text: &str, lang: Language) -> Option<String> {
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
            format!(
                "\"{shown}\" could be {head}{part} or {head},{part}: write {head} {part} or {head},{part}"
            )
        } else {
            let name = if lang == Language::Fr { "French" } else { "German" };
            format!("\"{shown}\" has a point where {name} writes a comma: write {head},{part}")
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
        format!("\"{shown}\" could be {whole}{part} or {whole}.{part}: write {whole}{part} or {whole}.{part}")
    })
}

/// The quantity a text starts with, read the way `lang` writes numbers and units: `"5 days"` is
/// 120 hours, `"10%"` ten percent, `"4,5 jours"` in French 108 hours. `None` when it does not
/// start with a number, or the number runs into something that is neither a space, `%` nor a
/// letter (`1,5` in English, `2027-01-01`).
pub fn quantity(text: &str, lang: Language) -> Option<Quantity> {
    let (amount, rest) = leading_number(text.trim(), lang)?;
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
        let latest = self.latest().map(|r| r.value.as_str());
        [Some(self.baseline.as_str()), Some(self.target.as_str()), latest]
            .into_iter()
            .flatten()
            .find_map(|t| ambiguity(t, lang))
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
        quantity(text, Language::En).map(|q| (q.amount, q.unit))
    }

    #[test]
    fn numbers_are_read_with_thousands_commas_decimals_and_units() {
        assert_eq!(amount("3.5"), Some((3.5, Unit::Count)));
        assert_eq!(amount("1,200"), None, "a thousand two hundred, or one point two: see ambiguity");
        assert_eq!(amount("1,200.0"), Some((1200.0, Unit::Count)));
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
            assert_eq!(quantity(ambiguous, Language::En), None, "{ambiguous:?}");
        }
        let p = indicator("1 000", "2 000", &["1 800"]).measured(Language::En).progress().unwrap();
        assert_eq!(p.percent(), 80, "not 1, which was −100 %");
    }

    #[test]
    fn only_finite_numbers_of_sane_length_are_numeric() {
        let huge = "1".repeat(400);
        let long_fraction = format!("0.{}", "1".repeat(400));
        for text in ["NaN", "nan", "inf", "-inf", "infinity", huge.as_str(), long_fraction.as_str()] {
            assert_eq!(quantity(text, Language::En), None, "{text:?}");
        }
        assert_eq!(amount("1e999"), Some((1.0, Unit::Count)), "1 of something called e, never infinity");
        assert_eq!(amount("999 999 999 999 999"), Some((999_999_999_999_999.0, Unit::Count)));
        assert_eq!(quantity("9 999 999 999 999 999", Language::En), None, "sixteen digits");
        assert_eq!(indicator("10", "40", &[&huge]).measured(Language::En), Measured::NotNumeric);
        assert_eq!(indicator("10", "40", &["20", &huge]).trend(Language::En), Some(vec![10.0, 20.0]));
    }

    #[test]
    fn text_that_does_not_start_with_a_number_is_not_numeric() {
        for text in
            ["about 40", "~40", "much better", "", "n/a", "1,5", "2027-01-01", "12,34", "1234,567", "-", ".5"]
        {
            assert_eq!(quantity(text, Language::En), None, "{text:?}");
        }
    }

    #[test]
    fn days_down_to_hours_is_progress_downwards() {
        let p = indicator("5 days", "24 hours", &["30 hours"]).measured(Language::En).progress().unwrap();
        assert_eq!(p.aim, Aim::Down);
        assert_eq!((p.baseline, p.target, p.latest), (120.0, 24.0, 30.0));
        assert_eq!(p.percent(), 94);
        assert!(!p.reached());
        let done = indicator("5 days", "24 hours", &["30 hours", "19 hours"]);
        assert!(
            done.measured(Language::En).progress().unwrap().reached() && done.target_reached(Language::En)
        );
    }

    #[test]
    fn percentages_go_up_and_a_step_back_is_negative() {
        let p = indicator("10%", "60%", &["35%"]).measured(Language::En).progress().unwrap();
        assert_eq!((p.aim, p.percent()), (Aim::Up, 50));
        let back = indicator("10%", "60%", &["5%"]).measured(Language::En).progress().unwrap();
        assert_eq!(back.percent(), -10);
        let beyond = indicator("10%", "60%", &["70%"]).measured(Language::En).progress().unwrap();
        assert_eq!(beyond.percent(), 120);
    }

    #[test]
    fn counts_compare_whatever_word_labels_them_and_bare_numbers_take_the_indicator_unit() {
        let p = indicator("1 200", "2 000 visits", &["1 600 engineers"]).measured(Language::En);
        assert_eq!(p.label(), "50%");
        let mut hours = indicator("5", "1 day", &["3.5"]);
        assert_eq!(hours.measured(Language::En), Measured::NotNumeric, "a bare 5 is not a time");
        hours.unit = "days".into();
        assert_eq!(hours.measured(Language::En).progress().unwrap().percent(), 38, "(3.5 − 5) / (1 − 5)");
    }

    #[test]
    fn mixed_units_words_and_no_readings_are_said_plainly() {
        assert_eq!(indicator("10%", "60%", &[]).measured(Language::En), Measured::NoReading);
        assert_eq!(indicator("10%", "60%", &["about 40%"]).measured(Language::En), Measured::NotNumeric);
        assert_eq!(indicator("10%", "60 hours", &["35%"]).measured(Language::En), Measured::NotNumeric);
        assert_eq!(indicator("low", "high", &["high"]).measured(Language::En).label(), "not numeric");
        assert!(indicator("low", "High", &["high "]).target_reached(Language::En), "word for word");
        assert_eq!(
            indicator("40", "40", &["40"]).measured(Language::En),
            Measured::NotNumeric,
            "no way to go"
        );
        assert_eq!(indicator("10%", "60%", &[]).measured(Language::En).label(), "no reading yet");
    }

    #[test]
    fn the_trend_starts_at_the_baseline_and_skips_what_is_not_a_number() {
        let ind = indicator("5 days", "24 hours", &["40 hours", "about 30", "19 hours"]);
        assert_eq!(ind.trend(Language::En), Some(vec![120.0, 40.0, 19.0]));
        assert_eq!(sparkline(&[120.0, 40.0, 19.0]), "█▂▁");
        assert_eq!(indicator("x", "y", &["1"]).trend(Language::En), None);
        assert_eq!(sparkline(&[3.0, 3.0]), "▄▄");
    }

    fn read(text: &str, lang: Language) -> Option<(f64, Unit)> {
        quantity(text, lang).map(|q| (q.amount, q.unit))
    }

    #[test]
    fn a_french_canvas_reads_decimal_commas_spaces_and_its_unit_words() {
        // The case: plotted as "rising from 5 to 40" beside "loop closed".
        let ind = indicator("5 jours", "2 jours", &["4,5 jours"]);
        assert_eq!(ind.measured(Language::En), Measured::NotNumeric, "in English it is no number");
        let p = ind.measured(Language::Fr).progress().unwrap();
        assert_eq!((p.baseline, p.target, p.latest), (120.0, 48.0, 108.0));
        assert_eq!((p.aim, format!("{:.1}", p.fraction * 100.0)), (Aim::Down, "16.7".into()));
        assert!(!ind.target_reached(Language::Fr));
        assert_eq!(ind.trend(Language::Fr), Some(vec![120.0, 108.0]));
        let mut bare = indicator("5", "2", &["4,5"]);
        bare.unit = "jours".into();
        assert_eq!(bare.measured(Language::Fr).progress().map(|p| p.percent()), Some(17), "the unit's word");
        assert_eq!(bare.quantity_of("1 semaine", Language::Fr).map(|q| q.amount), Some(168.0));
        let fr = Language::Fr;
        assert_eq!(read("4,5", fr), Some((4.5, Unit::Count)));
        assert_eq!(read("1 200", fr), Some((1200.0, Unit::Count)));
        assert_eq!(read("1\u{a0}200,5", fr), Some((1200.5, Unit::Count)));
        assert_eq!(read("1\u{202f}200", fr), Some((1200.0, Unit::Count)));
        assert_eq!(read("12 %", fr), Some((12.0, Unit::Percent)));
        assert_eq!(read("12,5\u{a0}%", fr), Some((12.5, Unit::Percent)));
        assert_eq!(read("3 j", fr), Some((72.0, Unit::Hours)));
        assert_eq!(read("1 jour", fr), Some((24.0, Unit::Hours)));
        assert_eq!(read("2 heures", fr), Some((2.0, Unit::Hours)));
        assert_eq!(read("1,5 h", fr), Some((1.5, Unit::Hours)));
        assert_eq!(read("1 semaine", fr), Some((168.0, Unit::Hours)));
        assert_eq!(read("2 sem", fr), Some((336.0, Unit::Hours)));
        assert_eq!(read("30 min", fr), Some((0.5, Unit::Hours)));
        assert_eq!(read("90 minutes", fr), Some((1.5, Unit::Hours)));
        // A point is no French mark: `1.200` and `3.5` could be meant either way.
        for unclear in ["1.200", "3.5", "1,2,3", "4,5.5"] {
            assert_eq!(quantity(unclear, fr), None, "{unclear:?}");
        }
    }

    #[test]
    fn a_german_canvas_reads_decimal_commas_thousands_points_and_its_unit_words() {
        let ind = indicator("5 Tage", "2 Tage", &["4,5 Tage"]);
        let p = ind.measured(Language::De).progress().unwrap();
        assert_eq!(format!("{:.1}", p.fraction * 100.0), "16.7");
        let de = Language::De;
        assert_eq!(read("4,5", de), Some((4.5, Unit::Count)));
        assert_eq!(read("1.200", de), Some((1200.0, Unit::Count)));
        assert_eq!(read("1.234.567,5", de), Some((1_234_567.5, Unit::Count)));
        assert_eq!(read("1 200", de), Some((1200.0, Unit::Count)));
        assert_eq!(read("12 %", de), Some((12.0, Unit::Percent)));
        assert_eq!(read("1 Tag", de), Some((24.0, Unit::Hours)));
        assert_eq!(read("in 3 Tagen", de), None, "does not start with a number");
        assert_eq!(read("3 Tagen", de), Some((72.0, Unit::Hours)));
        assert_eq!(read("2 Stunden", de), Some((2.0, Unit::Hours)));
        assert_eq!(read("1 Stunde", de), Some((1.0, Unit::Hours)));
        assert_eq!(read("8 Std", de), Some((8.0, Unit::Hours)));
        assert_eq!(read("2 Wochen", de), Some((336.0, Unit::Hours)));
        assert_eq!(read("1 Woche", de), Some((168.0, Unit::Hours)));
        assert_eq!(read("30 Minuten", de), Some((0.5, Unit::Hours)));
        assert_eq!(read("1 Minute", de), Some((1.0 / 60.0, Unit::Hours)));
        for unclear in ["3.5", "1.20", "1,2.5"] {
            assert_eq!(quantity(unclear, de), None, "{unclear:?}");
        }
        let hours = indicator("5 Tage", "24 Stunden", &["30 Std"]).measured(de).progress().unwrap();
        assert_eq!(hours.percent(), 94, "as 5 days → 24 hours in English");
    }

    #[test]
    fn an_english_canvas_refuses_a_lone_comma_group_and_says_why() {
        let en = Language::En;
        for unclear in ["1,234", "12,345 visits", "-1,234", "1,234%"] {
            assert_eq!(quantity(unclear, en), None, "{unclear:?}");
        }
        assert_eq!(read("1,234.5", en), Some((1234.5, Unit::Count)));
        assert_eq!(read("1,234,567", en), Some((1_234_567.0, Unit::Count)));
        assert_eq!(read("4 jours", en), Some((4.0, Unit::Count)), "French words are labels in English");
        assert_eq!(
            ambiguity("1,234", en).as_deref(),
            Some("\"1,234\" could be 1234 or 1.234: write 1234 or 1.234")
        );
        assert_eq!(
            ambiguity("12,345 visits", en).as_deref().map(|n| n.starts_with("\"12,345\"")),
            Some(true)
        );
        for clear in ["1,234.5", "1,234,567", "about 40", "1,5", "1234", "1,234", ""] {
            let lang = if clear == "1,234" { Language::Fr } else { en };
            assert_eq!(ambiguity(clear, lang), None, "{clear:?}");
        }
        assert_eq!(
            ambiguity("1.200", Language::Fr).as_deref(),
            Some("\"1.200\" could be 1200 or 1,200: write 1 200 or 1,200")
        );
        assert_eq!(
            ambiguity("3.5 Tage", Language::De).as_deref(),
            Some("\"3.5\" has a point where German writes a comma: write 3,5")
        );
        assert_eq!(ambiguity("1.200", Language::De), None, "German thousands");
        let ind = indicator("1,000", "2,000", &["1,500"]);
        assert_eq!(ind.measured(en), Measured::NotNumeric, "never misread");
        assert!(ind.ambiguity(en).is_some_and(|n| n.contains("1,000")));
        assert_eq!(ind.measured(Language::Fr).progress().map(|p| p.percent()), Some(50), "1 → 2 by 1,5");
    }

    #[test]
    fn a_bar_is_filled_to_its_fraction_and_held_to_its_width() {
        assert_eq!(bar(0.5, 10), "█████░░░░░");
        assert_eq!(bar(1.7, 4), "████");
        assert_eq!(bar(-0.3, 4), "░░░░");
    }
}
