//! A community management task's fields.

use super::{Described, FieldKey, FieldSpec, FieldValue, PlanCell::Column, Shape, Summary};
use crate::model::{Cadence, EntryKind, OwnerRole, Phase, Task, TaskStatus};

impl Described for Task {
    const KIND: EntryKind = EntryKind::Task;
    const FIELDS: &'static [FieldSpec<Task>] = &[
        text!(Title, "title", "title", title).needed().plan(Column("Task")),
        text!(Owner, "owner", "owner", owner).summary(Summary::plain(1)).plan(Column("Owner")),
        choice!(OwnerRole, "owner_role", "owner role", OwnerRole, owner_role).plan(Column("Role")),
        // The plan groups tasks by phase instead of giving it a column.
        choice!(Phase, "phase", "phase", Phase, phase).summary(Summary::plain(2)),
        choice!(Cadence, "cadence", "cadence", Cadence, cadence)
            .summary(Summary::plain(3))
            .plan(Column("Cadence")),
        choice!(Status, "status", "status", TaskStatus, status)
            .summary(Summary::plain(4))
            .plan(Column("Status")),
        // Marked at the loop review (`L`); the form shows them to correct a mistake.
        FieldSpec::<Self>::new(
            FieldKey::Held,
            "held",
            "held on (dates, comma-separated)",
            Shape::Dates,
            |t| FieldValue::Dates(t.held.clone()),
            |t, v| {
                t.held = v.into_days();
                t.held.sort();
                t.held.dedup();
            },
        ),
        number!(Votes, "votes", "votes", votes).summary(Summary::suffixed(5, " ●")).plan(Column("Votes")),
        text!(Notes, "notes", "notes", notes).plan(Column("Notes")),
    ];

    fn id(&self) -> &str {
        &self.id
    }
}
