//! The value scorecard: the live actions grouped by Terry's value drivers, each with its
//! indicator's progress and trend, so the plan shows what value each loop is bringing.

use super::{Action, ActionStatus, Canvas, Driver, Measured};

/// One action on the scorecard, with what its readings say.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreRow<'a> {
    /// The action.
    pub action: &'a Action,
    /// Its indicator's progress; `None` when it has no indicator.
    pub measured: Option<Measured>,
    /// The baseline and readings as numbers, when at least two are.
    pub trend: Option<Vec<f64>>,
}

impl ScoreRow<'_> {
    /// The indicator's baseline → latest reading → target, `?` for what is missing:
    /// `5 days → 19 hours (2026-08-28) → 24 hours`.
    pub fn path(&self) -> String {
        let Some(ind) = self.action.indicator() else { return String::new() };
        let or_unknown = |s: &str| if s.trim().is_empty() { "?".to_string() } else { s.to_string() };
        let latest = ind.latest().map_or_else(|| "?".to_string(), |r| format!("{} ({})", r.value, r.date));
        format!("{} → {latest} → {}", or_unknown(&ind.baseline), or_unknown(&ind.target))
    }
}

/// A value driver's actions.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreGroup<'a> {
    /// The driver; `None` for actions that name none.
    pub driver: Option<Driver>,
    /// Its actions, in plan order.
    pub rows: Vec<ScoreRow<'a>>,
}

/// Every action not dropped, grouped by value driver in the design's order (Growth,
/// Effectiveness, Velocity, Protection), then those with no driver; empty groups left out.
pub fn scorecard(c: &Canvas) -> Vec<ScoreGroup<'_>> {
    let drivers = Driver::ALL.iter().copied().map(Some).chain([None]);
    let live = || c.actions.iter().filter(|a| a.status != Some(ActionStatus::Dropped));
    drivers
        .map(|driver| ScoreGroup {
            driver,
            rows: live()
                .filter(|a| a.driver == driver)
                .map(|action| ScoreRow {
                    action,
                    measured: action.indicator().map(|i| i.measured(c.language)),
                    trend: action.indicator().and_then(|i| i.trend(c.language)),
                })
                .collect(),
        })
        .filter(|g| !g.rows.is_empty())
        .collect()
}

/// The value drivers the room gave an answer for that no live action serves: the scorecard
/// says so rather than leaving them out.
pub fn unserved_drivers(c: &Canvas) -> Vec<Driver> {
    let served =
        |d: Driver| c.actions.iter().any(|a| a.driver == Some(d) && a.status != Some(ActionStatus::Dropped));
    let asked = |d: Driver| c.context.drivers.iter().any(|a| a.driver == d && !a.answer.trim().is_empty());
    Driver::ALL.iter().copied().filter(|d| asked(*d) && !served(*d)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Day, Indicator, Reading};

    #[test]
    fn a_driver_the_room_asked_for_with_only_dropped_actions_is_unserved() {
        let mut c = Canvas::new("t");
        c.context
            .drivers
            .push(crate::model::DriverAnswer { driver: Driver::Protection, answer: "Fewer repeats".into() });
        c.context.drivers.push(crate::model::DriverAnswer { driver: Driver::Growth, answer: "More".into() });
        c.add_action(Action {
            title: "x".into(),
            driver: Some(Driver::Protection),
            status: Some(ActionStatus::Dropped),
            ..Default::default()
        });
        c.add_action(Action { title: "y".into(), driver: Some(Driver::Growth), ..Default::default() });
        assert_eq!(unserved_drivers(&c), [Driver::Protection]);
    }

    #[test]
    fn actions_group_by_driver_in_order_and_dropped_ones_leave() {
        let mut c = Canvas::new("t");
        let add = |c: &mut Canvas, driver, status| {
            c.add_action(Action { title: "x".into(), driver, status, ..Default::default() });
        };
        add(&mut c, Some(Driver::Velocity), None);
        add(&mut c, None, None);
        add(&mut c, Some(Driver::Growth), None);
        add(&mut c, Some(Driver::Velocity), Some(ActionStatus::Done));
        add(&mut c, Some(Driver::Protection), Some(ActionStatus::Dropped));
        let groups: Vec<_> = scorecard(&c)
            .into_iter()
            .map(|g| (g.driver, g.rows.iter().map(|r| r.action.id.as_str()).collect::<Vec<_>>()))
            .collect();
        assert_eq!(
            groups,
            [
                (Some(Driver::Growth), vec!["A3"]),
                (Some(Driver::Velocity), vec!["A1", "A4"]),
                (None, vec!["A2"])
            ]
        );
    }

    #[test]
    fn a_row_reads_its_progress_trend_and_path() {
        let mut c = Canvas::new("t");
        let reading = |d, v: &str| Reading {
            date: Day::new(2026, 8, d).unwrap(),
            value: v.into(),
            note: String::new(),
        };
        let indicator = Indicator {
            name: "median".into(),
            baseline: "5 days".into(),
            target: "24 hours".into(),
            readings: vec![reading(1, "40 hours"), reading(28, "19 hours")],
            ..Default::default()
        };
        c.add_action(Action { title: "x".into(), indicator: Some(indicator), ..Default::default() });
        c.add_action(Action { title: "y".into(), ..Default::default() });
        let card = scorecard(&c);
        let rows = &card[0].rows;
        assert_eq!(rows[0].measured.map(|m| m.label()), Some("105%".into()));
        assert_eq!(rows[0].trend, Some(vec![120.0, 40.0, 19.0]));
        assert_eq!(rows[0].path(), "5 days → 19 hours (2026-08-28) → 24 hours");
        assert_eq!((rows[1].measured, rows[1].path()), (None, String::new()));
    }
}
