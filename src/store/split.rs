//! A large canvas read on two cores: its text is cut where its four section lists begin and end
//! (found by a scan that follows RON's strings, comments and brackets), each list is parsed on
//! its own, two at a time, and the rest of the canvas with empty lists in their place.
//!
//! It only ever speeds up a parse that the whole-text parse would make: a text the scan cannot
//! follow plainly (an attribute other than `implicit_some`, a character literal, a section named
//! twice or out of cvc's order or not opening with `[`) or a part that does not parse gives
//! `None`, and the caller parses the whole text instead, so every problem is found and
//! positioned exactly as before.

use std::ops::Range;

use ron::extensions::Extensions;
use serde::de::DeserializeOwned;

use crate::model::{Action, Canvas, List, Relationship, Stakeholder, Task};

/// The canvas's section lists, in the order of its fields.
const SECTIONS: [&str; 4] = ["stakeholders", "relationships", "tasks", "actions"];

/// The one attribute cvc writes, and the only one a part may be read without.
const ATTRIBUTE: &[u8] = b"#![enable(implicit_some)]";

/// Where each section's value is in `text` (from after its `:` to before the `,` or `)` that
/// ends it), when the top level of the text reads plainly as `Canvas(field: value, …)` with the
/// sections in the order cvc writes them.
pub(super) fn section_spans(text: &str) -> Option<[Option<Range<usize>>; 4]> {
    let mut scan = Scan { bytes: text.as_bytes(), at: 0 };
    scan.prelude()?;
    let mut spans: [Option<Range<usize>>; 4] = Default::default();
    loop {
        scan.blank()?;
        if scan.eat(b')') {
            break;
        }
        let name = scan.ident()?;
        scan.blank()?;
        if !scan.eat(b':') {
            return None;
        }
        let start = scan.at;
        scan.value()?;
        if let Some(i) = SECTIONS.iter().position(|s| s.as_bytes() == name) {
            // A section named twice, or after one that comes later in `SECTIONS` (the rest's
            // text is cut in that order), is left to the whole parse.
            if spans[i..].iter().any(Option::is_some) || !opens_a_list(scan.bytes, start) {
                return None;
            }
            spans[i] = Some(start..scan.at);
        }
        if !scan.eat(b',') && !scan.eat(b')') {
            return None;
        }
        if scan.bytes[scan.at - 1] == b')' {
            break;
        }
    }
    scan.blank()?;
    (scan.at == scan.bytes.len()).then_some(spans)
}

/// Whether the value at `at` opens with `[` past blank space and comments: anything else before
/// it, such as an attribute `#![…]` that a part's own parse would take as its document's (the
/// whole parse refuses it there), stops the scan.
fn opens_a_list(bytes: &[u8], at: usize) -> bool {
    let mut scan = Scan { bytes, at };
    scan.blank().is_some() && scan.peek() == Some(b'[')
}

