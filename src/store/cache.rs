//! Saving only what changed: each entry's RON text is kept, keyed by the entry's identity (entries
//! are shared `Arc`s that a change replaces), and the file is put together from those pieces. An
//! edit at 100,000 entries serialises the one entry it changed and the canvas's small frame, not
//! every entry again; the bytes are those [`to_ron`](super::to_ron) writes (a property test
//! compares them after random edits).

use std::collections::HashMap;
use std::sync::Arc;

use ron::ser::PrettyConfig;
use serde::Serialize;

use super::write::{config, to_ron};
use crate::model::{Action, Canvas, List, Relationship, Stakeholder, Task};

/// One section's entries as the file holds them: the list last written, its text, and where
/// each entry's text lies in it, by the address of the shared entry (the list holds the entries,
/// so no address is reused by another entry while it is kept here).
struct Pieces<T: Clone> {
    list: List<T>,
    text: String,
    at: HashMap<usize, (usize, usize)>,
}

impl<T: Clone> Default for Pieces<T> {
    fn default() -> Self {
        Pieces { list: List::new(), text: String::new(), at: HashMap::new() }
    }
}

/// How an entry is written on its own: the file's settings with the entry as the outermost value,
/// so it is laid out as at its depth in the file (two levels further in).
fn entry_config() -> PrettyConfig {
    config().depth_limit(1)
}

/// The extensions line a RON text with extensions opens with.
const HEADER: &str = "#![enable(implicit_some)]\n";

/// The indentation of an entry inside its section's list.
const INDENT: &str = "        ";

/// Appends an entry's text as the file holds it: indented two levels, with its comma.
fn push_entry<T: Serialize>(text: &mut String, entry: &T) {
    let alone = ron::ser::to_string_pretty(entry, entry_config())
        .expect("an entry holds only strings, numbers and enums, which always serialise");
    let alone = alone.strip_prefix(HEADER).unwrap_or(&alone);
    // Strings are written with their line ends escaped, so every line here is structure.
    for line in alone.split('\n') {
        text.push_str(INDENT);
        text.push_str(line);
        text.push('\n');
    }
    text.pop();
    text.push_str(",\n");
}

impl<T: Clone + Serialize> Pieces<T> {
    /// Appends the text of `list`'s entries to `out`: the section's text as it was when the list
    /// did not change, else put together again from the texts of the entries that did not
    /// change, writing only the others. Returns how many entries were written afresh.
    fn write(&mut self, list: &List<T>, out: &mut String) -> usize {
        let mut fresh = 0;
        if !list.same_as(&self.list) {
            let mut text = String::with_capacity(self.text.len() + self.text.len() / 64 + 256);
            let mut at = HashMap::with_capacity(list.len());
            for entry in list.shared() {
                let key = Arc::as_ptr(entry) as usize;
                let start = text.len();
                match self.at.get(&key) {
                    Some(&(from, to)) => text.push_str(&self.text[from..to]),
                    None => {
                        fresh += 1;
                        push_entry(&mut text, &**entry);
                    }
                }
                at.insert(key, (start, text.len()));
            }
            *self = Pieces { list: list.clone(), text, at };
        }
        out.push_str(&self.text);
        fresh
    }
}

/// The entries' texts from earlier saves of one canvas, to write the next save from.
#[derive(Default)]
pub struct RonCache {
    stakeholders: Pieces<Stakeholder>,
    relationships: Pieces<Relationship>,
    tasks: Pieces<Task>,
    actions: Pieces<Action>,
    /// How many entries the last text serialised afresh (the rest came from earlier saves).
    pub fresh: usize,
}

impl std::fmt::Debug for RonCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let held = self.stakeholders.at.len()
            + self.relationships.at.len()
            + self.tasks.at.len()
            + self.actions.at.len();
        let bytes = self.stakeholders.text.len()
            + self.relationships.text.len()
            + self.tasks.text.len()
            + self.actions.text.len();
        f.debug_struct("RonCache").field("entries", &held).field("bytes", &bytes).finish()
    }
}

/// A copy starts empty: the texts are a cache, and a copy's canvas goes its own way.
impl Clone for RonCache {
    fn clone(&self) -> Self {
        RonCache::default()
    }
}

/// The lines a section's list opens and closes with in the file, empty and not.
fn section_lines(name: &str) -> (String, String, String) {
    (format!("    {name}: [],\n"), format!("    {name}: [\n"), "    ],\n".to_string())
}

/// Where the whole line `line` starts in `text`, which starts at the beginning of a line.
fn line_at(text: &str, line: &str) -> Option<usize> {
    if text.starts_with(line) {
        return Some(0);
    }
    text.find(&format!("\n{line}")).map(|at| at + 1)
}

impl RonCache {
    /// A cache with nothing in it yet.
    pub fn new() -> RonCache {
        RonCache::default()
    }

    /// The canvas as [`to_ron`](super::to_ron) writes it, from the texts kept of entries that did
    /// not change since an earlier call; entries new or changed are written and kept.
    pub fn text(&mut self, canvas: &Canvas) -> String {
        let mut out = String::new();
        self.write(canvas, "", &mut out);
        out
    }

    /// [`RonCache::text`] after `preamble`, into `out` (emptied first): a buffer kept from one
    /// save to the next is not allocated again.
    pub fn write(&mut self, canvas: &Canvas, preamble: &str, out: &mut String) {
        // The frame: everything but the four lists, written whole (it is small).
        let mut frame = canvas.clone();
        frame.stakeholders = List::new();
        frame.relationships = List::new();
        frame.tasks = List::new();
        frame.actions = List::new();
        let frame = to_ron(&frame);
        out.clear();
        out.push_str(preamble);
        let mut rest = frame.as_str();
        self.fresh = 0;
        macro_rules! section {
            ($field:ident) => {{
                let (empty, open, close) = section_lines(stringify!($field));
                let at = line_at(rest, &empty).expect("the frame writes every section's list");
                out.push_str(&rest[..at]);
                rest = &rest[at + empty.len()..];
                if canvas.$field.is_empty() {
                    out.push_str(&empty);
                } else {
                    out.push_str(&open);
                    self.fresh += self.$field.write(&canvas.$field, out);
                    out.push_str(&close);
                }
            }};
        }
        section!(stakeholders);
        section!(relationships);
        section!(tasks);
        section!(actions);
        out.push_str(rest);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Stakeholder, Task};

    #[test]
    fn the_pieces_make_the_file_to_ron_writes_and_only_changes_are_written_again() {
        let mut c = Canvas::new("t");
        for i in 0..50 {
            c.add_stakeholder(Stakeholder {
                name: format!("S {i}\n\"q\""),
                power: Some(3),
                ..Default::default()
            });
            c.add_task(Task { title: format!("T {i}"), ..Default::default() });
        }
        let mut cache = RonCache::new();
        assert_eq!(cache.text(&c), to_ron(&c));
        assert_eq!(cache.fresh, 100);
        c.tasks[7].title.push('!');
        c.add_task(Task { title: "new".into(), ..Default::default() });
        assert_eq!(cache.text(&c), to_ron(&c));
        assert_eq!(cache.fresh, 2, "the changed task and the new one");
        c.agenda[0].spent_secs += 30;
        assert_eq!(cache.text(&c), to_ron(&c));
        assert_eq!(cache.fresh, 0, "only the frame changed");
    }
}
