//! One-line summaries of entries, shared by the lists, the filter and the projector.

use super::derived::Derived;
use crate::model::{Canvas, EntryKind};

fn push(out: &mut Vec<String>, text: impl Into<String>) {
    let text = text.into();
    if !text.is_empty() {
        out.push(text);
    }
}

/// The facts shown after an entry's name or title, most telling first.
pub fn facts(c: &Canvas, kind: EntryKind, i: usize) -> Vec<String> {
    let mut out = Vec::new();
    match kind {
        EntryKind::Stakeholder => {
            let s = &c.stakeholders[i];
            if let Some(q) = s.quadrant() {
                push(&mut out, q.label());
            }
            if s.power.is_some() || s.interest.is_some() {
                let n = |v: Option<u8>| v.map_or("?".to_string(), |v| v.to_string());
                push(&mut out, format!("power {} interest {}", n(s.power), n(s.interest)));
            }
            push(&mut out, s.stance.map(|v| v.label()).unwrap_or_default());
            push(&mut out, s.kind.map(|v| v.label()).unwrap_or_default());
            push(&mut out, s.role.clone());
        }
        EntryKind::Relationship => {
            let r = &c.relationships[i];
            push(&mut out, r.exchange.clone());
            push(&mut out, r.health.map(|v| v.label()).unwrap_or_default());
            push(&mut out, r.change.map(|v| v.label()).unwrap_or_default());
            if let Some(s) = r.strength {
                push(&mut out, format!("strength {s}"));
            }
            push(&mut out, r.phases.iter().map(|p| p.label()).collect::<Vec<_>>().join("+"));
        }
        EntryKind::Task => {
            let t = &c.tasks[i];
            push(&mut out, t.owner.clone());
            push(&mut out, t.phase.map(|v| v.label()).unwrap_or_default());
            push(&mut out, t.cadence.map(|v| v.label()).unwrap_or_default());
            push(&mut out, t.status.map(|v| v.label()).unwrap_or_default());
            if t.votes > 0 {
                push(&mut out, format!("{} ●", t.votes));
            }
        }
        EntryKind::Action => {
            let a = &c.actions[i];
            push(&mut out, a.owner.clone());
            if let Some(d) = a.due {
                push(&mut out, format!("due {d}"));
            }
            push(&mut out, a.status.map(|v| v.label()).unwrap_or_default());
            if let Some(l) = a.loop_state {
                push(&mut out, format!("loop {}", l.label()));
            }
            if a.votes > 0 {
                push(&mut out, format!("{} ●", a.votes));
            }
        }
    }
    out
}

/// Whether the entry's id, name or facts contain `query` (ignoring case).
pub fn matches(c: &Canvas, d: &Derived, kind: EntryKind, i: usize, query: &str) -> bool {
    let q = query.to_lowercase();
    let id = c.id_at(kind, i).unwrap_or_default().to_lowercase();
    id == q
        || d.label(c, kind, i).to_lowercase().contains(&q)
        || facts(c, kind, i).join(" ").to_lowercase().contains(&q)
}
