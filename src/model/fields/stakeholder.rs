//! A stakeholder's fields.

use super::{Described, FieldSpec, PlanCell::Column, Summary};
use crate::model::{EntryKind, Stakeholder, StakeholderKind, Stance};

impl Described for Stakeholder {
    const KIND: EntryKind = EntryKind::Stakeholder;
    const FIELDS: &'static [FieldSpec<Stakeholder>] = &[
        text!(Name, "name", "name", name).needed().plan(Column("Name")),
        choice!(Kind, "kind", "kind", StakeholderKind, kind).summary(Summary::plain(4)).plan(Column("Kind")),
        text!(Role, "role", "role", role).summary(Summary::plain(5)).plan(Column("Role")),
        text!(Interests, "interests", "interests", interests).plan(Column("Interests")),
        scale!(Power, "power", "power", 1..=5, power)
            .summary(Summary::prefixed(1, "power "))
            .plan(Column("Power")),
        scale!(Interest, "interest", "interest", 1..=5, interest)
            .summary(Summary::prefixed(2, "interest "))
            .plan(Column("Interest")),
        choice!(Stance, "stance", "stance", Stance, stance).summary(Summary::plain(3)).plan(Column("Stance")),
        choice!(Desired, "desired", "desired stance", Stance, desired).plan(Column("Desired stance")),
        text!(Engagement, "engagement", "engagement approach", engagement).plan(Column("Engagement")),
        text!(Notes, "notes", "notes", notes).plan(Column("Notes")),
    ];

    fn id(&self) -> &str {
        &self.id
    }
}
