//! Text from canvases, file names and arguments made safe to print: control characters are shown, never obeyed.
//!
//! A canvas from a client must never clear the reader's screen, set the window title, write the
//! clipboard (escape sequences), rewrite what was printed (carriage return, backspace) or reorder
//! the text (bidirectional overrides). These functions turn each such character into a visible
//! escape like `\u{1b}`, so the reader sees that it was there. They know nothing of terminals:
//! the commands call them on everything they print or write (see `commands::out`).

use std::borrow::Cow;

/// How many characters of a value a message quotes: a line's worth.
pub const QUOTE_MAX: usize = 80;

/// How many characters a whole message may take: a few lines.
pub const MESSAGE_MAX: usize = 240;

/// Whether `c` acts rather than shows: C0 and C1 controls, DEL, bidirectional overrides and isolates.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// A single-line value (a table cell, a quoted value, a message line): every unsafe character,
/// line breaks and tabs included, shown as an escape.
pub fn line(s: &str) -> Cow<'_, str> {
    escape(s, false)
}

/// Multi-line text (a report, a page, a CSV file): like [`line()`], but line breaks (`\n`, `\r\n`)
/// and tabs are kept.
pub fn text(s: &str) -> Cow<'_, str> {
    escape(s, true)
}

/// Whether a byte can start an unsafe character: C0 controls and DEL are single bytes, C1
/// controls (U+0080–U+009F) start with 0xC2 and the bidirectional marks (U+202A–U+202E,
/// U+2066–U+2069) with 0xE2. Every other byte, continuation bytes included, is skipped unread.
pub(crate) fn may_start_unsafe(b: u8) -> bool {
    b < 0x20 || b == 0x7f || b == 0xc2 || b == 0xe2
}

/// The offset in `bytes` of the first byte that may start an unsafe character. Eight bytes at a
/// time are passed over while none of them is below 0x20, DEL or outside ASCII (a word test);
/// a word that may hold one is looked at byte by byte.
fn next_candidate(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut i = 0;
    while let Some(word) = bytes.get(i..i + 8).and_then(|w| <[u8; 8]>::try_from(w).ok()) {
        let w = u64::from_le_bytes(word);
        let del = w ^ (ONES * 0x7f);
        // Exact for ASCII words: some byte is below 0x20, some byte is DEL, some byte is not ASCII.
        let below = w.wrapping_sub(ONES * 0x20) & !w;
        let is_del = del.wrapping_sub(ONES) & !del;
        if (below | is_del | w) & HIGH != 0
            && let Some(k) = word.iter().position(|b| may_start_unsafe(*b))
        {
            return Some(i + k);
        }
        i += 8;
    }
    bytes[i..].iter().position(|b| may_start_unsafe(*b)).map(|k| i + k)
}

/// The byte offset of each unsafe character of `s` for which `escaped` holds (given the
/// character after it), in order: only bytes that may start one are decoded.
pub(crate) fn unsafe_chars(
    s: &str,
    mut escaped: impl FnMut(char, Option<char>) -> bool,
) -> impl Iterator<Item = (usize, char)> {
    let bytes = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            i += next_candidate(&bytes[i..])?;
            // A byte that may start an unsafe character is ASCII or a lead byte: a boundary.
            let mut chars = s[i..].chars();
            let c = chars.next()?;
            let at = i;
            i += c.len_utf8();
            if is_unsafe(c) && escaped(c, chars.next()) {
                return Some((at, c));
            }
        }
        None
    })
}

fn escape(s: &str, keep_breaks: bool) -> Cow<'_, str> {
    let kept = |c: char, next: Option<char>| {
        keep_breaks && (c == '\n' || c == '\t' || (c == '\r' && next == Some('\n')))
    };
    let at = unsafe_chars(s, |c, next| !kept(c, next)).next().map_or(s.len(), |(at, _)| at);
    if at == s.len() {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    out.push_str(&s[..at]);
    let mut chars = s[at..].chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            _ if !is_unsafe(c) || kept(c, chars.peek().copied()) => out.push(c),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            _ => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
        }
    }
    Cow::Owned(out)
}

