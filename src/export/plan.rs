//! The plan a client receives (DESIGN.md §11): the summary first, who owes what, the pictures,
//! then the detail, section by section; the sections' tables follow the field descriptions.

use super::columns::{Derived, described_table, described_table_but};
use super::doc::{Doc, Item, Table, emph, strong, text};
use super::loopcard::LoopCard;
use super::page::{Page, Parts, Sink};
use super::picture::{Picture, left_out_in, pictures};
use crate::i18n::Tr;
use crate::model::{
    Canvas, Day, Facts, FieldKey, Language, LoopState, Names, Phase, Stakeholder, Task, planned_minutes,
};

/// The plan as blocks in the canvas's language; `today` decides what is overdue, `diagrams`
/// whether pictures are drawn.
pub fn plan_doc(c: &Canvas, today: Day, diagrams: bool) -> Doc {
    plan_doc_in(c, today, diagrams, c.language)
}

/// The plan as blocks, written in `lang` (the canvas's own text stays as written).
pub fn plan_doc_in(c: &Canvas, today: Day, diagrams: bool, lang: Language) -> Doc {
    let tr = Tr::new(lang);
    let mut doc = Doc { title: plan_title(c, tr), blocks: Vec::new() };
    write_plan(&mut doc, c, today, diagrams, tr);
    doc
}

/// The plan's title: the canvas's, else the default title in `tr`'s language.
pub fn plan_title(c: &Canvas, tr: Tr) -> String {
    match c.title.trim() {
        "" => tr.get("plan-default-title"),
        title => title.to_string(),
    }
}

/// The plan said block by block to `page`, in `tr`'s language; `today` decides what is overdue,
/// `diagrams` whether pictures are drawn.
pub fn write_plan<P: Parts>(doc: &mut P, c: &Canvas, today: Day, diagrams: bool, tr: Tr) {
    // The size first: a small plan does not ask the system how many cores there are.
    let two_cores = c.tasks.len() + c.actions.len() >= WORTH_A_THREAD && crate::cores::two();
    write_plan_on(doc, c, today, diagrams, tr, two_cores);
}

/// [`write_plan`], its tasks, actions and scorecard written on a second core when `two_cores`.
pub(super) fn write_plan_on<P: Parts>(
    doc: &mut P,
    c: &Canvas,
    today: Day,
    diagrams: bool,
    tr: Tr,
    two_cores: bool,
) {
    doc.heading(1, &plan_title(c, tr), false);
    doc.note(&tr.get("plan-note"));
    title_block(doc, c, tr);
    // The stakeholders' names are looked up once for every table; coverage, warnings and the
    // review schedule (the facts) are worked out once for the whole plan.
    let names = c.names();
    // What needs no facts, between the relationships and the checks.
    let later = |part: &mut dyn Page| {
        tasks(part, c, &names, tr);
        actions(part, c, &names, today, diagrams, tr);
        super::scorecard::scorecard(part, c, tr);
    };
    // What needs the facts, before the tasks and after the scorecard.
    let facts = || Facts::of(c, today);
    let first = |doc: &mut dyn Page, facts: &Facts| {
        super::handout::summary(doc, c, facts, tr);
        super::handout::who_owes_what(doc, c, today, tr);
        if diagrams {
            pictures_section(doc, c, facts, tr);
        }
        context(doc, c, tr);
        stakeholders(doc, c, &names, tr);
        relationships(doc, c, &names, facts, diagrams, tr);
    };
    let last = |doc: &mut dyn Page, facts: &Facts| {
        checks(doc, facts, tr);
        agenda(doc, c, tr);
        parking(doc, c, tr);
        super::glossary::glossary(doc, tr);
    };
    if !two_cores {
        let facts = facts();
        first(doc, &facts);
        later(doc);
        return last(doc, &facts);
    }
    // A large plan's tasks, actions and scorecard are written on a second core, kept aside until
    // their turn, while the facts and the sections before are worked out and written on this one,
    // and the sections after kept aside too. A thread that cannot start leaves it all to this one.
    let mut part = doc.part();
    let mut end = doc.part();
    std::thread::scope(|scope| {
        let write_later = || {
            later(&mut part);
            part
        };
        let back = std::thread::Builder::new().spawn_scoped(scope, write_later).ok();
        let facts = facts();
        first(doc, &facts);
        match back {
            Some(back) => {
                last(&mut end, &facts);
                let part = back.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                doc.join(part);
                doc.join(end);
            }
            None => {
                later(doc);
                last(doc, &facts);
            }
        }
    });
}

