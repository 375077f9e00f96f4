//! Comparison reports: a text summary like `git diff --stat` with detail, and a Markdown page for the client.

use std::fmt::Write;

use super::markdown::{inline, opt, table};
use crate::diff::{Diff, Matching, SectionDiff, Signal, grouped};

fn side_name(s: &crate::diff::Side) -> String {
    let date = s.date.map(|d| format!(", {d}")).unwrap_or_default();
    format!("{} (revision {}{date})", if s.title.is_empty() { "untitled" } else { &s.title }, s.revision)
}

fn matched_by(d: &Diff) -> &'static str {
    match d.matching {
        Matching::ById => "same canvas: entries matched by id",
        Matching::ByName => "different canvases: entries matched by name",
    }
}

fn stat(s: &SectionDiff) -> String {
    format!("+{} -{} ~{}", s.added.len(), s.removed.len(), s.changed.len())
}

fn shown(v: &str) -> &str {
    if v.is_empty() { "(none)" } else { v }
}

/// Signals as plain text, a heading per group ("Needs attention", "Good news"), a blank line after.
pub fn signals_text(signals: &[Signal]) -> String {
    let mut out = String::new();
    for (group, list) in grouped(signals) {
        let _ = writeln!(out, "{}", group.title());
        for s in list {
            let _ = writeln!(out, "  {} {}", group.mark(), s.message);
        }
        out.push('\n');
    }
    out
}

/// The comparison as plain text: the signals by group, a stat block, then each change field by field.
pub fn diff_text(d: &Diff) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "old: {}\nnew: {}\n({})\n", side_name(&d.old), side_name(&d.new), matched_by(d));
    if d.is_empty() {
        out.push_str("No changes.\n");
        return out;
    }
    out.push_str(&signals_text(&d.signals));
    let width = d.sections.iter().map(|s| s.kind.title().len()).max().unwrap_or(0).max(7);
    let _ = writeln!(out, " {:width$} | {} changed", "Context", d.context.len());
    for s in &d.sections {
        let _ = writeln!(out, " {:width$} | {}  ({} unchanged)", s.kind.title(), stat(s), s.unchanged);
    }
    let total = |f: fn(&SectionDiff) -> usize| d.sections.iter().map(f).sum::<usize>();
    let _ = writeln!(
        out,
        " {} added, {} removed, {} changed\n",
        total(|s| s.added.len()),
        total(|s| s.removed.len()),
        total(|s| s.changed.len()) + usize::from(!d.context.is_empty())
    );
    if !d.context.is_empty() {
        out.push_str("Context\n");
        for f in &d.context {
            let _ = writeln!(out, "  ~ {}: {} → {}", f.field, shown(&f.old), shown(&f.new));
        }
        out.push('\n');
    }
    for s in d.sections.iter().filter(|s| !s.is_empty()) {
        let _ = writeln!(out, "{}", s.kind.title());
        for e in &s.added {
            let _ = writeln!(out, "  + {} {}", e.id, e.label);
        }
        for e in &s.removed {
            let _ = writeln!(out, "  - {} {}", e.id, e.label);
        }
        for c in &s.changed {
            let ids = if c.old_id == c.id { c.id.clone() } else { format!("{} (was {})", c.id, c.old_id) };
            let _ = writeln!(out, "  ~ {ids} {}", c.label);
            for f in &c.fields {
                let _ = writeln!(out, "      {}: {} → {}", f.field, shown(&f.old), shown(&f.new));
            }
        }
        out.push('\n');
    }
    out
}

/// Up to five names, then how many more: "Platform vendor, Customer success".
fn some_names<'a>(names: impl ExactSizeIterator<Item = &'a str>) -> String {
    let total = names.len();
    let shown: Vec<String> = names.take(5).map(inline).collect();
    let more = if total > 5 { format!(" and {} more", total - 5) } else { String::new() };
    format!("{}{more}", shown.join(", "))
}

