//! Building CommonMark/GFM text that stays intact whatever the canvas text holds.

mod page;

pub use page::Markdown;

use super::doc::{Doc, Span};
use super::page::Sink;

/// True when `rest` (the text after an `&`) would make it a character reference like `&amp;`.
fn entity_follows(rest: &str) -> bool {
    let body: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '#').collect();
    !body.is_empty() && rest[body.len()..].starts_with(';')
}

/// Escapes text for inline Markdown: what would format, HTML, entities and line breaks.
///
/// Only what could change the meaning is escaped, so the raw Markdown stays readable.
pub fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    inline_into(&mut out, text);
    out
}

/// The bytes that can format, break a line or start an entity anywhere in a line, by value.
const SPECIAL: [bool; 256] = {
    let mut special = [false; 256];
    let bytes = *b"\\`*[]<|~&_\r\n";
    let mut i = 0;
    while i < bytes.len() {
        special[bytes[i] as usize] = true;
        i += 1;
    }
    special
};

/// Whether [`inline`] leaves trimmed text as it is: no character in it can format, break a
/// line or start an entity, and it does not open with a block mark or a number. Most cells are
/// such text, and are copied whole.
fn plain(text: &str) -> bool {
    !text.bytes().any(|b| SPECIAL[usize::from(b)])
        && !text.starts_with(['#', '>', '-', '+', '='])
        && !text.starts_with(|c: char| c.is_ascii_digit())
}

/// [`inline`], written at the end of `out`.
pub(crate) fn inline_into(out: &mut String, text: &str) {
    let text = text.trim();
    if plain(text) {
        out.push_str(text);
    } else {
        escape_into(out, text);
    }
}

/// [`inline`]'s escaping of trimmed text, character by character.
fn escape_into(out: &mut String, text: &str) {
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
}

/// A GFM table; every cell is escaped with [`inline`], so a cell can never break the table.
pub fn table<S: AsRef<str>, R: AsRef<[S]>>(headers: &[&str], rows: impl IntoIterator<Item = R>) -> String {
    let mut out = String::new();
    table_into(&mut out, headers, rows);
    out
}

/// One table line of `width` cells, each written by `cell`.
fn table_line(out: &mut String, width: usize, mut cell: impl FnMut(usize, &mut String)) {
    out.push_str("| ");
    for k in 0..width {
        if k > 0 {
            out.push_str(" | ");
        }
        cell(k, out);
    }
    out.push_str(" |\n");
}

/// [`table`], written at the end of `out`: as many cells a row as headers (short rows are filled
/// with empty cells, long ones cut).
fn table_into<S: AsRef<str>, R: AsRef<[S]>>(
    out: &mut String,
    headers: &[&str],
    rows: impl IntoIterator<Item = R>,
) {
    let width = headers.len();
    table_line(out, width, |k, out| inline_into(out, headers[k]));
    table_line(out, width, |_, out| out.push_str("---"));
    for row in rows {
        let row = row.as_ref();
        table_line(out, width, |k, out| {
            if let Some(c) = row.get(k) {
                inline_into(out, c.as_ref());
            }
        });
    }
}

/// The text of an optional value, or an empty string.
pub fn opt<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

/// Text with its surrounding spaces kept outside the escaped core and the marks: `**Goal:** `,
/// written at the end of `out`.
fn marked_into(out: &mut String, t: &str, mark: &str) {
    let core = t.trim();
    let (before, after) = t.split_at(t.len() - t.trim_start().len());
    if core.is_empty() {
        out.push_str(edge(before));
        return;
    }
    out.push_str(edge(before));
    out.push_str(mark);
    inline_into(out, core);
    out.push_str(mark);
    out.push_str(edge(&after[core.len()..]));
}

/// The space a span's edge keeps: none, a no-break space where the language wrote one (French
/// ` ;` after a bold label), else one plain space.
fn edge(spaces: &str) -> &'static str {
    match spaces {
        "" => "",
        _ if spaces.chars().all(|c| c == '\u{a0}') => "\u{a0}",
        _ => " ",
    }
}

/// A line of spans as inline Markdown, written at the end of `out`.
fn spans_into(out: &mut String, line: &[Span]) {
    for s in line {
        match s {
            Span::Text(t) => marked_into(out, t, ""),
            Span::Strong(t) => marked_into(out, t, "**"),
            Span::Emph(t) => marked_into(out, t, "*"),
        }
    }
}

/// A page as CommonMark/GFM; pictures become Mermaid diagrams.
pub fn render(doc: &Doc) -> String {
    let mut page = Markdown::new(Sink::keep());
    doc.replay(&mut page);
    page.finish()
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
    fn plain_text_is_exactly_what_escaping_leaves_alone() {
        let parts = [
            "a", "Sam Lee", "é", "—", " ", "1", "1.", "2)", "#", "-", "+", "=", ">", "x_y", "_", "&amp;",
            "&", "*", "\\", "|", "~", "`", "[", "]", "<", "\n", "\r", ".",
        ];
        for a in parts {
            for b in parts {
                for c in parts {
                    let t = format!("{a}{b}{c}");
                    let t = t.trim();
                    let mut escaped = String::new();
                    escape_into(&mut escaped, t);
                    if plain(t) {
                        assert_eq!(escaped, t, "{t:?} is plain, so escaping leaves it alone");
                    }
                }
            }
        }
    }

    #[test]
    fn a_no_break_space_at_a_spans_edge_stays_one_and_other_spaces_become_one_space() {
        let mut out = String::new();
        spans_into(
            &mut out,
            &[Span::Strong("Alertes\u{a0}: 11".into()), Span::Text("\u{a0}; la plus grave".into())],
        );
        assert_eq!(out, "**Alertes\u{a0}: 11**\u{a0}; la plus grave");
        let mut out = String::new();
        spans_into(
            &mut out,
            &[Span::Strong("Goal:".into()), Span::Text("  cut ".into()), Span::Emph(" x\t".into())],
        );
        assert_eq!(out, "**Goal:** cut  *x* ");
    }

    #[test]
    fn table_rows_have_as_many_cells_as_headers() {
        let t = table(&["A", "B"], vec![vec!["x|y"]]);
        assert_eq!(t, "| A | B |\n| --- | --- |\n| x\\|y |  |\n");
        let long = table(&["A"], vec![vec!["1", "2"]]);
        assert_eq!(long, "| A |\n| --- |\n| 1 |\n", "a longer row is cut to the headers");
        assert_eq!(table::<&str, Vec<&str>>(&[], vec![vec![]]), "|  |\n|  |\n|  |\n");
    }
}