/// How many tasks and actions make a plan worth writing on two cores.
const WORTH_A_THREAD: usize = 2000;

/// The whole plan as Markdown with its Mermaid pictures; `today` decides what is overdue.
pub fn plan_markdown(c: &Canvas, today: Day) -> String {
    plan_markdown_into(c, today, true, c.language, Sink::keep())
}

/// The plan as Markdown in `lang`, written into `sink` as it is worked out; what the sink kept.
pub fn plan_markdown_into(c: &Canvas, today: Day, diagrams: bool, lang: Language, sink: Sink) -> String {
    let mut page = super::markdown::Markdown::new(sink);
    write_plan(&mut page, c, today, diagrams, Tr::new(lang));
    page.finish()
}

fn title_block(doc: &mut dyn Page, c: &Canvas, tr: Tr) {
    let rows = [
        (tr.get("plan-organisation"), c.organisation.clone()),
        (tr.get("plan-facilitator"), c.facilitator.clone()),
        (tr.get("plan-date"), c.date.map(|d| tr.day(d)).unwrap_or_default()),
        (tr.get("plan-revision"), c.revision.to_string()),
        (tr.get("plan-participants"), c.context.participants.join(", ")),
    ];
    let items: Vec<Item> = rows
        .into_iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(label, value)| Item {
            line: vec![strong(tr.args("plan-label", &[("label", label.into())]) + " "), text(value)],
            children: Vec::new(),
        })
        .collect();
    doc.list(&items);
}

fn pictures_section(doc: &mut dyn Page, c: &Canvas, facts: &Facts, tr: Tr) {
    doc.section(&tr.get("plan-pictures"));
    // Each indicator's readings are drawn on its action's loop card, beside the action.
    for p in pictures(c).into_iter().filter(|p| !matches!(p, Picture::Trend(_))) {
        doc.heading(3, &p.title_in(tr), false);
        let network = matches!(p, Picture::Network(_));
        doc.picture(&p, tr);
        if network {
            weak_points(doc, facts, tr);
        }
    }
    for sentence in left_out_in(c, tr) {
        doc.note(&sentence);
    }
}

fn context(doc: &mut dyn Page, c: &Canvas, tr: Tr) {
    doc.section(&tr.get("plan-value-goal"));
    let goal = c.context.goal.trim();
    if goal.is_empty() {
        doc.note(&tr.get("plan-no-goal"));
    } else {
        doc.para(&[text(goal)]);
    }
    if !c.context.drivers.is_empty() {
        let rows = c.context.drivers.iter().map(|d| vec![tr.label(d.driver), d.answer.clone()]);
        doc.table(Table::new([tr.get("plan-value-driver"), tr.get("plan-room-said")], rows.collect()));
    }
    let e = c.context.emphasis;
    let rows = Phase::ALL.iter().map(|p| {
        let n = e.get(*p);
        let dots = "●".repeat(usize::from(n.min(3))) + &"○".repeat(usize::from(3 - n.min(3)));
        vec![tr.label(*p), format!("{dots} {n}")]
    });
    doc.para(&[text(tr.get("plan-phases-at-once"))]);
    doc.table(Table::new([tr.get("plan-phase"), tr.get("plan-emphasis")], rows.collect()));
}

fn minutes(secs: u64) -> String {
    format!("{}:{:02}", secs / 60, secs % 60)
}

