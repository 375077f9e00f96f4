//! Each signal with a pair of canvases that shows it and one that does not, and the shipped
//! Acme pair's signals.

use crate::diff::{SignalGroup, SignalKind, compare};
use crate::model::*;

fn acme(name: &str) -> Canvas {
    crate::store::ShippedCanvas::find(name).unwrap().canvas().unwrap()
}

fn base() -> Canvas {
    let mut c = Canvas::new("t");
    c.id = "c".into();
    c.date = Day::new(2026, 11, 1);
    c.context.participants = vec!["Tom Berg".into(), "Sam Lee".into()];
    c.context.emphasis.solve = 2;
    c.add_stakeholder(Stakeholder {
        name: "Desk".into(),
        stance: Some(Stance::Blocker),
        ..Default::default()
    });
    c.add_stakeholder(Stakeholder { name: "Ops".into(), ..Default::default() });
    c.add_relationship(Relationship {
        from: "S1".into(),
        to: "S2".into(),
        health: Some(Health::Broken),
        ..Default::default()
    });
    c.add_task(Task {
        title: "Route".into(),
        owner: "Tom Berg".into(),
        phase: Some(Phase::Solve),
        status: Some(TaskStatus::Active),
        ..Default::default()
    });
    c.add_task(Task { title: "Curate".into(), owner: "Tom Berg".into(), ..Default::default() });
    c.add_action(Action {
        title: "Digest".into(),
        owner: "tom berg".into(),
        status: Some(ActionStatus::Proposed),
        ..Default::default()
    });
    c
}

fn of(old: &Canvas, new: &Canvas, kind: SignalKind) -> Vec<(SignalGroup, String)> {
    compare(old, new).signals.into_iter().filter(|s| s.kind == kind).map(|s| (s.group, s.message)).collect()
}

#[test]
fn a_participant_who_left_is_named_with_what_became_of_their_work() {
    let old = base();
    let mut new = base();
    new.context.participants.retain(|p| p != "Tom Berg");
    new.tasks.remove(0);
    new.tasks[0].owner = "Priya".into();
    new.actions[0].status = Some(ActionStatus::Dropped);
    assert_eq!(
        of(&old, &new, SignalKind::ParticipantLeft),
        [(
            SignalGroup::Attention,
            "Tom Berg (participant) left; they owned T1 \"Route\" (removed), A1 \"Digest\" (dropped), T2 \"Curate\" (reassigned to Priya)".to_string()
        )]
    );
    assert!(of(&old, &new, SignalKind::OwnerChanged).is_empty(), "T2's new owner is said once, under Tom");
    assert!(of(&old, &new, SignalKind::ActionMoved).is_empty(), "A1's dropping is said once, under Tom");
    assert!(of(&old, &old, SignalKind::ParticipantLeft).is_empty());
}

#[test]
fn a_participant_who_became_a_stakeholder_did_not_leave_and_work_left_behind_is_still_theirs() {
    let old = base();
    let mut moved = base();
    moved.context.participants.retain(|p| p != "Tom Berg");
    moved.add_stakeholder(Stakeholder { name: "Tom  Berg".into(), ..Default::default() });
    assert!(of(&old, &moved, SignalKind::ParticipantLeft).is_empty());
    let mut gone = base();
    gone.context.participants.retain(|p| p != "Tom Berg");
    let said = of(&old, &gone, SignalKind::ParticipantLeft);
    assert!(said[0].1.contains("T1 \"Route\" (still theirs)"), "{said:?}");
}

#[test]
fn a_removed_stakeholder_left_with_its_work_unless_still_in_the_room() {
    let old = base();
    let mut new = base();
    new.relationships.remove(0);
    new.stakeholders.remove(1);
    assert_eq!(
        of(&old, &new, SignalKind::StakeholderLeft),
        [(SignalGroup::Attention, "Ops left the canvas".into())]
    );
    new.context.participants.push("OPS".into());
    assert!(of(&old, &new, SignalKind::StakeholderLeft).is_empty(), "Ops is a participant now");
}