/// One line per section: what was added and removed (by name), changed and left as it was.
fn summary_lines(d: &Diff) -> String {
    let mut out = String::from("## Summary\n\n");
    if !d.context.is_empty() {
        let fields = some_names(d.context.iter().map(|f| f.field));
        let _ = writeln!(out, "- **Context**: {} changed ({fields}).", d.context.len());
    }
    for s in &d.sections {
        let mut parts = Vec::new();
        if !s.added.is_empty() {
            parts.push(format!(
                "{} added ({})",
                s.added.len(),
                some_names(s.added.iter().map(|e| e.label.as_str()))
            ));
        }
        if !s.removed.is_empty() {
            let names = some_names(s.removed.iter().map(|e| e.label.as_str()));
            parts.push(format!("{} removed ({names})", s.removed.len()));
        }
        if !s.changed.is_empty() {
            parts.push(format!("{} changed", s.changed.len()));
        }
        parts.push(format!("{} as before", s.unchanged));
        let _ = writeln!(out, "- **{}**: {}.", s.kind.title(), parts.join(", "));
    }
    out.push('\n');
    out
}

/// Signals as Markdown: a section per group ("Needs attention", "Good news"), or a line saying
/// nothing stands out.
pub fn signals_markdown(signals: &[Signal]) -> String {
    let mut out = String::new();
    for (group, list) in grouped(signals) {
        let _ = writeln!(out, "## {}\n", group.title());
        for s in list {
            let _ = writeln!(out, "- {}", inline(&s.message));
        }
        out.push('\n');
    }
    if out.is_empty() {
        out.push_str("## Keep reconnecting\n\nNobody left, no relationship broke or reconnected, and no action moved.\n\n");
    }
    out
}

/// The comparison as a client page: "what changed since last time", signals first.
pub fn diff_markdown(d: &Diff) -> String {
    let mut out = String::new();
    let title = if d.new.title.is_empty() { "the canvas" } else { &d.new.title };
    let _ = writeln!(out, "# What changed since last time: {}\n", inline(title));
    let _ = writeln!(
        out,
        "From {} to {} ({}).\n",
        inline(&side_name(&d.old)),
        inline(&side_name(&d.new)),
        matched_by(d)
    );
    if d.is_empty() {
        out.push_str("No changes.\n");
        return out;
    }
    out.push_str(&signals_markdown(&d.signals));
    out.push_str(&summary_lines(d));
    out.push_str(&super::delta_pictures::pictures(d));
    out.push_str("## In detail\n\n");
    if !d.carried.is_empty() {
        out.push_str("### Actions carried over\n\n");
        let pair = |a: String, b: String| if a == b { a } else { format!("{a} → {b}") };
        let rows = d.carried.iter().map(|a| {
            vec![
                a.id.clone(),
                a.title.clone(),
                a.owner.clone(),
                pair(opt(a.status.0), opt(a.status.1)),
                pair(opt(a.loop_state.0), opt(a.loop_state.1)),
                opt(a.review),
            ]
        });
        out.push_str(&table(&["Id", "Action", "Owner", "Status", "Loop", "Review"], rows));
        out.push('\n');
    }
    if !d.context.is_empty() {
        out.push_str("### Context\n\n");
        let rows = d.context.iter().map(|f| vec![f.field.to_string(), f.old.clone(), f.new.clone()]);
        out.push_str(&table(&["Field", "Before", "Now"], rows));
        out.push('\n');
    }
    for s in d.sections.iter().filter(|s| !s.is_empty()) {
        let _ = writeln!(out, "### {}\n", s.kind.title());
        let mut rows: Vec<Vec<String>> = Vec::new();
        rows.extend(s.added.iter().map(|e| {
            vec!["added".into(), e.id.clone(), e.label.clone(), String::new(), String::new(), String::new()]
        }));
        rows.extend(s.removed.iter().map(|e| {
            vec!["removed".into(), e.id.clone(), e.label.clone(), String::new(), String::new(), String::new()]
        }));
        for c in &s.changed {
            for f in &c.fields {
                rows.push(vec![
                    "changed".into(),
                    c.id.clone(),
                    c.label.clone(),
                    f.field.to_string(),
                    f.old.clone(),
                    f.new.clone(),
                ]);
            }
        }
        out.push_str(&table(&["", "Id", "Entry", "Field", "Before", "Now"], rows));
        out.push('\n');
    }
    out
}
