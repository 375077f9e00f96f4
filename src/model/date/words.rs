//! The words a person types for a day, in English, French and German: `today`, `demain`,
//! `gestern`, a weekday (`fri`, `ven`, `Fr`), the last one before today (`last fri`,
//! `ven dernier`, `letzten Fr`), and spans ahead or back (`+2w`, `+2s`, `+2W`, `-3d`, `-3j`,
//! `-3T`). English words are read in every language, the language's own besides (`fr` is no
//! weekday in English; `j` is a day in French and a year in German).

use jiff::civil::Weekday;

use crate::model::Language;

/// A span's unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    /// Days.
    Day,
    /// Weeks.
    Week,
    /// Months.
    Month,
    /// Years.
    Year,
}

/// The unit a span's letter or word names in `lang` (lower case): English's `d w m y` in every
/// language, and the language's own (`j s m a`, `sem`, `jours`; `t w m j`, `tage`, `wochen`).
pub(super) fn unit(word: &str, lang: Language) -> Option<Unit> {
    let english = match word {
        "d" | "day" | "days" => Some(Unit::Day),
        "w" | "wk" | "week" | "weeks" => Some(Unit::Week),
        "m" | "month" | "months" => Some(Unit::Month),
        "y" | "yr" | "year" | "years" => Some(Unit::Year),
        _ => None,
    };
    let own = match lang {
        Language::En => None,
        Language::Fr => match word {
            "j" | "jr" | "jour" | "jours" => Some(Unit::Day),
            "s" | "sem" | "semaine" | "semaines" => Some(Unit::Week),
            "mois" => Some(Unit::Month),
            "a" | "an" | "ans" | "année" | "années" => Some(Unit::Year),
            _ => None,
        },
        Language::De => match word {
            "t" | "tg" | "tag" | "tage" => Some(Unit::Day),
            "wo" | "woche" | "wochen" => Some(Unit::Week),
            "mon" | "monat" | "monate" => Some(Unit::Month),
            "j" | "jahr" | "jahre" => Some(Unit::Year),
            _ => None,
        },
    };
    own.or(english)
}

/// Days from today a word names: `today` 0, `tomorrow` 1, `yesterday` -1, and the language's
/// own (`aujourd'hui`, `demain`, `hier`, `après-demain`; `heute`, `morgen`, `gestern`,
/// `übermorgen`).
pub(super) fn near(word: &str, lang: Language) -> Option<i64> {
    let english = match word {
        "today" => Some(0),
        "tomorrow" => Some(1),
        "yesterday" => Some(-1),
        _ => None,
    };
    let own = match lang {
        Language::En => None,
        Language::Fr => match word {
            "aujourd'hui" | "aujourd’hui" | "auj" => Some(0),
            "demain" => Some(1),
            "hier" => Some(-1),
            "après-demain" => Some(2),
            "avant-hier" => Some(-2),
            _ => None,
        },
        Language::De => match word {
            "heute" => Some(0),
            "morgen" => Some(1),
            "gestern" => Some(-1),
            "übermorgen" => Some(2),
            "vorgestern" => Some(-2),
            _ => None,
        },
    };
    own.or(english)
}