fn agenda(doc: &mut dyn Page, c: &Canvas, tr: Tr) {
    if c.agenda.is_empty() {
        return;
    }
    let min = |n: u64| tr.args("plan-minutes", &[("minutes", n.to_string().into())]);
    doc.heading(2, &tr.get("plan-agenda"), false);
    let mut rows: Vec<Vec<String>> = c
        .agenda
        .iter()
        .map(|b| vec![b.title.clone(), min(u64::from(b.minutes)), minutes(b.spent_secs)])
        .collect();
    let spent = c.agenda.iter().fold(0u64, |sum, b| sum.saturating_add(b.spent_secs));
    rows.push(vec![tr.get("plan-total"), min(planned_minutes(&c.agenda)), minutes(spent)]);
    doc.table(Table::new([tr.get("plan-block"), tr.get("plan-planned"), tr.get("plan-actual")], rows));
}

fn stakeholders(doc: &mut dyn Page, c: &Canvas, names: &Names, tr: Tr) {
    doc.section(&tr.get("plan-stakeholders"));
    if c.stakeholders.is_empty() {
        return doc.note(&tr.get("plan-no-stakeholders"));
    }
    let quadrant = Derived {
        after: FieldKey::Interest,
        header: tr.get("plan-quadrant"),
        value: |s: &Stakeholder, tr: Tr| s.quadrant().map(|q| tr.label(q)).unwrap_or_default(),
    };
    doc.table(described_table(c.stakeholders.iter(), names, &[quadrant], tr));
}

/// The network's weak points in words (DESIGN.md §11): who is others' only link, the hubs, who
/// has no relationship.
fn weak_points(doc: &mut dyn Page, facts: &Facts, tr: Tr) {
    let label = strong(tr.args("plan-label", &[("label", tr.get("plan-weak-points").into())]));
    use crate::model::WarningKind::{Hub, LinchPin, NoRelationship, UnconnectedPower};
    let order = |w: &&crate::model::Warning| match w.kind {
        LinchPin => 0,
        Hub => 1,
        _ => 2,
    };
    let mut found: Vec<&crate::model::Warning> = facts
        .warnings
        .iter()
        .filter(|w| matches!(w.kind, LinchPin | Hub | NoRelationship | UnconnectedPower))
        .collect();
    found.sort_by_key(order);
    if found.is_empty() {
        let label = strong(tr.args("plan-label", &[("label", tr.get("plan-weak-points").into())]) + " ");
        return doc.para(&[label, text(tr.get("plan-weak-points-none"))]);
    }
    doc.para(&[label]);
    let said = |m: &str| {
        let mut chars = m.chars();
        chars.next().map(|f| f.to_uppercase().chain(chars).collect::<String>()).unwrap_or_default()
    };
    let items: Vec<Item> = found
        .into_iter()
        .map(|w| Item { line: vec![text(format!("{}.", said(&w.text(tr))))], children: Vec::new() })
        .collect();
    doc.list(&items);
}

fn relationships(doc: &mut dyn Page, c: &Canvas, names: &Names, facts: &Facts, diagrams: bool, tr: Tr) {
    doc.heading(2, &tr.get("plan-relationships"), false);
    if c.relationships.is_empty() {
        return doc.note(&tr.get("plan-no-relationships"));
    }
    doc.table(described_table(c.relationships.iter(), names, &[], tr));
    // Without pictures the weak points are said here, beside the relationships.
    if !diagrams {
        weak_points(doc, facts, tr);
    }
}

fn task_table(doc: &mut dyn Page, tasks: &[&Task], names: &Names, tr: Tr) {
    doc.table(described_table(tasks.iter().copied(), names, &[], tr));
}

fn tasks(doc: &mut dyn Page, c: &Canvas, names: &Names, tr: Tr) {
    doc.heading(2, &tr.get("plan-tasks"), false);
    if c.tasks.is_empty() {
        return doc.note(&tr.get("plan-no-tasks"));
    }
    for phase in Phase::ALL {
        let of_phase: Vec<&Task> = c.tasks.iter().filter(|t| t.phase == Some(*phase)).collect();
        doc.heading(3, &tr.label(*phase), false);
        if of_phase.is_empty() {
            doc.note(&tr.args("plan-no-phase-work", &[("phase", tr.label(*phase).into())]));
        } else {
            task_table(doc, &of_phase, names, tr);
        }
    }
    let loose: Vec<&Task> = c.tasks.iter().filter(|t| t.phase.is_none()).collect();
    if !loose.is_empty() {
        doc.heading(3, &tr.get("plan-no-phase"), false);
        task_table(doc, &loose, names, tr);
    }
}

