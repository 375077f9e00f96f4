//! The handout's first page: the summary an executive reads, then who owes what.

use std::collections::BTreeMap;

use super::doc::{Item, Line, Table, emph, strong, text};
use super::page::Page;
use crate::i18n::Tr;
use crate::model::{
    Action, ActionStatus, Canvas, Day, Facts, Language, LoopState, LoopVerdict, Phase, PhaseCoverage, Task,
    TaskStatus, Warning, WarningKind,
};

/// How bad a kind of warning is: lower is worse. A phase left without ongoing work lets the
/// organisation slip back; a broken relationship and a loop left unreviewed come next.
fn severity(kind: WarningKind) -> u8 {
    use WarningKind::*;
    match kind {
        EmptyPhase => 0,
        Reconnect => 1,
        OverdueReview => 2,
        CadenceSlipped => 2,
        OverdueAction => 3,
        LinchPin => 4,
        UnconnectedPower => 4,
        StanceGap => 5,
        Hub => 5,
        NoRelationship => 6,
        IncompleteAction => 6,
        UnmeasuredLoop => 7,
        UnknownOwner => 8,
        UnownedTask => 9,
        ActivityOnly => 10,
        TargetReached => 11,
    }
}

/// The worst warning: the first of the most severe kind.
pub fn worst(found: &[Warning]) -> Option<&Warning> {
    found.iter().min_by_key(|w| severity(w.kind))
}

/// Whether an action still asks something of its owner.
fn live(a: &Action) -> bool {
    !matches!(a.status, Some(ActionStatus::Done | ActionStatus::Dropped))
}

/// The three to five actions the room backed most: by votes, then due date; as many as have
/// votes, but at least three when there are three.
pub fn top_actions(c: &Canvas) -> Vec<&Action> {
    let mut all: Vec<&Action> = c.actions.iter().filter(|a| live(a)).collect();
    all.sort_by_key(|a| (std::cmp::Reverse(a.votes), a.due.is_none(), a.due));
    let voted = all.iter().filter(|a| a.votes > 0).count();
    all.truncate(voted.clamp(3, 5));
    all
}

/// The phase that needs attention, and why: a phase with no ongoing work (the most emphasised
/// first), else the phase with the least work for its emphasis; `rows` is the canvas's coverage.
pub fn attention(c: &Canvas, rows: &[(Phase, PhaseCoverage); 4], tr: Tr) -> (Phase, String) {
    let emphasis = |p: Phase| c.context.emphasis.get(p);
    let bare =
        rows.iter().filter(|(_, n)| n.lacks_ongoing_work()).max_by_key(|(p, _)| (emphasis(*p), 4 - *p as u8));
    if let Some((p, n)) = bare {
        return (*p, tr.args("handout-bare-phase", &[("actions", n.actions.into())]));
    }
    let load = |p: Phase, n: &PhaseCoverage| (n.ongoing + n.actions) as f64 / (1.0 + f64::from(emphasis(p)));
    let (p, n) = rows.iter().min_by(|a, b| load(a.0, &a.1).total_cmp(&load(b.0, &b.1))).expect("four phases");
    (*p, tr.args("handout-thinnest-phase", &[("tasks", n.ongoing.into()), ("actions", n.actions.into())]))
}

/// The owner and date of an action: `Sam Lee, due 2026-12-15`.
fn who_when(a: &Action, tr: Tr) -> String {
    let none = tr.get("handout-no-owner");
    let owner = if a.owner.trim().is_empty() { none.as_str() } else { a.owner.trim() };
    match a.due {
        Some(d) => tr.args("handout-owner-due", &[("owner", owner.into()), ("date", tr.day(d).into())]),
        None => tr.args("handout-owner-no-due", &[("owner", owner.into())]),
    }
}

