//! Each block of the page as HTML; a cell or line whose words carry a meaning (healthy, at risk,
//! broken, overdue, a gap) gets the meaning's colour and a symbol beside it.

use std::fmt::Write;

use super::Palette;
use crate::export::doc::{Block, Item, Span, Table};
use crate::export::svg;
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
/// broke "2026-" from "07-15").
fn text_html(text: &str) -> String {
    let escaped = safe::html(text);
    let b = escaped.as_bytes();
    let is_date = |at: usize| {
        b.len() >= at + 10
            && (0..10).all(|i| if i == 4 || i == 7 { b[at + i] == b'-' } else { b[at + i].is_ascii_digit() })
            && (at == 0 || !b[at - 1].is_ascii_digit())
            && b.get(at + 10).is_none_or(|c| !c.is_ascii_digit())
    };
    let mut out = String::with_capacity(escaped.len());
    let mut from = 0;
    let mut at = 0;
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
    out.push_str(&escaped[from..]);
    out
}

/// A cell's text, escaped, with its meaning's colour and symbol when it has one.
fn cell(text: &str) -> String {
    match meaning(text) {
        Some((class, mark)) => {
            format!(
                "<span class=\"{class}\"><span class=\"mark\" aria-hidden=\"true\">{mark}</span>{}</span>",
                text_html(text)
            )
        }
        None => text_html(text),
    }
}

/// [`cell`], written at the end of `out`.
fn cell_into(out: &mut String, text: &str) {
    out.push_str(&cell(text));
}

/// A line of spans as HTML.
fn spans(line: &[Span]) -> String {
    line.iter()
        .map(|s| match s {
            Span::Text(t) => text_html(t),
            Span::Strong(t) => format!("<strong>{}</strong>", text_html(t)),
            Span::Emph(t) => format!("<em>{}</em>", text_html(t)),
        })
        .collect()
}

fn table(out: &mut String, t: &Table) {
    let classes: Vec<&str> = [(t.rows.len() > LONG, "long"), (t.headers.len() > WIDE, "wide")]
        .into_iter()
        .filter_map(|(on, class)| on.then_some(class))
        .collect();
    let class = if classes.is_empty() { String::new() } else { format!(" class=\"{}\"", classes.join(" ")) };
    let _ = write!(out, "<table{class}>\n<thead><tr>");
    for h in &t.headers {
        let _ = write!(out, "<th>{}</th>", safe::html(h));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &t.rows {
        out.push_str("<tr>");
        for c in row {
            out.push_str("<td>");
            cell_into(out, c);
            out.push_str("</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

/// A list item; a warning-like line (a gap, something overdue or broken) gets a symbol.
fn item(out: &mut String, i: &Item) {
    let _ = write!(out, "<li>{}", spans(&i.line));
    if !i.children.is_empty() {
        out.push_str("\n<ul>\n");
        for child in &i.children {
            let line = spans(child);
            let line = if line.contains("(overdue)") {
                format!(
                    "<span class=\"alert\"><span class=\"mark\" aria-hidden=\"true\">⚠</span></span>{line}"
                )
            } else {
                line
            };
            let _ = writeln!(out, "<li>{line}</li>");
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</li>\n");
}

/// One block as HTML.
pub fn block(out: &mut String, b: &Block, palette: &Palette) {
    match b {
        Block::Heading { level, text, page } => {
            let class = if *page { " class=\"page\"" } else { "" };
            let _ = writeln!(out, "<h{level}{class}>{}</h{level}>", safe::html(text));
        }
        Block::Para(line) => {
            let _ = writeln!(out, "<p>{}</p>", spans(line));
        }
        Block::Table(t) => table(out, t),
        Block::List(items) => {
            out.push_str("<ul>\n");
            for i in items {
                item(out, i);
            }
            out.push_str("</ul>\n");
        }
        Block::LoopCard(card) => out.push_str(&crate::export::loopcard::html(card, palette)),
        Block::Picture(p, tr) => {
            let _ = writeln!(
                out,
                "<figure class=\"picture\">\n{}<figcaption>{}</figcaption>\n</figure>",
                svg::picture(p, palette, *tr),
                safe::html(&p.legend_in(*tr))
            );
        }
        Block::Drawn(d) => {
            let _ = writeln!(
                out,
                "<figure class=\"picture\">\n{}<figcaption>{}</figcaption>\n</figure>",
                d.svg,
                safe::html(&d.legend)
            );
        }
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
