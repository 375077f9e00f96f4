//! The canvas and everything known about it without a file or a terminal.

mod agenda;
mod canvas;
mod date;
mod derived;
mod entries;
mod enums;
mod fields;
mod followup;
mod ids;
mod list;
mod loopcard;
mod measure;
mod scorecard;
mod sections;
mod validate;
mod waves;

pub use agenda::{
    AgendaBlock, MAX_MINUTES, Progress, Urgency, clock_text, default_agenda, planned_minutes, progress,
    prompts, resume_block,
};
pub use canvas::{Canvas, Context, DriverAnswer, Emphasis, FORMAT, Idea, Names, NextIds};
pub use date::{Day, DayError, DayWhy, Moment};
pub use derived::{
    CadenceKept, CoverageParts, Facts, PhaseCoverage, Quadrant, Review, Said, Warning, WarningKind,
    WarningsMemo, Word, action_cover, coverage, coverage_from, least_supported, overdue_actions,
    relationship_cover, review_overdue, review_schedule, same_by, same_names, task_cover, warnings,
};
pub use entries::{Action, Indicator, Reading, Relationship, Stakeholder, Task};
pub use enums::*;
#[cfg(test)]
pub(crate) use fields::samples;
pub use fields::{
    Compare, Described, FieldKey, FieldSpec, FieldValue, FilePlace, PlanCell, Shape, Summary, summary_facts,
};
pub use followup::{DateKind, FollowUp, Gap, GapKind, Portfolio, Revisit, dates, gaps, revisit_day};
pub use ids::{EntryKind, id_number};
pub use list::List;
pub use loopcard::{DatedPoint, LoopVerdict, Money, NoReturn, money, time_positions};
pub use measure::{
    Aim, IndicatorProgress, Measured, Quantity, Unit, ambiguity, ambiguity_in, bar, quantity, sparkline,
    time_unit,
};
pub use scorecard::{ScoreGroup, ScoreRow, scorecard, unserved_drivers};
pub use sections::new_canvas_id;
pub use validate::{FieldPath, Problem, Step, validate};
pub use waves::{ongoing_ids, ongoing_work};