/// What an action achieved, in one line, if anything: its loop closed (with the evidence), its
/// target reached, its work done; and the gain written for it, with the return when it is a number.
fn achievement(a: &Action, lang: Language, tr: Tr) -> Option<String> {
    let ind = a.indicator();
    let latest = ind.and_then(|i| i.latest());
    let against = |r: &crate::model::Reading| {
        let target = ind.map(|i| i.target.trim()).filter(|t| !t.is_empty());
        let (value, date) = (r.value.trim(), tr.day(r.date));
        match target {
            Some(t) => tr.args(
                "handout-evidence-target",
                &[("value", value.into()), ("date", date.into()), ("target", t.into())],
            ),
            None => tr.args("handout-evidence", &[("value", value.into()), ("date", date.into())]),
        }
    };
    let reached = ind.is_some_and(|i| i.target_reached(lang));
    let with = |key: &str, evidence: String| tr.args(key, &[("evidence", evidence.into())]);
    let mut what = match (a.loop_state == Some(LoopState::Closed), latest) {
        (true, Some(r)) => with("handout-loop-closed-evidence", against(r)),
        (true, None) => tr.get("handout-loop-closed"),
        (false, Some(r)) if reached => with("handout-target-reached", against(r)),
        (false, Some(r)) if a.status == Some(ActionStatus::Done) => with("handout-done-latest", against(r)),
        (false, None) if a.status == Some(ActionStatus::Done) => tr.get("handout-done-not-closed"),
        _ => return None,
    };
    if a.loop_verdict(lang) == Some(LoopVerdict::ClosedShortOfTarget) {
        what.push_str(&format!(" — {}", tr.get("handout-short-of-target")));
    }
    if !a.gain.trim().is_empty() {
        let (gain, cost) = (a.gain.trim(), a.cost.trim());
        let gained = match a.return_on_cost(lang) {
            Ok(r) => {
                let percent = crate::i18n::percent((r * 100.0).round(), 0, tr.lang());
                let args = [("gain", gain.into()), ("cost", cost.into()), ("percent", percent.into())];
                tr.args("handout-gain-return", &args)
            }
            Err(_) if cost.is_empty() => tr.args("handout-gain", &[("gain", gain.into())]),
            Err(why) => {
                let args = [("gain", gain.into()), ("cost", cost.into()), ("why", why.why_in(tr).into())];
                tr.args("handout-gain-no-return", &args)
            }
        };
        what.push_str(&tr.args("card-way", &[("way", gained.into())]));
    }
    Some(format!("{} {} — {what}", a.id, a.title.trim()))
}

/// What was achieved: every action whose loop closed, whose target was reached or whose work is
/// done, with its evidence and gain; the summary opens with it.
pub fn achieved(doc: &mut dyn Page, c: &Canvas, tr: Tr) {
    let label = strong(tr.args("plan-label", &[("label", tr.get("handout-achieved").into())]) + " ");
    let lines: Vec<String> = c.actions.iter().filter_map(|a| achievement(a, c.language, tr)).collect();
    if lines.is_empty() {
        return doc.para(&[label, emph(tr.get("handout-achieved-nothing"))]);
    }
    let closed = c.actions.iter().filter(|a| a.loop_state == Some(LoopState::Closed)).count();
    let reached =
        c.actions.iter().filter(|a| a.indicator().is_some_and(|i| i.target_reached(c.language))).count();
    let counts = [("loops", closed.into()), ("targets", reached.into())];
    doc.para(&[label, text(tr.args("handout-achieved-counts", &counts))]);
    doc.list(
        &lines.into_iter().map(|l| Item { line: vec![text(l)], children: Vec::new() }).collect::<Vec<_>>(),
    );
}

