//! The HTML writer of a page: each block as HTML as it comes; a cell or line whose words carry a meaning (healthy, at risk,
//! broken, overdue, a gap) gets the meaning's colour and a symbol beside it.

use std::fmt::Write;

use super::Palette;
use crate::export::doc::{Drawn, Item, Span};
use crate::export::loopcard::{self, LoopCard};
use crate::export::page::{Page, Parts, Sink};
use crate::export::picture::Picture;
use crate::export::svg;
use crate::export::table::Table;
use crate::i18n::Tr;
use crate::model::Language;
use crate::safe;

/// A table with more rows than this may break across pages.
const LONG: usize = 25;

/// A table with more columns than this is set smaller.
const WIDE: usize = 8;

/// The meaning of a cell's words, as a CSS class and the symbol shown beside the colour.
fn meaning(text: &str) -> Option<(&'static str, &'static str)> {
    let t = text.trim();
    match t {
        "healthy" | "closed" | "done" => Some(("ok", "✓")),
        // A loop being measured is on its way, not at risk: only what needs attention is marked.
        "at risk" | "no ongoing work" | "empty" | "closed short of target" | "done, loop not closed" => {
            Some(("warn", "!"))
        }
        "broken" => Some(("alert", "✗")),
        _ if t.ends_with("(overdue)") => Some(("alert", "⚠")),
        _ => None,
    }
}

/// Text escaped for the page, each `YYYY-MM-DD` date in it kept on one line (a narrow column
/// broke "2026-" from "07-15"), written at the end of `out`.
fn text_into(out: &mut String, text: &str) {
    let escaped = safe::html(text);
    let b = escaped.as_bytes();
    let is_date = |at: usize| {
        b.len() >= at + 10
            && (0..10).all(|i| if i == 4 || i == 7 { b[at + i] == b'-' } else { b[at + i].is_ascii_digit() })
            && (at == 0 || !b[at - 1].is_ascii_digit())
            && b.get(at + 10).is_none_or(|c| !c.is_ascii_digit())
    };
    // A date has its first `-` four bytes in: only where a `-` is (found a word at a time) is a
    // date looked for, from left to right.
    let mut from = 0;
    let mut search = 0;
    while let Some(k) = escaped[search..].find('-') {
        let dash = search + k;
        search = dash + 1;
        if let Some(at) = dash.checked_sub(4).filter(|at| *at >= from && is_date(*at)) {
            out.push_str(&escaped[from..at]);
            out.push_str("<span class=\"date\">");
            out.push_str(&escaped[at..at + 10]);
            out.push_str("</span>");
            from = at + 10;
            search = from;
        }
    }
    out.push_str(&escaped[from..]);
}

/// [`text_into`] as a string of its own.
#[cfg(test)]
fn text_html(text: &str) -> String {
    let mut out = String::new();
    text_into(&mut out, text);
    out
}

/// A cell's text, escaped, with its meaning's colour and symbol when it has one, written at the
/// end of `out`.
fn cell_into(out: &mut String, text: &str) {
    match meaning(text) {
        Some((class, mark)) => {
            let _ = write!(
                out,
                "<span class=\"{class}\"><span class=\"mark\" aria-hidden=\"true\">{mark}</span>"
            );
            text_into(out, text);
            out.push_str("</span>");
        }
        None => text_into(out, text),
    }
}

/// [`cell_into`] as a string of its own.
#[cfg(test)]
fn cell(text: &str) -> String {
    let mut out = String::new();
    cell_into(&mut out, text);
    out
}

/// A line of spans as HTML, written at the end of `out`.
fn spans_into(out: &mut String, line: &[Span]) {
    for s in line {
        match s {
            Span::Text(t) => text_into(out, t),
            Span::Strong(t) => {
                out.push_str("<strong>");
                text_into(out, t);
                out.push_str("</strong>");
            }
            Span::Emph(t) => {
                out.push_str("<em>");
                text_into(out, t);
                out.push_str("</em>");
            }
        }
    }
}

