//! Finds where a value sits in RON text, so problems found after parsing can name a line and column.

use crate::model::Step;

/// A line and column, both counted from 1 (columns in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub col: usize,
}

impl Position {
    /// The position of a byte offset in `src`.
    pub fn of_offset(src: &str, offset: usize) -> Position {
        let before = &src[..offset.min(src.len())];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Position { line: before.matches('\n').count() + 1, col: before[line_start..].chars().count() + 1 }
    }
}

/// The position of the value at `path`, or of the deepest part of it that exists.
pub fn locate(src: &str, path: &[Step]) -> Option<Position> {
    let (at, _) = walk(src, path);
    (at < src.len()).then(|| Position::of_offset(src, at))
}

/// The byte offset of the value at `path`, only when the whole path exists.
pub fn offset_of(src: &str, path: &[Step]) -> Option<usize> {
    match walk(src, path) {
        (at, true) => Some(at),
        _ => None,
    }
}

/// Follows `path` as far as it goes: the offset reached, and whether it went all the way.
fn walk(src: &str, path: &[Step]) -> (usize, bool) {
    let scan = Scanner { b: src.as_bytes() };
    let mut at = scan.skip_space(0);
    for step in path {
        let Some(inside) = scan.open(at) else { return (at, false) };
        let next = match *step {
            Step::Field(name) => scan.field(inside, name),
            Step::Index(n) => scan.element(inside, n),
        };
        match next {
            Some(i) => at = i,
            None => return (at, false),
        }
    }
    (at, true)
}

struct Scanner<'a> {
    b: &'a [u8],
}

