use super::*;
use crate::diff::SignalKind;
use crate::model::{Action, Relationship, Stakeholder, Task, TaskStatus};

fn acme(name: &str) -> Canvas {
    crate::store::ShippedCanvas::find(name).unwrap().canvas().unwrap()
}

/// A third revision a year after the first: Solve still without ongoing work, R2 still broken,
/// A5 still open past its review, and A2's loop closed with a new reading.
fn third() -> Canvas {
    let mut c = acme("acme-2026-11");
    c.revision = 3;
    c.date = Day::new(2027, 5, 19);
    let a2 = c.actions.get_mut(1).unwrap();
    a2.loop_state = Some(LoopState::Closed);
    a2.status = Some(ActionStatus::Done);
    let reading = Reading { date: Day::new(2027, 4, 1).unwrap(), value: "41%".into(), note: String::new() };
    a2.indicator.as_mut().unwrap().add_reading(reading);
    c.relationships.get_mut(2).unwrap().health = Some(Health::Healthy);
    c
}

fn three() -> History {
    let (a, b, c) = (acme("acme-2026-05"), acme("acme-2026-11"), third());
    history(&[("a".into(), &a), ("b".into(), &b), ("c".into(), &c)])
}

fn said(h: &History, kind: SignalKind) -> Vec<&str> {
    h.signals.iter().filter(|s| s.kind == kind).map(|s| s.message.as_str()).collect()
}

#[test]
fn waves_count_ongoing_work_per_phase_per_revision() {
    let h = three();
    let solve = &h.waves[Phase::Solve as usize];
    assert_eq!(solve.ongoing, [1, 0, 0]);
    assert_eq!(solve.emphasis, [2, 3, 3]);
    assert_eq!(h.waves[Phase::Connect as usize].ongoing, [2, 3, 3]);
    assert_eq!(
        said(&h, SignalKind::PhaseWithoutWork),
        [
            "Solve has had no ongoing work since revision 2 (2 revisions)",
            "Innovate has had no ongoing work since revision 1 (3 revisions)"
        ]
    );
}

#[test]
fn stakeholders_have_paths_with_joining_and_leaving() {
    let h = three();
    let s5 = h.stakeholders.iter().find(|t| t.id == "S5").unwrap();
    assert_eq!((s5.joined(), s5.left()), (Some(0), Some(1)));
    let s8 = h.stakeholders.iter().find(|t| t.id == "S8").unwrap();
    assert_eq!(s8.joined(), Some(1));
    let s6 = h.stakeholders.iter().find(|t| t.id == "S6").unwrap();
    let stances: Vec<_> = s6.steps.iter().map(|s| s.and_then(|s| s.stance)).collect();
    assert_eq!(stances, [Some(Stance::Blocker), Some(Stance::Sceptic), Some(Stance::Sceptic)]);
    assert_eq!(s6.steps[1].unwrap().quadrant, Some(Quadrant::ManageClosely));
}

#[test]
fn relationships_broken_for_two_revisions_and_reconnections_are_signals() {
    let h = three();
    assert_eq!(
        said(&h, SignalKind::BrokenFor),
        ["R2 Field engineers – Service desk broken since revision 2 (2 revisions)"]
    );
    assert_eq!(
        said(&h, SignalKind::Reconnected),
        ["R3 Field engineers – Product engineering reconnected in revision 2 (broken → at risk)"]
    );
    let two = history(&[("a".into(), &acme("acme-2026-05")), ("b".into(), &acme("acme-2026-11"))]);
    assert!(said(&two, SignalKind::BrokenFor).is_empty(), "broken in one revision only");
}

#[test]
fn powerful_stakeholders_never_connected_and_loops_open_past_two_reviews() {
    let h = three();
    assert_eq!(
        said(&h, SignalKind::NeverConnected),
        ["S7 Works council (power 3) has never been connected, in 3 revisions"]
    );
    assert_eq!(
        said(&h, SignalKind::OpenPastReviews),
        [
            "A5 \"We will run a 30-minute fix clinic every Friday\": loop still open past its review in 2 revisions (review 2026-07-15)"
        ]
    );
    let mut linked = third();
    linked.add_relationship(Relationship { from: "S7".into(), to: "S1".into(), ..Default::default() });
    let h = history(&[("a".into(), &acme("acme-2026-05")), ("c".into(), &linked)]);
    assert!(said(&h, SignalKind::NeverConnected).is_empty());
}

