//! "Keep reconnecting" signals: who left and with what work, who moved, which relationships broke
//! or reconnected, which phases lost their ongoing work, which loops moved; each either needs
//! attention or is good news.

mod links;
mod people;
mod work;

use std::collections::HashSet;

use super::Pairs;
use crate::i18n::Tr;
use crate::model::{ActionStatus, Canvas, Day, EntryKind, Language, LoopState, Names, Said, Word};

pub(super) use work::carried;

/// What a signal is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SignalKind {
    /// A stakeholder is no longer on the canvas (with the work they owned).
    StakeholderLeft,
    /// A participant is no longer on the canvas, neither as participant nor as stakeholder.
    ParticipantLeft,
    /// A stakeholder moved to another power/interest quadrant.
    QuadrantMoved,
    /// A stakeholder's stance moved toward the stance the plan wants.
    StanceToward,
    /// A stakeholder's stance moved away from the stance the plan wants.
    StanceAway,
    /// A task or action has another owner.
    OwnerChanged,
    /// A relationship became broken.
    RelationshipBroke,
    /// A relationship is no longer on the canvas.
    RelationshipGone,
    /// A relationship is now marked to reconnect.
    MarkedReconnect,
    /// A broken relationship works again (at risk or healthy).
    Reconnected,
    /// A relationship at risk is healthy.
    RelationshipImproved,
    /// A phase lost the last of its ongoing work.
    PhaseLostOngoing,
    /// An action's loop was closed.
    LoopClosed,
    /// An action's status or loop changed otherwise.
    ActionMoved,
    /// An action's loop is still open past its review date.
    OpenPastReview,
    /// An action is past its due date and not done.
    PastDue,
    /// Across revisions: a phase with no ongoing work for two revisions or more.
    PhaseWithoutWork,
    /// Across revisions: a relationship broken for two revisions or more.
    BrokenFor,
    /// Across revisions: a powerful stakeholder never connected to anyone.
    NeverConnected,
    /// Across revisions: a loop still open past its review in two revisions or more.
    OpenPastReviews,
}

impl SignalKind {
    /// The name scripts read (JSON): `stakeholder_left`, `reconnected`, …
    pub fn name(self) -> &'static str {
        match self {
            SignalKind::StakeholderLeft => "stakeholder_left",
            SignalKind::ParticipantLeft => "participant_left",
            SignalKind::QuadrantMoved => "quadrant_moved",
            SignalKind::StanceToward => "stance_toward",
            SignalKind::StanceAway => "stance_away",
            SignalKind::OwnerChanged => "owner_changed",
            SignalKind::RelationshipBroke => "relationship_broke",
            SignalKind::RelationshipGone => "relationship_gone",
            SignalKind::MarkedReconnect => "marked_reconnect",
            SignalKind::Reconnected => "reconnected",
            SignalKind::RelationshipImproved => "relationship_improved",
            SignalKind::PhaseLostOngoing => "phase_lost_ongoing",
            SignalKind::LoopClosed => "loop_closed",
            SignalKind::ActionMoved => "action_moved",
            SignalKind::OpenPastReview => "open_past_review",
            SignalKind::PastDue => "past_due",
            SignalKind::PhaseWithoutWork => "phase_without_work",
            SignalKind::BrokenFor => "broken_for",
            SignalKind::NeverConnected => "never_connected",
            SignalKind::OpenPastReviews => "open_past_reviews",
        }
    }
}

/// Whether a signal asks for work or reports progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignalGroup {
    /// Someone should look at it: a loss, a break, a gap.
    Attention,
    /// Progress worth saying out loud: a reconnection, a closed loop, a warmer stance.
    Good,
}

impl SignalGroup {
    /// The heading people read: "Needs attention", "Good news".
    pub fn title(self) -> &'static str {
        match self {
            SignalGroup::Attention => "Needs attention",
            SignalGroup::Good => "Good news",
        }
    }

    /// The name scripts read (JSON): `attention`, `good`.
    pub fn name(self) -> &'static str {
        match self {
            SignalGroup::Attention => "attention",
            SignalGroup::Good => "good",
        }
    }
}

