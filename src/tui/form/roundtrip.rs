//! Every described field of every kind goes through the form and back unchanged: a new field
//! needs only its description for the form to edit it.

use std::fmt::Debug;

use super::{Target, apply, form_for};
use crate::model::samples::{sample, unset};
use crate::model::*;

/// Fills an entry of kind `E` through its descriptions, opens its form, saves it over the same
/// entry with every field cleared, and checks every field reads back as it was.
fn through_the_form<E: Described + Default + PartialEq + Debug>(
    add: fn(&mut Canvas, E) -> String,
    at: fn(&mut Canvas) -> &mut E,
) {
    let mut c = Canvas::new("t");
    c.add_stakeholder(Stakeholder { name: "Ana".into(), ..Default::default() });
    c.add_stakeholder(Stakeholder { name: "Bo".into(), ..Default::default() });
    let mut full = E::default();
    for spec in E::FIELDS {
        (spec.set)(&mut full, sample(spec.shape));
    }
    add(&mut c, full);
    let mut form = form_for(&c, Target::Entry(E::KIND, c.len_of(E::KIND) - 1));
    let keys: Vec<super::Key> = form.fields.iter().map(|f| f.key).collect();
    let described: Vec<super::Key> = E::FIELDS.iter().map(|s| s.key.into()).collect();
    assert_eq!(keys, described, "{:?}: the form has a line per described field", E::KIND);
    assert!(form.check_all(), "{:?}: {:?}", E::KIND, form.fields[form.focus].error);
    let mut saved = c.clone();
    for spec in E::FIELDS {
        (spec.set)(at(&mut saved), unset(spec.shape));
        assert!((spec.get)(at(&mut saved)).is_unset(), "{:?} {} cleared", E::KIND, spec.name);
    }
    apply(&mut saved, &form);
    for spec in E::FIELDS {
        assert_eq!((spec.get)(at(&mut saved)), sample(spec.shape), "{:?} {}", E::KIND, spec.name);
    }
    assert_eq!(saved, c);
}

#[test]
fn every_described_field_goes_through_the_form_and_back() {
    through_the_form::<Stakeholder>(Canvas::add_stakeholder, |c| &mut c.stakeholders[2]);
    through_the_form::<Relationship>(Canvas::add_relationship, |c| &mut c.relationships[0]);
    through_the_form::<Task>(Canvas::add_task, |c| &mut c.tasks[0]);
    through_the_form::<Action>(Canvas::add_action, |c| &mut c.actions[0]);
}
