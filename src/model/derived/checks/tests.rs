use super::*;
use crate::model::derived::warnings;
use crate::model::{Indicator, Reading, Stakeholder, Stance, Task};

fn day(s: &str) -> Day {
    s.parse().unwrap()
}

fn action(id: &str, f: impl FnOnce(&mut Action)) -> Action {
    let mut a = Action { id: id.into(), title: format!("do {id}"), ..Default::default() };
    f(&mut a);
    a
}

fn named(name: &str) -> Option<Indicator> {
    Some(Indicator { name: name.into(), ..Default::default() })
}

fn kinds(c: &Canvas, today: Day) -> Vec<(WarningKind, String)> {
    let checks = [
        WarningKind::StanceGap,
        WarningKind::UnknownOwner,
        WarningKind::OverdueAction,
        WarningKind::UnmeasuredLoop,
        WarningKind::TargetReached,
        WarningKind::ActivityOnly,
    ];
    warnings(c, today)
        .into_iter()
        .filter(|w| checks.contains(&w.kind))
        .map(|w| (w.kind, w.target.map(|t| t.1).unwrap_or_default()))
        .collect()
}

#[test]
fn a_due_date_passed_warns_until_the_action_is_done_or_dropped() {
    let mut c = Canvas::new("t");
    for (id, status) in [
        ("A1", Some(ActionStatus::InProgress)),
        ("A2", Some(ActionStatus::Done)),
        ("A3", Some(ActionStatus::Dropped)),
        ("A4", None),
    ] {
        c.actions.push(action(id, |a| (a.due, a.status) = (Some(day("2026-05-31")), status)));
    }
    c.actions.push(action("A5", |a| a.due = Some(day("2026-06-01"))));
    let found = overdue_actions(&c, day("2026-06-01"));
    let ids: Vec<_> = found.iter().map(|w| w.target.clone().unwrap().1).collect();
    assert_eq!(ids, ["A1", "A4"], "due today is not overdue yet");
    assert_eq!(found[0].message(), "A1 \"do A1\" was due 2026-05-31 and is still in progress");
    assert_eq!(found[1].message(), "A4 \"do A4\" was due 2026-05-31 and is not done");
}

#[test]
fn a_loop_measured_or_closed_needs_a_reading() {
    let mut c = Canvas::new("t");
    let reading = Reading { date: day("2026-05-01"), value: "3".into(), note: String::new() };
    let measured = Indicator { name: "x".into(), readings: vec![reading], ..Default::default() };
    c.actions.push(action("A1", |a| a.loop_state = Some(LoopState::Measured)));
    c.actions.push(action("A2", |a| (a.loop_state, a.indicator) = (Some(LoopState::Closed), named("x"))));
    c.actions.push(action("A3", |a| (a.loop_state, a.indicator) = (Some(LoopState::Closed), Some(measured))));
    c.actions.push(action("A4", |a| a.loop_state = Some(LoopState::Open)));
    let found = unmeasured_loops(&c);
    let ids: Vec<_> = found.iter().map(|w| w.target.clone().unwrap().1).collect();
    assert_eq!(ids, ["A1", "A2"]);
    assert_eq!(found[1].message(), "A2 \"do A2\": loop marked closed with no reading");
}

#[test]
fn owners_must_be_participants_or_stakeholders_once_participants_are_listed() {
    let mut c = Canvas::new("t");
    c.stakeholders.push(Stakeholder { id: "S1".into(), name: "Service desk".into(), ..Default::default() });
    c.actions.push(action("A1", |a| a.owner = "Priya".into()));
    c.actions.push(action("A2", |a| a.owner = "Tom Berg".into()));
    c.actions.push(action("A3", |a| a.owner = "sam lee and Service Desk".into()));
    c.actions.push(action("A4", |a| a.owner = "Sam Lee / Tom".into()));
    c.actions.push(action("A5", |a| (a.owner, a.status) = ("Tom".into(), Some(ActionStatus::Dropped))));
    c.tasks.push(Task { id: "T1".into(), title: "t".into(), owner: "Ana".into(), ..Default::default() });
    c.tasks.push(Task {
        id: "T2".into(),
        title: "t".into(),
        owner: "Ana".into(),
        status: Some(TaskStatus::Stopped),
        ..Default::default()
    });
    let both =
        |c: &Canvas| [unknown_owners(c, EntryKind::Task), unknown_owners(c, EntryKind::Action)].concat();
    assert!(both(&c).is_empty(), "no participants listed: nothing to check against");
    c.context.participants = vec!["Sam Lee".into(), "Priya Nair".into()];
    let found = both(&c);
    let ids: Vec<_> = found.iter().map(|w| w.target.clone().unwrap().1).collect();
    assert_eq!(ids, ["T1", "A2", "A4"]);
    assert_eq!(
        found[1].message(),
        "A2 \"do A2\": owner Tom Berg is not among the participants or stakeholders"
    );
}

