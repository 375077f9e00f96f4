//! What cvc writes for people and tools: the Markdown plan, actions as CSV, comparison reports.

mod columns;
mod csv;
mod delta;
pub mod markdown;
mod plan;
mod scorecard;

pub use csv::actions_csv;
pub use delta::{diff_markdown, diff_text};
pub use plan::plan_markdown;