/// One thing a consultant should look at first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signal {
    /// What kind of signal.
    pub kind: SignalKind,
    /// Needs attention, or good news.
    pub group: SignalGroup,
    /// The section of the entry it names; `None` for a phase or a participant.
    pub section: Option<EntryKind>,
    /// The entry's id (in the newer canvas, or the older when it is gone), the phase, or the person.
    pub id: String,
    /// One sentence for people, in English.
    pub message: String,
    /// The same sentence in pieces, for any language ([`Signal::text`]).
    pub said: Said,
}

impl Signal {
    /// A signal with its sentence written in English once.
    pub fn new(
        kind: SignalKind,
        group: SignalGroup,
        section: Option<EntryKind>,
        id: String,
        said: Said,
    ) -> Signal {
        Signal { kind, group, section, id, message: said.words(Tr::new(Language::En)), said }
    }

    /// The sentence in `tr`'s language (in English, [`Signal::message`]).
    pub fn text(&self, tr: Tr) -> String {
        match tr.lang() {
            Language::En => self.message.clone(),
            _ => self.said.words(tr),
        }
    }
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

/// A signal about an entry.
pub(super) fn signal(
    kind: SignalKind,
    group: SignalGroup,
    section: EntryKind,
    id: &str,
    said: Said,
) -> Signal {
    Signal::new(kind, group, Some(section), id.to_string(), said)
}

/// An entry's id and title, the first arguments of many signals.
pub(super) fn entry(id: &str, title: &str) -> Vec<(&'static str, Word)> {
    vec![("id", Word::text(id)), ("title", Word::text(title))]
}

/// "revision N", inside a sentence.
pub(super) fn revision(n: u32) -> Word {
    Word::part(Said::new("report-revision", vec![("revision", Word::Count(n as usize))]))
}

/// The entries matched between the two canvases, section by section.
pub(super) struct Matched<'p> {
    /// Stakeholders.
    pub people: &'p Pairs,
    /// Relationships.
    pub links: &'p Pairs,
    /// Tasks.
    pub tasks: &'p Pairs,
    /// Actions.
    pub actions: &'p Pairs,
}

/// Every signal between `old` and `new`: needs attention first, then good news, each group in
/// the order found (people, relationships, phases, actions).
pub(super) fn all(old: &Canvas, new: &Canvas, names: (&Names, &Names), m: &Matched) -> Vec<Signal> {
    let (mut out, covered): (Vec<Signal>, HashSet<(EntryKind, usize)>) = people::left(old, new, m, None);
    out.extend(people::moves(old, new, m.people));
    out.extend(people::owners(old, new, m, &covered));
    out.extend(links::health(old, new, names, m.links));
    out.extend(work::phases(old, new));
    out.extend(work::loops(old, new, m.actions, &covered));
    out.extend(work::past_due(new));
    out.sort_by_key(|s| s.group);
    out
}

/// Who left between two revisions of one canvas (entries matched by id), with what became of
/// the work they owned; each message says "left in revision N".
pub(super) fn departures(old: &Canvas, new: &Canvas, names: (&Names, &Names)) -> Vec<Signal> {
    let by_id = super::Matching::ById;
    let people = super::pair(&old.stakeholders, names.0, &new.stakeholders, names.1, by_id);
    let tasks = super::pair(&old.tasks, names.0, &new.tasks, names.1, by_id);
    let actions = super::pair(&old.actions, names.0, &new.actions, names.1, by_id);
    let links = Pairs { matched: Vec::new(), removed: Vec::new(), added: Vec::new() };
    let m = Matched { people: &people, links: &links, tasks: &tasks, actions: &actions };
    people::left(old, new, &m, Some(new.revision)).0
}

/// The signals in their groups, needs attention first; empty groups left out.
pub fn grouped(signals: &[Signal]) -> Vec<(SignalGroup, Vec<&Signal>)> {
    [SignalGroup::Attention, SignalGroup::Good]
        .into_iter()
        .map(|g| (g, signals.iter().filter(|s| s.group == g).collect::<Vec<_>>()))
        .filter(|(_, list)| !list.is_empty())
        .collect()
}

impl SignalGroup {
    /// The mark before a signal in plain text: `!` needs attention, `✓` good news.
    pub fn mark(self) -> char {
        match self {
            SignalGroup::Attention => '!',
            SignalGroup::Good => '✓',
        }
    }
}

#[cfg(test)]
mod tests;