/// The summary: what was achieved, goal, top actions, next loop review, the phase that needs
/// attention, warnings; `known` are the canvas's facts, worked out once for the whole plan.
pub fn summary(doc: &mut dyn Page, c: &Canvas, known: &Facts, tr: Tr) {
    let label = |key: &str| strong(tr.args("plan-label", &[("label", tr.get(key).into())]) + " ");
    doc.heading(2, &tr.get("handout-summary"), false);
    achieved(doc, c, tr);
    let goal = c.context.goal.trim();
    if goal.is_empty() {
        doc.para(&[label("handout-goal"), emph(tr.get("handout-no-goal"))]);
    } else {
        doc.para(&[label("handout-goal"), text(goal)]);
    }
    let top = top_actions(c);
    if top.is_empty() {
        doc.note(&tr.get("plan-no-actions"));
    } else {
        doc.para(&[strong(tr.get("handout-top-actions")), text(format!(" {}", tr.get("handout-top-why")))]);
        let rows = top
            .iter()
            .map(|a| vec![a.id.clone(), a.title.clone(), who_when(a, tr), votes(a.votes)])
            .collect();
        let headers = ["plan-id", "plan-action", "handout-owner-and-date", "handout-votes"];
        doc.table(Table::new(headers.map(|h| tr.get(h)), rows));
    }
    let mut facts: Vec<Item> = vec![Item {
        line: vec![
            label("handout-as-of"),
            text(tr.args("handout-as-of-day", &[("date", tr.day(known.today).into())])),
        ],
        children: Vec::new(),
    }];
    let schedule = &known.schedule;
    // The loops still to review, as `cvc reviews` and Review count them (a done action's open
    // loop among them).
    let open = |r: &&crate::model::Review| r.action.loop_pending();
    let overdue = schedule.iter().filter(|r| r.overdue).count();
    let next = schedule.iter().filter(open).find(|r| !r.overdue);
    let mut review: Line = vec![label("handout-next-review")];
    match next {
        Some(r) => {
            let none = tr.get("handout-no-owner");
            let owner = if r.action.owner.trim().is_empty() { none.as_str() } else { r.action.owner.trim() };
            review.push(text(format!("{} — {} {} ({owner})", tr.day(r.date), r.action.id, r.action.title)));
        }
        None => review.push(text(tr.get("handout-none-planned"))),
    }
    if overdue > 0 {
        // "; " before it, the language's way (French puts a no-break space before the semicolon).
        let before = tr.args("card-way", &[("way", "".into())]);
        review.extend([text(before), strong(tr.args("handout-overdue", &[("count", overdue.into())]))]);
    }
    facts.push(Item { line: review, children: Vec::new() });
    let (phase, why) = attention(c, &known.coverage, tr);
    facts.push(Item {
        line: vec![label("handout-needs-attention"), text(format!("{} — {why}", tr.label(phase)))],
        children: Vec::new(),
    });
    let found = &known.warnings;
    let line = match worst(found) {
        None => vec![label("plan-warnings"), text(tr.get("handout-warnings-none"))],
        Some(w) => vec![
            strong(tr.args("handout-warnings-count", &[("count", found.len().into())])),
            text(tr.args("handout-worst", &[("message", w.text(tr).into())])),
        ],
    };
    facts.push(Item { line, children: Vec::new() });
    doc.list(&facts);
}

/// A votes cell: empty for none.
fn votes(n: u32) -> String {
    if n == 0 { String::new() } else { n.to_string() }
}

/// What one owner owes: a line per live action and ongoing task.
struct Owed {
    /// Sorts the owner's lines: dated first, by date.
    key: (bool, Option<Day>, String),
    /// The line.
    line: String,
}

fn owed_action(a: &Action, today: Day, tr: Tr) -> Owed {
    let mut when = Vec::new();
    if let Some(d) = a.due {
        let key = if d < today { "handout-due-overdue" } else { "handout-due" };
        when.push(tr.arg(key, "date", &tr.day(d)));
    }
    if let Some(r) = a.review {
        when.push(tr.arg("handout-review-on", "date", &tr.day(r)));
    }
    let when = if when.is_empty() { tr.get("handout-no-date") } else { when.join(", ") };
    Owed { key: (a.due.is_none(), a.due, a.id.clone()), line: format!("{} {} — {when}", a.id, a.title) }
}

