//! The canvas: one workshop's file, its context and its sections.

use serde::{Deserialize, Serialize};

use super::agenda::{AgendaBlock, default_agenda};
use super::date::{Day, Moment};
use super::entries::{Action, Relationship, Stakeholder, Task};
use super::enums::{Driver, IdeaSection, Language, Phase};
use super::list::List;

/// The schema version this program reads and writes.
pub const FORMAT: u32 = 3;

/// One Collaboration Value Canvas: a workshop's whole plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Canvas {
    /// Schema version of the file.
    pub format: u32,
    /// Identity shared by every revision of this canvas.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// Which workshop of this canvas this is, from 1.
    #[serde(default = "first_revision")]
    pub revision: u32,
    /// What the workshop is about.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// The organisation it is for.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organisation: String,
    /// Who ran the workshop.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub facilitator: String,
    /// The day of the workshop.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Day>,
    /// The language the canvas is written in: `en`, `fr` or `de`.
    #[serde(default)]
    pub language: Language,
    /// Goal, value drivers, phase emphasis and participants.
    #[serde(default)]
    pub context: Context,
    /// People and groups that matter.
    #[serde(default)]
    pub stakeholders: List<Stakeholder>,
    /// Connections between stakeholders.
    #[serde(default)]
    pub relationships: List<Relationship>,
    /// Community management tasks.
    #[serde(default)]
    pub tasks: List<Task>,
    /// Adoption actions.
    #[serde(default)]
    pub actions: List<Action>,
    /// The parking lot: questions the room raised that belong to no section now, one line each.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parking: Vec<String>,
    /// Ideas participants sent from the room, waiting for the facilitator, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inbox: Vec<Idea>,
    /// The workshop's timed blocks.
    #[serde(default = "default_agenda")]
    pub agenda: Vec<AgendaBlock>,
    /// The next number each kind of id will take.
    #[serde(default)]
    pub next_ids: NextIds,
}

fn first_revision() -> u32 {
    1
}

impl Default for Canvas {
    fn default() -> Canvas {
        Canvas {
            format: FORMAT,
            id: String::new(),
            revision: 1,
            title: String::new(),
            organisation: String::new(),
            facilitator: String::new(),
            date: None,
            language: Language::En,
            context: Context::default(),
            stakeholders: List::new(),
            relationships: List::new(),
            tasks: List::new(),
            actions: List::new(),
            parking: Vec::new(),
            inbox: Vec::new(),
            agenda: default_agenda(),
            next_ids: NextIds::default(),
        }
    }
}

/// Stakeholder names by id (see [`Canvas::names`]).
#[derive(Debug, Clone, Default)]
pub struct Names<'a>(std::collections::HashMap<&'a str, &'a str>);

impl<'a> Names<'a> {
    /// Names from (id, name) pairs.
    pub fn from_pairs(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Names<'a> {
        Names(pairs.into_iter().collect())
    }

    /// The name of the stakeholder with this id, or the bare id when it is gone.
    pub fn of<'b>(&'b self, id: &'b str) -> &'b str
    where
        'a: 'b,
    {
        self.0.get(id).copied().unwrap_or(id)
    }
}

/// An idea a participant sent from the room, waiting in the inbox until the facilitator takes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Idea {
    /// The section it was sent to, or the parking lot.
    pub section: IdeaSection,
    /// What the participant wrote.
    #[serde(default)]
    pub text: String,
    /// The name the participant gave; empty when anonymous.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub from: String,
    /// When it arrived, local time.
    pub at: Moment,
}

/// The canvas's frame: the value goal and how the phases are weighted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Context {
    /// The value goal in one sentence.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub goal: String,
    /// Who was in the room.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<String>,
    /// The room's answer for each value driver.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub drivers: Vec<DriverAnswer>,
    /// How much weight each phase gets, 0–3.
    pub emphasis: Emphasis,
}

/// The room's answer to one value driver's question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DriverAnswer {
    /// Which driver.
    pub driver: Driver,
    /// What the room said.
    #[serde(default)]
    pub answer: String,
}

/// Weight of each phase in this plan, 0–3.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Emphasis {
    /// Weight of Connect.
    pub connect: u8,
    /// Weight of Share.
    pub share: u8,
    /// Weight of Solve.
    pub solve: u8,
    /// Weight of Innovate.
    pub innovate: u8,
}

impl Emphasis {
    /// The weight of one phase.
    pub fn get(&self, phase: Phase) -> u8 {
        match phase {
            Phase::Connect => self.connect,
            Phase::Share => self.share,
            Phase::Solve => self.solve,
            Phase::Innovate => self.innovate,
        }
    }
}

/// The counters ids are drawn from; they only ever grow, so no id is reused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct NextIds {
    /// Next stakeholder number.
    pub stakeholder: u32,
    /// Next relationship number.
    pub relationship: u32,
    /// Next task number.
    pub task: u32,
    /// Next action number.
    pub action: u32,
}

impl Default for NextIds {
    fn default() -> NextIds {
        NextIds { stakeholder: 1, relationship: 1, task: 1, action: 1 }
    }
}

impl Canvas {
    /// A new, empty canvas with the default agenda.
    pub fn new(title: &str) -> Canvas {
        Canvas { title: title.to_string(), ..Canvas::default() }
    }

    /// The stakeholder with this id.
    pub fn stakeholder(&self, id: &str) -> Option<&Stakeholder> {
        self.stakeholders.iter().find(|s| s.id == id)
    }

    /// A stakeholder's name for display, or the bare id when it is gone.
    pub fn stakeholder_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.stakeholder(id).map_or(id, |s| s.name.as_str())
    }

    /// Stakeholder names by id, to look up many without scanning the list each time.
    pub fn names(&self) -> Names<'_> {
        Names(self.stakeholders.iter().map(|s| (s.id.as_str(), s.name.as_str())).collect())
    }

    /// Puts every indicator's readings and every task's held dates in date order (a hand-edited
    /// file may list them otherwise).
    pub fn sort_readings(&mut self) {
        for i in 0..self.tasks.len() {
            if !self.tasks[i].held.is_sorted()
                && let Some(t) = self.tasks.get_mut(i)
            {
                t.held.sort();
            }
        }
        for i in 0..self.actions.len() {
            let sorted = self.actions[i]
                .indicator
                .as_ref()
                .is_none_or(|ind| ind.readings.is_sorted_by_key(|r| r.date));
            if !sorted && let Some(ind) = self.actions.get_mut(i).and_then(|a| a.indicator.as_mut()) {
                ind.sort_readings();
            }
        }
    }

    /// How many entries the four sections hold together.
    pub fn entry_count(&self) -> usize {
        self.stakeholders.len() + self.relationships.len() + self.tasks.len() + self.actions.len()
    }
}
