//! Signals about relationships: which broke or disappeared, which are marked to reconnect, and
//! the good news of those that reconnected or improved.

use super::{Signal, SignalGroup, SignalKind, signal};
use crate::diff::Pairs;
use crate::model::{Canvas, Change, EntryKind, Health, Names, Said, Word};

/// Relationships gone, broken, marked to reconnect, reconnected or improved.
pub(super) fn health(old: &Canvas, new: &Canvas, (on, nn): (&Names, &Names), p: &Pairs) -> Vec<Signal> {
    let mut out = Vec::new();
    let attention =
        |kind, id: &str, msg| signal(kind, SignalGroup::Attention, EntryKind::Relationship, id, msg);
    let good = |kind, id: &str, msg| signal(kind, SignalGroup::Good, EntryKind::Relationship, id, msg);
    for &i in &p.removed {
        let r = &old.relationships[i];
        let args = vec![("from", Word::text(on.of(&r.from))), ("to", Word::text(on.of(&r.to)))];
        let msg = Said::new("signal-relationship-gone", args);
        out.push(attention(SignalKind::RelationshipGone, &r.id, msg));
    }
    for &(i, j) in &p.matched {
        let (a, b) = (&old.relationships[i], &new.relationships[j]);
        let name = format!("{} – {}", nn.of(&b.from), nn.of(&b.to));
        let said = |key, mut more: Vec<(&'static str, Word)>| {
            more.insert(0, ("name", Word::text(name.as_str())));
            Said::new(key, more)
        };
        match (a.health, b.health) {
            (was, Some(Health::Broken)) if was != Some(Health::Broken) => {
                let msg = said("signal-broke", vec![("was", Word::label_or_unset(was))]);
                out.push(attention(SignalKind::RelationshipBroke, &b.id, msg));
                continue;
            }
            // Reconnected means working again: healthy. Broken → at risk is better, not there;
            // broken → broken (or a health left blank) is no news at all.
            (Some(Health::Broken), Some(Health::Healthy)) => {
                let msg = said("signal-reconnected", Vec::new());
                out.push(good(SignalKind::Reconnected, &b.id, msg));
            }
            (Some(Health::Broken), Some(Health::AtRisk)) => {
                let msg = said("signal-at-risk-now", Vec::new());
                out.push(good(SignalKind::RelationshipImproved, &b.id, msg));
            }
            (Some(Health::AtRisk), Some(Health::Healthy)) => {
                let msg = said("signal-healthy-again", Vec::new());
                out.push(good(SignalKind::RelationshipImproved, &b.id, msg));
            }
            _ => {}
        }
        if b.change == Some(Change::Reconnect) && a.change != Some(Change::Reconnect) {
            let msg = said("signal-marked-reconnect", Vec::new());
            out.push(attention(SignalKind::MarkedReconnect, &b.id, msg));
        }
    }
    out
}
