//! Large JSON written straight from the values, byte for byte as `serde_json` pretty-prints the
//! same value made into a `serde_json::Value` first (every object's keys in name order, as its
//! sorted map writes them), without making that value: a canvas's JSON costs its text, not a map
//! per entry.
//!
//! An object's members are written as they come, each `"key": value` in turn; when the object
//! closes and its keys came out of name order (a struct's fields are declared in file order),
//! its members — already written, nested objects already in order — are put in name order by
//! one copy. Strings are escaped as `serde_json` escapes them and, in the same pass, every
//! character that would act on a terminal as [`super::to_text`] escapes it.

use std::borrow::Cow;
use std::fmt::{self, Display, Write as _};

use serde::ser::{self, Serialize};

/// Why a value could not be written as JSON: a map key that is not text, or the value's own error.
#[derive(Debug)]
pub struct Error(String);

impl Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl Error {
    pub(super) fn new(why: &str) -> Error {
        Error(why.to_string())
    }
}

impl ser::Error for Error {
    fn custom<T: Display>(msg: T) -> Error {
        Error(msg.to_string())
    }
}

/// A value that can be written into a [`JsonWriter`], as a part of an object (see
/// [`JsonWriter::object_with`]); every `Serialize` value is one.
pub trait WriteJson {
    /// Writes the value at the writer's place.
    fn write_json(&self, w: &mut JsonWriter) -> Result<(), Error>;
}

impl<T: Serialize + ?Sized> WriteJson for T {
    fn write_json(&self, w: &mut JsonWriter) -> Result<(), Error> {
        self.serialize(w)
    }
}

/// A member of an open object: its key and where its text (`,` first unless it is the first)
/// begins in the output.
struct Member {
    key: Cow<'static, str>,
    at: usize,
}

/// Pretty JSON text being written (two spaces a level, `serde_json`'s layout).
#[derive(Default)]
pub struct JsonWriter {
    out: String,
    depth: usize,
    /// The members of every open object, the innermost's last.
    members: Vec<Member>,
    /// Where an object's members are copied to be put in order; the order's (member, range).
    scratch: String,
    order: Vec<(usize, usize, usize)>,
    /// A `Display` value's text, and a number's, before they are written.
    shown: String,
    number: Vec<u8>,
    /// Only in [`JsonWriter::object_with`]'s writer of the small part: the depth of its
    /// outermost object's members (that object is left open to be merged), and the keys the
    /// parts replace, left out of it.
    top: Option<usize>,
    leave_out: Vec<&'static str>,
}

const INDENT: &str = "                                                                ";

impl JsonWriter {
    /// An empty writer.
    pub fn new() -> JsonWriter {
        JsonWriter::default()
    }

    /// An empty writer with room for `bytes` of text (a large value's text is then not copied
    /// as it grows).
    pub fn with_capacity(bytes: usize) -> JsonWriter {
        JsonWriter { out: String::with_capacity(bytes), ..JsonWriter::default() }
    }

    /// The text written, ended with a line break (as [`super::to_text`] ends it).
    pub fn finish(mut self) -> String {
        self.out.push('\n');
        self.out
    }

    fn newline(&mut self) {
        self.out.push('\n');
        let mut n = self.depth * 2;
        while n > 0 {
            let k = n.min(INDENT.len());
            self.out.push_str(&INDENT[..k]);
            n -= k;
        }
    }

