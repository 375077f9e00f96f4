use super::*;
use crate::model::{Action, Relationship, Stakeholder, Task};

fn person(id: &str, name: &str, power: u8, interest: u8) -> Stakeholder {
    Stakeholder {
        id: id.into(),
        name: name.into(),
        power: Some(power),
        interest: Some(interest),
        ..Default::default()
    }
}

fn link(id: &str, from: &str, to: &str) -> Relationship {
    Relationship {
        id: id.into(),
        from: from.into(),
        to: to.into(),
        health: Some(Health::Healthy),
        ..Default::default()
    }
}

fn base() -> Canvas {
    let mut c = Canvas::new("Acme");
    c.id = "c1".into();
    c.stakeholders =
        vec![person("S1", "Engineers", 2, 5), person("S2", "Head", 5, 2), person("S3", "Desk", 3, 4)].into();
    c.relationships = vec![link("R1", "S1", "S2"), link("R2", "S1", "S3")].into();
    c.tasks = vec![Task { id: "T1".into(), title: "Call".into(), ..Default::default() }].into();
    c.actions = vec![Action {
        id: "A1".into(),
        title: "Answer in 24h".into(),
        status: Some(ActionStatus::Committed),
        loop_state: Some(LoopState::Open),
        review: Some("2026-09-01".parse().unwrap()),
        ..Default::default()
    }]
    .into();
    c.raise_next_ids();
    c
}

fn kinds(d: &Diff) -> Vec<SignalKind> {
    d.signals.iter().map(|s| s.kind).collect()
}

use crate::model::Health;

#[test]
fn identical_canvases_have_no_changes() {
    let d = compare(&base(), &base());
    assert!(d.is_empty());
    assert!(d.signals.is_empty());
    assert_eq!(d.matching, Matching::ById);
    assert_eq!(d.section(EntryKind::Stakeholder).unchanged, 3);
}

#[test]
fn added_removed_and_changed_fields_are_listed_per_section() {
    let old = base();
    let mut new = base();
    new.stakeholders[0].stance = Some(crate::model::Stance::Champion);
    new.stakeholders.remove(2);
    new.relationships.remove(1);
    new.add_stakeholder(Stakeholder { name: "Vendor".into(), ..Default::default() });
    new.tasks[0].title = "Weekly call".into();
    let d = compare(&old, &new);
    let people = d.section(EntryKind::Stakeholder);
    assert_eq!(people.added, vec![EntryRef { id: "S4".into(), label: "Vendor".into() }]);
    assert_eq!(people.removed, vec![EntryRef { id: "S3".into(), label: "Desk".into() }]);
    assert_eq!(
        people.changed[0].fields,
        vec![FieldChange { field: "stance", label: "stance", old: String::new(), new: "champion".into() }]
    );
    let tasks = d.section(EntryKind::Task);
    assert_eq!(tasks.changed[0].fields[0].field, "title", "matched by id, so a new title is a change");
    assert_eq!(kinds(&d), [SignalKind::StakeholderLeft, SignalKind::RelationshipGone]);
}

#[test]
fn renaming_a_stakeholder_does_not_change_its_relationships() {
    let old = base();
    let mut new = base();
    new.stakeholders[1].name = "Head of Service".into();
    let d = compare(&old, &new);
    assert!(d.section(EntryKind::Relationship).is_empty());
    assert_eq!(d.section(EntryKind::Stakeholder).changed.len(), 1);
}

#[test]
fn different_canvases_match_by_normalised_name() {
    let old = base();
    let mut new = base();
    new.id = "other".into();
    new.stakeholders[0].id = "S9".into();
    new.stakeholders[0].name = "  ENGINEERS!".into();
    new.relationships[0].from = "S9".into();
    new.relationships[1].from = "S9".into();
    new.tasks[0].title = "Weekly call".into();
    let d = compare(&old, &new);
    assert_eq!(d.matching, Matching::ByName);
    let people = d.section(EntryKind::Stakeholder);
    assert!(people.added.is_empty() && people.removed.is_empty());
    assert_eq!(people.changed[0].fields[0].field, "name");
    assert!(d.section(EntryKind::Relationship).is_empty(), "same endpoints by name");
    let tasks = d.section(EntryKind::Task);
    assert_eq!((tasks.added.len(), tasks.removed.len()), (1, 1), "a new title is a new task across canvases");
}

#[test]
fn quadrant_moves_and_broken_relationships_are_signals() {
    let old = base();
    let mut new = base();
    new.stakeholders[1].interest = Some(4);
    new.relationships[0].health = Some(Health::Broken);
    new.relationships[1].change = Some(crate::model::Change::Reconnect);
    let d = compare(&old, &new);
    assert_eq!(
        kinds(&d),
        [SignalKind::QuadrantMoved, SignalKind::RelationshipBroke, SignalKind::MarkedReconnect]
    );
    assert_eq!(d.signals[0].message, "Head moved from keep satisfied to manage closely");
    assert_eq!(d.signals[1].message, "Engineers – Head broke (was healthy)");
}

