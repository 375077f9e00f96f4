//! Which fields each form has, and how a saved form changes the canvas: entries through their
//! field descriptions, the context and agenda blocks through their own short lists.

use super::entry;
use super::{BlockKey, Check, ContextKey as C, Field, Form, Target};
use crate::model::*;

fn driver_answer(c: &Canvas, d: Driver) -> String {
    c.context.drivers.iter().find(|a| a.driver == d).map(|a| a.answer.clone()).unwrap_or_default()
}

fn driver_label(d: Driver) -> &'static str {
    match d {
        Driver::Growth => "Growth: what should grow?",
        Driver::Effectiveness => "Effectiveness: do better?",
        Driver::Velocity => "Velocity: faster?",
        Driver::Protection => "Protection: risks?",
    }
}

fn emphasis_label(p: Phase) -> &'static str {
    match p {
        Phase::Connect => "Connect emphasis",
        Phase::Share => "Share emphasis",
        Phase::Solve => "Solve emphasis",
        Phase::Innovate => "Innovate emphasis",
    }
}

fn context_fields(c: &Canvas) -> Vec<Field> {
    let date = c.date.map(|d| d.to_string()).unwrap_or_default();
    let mut f = vec![
        Field::text(C::Title, "title", &c.title, Check::Free),
        Field::text(C::Organisation, "organisation", &c.organisation, Check::Free),
        Field::text(C::Facilitator, "facilitator", &c.facilitator, Check::Free),
        Field::text(C::Date, "date", &date, Check::Date),
        Field::text(C::Goal, "value goal", &c.context.goal, Check::Free),
    ];
    for d in Driver::ALL {
        f.push(Field::text(C::Driver(*d), driver_label(*d), &driver_answer(c, *d), Check::Free));
    }
    for p in Phase::ALL {
        f.push(Field::scale(C::Emphasis(*p), emphasis_label(*p), 0, 3, Some(c.context.emphasis.get(*p))));
    }
    let participants = c.context.participants.join(", ");
    f.push(Field::text(C::Participants, "participants (comma-separated)", &participants, Check::Free));
    f
}

fn block_form(c: &Canvas, i: usize) -> Form {
    let b = &c.agenda[i];
    let mut fields = vec![
        Field::text(BlockKey::Title, "title", &b.title, Check::Free).needed(),
        Field::text(BlockKey::Minutes, "minutes planned (up to 1440)", &b.minutes.to_string(), Check::Number)
            .needed(),
        Field::choice(BlockKey::Kind, "shows section", BlockKind::ALL, Some(b.kind)).needed(),
    ];
    // The sections' names in the screens' language (the options are the file's words).
    fields[2].words = Some(<BlockKind as Vocabulary>::LABELS);
    let title = format!("Agenda block {}", i + 1);
    Form::new(Target::Block(i), title, fields)
}

/// The form for an entry or the context, filled with its values.
pub(crate) fn form_for(c: &Canvas, target: Target) -> Form {
    match target {
        Target::Context => Form::new(target, "Context".into(), context_fields(c)),
        // Their fields, which is what is compared; the words come with the layer that opens them.
        Target::LoopCheck(i) => super::loop_check(c, i, crate::i18n::Tr::default()),
        Target::Reading(i, day) => super::reading_form(c, i, day, crate::i18n::Tr::default()),
        Target::Block(i) => block_form(c, i),
        Target::Entry(EntryKind::Stakeholder, i) => entry::form(c, &c.stakeholders[i], i),
        Target::Entry(EntryKind::Relationship, i) => entry::form(c, &c.relationships[i], i),
        Target::Entry(EntryKind::Task, i) => entry::form(c, &c.tasks[i], i),
        Target::Entry(EntryKind::Action, i) => entry::form(c, &c.actions[i], i),
    }
}

