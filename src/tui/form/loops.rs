//! The loop review's two forms: an action's status, loop and next review, and a new reading of
//! its indicator.

use super::entry;
use super::{Check, Field, Form, ReadingKey, Target};
use crate::i18n::Tr;
use crate::model::{Action, Canvas, Day, Described, FieldKey, FieldSpec, LoopState, Reading};

/// What the loop review sets on every action.
const LOOP_FIELDS: [FieldKey; 3] = [FieldKey::Status, FieldKey::Loop, FieldKey::Review];

/// What it also asks of an action with no indicator yet, so there is something to measure.
const INDICATOR_FIELDS: [FieldKey; 4] =
    [FieldKey::Indicator, FieldKey::Unit, FieldKey::Baseline, FieldKey::Target];

/// The described fields the loop check of this action shows, in order.
fn loop_specs(a: &Action) -> Vec<&'static FieldSpec<Action>> {
    let extra: &[FieldKey] = if a.indicator().is_none() { &INDICATOR_FIELDS } else { &[] };
    LOOP_FIELDS.iter().chain(extra).filter_map(|k| Action::spec(*k)).collect()
}

/// The loop check of one action: its status, loop and next review, as the action's form has them;
/// what it says of the action in `tr`'s language.
pub(crate) fn loop_check(c: &Canvas, i: usize, tr: Tr) -> Form {
    let a = &c.actions[i];
    let mut about = vec![a.title.clone()];
    let who = [
        (!a.owner.is_empty()).then(|| tr.args("form-loop-owner", &[("owner", a.owner.as_str().into())])),
        a.due.map(|d| tr.args("form-loop-due", &[("date", d.to_string().into())])),
    ];
    about.push(who.into_iter().flatten().collect::<Vec<_>>().join(" · "));
    match a.indicator() {
        Some(ind) => {
            let latest = ind.latest().map_or_else(
                || tr.get("form-loop-no-reading"),
                |r| tr.args("form-loop-latest", &[("value", r.value.as_str().into())]),
            );
            let args = [
                ("name", ind.name.as_str().into()),
                ("baseline", ind.baseline.as_str().into()),
                ("target", ind.target.as_str().into()),
                ("latest", latest.into()),
            ];
            about.push(tr.args("form-loop-indicator", &args));
        }
        None => about.push(tr.get("form-loop-no-indicator")),
    }
    let fields = loop_specs(a).into_iter().map(|spec| entry::field(spec, a, c)).collect();
    let title = tr.args("form-loop-title", &[("id", a.id.as_str().into())]);
    let mut form = Form { about, ..Form::new(Target::LoopCheck(i), title, fields) };
    // An unset loop is open, as the loop review's list and detail say.
    if a.loop_state.is_none() {
        form.choose(FieldKey::Loop, LoopState::Open.label());
    }
    form
}

/// Writes a checked loop check back into its action.
pub(super) fn apply_loop_check(c: &mut Canvas, i: usize, f: &Form) {
    let specs = loop_specs(&c.actions[i]);
    let values: Vec<_> = specs.iter().map(|spec| (spec, entry::value(spec, f, c))).collect();
    for (spec, value) in values {
        (spec.set)(&mut c.actions[i], value);
    }
}

/// The reading form's field names: the English messages of `form-reading-date`, `-value` and
/// `-note` (the view words them in the screens' language).
pub(crate) const READING_LABELS: [&str; 3] =
    ["measured on (date, -3d)", "value measured", "where it comes from"];

/// A new reading of an action's indicator: the day (today unless changed), the value, a note;
/// what it says of the action in `tr`'s language.
pub(crate) fn reading_form(c: &Canvas, i: usize, day: Day, tr: Tr) -> Form {
    let a = &c.actions[i];
    let mut about = vec![format!("{} {}", a.id, a.title)];
    if let Some(ind) = a.indicator() {
        let args = [
            ("name", ind.name.as_str().into()),
            ("baseline", ind.baseline.as_str().into()),
            ("target", ind.target.as_str().into()),
            ("unit", ind.unit.as_str().into()),
        ];
        let key = if ind.unit.is_empty() { "form-reading-indicator" } else { "form-reading-indicator-unit" };
        about.push(tr.args(key, &args));
    }
    let [date, value, note] = READING_LABELS;
    let fields = vec![
        Field::text(ReadingKey::Date, date, &day.to_string(), Check::Date).needed(),
        Field::text(ReadingKey::Value, value, "", Check::Free).needed(),
        Field::text(ReadingKey::Note, note, "", Check::Free),
    ];
    let title = tr.args("form-reading-title", &[("id", a.id.as_str().into())]);
    Form { focus: 1, about, ..Form::new(Target::Reading(i, day), title, fields) }
}

