//! The plan as one self-contained printable HTML page (DESIGN.md §6, §11): inline CSS with an A4
//! print stylesheet, pictures as inline SVG, no script, no network, no external font. Every
//! canvas text is escaped, so a name like `<script>` is text.

mod blocks;
mod palette;

pub use blocks::Html;
pub use palette::Palette;

use super::doc::Doc;
use super::page::Sink;
use crate::model::{Canvas, Day, Language};

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
    plan_html_into(c, today, diagrams, lang, Sink::keep())
}

/// [`plan_html_in`] written into `sink` as it is worked out; what the sink kept.
pub fn plan_html_into(c: &Canvas, today: Day, diagrams: bool, lang: Language, sink: Sink) -> String {
    let tr = crate::i18n::Tr::new(lang);
    let mut page = Html::new(sink, &super::plan::plan_title(c, tr), Palette::paper(), lang);
    super::plan::write_plan(&mut page, c, today, diagrams, tr);
    page.finish()
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
    let mut page = Html::new(Sink::keep(), &doc.title, palette.clone(), lang);
    doc.replay(&mut page);
    page.finish()
}
