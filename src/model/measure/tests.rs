//! Tests of `measure`.

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
    for ambiguous in ["1 80", "1 8000", "1234 567", "5 3 days", "1,200 300", "1 200,300", "3.5 100", "12 34"]
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
    assert_eq!(amount("1e999"), None, "an exponent is not read: never infinity, never 1");
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
    assert!(done.measured(Language::En).progress().unwrap().reached() && done.target_reached(Language::En));
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
    assert_eq!(indicator("40", "40", &["40"]).measured(Language::En), Measured::NotNumeric, "no way to go");
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
    assert_eq!(ambiguity("12,345 visits", en).as_deref().map(|n| n.starts_with("\"12,345\"")), Some(true));
    for clear in ["1,234.5", "1,234,567", "about 40", "1,5", "1234", "1,234", ""] {
        let lang = if clear == "1,234" { Language::Fr } else { en };
        assert_eq!(ambiguity(clear, lang), None, "{clear:?}");
    }
    assert_eq!(
        ambiguity("1.200", Language::Fr).as_deref(),
        Some("\"1.200\" could be 1200 or 1,2: write 1 200 or 1,2")
    );
    let fr = crate::i18n::Tr::new(Language::Fr);
    assert_eq!(
        ambiguity_in("1.000", Language::Fr, fr).as_deref(),
        Some("«\u{a0}1.000\u{a0}» peut se lire 1000 ou 1\u{a0}: écrivez 1 000 ou 1")
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

#[test]
fn why_a_value_is_not_read_is_said_in_the_readers_language() {
    let (fr, de) = (crate::i18n::Tr::new(Language::Fr), crate::i18n::Tr::new(Language::De));
    assert_eq!(
        ambiguity_in("1,234", Language::En, fr).as_deref(),
        Some("«\u{a0}1,234\u{a0}» peut se lire 1234 ou 1.234\u{a0}: écrivez 1234 ou 1.234")
    );
    assert_eq!(
        ambiguity_in("3.5 Tage", Language::De, fr).as_deref(),
        Some("«\u{a0}3.5\u{a0}» a un point là où l'allemand écrit une virgule\u{a0}: écrivez 3,5")
    );
    assert_eq!(
        ambiguity_in("3.5", Language::Fr, de).as_deref(),
        Some("„3.5“ hat einen Punkt, wo das Französische ein Komma schreibt: Schreiben Sie 3,5")
    );
    let ind = indicator("1,000", "2,000", &["1,500"]);
    assert!(ind.ambiguity_in(Language::En, de).is_some_and(|n| n.starts_with("„1,000“ kann")));
}

#[test]
fn a_time_in_parts_is_added_up_and_what_is_not_read_is_no_number() {
    let fr = Language::Fr;
    let de = Language::De;
    assert_eq!(amount("1 day 20 hours"), Some((44.0, Unit::Hours)));
    assert_eq!(amount("1 day and 4 hours"), Some((28.0, Unit::Hours)));
    assert_eq!(amount("2 h 30 min"), Some((2.5, Unit::Hours)));
    assert_eq!(read("3 j 12 h", fr), Some((84.0, Unit::Hours)));
    assert_eq!(read("1 jour et 4 heures", fr), Some((28.0, Unit::Hours)));
    assert_eq!(read("1 Tag 20 Std.", de), Some((44.0, Unit::Hours)));
    assert_eq!(read("1 Tag 12 Std.", de), Some((36.0, Unit::Hours)));
    assert_eq!(read("2 Tg.", de), Some((48.0, Unit::Hours)));
    // Read by half, these were 3 days, 3 days and 40: a wrong value beside "loop closed".
    assert_eq!(read("3 jours et demi", fr), None);
    assert_eq!(amount("3 days and a half"), None);
    assert_eq!(read("1 Tag 5", de), None, "five what?");
    assert_eq!(amount("40 engineers in 3 regions"), None);
    assert_eq!(amount("2 days -3 hours"), None);
    // A unit's abbreviation with its point, and a label after a time, are still read.
    assert_eq!(read("36 Std.", de), Some((36.0, Unit::Hours)));
    assert_eq!(amount("2 days per request"), Some((48.0, Unit::Hours)));
    let p = indicator("5 Tage", "1 Tag", &["1 Tag 20 Std."]).measured(de).progress().unwrap();
    assert!(!p.reached() && p.percent() == 79, "44 hours of a way from 120 to 24: {}", p.percent());
}
