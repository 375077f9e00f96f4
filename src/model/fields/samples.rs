//! Values of every shape for tests that walk the descriptions.

use super::{FieldValue, Shape};
use crate::model::{Day, Phase};

/// A set value of the shape, different from the unset one; a person is `S2`.
pub fn sample(shape: Shape) -> FieldValue {
    match shape {
        Shape::Text => FieldValue::Text("some text".into()),
        Shape::Person => FieldValue::Text("S2".into()),
        Shape::Date => FieldValue::Date(Day::new(2027, 3, 4)),
        Shape::Dates => {
            FieldValue::Dates([Day::new(2027, 3, 4), Day::new(2027, 3, 11)].into_iter().flatten().collect())
        }
        Shape::Number => FieldValue::Number(7),
        Shape::Scale { max, .. } => FieldValue::Scale(Some(max)),
        Shape::Choice(labels) => FieldValue::Choice(Some(labels.len() - 1)),
        Shape::Phases => FieldValue::Phases(vec![Phase::Share, Phase::Innovate]),
    }
}

/// The unset value of the shape: what the file leaves out.
pub fn unset(shape: Shape) -> FieldValue {
    match shape {
        Shape::Text | Shape::Person => FieldValue::Text(String::new()),
        Shape::Date => FieldValue::Date(None),
        Shape::Dates => FieldValue::Dates(Vec::new()),
        Shape::Number => FieldValue::Number(0),
        Shape::Scale { .. } => FieldValue::Scale(None),
        Shape::Choice(_) => FieldValue::Choice(None),
        Shape::Phases => FieldValue::Phases(Vec::new()),
    }
}
