//! Tests of the derived facts: coverage, warnings, schedule, least-voted.

use super::*;
use crate::model::{ActionStatus, Indicator, LoopState, Relationship, StakeholderKind, Task, ongoing_work};

fn day(s: &str) -> Day {
    s.parse().unwrap()
}

#[test]
fn quadrant_follows_power_and_interest() {
    let s = |p, i| Stakeholder { power: Some(p), interest: Some(i), ..Default::default() };
    assert_eq!(s(3, 3).quadrant(), Some(Quadrant::ManageClosely));
    assert_eq!(s(5, 2).quadrant(), Some(Quadrant::KeepSatisfied));
    assert_eq!(s(2, 5).quadrant(), Some(Quadrant::KeepInformed));
    assert_eq!(s(1, 1).quadrant(), Some(Quadrant::Monitor));
    assert_eq!(Stakeholder::default().quadrant(), None);
}

#[test]
fn coverage_counts_tasks_actions_and_relationships_per_phase() {
    let mut c = Canvas::new("t");
    c.tasks.push(Task {
        phase: Some(Phase::Connect),
        status: Some(TaskStatus::Active),
        ..Default::default()
    });
    c.tasks.push(Task { phase: Some(Phase::Share), status: Some(TaskStatus::Planned), ..Default::default() });
    c.actions.push(Action { phase: Some(Phase::Solve), ..Default::default() });
    c.actions.push(Action {
        phase: Some(Phase::Innovate),
        status: Some(ActionStatus::InProgress),
        ..Default::default()
    });
    c.relationships.push(Relationship {
        phases: vec![Phase::Connect, Phase::Connect, Phase::Share],
        ..Default::default()
    });
    let rows = coverage(&c);
    assert_eq!(rows[0].1, PhaseCoverage { relationships: 1, tasks: 1, actions: 0, ongoing: 1 });
    assert_eq!(rows[1].1, PhaseCoverage { relationships: 1, tasks: 1, actions: 0, ongoing: 0 });
    assert!(rows[1].1.lacks_ongoing_work(), "a planned task is not ongoing work yet");
    assert!(rows[2].1.lacks_ongoing_work(), "an action not under way is not ongoing work");
    assert!(!rows[3].1.lacks_ongoing_work(), "an action in progress is ongoing work");
    assert_eq!(rows.map(|(_, n)| n.ongoing), ongoing_work(&c), "one definition: the waves' count");
}

#[test]
fn a_phase_with_only_stopped_tasks_has_no_ongoing_work() {
    let mut c = Canvas::new("t");
    for status in [Some(TaskStatus::Stopped), Some(TaskStatus::Active)] {
        c.tasks.push(Task { phase: Some(Phase::Connect), status, ..Default::default() });
    }
    c.tasks.push(Task { phase: Some(Phase::Share), status: Some(TaskStatus::Stopped), ..Default::default() });
    let gaps: Vec<_> = warnings(&c, Day::today()).into_iter().map(|w| w.message()).collect();
    assert!(gaps.iter().any(|m| m.starts_with("no ongoing Share work")));
    assert!(!gaps.iter().any(|m| m.starts_with("no ongoing Connect work")));
}

#[test]
fn warnings_name_each_gap() {
    let mut c = Canvas::new("t");
    c.stakeholders.push(Stakeholder {
        id: "S1".into(),
        name: "Head".into(),
        power: Some(4),
        ..Default::default()
    });
    c.stakeholders.push(Stakeholder {
        id: "S2".into(),
        name: "Team".into(),
        power: Some(1),
        ..Default::default()
    });
    c.relationships.push(Relationship {
        id: "R1".into(),
        from: "S2".into(),
        to: "S2".into(),
        health: Some(Health::Broken),
        ..Default::default()
    });
    c.actions.push(Action {
        id: "A1".into(),
        title: "Do".into(),
        owner: "Sam".into(),
        review: Some(day("2026-01-01")),
        ..Default::default()
    });
    let w = warnings(&c, day("2026-06-01"));
    let kinds: Vec<_> = w.iter().map(|w| w.kind).collect();
    use WarningKind::*;
    assert_eq!(
        kinds,
        [
            EmptyPhase,
            EmptyPhase,
            EmptyPhase,
            EmptyPhase,
            UnconnectedPower,
            Reconnect,
            IncompleteAction,
            OverdueReview
        ]
    );
    assert_eq!(w[0].message(), "no ongoing Connect work: the network will wither");
    assert_eq!(w[4].message(), "Head has power 4 and no relationship");
    assert_eq!(w[5].message(), "Team – Team is broken");
    assert_eq!(w[6].message(), "A1 \"Do\" has no due date, no indicator");
    assert_eq!(w[7].target, Some((EntryKind::Action, "A1".to_string())));
}

