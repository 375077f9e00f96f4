//! An entry's form, built from its kind's field descriptions and written back through them.

use super::{Check, Field, Form, Target};
use crate::model::{Canvas, Described, FieldKey, FieldSpec, FieldValue, Phase, Shape};

/// The stakeholders as a person field offers them: `S1 Name`.
fn people(c: &Canvas) -> Vec<String> {
    c.stakeholders.iter().map(|s| format!("{} {}", s.id, s.name)).collect()
}

/// The form's line for one described field, filled with its value in `e`.
pub(crate) fn field<E: Described>(spec: &FieldSpec<E>, e: &E, c: &Canvas) -> Field {
    let (key, label, value) = (spec.key, spec.label, (spec.get)(e));
    let field = match spec.shape {
        Shape::Text => Field::text(key, label, &value.into_text(), Check::Free),
        Shape::Date => Field::text(key, label, &value.render(spec.shape, None), Check::Date),
        Shape::Dates => Field::text(key, label, &value.render(spec.shape, None), Check::Dates),
        Shape::Number => Field::text(key, label, &value.render(spec.shape, None), Check::Number),
        Shape::Scale { min, max } => Field::scale(key, label, min, max, value.scale()),
        Shape::Choice(labels) => {
            let mut field =
                Field::pick(key, label, labels.iter().map(|l| l.to_string()).collect(), value.index());
            field.words = Some(labels);
            field
        }
        Shape::Phases => {
            let on = value.into_phases();
            let options = Phase::ALL.iter().map(|p| p.to_string()).collect();
            let mut field =
                Field::toggles(key, label, options, Phase::ALL.iter().map(|p| on.contains(p)).collect());
            field.words = Some(<Phase as crate::model::Vocabulary>::LABELS);
            field
        }
        Shape::Person => {
            let id = value.into_text();
            let index = c.stakeholders.iter().position(|s| s.id == id);
            Field::pick(key, label, people(c), index)
        }
    };
    let field =
        if spec.key == FieldKey::Owner { field.completing(super::complete::owner_names(c)) } else { field };
    if spec.required { field.needed() } else { field }
}

/// What the form holds for one described field, as the value to write back.
pub(crate) fn value<E>(spec: &FieldSpec<E>, form: &Form, c: &Canvas) -> FieldValue {
    let key = spec.key;
    match spec.shape {
        Shape::Text => FieldValue::Text(form.text(key)),
        Shape::Date => FieldValue::Date(form.date(key)),
        Shape::Dates => {
            FieldValue::Dates(crate::import::days(&form.text(key), form.lang).unwrap_or_default())
        }
        Shape::Number => FieldValue::Number(form.text(key).parse().unwrap_or(0)),
        Shape::Scale { .. } => FieldValue::Scale(form.scale(key)),
        Shape::Choice(_) => FieldValue::Choice(form.index(key)),
        Shape::Phases => FieldValue::Phases(form.toggled(key, Phase::ALL)),
        Shape::Person => {
            let person = form.index(key).and_then(|i| c.stakeholders.get(i));
            FieldValue::Text(person.map(|s| s.id.clone()).unwrap_or_default())
        }
    }
}

/// The form for entry `e` at `index` of its section: one line per described field.
pub(crate) fn form<E: Described>(c: &Canvas, e: &E, index: usize) -> Form {
    let noun = E::KIND.noun();
    let title = format!("{}{} {}", noun[..1].to_uppercase(), &noun[1..], e.id());
    let fields = E::FIELDS.iter().map(|spec| field(spec, e, c)).collect();
    Form::new(Target::Entry(E::KIND, index), title, fields)
}

/// Writes every described field the form holds into `e`.
pub(crate) fn write<E: Described>(e: &mut E, values: Vec<FieldValue>) {
    for (spec, value) in E::FIELDS.iter().zip(values) {
        (spec.set)(e, value);
    }
}

/// The values the form holds for every described field of `E`, in file order.
pub(crate) fn values<E: Described>(form: &Form, c: &Canvas) -> Vec<FieldValue> {
    E::FIELDS.iter().map(|spec| value(spec, form, c)).collect()
}