fn owed_task(t: &Task, tr: Tr) -> Owed {
    let cadence = t.cadence.map_or_else(|| tr.get("handout-no-cadence"), |c| tr.label(c));
    let phase = t.phase.map(|p| format!(", {}", tr.label(p))).unwrap_or_default();
    // The days the work was held, so the client sees it kept happening (or when it stopped).
    let held = match (t.held.first(), t.held.last()) {
        (Some(first), Some(last)) if t.held.len() > 1 => {
            let args = [
                ("count", t.held.len().into()),
                ("first", tr.day(*first).into()),
                ("last", tr.day(*last).into()),
            ];
            tr.args("card-way", &[("way", tr.args("handout-held-times", &args).into())])
        }
        (Some(day), _) => {
            let once = tr.arg("handout-held-once", "date", &tr.day(*day));
            tr.args("card-way", &[("way", once.into())])
        }
        _ => String::new(),
    };
    Owed { key: (true, None, t.id.clone()), line: format!("{} {} — {cadence}{phase}{held}", t.id, t.title) }
}

/// Actions and tasks still to do, grouped by owner (owners by name, "no owner" last).
pub fn who_owes_what(doc: &mut dyn Page, c: &Canvas, today: Day, tr: Tr) {
    doc.heading(2, &tr.get("handout-who-owes-what"), false);
    let nobody = tr.get("handout-no-owner-yet");
    let mut by_owner: BTreeMap<(bool, String), (String, Vec<Owed>)> = BTreeMap::new();
    let mut add = |owner: &str, owed: Owed| {
        let owner = owner.trim();
        let key = (owner.is_empty(), owner.to_lowercase());
        let shown = || if owner.is_empty() { nobody.clone() } else { owner.to_string() };
        by_owner.entry(key).or_insert_with(|| (shown(), Vec::new())).1.push(owed);
    };
    for a in c.actions.iter().filter(|a| live(a)) {
        add(&a.owner, owed_action(a, today, tr));
    }
    // Done work whose loop nobody closed is still owed: someone has to check that it worked.
    let unclosed = |a: &&Action| a.loop_verdict(c.language) == Some(LoopVerdict::DoneNotClosed);
    for a in c.actions.iter().filter(unclosed) {
        let mut owed = owed_action(a, today, tr);
        let review = a.review.map_or_else(
            || tr.get("handout-unclosed-no-review"),
            |r| tr.arg("handout-unclosed-review", "date", &tr.day(r)),
        );
        owed.line = format!("{} {} — {review}", a.id, a.title);
        add(&a.owner, owed);
    }
    for t in c.tasks.iter().filter(|t| t.status != Some(TaskStatus::Stopped)) {
        add(&t.owner, owed_task(t, tr));
    }
    if by_owner.is_empty() {
        return doc.note(&tr.get("handout-nothing-owed"));
    }
    let items: Vec<Item> = by_owner
        .into_values()
        .map(|(owner, mut owed)| {
            owed.sort_by(|a, b| a.key.cmp(&b.key));
            Item {
                line: vec![strong(owner)],
                children: owed.into_iter().map(|o| vec![text(o.line)]).collect(),
            }
        })
        .collect();
    doc.list(&items);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::doc::Doc;
    use crate::model::{Emphasis, coverage};

    fn action(title: &str, votes: u32, due: Option<&str>) -> Action {
        Action { title: title.into(), votes, due: due.map(|d| d.parse().unwrap()), ..Default::default() }
    }

    #[test]
    fn top_actions_go_by_votes_then_due_date_and_leave_done_ones_out() {
        let mut c = Canvas::new("t");
        c.add_action(action("late", 2, Some("2027-03-01")));
        c.add_action(action("soon", 2, Some("2027-01-01")));
        c.add_action(action("most", 9, None));
        c.add_action(Action { status: Some(ActionStatus::Done), ..action("done", 20, None) });
        c.add_action(action("none", 0, Some("2026-01-01")));
        c.add_action(action("none later", 0, Some("2026-02-01")));
        let titles: Vec<_> = top_actions(&c).iter().map(|a| a.title.as_str()).collect();
        assert_eq!(titles, ["most", "soon", "late"], "three with votes: those three");
        c.add_action(action("four", 1, None));
        assert_eq!(top_actions(&c).len(), 4);
    }

    #[test]
    fn the_phase_without_ongoing_work_needs_attention_the_most_emphasised_first() {
        let mut c = Canvas::new("t");
        c.context.emphasis = Emphasis { connect: 1, share: 0, solve: 3, innovate: 0 };
        assert_eq!(attention(&c, &coverage(&c), Tr::default()).0, Phase::Solve);
        for p in Phase::ALL {
            c.add_task(Task { phase: Some(*p), status: Some(TaskStatus::Active), ..Default::default() });
        }
        c.add_task(Task {
            phase: Some(Phase::Solve),
            status: Some(TaskStatus::Active),
            ..Default::default()
        });
        let (p, why) = attention(&c, &coverage(&c), Tr::default());
        assert_eq!(p, Phase::Connect, "{why}");
    }

    #[test]
    fn the_summary_says_the_day_it_counts_from_and_counts_overdue_reviews_from_it() {
        let mut c = Canvas::new("t");
        c.add_action(Action { review: "2027-02-01".parse().ok(), ..action("reviewed", 0, None) });
        let shown = |day: &str| {
            let mut doc = Doc { title: String::new(), blocks: Vec::new() };
            summary(&mut doc, &c, &crate::model::Facts::of(&c, day.parse().unwrap()), Tr::default());
            crate::export::markdown::render(&doc)
        };
        let before = shown("2027-02-01");
        assert!(before.contains("**As of:** 2027-02-01 (what is overdue"), "{before}");
        assert!(before.contains("2027-02-01 — A1 reviewed") && !before.contains("overdue**"), "{before}");
        let after = shown("2027-02-02");
        assert!(after.contains("**As of:** 2027-02-02") && after.contains("**1 overdue**"), "{after}");
    }

    #[test]
    fn what_is_owed_keeps_done_unclosed_loops_and_says_when_tasks_were_held() {
        let c = crate::store::load(std::path::Path::new("canvases/acme-2027-05.ron")).unwrap();
        let mut doc = Doc::default();
        who_owes_what(&mut doc, &c, "2027-05-19".parse().unwrap(), Tr::default());
        let md = crate::export::markdown::render(&doc);
        assert!(md.contains("A6 We will reconnect the service desk morning handover — done, loop not closed: review 2027-06-15"), "{md}");
        assert!(md.contains("T2 Curate the top 20 field questions — fortnightly, Share; held 16 times from 2026-06-03 to 2027-02-03"), "{md}");
        assert!(!md.contains("A1 "), "a closed loop owes nothing: {md}");
        let mut doc = Doc::default();
        achieved(&mut doc, &c, Tr::default());
        let md = crate::export::markdown::render(&doc);
        assert!(md.starts_with("**What was achieved:** 2 loops closed, 2 targets reached."), "{md}");
        assert!(md.contains("A1 We will answer every field question within 24h — loop closed: 16 hours on 2027-04-30 against a target of 24 hours; gain 60000 EUR for a cost of 8000 EUR (return 650%)"), "{md}");
        assert!(
            md.contains(
                "A6 We will reconnect the service desk morning handover — work done, loop not closed yet"
            ),
            "{md}"
        );
    }

    #[test]
    fn the_worst_warning_is_an_empty_phase_before_a_missing_indicator() {
        let w = |kind, m: &'static str| Warning::new(kind, None, crate::model::Said::new(m, Vec::new()));
        let found = [
            w(WarningKind::IncompleteAction, "a"),
            w(WarningKind::Reconnect, "b"),
            w(WarningKind::EmptyPhase, "c"),
        ];
        assert_eq!(worst(&found).unwrap().message(), "c");
        assert_eq!(worst(&[]), None);
    }
}
