//! The handout's pictures as Mermaid diagrams, which GitHub, GitLab, Obsidian and most Markdown
//! tools draw. Whatever a name holds, a diagram parses: nodes have ids like `s1`, and every label
//! is quoted with anything but letters, digits and spaces written as a Mermaid entity code (`#35;`).

mod charts;
mod grid;
mod network;

pub use grid::unnamed;

use crate::export::picture::Picture;
use crate::i18n::Tr;
use crate::safe;

/// The longest label a diagram shows, in characters; the tables give names in full.
pub const LABEL_MAX: usize = 48;

/// Text as the inside of a quoted Mermaid label: at most `max` characters (the last `…` when
/// cut), line breaks and controls as spaces, `"` as `#quot;` and every other character but
/// letters, digits and spaces as an entity code (`%` `#37;`, `{` `#123;`, `#` `#35;`, `;` `#59;` …),
/// so no quote, bracket, `|`, `#`, `;`, `:` or `%%` can end or change the label or the diagram.
/// The word `direction` has its first letter coded too: a flowchart reads `direction LR`
/// anywhere on a line, even inside a quoted label, as its own statement.
///
/// Every Mermaid block cvc writes (the handout's pictures, the change report's) takes canvas
/// text through this function only; node names are generated (`s1`, `mc`), never from text.
pub fn label(text: &str, max: usize) -> String {
    let clipped = safe::clip(text.trim(), max);
    let mut out = String::with_capacity(clipped.len() + 8);
    for (i, c) in clipped.char_indices() {
        let rest = &clipped[i..];
        let keyword = rest.get(..9).is_some_and(|w| w.eq_ignore_ascii_case("direction"));
        if c == '"' {
            out.push_str("#quot;");
        } else if (c.is_alphanumeric() || c == ' ') && !keyword {
            out.push(c);
        } else if safe::is_unsafe(c) || c.is_whitespace() {
            out.push(' ');
        } else {
            out.push_str(&format!("#{};", u32::from(c)));
        }
    }
    out
}

/// A quoted label.
pub fn quoted(text: &str, max: usize) -> String {
    format!("\"{}\"", label(text, max))
}

/// The Mermaid source of a picture, each line ending in a line break.
/// Its words (axes, quadrants) are in `tr`'s language, quoted and coded like every label.
pub fn diagram(p: &Picture, tr: Tr) -> String {
    match p {
        Picture::Grid(points) => grid::quadrant(points, tr),
        Picture::Network(net) => network::flowchart(net),
        Picture::Coverage(rows) => charts::coverage(rows, tr),
        Picture::Agenda(bars) => charts::agenda(bars, tr),
        Picture::Trend(t) => charts::trend(t, tr),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_keeps_letters_digits_and_spaces_and_codes_the_rest() {
        assert_eq!(label("Field engineers 2", 48), "Field engineers 2");
        assert_eq!(label("a\"b", 48), "a#quot;b");
        assert_eq!(
            label("%%{init:{'theme':'forest'}}%%", 48),
            "#37;#37;#123;init#58;#123;#39;theme#39;#58;#39;forest#39;#125;#125;#37;#37;"
        );
        assert_eq!(label("Direction LR, direction  TB", 48), "#68;irection LR#44; #100;irection  TB");
        assert_eq!(
            label("[x](y) {z} |#;:<>", 48),
            "#91;x#93;#40;y#41; #123;z#125; #124;#35;#59;#58;#60;#62;"
        );
        assert_eq!(label("北京 مرحبا Zoë", 48), "北京 مرحبا Zoë", "letters of every script stay");
        assert_eq!(label("🎉", 48), "#127881;");
        assert_eq!(label("two\nlines\u{1b}[2J\u{202e}", 48), "two lines #91;2J ");
        assert_eq!(label(&"x".repeat(100), 10), format!("{}#8230;", "x".repeat(9)));
    }

    #[test]
    fn no_hostile_character_survives_in_a_label() {
        let hostile =
            "\"quotes\" [brackets] (parens) {braces} a|b #hash; semi; <script>x</script> `tick` -->|x| end";
        let l = label(hostile, 200);
        // Without its entity codes (`#` digits `;`, `#quot;`), nothing but letters, digits and spaces is left.
        let mut bare = String::new();
        let mut rest = l.as_str();
        while let Some(at) = rest.find('#') {
            bare.push_str(&rest[..at]);
            let end = rest[at..].find(';').expect("an entity code ends in ;") + at;
            let code = &rest[at + 1..end];
            assert!(code == "quot" || code.chars().all(|d| d.is_ascii_digit()), "{l}");
            rest = &rest[end + 1..];
        }
        bare.push_str(rest);
        assert!(bare.chars().all(|c| c.is_alphanumeric() || c == ' '), "{bare}");
        assert!(bare.contains("quotes") && bare.contains("script"), "{bare}");
    }
}
