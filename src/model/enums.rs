//! The closed vocabularies of a canvas: every enum of DESIGN.md §4 with its label for people.

use serde::{Deserialize, Serialize};

/// A closed vocabulary: every value in file order, each with its label for people.
pub trait Vocabulary: Copy + PartialEq + 'static {
    /// Every value, in file order.
    const VALUES: &'static [Self];
    /// Every value's label, in the same order.
    const LABELS: &'static [&'static str];
}

/// Defines a file enum with its variants in file order, `ALL`, a human `label`, and its [`Vocabulary`].
macro_rules! labelled_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $label:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name { $(#[doc = concat!("Read by people as \"", $label, "\".")] $variant),+ }

        impl $name {
            /// Every value, in the order the design lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The word a person reads for this value.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }
        }

        impl Vocabulary for $name {
            const VALUES: &'static [$name] = $name::ALL;
            const LABELS: &'static [&'static str] = &[$($label),+];
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.label())
            }
        }
    };
}

labelled_enum!(
    /// Whether a stakeholder is one person or a group.
    StakeholderKind { Individual => "individual", Group => "group" }
);
labelled_enum!(
    /// A stakeholder's attitude to the goal.
    Stance {
        Champion => "champion", Supporter => "supporter", Neutral => "neutral",
        Sceptic => "sceptic", Blocker => "blocker",
    }
);
labelled_enum!(
    /// Whether a relationship flows one way or both.
    Direction { OneWay => "one-way", TwoWay => "two-way" }
);
labelled_enum!(
    /// Which organisational boundary a relationship crosses.
    Boundary { Team => "team", CrossTeam => "cross-team", External => "external" }
);
labelled_enum!(
    /// How well a relationship works today.
    Health { Healthy => "healthy", AtRisk => "at risk", Broken => "broken" }
);
labelled_enum!(
    /// What the plan does to a relationship.
    Change {
        Create => "create", Strengthen => "strengthen", Reconnect => "reconnect",
        Maintain => "maintain", Retire => "retire",
    }
);
labelled_enum!(
    /// Terry's four collaboration phases, which run at the same time.
    Phase { Connect => "Connect", Share => "Share", Solve => "Solve", Innovate => "Innovate" }
);
labelled_enum!(
    /// Terry's four value drivers.
    Driver {
        Growth => "Growth", Effectiveness => "Effectiveness",
        Velocity => "Velocity", Protection => "Protection",
    }
);
labelled_enum!(
    /// Who owns a community management task.
    OwnerRole {
        CommunityManager => "community manager", Champion => "champion",
        Leader => "leader", Member => "member",
    }
);
labelled_enum!(
    /// How often a community management task happens.
    Cadence {
        Once => "once", Weekly => "weekly", Fortnightly => "fortnightly",
        Monthly => "monthly", Quarterly => "quarterly", Ongoing => "ongoing",
    }
);
labelled_enum!(
    /// Where a community management task stands.
    TaskStatus { Planned => "planned", Active => "active", Paused => "paused", Stopped => "stopped" }
);
labelled_enum!(
    /// Where an adoption action stands.
    ActionStatus {
        Proposed => "proposed", Committed => "committed", InProgress => "in progress",
        Done => "done", Dropped => "dropped",
    }
);
labelled_enum!(
    /// Whether an action's loop was closed: measured against its indicator and acted on.
    LoopState { Open => "open", Measured => "measured", Closed => "closed" }
);
labelled_enum!(
    /// Whether an indicator leads or lags the result.
    IndicatorKind { Leading => "leading", Lagging => "lagging" }
);
labelled_enum!(
    /// What an agenda block is for; the section it shows.
    BlockKind {
        Open => "open", Context => "context", Stakeholders => "stakeholders",
        Relationships => "relationships", Break => "break", Tasks => "tasks",
        Actions => "actions", Review => "review", Custom => "custom",
    }
);

impl Phase {
    /// The phase's name in lower case, as the file's `emphasis` fields spell it.
    pub fn key(self) -> &'static str {
        match self {
            Phase::Connect => "connect",
            Phase::Share => "share",
            Phase::Solve => "solve",
            Phase::Innovate => "innovate",
        }
    }
}

impl Stance {
    /// How many steps apart two stances are on champion … blocker.
    pub fn steps_to(self, other: Stance) -> usize {
        (self as usize).abs_diff(other as usize)
    }
}