/// The actions as a table, then each action's loop card; `diagrams` whether its readings are
/// drawn as a chart.
fn actions(doc: &mut dyn Page, c: &Canvas, names: &Names, today: Day, diagrams: bool, tr: Tr) {
    doc.section(&tr.get("plan-actions"));
    if c.actions.is_empty() {
        return doc.note(&tr.get("plan-no-actions"));
    }
    // The business line, indicator and review are on each loop card below.
    let on_cards = [FieldKey::BusinessLine, FieldKey::Indicator, FieldKey::Review];
    doc.table(described_table_but(c.actions.iter(), names, &[], &on_cards, tr));
    // A dropped action gets a card only when it has readings to keep.
    let has_readings =
        |a: &crate::model::Action| a.indicator.as_ref().is_some_and(|i| !i.readings.is_empty());
    let carded: Vec<&crate::model::Action> = c
        .actions
        .iter()
        .filter(|a| a.status != Some(crate::model::ActionStatus::Dropped) || has_readings(a))
        .collect();
    if carded.is_empty() {
        return;
    }
    doc.heading(2, &tr.get("plan-loop-cards"), false);
    doc.note(&tr.get("plan-loop-cards-note"));
    for a in carded {
        doc.loop_card(&LoopCard { chart: diagrams, ..LoopCard::of_in(a, c.language, today, tr) });
    }
}

fn checks(doc: &mut dyn Page, facts: &Facts, tr: Tr) {
    doc.section(&tr.get("plan-coverage"));
    let rows = facts.coverage.iter().map(|(p, n)| {
        let flag = match (n.is_empty(), n.lacks_ongoing_work()) {
            (true, _) => tr.get("plan-gap-empty"),
            (false, true) => tr.get("plan-gap-no-ongoing-work"),
            _ => String::new(),
        };
        vec![tr.label(*p), n.relationships.to_string(), n.tasks.to_string(), n.actions.to_string(), flag]
    });
    let headers = ["plan-phase", "plan-relationships", "plan-col-tasks", "plan-col-actions", "plan-gap"];
    doc.table(Table::new(headers.map(|h| tr.get(h)), rows.collect()));
    doc.heading(2, &tr.get("plan-warnings"), false);
    let found = &facts.warnings;
    if found.is_empty() {
        doc.para(&[text(tr.get("plan-no-warnings"))]);
    } else {
        doc.list(
            &found
                .iter()
                .map(|w| Item { line: vec![text(w.text(tr))], children: Vec::new() })
                .collect::<Vec<_>>(),
        );
    }
    doc.heading(2, &tr.get("plan-schedule"), false);
    let schedule = &facts.schedule;
    if schedule.is_empty() {
        return doc.note(&tr.get("plan-no-schedule"));
    }
    let headers = ["plan-review", "plan-id", "plan-action", "plan-owner", "plan-indicator", "plan-loop"];
    let mut table = Table::headed(headers.map(|h| tr.get(h)));
    table.reserve(schedule.len());
    // The loop states' words, found once for the whole table.
    let states: Vec<String> = LoopState::ALL.iter().map(|l| tr.label(*l)).collect();
    for r in schedule {
        let a = r.action;
        let date = tr.day(r.date);
        table.push(&if r.overdue { tr.arg("plan-overdue-date", "date", &date) } else { date });
        for cell in [&a.id, &a.title, &a.owner] {
            table.push(cell);
        }
        table.push(a.indicator().map_or("", |i| &i.name));
        table.push(a.loop_state.map_or("", |l| &states[l as usize]));
    }
    doc.table(table);
}

fn parking(doc: &mut dyn Page, c: &Canvas, tr: Tr) {
    let open: Vec<&String> = c.parking.iter().filter(|p| !p.trim().is_empty()).collect();
    if open.is_empty() {
        return;
    }
    doc.heading(2, &tr.get("plan-parking"), false);
    doc.para(&[emph(tr.get("plan-parking-note"))]);
    doc.list(
        &open
            .into_iter()
            .map(|p| Item { line: vec![text(p.clone())], children: Vec::new() })
            .collect::<Vec<_>>(),
    );
}