#[test]
fn actions_keep_every_reading_once_and_closed_loops_name_their_evidence() {
    let h = three();
    let a2 = h.actions.iter().find(|a| a.track.id == "A2").unwrap();
    let values: Vec<_> = a2.readings.iter().map(|r| r.value.as_str()).collect();
    assert_eq!(values, ["18%", "27%", "41%"]);
    let loops: Vec<_> = a2.track.steps.iter().map(|s| s.and_then(|p| p.loop_state)).collect();
    assert_eq!(loops, [Some(LoopState::Open), Some(LoopState::Measured), Some(LoopState::Closed)]);
    assert!(said(&h, SignalKind::LoopClosed).contains(&"A2 \"We will move the top 50 fixes into the Q&A space\": loop closed in revision 3, evidence: 41% on 2027-04-01"));
}

#[test]
/// At size: ten revisions of 15,000 entries give every path and signal. How long it takes is
/// the history benchmark's to say (`benches/benches/history.rs`), not a test's clock.
fn history_of_ten_large_revisions_holds_every_path_and_signal() {
    let mut c = Canvas::new("big");
    c.id = "b".into();
    for i in 0..5_000 {
        c.add_stakeholder(Stakeholder { name: format!("p{i}"), power: Some(3), ..Default::default() });
        c.add_task(Task { title: format!("t{i}"), status: Some(TaskStatus::Active), ..Default::default() });
        c.add_action(Action { title: format!("a{i}"), ..Default::default() });
    }
    let revs: Vec<Canvas> = (1..=10).map(|r| Canvas { revision: r, ..c.clone() }).collect();
    let given: Vec<(String, &Canvas)> = revs.iter().map(|c| (String::new(), c)).collect();
    let h = history(&given);
    assert_eq!(h.stakeholders.len(), 5_000);
    assert_eq!(said(&h, SignalKind::NeverConnected).len(), 5_000);
}

#[test]
fn people_who_left_are_named_with_the_revision_and_what_became_of_their_work() {
    let shipped = [acme("acme-2026-05"), acme("acme-2026-11"), acme("acme-2027-05")];
    let given: Vec<(String, &Canvas)> = shipped.iter().map(|c| (String::new(), c)).collect();
    let h = history(&given);
    let left = said(&h, SignalKind::ParticipantLeft);
    assert_eq!(left.len(), 2, "{left:?}");
    assert!(left[0].starts_with("Tom Berg (participant) left in revision 2; they owned T4"), "{}", left[0]);
    assert_eq!(
        left[1],
        "Sam Lee (participant) left in revision 3; they owned A1 \"We will answer every field question within 24h\" (reassigned to Ana Costa), A5 \"We will run a 30-minute fix clinic every Friday\" (reassigned to Ana Costa)"
    );
    assert_eq!(said(&h, SignalKind::StakeholderLeft), ["Intranet team left the canvas in revision 2"]);
    let stayed = history(&[("b".into(), &shipped[1]), ("b".into(), &shipped[1])]);
    assert!(said(&stayed, SignalKind::ParticipantLeft).is_empty(), "nobody left between equal revisions");
}

#[test]
fn the_shipped_third_revision_shows_a_wave_that_recovers_and_a_relationship_reconnected() {
    let shipped = [acme("acme-2026-05"), acme("acme-2026-11"), acme("acme-2027-05")];
    let given: Vec<(String, &Canvas)> = shipped.iter().map(|c| (String::new(), c)).collect();
    let h = history(&given);
    assert_eq!(h.waves[Phase::Solve as usize].ongoing, [1, 0, 2]);
    assert!(
        said(&h, SignalKind::Reconnected)
            .contains(&"R2 Field engineers – Service desk reconnected in revision 3 (broken → healthy)")
    );
    assert!(said(&h, SignalKind::LoopClosed).contains(
        &"A2 \"We will move the top 50 fixes into the Q&A space\": loop closed in revision 3, evidence: 40% on 2027-04-15"
    ));
    assert!(said(&h, SignalKind::BrokenFor).is_empty());
}
