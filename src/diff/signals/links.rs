//! Signals about relationships: which broke or disappeared, which are marked to reconnect, and
//! the good news of those that reconnected or improved.

use super::{Signal, SignalGroup, SignalKind, label, signal};
use crate::diff::Pairs;
use crate::model::{Canvas, Change, EntryKind, Health, Names};

/// Relationships gone, broken, marked to reconnect, reconnected or improved.
pub(super) fn health(old: &Canvas, new: &Canvas, (on, nn): (&Names, &Names), p: &Pairs) -> Vec<Signal> {
    let mut out = Vec::new();
    let attention =
        |kind, id: &str, msg| signal(kind, SignalGroup::Attention, EntryKind::Relationship, id, msg);
    let good = |kind, id: &str, msg| signal(kind, SignalGroup::Good, EntryKind::Relationship, id, msg);
    for &i in &p.removed {
        let r = &old.relationships[i];
        let msg = format!("{} – {} is gone", on.of(&r.from), on.of(&r.to));
        out.push(attention(SignalKind::RelationshipGone, &r.id, msg));
    }
    for &(i, j) in &p.matched {
        let (a, b) = (&old.relationships[i], &new.relationships[j]);
        let name = format!("{} – {}", nn.of(&b.from), nn.of(&b.to));
        match (a.health, b.health) {
            (was, Some(Health::Broken)) if was != Some(Health::Broken) => {
                let msg = format!("{name} broke (was {})", label(was));
                out.push(attention(SignalKind::RelationshipBroke, &b.id, msg));
                continue;
            }
            // Reconnected means working again: healthy. Broken → at risk is better, not there;
            // broken → broken (or a health left blank) is no news at all.
            (Some(Health::Broken), Some(Health::Healthy)) => {
                let msg = format!("{name} reconnected: broken → healthy");
                out.push(good(SignalKind::Reconnected, &b.id, msg));
            }
            (Some(Health::Broken), Some(Health::AtRisk)) => {
                let msg = format!("{name} is at risk now, no longer broken");
                out.push(good(SignalKind::RelationshipImproved, &b.id, msg));
            }
            (Some(Health::AtRisk), Some(Health::Healthy)) => {
                let msg = format!("{name} is healthy again (was at risk)");
                out.push(good(SignalKind::RelationshipImproved, &b.id, msg));
            }
            _ => {}
        }
        if b.change == Some(Change::Reconnect) && a.change != Some(Change::Reconnect) {
            let msg = format!("{name} is now marked to reconnect");
            out.push(attention(SignalKind::MarkedReconnect, &b.id, msg));
        }
    }
    out
}
