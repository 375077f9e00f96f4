//! What cvc writes for people and tools: the Markdown plan, actions as CSV, comparison reports,
//! the follow-up list and calendars.

mod columns;
mod csv;
mod delta;
mod ics;
pub mod markdown;
mod plan;
mod reviews;
mod scorecard;

pub use csv::actions_csv;
pub use delta::{diff_markdown, diff_text};
pub use ics::{canvas_calendar, reviews_calendar};
pub use plan::plan_markdown;
pub use reviews::{Latest, ReviewRow, reviews_csv, reviews_json, reviews_markdown, reviews_text};