/// Adds a checked reading form's reading to its action's indicator, in date order.
pub(super) fn apply_reading(c: &mut Canvas, i: usize, f: &Form) {
    let Some(date) = f.date(ReadingKey::Date) else { return };
    let reading = Reading { date, value: f.text(ReadingKey::Value), note: f.text(ReadingKey::Note) };
    c.actions[i].indicator.get_or_insert_with(Default::default).add_reading(reading);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ActionStatus, Indicator, LoopState};
    use ratatui::crossterm::event::{KeyCode, KeyEvent};

    fn canvas(indicator: Option<Indicator>) -> Canvas {
        let mut c = Canvas::new("t");
        c.add_action(Action { title: "Do".into(), indicator, ..Default::default() });
        c
    }

    fn type_in(form: &mut Form, text: &str) {
        for ch in text.chars() {
            form.key(KeyEvent::from(KeyCode::Char(ch)));
        }
    }

    #[test]
    fn a_reading_is_dated_today_unless_changed_and_lands_in_date_order() {
        let day = Day::new(2027, 3, 1).unwrap();
        let later = Reading { date: Day::new(2027, 4, 1).unwrap(), value: "30%".into(), note: String::new() };
        let ind = Indicator { name: "Answered".into(), readings: vec![later], ..Default::default() };
        let mut c = canvas(Some(ind));
        let mut form = reading_form(&c, 0, day, Tr::default());
        assert!(!form.check_all(), "the value is needed");
        form.focus = 1;
        type_in(&mut form, "20%");
        form.focus = 2;
        type_in(&mut form, "survey");
        assert!(form.check_all());
        apply_reading(&mut c, 0, &form);
        let readings = &c.actions[0].indicator.as_ref().unwrap().readings;
        assert_eq!(readings[0], Reading { date: day, value: "20%".into(), note: "survey".into() });
        assert_eq!(readings[1].value, "30%");
    }

    #[test]
    fn a_reading_can_be_dated_in_the_past_and_its_label_says_how() {
        let day = Day::new(2027, 3, 3).unwrap();
        for (typed, means) in [("yesterday", "2027-03-02"), ("-1w", "2027-02-24"), ("last mon", "2027-03-01")]
        {
            let mut c = canvas(Some(Indicator { name: "Answered".into(), ..Default::default() }));
            let mut form = reading_form(&c, 0, day, Tr::default());
            assert!(form.fields[0].label.contains("-3d"), "{}", form.fields[0].label);
            form.focus = 0;
            for _ in 0..10 {
                form.key(KeyEvent::from(KeyCode::Backspace));
            }
            type_in(&mut form, typed);
            form.focus = 1;
            type_in(&mut form, "20%");
            form.resolve_dates(day);
            assert!(form.check_all(), "{typed} is a day");
            apply_reading(&mut c, 0, &form);
            let readings = &c.actions[0].indicator.as_ref().unwrap().readings;
            assert_eq!(readings[0].date.to_string(), means, "{typed}");
        }
    }

    #[test]
    fn the_loop_check_asks_for_an_indicator_only_when_there_is_none() {
        let with = canvas(Some(Indicator { name: "Answered".into(), ..Default::default() }));
        assert_eq!(loop_check(&with, 0, Tr::default()).fields.len(), 3);
        let without = canvas(None);
        let form = loop_check(&without, 0, Tr::default());
        assert_eq!(form.fields.len(), 7);
        assert!(form.about.iter().any(|l| l.contains("no indicator yet")));
    }

    #[test]
    fn a_saved_loop_check_sets_status_loop_and_review() {
        let mut c = canvas(Some(Indicator { name: "Answered".into(), ..Default::default() }));
        let mut form = loop_check(&c, 0, Tr::default());
        form.key(KeyEvent::from(KeyCode::Char('d')));
        form.focus = 1;
        form.key(KeyEvent::from(KeyCode::Char('c')));
        form.focus = 2;
        type_in(&mut form, "2027-06-01");
        assert!(form.check_all());
        apply_loop_check(&mut c, 0, &form);
        let a = &c.actions[0];
        assert_eq!((a.status, a.loop_state), (Some(ActionStatus::Done), Some(LoopState::Closed)));
        assert_eq!(a.review, Day::new(2027, 6, 1));
    }
}
