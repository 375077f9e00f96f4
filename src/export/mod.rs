//! What cvc writes for people and tools: the plan as Markdown and as a printable HTML page, sections as CSV (and Kumu sheets), the
//! canvas and comparison as JSON, comparison reports, the follow-up list and calendars.

mod columns;
mod csv;
mod delta;
mod delta_pictures;
pub mod doc;
mod glossary;
mod handout;
mod history;
mod history_json;
pub mod html;
mod ics;
mod json;
pub mod kumu;
pub mod loopcard;
pub mod markdown;
pub mod mermaid;
pub mod page;
pub mod picture;
mod plan;
mod report;
mod report_parts;
mod report_waves;
pub mod reviews;
mod scorecard;
mod svg;
mod table;

pub use csv::{
    CANVAS_COLUMNS, CsvDialect, CsvStyle, actions_csv, line as csv_line, name_column, section_csv,
    section_csv_in, unguard,
};
pub use delta::{
    diff_markdown, diff_markdown_in, diff_text, diff_text_in, signals_markdown, signals_markdown_in,
    signals_text, signals_text_in,
};
pub use history::{
    LEVELS, history_markdown, history_markdown_in, history_text, history_text_in, kept_in, level, link_in,
    link_notes, link_notes_in, link_text, path_in, path_text, progress_in, progress_text, reading_in,
    reading_text, standing_in, standing_text, wave_max,
};
pub use history_json::history_json;
pub use html::{plan_html, plan_html_in, plan_html_into, plan_page};
pub use ics::{canvas_calendar, reviews_calendar};
pub use json::{canvas_json, canvas_json_to, diff_json, to_text as json_text};
pub use plan::{plan_doc, plan_doc_in, plan_markdown, plan_markdown_into};
pub use report::{report_html, report_html_in, report_markdown, report_markdown_in};
pub use report_parts::{diff_html, diff_html_in, history_html, history_html_in};
pub use reviews::{
    Latest, ReviewRow, reviews_csv, reviews_csv_in, reviews_json, reviews_markdown, reviews_text,
};