impl Scanner<'_> {
    fn peek(&self, i: usize) -> Option<u8> {
        self.b.get(i).copied()
    }

    /// Skips white space, comments and `#![…]` attributes.
    fn skip_space(&self, mut i: usize) -> usize {
        loop {
            match (self.peek(i), self.peek(i + 1)) {
                (Some(c), _) if c.is_ascii_whitespace() => i += 1,
                (Some(b'/'), Some(b'/')) => {
                    while self.peek(i).is_some_and(|c| c != b'\n') {
                        i += 1;
                    }
                }
                (Some(b'/'), Some(b'*')) => i = self.skip_block_comment(i),
                (Some(b'#'), _) => i = self.skip_balanced(i + 1),
                _ => return i,
            }
        }
    }

    fn skip_block_comment(&self, mut i: usize) -> usize {
        let mut depth = 0;
        while i < self.b.len() {
            match (self.b[i], self.peek(i + 1)) {
                (b'/', Some(b'*')) => (depth, i) = (depth + 1, i + 2),
                (b'*', Some(b'/')) => {
                    (depth, i) = (depth - 1, i + 2);
                    if depth == 0 {
                        return i;
                    }
                }
                _ => i += 1,
            }
        }
        i
    }

    /// Skips a string starting at its opening quote (plain, or raw `r#"…"#`).
    fn skip_string(&self, mut i: usize) -> usize {
        if self.peek(i) == Some(b'r') {
            let mut hashes = 0;
            i += 1;
            while self.peek(i) == Some(b'#') {
                (hashes, i) = (hashes + 1, i + 1);
            }
            i += 1;
            while i < self.b.len() {
                if self.b[i] == b'"'
                    && self.b[i + 1..].iter().take(hashes).filter(|&&c| c == b'#').count() == hashes
                {
                    return i + 1 + hashes;
                }
                i += 1;
            }
            return i;
        }
        let quote = self.b[i];
        i += 1;
        while let Some(c) = self.peek(i) {
            i += if c == b'\\' { 2 } else { 1 };
            if c == quote {
                return i;
            }
        }
        i
    }

    fn is_raw_string(&self, i: usize) -> bool {
        self.peek(i) == Some(b'r') && matches!(self.peek(i + 1), Some(b'"' | b'#'))
    }

    /// Skips from an opening bracket to just past its match.
    fn skip_balanced(&self, mut i: usize) -> usize {
        let mut depth = 0usize;
        while i < self.b.len() {
            match self.b[i] {
                b'"' | b'\'' => {
                    i = self.skip_string(i);
                    continue;
                }
                _ if self.is_raw_string(i) => {
                    i = self.skip_string(i);
                    continue;
                }
                b'/' if matches!(self.peek(i + 1), Some(b'/' | b'*')) => {
                    i = self.skip_space(i);
                    continue;
                }
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return i + 1;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        i
    }

    fn ident_end(&self, mut i: usize) -> usize {
        while self.peek(i).is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_') {
            i += 1;
        }
        i
    }

    /// Skips one value: a string, a bracketed group, or a word or number with its group.
    fn skip_value(&self, i: usize) -> usize {
        match self.peek(i) {
            Some(b'"' | b'\'') => self.skip_string(i),
            _ if self.is_raw_string(i) => self.skip_string(i),
            Some(b'(' | b'[' | b'{') => self.skip_balanced(i),
            Some(c) if c.is_ascii_alphabetic() || c == b'_' => {
                let end = self.ident_end(i);
                let next = self.skip_space(end);
                if self.peek(next) == Some(b'(') { self.skip_balanced(next) } else { end }
            }
            _ => {
                let mut j = i;
                while self.peek(j).is_some_and(|c| !b",)]} \t\r\n".contains(&c)) {
                    j += 1;
                }
                j
            }
        }
    }

    /// Moves past a value's name and opening bracket, to its first member.
    fn open(&self, i: usize) -> Option<usize> {
        let i = self.skip_space(self.ident_end(self.skip_space(i)));
        matches!(self.peek(i), Some(b'(' | b'[')).then_some(i + 1)
    }

    /// Steps past a comma, or reports the end of the group.
    fn next_member(&self, i: usize) -> Option<usize> {
        let i = self.skip_space(i);
        (self.peek(i) == Some(b',')).then(|| self.skip_space(i + 1))
    }

    fn field(&self, mut i: usize, name: &str) -> Option<usize> {
        loop {
            i = self.skip_space(i);
            let end = self.ident_end(i);
            if end == i {
                return None;
            }
            let colon = self.skip_space(end);
            if self.peek(colon) != Some(b':') {
                return None;
            }
            let value = self.skip_space(colon + 1);
            if &self.b[i..end] == name.as_bytes() {
                return Some(value);
            }
            i = self.next_member(self.skip_value(value))?;
        }
    }

    fn element(&self, mut i: usize, n: usize) -> Option<usize> {
        for _ in 0..n {
            i = self.skip_space(i);
            if matches!(self.peek(i), Some(b']') | None) {
                return None;
            }
            i = self.next_member(self.skip_value(i))?;
        }
        let i = self.skip_space(i);
        (!matches!(self.peek(i), Some(b']') | None)).then_some(i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Step::{Field, Index};

    const SRC: &str = "#![enable(implicit_some)]\n// note (\nCanvas(\n    format: 1,\n    title: \"a ) ] \\\" b\",\n    stakeholders: [\n        Stakeholder(id: \"S1\", name: \"x\"),\n        (id: \"S2\", /* ( */ power: 9),\n    ],\n)\n";

    #[test]
    fn finds_fields_inside_list_elements() {
        let at = locate(SRC, &[Field("stakeholders"), Index(1), Field("power")]).unwrap();
        assert_eq!(at, Position { line: 8, col: 35 });
    }

    #[test]
    fn strings_and_comments_do_not_confuse_it() {
        let at = locate(SRC, &[Field("stakeholders"), Index(0), Field("name")]).unwrap();
        assert_eq!(at, Position { line: 7, col: 37 });
    }

    #[test]
    fn a_missing_field_gives_the_deepest_known_place() {
        let at = locate(SRC, &[Field("stakeholders"), Index(0), Field("notes")]).unwrap();
        assert_eq!(at, Position { line: 7, col: 9 });
    }
}
