//! Building CommonMark/GFM text that stays intact whatever the canvas text holds.

/// Escapes text for inline Markdown: punctuation that would format, HTML, and line breaks.
pub fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut line_start = true;
    let text = text.trim();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '#' | '&' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '-' | '+' | '=' if line_start => {
                out.push('\\');
                out.push(c);
            }
            '0'..='9' if line_start => {
                out.push(c);
                while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    out.push(d);
                    chars.next();
                }
                if let Some(&p @ ('.' | ')')) = chars.peek() {
                    out.push('\\');
                    out.push(p);
                    chars.next();
                }
            }
            '\r' => {}
            '\n' => {
                out.push_str("<br>");
                line_start = true;
                continue;
            }
            _ => out.push(c),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_escapes_what_would_format_or_break() {
        assert_eq!(inline("a|b `c` <script> *x*"), "a\\|b \\`c\\` \\<script\\> \\*x\\*");
        assert_eq!(inline("one\ntwo"), "one<br>two");
        assert_eq!(inline("- item"), "\\- item");
        assert_eq!(inline("1. first"), "1\\. first");
        assert_eq!(inline("a - b 2. c"), "a - b 2. c");
    }

    #[test]
    fn table_rows_have_as_many_cells_as_headers() {
        let t = table(&["A", "B"], vec![vec!["x|y"]]);
        assert_eq!(t, "| A | B |\n| --- | --- |\n| x\\|y |  |\n");
    }
}
