//! The workshop agenda: timed blocks, and the agendas templates start from.

use serde::{Deserialize, Serialize};

use super::BlockKind;

/// One timed block of the workshop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Block {
    /// What the block is for.
    pub kind: BlockKind,
    /// The title shown on screen.
    pub title: String,
    /// Planned minutes.
    pub minutes: u32,
    /// Seconds actually spent so far.
    pub spent_secs: u64,
}

impl Default for Block {
    fn default() -> Block {
        Block { kind: BlockKind::Custom, title: String::new(), minutes: 10, spent_secs: 0 }
    }
}

impl Block {
    /// A block with nothing spent yet.
    pub fn new(kind: BlockKind, title: &str, minutes: u32) -> Block {
        Block { kind, title: title.to_string(), minutes, spent_secs: 0 }
    }
}

/// The default two-hour agenda of DESIGN.md §3.
pub fn default_agenda() -> Vec<Block> {
    use BlockKind::*;
    vec![
        Block::new(Open, "Open & frame", 10),
        Block::new(Context, "Value goal", 15),
        Block::new(Stakeholders, "Stakeholders", 20),
        Block::new(Relationships, "Relationships", 20),
        Block::new(Break, "Break", 5),
        Block::new(Tasks, "Community management", 20),
        Block::new(Actions, "Adoption actions", 20),
        Block::new(Review, "Review & close", 10),
    ]
}

/// Total planned minutes of an agenda.
pub fn planned_minutes(agenda: &[Block]) -> u32 {
    agenda.iter().map(|b| b.minutes).sum()
}

/// The screen prompts for a block, from DESIGN.md §3.
pub fn prompts(kind: BlockKind) -> &'static [&'static str] {
    use BlockKind::*;
    match kind {
        Open => &["What must we leave with in two hours?", "The four phases run at once."],
        Context => {
            &["What should grow?", "What should we do better? Faster?", "Which risks should we avoid?"]
        }
        Stakeholders => &[
            "Who is impacted? Who decides?",
            "Who can support — or obstruct?",
            "Where do their interests align with our goal?",
        ],
        Relationships => &[
            "Who must be connected for this value to happen?",
            "What flows between them? Is it still relevant and effective?",
            "Which must we reconnect?",
        ],
        Break => &[],
        Tasks => &[
            "What ongoing work keeps each phase alive?",
            "Who does it, how often?",
            "What must keep happening so we don't slip back?",
        ],
        Actions => &[
            "What can you start this week without permission?",
            "Who does what by when?",
            "Which indicator shows it worked — baseline, target, review date?",
        ],
        Review => {
            &["Which phase is empty?", "Which item are we least sure of?", "When is the first loop review?"]
        }
        Custom => &[],
    }
}
