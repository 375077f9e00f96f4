use super::*;
use crate::model::{Indicator, Reading};

fn reading(date: &str, value: &str, note: &str) -> Reading {
    Reading { date: date.parse().unwrap(), value: value.into(), note: note.into() }
}

fn clinic() -> Action {
    Action {
        id: "A5".into(),
        title: "We will run a fix clinic".into(),
        owner: "Ana Costa".into(),
        business_line: "Field service operations".into(),
        review: "2027-06-30".parse().ok(),
        status: Some(ActionStatus::InProgress),
        loop_state: Some(LoopState::Measured),
        cost: "1500 EUR".into(),
        gain: "9000 EUR".into(),
        indicator: Some(Indicator {
            name: "engineers attending".into(),
            unit: "engineers".into(),
            baseline: "0".into(),
            baseline_date: "2026-05-15".parse().ok(),
            target: "15".into(),
            readings: vec![
                reading("2026-07-10", "6", "three Fridays in"),
                reading("2027-02-05", "9", ""),
                reading("2027-05-07", "12", "announced"),
            ],
            ..Default::default()
        }),
        ..Default::default()
    }
}

fn text(card: &LoopCard, label: &str) -> String {
    card.facts.iter().find(|f| f.label == label).map(|f| f.text.clone()).unwrap_or_default()
}

#[test]
fn the_card_says_every_fact_of_the_loop() {
    let card = LoopCard::of(&clinic(), Language::En, Day::new(2027, 5, 19).unwrap());
    assert_eq!(text(&card, "Owner"), "Ana Costa (Field service operations)");
    assert_eq!(text(&card, "Baseline"), "0 on 2026-05-15");
    assert_eq!(text(&card, "Target"), "15");
    assert_eq!(text(&card, "Progress"), "80% of the way from baseline to target; improving");
    assert_eq!(
        text(&card, "Cost and gain"),
        "cost 1500 EUR; gain 9000 EUR; return 500% ((gain − cost) / cost)"
    );
    assert_eq!(text(&card, "Next review"), "2027-06-30");
    assert_eq!(text(&card, "Loop"), "measured");
    assert_eq!(card.readings.len(), 3);
    let late = LoopCard::of(&clinic(), Language::En, Day::new(2027, 7, 1).unwrap());
    assert_eq!(text(&late, "Next review"), "was due 2027-06-30 (overdue)");
}

#[test]
fn a_seven_month_gap_looks_like_one_on_the_time_line() {
    let card = LoopCard::of(&clinic(), Language::En, Day::new(2027, 5, 19).unwrap());
    let line = time_line(card.trend.as_ref().unwrap(), Tr::default()).unwrap();
    assert!(line.starts_with("2026-05-15 ○") && line.ends_with("● 2027-05-07"), "{line}");
    let marks: String = line.chars().filter(|c| matches!(c, '○' | '●' | '─')).collect();
    let at: Vec<usize> = marks.char_indices().filter(|(_, c)| *c != '─').map(|(i, _)| i / 3).collect();
    assert_eq!(at.len(), 4, "{line}");
    assert!(at[2] - at[1] > 3 * (at[1] - at[0]), "July to February is long: {line}");
    let french = time_line(card.trend.as_ref().unwrap(), Tr::new(Language::Fr)).unwrap();
    assert!(
        french.starts_with("15\u{a0}mai\u{a0}2026 ○") && french.ends_with("● 7\u{a0}mai\u{a0}2027"),
        "{french}"
    );
}

#[test]
fn a_closed_loop_shows_its_evidence_and_a_short_one_says_so() {
    let mut a = clinic();
    a.loop_state = Some(LoopState::Closed);
    a.status = Some(ActionStatus::Done);
    let card = LoopCard::of(&a, Language::En, Day::new(2027, 5, 19).unwrap());
    assert_eq!(card.verdict, Some(LoopVerdict::ClosedShortOfTarget));
    assert!(
        text(&card, "Loop")
            .starts_with("closed; evidence: 12 on 2027-05-07 — announced — closed short of target"),
        "{}",
        text(&card, "Loop")
    );
    assert!(markdown(&card).contains("**⚠ closed short of target: the last reading falls short"));
    a.loop_state = Some(LoopState::Measured);
    let card = LoopCard::of(&a, Language::En, Day::new(2027, 5, 19).unwrap());
    assert!(
        html(&card, &Palette::paper())
            .contains("done, loop not closed: the review that confirms it worked is still to come")
    );
}

#[test]
fn money_in_two_currencies_gives_no_return_and_says_why() {
    let mut a = clinic();
    a.gain = "9000 USD".into();
    let card = LoopCard::of(&a, Language::En, Day::new(2027, 5, 19).unwrap());
    assert_eq!(
        text(&card, "Cost and gain"),
        "cost 1500 EUR; gain 9000 USD; no return worked out: cost in EUR, gain in USD: not one currency"
    );
    a.gain.clear();
    let card = LoopCard::of(&a, Language::En, Day::new(2027, 5, 19).unwrap());
    assert!(
        text(&card, "Cost and gain").ends_with("gain not written; no return worked out: no gain written")
    );
}

#[test]
fn why_a_value_is_not_read_is_said_in_the_cards_language() {
    let mut a = clinic();
    if let Some(i) = a.indicator.as_mut() {
        i.baseline = "1.200".into();
    }
    let card = LoopCard::of_in(&a, Language::Fr, "2027-05-19".parse().unwrap(), Tr::new(Language::Fr));
    let progress = text(&card, "Avancement");
    assert!(progress.contains("peut se lire 1200 ou 1,2"), "{progress}");
    assert!(!progress.contains("could be"), "{progress}");
}

#[test]
fn a_time_is_drawn_in_the_unit_its_target_is_written_in() {
    let mut a = clinic();
    if let Some(i) = a.indicator.as_mut() {
        (i.unit, i.baseline, i.target) = ("jours".into(), "4,5 jours".into(), "2 jours".into());
        i.readings = vec![reading("2026-07-01", "3,5 jours", ""), reading("2026-08-28", "2 j 12 h", "")];
    }
    let card = LoopCard::of_in(&a, Language::Fr, "2027-05-19".parse().unwrap(), Tr::new(Language::Fr));
    let trend = card.trend.expect("numbers in one unit");
    assert_eq!(trend.unit, "jours");
    assert_eq!(trend.points.iter().map(|p| p.1).collect::<Vec<_>>(), [4.5, 3.5, 2.5]);
    assert_eq!(trend.target, 2.0);
    // A time written in hours stays in hours, as it always was.
    a.indicator.as_mut().unwrap().target = "36 hours".into();
    let card = LoopCard::of_in(&a, Language::Fr, "2027-05-19".parse().unwrap(), Tr::new(Language::Fr));
    assert_eq!(card.trend.map(|t| (t.unit, t.target)), Some(("hours".into(), 36.0)));
}
