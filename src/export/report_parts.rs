//! The report's parts that are also pages of their own: what changed from one revision to the
//! next (`cvc diff --format html`) and the canvas over its revisions (`cvc history --format html`).

use super::doc::{Doc, Item, Table, emph, strong, text};
use super::html::{Palette, render};
use super::report::{revision_named, said};
use crate::diff::history::History;
use crate::diff::{Diff, FieldChange, Signal, SignalGroup};
use crate::i18n::{Tr, field_name, field_value};
use crate::model::{Day, EntryKind, Language};

/// The signals as a list, those needing attention first.
fn signals(doc: &mut Doc, found: &[Signal], tr: Tr) {
    let attention: Vec<Item> =
        found.iter().filter(|s| s.group == SignalGroup::Attention).map(|s| said(s.text(tr))).collect();
    let good: Vec<Item> =
        found.iter().filter(|s| s.group != SignalGroup::Attention).map(|s| said(s.text(tr))).collect();
    if attention.is_empty() && good.is_empty() {
        doc.note(tr.get("report-no-signals"));
        return;
    }
    if !attention.is_empty() {
        doc.para(vec![strong(tr.get("report-needs-attention"))]);
        doc.list(attention);
    }
    if !good.is_empty() {
        doc.para(vec![strong(tr.get("report-good-news"))]);
        doc.list(good);
    }
}

/// What changed from one revision to the next: the signals first, then each section's changes.
pub fn changes(doc: &mut Doc, d: &Diff, level: u8, tr: Tr) {
    let side = |s: &crate::diff::Side| revision_named(s.revision, s.date, tr);
    doc.heading(level, tr.args("report-changed-since", &[("revision", side(&d.old).into())]));
    let args = [("old", side(&d.old).into()), ("new", side(&d.new).into())];
    doc.para(vec![text(tr.args("report-from-to", &args))]);
    signals(doc, &d.signals, tr);
    let mut rows: Vec<Vec<String>> = Vec::new();
    for s in d.sections.iter().filter(|s| !s.is_empty()) {
        let kind = tr.get(match s.kind {
            crate::model::EntryKind::Stakeholder => "report-section-stakeholders",
            crate::model::EntryKind::Relationship => "report-section-relationships",
            crate::model::EntryKind::Task => "report-section-tasks",
            crate::model::EntryKind::Action => "report-section-actions",
        });
        let (added, removed) = (tr.get("report-added"), tr.get("report-removed"));
        rows.extend(
            s.added.iter().map(|e| vec![kind.clone(), added.clone(), format!("{} {}", e.id, e.label)]),
        );
        rows.extend(
            s.removed.iter().map(|e| vec![kind.clone(), removed.clone(), format!("{} {}", e.id, e.label)]),
        );
        for c in &s.changed {
            // Each field after the first joins as "; …", the language's way.
            let what = c
                .fields
                .iter()
                .map(|f| field_change(s.kind, f, tr))
                .reduce(|all, next| all + &tr.args("card-way", &[("way", next.into())]));
            rows.push(vec![
                kind.clone(),
                tr.get("report-changed"),
                format!("{} {} — {}", c.id, c.label, what.unwrap_or_default()),
            ]);
        }
    }
    if rows.is_empty() {
        doc.note(tr.get("report-no-entry-changed"));
    } else {
        let headers = [tr.get("report-section"), String::new(), tr.get("report-entry-changed")];
        doc.table(Table::new(headers, rows));
    }
}

/// One field's change in words in `tr`'s language: lists of days and readings by how many, and
/// the newest; a vocabulary's words the language's; in French and German the field's name as
/// the column's header and a day as the language writes it (English keeps the form's label and
/// `YYYY-MM-DD`).
pub(super) fn field_change(kind: EntryKind, f: &FieldChange, tr: Tr) -> String {
    let count = |s: &str| if s.trim().is_empty() { 0 } else { s.split(", ").count() };
    match f.field {
        "held" => {
            let last = day_in(f.new.rsplit(", ").next().unwrap_or(""), tr);
            let args =
                [("old", count(&f.old).into()), ("new", count(&f.new).into()), ("last", blank(&last).into())];
            tr.args("report-held-days", &args)
        }
        "readings" => {
            // A reading is written `DATE VALUE (NOTE)`; a note may hold ", " too.
            let dated = |s: &str| {
                s.split(", ").filter(|p| p.get(..10).is_some_and(|d| d.parse::<Day>().is_ok())).count()
            };
            tr.args("report-readings-count", &[("old", dated(&f.old).into()), ("new", dated(&f.new).into())])
        }
        _ => {
            let value = |s: &str| blank(&value_said(kind, f, s, tr)).to_string();
            let args = [
                ("field", name_said(f, tr).into()),
                ("old", value(&f.old).into()),
                ("new", value(&f.new).into()),
            ];
            tr.args("report-field-change", &args)
        }
    }
}