#[test]
fn owner_changes_are_signals_and_a_new_owner_is_good_news() {
    let mut old = base();
    old.context.participants.push("Ana".into());
    old.add_action(Action { title: "Clinic".into(), ..Default::default() });
    let mut new = old.clone();
    new.tasks[1].owner = "Ana".into();
    new.actions[1].owner = "Sam Lee".into();
    assert_eq!(
        of(&old, &new, SignalKind::OwnerChanged),
        [
            (SignalGroup::Attention, "T2 \"Curate\" changed hands: Tom Berg → Ana".into()),
            (SignalGroup::Good, "A2 \"Clinic\" has an owner now: Sam Lee".into()),
        ]
    );
    assert!(of(&old, &old, SignalKind::OwnerChanged).is_empty());
}

#[test]
fn a_phase_that_lost_its_last_ongoing_work_says_its_emphasis() {
    let old = base();
    let mut rose = base();
    rose.tasks[0].status = Some(TaskStatus::Paused);
    rose.context.emphasis.solve = 3;
    assert_eq!(
        of(&old, &rose, SignalKind::PhaseLostOngoing),
        [(SignalGroup::Attention, "Solve lost its last ongoing work (was T1; none now) while its emphasis rose from 2 to 3: it will slip back".into())]
    );
    let mut kept = base();
    kept.tasks[0].status = Some(TaskStatus::Planned);
    kept.add_action(Action {
        phase: Some(Phase::Solve),
        status: Some(ActionStatus::InProgress),
        ..Default::default()
    });
    assert!(
        of(&old, &kept, SignalKind::PhaseLostOngoing).is_empty(),
        "an action in progress keeps Solve alive"
    );
}

#[test]
fn a_relationship_still_broken_is_not_reconnected_whatever_else_changed() {
    let old = base();
    assert_eq!(old.relationships[0].health, Some(Health::Broken));
    let mut new = old.clone();
    new.relationships[0].exchange = "something else".into();
    new.relationships[0].strength = Some(2);
    new.title = "Renamed".into();
    for kind in [SignalKind::Reconnected, SignalKind::RelationshipImproved] {
        assert!(of(&old, &new, kind).is_empty(), "{kind:?}: {:?}", of(&old, &new, kind));
    }
    assert!(!compare(&old, &new).signals.iter().any(|s| s.message.contains("reconnected")));
}

#[test]
fn reconnected_and_improved_relationships_are_good_news() {
    let mut old = base();
    old.add_relationship(Relationship {
        from: "S2".into(),
        to: "S1".into(),
        health: Some(Health::AtRisk),
        ..Default::default()
    });
    let mut new = old.clone();
    new.relationships[0].health = Some(Health::AtRisk);
    new.relationships[1].health = Some(Health::Healthy);
    let d = compare(&old, &new);
    let good: Vec<_> = d
        .signals
        .iter()
        .filter(|s| s.group == SignalGroup::Good)
        .map(|s| (s.kind, s.message.as_str()))
        .collect();
    assert_eq!(
        good,
        [
            (SignalKind::RelationshipImproved, "Desk – Ops is at risk now, no longer broken"),
            (SignalKind::RelationshipImproved, "Ops – Desk is healthy again (was at risk)"),
        ]
    );
    let mut healed = old.clone();
    healed.relationships[0].health = Some(Health::Healthy);
    assert_eq!(
        of(&old, &healed, SignalKind::Reconnected),
        [(SignalGroup::Good, "Desk – Ops reconnected: broken → healthy".to_string())],
        "reconnected is broken → healthy"
    );
    let mut worse = old.clone();
    worse.relationships[1].health = Some(Health::Broken);
    assert!(of(&old, &worse, SignalKind::RelationshipImproved).is_empty());
    assert_eq!(of(&old, &worse, SignalKind::RelationshipBroke).len(), 1);
}

