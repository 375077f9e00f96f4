//! The rows a section's list shows, and the filter that narrows them.

use super::Workshop;
use crate::tui::effect::Effect;
use crate::tui::section::Section;

impl Workshop {
    /// The rows of a list section: entry indices, narrowed by its filter.
    pub fn rows(&self, section: Section) -> Rows<'_> {
        let Some(kind) = section.kind() else { return Rows::All(0) };
        match &self.view(section).filtered {
            Some(rows) => Rows::Some(rows),
            None => Rows::All(self.canvas.len_of(kind)),
        }
    }

    /// Sets a section's filter text and works out the rows it leaves.
    pub(crate) fn set_filter(&mut self, section: Section, text: &str) {
        let i = section.index();
        if self.sections[i].filter != text {
            self.sections[i].filter = text.to_string();
            let query = text.trim();
            let c = &self.canvas;
            self.sections[i].filtered = match section.kind() {
                Some(kind) if !query.is_empty() => Some(
                    (0..c.len_of(kind))
                        .filter(|&e| crate::tui::summary::matches(c, &self.derived, kind, e, query, self.tr))
                        .collect(),
                ),
                _ => None,
            };
        }
    }

    /// After the canvas changed: asks for its derived facts (worked out off the keystroke path
    /// for a large canvas) and filters the lists again.
    pub(crate) fn refresh(&mut self) {
        let (generation, today) = (self.save.generation, self.today);
        self.ask(Effect::Derive { generation, canvas: Box::new(self.canvas.clone()), today });
        self.refilter();
    }

    /// Works the filtered rows out again; only sections with a filter on cost anything.
    pub(crate) fn refilter(&mut self) {
        for s in Section::ALL {
            let text = std::mem::take(&mut self.sections[s.index()].filter);
            self.sections[s.index()].filtered = None;
            self.set_filter(s, &text);
        }
        self.clamp_cursor();
    }
}

/// The rows a list shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rows<'a> {
    /// Every entry, `0..n`.
    All(usize),
    /// Only these entries (a filter is on).
    Some(&'a [usize]),
}

impl Rows<'_> {
    /// How many rows.
    pub fn len(&self) -> usize {
        match self {
            Rows::All(n) => *n,
            Rows::Some(v) => v.len(),
        }
    }

    /// True when there are no rows.
    pub(crate) fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The entry index of row `row`.
    pub(crate) fn get(&self, row: usize) -> Option<usize> {
        match self {
            Rows::All(n) => (row < *n).then_some(row),
            Rows::Some(v) => v.get(row).copied(),
        }
    }

    /// The row showing entry `index`.
    pub(crate) fn row_of(&self, index: usize) -> Option<usize> {
        match self {
            Rows::All(n) => (index < *n).then_some(index),
            Rows::Some(v) => v.iter().position(|&i| i == index),
        }
    }
}
