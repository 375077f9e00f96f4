//! Comparison reports: a text summary like `git diff --stat` with detail, and a Markdown page for the client.

use std::fmt::Write;

use super::markdown::{inline, opt, table};
use crate::diff::{Diff, Matching, SectionDiff, Signal, SignalGroup, grouped};
use crate::i18n::{Tr, change_said, context_name};
use crate::model::EntryKind;

fn side_name(s: &crate::diff::Side, tr: Tr) -> String {
    let title = if s.title.is_empty() { tr.get("diff-untitled") } else { s.title.clone() };
    let args = [("title", title.into()), ("revision", s.revision.into())];
    match s.date {
        Some(d) => {
            let mut args = args.to_vec();
            args.push(("date", tr.day(d).into()));
            tr.args("diff-side-dated", &args)
        }
        None => tr.args("diff-side", &args),
    }
}

fn matched_by(d: &Diff, tr: Tr) -> String {
    match d.matching {
        Matching::ById => tr.get("diff-by-id"),
        Matching::ByName => tr.get("diff-by-name"),
    }
}

/// A section's name in `tr`'s language.
fn section(kind: EntryKind, tr: Tr) -> String {
    tr.get(match kind {
        EntryKind::Stakeholder => "report-section-stakeholders",
        EntryKind::Relationship => "report-section-relationships",
        EntryKind::Task => "report-section-tasks",
        EntryKind::Action => "report-section-actions",
    })
}

/// A group of signals' heading in `tr`'s language.
fn group_title(group: SignalGroup, tr: Tr) -> String {
    match group {
        SignalGroup::Attention => tr.get("report-needs-attention"),
        SignalGroup::Good => tr.get("report-good-news"),
    }
}

fn stat(s: &SectionDiff) -> String {
    format!("+{} -{} ~{}", s.added.len(), s.removed.len(), s.changed.len())
}

/// Signals as plain text, a heading per group ("Needs attention", "Good news"), a blank line after.
pub fn signals_text(signals: &[Signal]) -> String {
    signals_text_in(signals, Tr::default())
}

/// [`signals_text`] in `tr`'s language.
pub fn signals_text_in(signals: &[Signal], tr: Tr) -> String {
    let mut out = String::new();
    for (group, list) in grouped(signals) {
        let _ = writeln!(out, "{}", group_title(group, tr));
        for s in list {
            let _ = writeln!(out, "  {} {}", group.mark(), s.text(tr));
        }
        out.push('\n');
    }
    out
}

/// The comparison as plain text: the signals by group, a stat block, then each change field by field.
pub fn diff_text(d: &Diff) -> String {
    diff_text_in(d, Tr::default())
}

/// [`diff_text`] in `tr`'s language (the files' field names stay as the files write them).
pub fn diff_text_in(d: &Diff, tr: Tr) -> String {
    let mut out = String::new();
    let old = tr.args("diff-old", &[("side", side_name(&d.old, tr).into())]);
    let new = tr.args("diff-new", &[("side", side_name(&d.new, tr).into())]);
    let _ = writeln!(out, "{old}\n{new}\n({})\n", matched_by(d, tr));
    if d.is_empty() {
        let _ = writeln!(out, "{}", tr.get("diff-no-changes"));
        return out;
    }
    out.push_str(&signals_text_in(&d.signals, tr));
    let context = tr.get("diff-context");
    let titles: Vec<String> = d.sections.iter().map(|s| section(s.kind, tr)).collect();
    let width = titles.iter().map(|t| t.chars().count()).max().unwrap_or(0).max(context.chars().count());
    let changed = tr.args("diff-changed-count", &[("count", d.context.len().into())]);
    let _ = writeln!(out, " {context:width$} | {changed}");
    for (s, title) in d.sections.iter().zip(&titles) {
        let unchanged = tr.args("diff-unchanged", &[("count", s.unchanged.into())]);
        let _ = writeln!(out, " {title:width$} | {}  {unchanged}", stat(s));
    }
    let total = |f: fn(&SectionDiff) -> usize| d.sections.iter().map(f).sum::<usize>();
    let args = [
        ("added", total(|s| s.added.len()).into()),
        ("removed", total(|s| s.removed.len()).into()),
        ("changed", (total(|s| s.changed.len()) + usize::from(!d.context.is_empty())).into()),
    ];
    let _ = writeln!(out, " {}\n", tr.args("diff-totals", &args));
    if !d.context.is_empty() {
        let _ = writeln!(out, "{context}");
        let none = tr.get("diff-none");
        for f in &d.context {
            let _ = writeln!(out, "  ~ {}", change_said(None, f, &none, tr));
        }
        out.push('\n');
    }
    for (s, title) in d.sections.iter().zip(&titles).filter(|(s, _)| !s.is_empty()) {
        let _ = writeln!(out, "{title}");
        for e in &s.added {
            let _ = writeln!(out, "  + {} {}", e.id, e.label);
        }
        for e in &s.removed {
            let _ = writeln!(out, "  - {} {}", e.id, e.label);
        }
        for c in &s.changed {
            let ids = if c.old_id == c.id {
                c.id.clone()
            } else {
                tr.args("diff-was-id", &[("id", c.id.as_str().into()), ("old", c.old_id.as_str().into())])
            };
            let _ = writeln!(out, "  ~ {ids} {}", c.label);
            for f in &c.fields {
                let _ = writeln!(out, "      {}", change_said(Some(s.kind), f, &tr.get("diff-none"), tr));
            }
        }
        out.push('\n');
    }
    out
}

