//! The plan as one self-contained printable HTML page (DESIGN.md §6, §11): inline CSS with an A4
//! print stylesheet, pictures as inline SVG, no script, no network, no external font. Every
//! canvas text is escaped, so a name like `<script>` is text.

mod blocks;
mod palette;

use std::fmt::Write;

pub use palette::Palette;

use super::doc::Doc;
use super::plan::plan_doc;
use crate::model::{Canvas, Day};
use crate::safe;

/// The page's stylesheet (loop cards included, for a report that shows them); `--ok`, `--warn`, …
/// come from the palette.
pub const STYLE: &str = include_str!("style.css");

/// The plan as an HTML page; `today` decides what is overdue, `diagrams` whether pictures are drawn.
pub fn plan_html(c: &Canvas, today: Day, diagrams: bool) -> String {
    render(&plan_doc(c, today, diagrams), &Palette::paper())
}

/// A page of blocks as HTML, in the palette's colours.
pub fn render(doc: &Doc, palette: &Palette) -> String {
    let mut out = String::with_capacity(64 * 1024);
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(out, "<title>{}</title>", safe::html(&doc.title));
    let _ = writeln!(
        out,
        "<style>\n:root {{ {} }}\n{STYLE}</style>\n</head>\n<body>\n<main>",
        palette.css_variables()
    );
    for block in &doc.blocks {
        blocks::block(&mut out, block, palette);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}
