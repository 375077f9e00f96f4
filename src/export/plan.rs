//! The plan as a Markdown page a client can read; the sections' tables follow the field descriptions.

use std::fmt::Write;

use super::columns::{Derived, described_table};
use super::markdown::{inline, opt, table};
use crate::model::{
    Canvas, Day, FieldKey, Names, Phase, Stakeholder, Task, coverage, planned_minutes, review_schedule,
    warnings,
};

/// The whole plan as Markdown; `today` decides which loop reviews are overdue.
pub fn plan_markdown(c: &Canvas, today: Day) -> String {
    let mut out = String::new();
    let title = if c.title.trim().is_empty() { "Collaboration value plan" } else { &c.title };
    let _ = writeln!(out, "# {}\n", inline(title));
    out.push_str("*A collaboration value plan, inspired by Simon Terry's Collaboration Value Canvas.*\n\n");
    title_block(&mut out, c);
    context(&mut out, c);
    agenda(&mut out, c);
    stakeholders(&mut out, c);
    relationships(&mut out, c);
    tasks(&mut out, c);
    actions(&mut out, c);
    super::scorecard::scorecard(&mut out, c);
    checks(&mut out, c, today);
    notes(&mut out, c);
    out
}

fn title_block(out: &mut String, c: &Canvas) {
    let rows = [
        ("Organisation", c.organisation.clone()),
        ("Facilitator", c.facilitator.clone()),
        ("Date", opt(c.date)),
        ("Revision", c.revision.to_string()),
        ("Participants", c.context.participants.join(", ")),
    ];
    for (label, value) in rows.into_iter().filter(|(_, v)| !v.is_empty()) {
        let _ = writeln!(out, "- **{label}:** {}", inline(&value));
    }
    out.push('\n');
}

fn context(out: &mut String, c: &Canvas) {
    out.push_str("## Value goal\n\n");
    let goal = if c.context.goal.trim().is_empty() {
        "*No goal set yet.*".to_string()
    } else {
        inline(&c.context.goal)
    };
    let _ = writeln!(out, "{goal}\n");
    if !c.context.drivers.is_empty() {
        let rows = c.context.drivers.iter().map(|d| vec![d.driver.label().to_string(), d.answer.clone()]);
        out.push_str(&table(&["Value driver", "What the room said"], rows));
        out.push('\n');
    }
    let e = c.context.emphasis;
    let rows = Phase::ALL.iter().map(|p| {
        let n = e.get(*p);
        let dots = "●".repeat(usize::from(n.min(3))) + &"○".repeat(usize::from(3 - n.min(3)));
        vec![p.label().to_string(), format!("{dots} {n}")]
    });
    out.push_str("The four phases run at the same time; emphasis says where this plan puts its weight.\n\n");
    out.push_str(&table(&["Phase", "Emphasis (0–3)"], rows));
    out.push('\n');
}

fn minutes(secs: u64) -> String {
    format!("{}:{:02}", secs / 60, secs % 60)
}

fn agenda(out: &mut String, c: &Canvas) {
    if c.agenda.is_empty() {
        return;
    }
    out.push_str("## Agenda: plan and actual\n\n");
    let mut rows: Vec<Vec<String>> = c
        .agenda
        .iter()
        .map(|b| vec![b.title.clone(), format!("{} min", b.minutes), minutes(b.spent_secs)])
        .collect();
    let spent: u64 = c.agenda.iter().map(|b| b.spent_secs).sum();
    rows.push(vec!["Total".into(), format!("{} min", planned_minutes(&c.agenda)), minutes(spent)]);
    out.push_str(&table(&["Block", "Planned", "Actual (m:ss)"], rows));
    out.push('\n');
}

fn empty_section(out: &mut String, what: &str) {
    let _ = writeln!(out, "*No {what} yet.*\n");
}

fn stakeholders(out: &mut String, c: &Canvas) {
    out.push_str("## Stakeholders\n\n");
    if c.stakeholders.is_empty() {
        return empty_section(out, "stakeholders");
    }
    let quadrant = Derived {
        after: FieldKey::Interest,
        header: "Quadrant",
        value: |s: &Stakeholder| opt(s.quadrant().map(|q| q.label())),
    };
    out.push_str(&described_table(c.stakeholders.iter(), &c.names(), &[quadrant]));
    out.push('\n');
}

