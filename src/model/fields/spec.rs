//! One field's description, and the trait of an entry kind whose fields are described.

use super::{FieldKey, FieldValue, Shape};
use crate::model::{EntryKind, Names};

/// Where a field sits in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilePlace {
    /// Directly in the entry, under the field's name.
    Top,
    /// Inside the entry's field `within`, under `name`: `indicator: (kind: …)`.
    Nested {
        /// The entry's field that holds it.
        within: &'static str,
        /// Its name inside that field.
        name: &'static str,
    },
}

/// How a field shows on an entry's summary line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Summary {
    /// Not on the summary line.
    Hidden,
    /// Shown when set, at `rank` (lower first), between a prefix and a suffix: `due 2026-12-01`.
    At {
        /// Its place on the line; lower comes first.
        rank: u8,
        /// Text before the value.
        prefix: &'static str,
        /// Text after the value.
        suffix: &'static str,
    },
}

impl Summary {
    /// The value as it is, at `rank`.
    pub const fn plain(rank: u8) -> Summary {
        Summary::At { rank, prefix: "", suffix: "" }
    }

    /// The value after a word, at `rank`: `due 2026-12-01`.
    pub const fn prefixed(rank: u8, prefix: &'static str) -> Summary {
        Summary::At { rank, prefix, suffix: "" }
    }

    /// The value before a mark, at `rank`: `3 ●`.
    pub const fn suffixed(rank: u8, suffix: &'static str) -> Summary {
        Summary::At { rank, prefix: "", suffix }
    }
}

/// How a field is compared between two canvases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compare {
    /// By the text people read.
    Text,
    /// A stakeholder reference: by id when entries match by id, by normalised name otherwise.
    Reference,
}

/// How a field appears in the plan's table of its section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanCell {
    /// Not in the table.
    Hidden,
    /// A column of its own, with this header.
    Column(&'static str),
    /// Joined after the column of field `to`: `before → after`, `?` for an empty side, empty
    /// when both are.
    Joined {
        /// The field whose column it joins.
        to: FieldKey,
        /// The text between the two.
        between: &'static str,
    },
    /// In brackets after the column of field `to`, when both are set: `name (kind)`.
    Bracketed {
        /// The field whose column it follows.
        to: FieldKey,
    },
}

/// One field of entry kind `E`: what the form, summary line, diff, CSV and plan need to know.
pub struct FieldSpec<E: 'static> {
    /// The typed key the code names it by.
    pub key: FieldKey,
    /// Its name in the file, diff and CSV header (`owner_role`, `indicator_kind`).
    pub name: &'static str,
    /// Where it sits in the file.
    pub place: FilePlace,
    /// What people call it in the form.
    pub label: &'static str,
    /// What it holds.
    pub shape: Shape,
    /// Whether it must be filled in.
    pub required: bool,
    /// Reads it from an entry.
    pub get: fn(&E) -> FieldValue,
    /// Writes it into an entry.
    pub set: fn(&mut E, FieldValue),
    /// How it shows on the summary line.
    pub summary: Summary,
    /// How it is compared.
    pub compare: Compare,
    /// Whether it is a column of the section's CSV.
    pub csv: bool,
    /// How it appears in the plan.
    pub plan: PlanCell,
}

impl<E> FieldSpec<E> {
    /// A field that is optional, off the summary line and the plan, in the CSV, compared by
    /// text (a stakeholder reference by reference), and written in the file under `name`.
    pub const fn new(
        key: FieldKey,
        name: &'static str,
        label: &'static str,
        shape: Shape,
        get: fn(&E) -> FieldValue,
        set: fn(&mut E, FieldValue),
    ) -> FieldSpec<E> {
        let compare = if matches!(shape, Shape::Person) { Compare::Reference } else { Compare::Text };
        FieldSpec {
            key,
            name,
            place: FilePlace::Top,
            label,
            shape,
            required: false,
            get,
            set,
            summary: Summary::Hidden,
            compare,
            csv: true,
            plan: PlanCell::Hidden,
        }
    }

    /// The same field, marked as needed.
    pub const fn needed(mut self) -> FieldSpec<E> {
        self.required = true;
        self
    }

    /// The same field, written in the file inside `within` under `name`.
    pub const fn nested(mut self, within: &'static str, name: &'static str) -> FieldSpec<E> {
        self.place = FilePlace::Nested { within, name };
        self
    }

    /// The same field, shown on the summary line.
    pub const fn summary(mut self, summary: Summary) -> FieldSpec<E> {
        self.summary = summary;
        self
    }

    /// The same field, shown in the plan.
    pub const fn plan(mut self, plan: PlanCell) -> FieldSpec<E> {
        self.plan = plan;
        self
    }

    /// Its path in the file: `["owner_role"]`, `["indicator", "kind"]`.
    pub fn path(&self) -> Vec<&'static str> {
        match self.place {
            FilePlace::Top => vec![self.name],
            FilePlace::Nested { within, name } => vec![within, name],
        }
    }

    /// Its value in `e` as plain text, a reference as the id: the CSV cell.
    pub fn text(&self, e: &E) -> String {
        (self.get)(e).render(self.shape, None)
    }

    /// Its value in `e` as people read it: a reference shows the stakeholder's name.
    pub fn shown(&self, e: &E, names: &Names) -> String {
        (self.get)(e).render(self.shape, Some(names))
    }
}

/// An entry kind whose fields are described.
pub trait Described: Sized + 'static {
    /// The section that holds it.
    const KIND: EntryKind;
    /// Its fields, in file order (the id excepted).
    const FIELDS: &'static [FieldSpec<Self>];

    /// Its stable id.
    fn id(&self) -> &str;

    /// The description of the field with this key.
    fn spec(key: FieldKey) -> Option<&'static FieldSpec<Self>> {
        Self::FIELDS.iter().find(|f| f.key == key)
    }
}

/// The facts of an entry's summary line that its fields give, by rank; several phases join with `+`.
pub fn summary_facts<E: Described>(e: &E) -> Vec<String> {
    let mut facts: Vec<(u8, String)> = Vec::new();
    for spec in E::FIELDS {
        let Summary::At { rank, prefix, suffix } = spec.summary else { continue };
        let value = (spec.get)(e);
        if value.is_unset() {
            continue;
        }
        let text = match value {
            FieldValue::Phases(p) => p.iter().map(|p| p.label()).collect::<Vec<_>>().join("+"),
            v => v.render(spec.shape, None),
        };
        facts.push((rank, format!("{prefix}{text}{suffix}")));
    }
    facts.sort_by_key(|(rank, _)| *rank);
    facts.into_iter().map(|(_, text)| text).collect()
}
