//! The plan a client receives (DESIGN.md §11): the summary first, who owes what, the pictures,
//! then the detail, section by section; the sections' tables follow the field descriptions.

use super::columns::{Derived, described_table};
use super::doc::{Doc, Item, Table, emph, strong, text};
use super::loopcard::LoopCard;
use super::markdown::opt;
use super::picture::{Picture, left_out, pictures};
use crate::model::{Canvas, Day, Facts, FieldKey, Names, Phase, Stakeholder, Task, planned_minutes};

/// The plan as blocks; `today` decides what is overdue, `diagrams` whether pictures are drawn.
pub fn plan_doc(c: &Canvas, today: Day, diagrams: bool) -> Doc {
    let title = if c.title.trim().is_empty() { "Collaboration value plan" } else { c.title.trim() };
    let mut doc = Doc { title: title.to_string(), blocks: Vec::new() };
    doc.heading(1, title);
    doc.note("A collaboration value plan, inspired by Simon Terry's Collaboration Value Canvas.");
    title_block(&mut doc, c);
    // Coverage, warnings and the review schedule are worked out once for the whole plan.
    let facts = Facts::of(c, today);
    super::handout::summary(&mut doc, c, &facts);
    super::handout::who_owes_what(&mut doc, c, today);
    if diagrams {
        pictures_section(&mut doc, c, &facts);
    }
    context(&mut doc, c);
    stakeholders(&mut doc, c);
    relationships(&mut doc, c, &facts, diagrams);
    tasks(&mut doc, c);
    actions(&mut doc, c, today, diagrams);
    super::scorecard::scorecard(&mut doc, c);
    checks(&mut doc, &facts);
    agenda(&mut doc, c);
    parking(&mut doc, c);
    doc
}

/// The whole plan as Markdown with its Mermaid pictures; `today` decides what is overdue.
pub fn plan_markdown(c: &Canvas, today: Day) -> String {
    super::markdown::render(&plan_doc(c, today, true))
}

fn title_block(doc: &mut Doc, c: &Canvas) {
    let rows = [
        ("Organisation", c.organisation.clone()),
        ("Facilitator", c.facilitator.clone()),
        ("Date", opt(c.date)),
        ("Revision", c.revision.to_string()),
        ("Participants", c.context.participants.join(", ")),
    ];
    let items = rows
        .into_iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(label, value)| Item {
            line: vec![strong(format!("{label}: ")), text(value)],
            children: Vec::new(),
        })
        .collect();
    doc.list(items);
}

fn pictures_section(doc: &mut Doc, c: &Canvas, facts: &Facts) {
    doc.section("Pictures");
    // Each indicator's readings are drawn on its action's loop card, beside the action.
    for p in pictures(c).into_iter().filter(|p| !matches!(p, Picture::Trend(_))) {
        doc.heading(3, p.title());
        let network = matches!(p, Picture::Network(_));
        doc.picture(p);
        if network {
            weak_points(doc, facts);
        }
    }
    for sentence in left_out(c) {
        doc.note(sentence);
    }
}

fn context(doc: &mut Doc, c: &Canvas) {
    doc.section("Value goal");
    let goal = c.context.goal.trim();
    if goal.is_empty() {
        doc.note("No goal set yet.");
    } else {
        doc.para(vec![text(goal)]);
    }
    if !c.context.drivers.is_empty() {
        let rows = c.context.drivers.iter().map(|d| vec![d.driver.label().to_string(), d.answer.clone()]);
        doc.table(Table::new(["Value driver", "What the room said"], rows.collect()));
    }
    let e = c.context.emphasis;
    let rows = Phase::ALL.iter().map(|p| {
        let n = e.get(*p);
        let dots = "●".repeat(usize::from(n.min(3))) + &"○".repeat(usize::from(3 - n.min(3)));
        vec![p.label().to_string(), format!("{dots} {n}")]
    });
    doc.para(vec![text(
        "The four phases run at the same time; emphasis says where this plan puts its weight.",
    )]);
    doc.table(Table::new(["Phase", "Emphasis (0–3)"], rows.collect()));
}

fn minutes(secs: u64) -> String {
    format!("{}:{:02}", secs / 60, secs % 60)
}

fn agenda(doc: &mut Doc, c: &Canvas) {
    if c.agenda.is_empty() {
        return;
    }
    doc.heading(2, "Agenda: plan and actual");
    let mut rows: Vec<Vec<String>> = c
        .agenda
        .iter()
        .map(|b| vec![b.title.clone(), format!("{} min", b.minutes), minutes(b.spent_secs)])
        .collect();
    let spent = c.agenda.iter().fold(0u64, |sum, b| sum.saturating_add(b.spent_secs));
    rows.push(vec!["Total".into(), format!("{} min", planned_minutes(&c.agenda)), minutes(spent)]);
    doc.table(Table::new(["Block", "Planned", "Actual (m:ss)"], rows));
}

fn stakeholders(doc: &mut Doc, c: &Canvas) {
    doc.section("Stakeholders");
    if c.stakeholders.is_empty() {
        return doc.note("No stakeholders yet.");
    }
    let quadrant = Derived {
        after: FieldKey::Interest,
        header: "Quadrant",
        value: |s: &Stakeholder| opt(s.quadrant().map(|q| q.label())),
    };
    doc.table(described_table(c.stakeholders.iter(), &c.names(), &[quadrant]));
}

