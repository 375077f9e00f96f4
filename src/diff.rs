//! Comparing two canvases: what was added, removed and changed, field by field, and what it signals.

mod fields;
pub mod history;
mod signals;

use std::collections::{HashMap, VecDeque};

use fields::Entry;
pub use fields::normalise;
pub use signals::{CarriedAction, Signal, SignalGroup, SignalKind, grouped};

use crate::model::{ActionStatus, Canvas, Day, EntryKind, List, LoopState, Names, Phase};

/// How entries were matched between the two canvases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Matching {
    /// Same canvas id: entries match by their ids.
    ById,
    /// Different canvases: entries match by normalised name or title.
    ByName,
}

/// One field whose value changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    /// The field's name, as the file writes it (scripts and the terminal's diff use it).
    pub field: &'static str,
    /// What people call it (a client's report and the Markdown diff use it).
    pub label: &'static str,
    /// The value before (empty when unset).
    pub old: String,
    /// The value after (empty when unset).
    pub new: String,
}

/// An entry that is only on one side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryRef {
    /// Its id in the canvas it is in.
    pub id: String,
    /// Its name or title.
    pub label: String,
}

/// An entry on both sides whose fields differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Changed {
    /// Its id in the older canvas.
    pub old_id: String,
    /// Its id in the newer canvas.
    pub id: String,
    /// Its name or title in the newer canvas.
    pub label: String,
    /// Each changed field, in the order the file writes them.
    pub fields: Vec<FieldChange>,
}

/// How a row of a side-by-side comparison differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// On both sides, the same.
    Same,
    /// On both sides, with fields that differ.
    Changed,
    /// Only in the newer canvas.
    Added,
    /// Only in the older canvas.
    Removed,
}

impl Mark {
    /// The symbol that marks it in monochrome: ` `, `~`, `+`, `-`.
    pub fn symbol(self) -> char {
        match self {
            Mark::Same => ' ',
            Mark::Changed => '~',
            Mark::Added => '+',
            Mark::Removed => '-',
        }
    }
}

/// One row of a side-by-side comparison: indices into the two canvases' lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    /// The entry in the older canvas.
    pub old: Option<usize>,
    /// The entry in the newer canvas.
    pub new: Option<usize>,
    /// How it differs.
    pub mark: Mark,
}

/// What changed in one section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionDiff {
    /// Which section.
    pub kind: EntryKind,
    /// Entries only in the newer canvas, in its order.
    pub added: Vec<EntryRef>,
    /// Entries only in the older canvas, in its order.
    pub removed: Vec<EntryRef>,
    /// Entries on both sides that differ, in the newer canvas's order.
    pub changed: Vec<Changed>,
    /// Entries on both sides that are the same.
    pub unchanged: usize,
    /// Every entry of both sides as rows: the newer canvas's order, then what was removed.
    pub rows: Vec<Row>,
}

impl SectionDiff {
    /// True when nothing in the section changed.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

/// The title block of one side of a comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Side {
    /// Canvas title.
    pub title: String,
    /// Organisation.
    pub organisation: String,
    /// Revision number.
    pub revision: u32,
    /// Workshop date.
    pub date: Option<Day>,
}

/// Everything that differs between an older and a newer canvas.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diff {
    /// The older canvas.
    pub old: Side,
    /// The newer canvas.
    pub new: Side,
    /// How entries were matched.
    pub matching: Matching,
    /// Changes to the title block and context.
    pub context: Vec<FieldChange>,
    /// The four sections, in workshop order.
    pub sections: Vec<SectionDiff>,
    /// "Keep reconnecting" signals: needs attention first, then good news.
    pub signals: Vec<Signal>,
    /// Every action on both sides, with its status and loop before and after.
    pub carried: Vec<CarriedAction>,
    /// Where stakeholders moved on the power/interest grid: who joined, moved quadrant or left.
    pub moves: Vec<Move>,
    /// Ongoing work per phase (in `Phase::ALL` order) in the older and the newer canvas.
    pub ongoing: ([usize; 4], [usize; 4]),
}

/// A stakeholder's move on the power/interest grid; `None` on a side where it is not placed
/// (not on the canvas, or not rated).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Move {
    /// Its name (in the newer canvas when it is there).
    pub name: String,
    /// Its quadrant in the older canvas.
    pub from: Option<crate::model::Quadrant>,
    /// Its quadrant in the newer canvas.
    pub to: Option<crate::model::Quadrant>,
}

impl Diff {
    /// True when the two canvases hold the same plan.
    pub fn is_empty(&self) -> bool {
        self.context.is_empty() && self.sections.iter().all(SectionDiff::is_empty)
    }

