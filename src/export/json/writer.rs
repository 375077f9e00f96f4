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
use std::fmt::{self, Display};

use serde::ser::{self, Serialize};

use super::text::{self, name_order};

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

    /// Writes `s` as a JSON string (see [`text::string`]).
    pub(super) fn string(&mut self, s: &str) {
        text::string(&mut self.out, s);
    }

    /// Writes a number as `serde_json` writes it.
    pub(super) fn number(&mut self, n: impl Serialize) -> Result<(), Error> {
        self.number.clear();
        serde_json::to_writer(&mut self.number, &n).map_err(ser::Error::custom)?;
        self.out.push_str(std::str::from_utf8(&self.number).map_err(ser::Error::custom)?);
        Ok(())
    }

    /// Writes a whole number (see [`text::integer`]).
    pub(super) fn integer(&mut self, n: i128) {
        text::integer(&mut self.out, n);
    }
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
    pub(super) fn member<T: Serialize + ?Sized>(
        &mut self,
        key: Cow<'static, str>,
        value: &T,
    ) -> Result<(), Error> {
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
