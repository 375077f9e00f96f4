//! The workshop agenda: timed blocks, and the agendas templates start from.

use serde::{Deserialize, Serialize};

use super::BlockKind;

/// One timed block of the workshop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
// Named `Block` in the file, as it always was; in the code it is an agenda block, apart from
// ratatui's `Block` (a bordered box on screen).
#[serde(default, deny_unknown_fields, rename = "Block")]
pub struct AgendaBlock {
    /// What the block is for.
    pub kind: BlockKind,
    /// The title shown on screen.
    pub title: String,
    /// Planned minutes.
    pub minutes: u32,
    /// Seconds actually spent so far.
    pub spent_secs: u64,
}

impl Default for AgendaBlock {
    fn default() -> AgendaBlock {
        AgendaBlock { kind: BlockKind::Custom, title: String::new(), minutes: 10, spent_secs: 0 }
    }
}

impl AgendaBlock {
    /// A block with nothing spent yet.
    pub fn new(kind: BlockKind, title: &str, minutes: u32) -> AgendaBlock {
        AgendaBlock { kind, title: title.to_string(), minutes, spent_secs: 0 }
    }
}

/// The default two-hour agenda of DESIGN.md §3.
pub fn default_agenda() -> Vec<AgendaBlock> {
    use BlockKind::*;
    vec![
        AgendaBlock::new(Open, "Open & frame", 10),
        AgendaBlock::new(Context, "Value goal", 15),
        AgendaBlock::new(Stakeholders, "Stakeholders", 20),
        AgendaBlock::new(Relationships, "Relationships", 20),
        AgendaBlock::new(Break, "Break", 5),
        AgendaBlock::new(Tasks, "Community management", 20),
        AgendaBlock::new(Actions, "Adoption actions", 20),
        AgendaBlock::new(Review, "Review & close", 10),
    ]
}

/// The most minutes a block can plan: a day (validation and the block form refuse more).
pub const MAX_MINUTES: u32 = 24 * 60;

/// Total planned minutes of an agenda, summed wide enough that no agenda overflows it.
pub fn planned_minutes(agenda: &[AgendaBlock]) -> u64 {
    agenda.iter().fold(0, |sum, b| sum.saturating_add(u64::from(b.minutes)))
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

/// How urgent the clock looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Urgency {
    /// More than 20% of the block left.
    Calm,
    /// 20% of the block left or less.
    Amber,
    /// 5% left or less, or over time.
    Red,
}

/// Where the session stands against its agenda.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// The block being timed.
    pub block: usize,
    /// Seconds left in it (negative when over).
    pub block_left: i64,
    /// Seconds left in the whole session (negative when over).
    pub session_left: i64,
    /// Seconds behind plan (negative: ahead).
    pub behind: i64,
    /// How the clock should look.
    pub urgency: Urgency,
}

fn secs(minutes: u32) -> i64 {
    i64::from(minutes) * 60
}

/// The block a reopened session resumes: the last one with time spent, else the first.
pub fn resume_block(agenda: &[AgendaBlock]) -> usize {
    agenda.iter().rposition(|b| b.spent_secs > 0).unwrap_or(0)
}

/// How the session stands with `current` the block being timed.
pub fn progress(agenda: &[AgendaBlock], current: usize) -> Progress {
    let current = current.min(agenda.len().saturating_sub(1));
    let spent = |b: &AgendaBlock| i64::try_from(b.spent_secs).unwrap_or(i64::MAX);
    let (planned_all, spent_all): (i64, i64) = agenda
        .iter()
        .fold((0, 0), |(p, s), b| (p.saturating_add(secs(b.minutes)), s.saturating_add(spent(b))));
    let Some(block) = agenda.get(current) else {
        return Progress { block: 0, block_left: 0, session_left: 0, behind: 0, urgency: Urgency::Calm };
    };
    let planned = secs(block.minutes);
    let block_left = planned.saturating_sub(spent(block));
    let before: i64 = agenda[..current]
        .iter()
        .fold(0, |sum, b| sum.saturating_add(spent(b).saturating_sub(secs(b.minutes))));
    let behind = before.saturating_add(spent(block).saturating_sub(planned).max(0));
    let urgency = if block_left <= 0 || block_left * 20 <= planned {
        Urgency::Red
    } else if block_left * 5 <= planned {
        Urgency::Amber
    } else {
        Urgency::Calm
    };
    Progress {
        block: current,
        block_left,
        session_left: planned_all.saturating_sub(spent_all),
        behind,
        urgency,
    }
}

/// Seconds as `m:ss`, or `h:mm:ss` from an hour; a minus sign when negative.
pub fn clock_text(secs: i64) -> String {
    let sign = if secs < 0 { "-" } else { "" };
    let s = secs.unsigned_abs();
    if s >= 3600 {
        format!("{sign}{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{sign}{}:{:02}", s / 60, s % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn agenda(spent: &[u64]) -> Vec<AgendaBlock> {
        let mut a = default_agenda();
        for (b, s) in a.iter_mut().zip(spent) {
            b.spent_secs = *s;
        }
        a
    }

    #[test]
    fn the_clock_turns_amber_at_a_fifth_left_and_red_at_a_twentieth_and_when_over() {
        // The first block is 10 minutes: 600 s.
        assert_eq!(progress(&agenda(&[479]), 0).urgency, Urgency::Calm);
        assert_eq!(progress(&agenda(&[480]), 0).urgency, Urgency::Amber);
        assert_eq!(progress(&agenda(&[569]), 0).urgency, Urgency::Amber);
        assert_eq!(progress(&agenda(&[570]), 0).urgency, Urgency::Red);
        assert_eq!(progress(&agenda(&[700]), 0).urgency, Urgency::Red);
        assert_eq!(progress(&agenda(&[700]), 0).block_left, -100);
    }

    #[test]
    fn ahead_or_behind_counts_finished_blocks_and_the_overrun_of_the_current_one() {
        let p = progress(&agenda(&[720, 300]), 1);
        assert_eq!(p.behind, 120, "the first block ran two minutes over");
        assert_eq!(progress(&agenda(&[480, 100]), 1).behind, -120, "two minutes ahead");
        assert_eq!(progress(&agenda(&[600, 1000]), 1).behind, 100, "the current block is over");
        assert_eq!(progress(&agenda(&[600, 100]), 1).session_left, 120 * 60 - 700);
    }

    #[test]
    fn a_reopened_session_resumes_the_last_block_with_time_spent() {
        assert_eq!(resume_block(&agenda(&[])), 0);
        assert_eq!(resume_block(&agenda(&[600, 900, 30])), 2);
    }

    #[test]
    fn agendas_past_any_sane_size_neither_overflow_nor_wrap() {
        let mut a = default_agenda();
        for b in &mut a {
            b.minutes = u32::MAX;
            b.spent_secs = u64::MAX;
        }
        assert_eq!(planned_minutes(&a), u64::from(u32::MAX) * a.len() as u64);
        let p = progress(&a, 3);
        assert!(p.behind >= 0 && p.session_left <= 0, "{p:?}");
        assert_eq!(clock_text(i64::MAX), "2562047788015215:30:07", "hours as many as there are");
    }

    #[test]
    fn clock_text_reads_like_a_clock() {
        assert_eq!(clock_text(754), "12:34");
        assert_eq!(clock_text(-65), "-1:05");
        assert_eq!(clock_text(7200), "2:00:00");
    }
}
