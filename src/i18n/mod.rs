//! cvc in English, French and German (DESIGN.md §13): the messages ([`Tr`], from the Fluent
//! files in `locales/`), the method's glossary, which language to speak, and numbers and dates
//! written the way a language writes them. No terminal types here: the exports and the screens
//! both use it. Files keep `YYYY-MM-DD`, the enum names and the numbers people typed; only what
//! cvc writes for a reader goes through this module.

mod agenda;
#[cfg(test)]
mod checks;
mod choose;
pub mod columns;
mod fields;
mod labels;
mod tr;

pub use agenda::{agenda_in, new_canvas_in, prompts};
pub use choose::{from_env, from_locale, portfolio_language, report_language, screens_language};
pub use fields::{change_said, context_name, field_name, field_value};
pub use labels::{Label, Term, glossary};
pub use tr::{Arg, Tr};

use crate::model::{Day, Language};

/// The no-break space French puts between groups of digits and before `%` (`1 200`, `12 %`).
const NBSP: char = '\u{a0}';

/// `value` rounded to at most `decimals` decimals, trailing zeros dropped, written the way `lang`
/// writes numbers: `4,5` and `1 200` (no-break space) in French, `4,5` and `1.200` in German,
/// `4.5` and `1200` in English (no thousands comma: `1,200` would read two ways). What it writes,
/// [`crate::model::quantity`] reads back in the same language.
pub fn number(value: f64, decimals: usize, lang: Language) -> String {
    let fixed = format!("{:.*}", decimals, value.abs());
    let (whole, fraction) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let fraction = fraction.trim_end_matches('0');
    let (group, mark) = match lang {
        Language::En => (None, '.'),
        Language::Fr => (Some(NBSP), ','),
        Language::De => (Some('.'), ','),
    };
    let mut out = String::new();
    let negative = value < 0.0 && (whole.bytes().any(|b| b != b'0') || !fraction.is_empty());
    if negative {
        out.push('-');
    }
    for (i, digit) in whole.chars().enumerate() {
        if let Some(g) = group.filter(|_| i > 0 && (whole.len() - i) % 3 == 0) {
            out.push(g);
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push(mark);
        out.push_str(fraction);
    }
    out
}

/// A percentage the language's way: `57%` in English, `57 %` in French and German (no-break
/// space).
pub fn percent(value: f64, decimals: usize, lang: Language) -> String {
    match lang {
        Language::En => format!("{}%", number(value, decimals, lang)),
        Language::Fr | Language::De => format!("{}{NBSP}%", number(value, decimals, lang)),
    }
}

/// A number of days the language's way: `4,5 jours`, `1 Tag`, `2 days`. The noun follows the
/// language's plural rule (in French, anything below two is singular).
pub fn days(value: f64, decimals: usize, lang: Language) -> String {
    let shown = number(value, decimals, lang);
    // The plural is chosen by the number as written (`1,0` rounds to one day).
    let count = format!("{value:.decimals$}").parse::<f64>().unwrap_or(value);
    Tr::new(lang).args("unit-days", &[("count", count.into()), ("value", shown.into())])
}

/// The months' names, January first.
const MONTHS: [[&str; 12]; 3] = [
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
];

/// A day the language's way for a reader: `19 December 2026`, `19 décembre 2026` (`1er` for the
/// first), `19. Dezember 2026`. In French and German its parts are joined by no-break spaces, so
/// a handout or a screen never breaks a date across lines (`15.` / `Februar`). Files keep
/// `YYYY-MM-DD`.
pub fn date(day: Day, lang: Language) -> String {
    let (year, month, d) = day.ymd();
    let names = match lang {
        Language::En => &MONTHS[0],
        Language::Fr => &MONTHS[1],
        Language::De => &MONTHS[2],
    };
    let month = names[usize::try_from(month - 1).unwrap_or(0).min(11)];
    match lang {
        Language::En => format!("{d} {month} {year}"),
        Language::Fr if d == 1 => format!("1er{NBSP}{month}{NBSP}{year}"),
        Language::Fr => format!("{d}{NBSP}{month}{NBSP}{year}"),
        Language::De => format!("{d}.{NBSP}{month}{NBSP}{year}"),
    }
}

/// The months' short names for a picture's axis, January first (French and German; English
/// axes keep `2026-05`).
const SHORT_MONTHS: [[&str; 12]; 2] = [
    ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
];

/// The short name of `month` (1–12) in French or German; `None` in English.
fn short_month_name(month: i8, lang: Language) -> Option<&'static str> {
    let names = match lang {
        Language::En => return None,
        Language::Fr => &SHORT_MONTHS[0],
        Language::De => &SHORT_MONTHS[1],
    };
    Some(names[usize::try_from(month - 1).unwrap_or(0).min(11)])
}

