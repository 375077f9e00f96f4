//! `cvc report`: the follow-up report for one client over its revisions (DESIGN.md §6, §11) —
//! what was achieved, the loop cards, what changed since the previous revision (signals first),
//! the waves over every revision, the network's weak points and what is due, counted from one
//! day. One page of blocks, so the Markdown and the printable HTML say the same thing; the
//! history and the change parts are also pages of their own (`history`/`diff --format html`).

use super::doc::{Doc, Item, Line, Table, strong, text};
use super::html::{Palette, render};
use super::loopcard::LoopCard;
use super::report_parts::{changes, over_time};
use crate::i18n::Tr;
use crate::model::{
    Action, ActionStatus, Canvas, DateKind, Day, FollowUp, GapKind, Language, LoopState, WarningKind, dates,
    gaps, revisit_day,
};

fn bullet(line: Line) -> Item {
    Item { line, children: Vec::new() }
}

pub(super) fn said(t: impl Into<String>) -> Item {
    bullet(vec![text(t)])
}

/// The revision's name and day: `revision 2 (2026-11-18)`, `révision 2 (18 novembre 2026)`.
pub(super) fn revision_named(revision: u32, date: Option<Day>, tr: Tr) -> String {
    match date {
        Some(d) => {
            tr.args("report-revision-dated", &[("revision", revision.into()), ("date", tr.day(d).into())])
        }
        None => tr.args("report-revision", &[("revision", revision.into())]),
    }
}

/// What the loops achieved: closed with evidence, targets reached, and the gains and returns.
fn achieved(doc: &mut Doc, c: &Canvas, tr: Tr) {
    doc.heading(2, tr.get("report-achieved"));
    let lang = c.language;
    let mut items = Vec::new();
    for a in c.actions.iter().filter(|a| a.status != Some(ActionStatus::Dropped)) {
        let closed = a.loop_state == Some(LoopState::Closed);
        let reached = a.indicator().is_some_and(|i| i.target_reached(lang));
        if !closed && !reached {
            continue;
        }
        let mut line = vec![strong(format!("{} {}", a.id, a.title.trim()))];
        let what = match (closed, a.loop_verdict(lang)) {
            (true, Some(v)) => v.words_in(tr),
            (true, None) => tr.get("handout-loop-closed"),
            (false, _) => tr.get("report-target-reached-open"),
        };
        line.push(text(tr.args("report-what", &[("what", what.into())])));
        if let Some(r) = a.indicator().and_then(|i| i.latest()) {
            let args = [("value", r.value.trim().into()), ("date", tr.day(r.date).into())];
            line.push(text(tr.args("report-latest", &args)));
        }
        if let Ok(ret) = a.return_on_cost(lang) {
            let percent = match tr.lang() {
                Language::En => format!("{}%", percent(ret)),
                other => crate::i18n::percent(percent(ret) as f64, 0, other),
            };
            let args =
                [("gain", a.gain.trim().into()), ("cost", a.cost.trim().into()), ("percent", percent.into())];
            line.push(text(tr.args("report-gain-return", &args)));
        } else if !a.gain.trim().is_empty() {
            line.push(text(tr.args("report-gain", &[("gain", a.gain.trim().into())])));
        }
        items.push(bullet(line));
    }
    if items.is_empty() {
        doc.note(tr.get("report-achieved-nothing"));
    } else {
        doc.list(items);
    }
}

fn percent(fraction: f64) -> i64 {
    (fraction * 100.0).round() as i64
}

/// The network's weak points in the latest revision, as Review names them.
fn weak_points(doc: &mut Doc, facts: &crate::model::Facts, tr: Tr) {
    doc.heading(2, tr.get("report-weak-points"));
    let kinds =
        [WarningKind::LinchPin, WarningKind::Hub, WarningKind::NoRelationship, WarningKind::UnconnectedPower];
    let items: Vec<Item> =
        facts.warnings.iter().filter(|w| kinds.contains(&w.kind)).map(|w| said(w.text(tr))).collect();
    if items.is_empty() {
        doc.note(tr.get("report-weak-points-none"));
    } else {
        doc.list(items);
    }
}