fn relationships(out: &mut String, c: &Canvas) {
    out.push_str("## Relationships\n\n");
    if c.relationships.is_empty() {
        return empty_section(out, "relationships");
    }
    out.push_str(&described_table(c.relationships.iter(), &c.names(), &[]));
    out.push('\n');
}

fn task_table(out: &mut String, tasks: &[&Task], names: &Names) {
    out.push_str(&described_table(tasks.iter().copied(), names, &[]));
    out.push('\n');
}

fn tasks(out: &mut String, c: &Canvas) {
    out.push_str("## Community management tasks\n\n");
    if c.tasks.is_empty() {
        return empty_section(out, "community management tasks");
    }
    let names = c.names();
    for phase in Phase::ALL {
        let of_phase: Vec<&Task> = c.tasks.iter().filter(|t| t.phase == Some(*phase)).collect();
        let _ = writeln!(out, "### {}\n", phase.label());
        if of_phase.is_empty() {
            let _ = writeln!(out, "*No ongoing {} work.*\n", phase.label());
        } else {
            task_table(out, &of_phase, &names);
        }
    }
    let loose: Vec<&Task> = c.tasks.iter().filter(|t| t.phase.is_none()).collect();
    if !loose.is_empty() {
        out.push_str("### No phase set\n\n");
        task_table(out, &loose, &names);
    }
}

fn actions(out: &mut String, c: &Canvas) {
    out.push_str("## Adoption action plan\n\n");
    if c.actions.is_empty() {
        return empty_section(out, "adoption actions");
    }
    out.push_str(&described_table(c.actions.iter(), &c.names(), &[]));
    out.push('\n');
}

fn checks(out: &mut String, c: &Canvas, today: Day) {
    out.push_str("## Coverage\n\n");
    let rows = coverage(c).into_iter().map(|(p, n)| {
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
    out.push_str(&table(&["Phase", "Relationships", "Tasks", "Actions", ""], rows));
    out.push_str("\n## Warnings\n\n");
    let found = warnings(c, today);
    if found.is_empty() {
        out.push_str(
            "No warnings: every phase has work, every action an owner, a due date and an indicator.\n",
        );
    }
    for w in found {
        let _ = writeln!(out, "- {}", inline(&w.message));
    }
    out.push_str("\n## Loop-review schedule\n\n");
    let schedule = review_schedule(c, today);
    if schedule.is_empty() {
        out.push_str("*No loop reviews planned: give each action a review date.*\n\n");
        return;
    }
    let rows = schedule.iter().map(|r| {
        let a = r.action;
        let when = if r.overdue { format!("{} (overdue)", r.date) } else { r.date.to_string() };
        let ind = a.indicator().map(|i| i.name.clone()).unwrap_or_default();
        vec![when, a.id.clone(), a.title.clone(), a.owner.clone(), ind, opt(a.loop_state)]
    });
    out.push_str(&table(&["Review", "Id", "Action", "Owner", "Indicator", "Loop"], rows));
    out.push('\n');
}

fn notes(out: &mut String, c: &Canvas) {
    let names = c.names();
    let mut found: Vec<(String, &str)> = Vec::new();
    found.extend(c.stakeholders.iter().map(|s| (format!("{} {}", s.id, s.name), s.notes.as_str())));
    found.extend(
        c.relationships
            .iter()
            .map(|r| (format!("{} {} – {}", r.id, names.of(&r.from), names.of(&r.to)), r.notes.as_str())),
    );
    found.extend(c.tasks.iter().map(|t| (format!("{} {}", t.id, t.title), t.notes.as_str())));
    found.extend(c.actions.iter().map(|a| (format!("{} {}", a.id, a.title), a.notes.as_str())));
    found.retain(|(_, n)| !n.trim().is_empty());
    if found.is_empty() {
        return;
    }
    out.push_str("## Notes\n\n");
    for (who, note) in found {
        let _ = writeln!(out, "- **{}**: {}", inline(&who), inline(note));
    }
    out.push('\n');
}
