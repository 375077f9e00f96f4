//! Finding the stakeholder a relationship's end names: by id, or by name as `cvc diff` compares
//! names (case and punctuation aside); a name nobody has is created or refused as asked.

use std::collections::HashMap;

use crate::diff::normalise;
use crate::i18n::Tr;
use crate::model::{Canvas, EntryKind, Stakeholder};

/// The canvas's stakeholders by normalised name, and whether a name nobody has creates one.
pub struct People {
    by_name: HashMap<String, Vec<String>>,
    create: bool,
    /// The language a refusal is said in.
    tr: Tr,
    /// The names of the stakeholders created for names nobody had, in the order they were met.
    pub created: Vec<String>,
}

impl People {
    /// The stakeholders of `c`; with `create`, a name nobody has becomes a new stakeholder. A
    /// refusal is said in `tr`'s language.
    pub fn of(c: &Canvas, create: bool, tr: Tr) -> People {
        let mut by_name: HashMap<String, Vec<String>> = HashMap::new();
        for s in c.stakeholders.iter() {
            by_name.entry(normalise(&s.name)).or_default().push(s.id.clone());
        }
        People { by_name, create, tr, created: Vec::new() }
    }

    /// The id of the stakeholder `text` names: an id of `c` (when `ids` allows it) or a name.
    pub fn find(&mut self, c: &mut Canvas, text: &str, ids: bool) -> Result<String, String> {
        if ids && c.stakeholder(text).is_some() {
            return Ok(text.to_string());
        }
        let key = normalise(text);
        if key.is_empty() {
            return Err(self.tr.args("import-names-nobody", &[("text", text.into())]));
        }
        match self.by_name.get(&key).map(Vec::as_slice) {
            Some([id]) => Ok(id.clone()),
            Some(several) => {
                let key = if ids { "import-named-several-ids" } else { "import-named-several" };
                let args = [
                    ("count", several.len().into()),
                    ("text", text.into()),
                    ("ids", several.join(", ").into()),
                ];
                Err(self.tr.args(key, &args))
            }
            None if self.create => {
                c.room_for(EntryKind::Stakeholder, 1).map_err(|e| e.text(self.tr))?;
                let id = c.add_stakeholder(Stakeholder { name: text.to_string(), ..Default::default() });
                self.by_name.insert(key, vec![id.clone()]);
                self.created.push(text.to_string());
                Ok(id)
            }
            None => Err(self.tr.args("import-no-such-name", &[("text", text.into())])),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canvas() -> Canvas {
        let mut c = Canvas::new("t");
        for name in ["Field engineers", "Sam", "sam"] {
            c.add_stakeholder(Stakeholder { name: name.into(), ..Default::default() });
        }
        c
    }

    #[test]
    fn finds_by_id_or_by_name_whatever_the_case() {
        let mut c = canvas();
        let mut people = People::of(&c, false, Tr::default());
        assert_eq!(people.find(&mut c, "S1", true), Ok("S1".into()));
        assert_eq!(people.find(&mut c, "field ENGINEERS.", false), Ok("S1".into()));
        assert!(people.find(&mut c, "S1", false).unwrap_err().contains("no stakeholder is named \"S1\""));
        let twice = people.find(&mut c, "SAM", true).unwrap_err();
        assert_eq!(twice, "2 stakeholders are named \"SAM\" (S2, S3): give the id instead");
    }

    #[test]
    fn an_unknown_name_is_refused_or_created_once() {
        let mut c = canvas();
        let refused = People::of(&c, false, Tr::default()).find(&mut c, "Legal", false).unwrap_err();
        assert!(refused.contains("--create-missing"), "{refused}");
        assert_eq!(c.stakeholders.len(), 3);
        let mut people = People::of(&c, true, Tr::default());
        assert_eq!(people.find(&mut c, "Legal", false), Ok("S4".into()));
        assert_eq!(people.find(&mut c, "legal", false), Ok("S4".into()));
        assert_eq!(people.created, ["Legal"]);
        assert_eq!(c.stakeholders.len(), 4);
    }
}
