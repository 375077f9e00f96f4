//! Which fields each kind of entry has in its form, and how a saved form changes the canvas.

use super::{Check, Field, Form, Target};
use crate::model::*;

fn people(c: &Canvas) -> Vec<String> {
    c.stakeholders.iter().map(|s| format!("{} {}", s.id, s.name)).collect()
}

fn endpoint(key: &'static str, label: &'static str, c: &Canvas, id: &str) -> Field {
    let index = c.stakeholders.iter().position(|s| s.id == id);
    let value = super::Value::Choice { options: people(c), index };
    Field { key, label, value, required: true, error: None }
}

fn phase_toggles(on: &[Phase]) -> Field {
    let options = Phase::ALL.iter().map(|p| p.to_string()).collect();
    Field::toggles("phases", "phases", options, Phase::ALL.iter().map(|p| on.contains(p)).collect())
}

fn driver_answer(c: &Canvas, d: Driver) -> String {
    c.context.drivers.iter().find(|a| a.driver == d).map(|a| a.answer.clone()).unwrap_or_default()
}

const DRIVER_KEYS: [&str; 4] = ["growth", "effectiveness", "velocity", "protection"];

fn context_fields(c: &Canvas) -> Vec<Field> {
    let opt_day = |d: Option<Day>| d.map(|d| d.to_string()).unwrap_or_default();
    let mut f = vec![
        Field::text("title", "title", &c.title, Check::Free),
        Field::text("organisation", "organisation", &c.organisation, Check::Free),
        Field::text("facilitator", "facilitator", &c.facilitator, Check::Free),
        Field::text("date", "date", &opt_day(c.date), Check::Date),
        Field::text("goal", "value goal", &c.context.goal, Check::Free),
    ];
    let labels =
        ["Growth: what should grow?", "Effectiveness: do better?", "Velocity: faster?", "Protection: risks?"];
    for ((key, label), d) in DRIVER_KEYS.iter().zip(labels).zip(Driver::ALL) {
        f.push(Field::text(key, label, &driver_answer(c, *d), Check::Free));
    }
    let e = c.context.emphasis;
    let weights = [("connect", "Connect emphasis", e.connect), ("share", "Share emphasis", e.share)];
    let more = [("solve", "Solve emphasis", e.solve), ("innovate", "Innovate emphasis", e.innovate)];
    for (key, label, v) in weights.into_iter().chain(more) {
        f.push(Field::scale(key, label, 0, 3, Some(v)));
    }
    f.push(Field::text(
        "participants",
        "participants (comma-separated)",
        &c.context.participants.join(", "),
        Check::Free,
    ));
    f
}

