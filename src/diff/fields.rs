//! Each entry as a list of named fields with the value people read, for field-by-field comparison.

use crate::model::{Action, Names, Relationship, Stakeholder, Task};

/// One field of an entry: its file name, the text shown, and the key compared.
pub struct Field {
    pub name: &'static str,
    pub shown: String,
    pub key: String,
}

fn plain(name: &'static str, shown: String) -> Field {
    Field { name, key: shown.clone(), shown }
}

fn opt<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

/// An entry kind that can be compared field by field and matched by name.
pub trait Entry {
    /// The stable id.
    fn id(&self) -> &str;
    /// The text that matches entries across canvases with different ids: the normalised label.
    fn match_key(&self, names: &Names) -> String {
        normalise(&self.label(names))
    }
    /// What people call it.
    fn label(&self, names: &Names) -> String;
    /// Every field; `by_id` says whether references compare by id or by name.
    fn fields(&self, names: &Names, by_id: bool) -> Vec<Field>;
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
    fn id(&self) -> &str {
        &self.id
    }
    fn label(&self, _: &Names) -> String {
        self.name.clone()
    }
    fn fields(&self, _: &Names, _: bool) -> Vec<Field> {
        vec![
            plain("name", self.name.clone()),
            plain("kind", opt(self.kind)),
            plain("role", self.role.clone()),
            plain("interests", self.interests.clone()),
            plain("power", opt(self.power)),
            plain("interest", opt(self.interest)),
            plain("stance", opt(self.stance)),
            plain("engagement", self.engagement.clone()),
            plain("notes", self.notes.clone()),
        ]
    }
}

fn endpoint(name: &'static str, id: &str, names: &Names, by_id: bool) -> Field {
    let shown = names.of(id).to_string();
    let key = if by_id { id.to_string() } else { normalise(&shown) };
    Field { name, shown, key }
}

impl Entry for Relationship {
    fn id(&self) -> &str {
        &self.id
    }
    fn match_key(&self, names: &Names) -> String {
        let (from, to) = (names.of(&self.from), names.of(&self.to));
        format!("{} -> {}", normalise(from), normalise(to))
    }
    fn label(&self, names: &Names) -> String {
        format!("{} – {}", names.of(&self.from), names.of(&self.to))
    }
    fn fields(&self, names: &Names, by_id: bool) -> Vec<Field> {
        let phases: Vec<_> = self.phases.iter().map(|p| p.label()).collect();
        vec![
            endpoint("from", &self.from, names, by_id),
            endpoint("to", &self.to, names, by_id),
            plain("exchange", self.exchange.clone()),
            plain("direction", opt(self.direction)),
            plain("boundary", opt(self.boundary)),
            plain("strength", opt(self.strength)),
            plain("health", opt(self.health)),
            plain("change", opt(self.change)),
            plain("phases", phases.join(", ")),
            plain("notes", self.notes.clone()),
        ]
    }
}

impl Entry for Task {
    fn id(&self) -> &str {
        &self.id
    }
    fn label(&self, _: &Names) -> String {
        self.title.clone()
    }
    fn fields(&self, _: &Names, _: bool) -> Vec<Field> {
        vec![
            plain("title", self.title.clone()),
            plain("owner", self.owner.clone()),
            plain("owner_role", opt(self.owner_role)),
            plain("phase", opt(self.phase)),
            plain("cadence", opt(self.cadence)),
            plain("status", opt(self.status)),
            plain("votes", self.votes.to_string()),
            plain("notes", self.notes.clone()),
        ]
    }
}

impl Entry for Action {
    fn id(&self) -> &str {
        &self.id
    }
    fn label(&self, _: &Names) -> String {
        self.title.clone()
    }
    fn fields(&self, _: &Names, _: bool) -> Vec<Field> {
        let ind = self.indicator.clone().unwrap_or_default();
        vec![
            plain("title", self.title.clone()),
            plain("owner", self.owner.clone()),
            plain("due", opt(self.due)),
            plain("phase", opt(self.phase)),
            plain("driver", opt(self.driver)),
            plain("indicator", ind.name),
            plain("baseline", ind.baseline),
            plain("target", ind.target),
            plain("indicator kind", opt(ind.kind)),
            plain("review", opt(self.review)),
            plain("status", opt(self.status)),
            plain("loop", opt(self.loop_state)),
            plain("votes", self.votes.to_string()),
            plain("notes", self.notes.clone()),
        ]
    }
}
