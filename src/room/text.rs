//! What a participant types, made safe before the app sees it; the join code; ids.

use std::io;

/// The most characters an idea may have once cleaned (§12).
pub const IDEA_MAX_CHARS: usize = 280;
/// The most characters a participant's name may have once cleaned.
pub const NAME_MAX_CHARS: usize = 40;
/// How many characters a join code has.
pub const CODE_LEN: usize = 8;

/// The join code's alphabet: capitals and digits that cannot be misread for one another (no
/// `0 O 1 I L`), so a code read off the projector is typed right.
const CODE_ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/// A new random join code: `CODE_LEN` characters from an unambiguous alphabet of 31, drawn from
/// the operating system's random source (31⁸ ≈ 8.5 × 10¹¹ codes: guessing one online takes years).
pub fn new_code() -> io::Result<String> {
    let mut code = String::with_capacity(CODE_LEN);
    let n = CODE_ALPHABET.len();
    // Rejection sampling: a byte is used only below the largest multiple of 31, so every
    // character is equally likely.
    let limit = 256 - 256 % n;
    while code.len() < CODE_LEN {
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes).map_err(|e| io::Error::other(format!("no random source: {e}")))?;
        for b in bytes {
            if usize::from(b) < limit && code.len() < CODE_LEN {
                code.push(char::from(CODE_ALPHABET[usize::from(b) % n]));
            }
        }
    }
    Ok(code)
}

/// Whether `given` is the room's code: case-insensitive (a code typed on a phone may come in
/// lower case), compared in time that does not depend on where the first difference is.
pub fn code_matches(given: &str, code: &str) -> bool {
    let given = given.as_bytes();
    let code = code.as_bytes();
    if given.len() != code.len() {
        return false;
    }
    given.iter().zip(code).fold(0u8, |acc, (g, c)| acc | (g.to_ascii_uppercase() ^ c)) == 0
}

/// Whether `id` may name a device or an idea: 8 to 64 ASCII letters, digits, `-` or `_` (the page
/// makes 32 hex digits).
pub fn valid_id(id: &str, min: usize) -> bool {
    (min..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Whether a character is dropped from a participant's text: control characters (C0, DEL, C1:
/// terminal escapes start with one), bidirectional overrides, embeddings, isolates and marks
/// (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C: they make text read in another order
/// than it is stored), and invisible characters that hide what a text says (zero-width space,
/// word joiner and invisible operators, byte-order mark). The zero-width joiner and non-joiner
/// stay: emoji and some scripts need them.
fn dropped(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{200E}' | '\u{200F}' | '\u{061C}'
            | '\u{200B}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}')
}

/// A participant's text as the app gets it: line breaks and tabs become spaces; control
/// characters (terminal escapes), bidirectional overrides, embeddings, isolates and marks
/// (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) and invisible characters (zero-width
/// space, word joiner, byte-order mark) are removed; runs of spaces become one and the ends are
/// trimmed. What is left is plain text: `<script>` stays the eight characters it is (the page and the terminal
/// show it as text, never as markup or a command).
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if dropped(c) {
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_new_unambiguous_and_matched_in_any_case() {
        let a = new_code().unwrap();
        let b = new_code().unwrap();
        assert_eq!(a.len(), CODE_LEN);
        assert_ne!(a, b);
        assert!(a.bytes().all(|c| CODE_ALPHABET.contains(&c)));
        assert!(code_matches(&a.to_ascii_lowercase(), &a));
        assert!(!code_matches(&b, &a));
        assert!(!code_matches("", &a));
        assert!(!code_matches(&a[..CODE_LEN - 1], &a));
    }

    #[test]
    fn cleaning_drops_escapes_and_overrides_and_keeps_text() {
        assert_eq!(clean("  a\n\tb  "), "a b");
        assert_eq!(clean("\u{1b}[31mred\u{1b}[0m\u{7}"), "[31mred[0m");
        assert_eq!(clean("abc\u{202E}fed\u{2066}x\u{2069}"), "abcfedx");
        assert_eq!(clean("<script>alert(1)</script>"), "<script>alert(1)</script>");
        assert_eq!(clean("\u{9b}2J"), "2J");
        assert_eq!(clean("👩\u{200D}💻 Ümlaut"), "👩\u{200D}💻 Ümlaut");
        assert_eq!(clean("\u{200B}\u{FEFF}"), "");
    }

    #[test]
    fn ids_are_short_and_plain() {
        assert!(valid_id("0123456789abcdef", 8));
        assert!(!valid_id("short", 8));
        assert!(!valid_id("../../etc/passwd", 8));
        assert!(!valid_id(&"a".repeat(65), 8));
    }
}