/// A position in the text and the reading of RON's tokens from there.
struct Scan<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Scan<'a> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        self.at += usize::from(found);
        found
    }

    /// White space (ASCII only: anything else stops the scan) and comments.
    fn blank(&mut self) -> Option<()> {
        loop {
            match self.peek() {
                Some(b' ' | b'\t' | b'\n' | b'\r') => self.at += 1,
                Some(b'/') => self.comment()?,
                _ => return Some(()),
            }
        }
    }

    /// A `//` comment to the end of its line, or a `/* */` comment, nested as RON nests them.
    fn comment(&mut self) -> Option<()> {
        match self.bytes.get(self.at + 1) {
            Some(b'/') => {
                self.at =
                    memchr::memchr(b'\n', &self.bytes[self.at..]).map_or(self.bytes.len(), |n| self.at + n);
                Some(())
            }
            Some(b'*') => {
                self.at += 2;
                let mut level = 1;
                while level > 0 {
                    let n = memchr::memchr2(b'/', b'*', &self.bytes[self.at..])?;
                    self.at += n;
                    match self.bytes.get(self.at..self.at + 2)? {
                        b"/*" => (level, self.at) = (level + 1, self.at + 2),
                        b"*/" => (level, self.at) = (level - 1, self.at + 2),
                        _ => self.at += 1,
                    }
                }
                Some(())
            }
            _ => None,
        }
    }

    /// Blank space, at most the one attribute cvc writes, then `Canvas(` (or a bare `(`).
    fn prelude(&mut self) -> Option<()> {
        self.blank()?;
        if self.bytes[self.at..].starts_with(ATTRIBUTE) {
            self.at += ATTRIBUTE.len();
            self.blank()?;
        }
        if self.peek() != Some(b'(') && self.ident()? != b"Canvas" {
            return None;
        }
        self.blank()?;
        self.eat(b'(').then_some(())
    }

    /// A plain identifier (a raw one, `r#name`, stops the scan).
    fn ident(&mut self) -> Option<&'a [u8]> {
        let (bytes, start) = (self.bytes, self.at);
        while matches!(self.peek(), Some(b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_')) {
            self.at += 1;
        }
        let ident = &bytes[start..self.at];
        (!ident.is_empty() && !ident[0].is_ascii_digit() && self.peek() != Some(b'#')).then_some(ident)
    }

    /// One value: everything up to the `,` or `)` at its own level, with its strings, comments
    /// and brackets followed (a bracket that does not match stops the scan).
    fn value(&mut self) -> Option<()> {
        let bytes = self.bytes;
        let mut open = Vec::new();
        loop {
            // Most of a value is names, numbers and indentation: passed over without a match (a
            // table says which bytes the scan must look at), indentation eight bytes at a time.
            let mut at = self.at;
            loop {
                match *bytes.get(at)? {
                    b' ' => at += leading(&bytes[at..], |word| word == u64::from_ne_bytes([b' '; 8])).max(1),
                    byte if !STOPS[usize::from(byte)] => at += 1,
                    _ => break,
                }
            }
            self.at = at;
            let byte = bytes[at];
            match byte {
                b'"' => self.string()?,
                b'/' => self.comment()?,
                b'\'' => return None,
                b'(' | b'[' | b'{' => {
                    open.push(byte);
                    self.at += 1;
                }
                b')' | b']' | b'}' => {
                    let Some(last) = open.pop() else {
                        return (byte == b')').then_some(());
                    };
                    if closing(last) != byte {
                        return None;
                    }
                    self.at += 1;
                }
                b',' if open.is_empty() => return Some(()),
                _ => self.at += 1,
            }
        }
    }

    /// A string from its opening `"`: an escaped one, or a raw one when `r`, `#`s lead to it.
    fn string(&mut self) -> Option<()> {
        let bytes = self.bytes;
        if self.at > 0 && matches!(bytes[self.at - 1], b'r' | b'#') {
            return self.raw_string();
        }
        let mut at = self.at + 1;
        loop {
            // `get`: an escape's `\` may be the text's last byte, leaving `at` past its end.
            at += leading(bytes.get(at..)?, |word| !has_byte(word, b'"') && !has_byte(word, b'\\'));
            match *bytes.get(at)? {
                b'"' => break,
                b'\\' => at += 2,
                _ => at += 1,
            }
        }
        self.at = at + 1;
        Some(())
    }

    /// A string from its opening `"` after an `r` or a `#`: a raw one (`r"…"`, `br#"…"#`), or a
    /// stray `#` the scan does not follow.
    fn raw_string(&mut self) -> Option<()> {
        let hashes = self.bytes[..self.at].iter().rev().take_while(|&&b| b == b'#').count();
        let before = self.at - hashes;
        let r_at = before.checked_sub(1).filter(|&r| self.bytes[r] == b'r')?;
        // `r"`, or `br"`, after no other letter of a name.
        let prefix = if r_at > 0 && self.bytes[r_at - 1] == b'b' { r_at - 1 } else { r_at };
        if ident_byte_before(self.bytes, prefix) {
            return None;
        }
        self.at += 1;
        let mut close = vec![b'"'];
        close.extend(std::iter::repeat_n(b'#', hashes));
        self.at += memchr::memmem::find(&self.bytes[self.at..], &close)? + close.len();
        Some(())
    }
}

/// How many of the first bytes of `bytes` lie in whole words of eight that `pass` lets by:
/// indentation and the inside of a string, passed over eight bytes at a time.
fn leading(bytes: &[u8], pass: impl Fn(u64) -> bool) -> usize {
    let words =
        bytes.chunks_exact(8).take_while(|w| pass(u64::from_ne_bytes((*w).try_into().unwrap_or_default())));
    words.count() * 8
}

/// Whether any of a word's eight bytes is `byte` (the bit trick for a zero byte, after `^`).
fn has_byte(word: u64, byte: u8) -> bool {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    let x = word ^ (ONES * u64::from(byte));
    x.wrapping_sub(ONES) & !x & (ONES << 7) != 0
}