#[test]
fn stance_moves_toward_the_desired_stance_are_good_and_away_need_attention() {
    let mut old = base();
    old.stakeholders[0].desired = Some(Stance::Supporter);
    let mut warmer = old.clone();
    warmer.stakeholders[0].stance = Some(Stance::Sceptic);
    assert_eq!(
        of(&old, &warmer, SignalKind::StanceToward),
        [(
            SignalGroup::Good,
            "Desk moved from blocker to sceptic, toward supporter where the plan wants them".into()
        )]
    );
    let mut cooler = warmer.clone();
    cooler.stakeholders[0].stance = Some(Stance::Blocker);
    assert_eq!(
        of(&warmer, &cooler, SignalKind::StanceAway),
        [(
            SignalGroup::Attention,
            "Desk moved from sceptic to blocker, away from supporter where the plan wants them".into()
        )]
    );
    assert!(of(&old, &old, SignalKind::StanceToward).is_empty());
}

#[test]
fn actions_past_due_and_not_done_are_signals_on_the_newer_workshop_day() {
    let mut old = base();
    old.actions[0].due = Day::new(2026, 10, 1);
    let new = old.clone();
    assert_eq!(
        of(&old, &new, SignalKind::PastDue),
        [(SignalGroup::Attention, "A1 \"Digest\" was due 2026-10-01 and is still proposed".into())]
    );
    let mut done = old.clone();
    done.actions[0].status = Some(ActionStatus::Done);
    assert!(of(&old, &done, SignalKind::PastDue).is_empty());
}

#[test]
fn a_closed_loop_is_good_news_with_its_last_reading_as_evidence() {
    let old = base();
    let mut new = base();
    new.actions[0].loop_state = Some(LoopState::Closed);
    new.actions[0].indicator = Some(Indicator {
        readings: vec![Reading {
            date: Day::new(2026, 9, 1).unwrap(),
            value: "19 hours".into(),
            note: "August".into(),
        }],
        ..Default::default()
    });
    assert_eq!(
        of(&old, &new, SignalKind::LoopClosed),
        [(
            SignalGroup::Good,
            "A1 \"Digest\": loop unset → closed, evidence: 19 hours on 2026-09-01, \"August\"".into()
        )]
    );
}

#[test]
fn the_acme_pair_shows_who_left_with_what_the_slipping_phase_and_the_good_news() {
    let d = compare(&acme("acme-2026-05"), &acme("acme-2026-11"));
    let first_good = d.signals.iter().position(|s| s.group == SignalGroup::Good).unwrap();
    assert!(
        d.signals[first_good..].iter().all(|s| s.group == SignalGroup::Good),
        "attention first, then good news"
    );
    let said = |kind: SignalKind, id: &str| {
        d.signals.iter().find(|s| s.kind == kind && s.id == id).map(|s| s.message.as_str())
    };
    let tom = said(SignalKind::ParticipantLeft, "Tom Berg").unwrap();
    for part in [
        "T4 \"Route unanswered questions to product engineering\" (removed)",
        "A4 \"We will publish a monthly defect digest for product engineering\" (dropped)",
        "T2 \"Curate the top 20 field questions\" (reassigned to Priya Nair)",
    ] {
        assert!(tom.contains(part), "{tom}");
    }
    assert!(said(SignalKind::PhaseLostOngoing, "Solve").unwrap().contains("rose from 2 to 3"));
    assert_eq!(
        said(SignalKind::RelationshipImproved, "R1"),
        Some("Field engineers – Head of Service is healthy again (was at risk)")
    );
    assert_eq!(said(SignalKind::Reconnected, "R3"), None, "broken → at risk is not reconnected");
    assert_eq!(
        said(SignalKind::RelationshipImproved, "R3"),
        Some("Field engineers – Product engineering is at risk now, no longer broken")
    );
    assert!(
        said(SignalKind::StanceToward, "S6")
            .unwrap()
            .starts_with("Regional managers moved from blocker to sceptic")
    );
    assert!(said(SignalKind::PastDue, "A5").is_some());
    assert!(said(SignalKind::LoopClosed, "A1").unwrap().contains("evidence: 19 hours on 2026-08-28"));
}
