//! The canvas's vocabularies in the reader's language: each value's message key, and the
//! glossary of the method's terms with Simon Terry's English names.

use super::tr::Tr;
use crate::model::{
    ActionStatus, BlockKind, Boundary, Cadence, Change, Direction, Driver, FieldValue, Health, IdeaSection,
    IndicatorKind, LoopState, OwnerRole, Phase, Quadrant, Shape, StakeholderKind, Stance, TaskStatus,
    Vocabulary,
};

/// A value a reader sees by name: its message key in the `.ftl` files.
pub trait Label: Copy {
    /// The key of the message that names it.
    fn key(self) -> &'static str;
}

/// Implements [`Label`] with one literal key per value (the tests find the keys in the code).
macro_rules! keys {
    ($t:ident { $($v:ident => $k:literal),+ $(,)? }) => {
        impl Label for $t {
            fn key(self) -> &'static str {
                match self { $($t::$v => $k),+ }
            }
        }
    };
}

keys!(Phase {
    Connect => "phase-connect", Share => "phase-share", Solve => "phase-solve", Innovate => "phase-innovate",
});
keys!(Driver {
    Growth => "driver-growth", Effectiveness => "driver-effectiveness",
    Velocity => "driver-velocity", Protection => "driver-protection",
});
keys!(Stance {
    Champion => "stance-champion", Supporter => "stance-supporter", Neutral => "stance-neutral",
    Sceptic => "stance-sceptic", Blocker => "stance-blocker",
});
keys!(StakeholderKind { Individual => "kind-individual", Group => "kind-group" });
keys!(Direction { OneWay => "direction-one-way", TwoWay => "direction-two-way" });
keys!(Boundary { Team => "boundary-team", CrossTeam => "boundary-cross-team", External => "boundary-external" });
keys!(Health { Healthy => "health-healthy", AtRisk => "health-at-risk", Broken => "health-broken" });
keys!(Change {
    Create => "change-create", Strengthen => "change-strengthen", Reconnect => "change-reconnect",
    Maintain => "change-maintain", Retire => "change-retire",
});
keys!(OwnerRole {
    CommunityManager => "role-community-manager", Champion => "role-champion",
    Leader => "role-leader", Member => "role-member",
});
keys!(Cadence {
    Once => "cadence-once", Weekly => "cadence-weekly", Fortnightly => "cadence-fortnightly",
    Monthly => "cadence-monthly", Quarterly => "cadence-quarterly", Ongoing => "cadence-ongoing",
});
keys!(TaskStatus {
    Planned => "task-planned", Active => "task-active", Paused => "task-paused", Stopped => "task-stopped",
});
keys!(ActionStatus {
    Proposed => "action-proposed", Committed => "action-committed", InProgress => "action-in-progress",
    Done => "action-done", Dropped => "action-dropped",
});
keys!(LoopState { Open => "loop-open", Measured => "loop-measured", Closed => "loop-closed" });
keys!(IndicatorKind { Leading => "indicator-leading", Lagging => "indicator-lagging" });
keys!(Quadrant {
    ManageClosely => "quadrant-manage-closely", KeepSatisfied => "quadrant-keep-satisfied",
    KeepInformed => "quadrant-keep-informed", Monitor => "quadrant-monitor",
});
keys!(BlockKind {
    Open => "block-open", Context => "block-context", Stakeholders => "block-stakeholders",
    Relationships => "block-relationships", Break => "block-break", Tasks => "block-tasks",
    Actions => "block-actions", Review => "block-review", Custom => "block-custom",
});
keys!(IdeaSection {
    Context => "idea-context", Stakeholders => "idea-stakeholders", Relationships => "idea-relationships",
    Tasks => "idea-tasks", Actions => "idea-actions", Parking => "idea-parking",
});

impl Tr {
    /// The name a reader of this language gives `value`: `Résoudre`, `Skeptiker`, `at risk`.
    pub fn label(self, value: impl Label) -> String {
        self.get(value.key())
    }

    /// The value at `index` of the vocabulary whose English labels are `labels` (a field's
    /// `Shape::Choice`), in this language; `None` for a vocabulary no message names.
    pub fn choice(self, labels: &[&str], index: usize) -> Option<String> {
        fn key_of<L: Label + Vocabulary>(labels: &[&str], index: usize) -> Option<&'static str> {
            (L::LABELS == labels).then(|| L::VALUES.get(index).map(|v| v.key())).flatten()
        }
        let key = key_of::<Phase>(labels, index)
            .or_else(|| key_of::<Driver>(labels, index))
            .or_else(|| key_of::<Stance>(labels, index))
            .or_else(|| key_of::<StakeholderKind>(labels, index))
            .or_else(|| key_of::<Direction>(labels, index))
            .or_else(|| key_of::<Boundary>(labels, index))
            .or_else(|| key_of::<Health>(labels, index))
            .or_else(|| key_of::<Change>(labels, index))
            .or_else(|| key_of::<OwnerRole>(labels, index))
            .or_else(|| key_of::<Cadence>(labels, index))
            .or_else(|| key_of::<TaskStatus>(labels, index))
            .or_else(|| key_of::<ActionStatus>(labels, index))
            .or_else(|| key_of::<LoopState>(labels, index))
            .or_else(|| key_of::<IndicatorKind>(labels, index))
            .or_else(|| key_of::<BlockKind>(labels, index))
            .or_else(|| key_of::<IdeaSection>(labels, index))?;
        Some(self.get(key))
    }

    /// A field's value in this language when it is one of the canvas's vocabularies (a choice,
    /// the phases); `None` for what people typed, numbers and dates.
    pub fn value(self, shape: Shape, value: &FieldValue) -> Option<String> {
        match (value, shape) {
            (FieldValue::Choice(Some(i)), Shape::Choice(labels)) => self.choice(labels, *i),
            (FieldValue::Phases(p), _) => {
                Some(p.iter().map(|p| self.label(*p)).collect::<Vec<_>>().join(", "))
            }
            _ => None,
        }
    }
}

/// One of the method's terms: the message that shows it and Simon Terry's English name (which a
/// client might look up). The message shows the Fluent term the translations share:
/// `phase-connect = { -connect }`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    /// The message that shows the term alone.
    pub key: &'static str,
    /// Terry's English name.
    pub english: &'static str,
}

impl Term {
    /// The term's id in the `.ftl` files: the message's without its vocabulary (`-connect`).
    pub fn id(self) -> String {
        format!("-{}", self.key.split_once('-').map_or(self.key, |(_, name)| name))
    }
}

/// The glossary: the four phases, the four value drivers and the five stances, in that order.
pub fn glossary() -> Vec<Term> {
    fn terms<L: Label + Vocabulary>() -> impl Iterator<Item = Term> {
        L::VALUES.iter().zip(L::LABELS).map(|(v, english)| Term { key: v.key(), english })
    }
    terms::<Phase>().chain(terms::<Driver>()).chain(terms::<Stance>()).collect()
}