    /// Writes an object made of `small`'s members (it must serialise as an object) and `parts`,
    /// every key in name order. `small` is written aside and its members copied in; each part is
    /// written in place, so a large part (a section's entries) is never copied. A part replaces
    /// `small`'s member of the same key, which is not written at all.
    pub fn object_with(
        &mut self,
        small: &impl Serialize,
        parts: &mut [(&'static str, &dyn WriteJson)],
    ) -> Result<(), Error> {
        parts.sort_by_key(|(key, _)| *key);
        let mut aside = JsonWriter {
            depth: self.depth,
            top: Some(self.depth + 1),
            leave_out: parts.iter().map(|(key, _)| *key).collect(),
            ..JsonWriter::default()
        };
        small.serialize(&mut aside)?;
        if !aside.out.starts_with('{') || aside.depth != self.depth + 1 {
            return Err(Error("the value to add parts to is not an object".into()));
        }
        let ranges = aside.ordered(0, 1);
        self.out.push('{');
        self.depth += 1;
        let (mut mine, mut theirs) = (ranges.iter().peekable(), parts.iter().peekable());
        let mut first = true;
        loop {
            let take_part = match (mine.peek(), theirs.peek()) {
                (None, None) => break,
                (Some(_), None) => false,
                (None, Some(_)) => true,
                (Some(&&(m, _, _)), Some((key, _))) => aside.members[m].key.as_ref() > *key,
            };
            if !first {
                self.out.push(',');
            }
            first = false;
            if take_part {
                let Some((key, part)) = theirs.next() else { break };
                self.newline();
                self.string(key);
                self.out.push_str(": ");
                part.write_json(self)?;
            } else if let Some(&(_, from, to)) = mine.next() {
                let text = &aside.out[from..to];
                self.out.push_str(text.strip_prefix(',').unwrap_or(text));
            }
        }
        self.depth -= 1;
        if !first {
            self.newline();
        }
        self.out.push('}');
        Ok(())
    }

    /// The members from `first` on of the object whose text starts at `start`, as (member,
    /// from, to) in name order; of members with the same key (a map may repeat one) the last
    /// written is kept, as a map keeps it.
    fn ordered(&mut self, first: usize, start: usize) -> Vec<(usize, usize, usize)> {
        let mut order = std::mem::take(&mut self.order);
        order.clear();
        let end = self.out.len();
        let members = &self.members;
        order.extend((first..members.len()).map(|i| {
            let to = members.get(i + 1).map_or(end, |m| m.at);
            (i, members[i].at.max(start), to)
        }));
        order.sort_by(|a, b| name_order(&members[a.0].key, &members[b.0].key));
        order.dedup_by(|later, earlier| {
            let same = members[later.0].key == members[earlier.0].key;
            if same {
                *earlier = *later;
            }
            same
        });
        order
    }

    /// Closes the object whose members start at `first` and text at `start` (just after its
    /// `{`): puts the members in name order when they came otherwise.
    fn close_object(&mut self, first: usize, start: usize) {
        if self.top == Some(self.depth) {
            return;
        }
        self.depth -= 1;
        let members = &self.members[first..];
        if !members.is_empty() {
            if !members.windows(2).all(|m| name_order(&m[0].key, &m[1].key).is_lt()) {
                let order = self.ordered(first, start);
                self.scratch.clear();
                self.scratch.push_str(&self.out[start..]);
                self.out.truncate(start);
                for (n, &(_, from, to)) in order.iter().enumerate() {
                    let text = &self.scratch[from - start..to - start];
                    if n > 0 {
                        self.out.push(',');
                    }
                    self.out.push_str(text.strip_prefix(',').unwrap_or(text));
                }
                self.order = order;
            }
            self.newline();
        }
        self.members.truncate(first);
        self.out.push('}');
    }

    /// Opens an object; `variant`: the value of a variant opened by [`JsonWriter::open_variant`].
    pub(super) fn open_object(&mut self, variant: bool) -> Object<'_> {
        self.out.push('{');
        self.depth += 1;
        Object { start: self.out.len(), first: self.members.len(), variant, key: None, w: self }
    }

    /// Opens an array; `variant` as for [`JsonWriter::open_object`].
    pub(super) fn open_array(&mut self, variant: bool) -> Array<'_> {
        self.out.push('[');
        self.depth += 1;
        Array { first: true, variant, w: self }
    }

    /// Opens the one-key object a variant with data is written as, up to its value.
    pub(super) fn open_variant(&mut self, variant: &str) {
        self.out.push('{');
        self.depth += 1;
        self.newline();
        self.string(variant);
        self.out.push_str(": ");
    }

    /// Closes what [`JsonWriter::open_variant`] opened.
    pub(super) fn close_variant(&mut self) {
        self.depth -= 1;
        self.newline();
        self.out.push('}');
    }