/// What is due as of the day: overdue first, then ahead; what has no date; the next revisit.
fn due(doc: &mut Doc, file: &std::path::Path, c: &Canvas, as_of: Day, tr: Tr) {
    doc.heading(2, tr.get("report-due"));
    let when = |d: Day, overdue: bool| match overdue {
        true => tr.args("plan-overdue-date", &[("date", tr.day(d).into())]),
        false => tr.day(d),
    };
    let mut open: Vec<FollowUp> = dates(file, c, as_of).into_iter().filter(FollowUp::is_open).collect();
    open.sort_by_key(|f| (!f.overdue, f.date, f.action.id.clone()));
    let mut rows: Vec<Vec<String>> = open
        .iter()
        .map(|f| {
            let kind = match f.kind {
                DateKind::Due => tr.get("report-kind-due"),
                DateKind::Review => tr.get("report-kind-review"),
            };
            vec![
                when(f.date, f.overdue),
                kind,
                format!("{} {}", f.action.id, f.action.title),
                f.action.owner.clone(),
            ]
        })
        .collect();
    if let Some(d) = c.date.and_then(revisit_day) {
        let what = tr.get("report-follow-up-workshop");
        rows.push(vec![when(d, d < as_of), tr.get("report-kind-revisit"), what, c.facilitator.clone()]);
    }
    if rows.is_empty() {
        doc.note(tr.get("report-nothing-dated"));
    } else {
        let headers = ["report-when", "report-what-column", "plan-action", "plan-owner"];
        doc.table(Table::new(headers.map(|h| tr.get(h)), rows));
    }
    let missing: Vec<Item> = gaps(file, c, as_of)
        .iter()
        .map(|g| {
            let gap = match g.kind {
                GapKind::Undated => tr.get("report-gap-undated"),
                GapKind::Unowned => tr.get("report-gap-unowned"),
                GapKind::Broken => tr.get("report-gap-broken"),
            };
            said(format!("{} {} — {gap}", g.id, g.title))
        })
        .collect();
    if !missing.is_empty() {
        doc.para(vec![strong(tr.get("report-gaps"))]);
        doc.list(missing);
    }
}

/// The report as blocks: `revisions` in revision order, each with where it came from; `as_of` is
/// the day "overdue" and "next" count from.
/// It is written in `tr`'s language; the latest revision's numbers are read in its own.
pub fn report_doc_in(revisions: &[(String, &Canvas)], as_of: Day, tr: Tr) -> Doc {
    let mut doc = Doc::default();
    let Some((source, latest)) = revisions.last() else { return doc };
    let title = match latest.title.trim() {
        "" => tr.get("report-the-canvas"),
        title => title.to_string(),
    };
    doc.title = tr.args("report-title", &[("title", title.into())]);
    doc.heading(1, doc.title.clone());
    let org = if latest.organisation.trim().is_empty() {
        String::new()
    } else {
        format!("{} — ", latest.organisation.trim())
    };
    let latest_named = revision_named(latest.revision, latest.date, tr);
    let args = [("count", revisions.len().into()), ("latest", latest_named.into())];
    doc.para(vec![text(format!("{org}{}", tr.args("report-revisions", &args)))]);
    doc.para(vec![
        strong(tr.args("plan-label", &[("label", tr.get("handout-as-of").into())]) + " "),
        text(tr.args("handout-as-of-day", &[("date", tr.day(as_of).into())])),
    ]);
    achieved(&mut doc, latest, tr);
    let facts = crate::model::Facts::of(latest, as_of);
    doc.heading(2, tr.get("plan-loop-cards"));
    let live: Vec<&Action> =
        latest.actions.iter().filter(|a| a.status != Some(ActionStatus::Dropped)).collect();
    if live.is_empty() {
        doc.note(tr.get("report-no-actions"));
    }
    // The handout's loop card (export/loopcard.rs), so a loop closer reads an action one way.
    for a in live {
        doc.loop_card(LoopCard::of_in(a, latest.language, as_of, tr));
    }
    if let [.., (_, before), (_, after)] = revisions {
        changes(&mut doc, &crate::diff::compare(before, after), 2, tr);
    }
    let h = crate::diff::history::history(revisions);
    over_time(&mut doc, &h, 2, tr);
    weak_points(&mut doc, &facts, tr);
    due(&mut doc, std::path::Path::new(source), latest, as_of, tr);
    doc
}

/// The report as Markdown with Mermaid pictures.
pub fn report_markdown(revisions: &[(String, &Canvas)], as_of: Day) -> String {
    report_markdown_in(revisions, as_of, Tr::default())
}

/// [`report_markdown`] in `tr`'s language.
pub fn report_markdown_in(revisions: &[(String, &Canvas)], as_of: Day, tr: Tr) -> String {
    super::markdown::render(&report_doc_in(revisions, as_of, tr))
}

/// The report as one self-contained printable HTML page with SVG pictures.
pub fn report_html(revisions: &[(String, &Canvas)], as_of: Day) -> String {
    report_html_in(revisions, as_of, Tr::default())
}

/// [`report_html`] in `tr`'s language.
pub fn report_html_in(revisions: &[(String, &Canvas)], as_of: Day, tr: Tr) -> String {
    let page = render(&report_doc_in(revisions, as_of, tr), &Palette::paper());
    page.replacen("<html lang=\"en\">", &format!("<html lang=\"{}\">", tr.lang().code()), 1)
}