/// The form for an entry or the context, filled with its values.
pub fn form_for(c: &Canvas, target: Target) -> Form {
    let opt_day = |d: Option<Day>| d.map(|d| d.to_string()).unwrap_or_default();
    let (title, fields) = match target {
        Target::Context => ("Context".to_string(), context_fields(c)),
        Target::LoopCheck(i) => return loop_check(c, i),
        Target::Block(i) => {
            let b = &c.agenda[i];
            let f = vec![
                Field::text("title", "title", &b.title, Check::Free).needed(),
                Field::text("minutes", "minutes planned", &b.minutes.to_string(), Check::Number).needed(),
                Field::choice("kind", "shows section", BlockKind::ALL, Some(b.kind)).needed(),
            ];
            (format!("Agenda block {}", i + 1), f)
        }
        Target::Entry(EntryKind::Stakeholder, i) => {
            let s = &c.stakeholders[i];
            let f = vec![
                Field::text("name", "name", &s.name, Check::Free).needed(),
                Field::choice("kind", "kind", StakeholderKind::ALL, s.kind),
                Field::text("role", "role", &s.role, Check::Free),
                Field::text("interests", "interests", &s.interests, Check::Free),
                Field::scale("power", "power", 1, 5, s.power),
                Field::scale("interest", "interest", 1, 5, s.interest),
                Field::choice("stance", "stance", Stance::ALL, s.stance),
                Field::text("engagement", "engagement approach", &s.engagement, Check::Free),
                Field::text("notes", "notes", &s.notes, Check::Free),
            ];
            (format!("Stakeholder {}", s.id), f)
        }
        Target::Entry(EntryKind::Relationship, i) => {
            let r = &c.relationships[i];
            let f = vec![
                endpoint("from", "from", c, &r.from),
                endpoint("to", "to", c, &r.to),
                Field::text("exchange", "exchange (what flows)", &r.exchange, Check::Free),
                Field::choice("direction", "direction", Direction::ALL, r.direction),
                Field::choice("boundary", "boundary", Boundary::ALL, r.boundary),
                Field::scale("strength", "strength", 0, 3, r.strength),
                Field::choice("health", "health", Health::ALL, r.health),
                Field::choice("change", "change", Change::ALL, r.change),
                phase_toggles(&r.phases),
                Field::text("notes", "notes", &r.notes, Check::Free),
            ];
            (format!("Relationship {}", r.id), f)
        }
        Target::Entry(EntryKind::Task, i) => {
            let t = &c.tasks[i];
            let f = vec![
                Field::text("title", "title", &t.title, Check::Free).needed(),
                Field::text("owner", "owner", &t.owner, Check::Free),
                Field::choice("owner_role", "owner role", OwnerRole::ALL, t.owner_role),
                Field::choice("phase", "phase", Phase::ALL, t.phase),
                Field::choice("cadence", "cadence", Cadence::ALL, t.cadence),
                Field::choice("status", "status", TaskStatus::ALL, t.status),
                Field::text("votes", "votes", &t.votes.to_string(), Check::Number),
                Field::text("notes", "notes", &t.notes, Check::Free),
            ];
            (format!("Task {}", t.id), f)
        }
        Target::Entry(EntryKind::Action, i) => {
            let a = &c.actions[i];
            let ind = a.indicator.clone().unwrap_or_default();
            let f = vec![
                Field::text("title", "title (We will…)", &a.title, Check::Free).needed(),
                Field::text("owner", "owner", &a.owner, Check::Free),
                Field::text("due", "due (YYYY-MM-DD)", &opt_day(a.due), Check::Date),
                Field::choice("phase", "phase", Phase::ALL, a.phase),
                Field::choice("driver", "value driver", Driver::ALL, a.driver),
                Field::text("indicator", "indicator", &ind.name, Check::Free),
                Field::text("baseline", "baseline", &ind.baseline, Check::Free),
                Field::text("target", "target", &ind.target, Check::Free),
                Field::choice("indicator_kind", "leading / lagging", IndicatorKind::ALL, ind.kind),
                Field::text("review", "loop review (YYYY-MM-DD)", &opt_day(a.review), Check::Date),
                Field::choice("status", "status", ActionStatus::ALL, a.status),
                Field::choice("loop", "loop", LoopState::ALL, a.loop_state),
                Field::text("votes", "votes", &a.votes.to_string(), Check::Number),
                Field::text("notes", "notes", &a.notes, Check::Free),
            ];
            (format!("Action {}", a.id), f)
        }
    };
    Form { target, title, fields, focus: 0, about: Vec::new() }
}

/// The loop review of a revisit: one of last time's actions, its status and loop to set.
pub fn loop_check(c: &Canvas, i: usize) -> Form {
    let a = &c.actions[i];
    let mut about = vec![a.title.clone()];
    let who = [
        (!a.owner.is_empty()).then(|| format!("owner {}", a.owner)),
        a.due.map(|d| format!("due {d}")),
        a.review.map(|d| format!("review {d}")),
    ];
    about.push(who.into_iter().flatten().collect::<Vec<_>>().join(" · "));
    if let Some(ind) = a.indicator() {
        about.push(format!("indicator: {} ({} → {})", ind.name, ind.baseline, ind.target));
    }
    let fields = vec![
        Field::choice("status", "status", ActionStatus::ALL, a.status),
        Field::choice("loop", "loop", LoopState::ALL, a.loop_state),
    ];
    let title = format!("Last time's actions: {} of {} — {}", i + 1, c.actions.len(), a.id);
    Form { target: Target::LoopCheck(i), title, fields, focus: 0, about }
}

fn apply_context(c: &mut Canvas, f: &Form) {
    c.title = f.text("title");
    c.organisation = f.text("organisation");
    c.facilitator = f.text("facilitator");
    c.date = f.date("date");
    c.context.goal = f.text("goal");
    let mut drivers: Vec<DriverAnswer> = Vec::new();
    for (key, d) in DRIVER_KEYS.iter().zip(Driver::ALL) {
        let answer = f.text(key);
        if !answer.is_empty() {
            drivers.push(DriverAnswer { driver: *d, answer });
        }
    }
    c.context.drivers = drivers;
    let e = &mut c.context.emphasis;
    (e.connect, e.share) = (f.scale("connect").unwrap_or(0), f.scale("share").unwrap_or(0));
    (e.solve, e.innovate) = (f.scale("solve").unwrap_or(0), f.scale("innovate").unwrap_or(0));
    let names = f.text("participants");
    c.context.participants =
        names.split(',').map(str::trim).filter(|n| !n.is_empty()).map(String::from).collect();
}

