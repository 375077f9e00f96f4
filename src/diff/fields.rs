//! Each entry as a list of named fields with the value people read, for field-by-field
//! comparison: the fields, their names and how each compares come from the field descriptions.

use crate::model::{Action, Compare, Described, FieldKey, Names, Reading, Relationship, Stakeholder, Task};

/// One field of an entry: its file name, the text shown, and the key compared.
pub struct Field {
    /// The field's name, as the file writes it.
    pub name: &'static str,
    /// What people call it (the form's label).
    pub label: &'static str,
    /// The value people read.
    pub shown: String,
    /// What is compared.
    pub key: String,
}

/// An entry kind that can be compared field by field and matched by name.
pub trait Entry: Described {
    /// The text that matches entries across canvases with different ids: the normalised label.
    fn match_key(&self, names: &Names) -> String {
        normalise(&self.label(names))
    }
    /// What people call it.
    fn label(&self, names: &Names) -> String;
    /// Every described field; `by_id` says whether references compare by id or by name.
    fn fields(&self, names: &Names, by_id: bool) -> Vec<Field> {
        described(self, names, by_id)
    }
}

/// Every described field of an entry, as [`Entry::fields`] gives them.
fn described<E: Described>(e: &E, names: &Names, by_id: bool) -> Vec<Field> {
    E::FIELDS
        .iter()
        .map(|spec| {
            let shown = spec.shown(e, names);
            let key = match spec.compare {
                Compare::Text => shown.clone(),
                Compare::Reference if by_id => spec.text(e),
                Compare::Reference => normalise(&shown),
            };
            Field { name: spec.name, label: spec.label, shown, key }
        })
        .collect()
}

/// An indicator's readings in one line: `2026-07-01 40 hours (desk rota started), 2026-08-28 19 hours`.
pub fn readings_text(a: &Action) -> String {
    let readings = a.indicator.as_ref().map_or(&[][..], |i| i.readings.as_slice());
    let one = |r: &Reading| {
        let note = if r.note.trim().is_empty() { String::new() } else { format!(" ({})", r.note) };
        format!("{} {}{note}", r.date, r.value)
    };
    readings.iter().map(one).collect::<Vec<_>>().join(", ")
}

/// Lower case, letters and digits only, single spaces: "Field  Engineers!" → "field engineers".
pub fn normalise(text: &str) -> String {
    let cleaned: String = text
        .chars()
        .map(|c| if c.is_alphanumeric() { c.to_lowercase().next().unwrap_or(c) } else { ' ' })
        .collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Entry for Stakeholder {
    fn label(&self, _: &Names) -> String {
        self.name.clone()
    }
}

impl Entry for Relationship {
    fn match_key(&self, names: &Names) -> String {
        let (from, to) = (names.of(&self.from), names.of(&self.to));
        format!("{} -> {}", normalise(from), normalise(to))
    }
    fn label(&self, names: &Names) -> String {
        format!("{} – {}", names.of(&self.from), names.of(&self.to))
    }
}

impl Entry for Task {
    fn label(&self, _: &Names) -> String {
        self.title.clone()
    }
}

impl Entry for Action {
    fn label(&self, _: &Names) -> String {
        self.title.clone()
    }
    /// The described fields, and the readings (a list, not a described field) after the
    /// indicator's other values, where the file writes them.
    fn fields(&self, names: &Names, by_id: bool) -> Vec<Field> {
        let mut fields = described(self, names, by_id);
        let at = Self::FIELDS
            .iter()
            .position(|f| f.key == FieldKey::IndicatorKind)
            .map_or(fields.len(), |i| i + 1);
        let shown = readings_text(self);
        fields.insert(at, Field { name: "readings", label: "readings", key: shown.clone(), shown });
        fields
    }
}
