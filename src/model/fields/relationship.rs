//! A relationship's fields.

use super::{Described, FieldKey, FieldSpec, FieldValue, PlanCell::Column, Shape, Summary};
use crate::model::{Boundary, Change, Direction, EntryKind, Health, Relationship};

impl Described for Relationship {
    const KIND: EntryKind = EntryKind::Relationship;
    const FIELDS: &'static [FieldSpec<Relationship>] = &[
        FieldSpec::<Self>::new(
            FieldKey::From,
            "from",
            "from",
            Shape::Person,
            |r| FieldValue::Text(r.from.clone()),
            |r, v| r.from = v.into_text(),
        )
        .needed()
        .plan(Column("From")),
        FieldSpec::<Self>::new(
            FieldKey::To,
            "to",
            "to",
            Shape::Person,
            |r| FieldValue::Text(r.to.clone()),
            |r, v| r.to = v.into_text(),
        )
        .needed()
        .plan(Column("To")),
        text!(Exchange, "exchange", "exchange (what flows)", exchange)
            .summary(Summary::plain(1))
            .plan(Column("Exchange")),
        choice!(Direction, "direction", "direction", Direction, direction).plan(Column("Direction")),
        choice!(Boundary, "boundary", "boundary", Boundary, boundary).plan(Column("Boundary")),
        scale!(Strength, "strength", "strength", 0..=3, strength)
            .summary(Summary::prefixed(4, "strength "))
            .plan(Column("Strength")),
        choice!(Health, "health", "health", Health, health).summary(Summary::plain(2)).plan(Column("Health")),
        choice!(Change, "change", "change", Change, change).summary(Summary::plain(3)).plan(Column("Change")),
        FieldSpec::<Self>::new(
            FieldKey::Phases,
            "phases",
            "phases",
            Shape::Phases,
            |r| FieldValue::Phases(r.phases.clone()),
            |r, v| r.phases = v.into_phases(),
        )
        .summary(Summary::plain(5))
        .plan(Column("Phases")),
        text!(Notes, "notes", "notes", notes).plan(Column("Notes")),
    ];

    fn id(&self) -> &str {
        &self.id
    }
}