/// Up to five names, then how many more: "Platform vendor, Customer success".
fn some_names<'a>(names: impl ExactSizeIterator<Item = &'a str>, tr: Tr) -> String {
    let total = names.len();
    let shown: Vec<String> = names.take(5).map(inline).collect();
    match total > 5 {
        true => {
            tr.args("diff-and-more", &[("names", shown.join(", ").into()), ("count", (total - 5).into())])
        }
        false => shown.join(", "),
    }
}

/// One line per section: what was added and removed (by name), changed and left as it was.
fn summary_lines(d: &Diff, tr: Tr) -> String {
    let mut out = format!("## {}\n\n", tr.get("handout-summary"));
    if !d.context.is_empty() {
        let names: Vec<String> = d.context.iter().map(|f| context_name(f.field, tr)).collect();
        let fields = some_names(names.iter().map(String::as_str), tr);
        let args = [("count", d.context.len().into()), ("fields", fields.into())];
        let _ = writeln!(out, "- **{}**: {}.", tr.get("diff-context"), tr.args("diff-changed-fields", &args));
    }
    for s in &d.sections {
        let mut parts = Vec::new();
        if !s.added.is_empty() {
            let names = some_names(s.added.iter().map(|e| e.label.as_str()), tr);
            parts.push(
                tr.args("diff-added-names", &[("count", s.added.len().into()), ("names", names.into())]),
            );
        }
        if !s.removed.is_empty() {
            let names = some_names(s.removed.iter().map(|e| e.label.as_str()), tr);
            let args = [("count", s.removed.len().into()), ("names", names.into())];
            parts.push(tr.args("diff-removed-names", &args));
        }
        if !s.changed.is_empty() {
            parts.push(tr.args("diff-changed-count", &[("count", s.changed.len().into())]));
        }
        parts.push(tr.args("diff-as-before", &[("count", s.unchanged.into())]));
        let _ = writeln!(out, "- **{}**: {}.", section(s.kind, tr), parts.join(", "));
    }
    out.push('\n');
    out
}

/// Signals as Markdown: a section per group ("Needs attention", "Good news"), or a line saying
/// nothing stands out.
pub fn signals_markdown(signals: &[Signal]) -> String {
    signals_markdown_in(signals, Tr::default())
}

/// [`signals_markdown`] in `tr`'s language.
pub fn signals_markdown_in(signals: &[Signal], tr: Tr) -> String {
    let mut out = String::new();
    for (group, list) in grouped(signals) {
        let _ = writeln!(out, "## {}\n", group_title(group, tr));
        for s in list {
            let _ = writeln!(out, "- {}", inline(&s.text(tr)));
        }
        out.push('\n');
    }
    if out.is_empty() {
        let _ =
            write!(out, "## {}\n\n{}\n\n", tr.get("diff-keep-reconnecting"), tr.get("diff-nothing-moved"));
    }
    out
}