fn apply_context(c: &mut Canvas, f: &Form) {
    c.title = f.text(C::Title);
    c.organisation = f.text(C::Organisation);
    c.facilitator = f.text(C::Facilitator);
    c.date = f.date(C::Date);
    c.context.goal = f.text(C::Goal);
    let mut drivers: Vec<DriverAnswer> = Vec::new();
    for d in Driver::ALL {
        let answer = f.text(C::Driver(*d));
        if !answer.is_empty() {
            drivers.push(DriverAnswer { driver: *d, answer });
        }
    }
    c.context.drivers = drivers;
    let weight = |p| f.scale(C::Emphasis(p)).unwrap_or(0);
    let e = &mut c.context.emphasis;
    (e.connect, e.share) = (weight(Phase::Connect), weight(Phase::Share));
    (e.solve, e.innovate) = (weight(Phase::Solve), weight(Phase::Innovate));
    let names = f.text(C::Participants);
    c.context.participants =
        names.split(',').map(str::trim).filter(|n| !n.is_empty()).map(String::from).collect();
}

/// Writes a checked form back into the canvas.
pub(crate) fn apply(c: &mut Canvas, f: &Form) {
    match f.target {
        Target::Context => apply_context(c, f),
        Target::LoopCheck(i) => super::loops::apply_loop_check(c, i, f),
        Target::Reading(i, _) => super::loops::apply_reading(c, i, f),
        Target::Block(i) => {
            let b = &mut c.agenda[i];
            b.title = f.text(BlockKey::Title);
            // At most a day: a block is part of a workshop (validation refuses more on load).
            b.minutes = f.text(BlockKey::Minutes).parse().unwrap_or(b.minutes).clamp(1, MAX_MINUTES);
            b.kind = f.choice(BlockKey::Kind, BlockKind::ALL).unwrap_or(b.kind);
        }
        Target::Entry(EntryKind::Stakeholder, i) => {
            let values = entry::values::<Stakeholder>(f, c);
            entry::write(&mut c.stakeholders[i], values);
        }
        Target::Entry(EntryKind::Relationship, i) => {
            let values = entry::values::<Relationship>(f, c);
            entry::write(&mut c.relationships[i], values);
        }
        Target::Entry(EntryKind::Task, i) => {
            let values = entry::values::<Task>(f, c);
            entry::write(&mut c.tasks[i], values);
        }
        Target::Entry(EntryKind::Action, i) => {
            let values = entry::values::<Action>(f, c);
            entry::write(&mut c.actions[i], values);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_saved_unchanged_leaves_every_entry_as_it_was() {
        let c = crate::store::ShippedCanvas::find("acme-2026-11").unwrap().canvas().unwrap();
        let mut copy = c.clone();
        for kind in EntryKind::ALL {
            for i in 0..c.len_of(kind) {
                let mut form = form_for(&c, Target::Entry(kind, i));
                assert!(form.check_all(), "{kind:?} {i}");
                apply(&mut copy, &form);
            }
        }
        let mut form = form_for(&c, Target::Context);
        assert!(form.check_all());
        apply(&mut copy, &form);
        assert_eq!(copy, c);
    }

    #[test]
    fn a_bad_date_and_an_empty_name_are_caught_before_saving() {
        let mut c = Canvas::new("t");
        c.add_stakeholder(Stakeholder { name: "A".into(), ..Default::default() });
        c.add_action(Action { title: "Do".into(), ..Default::default() });
        let mut form = form_for(&c, Target::Entry(EntryKind::Action, 0));
        let due = form.fields.iter().position(|f| f.key == FieldKey::Due.into()).unwrap();
        form.focus = due;
        for ch in "2027-02-30".chars() {
            form.key(ratatui::crossterm::event::KeyEvent::from(ratatui::crossterm::event::KeyCode::Char(ch)));
        }
        assert_eq!(form.problem_text(crate::i18n::Tr::default()).1, "\"2027-02-30\" is not a real date");
        let french = form.problem_text(crate::i18n::Tr::new(Language::Fr));
        assert_eq!(
            french,
            ("échéance (date, +2s, ven)".into(), "«\u{a0}2027-02-30\u{a0}» n'existe pas".into())
        );
        assert!(!form.check_all());
        assert_eq!(form.focus, due);
        form.fields[due] = Field::text(FieldKey::Due, "due (date, +2w, fri)", "", Check::Date).needed();
        assert!(!form.check_all());
        let german = form.problem_text(crate::i18n::Tr::new(Language::De));
        assert_eq!(german.1, "Fällig (Datum, +2W, Fr) fehlt");
    }
}
