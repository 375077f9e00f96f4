//! The four kinds of entry a canvas lists: stakeholders, relationships, tasks and actions.

use serde::{Deserialize, Serialize};

use super::Day;
use super::enums::*;

/// A person or group that matters to the collaboration goal.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Stakeholder {
    /// Stable id, `S` and a number.
    pub id: String,
    /// Who they are.
    pub name: String,
    /// One person or a group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<StakeholderKind>,
    /// Their role in the organisation.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub role: String,
    /// What they care about.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub interests: String,
    /// Power over the outcome, 1–5.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub power: Option<u8>,
    /// Interest in the outcome, 1–5.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interest: Option<u8>,
    /// Attitude to the goal.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stance: Option<Stance>,
    /// The stance the plan wants them to take.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub desired: Option<Stance>,
    /// How we will engage them.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub engagement: String,
    /// Facilitator notes.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// A connection between two stakeholders and what flows along it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Relationship {
    /// Stable id, `R` and a number.
    pub id: String,
    /// The stakeholder id at one end.
    pub from: String,
    /// The stakeholder id at the other end.
    pub to: String,
    /// What flows between them.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub exchange: String,
    /// One way or both ways.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// The boundary it crosses.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub boundary: Option<Boundary>,
    /// Strength today, 0–3.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub strength: Option<u8>,
    /// How well it works today.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub health: Option<Health>,
    /// What the plan does to it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change: Option<Change>,
    /// The phases it serves.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub phases: Vec<Phase>,
    /// Facilitator notes.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// Ongoing community management work that keeps the network alive.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Task {
    /// Stable id, `T` and a number.
    pub id: String,
    /// What is done.
    pub title: String,
    /// Who does it.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// The owner's role in the community.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_role: Option<OwnerRole>,
    /// The phase it keeps alive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phase: Option<Phase>,
    /// How often it happens.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cadence: Option<Cadence>,
    /// Where it stands.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<TaskStatus>,
    /// The days the work happened, in date order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub held: Vec<Day>,
    /// Dots the room gave it.
    #[serde(skip_serializing_if = "is_zero")]
    pub votes: u32,
    /// Facilitator notes.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

impl Task {
    /// Records that the work happened on `day`, keeping the dates in order; false when that day
    /// was already recorded.
    pub fn mark_held(&mut self, day: Day) -> bool {
        match self.held.binary_search(&day) {
            Ok(_) => false,
            Err(at) => {
                self.held.insert(at, day);
                true
            }
        }
    }
}

/// A value measured on a day, as measured: `"19 hours"`, `"42%"`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reading {
    /// The day it was measured.
    pub date: Day,
    /// The value, as text with its unit.
    #[serde(default)]
    pub value: String,
    /// Where it comes from, or why it was corrected.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// How an action's effect is measured.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Indicator {
    /// What is measured.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// The unit of a bare number: `hours`, `%`, `engineers`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub unit: String,
    /// The value today.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub baseline: String,
    /// The day the baseline was measured.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline_date: Option<Day>,
    /// The value that means it worked.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub target: String,
    /// Leading or lagging.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<IndicatorKind>,
    /// Values measured at the loop reviews, in date order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub readings: Vec<Reading>,
}

impl Indicator {
    /// True when nothing about the indicator is filled in.
    pub fn is_empty(&self) -> bool {
        self == &Indicator::default()
    }

    /// The last reading in date order: the value measured most recently.
    pub fn latest(&self) -> Option<&Reading> {
        self.readings.last()
    }

    /// Adds a reading after every reading of its day or before, so the list stays in date order
    /// and a correction made the same day comes last.
    pub fn add_reading(&mut self, reading: Reading) {
        let at = self.readings.partition_point(|r| r.date <= reading.date);
        self.readings.insert(at, reading);
    }

    /// Puts the readings in date order, keeping the order of readings of one day.
    pub fn sort_readings(&mut self) {
        self.readings.sort_by_key(|r| r.date);
    }
}

/// A time-bound commitment: "We will…", with an owner and an indicator.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Action {
    /// Stable id, `A` and a number.
    pub id: String,
    /// What we will do.
    pub title: String,
    /// Who does it.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// Where the owner sits: the business line whose practitioner closes the loop.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub business_line: String,
    /// When it is due.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<Day>,
    /// The phase it advances.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phase: Option<Phase>,
    /// The value driver it serves.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub driver: Option<Driver>,
    /// How we will know it worked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indicator: Option<Indicator>,
    /// The value or return it should bring, in the client's words.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub benefit: String,
    /// What it costs, starting with a number: `"8000 EUR"`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub cost: String,
    /// What it gains, starting with a number: `"60000 EUR"`, `"60 000 EUR a year"`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub gain: String,
    /// When the loop is reviewed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub review: Option<Day>,
    /// Where it stands.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ActionStatus>,
    /// Whether its loop was closed.
    #[serde(rename = "loop", skip_serializing_if = "Option::is_none")]
    pub loop_state: Option<LoopState>,
    /// Dots the room gave it.
    #[serde(skip_serializing_if = "is_zero")]
    pub votes: u32,
    /// Facilitator notes.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

impl Action {
    /// The indicator, when one with a name, baseline or target is set.
    pub fn indicator(&self) -> Option<&Indicator> {
        self.indicator.as_ref().filter(|i| !i.is_empty())
    }
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}