#[test]
fn closed_loops_and_loops_open_past_review_are_signals() {
    let old = base();
    let mut closed = base();
    closed.actions[0].status = Some(ActionStatus::Done);
    closed.actions[0].loop_state = Some(LoopState::Closed);
    closed.date = Some("2026-11-01".parse().unwrap());
    let d = compare(&old, &closed);
    assert_eq!(kinds(&d), [SignalKind::LoopClosed]);
    assert_eq!(
        d.signals[0].message,
        "A1 \"Answer in 24h\": status committed → done, loop open → closed, no reading as evidence"
    );
    assert_eq!(d.carried[0].loop_state, (Some(LoopState::Open), Some(LoopState::Closed)));

    let mut late = base();
    late.date = Some("2026-11-01".parse().unwrap());
    let d = compare(&old, &late);
    assert_eq!(kinds(&d), [SignalKind::OpenPastReview]);
}

#[test]
fn ten_thousand_reordered_entries_match_by_id_with_one_change_found() {
    let mut old = Canvas::new("big");
    old.id = "b".into();
    for i in 0..10_000 {
        old.add_task(Task { title: format!("task {i}"), ..Default::default() });
    }
    let mut new = old.clone();
    new.tasks.reverse();
    new.tasks[0].owner = "Sam".into();
    let d = compare(&old, &new);
    assert_eq!(d.section(EntryKind::Task).changed.len(), 1);
    assert_eq!(d.section(EntryKind::Task).unchanged, 9_999);
}

#[test]
fn ten_thousand_relationships_between_ten_thousand_people_compare_field_by_field() {
    let mut old = Canvas::new("big");
    old.id = "b".into();
    for i in 0..10_000 {
        old.add_stakeholder(Stakeholder { name: format!("person {i}"), ..Default::default() });
    }
    for i in 0..10_000 {
        let (from, to) = (format!("S{}", i + 1), format!("S{}", (i + 1) % 10_000 + 1));
        old.add_relationship(Relationship { from, to, ..Default::default() });
    }
    let mut new = old.clone();
    new.id = "other".into();
    new.relationships[5].health = Some(Health::Broken);
    let d = compare(&old, &new);
    assert_eq!(d.section(EntryKind::Relationship).changed.len(), 1);
}

#[test]
fn rows_pair_both_sides_in_the_newer_order_then_the_removed() {
    let old = base();
    let mut new = base();
    new.stakeholders.remove(0);
    new.stakeholders[0].stance = Some(crate::model::Stance::Champion);
    new.add_stakeholder(Stakeholder { name: "Vendor".into(), ..Default::default() });
    let d = compare(&old, &new);
    let rows = &d.section(EntryKind::Stakeholder).rows;
    let shape: Vec<_> = rows.iter().map(|r| (r.old, r.new, r.mark.symbol())).collect();
    assert_eq!(
        shape,
        [(Some(1), Some(0), '~'), (Some(2), Some(1), ' '), (None, Some(2), '+'), (Some(0), None, '-')]
    );
}

/// Changes each described field of a blank entry of kind `E` in turn: the diff names that one
/// field, under its file name, with the value people read.
fn each_described_field_is_compared<E: Entry + Default>(
    add: fn(&mut Canvas, E) -> String,
    at: fn(&mut Canvas) -> &mut E,
) {
    let mut old = base();
    add(&mut old, E::default());
    for spec in E::FIELDS {
        let mut new = old.clone();
        (spec.set)(at(&mut new), crate::model::samples::sample(spec.shape));
        let d = compare(&old, &new);
        let changed = &d.section(E::KIND).changed;
        assert_eq!(changed.len(), 1, "{:?} {}", E::KIND, spec.name);
        let fields: Vec<_> = changed[0].fields.iter().map(|f| (f.field, f.new.as_str())).collect();
        let mut probe = new.clone();
        let shown = spec.shown(at(&mut probe), &new.names());
        assert_eq!(fields, [(spec.name, shown.as_str())], "{:?}", E::KIND);
        assert!(!shown.is_empty());
    }
}

#[test]
fn every_described_field_is_compared_under_its_file_name() {
    each_described_field_is_compared::<Stakeholder>(Canvas::add_stakeholder, |c| &mut c.stakeholders[3]);
    each_described_field_is_compared::<Relationship>(Canvas::add_relationship, |c| &mut c.relationships[2]);
    each_described_field_is_compared::<Task>(Canvas::add_task, |c| &mut c.tasks[1]);
    each_described_field_is_compared::<Action>(Canvas::add_action, |c| &mut c.actions[1]);
}

#[test]
fn a_parked_question_is_a_change() {
    let old = base();
    let mut new = old.clone();
    new.parking.push("Who pays after 2027?".into());
    let d = compare(&old, &new);
    assert!(!d.is_empty(), "a new parked question is a difference");
    let parked: Vec<_> = d.context.iter().filter(|f| f.field == "parking").map(|f| f.new.as_str()).collect();
    assert_eq!(parked, ["Who pays after 2027?"]);
}