#[test]
fn an_activity_count_needs_an_outcome_indicator_in_its_phase() {
    assert!(counts_activity("Weekly active users") && counts_activity("log-ins per week"));
    assert!(counts_activity("Page views of the FAQ") && counts_activity("posts and likes"));
    assert!(!counts_activity("median time to first answer") && !counts_activity("repeat visit rate?"));
    assert!(!counts_activity("postal returns"), "words, not parts of words");
    let mut c = Canvas::new("t");
    let phased =
        |id: &str, phase, name: &str| action(id, |a| (a.phase, a.indicator) = (Some(phase), named(name)));
    c.actions.push(phased("A1", Phase::Share, "active users"));
    c.actions.push(phased("A2", Phase::Solve, "page views"));
    c.actions.push(phased("A3", Phase::Solve, "questions answered by an existing fix"));
    c.actions.push(action("A4", |a| a.indicator = named("visits")));
    let found = activity_only(&c);
    let ids: Vec<_> = found.iter().map(|w| w.target.clone().unwrap().1).collect();
    assert_eq!(ids, ["A1", "A4"], "A2 has an outcome beside it in Solve");
    assert!(found[0].message().contains("\"active users\" only counts activity"), "{}", found[0].message());
    assert!(found[0].message().contains("beside it in Share"), "{}", found[0].message());
}

#[test]
fn a_powerful_stakeholder_more_than_one_step_from_the_desired_stance_warns() {
    let mut c = Canvas::new("t");
    let person = |id: &str, power, stance, desired| Stakeholder {
        id: id.into(),
        name: format!("P{id}"),
        power: Some(power),
        stance: Some(stance),
        desired: Some(desired),
        ..Default::default()
    };
    c.stakeholders.push(person("S1", 4, Stance::Sceptic, Stance::Champion));
    c.stakeholders.push(person("S2", 5, Stance::Neutral, Stance::Supporter));
    c.stakeholders.push(person("S3", 2, Stance::Blocker, Stance::Champion));
    c.stakeholders.push(person("S4", 3, Stance::Champion, Stance::Neutral));
    let found = stance_gaps(&c);
    let ids: Vec<_> = found.iter().map(|w| w.target.clone().unwrap().1).collect();
    assert_eq!(ids, ["S1", "S4"], "one step is near enough; low power is not checked");
    assert_eq!(
        found[0].message(),
        "PS1 has power 4 and is sceptic, three steps from champion where the plan wants them"
    );
}

#[test]
fn a_reading_that_reaches_the_target_suggests_closing_the_loop() {
    let mut c = Canvas::new("t");
    let reading = |v: &str| Reading { date: day("2026-08-28"), value: v.into(), note: String::new() };
    let ind = |v: &str| Indicator {
        name: "median".into(),
        baseline: "5 days".into(),
        target: "24 hours".into(),
        readings: vec![reading(v)],
        ..Default::default()
    };
    c.actions.push(action("A1", |a| a.indicator = Some(ind("19 hours"))));
    c.actions.push(action("A2", |a| a.indicator = Some(ind("30 hours"))));
    c.actions.push(action("A3", |a| {
        (a.indicator, a.loop_state) = (Some(ind("19 hours")), Some(LoopState::Closed));
    }));
    let found = targets_reached(&c);
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].message(),
        "A1 \"do A1\": 19 hours on 2026-08-28 reaches the target 24 hours: close the loop?"
    );
}

#[test]
fn the_checks_come_after_the_older_warnings_of_their_section() {
    let mut c = Canvas::new("t");
    c.context.participants = vec!["Ana".into()];
    c.stakeholders.push(Stakeholder {
        id: "S1".into(),
        name: "Boss".into(),
        power: Some(5),
        stance: Some(Stance::Blocker),
        desired: Some(Stance::Supporter),
        ..Default::default()
    });
    c.actions.push(action("A1", |a| {
        (a.owner, a.due, a.loop_state, a.indicator) =
            ("Zed".into(), Some(day("2026-01-01")), Some(LoopState::Measured), named("logins"));
    }));
    use WarningKind::*;
    let found = kinds(&c, day("2026-06-01"));
    let expected = [StanceGap, OverdueAction, UnmeasuredLoop, UnknownOwner, ActivityOnly];
    assert_eq!(found.iter().map(|f| f.0).collect::<Vec<_>>(), expected);
}
