//! "Keep reconnecting" signals: who left, who moved quadrant, which relationships broke, which loops moved.

use super::{Pairs, settled};
use crate::model::{ActionStatus, Canvas, Change, Day, EntryKind, Health, LoopState, Names};

/// What a signal is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SignalKind {
    /// A stakeholder is no longer on the canvas.
    StakeholderLeft,
    /// A stakeholder moved to another power/interest quadrant.
    QuadrantMoved,
    /// A relationship became broken.
    RelationshipBroke,
    /// A relationship is no longer on the canvas.
    RelationshipGone,
    /// A relationship is now marked to reconnect.
    MarkedReconnect,
    /// An action's loop was closed.
    LoopClosed,
    /// An action's status or loop changed otherwise.
    ActionMoved,
    /// An action's loop is still open past its review date.
    OpenPastReview,
}

/// One thing a consultant should look at first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signal {
    /// What kind of signal.
    pub kind: SignalKind,
    /// The section of the entry it names.
    pub section: EntryKind,
    /// The entry's id (in the newer canvas, or the older when it is gone).
    pub id: String,
    /// One sentence for people.
    pub message: String,
}

/// An action present in both canvases, with its progress before and after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CarriedAction {
    /// Its id in the newer canvas.
    pub id: String,
    /// Its title in the newer canvas.
    pub title: String,
    /// Owner in the newer canvas.
    pub owner: String,
    /// Status before and after.
    pub status: (Option<ActionStatus>, Option<ActionStatus>),
    /// Loop before and after.
    pub loop_state: (Option<LoopState>, Option<LoopState>),
    /// Review date in the newer canvas.
    pub review: Option<Day>,
}

fn signal(kind: SignalKind, section: EntryKind, id: &str, message: String) -> Signal {
    Signal { kind, section, id: id.to_string(), message }
}

fn label<T: std::fmt::Display>(v: Option<T>) -> String {
    v.map_or_else(|| "unset".to_string(), |v| v.to_string())
}

pub(super) fn people(old: &Canvas, new: &Canvas, p: &Pairs) -> Vec<Signal> {
    let mut out = Vec::new();
    for &i in &p.removed {
        let s = &old.stakeholders[i];
        out.push(signal(
            SignalKind::StakeholderLeft,
            EntryKind::Stakeholder,
            &s.id,
            format!("{} left the canvas", s.name),
        ));
    }
    for &(i, j) in &p.matched {
        let (a, b) = (&old.stakeholders[i], &new.stakeholders[j]);
        let (qa, qb) = (a.quadrant(), b.quadrant());
        if qa != qb && qa.is_some() && qb.is_some() {
            let msg = format!(
                "{} moved from {} to {}",
                b.name,
                label(qa.map(|q| q.label())),
                label(qb.map(|q| q.label()))
            );
            out.push(signal(SignalKind::QuadrantMoved, EntryKind::Stakeholder, &b.id, msg));
        }
    }
    out
}

pub(super) fn links(old: &Canvas, new: &Canvas, (on, nn): (&Names, &Names), p: &Pairs) -> Vec<Signal> {
    let mut out = Vec::new();
    for &i in &p.removed {
        let r = &old.relationships[i];
        let msg = format!("{} – {} is gone", on.of(&r.from), on.of(&r.to));
        out.push(signal(SignalKind::RelationshipGone, EntryKind::Relationship, &r.id, msg));
    }
    for &(i, j) in &p.matched {
        let (a, b) = (&old.relationships[i], &new.relationships[j]);
        let name = format!("{} – {}", nn.of(&b.from), nn.of(&b.to));
        if b.health == Some(Health::Broken) && a.health != Some(Health::Broken) {
            let msg = format!("{name} broke (was {})", label(a.health));
            out.push(signal(SignalKind::RelationshipBroke, EntryKind::Relationship, &b.id, msg));
        } else if b.change == Some(Change::Reconnect) && a.change != Some(Change::Reconnect) {
            let msg = format!("{name} is now marked to reconnect");
            out.push(signal(SignalKind::MarkedReconnect, EntryKind::Relationship, &b.id, msg));
        }
    }
    out
}

pub(super) fn loops(old: &Canvas, new: &Canvas, p: &Pairs) -> Vec<Signal> {
    let mut out = Vec::new();
    for &(i, j) in &p.matched {
        let (a, b) = (&old.actions[i], &new.actions[j]);
        let mut moves = Vec::new();
        if a.status != b.status {
            moves.push(format!("status {} → {}", label(a.status), label(b.status)));
        }
        if a.loop_state != b.loop_state {
            moves.push(format!("loop {} → {}", label(a.loop_state), label(b.loop_state)));
        }
        let closed = b.loop_state == Some(LoopState::Closed) && a.loop_state != Some(LoopState::Closed);
        let evidence = b.indicator.as_ref().and_then(|i| i.latest()).filter(|_| closed);
        if let Some(r) = evidence {
            let note = if r.note.trim().is_empty() { String::new() } else { format!(", \"{}\"", r.note) };
            moves.push(format!("evidence: {} on {}{note}", r.value, r.date));
        }
        if !moves.is_empty() {
            let kind = if closed { SignalKind::LoopClosed } else { SignalKind::ActionMoved };
            out.push(signal(
                kind,
                EntryKind::Action,
                &b.id,
                format!("\"{}\": {}", b.title, moves.join(", ")),
            ));
        }
        let past = matches!((b.review, new.date), (Some(r), Some(d)) if r < d);
        if past && !settled(b.status, b.loop_state) {
            let msg = format!("\"{}\": loop still open after its review date {}", b.title, label(b.review));
            out.push(signal(SignalKind::OpenPastReview, EntryKind::Action, &b.id, msg));
        }
    }
    out
}

pub(super) fn carried(old: &Canvas, new: &Canvas, p: &Pairs) -> Vec<CarriedAction> {
    p.matched
        .iter()
        .map(|&(i, j)| {
            let (a, b) = (&old.actions[i], &new.actions[j]);
            CarriedAction {
                id: b.id.clone(),
                title: b.title.clone(),
                owner: b.owner.clone(),
                status: (a.status, b.status),
                loop_state: (a.loop_state, b.loop_state),
                review: b.review,
            }
        })
        .collect()
}
