//! The name order an object's members are put in when it closes. Every entry of a kind has one
//! of a few sequences of keys (its fields, less the empty ones), so the order a sequence sorts
//! into is worked out once and kept: each entry after the first only looks it up.

use std::borrow::Cow;

use super::text::name_order;
use super::writer::Member;

/// How many sequences of keys are kept (the kinds of entry and of their parts, with their usual
/// gaps); a sequence met after that is sorted each time.
const KEPT: usize = 64;

/// The orders worked out so far: a sequence of the program's own keys (told apart by where
/// their text is, never by an owned key that could be freed and its place reused) and the
/// places of its members in name order.
#[derive(Default)]
pub(super) struct Orders {
    known: Vec<(Vec<&'static str>, Vec<usize>)>,
    sorted: Vec<usize>,
}

impl Orders {
    /// The places of `members` in name order; of members with the same key (a map may repeat
    /// one) the last written is kept, as a map keeps it.
    pub(super) fn of(&mut self, members: &[Member]) -> &[usize] {
        let same = |keys: &[&'static str]| {
            keys.len() == members.len()
                && keys
                    .iter()
                    .zip(members)
                    .all(|(k, m)| matches!(m.key, Cow::Borrowed(b) if std::ptr::eq(*k, b)))
        };
        if let Some(i) = self.known.iter().position(|(keys, _)| same(keys)) {
            return &self.known[i].1;
        }
        let mut order = std::mem::take(&mut self.sorted);
        order.clear();
        order.extend(0..members.len());
        order.sort_by(|&a, &b| name_order(&members[a].key, &members[b].key));
        order.dedup_by(|later, earlier| {
            let same = members[*later].key == members[*earlier].key;
            if same {
                *earlier = *later;
            }
            same
        });
        let fixed: Option<Vec<&'static str>> = members
            .iter()
            .map(|m| match m.key {
                Cow::Borrowed(k) => Some(k),
                Cow::Owned(_) => None,
            })
            .collect();
        match fixed {
            Some(keys) if self.known.len() < KEPT => {
                self.known.push((keys, order));
                self.known.last().map_or(&[], |(_, order)| order.as_slice())
            }
            _ => {
                self.sorted = order;
                &self.sorted
            }
        }
    }
}