/// The weekday a word names, in lower case: its English name or the name's first three letters
/// (`fri`), and in French its French name or first three (`ven`), in German its German name or
/// first two (`fr`); a final `.` is allowed.
pub(super) fn weekday(word: &str, lang: Language) -> Option<Weekday> {
    use Weekday::*;
    const DAYS: [Weekday; 7] = [Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday];
    const NAMES: [([&str; 7], usize); 3] = [
        (["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], 3),
        (["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"], 3),
        (["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"], 2),
    ];
    let word = word.strip_suffix('.').unwrap_or(word);
    if lang == Language::De && word == "sonnabend" {
        return Some(Saturday);
    }
    let own = match lang {
        Language::En => 0,
        Language::Fr => 1,
        Language::De => 2,
    };
    [&NAMES[0], &NAMES[own]].into_iter().find_map(|(names, short)| {
        let at = names
            .iter()
            .position(|n| word == *n || (word.chars().count() == *short && n.starts_with(word)))?;
        Some(DAYS[at])
    })
}

/// Whether a word says "the last one before today" (`last`, `dernier`, `letzten` …).
fn is_last(word: &str, lang: Language) -> bool {
    word == "last"
        || match lang {
            Language::En => false,
            Language::Fr => matches!(word, "dernier" | "dernière" | "derniere"),
            Language::De => matches!(word, "letzten" | "letzter" | "letzte" | "vorigen" | "voriger"),
        }
}

/// A weekday and whether it is the last one before today (`last fri`, `ven dernier`, `letzten
/// Fr`) rather than the next one after today (`fri`).
pub(super) fn weekday_words(word: &str, lang: Language) -> Option<(Weekday, bool)> {
    let parts: Vec<&str> = word.split_whitespace().collect();
    match parts.as_slice() {
        [one] => weekday(one, lang).map(|w| (w, false)),
        [a, b] if is_last(a, lang) => weekday(b, lang).map(|w| (w, true)),
        // `vendredi dernier`: French puts it after the day.
        [a, b] if lang == Language::Fr && is_last(b, lang) => weekday(a, lang).map(|w| (w, true)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Day;

    #[test]
    fn french_and_german_words_name_the_days_a_consultant_types() {
        // 2026-11-22 is a Sunday.
        let today = Day::new(2026, 11, 22).unwrap();
        let cases = [
            (Language::Fr, "aujourd'hui", "2026-11-22"),
            (Language::Fr, "Demain", "2026-11-23"),
            (Language::Fr, "hier", "2026-11-21"),
            (Language::Fr, "ven", "2026-11-27"),
            (Language::Fr, "ven.", "2026-11-27"),
            (Language::Fr, "vendredi dernier", "2026-11-20"),
            (Language::Fr, "dernier lun", "2026-11-16"),
            (Language::Fr, "+2s", "2026-12-06"),
            (Language::Fr, "+2sem", "2026-12-06"),
            (Language::Fr, "-3j", "2026-11-19"),
            (Language::Fr, "+1a", "2027-11-22"),
            (Language::Fr, "+2 semaines", "2026-12-06"),
            (Language::Fr, "+2w", "2026-12-06"),
            (Language::Fr, "fri", "2026-11-27"),
            (Language::De, "heute", "2026-11-22"),
            (Language::De, "morgen", "2026-11-23"),
            (Language::De, "Gestern", "2026-11-21"),
            (Language::De, "übermorgen", "2026-11-24"),
            (Language::De, "Fr", "2026-11-27"),
            (Language::De, "Mi.", "2026-11-25"),
            (Language::De, "Donnerstag", "2026-11-26"),
            (Language::De, "letzten Fr", "2026-11-20"),
            (Language::De, "+2W", "2026-12-06"),
            (Language::De, "-3T", "2026-11-19"),
            (Language::De, "+1J", "2027-11-22"),
            (Language::De, "+2d", "2026-11-24"),
            (Language::De, "last fri", "2026-11-20"),
            (Language::En, "tomorrow", "2026-11-23"),
            (Language::En, "+2w", "2026-12-06"),
        ];
        for (lang, typed, means) in cases {
            let got = Day::resolve_in(typed, today, lang).map(|d| d.to_string());
            assert_eq!(got.as_deref(), Ok(means), "{typed} in {lang}");
        }
        // `j` is a day in French, a year in German, and nothing in English.
        assert_eq!(Day::resolve_in("+1j", today, Language::Fr).unwrap().to_string(), "2026-11-23");
        assert!(Day::resolve_in("+1j", today, Language::En).is_err());
        for bad in ["dernier", "ven ven", "+2x", "lundi prochain dernier", "-s", "Fr"] {
            assert!(Day::resolve_in(bad, today, Language::Fr).is_err(), "{bad}");
        }
        for bad in ["demain", "ven", "fr", "+2s", "-3t", "heute"] {
            assert!(Day::resolve_in(bad, today, Language::En).is_err(), "{bad} is no English word");
        }
    }
}
