//! The descriptions walked field by field: each reads back what it writes, writes only its own
//! field, names the field as serde writes it, and every field of every entry is described.

use std::collections::BTreeSet;
use std::fmt::Debug;

use ron::Value;
use serde::Serialize;

use super::samples::{sample, unset};
use super::*;
use crate::model::*;

/// The entry as serde writes it, as a map from field name to value.
fn file_map<E: Serialize>(e: &E) -> ron::Map {
    match ron::from_str::<Value>(&ron::to_string(e).unwrap()).unwrap() {
        Value::Map(m) => m,
        other => panic!("an entry is written as a map, found {other:?}"),
    }
}

/// The value at `path` in a written entry, looking through `Some`.
fn at<'a>(map: &'a ron::Map, path: &[&str]) -> Option<&'a Value> {
    let (first, rest) = path.split_first()?;
    let mut value = map.get(&Value::String(first.to_string()))?;
    while let Value::Option(Some(inner)) = value {
        value = inner;
    }
    match (rest.is_empty(), value) {
        (true, v) => Some(v),
        (false, Value::Map(inner)) => at(inner, rest),
        _ => None,
    }
}

fn walk<E: Described + Default + PartialEq + Debug + Serialize>() {
    let keys: BTreeSet<_> = E::FIELDS.iter().map(|f| format!("{:?}", f.key)).collect();
    let names: BTreeSet<_> = E::FIELDS.iter().map(|f| f.name).collect();
    assert_eq!(keys.len(), E::FIELDS.len(), "{:?}: each key names one field", E::KIND);
    assert_eq!(names.len(), E::FIELDS.len(), "{:?}: each name names one field", E::KIND);
    let blank = file_map(&E::default());
    for spec in E::FIELDS {
        let (value, mut e) = (sample(spec.shape), E::default());
        assert!((spec.get)(&e).fits(spec.shape) && (spec.get)(&e).is_unset(), "{}", spec.name);
        (spec.set)(&mut e, value.clone());
        assert_eq!((spec.get)(&e), value, "{} reads back what it wrote", spec.name);
        for other in E::FIELDS.iter().filter(|o| o.key != spec.key) {
            assert!((other.get)(&e).is_unset(), "writing {} changed {}", spec.name, other.name);
        }
        let written = file_map(&e);
        let path = spec.path();
        assert!(at(&written, &path).is_some(), "{} is written at {path:?}", spec.name);
        assert_ne!(at(&written, &path), at(&blank, &path), "{} changes what is at {path:?}", spec.name);
        for (k, v) in written.iter().filter(|(k, _)| **k != Value::String(path[0].into())) {
            assert_eq!(blank.get(k), Some(v), "writing {} changed {k:?} in the file", spec.name);
        }
        (spec.set)(&mut e, unset(spec.shape));
        assert_eq!(e, E::default(), "{} unset leaves nothing behind", spec.name);
    }
}

#[test]
fn every_field_reads_back_what_it_writes_and_is_written_under_its_name() {
    walk::<Stakeholder>();
    walk::<Relationship>();
    walk::<Task>();
    walk::<Action>();
}

/// Every field of a written entry (its id aside) is the file path of a description.
fn all_described<E: Described + Serialize>(full: &E) {
    let paths: BTreeSet<Vec<&str>> = E::FIELDS.iter().map(|f| f.path()).collect();
    let map = file_map(full);
    for (key, value) in map.iter() {
        let Value::String(key) = key else { panic!("{key:?}") };
        if key == "id" {
            continue;
        }
        match value {
            Value::Option(Some(inner)) if matches!(**inner, Value::Map(_)) => {
                let Value::Map(inner) = &**inner else { unreachable!() };
                for (sub, _) in inner.iter() {
                    let Value::String(sub) = sub else { panic!("{sub:?}") };
                    // Readings are a list the loop review adds to, not a field a form edits.
                    if (key.as_str(), sub.as_str()) == ("indicator", "readings") {
                        continue;
                    }
                    assert!(paths.contains(&vec![key.as_str(), sub.as_str()]), "{key}.{sub} is described");
                }
            }
            _ => assert!(paths.contains(&vec![key.as_str()]), "{:?}: {key} is described", E::KIND),
        }
    }
    for spec in E::FIELDS {
        assert!(!(spec.get)(full).is_unset(), "{} reads a filled entry", spec.name);
    }
}

