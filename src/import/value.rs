//! A cell's text read as a field's value, by the field's shape.

use crate::i18n::Tr;
use crate::model::{Day, DayWhy, FieldValue, Language, Phase, Shape, Vocabulary};

/// Letters and digits only, lower case: `at risk`, `At-Risk` and `AtRisk` all read `atrisk`, so a
/// value may be written as people read it or as the file writes it. (What `normalise` keeps, less
/// its spaces, one character at a time.)
fn key(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_lowercase().next().unwrap_or(c))
}

/// The index of the value of `labels` that `text` names, in English as the file and people
/// write it, or in French or German as `cvc export --lang` writes it (`fragile`, `gefährdet`).
fn choice(labels: &[&str], text: &str, tr: Tr) -> Result<usize, String> {
    // Compared as they go: a cell is read against every label without a copy of either.
    let wanted: String = key(text).collect();
    let names = |label: &str| key(label).eq(wanted.chars());
    let translated =
        |i: usize| Language::ALL.iter().any(|l| Tr::new(*l).choice(labels, i).is_some_and(|t| names(&t)));
    labels.iter().position(|l| names(l)).or_else(|| (0..labels.len()).find(|i| translated(*i))).ok_or_else(
        || {
            // The values as the language writes them (`ambassadeur`), as its export wrote them.
            let said: Vec<String> = (0..labels.len())
                .map(|i| match tr.lang() {
                    Language::En => labels[i].to_string(),
                    _ => tr.choice(labels, i).unwrap_or_else(|| labels[i].to_string()),
                })
                .collect();
            tr.args("import-expected-one-of", &[("labels", said.join(", ").into()), ("text", text.into())])
        },
    )
}

/// Phases named one after another, separated by `,`, `+` or `|` (as Kumu separates values): each
/// once, in file order.
fn phases(text: &str, tr: Tr) -> Result<Vec<Phase>, String> {
    let mut out = Vec::new();
    for part in text.split([',', '+', '|']).map(str::trim).filter(|p| !p.is_empty()) {
        out.push(Phase::ALL[choice(Phase::LABELS, part, tr)?]);
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// Days separated by `,`, `|` or spaces, in date order, each once, each written as `lang` writes
/// a date ([`Day::read_in`]).
pub fn days(text: &str, lang: Language) -> Result<Vec<Day>, String> {
    day_list(text, lang).map_err(|e| e.to_string())
}

/// [`days`], saying why not as a fact that a message words in any language.
pub fn day_list(text: &str, lang: Language) -> Result<Vec<Day>, DayWhy> {
    let mut out = Vec::new();
    for part in text.split([',', '|', ' ']).map(str::trim).filter(|p| !p.is_empty()) {
        out.push(Day::read_in(part, lang)?);
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// The value a cell holds for a field of `shape`; an empty cell is an unset value. A stakeholder
/// reference stays text: the caller finds the stakeholder it names. Dates are read as `dates`
/// writes them (`31/12/2026` in French). Why not, in `tr`'s language.
pub fn parse(shape: Shape, text: &str, tr: Tr, dates: Language) -> Result<FieldValue, String> {
    let empty = text.is_empty();
    Ok(match shape {
        Shape::Text | Shape::Person => FieldValue::Text(text.to_string()),
        Shape::Date if empty => FieldValue::Date(None),
        Shape::Date => FieldValue::Date(Some(Day::read_in(text, dates).map_err(|e| e.text(tr))?)),
        Shape::Dates => FieldValue::Dates(day_list(text, dates).map_err(|e| e.text(tr))?),
        Shape::Number if empty => FieldValue::Number(0),
        Shape::Number => FieldValue::Number(
            text.parse().map_err(|_| tr.args("import-whole-number", &[("text", text.into())]))?,
        ),
        Shape::Scale { .. } if empty => FieldValue::Scale(None),
        Shape::Scale { min, max } => match text.parse::<u8>() {
            Ok(v) if (min..=max).contains(&v) => FieldValue::Scale(Some(v)),
            _ => {
                let args =
                    [("min", min.to_string().into()), ("max", max.to_string().into()), ("text", text.into())];
                return Err(tr.args("import-scale", &args));
            }
        },
        Shape::Choice(_) if empty => FieldValue::Choice(None),
        Shape::Choice(labels) => FieldValue::Choice(Some(choice(labels, text, tr)?)),
        Shape::Phases => FieldValue::Phases(phases(text, tr)?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Health, Vocabulary};

    /// The value, or why not in English.
    fn parse(shape: Shape, text: &str) -> Result<FieldValue, String> {
        super::parse(shape, text, Tr::default(), Language::En)
    }

    #[test]
    fn why_a_value_is_refused_is_said_in_the_language_asked() {
        let power = Shape::Scale { min: 1, max: 5 };
        assert_eq!(
            super::parse(power, "9", Tr::new(Language::Fr), Language::Fr).unwrap_err(),
            "doit aller de 1 à 5, trouvé «\u{a0}9\u{a0}»"
        );
        let no_day =
            super::parse(Shape::Date, "2027-02-30", Tr::new(Language::De), Language::De).unwrap_err();
        assert_eq!(no_day, "„2027-02-30“ ist kein gültiges Datum");
    }

    #[test]
    fn a_choice_reads_as_people_write_it_or_as_the_file_does() {
        let shape = Shape::choice::<Health>();
        for text in ["at risk", "AtRisk", "At-Risk", "AT RISK"] {
            assert_eq!(parse(shape, text), Ok(FieldValue::of(Some(Health::AtRisk))), "{text}");
        }
        assert_eq!(parse(shape, ""), Ok(FieldValue::Choice(None)));
        let err = parse(shape, "fine").unwrap_err();
        assert_eq!(err, format!("expected one of {}, found \"fine\"", Health::LABELS.join(", ")));
    }

    #[test]
    fn scales_numbers_and_dates_are_checked() {
        let power = Shape::Scale { min: 1, max: 5 };
        assert_eq!(parse(power, "5"), Ok(FieldValue::Scale(Some(5))));
        assert_eq!(parse(power, "9").unwrap_err(), "must be from 1 to 5, found \"9\"");
        assert!(parse(power, "-1").is_err() && parse(power, "x").is_err());
        assert_eq!(parse(Shape::Number, "12"), Ok(FieldValue::Number(12)));
        assert!(parse(Shape::Number, "1.5").is_err());
        assert!(parse(Shape::Date, "2027-02-30").unwrap_err().contains("not a real date"));
        let held =
            parse(Shape::Dates, "2027-02-10, 2027-02-03|2027-02-10").unwrap().render(Shape::Dates, None);
        assert_eq!(held, "2027-02-03, 2027-02-10");
        assert!(parse(Shape::Dates, "2027-02-03, 2027-02-30").unwrap_err().contains("not a real date"));
        assert_eq!(parse(Shape::Date, "2027-02-03").unwrap().day().unwrap().to_string(), "2027-02-03");
    }

    #[test]
    fn phases_are_read_in_any_separator_once_each_in_file_order() {
        let p = parse(Shape::Phases, "Solve, connect|Solve + share").unwrap();
        assert_eq!(p, FieldValue::Phases(vec![Phase::Connect, Phase::Share, Phase::Solve]));
        assert!(parse(Shape::Phases, "Connect, Grow").unwrap_err().contains("\"Grow\""));
    }
}
