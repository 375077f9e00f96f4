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
labelled_enum!(
    /// Where an idea a participant sent belongs: a section, or the parking lot.
    IdeaSection {
        Context => "context", Stakeholders => "stakeholders", Relationships => "relationships",
        Tasks => "tasks", Actions => "actions", Parking => "parking",
    }
);

/// The language a canvas is written in (its exports speak it, §13), written `"en"`, `"fr"` or
/// `"de"` in the file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    /// English, `"en"`.
    #[default]
    En,
    /// French, `"fr"`.
    Fr,
    /// German, `"de"`.
    De,
}

impl Language {
    /// Every language, in the order the design lists them.
    pub const ALL: &'static [Language] = &[Language::En, Language::Fr, Language::De];

    /// The code the file writes: `en`, `fr`, `de`.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fr => "fr",
            Language::De => "de",
        }
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Language {
    type Err = String;

    fn from_str(s: &str) -> Result<Language, String> {
        Language::ALL
            .iter()
            .find(|l| l.code() == s)
            .copied()
            .ok_or_else(|| format!("unknown language \"{}\": expected en, fr or de", s.escape_debug()))
    }
}

impl Serialize for Language {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Language {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Language, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

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