    /// Writes JSON text as it is (`null`, `true`).
    pub(super) fn raw(&mut self, text: &str) {
        self.out.push_str(text);
    }

    /// A buffer for a `Display` value's text, given back with [`JsonWriter::put_shown`].
    pub(super) fn take_shown(&mut self) -> String {
        let mut shown = std::mem::take(&mut self.shown);
        shown.clear();
        shown
    }

    /// Gives back the buffer of [`JsonWriter::take_shown`], to be used again.
    pub(super) fn put_shown(&mut self, shown: String) {
        self.shown = shown;
    }

    /// Writes `s` as a JSON string: `"`, `\` and C0 controls escaped as `serde_json` escapes them,
    /// DEL, C1 controls and bidirectional marks as `\uXXXX`, everything else as it is.
    pub(super) fn string(&mut self, s: &str) {
        self.out.reserve(s.len() + 2);
        self.out.push('"');
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
            self.out.push_str(&s[from..i]);
            if named.is_empty() {
                let _ = write!(self.out, "\\u{:04x}", u32::from(c));
            } else {
                self.out.push_str(named);
            }
            i += c.len_utf8();
            from = i;
        }
        self.out.push_str(&s[from..]);
        self.out.push('"');
    }

    /// Writes a number as `serde_json` writes it.
    pub(super) fn number(&mut self, n: impl Serialize) -> Result<(), Error> {
        self.number.clear();
        serde_json::to_writer(&mut self.number, &n).map_err(ser::Error::custom)?;
        self.out.push_str(std::str::from_utf8(&self.number).map_err(ser::Error::custom)?);
        Ok(())
    }

    /// Writes a whole number in decimal (as `serde_json` writes one), without its machinery:
    /// a canvas's JSON has hundreds of thousands of them.
    pub(super) fn integer(&mut self, n: i128) {
        if n < 0 {
            self.out.push('-');
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
        self.out.extend(digits[at..].iter().map(|&d| char::from(d)));
    }
}

/// Two keys in the order of a sorted map's (byte by byte); most keys differ in their first byte,
/// told apart without a call to compare the rest.
fn name_order(a: &str, b: &str) -> std::cmp::Ordering {
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
        look[b] = b < 0x20 || b == b'"' as usize || b == b'\\' as usize || b == 0x7f || b == 0xc2 || b == 0xe2;
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

/// An object being written (a struct, a map, or a variant's value inside its one-key object).
pub struct Object<'w> {
    w: &'w mut JsonWriter,
    start: usize,
    first: usize,
    /// Whether it is a variant's value, closed with the one-key object around it.
    variant: bool,
    /// A map's key, waiting for its value.
    pub(super) key: Option<Cow<'static, str>>,
}

impl Object<'_> {
    /// Writes a member: a struct's field or a map's entry.
    pub(super) fn member<T: Serialize + ?Sized>(&mut self, key: Cow<'static, str>, value: &T) -> Result<(), Error> {
        let w = &mut *self.w;
        if w.top == Some(w.depth) && w.leave_out.contains(&key.as_ref()) {
            return Ok(());
        }
        let at = w.out.len();
        if w.members.len() > self.first {
            w.out.push(',');
        }
        w.newline();
        w.string(&key);
        w.out.push_str(": ");
        w.members.push(Member { key, at });
        value.serialize(&mut *w)
    }

    /// Closes the object, its members in name order.
    pub(super) fn close(self) {
        self.w.close_object(self.first, self.start);
        if self.variant {
            self.w.close_variant();
        }
    }
}

/// An array being written (a sequence, a tuple, or a variant's values inside its one-key object).
pub struct Array<'w> {
    w: &'w mut JsonWriter,
    first: bool,
    variant: bool,
}

impl Array<'_> {
    /// Writes an item.
    pub(super) fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        if !self.first {
            self.w.out.push(',');
        }
        self.first = false;
        self.w.newline();
        value.serialize(&mut *self.w)
    }

    /// Closes the array.
    pub(super) fn close(self) {
        self.w.depth -= 1;
        if !self.first {
            self.w.newline();
        }
        self.w.out.push(']');
        if self.variant {
            self.w.close_variant();
        }
    }
}
