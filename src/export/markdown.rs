//! Building CommonMark/GFM text that stays intact whatever the canvas text holds.

use std::fmt::Write;

use super::doc::{Block, Doc, Span};

/// True when `rest` (the text after an `&`) would make it a character reference like `&amp;`.
fn entity_follows(rest: &str) -> bool {
    let body: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '#').collect();
    !body.is_empty() && rest[body.len()..].starts_with(';')
}

/// Escapes text for inline Markdown: what would format, HTML, entities and line breaks.
///
/// Only what could change the meaning is escaped, so the raw Markdown stays readable.
pub fn inline(text: &str) -> String {
    let text = text.trim();
    let mut out = String::with_capacity(text.len() + 8);
    let mut line_start = true;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let escape = match c {
            '\\' | '`' | '*' | '[' | ']' | '<' | '|' | '~' => true,
            '#' | '>' | '-' | '+' | '=' => line_start,
            '&' => entity_follows(&text[i + 1..]),
            _ => false,
        };
        match c {
            '\r' => continue,
            '_' => {
                // A run of `_` between two letters or digits (`a_b_c`, a link's path) can neither
                // open nor close emphasis: it stays as written. Anywhere else it is escaped.
                let run = text[i..].bytes().take_while(|b| *b == b'_').count();
                let before = text[..i].chars().next_back().is_some_and(char::is_alphanumeric);
                let after = text[i + run..].chars().next().is_some_and(char::is_alphanumeric);
                let mark = if before && after { "_" } else { "\\_" };
                out.push_str(&mark.repeat(run));
                for _ in 1..run {
                    chars.next();
                }
            }
            '\n' => {
                out.push_str("<br>");
                line_start = true;
                continue;
            }
            '0'..='9' if line_start => {
                out.push(c);
                while let Some(&(_, d)) = chars.peek().filter(|(_, d)| d.is_ascii_digit()) {
                    out.push(d);
                    chars.next();
                }
                if let Some(&(_, p @ ('.' | ')'))) = chars.peek() {
                    out.push('\\');
                    out.push(p);
                    chars.next();
                }
            }
            _ => {
                if escape {
                    out.push('\\');
                }
                out.push(c);
            }
        }
        line_start = false;
    }
    out
}

/// A GFM table; every cell is escaped with [`inline`], so a cell can never break the table.
pub fn table<S: AsRef<str>>(headers: &[&str], rows: impl IntoIterator<Item = Vec<S>>) -> String {
    let line = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
    let mut out = line(headers.iter().map(|h| inline(h)).collect());
    out.push_str(&line(headers.iter().map(|_| "---".to_string()).collect()));
    for row in rows {
        let mut cells: Vec<String> = row.iter().map(|c| inline(c.as_ref())).collect();
        cells.resize(headers.len(), String::new());
        out.push_str(&line(cells));
    }
    out
}

/// The text of an optional value, or an empty string.
pub fn opt<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

/// Text with its surrounding spaces kept outside the escaped core and the marks: `**Goal:** `.
fn marked(t: &str, mark: &str) -> String {
    let core = t.trim();
    if core.is_empty() {
        return if t.is_empty() { String::new() } else { " ".into() };
    }
    let before = if t.starts_with(char::is_whitespace) { " " } else { "" };
    let after = if t.ends_with(char::is_whitespace) { " " } else { "" };
    format!("{before}{mark}{}{mark}{after}", inline(core))
}

/// A line of spans as inline Markdown.
fn spans(line: &[Span]) -> String {
    line.iter()
        .map(|s| match s {
            Span::Text(t) => marked(t, ""),
            Span::Strong(t) => marked(t, "**"),
            Span::Emph(t) => marked(t, "*"),
        })
        .collect()
}

/// A page as CommonMark/GFM; pictures become Mermaid diagrams.
pub fn render(doc: &Doc) -> String {
    let mut out = String::new();
    for block in &doc.blocks {
        match block {
            Block::Heading { level, text, .. } => {
                let _ = writeln!(out, "{} {}\n", "#".repeat(usize::from(*level)), inline(text));
            }
            Block::Para(line) => {
                let _ = writeln!(out, "{}\n", spans(line));
            }
            Block::Table(t) => {
                out.push_str(&table(
                    &t.headers.iter().map(String::as_str).collect::<Vec<_>>(),
                    t.rows.clone(),
                ));
                out.push('\n');
            }
            Block::List(items) => {
                for item in items {
                    let _ = writeln!(out, "- {}", spans(&item.line));
                    for child in &item.children {
                        let _ = writeln!(out, "  - {}", spans(child));
                    }
                }
                out.push('\n');
            }
            Block::Picture(p) => {
                let _ = writeln!(out, "```mermaid\n{}```\n", super::mermaid::diagram(p));
                let _ = writeln!(out, "*{}*\n", inline(&p.legend()));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_escapes_what_would_format_or_break() {
        assert_eq!(inline("a|b `c` <script> *x*"), "a\\|b \\`c\\` \\<script> \\*x\\*");
        assert_eq!(inline("Q&A &amp; more!"), "Q&A \\&amp; more!");
        assert_eq!(inline("# not a heading"), "\\# not a heading");
        assert_eq!(inline("one\ntwo"), "one<br>two");
        assert_eq!(inline("- item"), "\\- item");
        assert_eq!(inline("1. first"), "1\\. first");
        assert_eq!(inline("a - b 2. c"), "a - b 2. c");
    }

    #[test]
    fn underscores_are_escaped_only_where_they_could_be_emphasis() {
        assert_eq!(inline("a_b_c"), "a_b_c");
        assert_eq!(inline("snake_case x__y é_ü 2_3"), "snake_case x__y é_ü 2_3");
        assert_eq!(inline("_a_ __b__ c_ _d"), "\\_a\\_ \\_\\_b\\_\\_ c\\_ \\_d");
        assert_eq!(inline("(_x_) a_.b"), "(\\_x\\_) a\\_.b");
        assert_eq!(inline(&"_".repeat(5)), "\\_".repeat(5));
    }

    #[test]
    fn table_rows_have_as_many_cells_as_headers() {
        let t = table(&["A", "B"], vec![vec!["x|y"]]);
        assert_eq!(t, "| A | B |\n| --- | --- |\n| x\\|y |  |\n");
    }
}