/// A changed field's name for a reader: the form's label in English, the column's header in
/// French and German.
pub(super) fn name_said(f: &FieldChange, tr: Tr) -> String {
    match tr.lang() {
        Language::En => f.label.to_string(),
        _ => field_name(f.field, tr),
    }
}

/// One side of a changed field for a reader in `tr`'s language (empty when unset).
pub(super) fn value_said(kind: EntryKind, f: &FieldChange, side: &str, tr: Tr) -> String {
    day_in(&field_value(kind, f.field, side.to_string(), tr), tr)
}

/// A day written `YYYY-MM-DD` the way `tr`'s language writes it for a reader; English, and any
/// other text, as it is.
fn day_in(s: &str, tr: Tr) -> String {
    match (tr.lang(), s.parse::<Day>()) {
        (Language::En, _) | (_, Err(_)) => s.to_string(),
        (_, Ok(day)) => tr.day(day),
    }
}

fn blank(s: &str) -> &str {
    if s.trim().is_empty() { "—" } else { s }
}

/// The canvas over its revisions: the waves as a picture, each task's cadence kept between
/// workshops, and the signals across time.
pub fn over_time(doc: &mut Doc, h: &History, level: u8, tr: Tr) {
    doc.heading(level, tr.get("report-waves"));
    let tags: Vec<String> = (0..h.revisions.len())
        .map(|i| match h.revisions[i].date {
            Some(d) => format!("{} {}", h.tag(i), tr.day(d)),
            None => h.tag(i),
        })
        .collect();
    doc.para(vec![text(tr.args("report-revision-list", &[("revisions", tags.join(", ").into())]))]);
    doc.drawn(super::report_waves::waves(h, tr));
    if !h.tasks.is_empty() {
        doc.heading(level + 1, tr.get("report-kept-up"));
        doc.para(vec![emph(tr.get("report-kept-up-note"))]);
        let mut headers = vec![tr.get("column-task")];
        headers.extend((0..h.revisions.len()).map(|i| h.tag(i)));
        let rows =
            h.tasks
                .iter()
                .map(|t| {
                    let mut row = vec![format!("{} {}", t.id, t.label)];
                    row.extend(t.steps.iter().map(|s| {
                        s.as_ref().map_or_else(|| "—".to_string(), |k| super::history::kept_in(k, tr))
                    }));
                    row
                })
                .collect();
        doc.table(Table::new(headers, rows));
    }
    doc.heading(level + 1, tr.get("report-signals-over-time"));
    signals(doc, &h.signals, tr);
}

/// `cvc history --format html`: the report's part over time, alone.
pub fn history_html(h: &History) -> String {
    history_html_in(h, Tr::default())
}

/// [`history_html`] in `tr`'s language, which the page declares.
pub fn history_html_in(h: &History, tr: Tr) -> String {
    let mut doc =
        Doc { title: tr.args("history-title", &[("title", h.title.as_str().into())]), ..Doc::default() };
    doc.heading(1, doc.title.clone());
    over_time(&mut doc, h, 2, tr);
    let page = render(&doc, &Palette::paper());
    page.replacen("<html lang=\"en\">", &format!("<html lang=\"{}\">", tr.lang().code()), 1)
}

/// `cvc diff --format html`: the report's part on what changed, alone.
pub fn diff_html(d: &Diff) -> String {
    diff_html_in(d, Tr::default())
}

/// [`diff_html`] in `tr`'s language, which the page declares.
pub fn diff_html_in(d: &Diff, tr: Tr) -> String {
    let title = if d.new.title.is_empty() { tr.get("report-the-canvas") } else { d.new.title.clone() };
    let mut doc = Doc { title: tr.args("diff-html-title", &[("title", title.into())]), ..Doc::default() };
    doc.heading(1, doc.title.clone());
    changes(&mut doc, d, 2, tr);
    let page = render(&doc, &Palette::paper());
    page.replacen("<html lang=\"en\">", &format!("<html lang=\"{}\">", tr.lang().code()), 1)
}
