//! Moving around the workshop screen: sections, selection, scrolling, the mouse.

use super::Workshop;
use crate::model::EntryKind;
use crate::tui::form::{Target, form_for};
use crate::tui::hits::Hit;
use crate::tui::layers::{Layer, Picker};
use crate::tui::line::TextLine;
use crate::tui::section::Section;
use crate::tui::views::layout;

impl Workshop {
    /// How many rows the section's cursor moves over.
    pub(crate) fn row_count(&self, section: Section) -> usize {
        match section {
            Section::Review => self.derived.warnings.len(),
            Section::Context => 0,
            _ => self.rows(section).len(),
        }
    }

    /// Shows a section.
    pub(super) fn go(&mut self, section: Section) {
        self.section = section;
        self.clamp_cursor();
    }

    /// Keeps every cursor on a row that exists and in view.
    pub(crate) fn clamp_cursor(&mut self) {
        for s in Section::ALL {
            let n = self.row_count(s);
            self.sections[s.index()].cursor.clamp(n, self.list_rows);
        }
    }

    /// Moves the selection by `delta` rows, within the list.
    pub(super) fn move_cursor(&mut self, delta: isize) {
        let n = self.row_count(self.section);
        let rows = self.list_rows;
        self.sections[self.section.index()].cursor.step(delta, n, rows);
    }

    /// Selects the entry with this index in its section, clearing a filter that hides it.
    pub(crate) fn select_entry(&mut self, kind: EntryKind, index: usize) {
        let section = Section::of(kind);
        self.section = section;
        if self.rows(section).row_of(index).is_none() {
            self.set_filter(section, "");
        }
        let row = self.rows(section).row_of(index).unwrap_or(0);
        let (n, rows) = (self.row_count(section), self.list_rows);
        self.sections[section.index()].cursor.select(row, n, rows);
    }

    /// Opens the quick-add line, or the stakeholder picker on Relationships.
    pub(super) fn open_quick_add(&mut self) {
        match self.section {
            Section::Relationships if self.canvas.stakeholders.is_empty() => {
                self.say(super::Tone::Alert, self.tr.get("note-stakeholders-first"));
            }
            Section::Relationships => self.open(Layer::Picker(Picker::default())),
            Section::Context | Section::Review => self.say(super::Tone::Info, self.tr.get("note-no-list")),
            _ => {
                self.set_filter(self.section, "");
                self.open(Layer::QuickAdd(TextLine::default()));
            }
        }
    }

    /// Opens the form for the selection, the context form, or jumps to a warning's entry.
    pub(super) fn open_edit(&mut self) {
        match (self.section, self.section.kind()) {
            (Section::Context, _) => {
                self.open(Layer::Form(Box::new(form_for(&self.canvas, Target::Context))));
            }
            (Section::Review, _) => {
                let found = &self.derived.warnings;
                let target = found.get(self.cursor(Section::Review)).and_then(|w| w.target.clone());
                let place = target.and_then(|(kind, id)| Some((kind, self.canvas.index_of(kind, &id)?)));
                match place {
                    Some((kind, index)) => self.select_entry(kind, index),
                    None => {
                        self.say(super::Tone::Info, self.tr.get("note-whole-plan"));
                    }
                }
            }
            (_, Some(kind)) => match self.selected() {
                Some(index) => {
                    let form = form_for(&self.canvas, Target::Entry(kind, index));
                    self.open(Layer::Form(Box::new(form)));
                }
                None => self.say(super::Tone::Info, self.tr.get("note-nothing-to-edit")),
            },
            _ => {}
        }
    }

    /// A click on a tab shows its section; on a list row, selects it.
    /// A click chose something the last frame drew: a tab, an entry, a name on the map.
    pub(super) fn clicked(&mut self, hit: Hit) {
        match hit {
            Hit::Section(section) => self.go(section),
            Hit::Entry(kind, index) => {
                if self.section.kind() == Some(kind) {
                    self.select_entry(kind, index);
                }
            }
            Hit::MapStakeholder(id) => {
                // Each click on a name chooses the next of its relationships.
                let rows = self.rows(Section::Relationships);
                let touches = |r: usize| {
                    rows.get(r)
                        .and_then(|i| self.canvas.relationships.get(i))
                        .is_some_and(|rel| rel.from == id || rel.to == id)
                };
                let n = rows.len();
                let from = self.cursor(Section::Relationships);
                if let Some(r) = (1..=n).map(|k| (from + k) % n).find(|&r| touches(r)) {
                    self.sections[Section::Relationships.index()].cursor.select(r, n, self.list_rows);
                }
            }
            Hit::StartItem(_) => {}
        }
    }

    /// The tab titles with their entry counts and the text between them, short and close enough
    /// for `width` columns when they can be.
    pub(crate) fn tab_labels(&self, width: u16) -> (Vec<(Section, String)>, &'static str) {
        let c = &self.canvas;
        let warned = self.derived.warnings.len();
        let labels = |short: bool| -> Vec<(Section, String)> {
            Section::ALL
                .iter()
                .map(|&s| {
                    let title = if short { s.short_name(self.tr) } else { s.name(self.tr) };
                    let label = match s.kind() {
                        Some(kind) => format!("{title} {}", c.len_of(kind)),
                        None if s == Section::Review && warned > 0 => format!("{title} !{warned}"),
                        None => title,
                    };
                    (s, label)
                })
                .collect()
        };
        let full = labels(false);
        if layout::tabs_width(&full, layout::TAB_GAP) <= usize::from(width) {
            return (full, layout::TAB_GAP);
        }
        let short = labels(true);
        let fits = layout::tabs_width(&short, layout::TAB_GAP) <= usize::from(width);
        (short, if fits { layout::TAB_GAP } else { layout::TAB_GAP_NARROW })
    }
}