/// Text for HTML or XML (a page's text, an attribute in double quotes, SVG text): `&`, `<`, `>`,
/// `"` and `'` as character references, so canvas text can never become markup.
pub fn html(s: &str) -> Cow<'_, str> {
    // All five are ASCII: a byte search (a look-up by value) finds them, and the text between is
    // copied whole.
    const SPECIAL: [bool; 256] = {
        let mut special = [false; 256];
        special[b'&' as usize] = true;
        special[b'<' as usize] = true;
        special[b'>' as usize] = true;
        special[b'"' as usize] = true;
        special[b'\'' as usize] = true;
        special
    };
    let special = |b: &u8| SPECIAL[usize::from(*b)];
    if !s.as_bytes().iter().any(special) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    let mut from = 0;
    for (at, b) in s.bytes().enumerate().filter(|(_, b)| special(b)) {
        out.push_str(&s[from..at]);
        out.push_str(match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        });
        from = at + 1;
    }
    out.push_str(&s[from..]);
    Cow::Owned(out)
}

/// At most `max` characters of `s`, the last one `…` when it was cut.
pub fn clip(s: &str, max: usize) -> Cow<'_, str> {
    match s.char_indices().nth(max) {
        None => Cow::Borrowed(s),
        Some(_) => {
            let keep = max.saturating_sub(1);
            let end = s.char_indices().nth(keep).map_or(s.len(), |(i, _)| i);
            Cow::Owned(format!("{}…", &s[..end]))
        }
    }
}

/// A message made short: each quoted value (`"…"` or `` `…` ``) and each unbroken run of text
/// cut to [`QUOTE_MAX`] characters, and the whole to [`MESSAGE_MAX`].
pub fn short(message: &str) -> Cow<'_, str> {
    if message.chars().count() <= QUOTE_MAX {
        return Cow::Borrowed(message);
    }
    let mut out = String::new();
    let mut rest = message;
    while let Some(c) = rest.chars().next() {
        let (piece, after) = if c == '"' || c == '`' {
            let close = rest[1..].find(c).map_or(rest.len(), |i| i + 2);
            let (quoted, after) = rest.split_at(close);
            let inner = quoted.strip_prefix(c).unwrap_or(quoted);
            let inner = inner.strip_suffix(c).unwrap_or(inner);
            let closing = if quoted.len() > 1 && quoted.ends_with(c) { c.to_string() } else { String::new() };
            (format!("{c}{}{closing}", clip(inner, QUOTE_MAX)), after)
        } else {
            let end = rest.find(|x: char| x == '"' || x == '`' || x.is_whitespace()).unwrap_or(rest.len());
            let end = if end == 0 { c.len_utf8() } else { end };
            let (run, after) = rest.split_at(end);
            (clip(run, QUOTE_MAX).into_owned(), after)
        };
        out.push_str(&piece);
        rest = after;
        if out.chars().count() > MESSAGE_MAX {
            break;
        }
    }
    Cow::Owned(clip(&out, MESSAGE_MAX).into_owned())
}

