//! An adoption action's fields, the indicator's five among them (its readings are a list, not a
//! field: the loop review adds them).

use super::{Described, FieldKey, FieldSpec, FieldValue, PlanCell, PlanCell::Column, Shape, Summary};
use crate::model::{Action, ActionStatus, Driver, EntryKind, Indicator, IndicatorKind, LoopState, Phase};

/// One of the indicator's values, or its default when there is no indicator.
fn indicator<T: Default>(a: &Action, part: impl FnOnce(&Indicator) -> T) -> T {
    a.indicator.as_ref().map(part).unwrap_or_default()
}

/// Changes the indicator, and drops it when nothing about it is left.
fn set_indicator(a: &mut Action, change: impl FnOnce(&mut Indicator)) {
    let mut ind = a.indicator.take().unwrap_or_default();
    change(&mut ind);
    a.indicator = (!ind.is_empty()).then_some(ind);
}

/// A text field of the indicator, under `name` inside `indicator` in the file.
const fn indicator_text(
    key: FieldKey,
    name: &'static str,
    label: &'static str,
    file_name: &'static str,
    get: fn(&Action) -> FieldValue,
    set: fn(&mut Action, FieldValue),
) -> FieldSpec<Action> {
    FieldSpec::new(key, name, label, Shape::Text, get, set).nested("indicator", file_name)
}

impl Described for Action {
    const KIND: EntryKind = EntryKind::Action;
    const FIELDS: &'static [FieldSpec<Action>] = &[
        text!(Title, "title", "title (We will…)", title).needed().plan(Column("Action")),
        text!(Owner, "owner", "owner", owner).summary(Summary::plain(1)).plan(Column("Owner")),
        text!(BusinessLine, "business_line", "business line", business_line).plan(Column("Business line")),
        date!(Due, "due", "due (date, +2w, fri)", due)
            .summary(Summary::prefixed(2, "due "))
            .plan(Column("Due")),
        choice!(Phase, "phase", "phase", Phase, phase).plan(Column("Phase")),
        choice!(Driver, "driver", "value driver", Driver, driver).plan(Column("Driver")),
        indicator_text(
            FieldKey::Indicator,
            "indicator",
            "indicator",
            "name",
            |a| FieldValue::Text(indicator(a, |i| i.name.clone())),
            |a, v| set_indicator(a, |i| i.name = v.into_text()),
        )
        .plan(Column("Indicator")),
        indicator_text(
            FieldKey::Unit,
            "unit",
            "unit",
            "unit",
            |a| FieldValue::Text(indicator(a, |i| i.unit.clone())),
            |a, v| set_indicator(a, |i| i.unit = v.into_text()),
        ),
        indicator_text(
            FieldKey::Baseline,
            "baseline",
            "baseline",
            "baseline",
            |a| FieldValue::Text(indicator(a, |i| i.baseline.clone())),
            |a, v| set_indicator(a, |i| i.baseline = v.into_text()),
        )
        .plan(Column("Baseline → target")),
        FieldSpec::<Self>::new(
            FieldKey::BaselineDate,
            "baseline_date",
            "baseline date",
            Shape::Date,
            |a| FieldValue::Date(indicator(a, |i| i.baseline_date)),
            |a, v| set_indicator(a, |i| i.baseline_date = v.day()),
        )
        .nested("indicator", "baseline_date"),
        indicator_text(
            FieldKey::Target,
            "target",
            "target",
            "target",
            |a| FieldValue::Text(indicator(a, |i| i.target.clone())),
            |a, v| set_indicator(a, |i| i.target = v.into_text()),
        )
        .plan(PlanCell::Joined { to: FieldKey::Baseline, between: " → " }),
        FieldSpec::<Self>::new(
            FieldKey::IndicatorKind,
            "indicator_kind",
            "leading / lagging",
            Shape::choice::<IndicatorKind>(),
            |a| FieldValue::of(indicator(a, |i| i.kind)),
            |a, v| set_indicator(a, |i| i.kind = v.chosen()),
        )
        .nested("indicator", "kind")
        .plan(PlanCell::Bracketed { to: FieldKey::Indicator }),
        // The plan shows the benefit in the value scorecard, beside the indicator's progress.
        text!(Benefit, "benefit", "benefit", benefit),
        text!(Cost, "cost", "cost (8000 EUR)", cost),
        text!(Gain, "gain", "gain (60000 EUR)", gain),
        date!(Review, "review", "next loop review (date, +2w)", review).plan(Column("Review")),
        choice!(Status, "status", "status", ActionStatus, status)
            .summary(Summary::plain(3))
            .plan(Column("Status")),
        choice!(Loop, "loop", "loop", LoopState, loop_state)
            .summary(Summary::prefixed(4, "loop "))
            .plan(Column("Loop")),
        number!(Votes, "votes", "votes", votes).summary(Summary::suffixed(5, " ●")).plan(Column("Votes")),
        text!(Notes, "notes", "notes", notes).plan(Column("Notes")),
    ];

    fn id(&self) -> &str {
        &self.id
    }
}