/// The bytes a value's scan stops at: strings, comments, characters, brackets and commas.
const STOPS: [bool; 256] = {
    let mut stops = [false; 256];
    let mut i = 0;
    while i < 10 {
        stops[b"\"/'()[]{},"[i] as usize] = true;
        i += 1;
    }
    stops
};

/// Whether the byte before `at` continues an identifier (so an `r` there is not a raw string's).
fn ident_byte_before(bytes: &[u8], at: usize) -> bool {
    at > 0 && matches!(bytes[at - 1], b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_')
}

/// The bracket that closes `open`.
fn closing(open: u8) -> u8 {
    match open {
        b'(' => b')',
        b'[' => b']',
        _ => b'}',
    }
}

fn options() -> ron::Options {
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

/// One part of a split canvas, parsed.
enum Part {
    Rest(Box<Canvas>),
    Stakeholders(List<Stakeholder>),
    Relationships(List<Relationship>),
    Tasks(List<Task>),
    Actions(List<Action>),
}

/// The part `job` names (a section by its index, or the rest when `None`), parsed from `text`.
fn parse_part(job: Option<usize>, text: &str) -> Option<Part> {
    fn list<T: DeserializeOwned>(text: &str) -> Option<T> {
        options().from_str(text).ok()
    }
    Some(match job {
        None => Part::Rest(list(text)?),
        Some(0) => Part::Stakeholders(list(text)?),
        Some(1) => Part::Relationships(list(text)?),
        Some(2) => Part::Tasks(list(text)?),
        _ => Part::Actions(list(text)?),
    })
}

/// The canvas `text` holds, its four sections parsed on a second thread beside the rest, the
/// parts balanced by their length; `None` when the text cannot be cut plainly or a part does not
/// parse (the whole text then tells what is wrong, and where).
pub fn parse_in_parts(text: &str) -> Option<Canvas> {
    let spans = section_spans(text)?;
    let mut rest = String::with_capacity(1024);
    let mut from = 0;
    for span in spans.iter().flatten() {
        rest.push_str(&text[from..span.start]);
        rest.push_str(" []");
        from = span.end;
    }
    rest.push_str(&text[from..]);
    let mut jobs: Vec<(Option<usize>, &str)> =
        spans.iter().enumerate().filter_map(|(i, s)| Some((Some(i), &text[s.clone()?]))).collect();
    jobs.push((None, rest.as_str()));
    jobs.sort_by_key(|(_, t)| std::cmp::Reverse(t.len()));
    let (mut mine, mut theirs) = (Vec::new(), Vec::new());
    let (mut mine_len, mut theirs_len) = (0, 0);
    for job in jobs {
        if mine_len <= theirs_len {
            mine_len += job.1.len();
            mine.push(job);
        } else {
            theirs_len += job.1.len();
            theirs.push(job);
        }
    }
    let run = |jobs: Vec<(Option<usize>, &str)>| -> Option<Vec<Part>> {
        jobs.into_iter().map(|(job, text)| parse_part(job, text)).collect()
    };
    let (mine, theirs) = std::thread::scope(|s| {
        let other = std::thread::Builder::new().spawn_scoped(s, || run(theirs));
        let mine = run(mine);
        let theirs = match other {
            Ok(handle) => handle.join().ok().flatten(),
            Err(_) => None,
        };
        (mine, theirs)
    });
    assemble(mine?.into_iter().chain(theirs?))
}

/// The canvas the parts make together: the rest, with each section put back in its place.
fn assemble(parts: impl Iterator<Item = Part>) -> Option<Canvas> {
    let (mut canvas, mut sections) = (None, (None, None, None, None));
    for part in parts {
        match part {
            Part::Rest(c) => canvas = Some(*c),
            Part::Stakeholders(l) => sections.0 = Some(l),
            Part::Relationships(l) => sections.1 = Some(l),
            Part::Tasks(l) => sections.2 = Some(l),
            Part::Actions(l) => sections.3 = Some(l),
        }
    }
    let mut canvas = canvas?;
    let (stakeholders, relationships, tasks, actions) = sections;
    canvas.stakeholders = stakeholders.unwrap_or(canvas.stakeholders);
    canvas.relationships = relationships.unwrap_or(canvas.relationships);
    canvas.tasks = tasks.unwrap_or(canvas.tasks);
    canvas.actions = actions.unwrap_or(canvas.actions);
    Some(canvas)
}

#[cfg(test)]
mod tests;