/// A month on a picture's axis, short enough to sit under a column: `déc. 2026`, `Dez. 2026`
/// (no-break spaces); English keeps `2026-12`, as its pictures have always written it.
pub fn axis_month(year: i16, month: i8, lang: Language) -> String {
    match short_month_name(month, lang) {
        Some(name) => format!("{name}{NBSP}{year}"),
        None => format!("{year:04}-{month:02}"),
    }
}

/// A day on a picture's axis: `19 déc. 2026` (`1er` for the first), `19. Dez. 2026` (no-break
/// spaces); English keeps `2026-12-19`.
pub fn axis_day(day: Day, lang: Language) -> String {
    let (year, month, d) = day.ymd();
    match (lang, short_month_name(month, lang)) {
        (Language::Fr, Some(name)) if d == 1 => format!("1er{NBSP}{name}{NBSP}{year}"),
        (Language::Fr, Some(name)) => format!("{d}{NBSP}{name}{NBSP}{year}"),
        (Language::De, Some(name)) => format!("{d}.{NBSP}{name}{NBSP}{year}"),
        _ => day.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_axis_writes_short_months_and_days_the_languages_way_and_english_as_it_was() {
        let day = Day::new(2026, 12, 19).unwrap();
        assert_eq!(axis_day(day, Language::Fr), "19\u{a0}déc.\u{a0}2026");
        assert_eq!(axis_day(day, Language::De), "19.\u{a0}Dez.\u{a0}2026");
        assert_eq!(axis_day(day, Language::En), "2026-12-19");
        assert_eq!(axis_day(Day::new(2027, 2, 1).unwrap(), Language::Fr), "1er\u{a0}févr.\u{a0}2027");
        assert_eq!(axis_month(2027, 3, Language::De), "März\u{a0}2027");
        assert_eq!(axis_month(2027, 6, Language::Fr), "juin\u{a0}2027");
        assert_eq!(axis_month(2027, 6, Language::En), "2027-06");
    }
    use crate::model::quantity;
    use proptest::prelude::*;

    #[test]
    fn numbers_are_written_the_languages_way() {
        assert_eq!(number(4.5, 2, Language::Fr), "4,5");
        assert_eq!(number(1200.0, 2, Language::Fr), "1\u{a0}200");
        assert_eq!(number(1200.0, 0, Language::De), "1.200");
        assert_eq!(number(1_234_567.25, 2, Language::De), "1.234.567,25");
        assert_eq!(number(1200.0, 2, Language::En), "1200");
        assert_eq!(number(4.5, 2, Language::En), "4.5");
        assert_eq!(number(-2.0, 0, Language::Fr), "-2");
        assert_eq!(number(-0.001, 2, Language::De), "0", "no minus zero");
        assert_eq!(number(16.666, 1, Language::Fr), "16,7");
        assert_eq!(number(999.0, 0, Language::Fr), "999");
    }

    #[test]
    fn percentages_and_days_carry_their_words() {
        assert_eq!(percent(12.0, 0, Language::Fr), "12\u{a0}%");
        assert_eq!(percent(16.67, 1, Language::De), "16,7\u{a0}%");
        assert_eq!(percent(57.0, 0, Language::En), "57%");
        assert_eq!(days(4.5, 1, Language::Fr), "4,5 jours");
        assert_eq!(days(1.5, 1, Language::Fr), "1,5 jour");
        assert_eq!(days(1.0, 0, Language::De), "1 Tag");
        assert_eq!(days(2.5, 1, Language::De), "2,5 Tage");
        assert_eq!(days(1.5, 1, Language::En), "1.5 days");
    }

    #[test]
    fn dates_are_written_the_languages_way() {
        let day = Day::new(2026, 12, 19).unwrap();
        assert_eq!(date(day, Language::Fr), "19\u{a0}décembre\u{a0}2026");
        assert_eq!(date(day, Language::De), "19.\u{a0}Dezember\u{a0}2026");
        assert_eq!(date(day, Language::En), "19 December 2026");
        let first = Day::new(2027, 3, 1).unwrap();
        assert_eq!(date(first, Language::Fr), "1er\u{a0}mars\u{a0}2027");
        assert_eq!(date(first, Language::De), "1.\u{a0}März\u{a0}2027");
    }

    proptest! {
        /// What cvc writes in a language, it reads back in that language: the same number.
        #[test]
        fn a_number_written_the_languages_way_reads_back(
            cents in -99_999_999_999_999i64..99_999_999_999_999,
            lang in prop::sample::select(Language::ALL.to_vec()),
        ) {
            let value = cents as f64 / 100.0;
            let text = number(value, 2, lang);
            let read = quantity(&text, lang).map(|q| q.amount);
            prop_assert_eq!(read, Some(value), "{:?} in {}", text, lang);
            let with_unit = format!("{text} %");
            prop_assert_eq!(quantity(&with_unit, lang).map(|q| q.amount), Some(value));
        }
    }
}
