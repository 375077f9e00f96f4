//! Stable entry ids (`S1`, `R1`, `T1`, `A1`): their shape, and counters that never reuse one.

use super::{Action, Canvas, Relationship, Stakeholder, Task};

/// The four sections that hold entries with ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntryKind {
    /// Stakeholders, ids `S…`.
    Stakeholder,
    /// Relationships, ids `R…`.
    Relationship,
    /// Community management tasks, ids `T…`.
    Task,
    /// Adoption actions, ids `A…`.
    Action,
}

impl EntryKind {
    /// Every kind, in workshop order.
    pub const ALL: [EntryKind; 4] =
        [EntryKind::Stakeholder, EntryKind::Relationship, EntryKind::Task, EntryKind::Action];

    /// The letter its ids start with.
    pub fn prefix(self) -> char {
        match self {
            EntryKind::Stakeholder => 'S',
            EntryKind::Relationship => 'R',
            EntryKind::Task => 'T',
            EntryKind::Action => 'A',
        }
    }

    /// The file's name for the section's list.
    pub fn field(self) -> &'static str {
        match self {
            EntryKind::Stakeholder => "stakeholders",
            EntryKind::Relationship => "relationships",
            EntryKind::Task => "tasks",
            EntryKind::Action => "actions",
        }
    }

    /// The section's title for people.
    pub fn title(self) -> &'static str {
        match self {
            EntryKind::Stakeholder => "Stakeholders",
            EntryKind::Relationship => "Relationships",
            EntryKind::Task => "Community management tasks",
            EntryKind::Action => "Adoption actions",
        }
    }

    /// One entry of this kind, for people.
    pub fn noun(self) -> &'static str {
        match self {
            EntryKind::Stakeholder => "stakeholder",
            EntryKind::Relationship => "relationship",
            EntryKind::Task => "task",
            EntryKind::Action => "action",
        }
    }
}

/// The counter value that says a kind's ids are used up: no new id takes this number (a file
/// may still hold an id with it, written by hand).
pub const USED_UP: u32 = u32::MAX;

/// Why an entry cannot be added: every id its kind can have is taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IdsUsedUp(pub EntryKind);

impl std::fmt::Display for IdsUsedUp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = self.0;
        write!(
            f,
            "no {} can be added: its ids have reached {}{}, the largest a canvas can number (ids are never reused)",
            kind.noun(),
            kind.prefix(),
            USED_UP
        )
    }
}

impl std::error::Error for IdsUsedUp {}

impl IdsUsedUp {
    /// Why, in `tr`'s language (the same sentence as `Display` in English).
    pub fn text(self, tr: crate::i18n::Tr) -> String {
        let kind = self.0;
        let last = format!("{}{}", kind.prefix(), USED_UP);
        tr.args("note-ids-used-up", &[("kind", kind.noun().into()), ("last", last.into())])
    }
}

impl super::NextIds {
    /// The counter of a kind.
    pub fn get(&self, kind: EntryKind) -> u32 {
        match kind {
            EntryKind::Stakeholder => self.stakeholder,
            EntryKind::Relationship => self.relationship,
            EntryKind::Task => self.task,
            EntryKind::Action => self.action,
        }
    }
}