/// The comparison as a client page: "what changed since last time", signals first.
pub fn diff_markdown(d: &Diff) -> String {
    diff_markdown_in(d, Tr::default())
}

/// [`diff_markdown`] in `tr`'s language (the files' field names stay as the files write them).
pub fn diff_markdown_in(d: &Diff, tr: Tr) -> String {
    let mut out = String::new();
    let title = if d.new.title.is_empty() { tr.get("report-the-canvas") } else { d.new.title.clone() };
    let _ = writeln!(out, "# {}\n", tr.args("diff-title", &[("title", inline(&title).into())]));
    let args = [
        ("old", inline(&side_name(&d.old, tr)).into()),
        ("new", inline(&side_name(&d.new, tr)).into()),
        ("matching", matched_by(d, tr).into()),
    ];
    let _ = writeln!(out, "{}\n", tr.args("diff-from-to", &args));
    if d.is_empty() {
        let _ = writeln!(out, "{}", tr.get("diff-no-changes"));
        return out;
    }
    out.push_str(&signals_markdown_in(&d.signals, tr));
    out.push_str(&summary_lines(d, tr));
    out.push_str(&super::delta_pictures::pictures(d, tr));
    let _ = write!(out, "## {}\n\n", tr.get("diff-in-detail"));
    if !d.carried.is_empty() {
        let _ = write!(out, "### {}\n\n", tr.get("diff-carried"));
        let pair = |a: String, b: String| if a == b { a } else { format!("{a} → {b}") };
        let rows = d.carried.iter().map(|a| {
            vec![
                a.id.clone(),
                a.title.clone(),
                a.owner.clone(),
                pair(opt(a.status.0.map(|s| tr.label(s))), opt(a.status.1.map(|s| tr.label(s)))),
                pair(opt(a.loop_state.0.map(|s| tr.label(s))), opt(a.loop_state.1.map(|s| tr.label(s)))),
                opt(a.review.map(|d| tr.day(d))),
            ]
        });
        let headers = ["plan-id", "plan-action", "plan-owner", "column-status", "plan-loop", "plan-review"];
        let headers = headers.map(|h| tr.get(h));
        out.push_str(&table(&headers.each_ref().map(String::as_str), rows));
        out.push('\n');
    }
    let (field, before, now) = (tr.get("diff-field"), tr.get("diff-before"), tr.get("diff-now"));
    if !d.context.is_empty() {
        let _ = write!(out, "### {}\n\n", tr.get("diff-context"));
        let rows = d.context.iter().map(|f| vec![context_name(f.label, tr), f.old.clone(), f.new.clone()]);
        out.push_str(&table(&[&field, &before, &now], rows));
        out.push('\n');
    }
    let (added, removed, changed) =
        (tr.get("report-added"), tr.get("report-removed"), tr.get("report-changed"));
    for s in d.sections.iter().filter(|s| !s.is_empty()) {
        let _ = writeln!(out, "### {}\n", section(s.kind, tr));
        let mut rows: Vec<Vec<String>> = Vec::new();
        rows.extend(s.added.iter().map(|e| {
            vec![added.clone(), e.id.clone(), e.label.clone(), String::new(), String::new(), String::new()]
        }));
        rows.extend(s.removed.iter().map(|e| {
            vec![removed.clone(), e.id.clone(), e.label.clone(), String::new(), String::new(), String::new()]
        }));
        for c in &s.changed {
            for f in &c.fields {
                rows.push(vec![
                    changed.clone(),
                    c.id.clone(),
                    c.label.clone(),
                    super::report_parts::name_said(f, tr),
                    super::report_parts::value_said(s.kind, f, &f.old, tr),
                    super::report_parts::value_said(s.kind, f, &f.new, tr),
                ]);
            }
        }
        let id = tr.get("plan-id");
        out.push_str(&table(&["", &id, &tr.get("diff-entry"), &field, &before, &now], rows));
        out.push('\n');
    }
    out
}