/// The network's weak points in words (DESIGN.md §11): who is others' only link, the hubs, who
/// has no relationship.
fn weak_points(doc: &mut Doc, facts: &Facts) {
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
        return doc.para(vec![
            strong("Weak points of the network: "),
            text("none — nobody is anyone's only link, no hub carries most relationships, everyone has one."),
        ]);
    }
    doc.para(vec![strong("Weak points of the network:")]);
    let said = |m: &str| {
        let mut chars = m.chars();
        chars.next().map(|f| f.to_uppercase().chain(chars).collect::<String>()).unwrap_or_default()
    };
    let items = found
        .into_iter()
        .map(|w| Item { line: vec![text(format!("{}.", said(&w.message)))], children: Vec::new() })
        .collect();
    doc.list(items);
}

fn relationships(doc: &mut Doc, c: &Canvas, facts: &Facts, diagrams: bool) {
    doc.heading(2, "Relationships");
    if c.relationships.is_empty() {
        return doc.note("No relationships yet.");
    }
    doc.table(described_table(c.relationships.iter(), &c.names(), &[]));
    // Without pictures the weak points are said here, beside the relationships.
    if !diagrams {
        weak_points(doc, facts);
    }
}

fn task_table(doc: &mut Doc, tasks: &[&Task], names: &Names) {
    doc.table(described_table(tasks.iter().copied(), names, &[]));
}

fn tasks(doc: &mut Doc, c: &Canvas) {
    doc.heading(2, "Community management tasks");
    if c.tasks.is_empty() {
        return doc.note("No community management tasks yet.");
    }
    let names = c.names();
    for phase in Phase::ALL {
        let of_phase: Vec<&Task> = c.tasks.iter().filter(|t| t.phase == Some(*phase)).collect();
        doc.heading(3, phase.label());
        if of_phase.is_empty() {
            doc.note(format!("No ongoing {} work.", phase.label()));
        } else {
            task_table(doc, &of_phase, &names);
        }
    }
    let loose: Vec<&Task> = c.tasks.iter().filter(|t| t.phase.is_none()).collect();
    if !loose.is_empty() {
        doc.heading(3, "No phase set");
        task_table(doc, &loose, &names);
    }
}

/// The actions as a table, then each action's loop card; `diagrams` whether its readings are
/// drawn as a chart.
fn actions(doc: &mut Doc, c: &Canvas, today: Day, diagrams: bool) {
    doc.section("Adoption action plan");
    if c.actions.is_empty() {
        return doc.note("No adoption actions yet.");
    }
    // The business line, indicator and review are on each loop card below.
    let table = described_table(c.actions.iter(), &c.names(), &[]);
    doc.table(table.without(&["Business line", "Indicator", "Review"]));
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
    doc.heading(2, "Loop cards");
    doc.note("One card per action (dropped ones left out): who closes the loop, what is measured and what it shows.");
    for a in carded {
        doc.loop_card(LoopCard { chart: diagrams, ..LoopCard::of(a, c.language, today) });
    }
}

fn checks(doc: &mut Doc, facts: &Facts) {
    doc.section("Coverage");
    let rows = facts.coverage.iter().map(|(p, n)| {
        let flag = match (n.is_empty(), n.lacks_ongoing_work()) {
            (true, _) => "empty",
            (false, true) => "no ongoing work",
            _ => "",
        };
        vec![
            p.label().to_string(),
            n.relationships.to_string(),
            n.tasks.to_string(),
            n.actions.to_string(),
            flag.into(),
        ]
    });
    doc.table(Table::new(["Phase", "Relationships", "Tasks", "Actions", "Gap"], rows.collect()));
    doc.heading(2, "Warnings");
    let found = &facts.warnings;
    if found.is_empty() {
        doc.para(vec![text(
            "No warnings: every phase has work, every action an owner, a due date and an indicator.",
        )]);
    } else {
        doc.list(
            found
                .iter()
                .map(|w| Item { line: vec![text(w.message.clone())], children: Vec::new() })
                .collect(),
        );
    }
    doc.heading(2, "Loop-review schedule");
    let schedule = &facts.schedule;
    if schedule.is_empty() {
        return doc.note("No loop reviews planned: give each action a review date.");
    }
    let rows = schedule.iter().map(|r| {
        let a = r.action;
        let when = if r.overdue { format!("{} (overdue)", r.date) } else { r.date.to_string() };
        let ind = a.indicator().map(|i| i.name.clone()).unwrap_or_default();
        vec![when, a.id.clone(), a.title.clone(), a.owner.clone(), ind, opt(a.loop_state)]
    });
    doc.table(Table::new(["Review", "Id", "Action", "Owner", "Indicator", "Loop"], rows.collect()));
}

fn parking(doc: &mut Doc, c: &Canvas) {
    let open: Vec<&String> = c.parking.iter().filter(|p| !p.trim().is_empty()).collect();
    if open.is_empty() {
        return;
    }
    doc.heading(2, "Parking lot");
    doc.para(vec![emph("Questions the room raised for later.")]);
    doc.list(open.into_iter().map(|p| Item { line: vec![text(p.clone())], children: Vec::new() }).collect());
}