/// A list item; a warning-like line (a gap, something overdue or broken) gets a symbol.
fn item(out: &mut String, i: &Item) {
    out.push_str("<li>");
    spans_into(out, &i.line);
    if !i.children.is_empty() {
        out.push_str("\n<ul>\n");
        for child in &i.children {
            out.push_str("<li>");
            let at = out.len();
            spans_into(out, child);
            if out[at..].contains("(overdue)") {
                let mark = "<span class=\"alert\"><span class=\"mark\" aria-hidden=\"true\">⚠</span></span>";
                out.insert_str(at, mark);
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</li>\n");
}

/// A page written as HTML into a [`Sink`]: the head when it starts, each block as it comes, the
/// end of the page when it is finished.
pub struct Html<'a> {
    sink: Sink<'a>,
    palette: Palette,
}

impl<'a> Html<'a> {
    /// A page titled `title`, in the palette's colours, that declares itself written in `lang`
    /// (`<html lang="fr">`, so a browser hyphenates and reads it aloud in that language).
    pub fn new(mut sink: Sink<'a>, title: &str, palette: Palette, lang: Language) -> Html<'a> {
        let out = sink.text();
        out.push_str("<!DOCTYPE html>\n");
        let _ = writeln!(out, "<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">", lang.code());
        out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        let _ = writeln!(out, "<title>{}</title>", safe::html(title));
        let _ = writeln!(
            out,
            "<style>\n:root {{ {} }}\n{}</style>\n</head>\n<body>\n<main>",
            palette.css_variables(),
            super::STYLE
        );
        sink.line_done();
        Html { sink, palette }
    }

    /// Ends the page: what the sink kept (nothing when it streamed).
    pub fn finish(mut self) -> String {
        self.sink.text().push_str("</main>\n</body>\n</html>\n");
        self.sink.finish()
    }
}

impl Parts for Html<'_> {
    fn part(&self) -> Self {
        Html { sink: Sink::keep(), palette: self.palette.clone() }
    }

    fn join(&mut self, part: Self) {
        self.sink.append(part.sink);
    }
}

impl Page for Html<'_> {
    fn heading(&mut self, level: u8, text: &str, page: bool) {
        let class = if page { " class=\"page\"" } else { "" };
        let _ = writeln!(self.sink.text(), "<h{level}{class}>{}</h{level}>", safe::html(text));
        self.sink.line_done();
    }

    fn para(&mut self, line: &[Span]) {
        let out = self.sink.text();
        out.push_str("<p>");
        spans_into(out, line);
        out.push_str("</p>\n");
        self.sink.line_done();
    }

    fn table(&mut self, t: Table) {
        let t = t.compact();
        let classes: Vec<&str> = [(t.len() > LONG, "long"), (t.shown_width() > WIDE, "wide")]
            .into_iter()
            .filter_map(|(on, class)| on.then_some(class))
            .collect();
        let out = self.sink.text();
        if classes.is_empty() {
            out.push_str("<table>\n<thead><tr>");
        } else {
            let _ = write!(out, "<table class=\"{}\">\n<thead><tr>", classes.join(" "));
        }
        for h in t.headers() {
            let _ = write!(out, "<th>{}</th>", safe::html(h));
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for row in t.rows() {
            let out = self.sink.text();
            out.push_str("<tr>");
            for c in row {
                out.push_str("<td>");
                cell_into(out, c);
                out.push_str("</td>");
            }
            out.push_str("</tr>\n");
            self.sink.line_done();
        }
        self.sink.text().push_str("</tbody>\n</table>\n");
        self.sink.line_done();
    }

    fn list(&mut self, items: &[Item]) {
        self.sink.text().push_str("<ul>\n");
        for i in items {
            item(self.sink.text(), i);
            self.sink.line_done();
        }
        self.sink.text().push_str("</ul>\n");
        self.sink.line_done();
    }

    fn picture(&mut self, p: &Picture, tr: Tr) {
        let _ = writeln!(
            self.sink.text(),
            "<figure class=\"picture\">\n{}<figcaption>{}</figcaption>\n</figure>",
            svg::picture(p, &self.palette, tr),
            safe::html(&p.legend_in(tr))
        );
        self.sink.line_done();
    }

    fn loop_card(&mut self, card: &LoopCard) {
        loopcard::html_into(self.sink.text(), card, &self.palette);
        self.sink.line_done();
    }

    fn drawn(&mut self, d: &Drawn) {
        let _ = writeln!(
            self.sink.text(),
            "<figure class=\"picture\">\n{}<figcaption>{}</figcaption>\n</figure>",
            d.svg,
            safe::html(&d.legend)
        );
        self.sink.line_done();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_stays_on_one_line_and_nothing_else_changes() {
        assert_eq!(text_html("due 2026-07-15, <b>"), "due <span class=\"date\">2026-07-15</span>, &lt;b&gt;");
        assert_eq!(text_html("12026-07-155 and 2026-7-15"), "12026-07-155 and 2026-7-15");
        assert_eq!(text_html("2026-07-15"), "<span class=\"date\">2026-07-15</span>");
    }

    /// The date wrapping as first written: every position looked at in turn.
    fn every_position(text: &str) -> String {
        let escaped = safe::html(text);
        let b = escaped.as_bytes();
        let is_date = |at: usize| {
            b.len() >= at + 10
                && (0..10)
                    .all(|i| if i == 4 || i == 7 { b[at + i] == b'-' } else { b[at + i].is_ascii_digit() })
                && (at == 0 || !b[at - 1].is_ascii_digit())
                && b.get(at + 10).is_none_or(|c| !c.is_ascii_digit())
        };
        let (mut out, mut from, mut at) = (String::new(), 0, 0);
        while at < b.len() {
            if is_date(at) {
                out.push_str(&escaped[from..at]);
                out.push_str("<span class=\"date\">");
                out.push_str(&escaped[at..at + 10]);
                out.push_str("</span>");
                at += 10;
                from = at;
            } else {
                at += 1;
            }
        }
        out + &escaped[from..]
    }

    #[test]
    fn looking_for_dates_only_where_a_dash_is_finds_what_looking_everywhere_finds() {
        let parts = ["2026", "-", "07", "1", "15", "-0", "é", "<", " ", "12", "a-"];
        for a in parts {
            for b in parts {
                for c in parts {
                    for d in parts {
                        let t = format!("{a}{b}{c}{d}{c}{b}");
                        assert_eq!(text_html(&t), every_position(&t), "{t:?}");
                    }
                }
            }
        }
        let t = "2026-07-15-2026-07-16 x-2026-07-15 12026-07-15 2026-07-155 2026-07-15";
        assert_eq!(text_html(t), every_position(t));
    }

    #[test]
    fn meaning_words_get_a_colour_and_a_symbol_and_other_text_is_escaped() {
        assert_eq!(cell("<b>"), "&lt;b&gt;");
        assert!(cell("broken").contains("class=\"alert\"") && cell("broken").contains('✗'));
        assert!(cell("2026-07-15 (overdue)").contains('⚠'));
        assert!(cell("healthy").contains('✓'));
        assert_eq!(cell("measured"), "measured", "a loop being measured needs no attention mark");
        assert!(cell("done, loop not closed").contains("class=\"warn\""));
    }
}
