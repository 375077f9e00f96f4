//! What a field holds: its shape (how it is edited and checked) and its value.

use crate::model::{Day, Names, Phase, Vocabulary};

/// What a field holds, and so how it is edited and checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Free text on one line.
    Text,
    /// A real day, `YYYY-MM-DD`, or none.
    Date,
    /// Real days in date order, written `YYYY-MM-DD` and separated by commas.
    Dates,
    /// A whole number, 0 when unset.
    Number,
    /// A number from `min` to `max`, or none.
    Scale {
        /// Lowest value.
        min: u8,
        /// Highest value.
        max: u8,
    },
    /// One value of a vocabulary (its labels, in file order), or none.
    Choice(&'static [&'static str]),
    /// Any of the four phases.
    Phases,
    /// A stakeholder, by id.
    Person,
}

impl Shape {
    /// A choice among the values of vocabulary `T`.
    pub const fn choice<T: Vocabulary>() -> Shape {
        Shape::Choice(T::LABELS)
    }
}

/// A field's value, read from an entry or to be written back to one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldValue {
    /// Text, or a stakeholder's id for a [`Shape::Person`].
    Text(String),
    /// A day, or none.
    Date(Option<Day>),
    /// Days, in date order.
    Dates(Vec<Day>),
    /// A whole number.
    Number(u32),
    /// A number on a scale, or none.
    Scale(Option<u8>),
    /// The index of the chosen value in its vocabulary, or none.
    Choice(Option<usize>),
    /// Phases switched on, in file order.
    Phases(Vec<Phase>),
}

impl FieldValue {
    /// The choice of a vocabulary value.
    pub fn of<T: Vocabulary>(value: Option<T>) -> FieldValue {
        FieldValue::Choice(value.and_then(|v| T::VALUES.iter().position(|x| *x == v)))
    }

    /// The text, or an empty string for another kind of value.
    pub fn into_text(self) -> String {
        match self {
            FieldValue::Text(t) => t,
            _ => String::new(),
        }
    }

    /// The day, if this is a date that is set.
    pub fn day(&self) -> Option<Day> {
        match self {
            FieldValue::Date(d) => *d,
            _ => None,
        }
    }

    /// The days, or none for another kind of value.
    pub fn into_days(self) -> Vec<Day> {
        match self {
            FieldValue::Dates(d) => d,
            _ => Vec::new(),
        }
    }

    /// The number, or 0 for another kind of value.
    pub fn number(&self) -> u32 {
        match self {
            FieldValue::Number(n) => *n,
            _ => 0,
        }
    }

    /// The scale's value, if set.
    pub fn scale(&self) -> Option<u8> {
        match self {
            FieldValue::Scale(v) => *v,
            _ => None,
        }
    }

    /// The index of the chosen value, if any.
    pub fn index(&self) -> Option<usize> {
        match self {
            FieldValue::Choice(i) => *i,
            _ => None,
        }
    }

    /// The chosen vocabulary value, if any.
    pub fn chosen<T: Vocabulary>(&self) -> Option<T> {
        self.index().and_then(|i| T::VALUES.get(i).copied())
    }

    /// The phases, or none for another kind of value.
    pub fn into_phases(self) -> Vec<Phase> {
        match self {
            FieldValue::Phases(p) => p,
            _ => Vec::new(),
        }
    }

    /// True when the file leaves it out: empty text, no value, zero, no phases.
    pub fn is_unset(&self) -> bool {
        match self {
            FieldValue::Text(t) => t.is_empty(),
            FieldValue::Date(d) => d.is_none(),
            FieldValue::Dates(d) => d.is_empty(),
            FieldValue::Number(n) => *n == 0,
            FieldValue::Scale(v) => v.is_none(),
            FieldValue::Choice(i) => i.is_none(),
            FieldValue::Phases(p) => p.is_empty(),
        }
    }

    /// True when this kind of value is what a field of `shape` holds.
    pub fn fits(&self, shape: Shape) -> bool {
        matches!(
            (self, shape),
            (FieldValue::Text(_), Shape::Text | Shape::Person)
                | (FieldValue::Date(_), Shape::Date)
                | (FieldValue::Dates(_), Shape::Dates)
                | (FieldValue::Number(_), Shape::Number)
                | (FieldValue::Scale(_), Shape::Scale { .. })
                | (FieldValue::Choice(_), Shape::Choice(_))
                | (FieldValue::Phases(_), Shape::Phases)
        )
    }

    /// The value as text; with `names`, a stakeholder reference shows the name instead of the id.
    pub fn render(self, shape: Shape, names: Option<&Names>) -> String {
        match (self, shape) {
            (FieldValue::Text(id), Shape::Person) => match names {
                Some(names) => names.of(&id).to_string(),
                None => id,
            },
            (FieldValue::Text(t), _) => t,
            (FieldValue::Date(d), _) => d.map(|d| d.to_string()).unwrap_or_default(),
            (FieldValue::Dates(d), _) => d.iter().map(Day::to_string).collect::<Vec<_>>().join(", "),
            (FieldValue::Number(n), _) => n.to_string(),
            (FieldValue::Scale(v), _) => v.map(|v| v.to_string()).unwrap_or_default(),
            (FieldValue::Choice(i), Shape::Choice(labels)) => {
                i.and_then(|i| labels.get(i)).map(|l| l.to_string()).unwrap_or_default()
            }
            (FieldValue::Choice(_), _) => String::new(),
            (FieldValue::Phases(p), _) => p.iter().map(|p| p.label()).collect::<Vec<_>>().join(", "),
        }
    }
}