// Built field by field without `..Default::default()`: a new field in a struct stops this
// compiling until it is filled here, and then the test fails until the field is described.
#[test]
fn every_field_of_every_entry_is_described() {
    let stakeholder = Stakeholder {
        id: "S1".into(),
        name: "n".into(),
        kind: Some(StakeholderKind::Group),
        role: "r".into(),
        interests: "i".into(),
        power: Some(4),
        interest: Some(2),
        stance: Some(Stance::Sceptic),
        desired: Some(Stance::Supporter),
        engagement: "e".into(),
        notes: "x".into(),
    };
    let relationship = Relationship {
        id: "R1".into(),
        from: "S1".into(),
        to: "S2".into(),
        exchange: "e".into(),
        direction: Some(Direction::TwoWay),
        boundary: Some(Boundary::External),
        strength: Some(2),
        health: Some(Health::AtRisk),
        change: Some(Change::Reconnect),
        phases: vec![Phase::Solve],
        notes: "x".into(),
    };
    let task = Task {
        id: "T1".into(),
        title: "t".into(),
        owner: "o".into(),
        owner_role: Some(OwnerRole::Leader),
        phase: Some(Phase::Share),
        cadence: Some(Cadence::Weekly),
        status: Some(TaskStatus::Active),
        held: vec![Day::new(2027, 1, 7).unwrap()],
        votes: 3,
        notes: "x".into(),
    };
    let indicator = Indicator {
        name: "n".into(),
        unit: "u".into(),
        baseline: "1".into(),
        baseline_date: Day::new(2026, 12, 1),
        target: "2".into(),
        kind: Some(IndicatorKind::Lagging),
        readings: vec![Reading {
            date: Day::new(2027, 1, 9).unwrap(),
            value: "1.5".into(),
            note: "n".into(),
        }],
    };
    let action = Action {
        id: "A1".into(),
        title: "t".into(),
        owner: "o".into(),
        business_line: "b".into(),
        due: Day::new(2027, 1, 2),
        phase: Some(Phase::Connect),
        driver: Some(Driver::Velocity),
        indicator: Some(indicator),
        benefit: "v".into(),
        cost: "8000 EUR".into(),
        gain: "60000 EUR".into(),
        review: Day::new(2027, 2, 3),
        status: Some(ActionStatus::Done),
        loop_state: Some(LoopState::Measured),
        votes: 1,
        notes: "x".into(),
    };
    all_described(&stakeholder);
    all_described(&relationship);
    all_described(&task);
    all_described(&action);
}

#[test]
fn the_summary_line_takes_its_facts_in_rank_order_and_leaves_out_what_is_unset() {
    let s = Stakeholder {
        role: "Head".into(),
        power: Some(4),
        stance: Some(Stance::Champion),
        ..Default::default()
    };
    assert_eq!(summary_facts(&s), ["power 4", "champion", "Head"]);
    let a = Action {
        owner: "Ana".into(),
        due: Day::new(2027, 1, 2),
        loop_state: Some(LoopState::Open),
        votes: 0,
        ..Default::default()
    };
    assert_eq!(summary_facts(&a), ["Ana", "due 2027-01-02", "loop open"]);
    let r =
        Relationship { phases: vec![Phase::Connect, Phase::Solve], strength: Some(0), ..Default::default() };
    assert_eq!(summary_facts(&r), ["strength 0", "Connect+Solve"]);
    let t = Task { votes: 3, ..Default::default() };
    assert_eq!(summary_facts(&t), ["3 ●"]);
}

#[test]
fn references_compare_as_references_and_everything_else_as_text() {
    for spec in Relationship::FIELDS {
        let reference = matches!(spec.shape, Shape::Person);
        assert_eq!(spec.compare == Compare::Reference, reference, "{}", spec.name);
    }
    assert!(Stakeholder::FIELDS.iter().all(|f| f.compare == Compare::Text));
}