#[test]
fn a_closed_loop_has_no_review_left_and_reviews_sort_overdue_first() {
    let mut c = Canvas::new("t");
    let ind = Some(Indicator { name: "x".into(), ..Default::default() });
    c.actions.push(Action {
        id: "A1".into(),
        review: Some(day("2026-09-01")),
        indicator: ind.clone(),
        ..Default::default()
    });
    c.actions.push(Action {
        id: "A2".into(),
        review: Some(day("2026-03-01")),
        loop_state: Some(LoopState::Closed),
        ..Default::default()
    });
    c.actions.push(Action { id: "A3".into(), review: Some(day("2026-05-01")), ..Default::default() });
    let order: Vec<_> =
        review_schedule(&c, day("2026-06-01")).iter().map(|r| (r.action.id.as_str(), r.overdue)).collect();
    // The closed loop has no review left to hold: it is not on the schedule at all.
    assert_eq!(order, [("A3", true), ("A1", false)]);
}

#[test]
fn the_networks_weak_points_are_warnings_and_a_ring_has_none() {
    let mut c = Canvas::new("t");
    for (name, kind) in [
        ("Field engineers", StakeholderKind::Group),
        ("Service desk", StakeholderKind::Group),
        ("Regional managers", StakeholderKind::Group),
        ("Head of Service", StakeholderKind::Individual),
        ("Works council", StakeholderKind::Group),
        ("Quality", StakeholderKind::Group),
    ] {
        c.add_stakeholder(Stakeholder { name: name.into(), kind: Some(kind), ..Default::default() });
    }
    for (from, to) in [("S1", "S2"), ("S1", "S3"), ("S1", "S4"), ("S4", "S6"), ("S6", "S1")] {
        c.add_relationship(Relationship { from: from.into(), to: to.into(), ..Default::default() });
    }
    let found: Vec<String> = warnings(&c, day("2026-06-01"))
        .into_iter()
        .filter(|w| matches!(w.kind, WarningKind::LinchPin | WarningKind::Hub | WarningKind::NoRelationship))
        .map(|w| w.message())
        .collect();
    assert_eq!(
        found,
        [
            "if Field engineers leave, Service desk and Regional managers lose their only link to the network",
            "Field engineers carry 4 of the 5 relationships: the network hangs on them",
            "Works council has no relationship: nobody links them to the network",
        ]
    );
    let mut ring = c.clone();
    ring.remove_stakeholder("S5");
    for (from, to) in [("S2", "S3"), ("S3", "S4")] {
        ring.add_relationship(Relationship { from: from.into(), to: to.into(), ..Default::default() });
    }
    let kinds: Vec<WarningKind> = warnings(&ring, day("2026-06-01")).into_iter().map(|w| w.kind).collect();
    assert!(
        !kinds.iter().any(|k| matches!(k, WarningKind::LinchPin | WarningKind::NoRelationship)),
        "{kinds:?}"
    );
}

#[test]
fn the_fewest_dots_are_those_a_stable_sort_of_every_entry_gives() {
    let mut c = Canvas::new("t");
    // Dots that repeat, so that ties between tasks and actions and within each are many.
    for i in 0..40u32 {
        c.add_task(Task { votes: (i * 7) % 5, ..Default::default() });
        c.add_action(Action { votes: (i * 3) % 4 + u32::from(i == 0), ..Default::default() });
    }
    for n in [0, 1, 3, 10, 100] {
        let mut all: Vec<_> = c.tasks.iter().map(|t| (EntryKind::Task, t.id.clone(), t.votes)).collect();
        all.extend(c.actions.iter().map(|a| (EntryKind::Action, a.id.clone(), a.votes)));
        all.sort_by_key(|e| e.2);
        all.truncate(n);
        let found: Vec<_> =
            least_supported(&c, n).into_iter().map(|(k, id, _, v)| (k, id.to_string(), v)).collect();
        assert_eq!(found, all, "the {n} fewest");
    }
}