    /// The diff of one section.
    pub fn section(&self, kind: EntryKind) -> &SectionDiff {
        &self.sections[kind as usize]
    }
}

/// Which entry of the older list goes with which of the newer: (old index, new index).
pub(crate) struct Pairs {
    matched: Vec<(usize, usize)>,
    removed: Vec<usize>,
    added: Vec<usize>,
}

fn pair<E: Entry + Clone>(old: &List<E>, oc: &Names, new: &List<E>, nc: &Names, m: Matching) -> Pairs {
    let key = |e: &E, c: &Names| match m {
        Matching::ById => e.id().to_string(),
        Matching::ByName => e.match_key(c),
    };
    let mut waiting: HashMap<String, VecDeque<usize>> = HashMap::with_capacity(old.len());
    for (i, e) in old.iter().enumerate() {
        waiting.entry(key(e, oc)).or_default().push_back(i);
    }
    let mut taken = vec![false; old.len()];
    let (mut matched, mut added) = (Vec::new(), Vec::new());
    for (j, e) in new.iter().enumerate() {
        match waiting.get_mut(&key(e, nc)).and_then(VecDeque::pop_front) {
            Some(i) => {
                taken[i] = true;
                matched.push((i, j));
            }
            None => added.push(j),
        }
    }
    let removed = (0..old.len()).filter(|&i| !taken[i]).collect();
    Pairs { matched, removed, added }
}

fn section<E: Entry + Clone + PartialEq>(
    kind: EntryKind,
    old: &List<E>,
    oc: &Names,
    new: &List<E>,
    nc: &Names,
    m: Matching,
    p: &Pairs,
) -> SectionDiff {
    let by_id = m == Matching::ById;
    let mut changed = Vec::new();
    let mut marks = vec![Mark::Added; new.len()];
    let mut olds = vec![None; new.len()];
    for &(i, j) in &p.matched {
        (marks[j], olds[j]) = (Mark::Same, Some(i));
        let (a, b) = (&old[i], &new[j]);
        // Matched by id, an entry equal to its old self has no changed field: every field's key
        // is then its own text or a stakeholder's id (names count only when matching by name).
        if by_id && a == b {
            continue;
        }
        let fields: Vec<FieldChange> = a
            .fields(oc, by_id)
            .into_iter()
            .zip(b.fields(nc, by_id))
            .filter(|(x, y)| x.key != y.key)
            .map(|(x, y)| FieldChange { field: x.name, label: x.label, old: x.shown, new: y.shown })
            .collect();
        if !fields.is_empty() {
            marks[j] = Mark::Changed;
            changed.push(Changed { old_id: a.id().into(), id: b.id().into(), label: b.label(nc), fields });
        }
    }
    let refer = |e: &E, c: &Names| EntryRef { id: e.id().to_string(), label: e.label(c) };
    let mut rows: Vec<Row> =
        (0..new.len()).map(|j| Row { old: olds[j], new: Some(j), mark: marks[j] }).collect();
    rows.extend(p.removed.iter().map(|&i| Row { old: Some(i), new: None, mark: Mark::Removed }));
    SectionDiff {
        rows,
        kind,
        added: p.added.iter().map(|&j| refer(&new[j], nc)).collect(),
        removed: p.removed.iter().map(|&i| refer(&old[i], oc)).collect(),
        unchanged: p.matched.len() - changed.len(),
        changed,
    }
}

fn context_changes(old: &Canvas, new: &Canvas) -> Vec<FieldChange> {
    let opt = |d: Option<Day>| d.map(|d| d.to_string()).unwrap_or_default();
    let driver = |c: &Canvas, d| {
        c.context
            .drivers
            .iter()
            .filter(|a| a.driver == d)
            .map(|a| a.answer.as_str())
            .collect::<Vec<_>>()
            .join("; ")
    };
    let mut pairs = vec![
        ("title", old.title.clone(), new.title.clone()),
        ("organisation", old.organisation.clone(), new.organisation.clone()),
        ("facilitator", old.facilitator.clone(), new.facilitator.clone()),
        ("date", opt(old.date), opt(new.date)),
        ("goal", old.context.goal.clone(), new.context.goal.clone()),
        ("participants", old.context.participants.join(", "), new.context.participants.join(", ")),
        ("parking", old.parking.join(" | "), new.parking.join(" | ")),
    ];
    for d in crate::model::Driver::ALL {
        pairs.push((d.label(), driver(old, *d), driver(new, *d)));
    }
    for p in Phase::ALL {
        let (a, b) = (old.context.emphasis.get(*p), new.context.emphasis.get(*p));
        pairs.push((emphasis_field(*p), a.to_string(), b.to_string()));
    }
    pairs
        .into_iter()
        .filter(|(_, a, b)| a != b)
        .map(|(field, old, new)| FieldChange { field, label: field, old, new })
        .collect()
}

