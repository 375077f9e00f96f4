//! A day written in numbers the way a language writes it: `31/12/2026` in French, `31.12.2026` in
//! German (and `1/2/2026`, `1.2.2026`), as a French or German spreadsheet re-saves a date. English
//! reads none of them: `12/31/2026` and `31/12/2026` are read month first in one country and day
//! first in another, so only `YYYY-MM-DD` is a day there. Years have four digits everywhere: `01/02/26`
//! could be 1926 or 2026.

use super::{Day, DayError, DayWhy};
use crate::model::Language;

/// The day `text` writes as day, month and year separated by `/` or `.`, read the way `lang`
/// writes it; `None` when the text is not of that shape (a word, an ISO date), a reason when it
/// is but `lang` does not read it so (English; a year not of four digits) or it names no day.
pub(super) fn numeric(text: &str, lang: Language) -> Option<Result<Day, DayWhy>> {
    let parts: Vec<&str> = text.split(['/', '.']).collect();
    let separators = text.chars().filter(|c| matches!(c, '/' | '.')).collect::<String>();
    let shaped = parts.len() == 3
        && parts.iter().all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
        && separators.chars().all(|c| separators.starts_with(c));
    if !shaped {
        return None;
    }
    let unclear = || Err(DayWhy::Written(text.to_string()));
    if lang == Language::En || parts[0].len() > 2 || parts[1].len() > 2 || parts[2].len() != 4 {
        return Some(unclear());
    }
    let number = |p: &str| p.parse::<i16>().unwrap_or(0);
    let (day, month, year) = (number(parts[0]), number(parts[1]), number(parts[2]));
    let day = i8::try_from(day).ok().zip(i8::try_from(month).ok()).and_then(|(d, m)| Day::new(year, m, d));
    Some(day.ok_or_else(|| DayWhy::Date(DayError::NoSuchDay(text.to_string()))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_and_german_dates_are_read_day_first_and_english_never_guesses() {
        let read = |text: &str, lang| numeric(text, lang).map(|r| r.map(|d| d.to_string()));
        for lang in [Language::Fr, Language::De] {
            for text in ["31/12/2026", "31.12.2026"] {
                assert_eq!(read(text, lang), Some(Ok("2026-12-31".into())), "{text} in {lang}");
            }
            assert_eq!(read("1/2/2027", lang), Some(Ok("2027-02-01".into())));
            assert_eq!(read("1.2.2027", lang), Some(Ok("2027-02-01".into())));
            assert_eq!(read("05.03.2027", lang), Some(Ok("2027-03-05".into())));
            for no_day in ["12/31/2026", "30.02.2026", "0/1/2026", "32.01.2026"] {
                assert!(matches!(read(no_day, lang), Some(Err(DayWhy::Date(_)))), "{no_day} in {lang}");
            }
            for unclear in ["31/12/26", "31.12.202", "2026/12/31", "2026.12.31"] {
                assert!(matches!(read(unclear, lang), Some(Err(DayWhy::Written(_)))), "{unclear} in {lang}");
            }
            for other in
                ["2026-12-31", "demain", "+2s", "31/12", "31/12/2026/1", "31//2026", "a/b/cdef", "31/12.2026"]
            {
                assert_eq!(read(other, lang), None, "{other} in {lang}");
            }
        }
        for text in ["12/31/2026", "31/12/2026", "31.12.2026", "1/2/2027"] {
            assert_eq!(read(text, Language::En), Some(Err(DayWhy::Written(text.into()))), "{text}");
        }
    }
}
