//! Reading and writing days and moments.

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

#[test]
fn a_date_typed_the_french_or_german_way_is_a_day_and_never_guessed_in_english() {
    let today = Day::new(2026, 11, 22).unwrap();
    let at = |t: &str, lang| Day::resolve_in(t, today, lang).map(|d| d.to_string());
    assert_eq!(at("31/12/2026", Language::Fr), Ok("2026-12-31".into()));
    assert_eq!(at("31.12.2026", Language::De), Ok("2026-12-31".into()));
    assert_eq!(at("2026-12-31", Language::De), Ok("2026-12-31".into()), "ISO everywhere");
    assert_eq!(at("12/31/2026", Language::En).unwrap_err(), DayWhy::Written("12/31/2026".into()));
    assert_eq!(
        at("12/31/2026", Language::En).unwrap_err().to_string(),
        "\"12/31/2026\" could be day/month or month/day: write the date as YYYY-MM-DD"
    );
    assert!(matches!(at("12/31/2026", Language::Fr), Err(DayWhy::Date(DayError::NoSuchDay(_)))));
    assert_eq!(Day::read_in("1.2.2027", Language::De).unwrap().to_string(), "2027-02-01");
    assert_eq!(Day::read_in("31/12/2026", Language::En), Err(DayWhy::Written("31/12/2026".into())));
    assert_eq!(Day::read_in("x", Language::En), Err(DayWhy::Date(DayError::Shape("x".into()))));
    assert_eq!(Day::read_in("x", Language::Fr), Err(DayWhy::Written("x".into())));
}