/// The number in a well-formed id of this kind (`S12` → 12); `None` if malformed.
pub fn id_number(kind: EntryKind, id: &str) -> Option<u32> {
    let digits = id.strip_prefix(kind.prefix())?;
    if digits.is_empty() || digits.starts_with('0') || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

impl Canvas {
    /// The ids of one section, in order.
    pub fn ids(&self, kind: EntryKind) -> Vec<&str> {
        match kind {
            EntryKind::Stakeholder => self.stakeholders.iter().map(|e| e.id.as_str()).collect(),
            EntryKind::Relationship => self.relationships.iter().map(|e| e.id.as_str()).collect(),
            EntryKind::Task => self.tasks.iter().map(|e| e.id.as_str()).collect(),
            EntryKind::Action => self.actions.iter().map(|e| e.id.as_str()).collect(),
        }
    }

    fn counter(&mut self, kind: EntryKind) -> &mut u32 {
        match kind {
            EntryKind::Stakeholder => &mut self.next_ids.stakeholder,
            EntryKind::Relationship => &mut self.next_ids.relationship,
            EntryKind::Task => &mut self.next_ids.task,
            EntryKind::Action => &mut self.next_ids.action,
        }
    }

    /// The id the next entry of a kind will take.
    pub fn peek_id(&self, kind: EntryKind) -> String {
        format!("{}{}", kind.prefix(), self.next_ids.get(kind).max(1))
    }

    /// Whether `n` more entries of a kind can be added: each takes an id above every id ever
    /// used, and ids stop at `USED_UP` (a file's counters cannot hold more); an id is never
    /// wrapped round or given twice.
    pub fn room_for(&self, kind: EntryKind, n: usize) -> Result<(), IdsUsedUp> {
        let next = u64::from(self.next_ids.get(kind).max(1));
        let last = next.saturating_add(n as u64).saturating_sub(1);
        if n == 0 || last < u64::from(USED_UP) { Ok(()) } else { Err(IdsUsedUp(kind)) }
    }

    /// Takes the next id of a kind; the counter moves on so the id is never given again.
    ///
    /// # Panics
    /// When the kind's ids are used up: callers ask [`Canvas::room_for`] first, and giving an
    /// id twice would make a file that no longer loads.
    pub fn take_id(&mut self, kind: EntryKind) -> String {
        if let Err(e) = self.room_for(kind, 1) {
            panic!("{e}");
        }
        let counter = self.counter(kind);
        let n = (*counter).max(1);
        *counter = n + 1;
        format!("{}{n}", kind.prefix())
    }

    /// Raises every counter above the ids in use, so a hand-edited file never reuses one.
    pub fn raise_next_ids(&mut self) {
        for kind in EntryKind::ALL {
            let highest = self.ids(kind).iter().filter_map(|id| id_number(kind, id)).max();
            let counter = self.counter(kind);
            *counter = (*counter).max(highest.map_or(1, |n| n.saturating_add(1)));
        }
    }

    /// Adds a stakeholder with a new id and returns the id (see [`Canvas::room_for`]).
    pub fn add_stakeholder(&mut self, mut s: Stakeholder) -> String {
        s.id = self.take_id(EntryKind::Stakeholder);
        let id = s.id.clone();
        self.stakeholders.push(s);
        id
    }

    /// Adds a relationship with a new id and returns the id (see [`Canvas::room_for`]).
    pub fn add_relationship(&mut self, mut r: Relationship) -> String {
        r.id = self.take_id(EntryKind::Relationship);
        let id = r.id.clone();
        self.relationships.push(r);
        id
    }

    /// Adds a task with a new id and returns the id (see [`Canvas::room_for`]).
    pub fn add_task(&mut self, mut t: Task) -> String {
        t.id = self.take_id(EntryKind::Task);
        let id = t.id.clone();
        self.tasks.push(t);
        id
    }

    /// Adds an action with a new id and returns the id (see [`Canvas::room_for`]).
    pub fn add_action(&mut self, mut a: Action) -> String {
        a.id = self.take_id(EntryKind::Action);
        let id = a.id.clone();
        self.actions.push(a);
        id
    }

    /// Removes a stakeholder and every relationship that touches it; returns what went.
    pub fn remove_stakeholder(&mut self, id: &str) -> Option<(Stakeholder, Vec<Relationship>)> {
        let at = self.stakeholders.iter().position(|s| s.id == id)?;
        let gone = self.stakeholders.remove(at);
        let touches = |r: &Relationship| r.from == id || r.to == id;
        let with: Vec<Relationship> = self.relationships.iter().filter(|r| touches(r)).cloned().collect();
        if !with.is_empty() {
            self.relationships.retain(|r| !touches(r));
        }
        Some((gone, with))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_never_reused_after_a_delete() {
        let mut c = Canvas::new("t");
        let a = c.add_stakeholder(Stakeholder { name: "A".into(), ..Default::default() });
        let b = c.add_stakeholder(Stakeholder { name: "B".into(), ..Default::default() });
        assert_eq!((a.as_str(), b.as_str()), ("S1", "S2"));
        c.remove_stakeholder("S2");
        assert_eq!(c.add_stakeholder(Stakeholder::default()), "S3");
    }

    #[test]
    fn deleting_a_stakeholder_removes_its_relationships() {
        let mut c = Canvas::new("t");
        let a = c.add_stakeholder(Stakeholder::default());
        let b = c.add_stakeholder(Stakeholder::default());
        let e = c.add_stakeholder(Stakeholder::default());
        c.add_relationship(Relationship { from: a.clone(), to: b.clone(), ..Default::default() });
        c.add_relationship(Relationship { from: b.clone(), to: e.clone(), ..Default::default() });
        let (_, gone) = c.remove_stakeholder(&a).unwrap();
        assert_eq!(gone.len(), 1);
        assert_eq!(c.relationships.len(), 1);
        assert_eq!(c.relationships[0].from, b);
    }

    #[test]
    fn counters_rise_above_hand_written_ids() {
        let mut c = Canvas::new("t");
        c.tasks.push(Task { id: "T7".into(), ..Default::default() });
        c.raise_next_ids();
        assert_eq!(c.next_ids.task, 8);
        assert_eq!(c.next_ids.stakeholder, 1);
    }

    #[test]
    fn ids_that_cannot_grow_are_refused_never_wrapped_or_given_twice() {
        let mut c = Canvas::new("t");
        c.stakeholders.push(Stakeholder { id: "S4294967295".into(), ..Default::default() });
        c.raise_next_ids();
        assert_eq!(c.room_for(EntryKind::Stakeholder, 1), Err(IdsUsedUp(EntryKind::Stakeholder)));
        assert!(c.room_for(EntryKind::Task, 1).is_ok(), "other kinds go on");
        let message = IdsUsedUp(EntryKind::Stakeholder).to_string();
        assert!(message.contains("S4294967295"), "{message}");

        let mut c = Canvas::new("t");
        c.next_ids.action = u32::MAX - 2;
        assert!(c.room_for(EntryKind::Action, 2).is_ok());
        assert!(c.room_for(EntryKind::Action, 3).is_err(), "an import of three would not fit");
        assert_eq!(c.add_action(Action::default()), "A4294967293");
        assert_eq!(c.add_action(Action::default()), "A4294967294");
        assert!(c.room_for(EntryKind::Action, 1).is_err());
        let taken = std::panic::catch_unwind(move || c.take_id(EntryKind::Action));
        assert!(taken.is_err(), "a used-up kind never gives an id twice");
    }

    #[test]
    fn id_shape_is_prefix_and_positive_number() {
        assert_eq!(id_number(EntryKind::Stakeholder, "S12"), Some(12));
        for bad in ["S", "S0", "S01", "R1", "S1a", "s1", ""] {
            assert_eq!(id_number(EntryKind::Stakeholder, bad), None, "{bad}");
        }
    }

    #[test]
    fn used_up_ids_are_said_in_each_language_and_english_as_the_error_says() {
        use crate::i18n::Tr;
        use crate::model::Language;
        for kind in [EntryKind::Stakeholder, EntryKind::Relationship, EntryKind::Task, EntryKind::Action] {
            assert_eq!(IdsUsedUp(kind).text(Tr::default()), IdsUsedUp(kind).to_string());
        }
        assert!(
            IdsUsedUp(EntryKind::Task)
                .text(Tr::new(Language::Fr))
                .starts_with("impossible d'ajouter une tâche")
        );
        assert!(IdsUsedUp(EntryKind::Action).text(Tr::new(Language::De)).starts_with("keine Maßnahme kann"));
    }
}
