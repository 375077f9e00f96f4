//! One-line summaries of entries, shared by the lists, the filter and the projector.

use super::derived::Derived;
use crate::model::{Canvas, EntryKind, summary_facts};

/// The facts shown after an entry's name or title, most telling first: a stakeholder's quadrant,
/// then the fields its description puts on the summary line.
pub(crate) fn facts(c: &Canvas, kind: EntryKind, i: usize) -> Vec<String> {
    match kind {
        EntryKind::Stakeholder => {
            let s = &c.stakeholders[i];
            let mut out: Vec<String> = s.quadrant().map(|q| q.label().to_string()).into_iter().collect();
            out.extend(summary_facts(s));
            out
        }
        EntryKind::Relationship => summary_facts(&c.relationships[i]),
        EntryKind::Task => summary_facts(&c.tasks[i]),
        EntryKind::Action => summary_facts(&c.actions[i]),
    }
}

/// Whether the entry's id, name or facts contain `query` (ignoring case).
pub(crate) fn matches(c: &Canvas, d: &Derived, kind: EntryKind, i: usize, query: &str) -> bool {
    let q = query.to_lowercase();
    let id = c.id_at(kind, i).unwrap_or_default().to_lowercase();
    id == q
        || d.label(c, kind, i).to_lowercase().contains(&q)
        || facts(c, kind, i).join(" ").to_lowercase().contains(&q)
}
