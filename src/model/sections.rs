//! Operations that work the same on any of the four entry lists, chosen by kind.

use super::{Canvas, Day, EntryKind};

impl Canvas {
    /// How many entries a section holds.
    pub fn len_of(&self, kind: EntryKind) -> usize {
        match kind {
            EntryKind::Stakeholder => self.stakeholders.len(),
            EntryKind::Relationship => self.relationships.len(),
            EntryKind::Task => self.tasks.len(),
            EntryKind::Action => self.actions.len(),
        }
    }

    /// The id of the entry at `index`.
    pub fn id_at(&self, kind: EntryKind, index: usize) -> Option<&str> {
        match kind {
            EntryKind::Stakeholder => self.stakeholders.get(index).map(|e| e.id.as_str()),
            EntryKind::Relationship => self.relationships.get(index).map(|e| e.id.as_str()),
            EntryKind::Task => self.tasks.get(index).map(|e| e.id.as_str()),
            EntryKind::Action => self.actions.get(index).map(|e| e.id.as_str()),
        }
    }

    /// Where the entry with this id is in its section.
    pub fn index_of(&self, kind: EntryKind, id: &str) -> Option<usize> {
        (0..self.len_of(kind)).find(|&i| self.id_at(kind, i) == Some(id))
    }

    /// What people call the entry at `index`: a name, a title, or "from → to".
    pub fn label_at(&self, kind: EntryKind, index: usize) -> String {
        match kind {
            EntryKind::Stakeholder => self.stakeholders.get(index).map(|e| e.name.clone()),
            EntryKind::Relationship => self
                .relationships
                .get(index)
                .map(|r| format!("{} → {}", self.stakeholder_name(&r.from), self.stakeholder_name(&r.to))),
            EntryKind::Task => self.tasks.get(index).map(|e| e.title.clone()),
            EntryKind::Action => self.actions.get(index).map(|e| e.title.clone()),
        }
        .unwrap_or_default()
    }

    /// Swaps two entries of a section; false if either is out of range.
    pub fn swap_entries(&mut self, kind: EntryKind, a: usize, b: usize) -> bool {
        if a.max(b) >= self.len_of(kind) {
            return false;
        }
        match kind {
            EntryKind::Stakeholder => self.stakeholders.swap(a, b),
            EntryKind::Relationship => self.relationships.swap(a, b),
            EntryKind::Task => self.tasks.swap(a, b),
            EntryKind::Action => self.actions.swap(a, b),
        }
        true
    }

    /// Removes the entry at `index` (a stakeholder takes its relationships with it).
    pub fn remove_at(&mut self, kind: EntryKind, index: usize) -> bool {
        if index >= self.len_of(kind) {
            return false;
        }
        match kind {
            EntryKind::Stakeholder => {
                let id = self.stakeholders[index].id.clone();
                self.remove_stakeholder(&id);
            }
            EntryKind::Relationship => drop(self.relationships.remove(index)),
            EntryKind::Task => drop(self.tasks.remove(index)),
            EntryKind::Action => drop(self.actions.remove(index)),
        }
        true
    }

    /// The dots of the entry at `index` (tasks and actions have them).
    pub fn votes_at(&self, kind: EntryKind, index: usize) -> Option<u32> {
        match kind {
            EntryKind::Task => self.tasks.get(index).map(|t| t.votes),
            EntryKind::Action => self.actions.get(index).map(|a| a.votes),
            _ => None,
        }
    }

    /// Adds `delta` dots to a task or action (never below zero); false for other kinds.
    pub fn add_votes(&mut self, kind: EntryKind, index: usize, delta: i64) -> bool {
        let votes = match kind {
            EntryKind::Task => self.tasks.get_mut(index).map(|t| &mut t.votes),
            EntryKind::Action => self.actions.get_mut(index).map(|a| &mut a.votes),
            _ => None,
        };
        match votes {
            Some(v) => {
                *v = u32::try_from(i64::from(*v) + delta).unwrap_or(0);
                true
            }
            None => false,
        }
    }

    /// Orders tasks or actions by dots, most first; equal ones keep their order.
    pub fn sort_by_votes(&mut self, kind: EntryKind) {
        match kind {
            EntryKind::Task => self.tasks.sort_by_key(|t| std::cmp::Reverse(t.votes)),
            EntryKind::Action => self.actions.sort_by_key(|a| std::cmp::Reverse(a.votes)),
            _ => {}
        }
    }

    /// The relationships that touch a stakeholder.
    pub fn relationships_of(&self, stakeholder: &str) -> Vec<usize> {
        let touches = |r: &&super::Relationship| r.from == stakeholder || r.to == stakeholder;
        self.relationships.iter().enumerate().filter(|(_, r)| touches(r)).map(|(i, _)| i).collect()
    }

    /// A new canvas from a template: a fresh id, revision 1, today's date, timers at zero.
    pub fn started_from(template: &Canvas, id: String, today: Day) -> Canvas {
        let mut c = template.clone();
        c.id = id;
        c.revision = 1;
        c.date = Some(today);
        c.reset_clock();
        c
    }

    /// The follow-up workshop: same id, next revision, entries carried over, timers reset.
    pub fn revisited(&self, today: Day) -> Canvas {
        let mut c = self.clone();
        c.revision += 1;
        c.date = Some(today);
        c.reset_clock();
        c
    }

    /// Sets every block's spent time back to zero.
    pub fn reset_clock(&mut self) {
        for block in &mut self.agenda {
            block.spent_secs = 0;
        }
    }
}

/// A fresh canvas id: eight hex digits drawn from the system's random hasher keys and the time.
pub fn new_canvas_id() -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    h.write_u128(nanos.as_nanos());
    format!("{:08x}", h.finish() as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Relationship, Stakeholder};

    #[test]
    fn removing_a_stakeholder_by_index_takes_its_relationships() {
        let mut c = Canvas::new("t");
        let a = c.add_stakeholder(Stakeholder { name: "A".into(), ..Default::default() });
        let b = c.add_stakeholder(Stakeholder { name: "B".into(), ..Default::default() });
        c.add_relationship(Relationship { from: a.clone(), to: b, ..Default::default() });
        assert_eq!(c.relationships_of(&a), vec![0]);
        assert_eq!(c.label_at(EntryKind::Relationship, 0), "A → B");
        assert!(c.remove_at(EntryKind::Stakeholder, 0));
        assert!(c.relationships.is_empty());
        assert!(!c.remove_at(EntryKind::Stakeholder, 5));
    }

    #[test]
    fn swapping_moves_entries_and_refuses_out_of_range() {
        let mut c = Canvas::new("t");
        c.add_stakeholder(Stakeholder { name: "A".into(), ..Default::default() });
        c.add_stakeholder(Stakeholder { name: "B".into(), ..Default::default() });
        assert!(c.swap_entries(EntryKind::Stakeholder, 0, 1));
        assert_eq!(c.label_at(EntryKind::Stakeholder, 0), "B");
        assert!(!c.swap_entries(EntryKind::Stakeholder, 1, 2));
        assert_eq!(c.index_of(EntryKind::Stakeholder, "S1"), Some(1));
    }
}
