//! Each entry kind's fields, described once: the form, the summary line, the diff, the CSV, the
//! plan and validation all read these descriptions.
//!
//! Adding a field is the field in its struct (`entries.rs`, for serde) and one line in its kind's
//! list here, in file order: its typed key (a new [`FieldKey`] when no kind has one yet), file
//! name, label and shape, and where it shows. The tests then ask for it in the filled entries
//! they build field by field, and walk it through serde, the form, the diff, the plan and
//! validation.

/// A text field kept in the entry's `String` field `$field`.
macro_rules! text {
    ($key:ident, $name:literal, $label:literal, $field:ident) => {
        $crate::model::fields::FieldSpec::<Self>::new(
            $crate::model::fields::FieldKey::$key,
            $name,
            $label,
            $crate::model::fields::Shape::Text,
            |e| $crate::model::fields::FieldValue::Text(e.$field.clone()),
            |e, v| e.$field = v.into_text(),
        )
    };
}

/// A choice among vocabulary `$vocabulary`, kept in the entry's `Option` field `$field`.
macro_rules! choice {
    ($key:ident, $name:literal, $label:literal, $vocabulary:ty, $field:ident) => {
        $crate::model::fields::FieldSpec::<Self>::new(
            $crate::model::fields::FieldKey::$key,
            $name,
            $label,
            $crate::model::fields::Shape::choice::<$vocabulary>(),
            |e| $crate::model::fields::FieldValue::of::<$vocabulary>(e.$field),
            |e, v| e.$field = v.chosen::<$vocabulary>(),
        )
    };
}

/// A scale from `$min` to `$max`, kept in the entry's `Option<u8>` field `$field`.
macro_rules! scale {
    ($key:ident, $name:literal, $label:literal, $min:literal ..= $max:literal, $field:ident) => {
        $crate::model::fields::FieldSpec::<Self>::new(
            $crate::model::fields::FieldKey::$key,
            $name,
            $label,
            $crate::model::fields::Shape::Scale { min: $min, max: $max },
            |e| $crate::model::fields::FieldValue::Scale(e.$field),
            |e, v| e.$field = v.scale(),
        )
    };
}

/// A date, kept in the entry's `Option<Day>` field `$field`.
macro_rules! date {
    ($key:ident, $name:literal, $label:literal, $field:ident) => {
        $crate::model::fields::FieldSpec::<Self>::new(
            $crate::model::fields::FieldKey::$key,
            $name,
            $label,
            $crate::model::fields::Shape::Date,
            |e| $crate::model::fields::FieldValue::Date(e.$field),
            |e, v| e.$field = v.day(),
        )
    };
}

/// A whole number, kept in the entry's `u32` field `$field`.
macro_rules! number {
    ($key:ident, $name:literal, $label:literal, $field:ident) => {
        $crate::model::fields::FieldSpec::<Self>::new(
            $crate::model::fields::FieldKey::$key,
            $name,
            $label,
            $crate::model::fields::Shape::Number,
            |e| $crate::model::fields::FieldValue::Number(e.$field),
            |e, v| e.$field = v.number(),
        )
    };
}

mod action;
mod relationship;
#[cfg(test)]
pub(crate) mod samples;
mod spec;
mod stakeholder;
mod task;
#[cfg(test)]
mod tests;
mod value;

pub use spec::{Compare, Described, FieldSpec, FilePlace, PlanCell, Summary, summary_facts};
pub use value::{FieldValue, Shape};

/// The typed name of an entry's field; one key names the same idea in every kind that has it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldKey {
    /// A stakeholder's name.
    Name,
    /// Whether a stakeholder is one person or a group.
    Kind,
    /// A stakeholder's role.
    Role,
    /// What a stakeholder cares about.
    Interests,
    /// A stakeholder's power over the outcome.
    Power,
    /// A stakeholder's interest in the outcome.
    Interest,
    /// A stakeholder's attitude to the goal.
    Stance,
    /// The stance the plan wants a stakeholder to take.
    Desired,
    /// How a stakeholder will be engaged.
    Engagement,
    /// Facilitator notes.
    Notes,
    /// A relationship's first stakeholder.
    From,
    /// A relationship's second stakeholder.
    To,
    /// What flows along a relationship.
    Exchange,
    /// One way or both ways.
    Direction,
    /// The boundary a relationship crosses.
    Boundary,
    /// A relationship's strength.
    Strength,
    /// How well a relationship works.
    Health,
    /// What the plan does to a relationship.
    Change,
    /// The phases a relationship serves.
    Phases,
    /// A task's or action's title.
    Title,
    /// Who does it.
    Owner,
    /// The business line an action's owner sits in.
    BusinessLine,
    /// A task owner's role in the community.
    OwnerRole,
    /// The phase a task keeps alive or an action advances.
    Phase,
    /// How often a task happens.
    Cadence,
    /// Where a task or action stands.
    Status,
    /// The days a task's work happened.
    Held,
    /// Dots the room gave it.
    Votes,
    /// When an action is due.
    Due,
    /// The value driver an action serves.
    Driver,
    /// What an action's indicator measures.
    Indicator,
    /// The unit of the indicator's bare numbers.
    Unit,
    /// The indicator's value today.
    Baseline,
    /// The day the indicator's baseline was measured.
    BaselineDate,
    /// The indicator's value that means it worked.
    Target,
    /// Whether the indicator leads or lags.
    IndicatorKind,
    /// The value or return an action should bring.
    Benefit,
    /// What an action costs.
    Cost,
    /// What an action gains.
    Gain,
    /// When an action's loop is reviewed.
    Review,
    /// Whether an action's loop was closed.
    Loop,
}
