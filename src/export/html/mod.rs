//! The plan as one self-contained printable HTML page (DESIGN.md §6, §11): inline CSS with an A4
//! print stylesheet, pictures as inline SVG, no script, no network, no external font. Every
//! canvas text is escaped, so a name like `<script>` is text.

mod blocks;
mod palette;

use std::fmt::Write;

pub use palette::Palette;

use super::doc::Doc;
use crate::model::{Canvas, Day, Language};
use crate::safe;

/// The page's stylesheet (loop cards included, for a report that shows them); `--ok`, `--warn`, …
/// come from the palette.
pub const STYLE: &str = include_str!("style.css");

/// The plan as an HTML page; `today` decides what is overdue, `diagrams` whether pictures are drawn.
pub fn plan_html(c: &Canvas, today: Day, diagrams: bool) -> String {
    plan_html_in(c, today, diagrams, c.language)
}

/// The plan as one printable page written in `lang`, which the page declares (`<html lang="fr">`)
/// so a browser hyphenates and reads it aloud in that language.
pub fn plan_html_in(c: &Canvas, today: Day, diagrams: bool, lang: Language) -> String {
    plan_page(&super::plan::plan_doc_in(c, today, diagrams, lang), lang)
}

/// The plan's blocks (`plan_doc_in`'s) as the printable page [`plan_html_in`] writes.
pub fn plan_page(doc: &Doc, lang: Language) -> String {
    page(doc, &Palette::paper(), lang)
}

/// A page of blocks as HTML, in the palette's colours.
pub fn render(doc: &Doc, palette: &Palette) -> String {
    page(doc, palette, Language::En)
}

/// A page of blocks as HTML that declares itself written in `lang`.
fn page(doc: &Doc, palette: &Palette, lang: Language) -> String {
    let mut out = String::with_capacity(64 * 1024);
    out.push_str("<!DOCTYPE html>\n");
    let _ = writeln!(out, "<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">", lang.code());
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
