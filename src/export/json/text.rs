//! The scalars of the JSON text: strings escaped as `serde_json` escapes them (and what acts on
//! a terminal besides), whole numbers, and the order of keys.

use std::fmt::Write as _;

/// Writes `s` as a JSON string: `"`, `\` and C0 controls escaped as `serde_json` escapes them,
/// DEL, C1 controls and bidirectional marks as `\uXXXX`, everything else as it is.
pub(super) fn string(out: &mut String, s: &str) {
    out.reserve(s.len() + 2);
    out.push('"');
    let bytes = s.as_bytes();
    let (mut from, mut i) = (0, 0);
    while i < bytes.len() {
        i += plain_run(&bytes[i..]);
        let Some(&b) = bytes.get(i) else { break };
        let c = s[i..].chars().next().unwrap_or('\0');
        let named = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            _ => "",
        };
        if named.is_empty() && !crate::safe::is_unsafe(c) {
            i += c.len_utf8();
            continue;
        }
        out.push_str(&s[from..i]);
        if named.is_empty() {
            let _ = write!(out, "\\u{:04x}", u32::from(c));
        } else {
            out.push_str(named);
        }
        i += c.len_utf8();
        from = i;
    }
    out.push_str(&s[from..]);
    out.push('"');
}

/// Writes a whole number in decimal (as `serde_json` writes one), without its machinery:
/// a canvas's JSON has hundreds of thousands of them.
pub(super) fn integer(out: &mut String, n: i128) {
    if n < 0 {
        out.push('-');
    }
    let mut left = n.unsigned_abs();
    let mut digits = [b'0'; 40];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (left % 10) as u8;
        left /= 10;
        if left == 0 {
            break;
        }
    }
    out.extend(digits[at..].iter().map(|&d| char::from(d)));
}

/// Two keys in the order of a sorted map's (byte by byte); most keys differ in their first byte,
/// told apart without a call to compare the rest.
pub(super) fn name_order(a: &str, b: &str) -> std::cmp::Ordering {
    match (a.as_bytes().first(), b.as_bytes().first()) {
        (Some(x), Some(y)) if x != y => x.cmp(y),
        _ => a.cmp(b),
    }
}

/// The bytes a string's text cannot be copied over unread: `"`, `\`, controls below 0x20, DEL, and
/// the lead bytes of C1 controls (0xC2) and bidirectional marks (0xE2).
const LOOK: [bool; 256] = {
    let mut look = [false; 256];
    let mut b = 0;
    while b < 256 {
        look[b] =
            b < 0x20 || b == b'"' as usize || b == b'\\' as usize || b == 0x7f || b == 0xc2 || b == 0xe2;
        b += 1;
    }
    look
};

/// How many bytes at the start of `bytes` are written as they are (none of them in [`LOOK`]).
/// Eight bytes at a time are passed over while all are ASCII and none is below 0x20, `"`, `\`
/// or DEL (a word test); a word that fails it is looked at byte by byte.
fn plain_run(bytes: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has = |w: u64, b: u8| {
        let x = w ^ (ONES * u64::from(b));
        x.wrapping_sub(ONES) & !x
    };
    let mut i = 0;
    while let Some(word) = bytes.get(i..i + 8).and_then(|w| <[u8; 8]>::try_from(w).ok()) {
        let w = u64::from_le_bytes(word);
        let below = w.wrapping_sub(ONES * 0x20) & !w;
        if (below | has(w, b'"') | has(w, b'\\') | has(w, 0x7f) | w) & HIGH != 0
            && let Some(k) = word.iter().position(|&b| LOOK[usize::from(b)])
        {
            return i + k;
        }
        i += 8;
    }
    i + bytes[i..].iter().position(|&b| LOOK[usize::from(b)]).unwrap_or(bytes.len() - i)
}