fn emphasis_field(p: Phase) -> &'static str {
    match p {
        Phase::Connect => "Connect emphasis",
        Phase::Share => "Share emphasis",
        Phase::Solve => "Solve emphasis",
        Phase::Innovate => "Innovate emphasis",
    }
}

fn side(c: &Canvas) -> Side {
    Side { title: c.title.clone(), organisation: c.organisation.clone(), revision: c.revision, date: c.date }
}

/// Compares an older canvas with a newer one, in time linear in the number of entries.
pub fn compare(old: &Canvas, new: &Canvas) -> Diff {
    let m = if !old.id.is_empty() && old.id == new.id { Matching::ById } else { Matching::ByName };
    let (on, nn) = (old.names(), new.names());
    let people = pair(&old.stakeholders, &on, &new.stakeholders, &nn, m);
    let links = pair(&old.relationships, &on, &new.relationships, &nn, m);
    let tasks = pair(&old.tasks, &on, &new.tasks, &nn, m);
    let actions = pair(&old.actions, &on, &new.actions, &nn, m);
    let sections = vec![
        section(EntryKind::Stakeholder, &old.stakeholders, &on, &new.stakeholders, &nn, m, &people),
        section(EntryKind::Relationship, &old.relationships, &on, &new.relationships, &nn, m, &links),
        section(EntryKind::Task, &old.tasks, &on, &new.tasks, &nn, m, &tasks),
        section(EntryKind::Action, &old.actions, &on, &new.actions, &nn, m, &actions),
    ];
    let matched = signals::Matched { people: &people, links: &links, tasks: &tasks, actions: &actions };
    let signals = signals::all(old, new, (&on, &nn), &matched);
    let carried = signals::carried(old, new, &actions);
    let moves = moves(old, new, &people);
    Diff {
        old: side(old),
        new: side(new),
        matching: m,
        context: context_changes(old, new),
        sections,
        signals,
        carried,
        moves,
        ongoing: (crate::model::ongoing_work(old), crate::model::ongoing_work(new)),
    }
}

/// Stakeholders who joined, left or changed quadrant, in the newer canvas's order, then who left.
fn moves(old: &Canvas, new: &Canvas, p: &Pairs) -> Vec<Move> {
    let mut out: Vec<Move> = p
        .matched
        .iter()
        .map(|&(i, j)| (&old.stakeholders[i], &new.stakeholders[j]))
        .filter(|(a, b)| a.quadrant().is_some() && b.quadrant().is_some() && a.quadrant() != b.quadrant())
        .map(|(a, b)| Move { name: b.name.clone(), from: a.quadrant(), to: b.quadrant() })
        .collect();
    let placed = |s: &crate::model::Stakeholder| s.quadrant().is_some();
    out.extend(p.added.iter().map(|&j| &new.stakeholders[j]).filter(|s| placed(s)).map(|s| Move {
        name: s.name.clone(),
        from: None,
        to: s.quadrant(),
    }));
    out.extend(p.removed.iter().map(|&i| &old.stakeholders[i]).filter(|s| placed(s)).map(|s| Move {
        name: s.name.clone(),
        from: s.quadrant(),
        to: None,
    }));
    out
}

/// Every field of one entry as (file name, value shown), in file order, for detail views;
/// `names` needs to hold only the stakeholders a relationship points at.
pub fn entry_fields(c: &Canvas, names: &Names, kind: EntryKind, index: usize) -> Vec<(&'static str, String)> {
    let fields = match kind {
        EntryKind::Stakeholder => c.stakeholders.get(index).map(|e| e.fields(names, true)),
        EntryKind::Relationship => c.relationships.get(index).map(|e| e.fields(names, true)),
        EntryKind::Task => c.tasks.get(index).map(|e| e.fields(names, true)),
        EntryKind::Action => c.actions.get(index).map(|e| e.fields(names, true)),
    };
    fields.unwrap_or_default().into_iter().map(|f| (f.name, f.shown)).collect()
}

/// Whether an action counts as finished for loop purposes.
pub(crate) fn settled(status: Option<ActionStatus>, loop_state: Option<LoopState>) -> bool {
    loop_state == Some(LoopState::Closed) || status == Some(ActionStatus::Dropped)
}

#[cfg(test)]
mod tests;