/// A message as one printed line: [`short`], with every control character shown (the quoted values
/// are cut again after escaping, so what the reader sees stays a line's worth).
pub fn message(m: &str) -> String {
    short(&line(&short(m))).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ATTACKS: &str =
        "a\u{1b}[2Jb\u{1b}]0;title\u{7}c\u{1b}]52;c;aGk=\u{7}d\re\u{8}f\u{9b}g\u{202e}h\u{2066}i\u{7f}";

    /// The escape as it was written before the byte scan: every character decoded.
    fn escape_char_by_char(s: &str, keep_breaks: bool) -> String {
        let mut out = String::new();
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            let kept = keep_breaks && (c == '\n' || c == '\t' || (c == '\r' && chars.peek() == Some(&'\n')));
            match c {
                _ if !is_unsafe(c) || kept => out.push(c),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                _ => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            }
        }
        out
    }

    #[test]
    fn the_byte_scan_finds_what_decoding_every_character_finds() {
        // Neighbours of every unsafe range, in one, two and three bytes, and line breaks.
        let near = [
            "a", "\u{1f}", " ", "~", "\u{7f}", "\u{80}", "\u{9f}", "\u{a0}", "é", "\u{c2}", "—", "\u{2029}",
            "\u{202a}", "\u{202e}", "\u{202f}", "\u{2065}", "\u{2066}", "\u{2069}", "\u{206a}", "→", "●",
            "😀", "\n", "\r", "\r\n", "\t",
        ];
        for a in near {
            for b in near {
                for c in ["", "x", "\n", "\u{9b}"] {
                    let s = format!("{a}{b}{c}{a}");
                    for keep in [false, true] {
                        assert_eq!(escape(&s, keep), escape_char_by_char(&s, keep), "{s:?} {keep}");
                    }
                }
            }
        }
        assert_eq!(escape(ATTACKS, true), escape_char_by_char(ATTACKS, true));
        // Each at every place of a longer text, across the eight-byte words the scan skips.
        for c in near {
            for at in 0..20 {
                let s = format!("{}{c}{}", "y".repeat(at), "x".repeat(20 - at));
                for keep in [false, true] {
                    assert_eq!(escape(&s, keep), escape_char_by_char(&s, keep), "{s:?} {keep}");
                }
            }
        }
    }

    fn acts(s: &str) -> bool {
        s.chars().any(|c| is_unsafe(c) && c != '\n' && c != '\t' && c != '\r')
    }

    #[test]
    fn every_control_and_bidi_override_is_shown_as_an_escape() {
        let shown = line(ATTACKS);
        assert!(!acts(&shown) && !shown.contains('\r'), "{shown:?}");
        assert_eq!(
            shown,
            "a\\u{1b}[2Jb\\u{1b}]0;title\\u{7}c\\u{1b}]52;c;aGk=\\u{7}d\\re\\u{8}f\\u{9b}g\\u{202e}h\\u{2066}i\\u{7f}"
        );
    }

    #[test]
    fn a_line_shows_its_breaks_and_tabs_but_text_keeps_them() {
        assert_eq!(line("a\nb\tc\r\nd"), "a\\nb\\tc\\r\\nd");
        assert_eq!(text("a\nb\tc\r\nd"), "a\nb\tc\r\nd");
        assert_eq!(text("a\rb\r"), "a\\rb\\r", "a lone carriage return would rewrite the line");
        assert_eq!(text("x\u{1b}[2J\ny"), "x\\u{1b}[2J\ny");
    }

    #[test]
    fn plain_text_is_not_copied_and_escaping_twice_changes_nothing() {
        assert!(matches!(text("Zoë — 北京 مرحبا\n"), Cow::Borrowed(_)));
        let once = line(ATTACKS).into_owned();
        assert_eq!(line(&once), once);
    }

    #[test]
    fn html_text_can_never_become_markup() {
        assert_eq!(
            html("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
        assert!(matches!(html("plain 北京"), Cow::Borrowed(_)));
    }

    #[test]
    fn clip_cuts_at_a_character_and_marks_the_cut() {
        assert_eq!(clip("abcdef", 6), "abcdef");
        assert_eq!(clip("abcdefg", 6), "abcde…");
        assert_eq!(clip("ééééééé", 3), "éé…");
    }

    #[test]
    fn a_message_quotes_a_line_of_a_long_value_and_keeps_what_follows() {
        let long = "x".repeat(5000);
        let msg = format!("unknown value `{long}` in Stance: expected one of Champion, Blocker");
        let s = short(&msg);
        assert!(s.starts_with(&format!("unknown value `{}…`", "x".repeat(QUOTE_MAX - 1))), "{s}");
        assert!(s.ends_with("expected one of Champion, Blocker"), "{s}");
        let bare = short(&format!("relationship {long} needs a from")).into_owned();
        assert!(bare.ends_with("… needs a from"), "{bare}");
        let spaced = short(&"word ".repeat(10_000)).into_owned();
        assert!(spaced.chars().count() <= MESSAGE_MAX, "{}", spaced.len());
        let unclosed = short(&format!("found \"{long}")).into_owned();
        assert!(unclosed.chars().count() < QUOTE_MAX + 10, "{unclosed}");
    }

    #[test]
    fn a_message_line_stays_short_however_its_value_escapes() {
        let m = message(&format!("id \"{}\" should be S and a number", "\u{202e}\n".repeat(10_000)));
        assert!(m.starts_with("id \"\\u{202e}\\n"), "{m}");
        assert!(m.ends_with("…\" should be S and a number"), "{m}");
        assert!(m.chars().count() < QUOTE_MAX + 40, "{}", m.chars().count());
    }
}