fn chosen_person(c: &Canvas, f: &Form, key: &str) -> String {
    let ids: Vec<String> = c.stakeholders.iter().map(|s| s.id.clone()).collect();
    f.choice(key, &ids.iter().map(String::as_str).collect::<Vec<_>>()).unwrap_or_default().to_string()
}

/// Writes a checked form back into the canvas.
pub fn apply(c: &mut Canvas, f: &Form) {
    match f.target {
        Target::Context => apply_context(c, f),
        Target::LoopCheck(i) => {
            let a = &mut c.actions[i];
            a.status = f.choice("status", ActionStatus::ALL);
            a.loop_state = f.choice("loop", LoopState::ALL);
        }
        Target::Block(i) => {
            let b = &mut c.agenda[i];
            b.title = f.text("title");
            b.minutes = f.text("minutes").parse().unwrap_or(b.minutes).max(1);
            b.kind = f.choice("kind", BlockKind::ALL).unwrap_or(b.kind);
        }
        Target::Entry(EntryKind::Stakeholder, i) => {
            let s = &mut c.stakeholders[i];
            (s.name, s.role, s.interests) = (f.text("name"), f.text("role"), f.text("interests"));
            (s.engagement, s.notes) = (f.text("engagement"), f.text("notes"));
            s.kind = f.choice("kind", StakeholderKind::ALL);
            (s.power, s.interest) = (f.scale("power"), f.scale("interest"));
            s.stance = f.choice("stance", Stance::ALL);
        }
        Target::Entry(EntryKind::Relationship, i) => {
            let (from, to) = (chosen_person(c, f, "from"), chosen_person(c, f, "to"));
            let r = &mut c.relationships[i];
            (r.from, r.to, r.exchange, r.notes) = (from, to, f.text("exchange"), f.text("notes"));
            r.direction = f.choice("direction", Direction::ALL);
            r.boundary = f.choice("boundary", Boundary::ALL);
            r.strength = f.scale("strength");
            r.health = f.choice("health", Health::ALL);
            r.change = f.choice("change", Change::ALL);
            r.phases = f.toggled("phases", Phase::ALL);
        }
        Target::Entry(EntryKind::Task, i) => {
            let t = &mut c.tasks[i];
            (t.title, t.owner, t.notes) = (f.text("title"), f.text("owner"), f.text("notes"));
            t.owner_role = f.choice("owner_role", OwnerRole::ALL);
            t.phase = f.choice("phase", Phase::ALL);
            t.cadence = f.choice("cadence", Cadence::ALL);
            t.status = f.choice("status", TaskStatus::ALL);
            t.votes = f.text("votes").parse().unwrap_or(0);
        }
        Target::Entry(EntryKind::Action, i) => {
            let a = &mut c.actions[i];
            (a.title, a.owner, a.notes) = (f.text("title"), f.text("owner"), f.text("notes"));
            (a.due, a.review) = (f.date("due"), f.date("review"));
            a.phase = f.choice("phase", Phase::ALL);
            a.driver = f.choice("driver", Driver::ALL);
            let indicator = Indicator {
                name: f.text("indicator"),
                baseline: f.text("baseline"),
                target: f.text("target"),
                kind: f.choice("indicator_kind", IndicatorKind::ALL),
            };
            a.indicator = (!indicator.is_empty()).then_some(indicator);
            a.status = f.choice("status", ActionStatus::ALL);
            a.loop_state = f.choice("loop", LoopState::ALL);
            a.votes = f.text("votes").parse().unwrap_or(0);
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
        form.focus = 2;
        for ch in "2027-02-30".chars() {
            form.key(ratatui::crossterm::event::KeyEvent::from(ratatui::crossterm::event::KeyCode::Char(ch)));
        }
        assert_eq!(form.fields[2].error.as_deref(), Some("\"2027-02-30\" is not a real date"));
        assert!(!form.check_all());
        assert_eq!(form.focus, 2);
    }
}
