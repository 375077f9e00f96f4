//! Checks a loaded canvas against the rules of DESIGN.md §4 that the types alone cannot hold.

use std::collections::HashSet;
use std::fmt;

use super::ids::{EntryKind, id_number};
use super::{Canvas, Phase};

/// One step of the way from the top of a file to a value in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// A named field of a struct.
    Field(&'static str),
    /// An element of a list, from 0.
    Index(usize),
}

/// Where a problem is: the path of fields and list positions from the canvas down.
pub type FieldPath = Vec<Step>;

/// One thing wrong with a canvas, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where in the canvas.
    pub path: FieldPath,
    /// What is wrong, as a sentence fragment a person reads.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn report(&mut self, path: FieldPath, message: String) {
        self.problems.push(Problem { path, message });
    }

    fn scale(&mut self, path: FieldPath, what: &str, value: Option<u8>, min: u8, max: u8) {
        if let Some(v) = value
            && !(min..=max).contains(&v)
        {
            self.report(path, format!("{what} must be from {min} to {max}, found {v}"));
        }
    }

    /// Checks one section's ids: well formed, of the right letter, unique; and the needed text.
    fn ids(&mut self, kind: EntryKind, entries: &[(&str, &str)], needed: &'static str) {
        let mut seen = HashSet::new();
        for (i, (id, text)) in entries.iter().enumerate() {
            let at = |f| vec![Step::Field(kind.field()), Step::Index(i), Step::Field(f)];
            if id.is_empty() {
                self.report(at("id"), format!("{} {} has no id", kind.noun(), i + 1));
            } else if id_number(kind, id).is_none() {
                let p = kind.prefix();
                self.report(at("id"), format!("id \"{id}\" should be {p} and a number, like {p}1"));
            } else if !seen.insert(*id) {
                self.report(at("id"), format!("id \"{id}\" is used twice"));
            }
            if text.trim().is_empty() {
                self.report(at(needed), format!("{} {id} needs a {needed}", kind.noun()));
            }
        }
    }
}

/// Every problem in the canvas, in file order; empty when it is sound.
pub fn validate(canvas: &Canvas) -> Vec<Problem> {
    let mut c = Checker { problems: Vec::new() };
    if canvas.revision == 0 {
        c.report(vec![Step::Field("revision")], "revision starts at 1, found 0".into());
    }
    for phase in Phase::ALL {
        let path = vec![Step::Field("context"), Step::Field("emphasis"), Step::Field(phase.key())];
        let what = format!("{} emphasis", phase.label());
        c.scale(path, &what, Some(canvas.context.emphasis.get(*phase)), 0, 3);
    }

    let people: Vec<_> = canvas.stakeholders.iter().map(|s| (&*s.id, &*s.name)).collect();
    c.ids(EntryKind::Stakeholder, &people, "name");
    for (i, s) in canvas.stakeholders.iter().enumerate() {
        let at = |f| vec![Step::Field("stakeholders"), Step::Index(i), Step::Field(f)];
        c.scale(at("power"), "power", s.power, 1, 5);
        c.scale(at("interest"), "interest", s.interest, 1, 5);
    }

    let links: Vec<_> = canvas.relationships.iter().map(|r| (&*r.id, "-")).collect();
    c.ids(EntryKind::Relationship, &links, "from");
    let known: HashSet<&str> = canvas.stakeholders.iter().map(|s| s.id.as_str()).collect();
    for (i, r) in canvas.relationships.iter().enumerate() {
        let at = |f| vec![Step::Field("relationships"), Step::Index(i), Step::Field(f)];
        for (field, end) in [("from", &r.from), ("to", &r.to)] {
            if end.is_empty() {
                c.report(at(field), format!("relationship {} needs a \"{field}\" stakeholder", r.id));
            } else if !known.contains(end.as_str()) {
                let msg =
                    format!("relationship {} points at stakeholder \"{end}\", which does not exist", r.id);
                c.report(at(field), msg);
            }
        }
        c.scale(at("strength"), "strength", r.strength, 0, 3);
    }

    let tasks: Vec<_> = canvas.tasks.iter().map(|t| (&*t.id, &*t.title)).collect();
    c.ids(EntryKind::Task, &tasks, "title");
    let actions: Vec<_> = canvas.actions.iter().map(|a| (&*a.id, &*a.title)).collect();
    c.ids(EntryKind::Action, &actions, "title");
    c.problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Relationship, Stakeholder};

    fn person(id: &str, name: &str) -> Stakeholder {
        Stakeholder { id: id.into(), name: name.into(), ..Default::default() }
    }

    #[test]
    fn a_sound_canvas_has_no_problems() {
        let mut c = Canvas::new("t");
        c.stakeholders = vec![person("S1", "A"), person("S2", "B")].into();
        c.relationships.push(Relationship {
            id: "R1".into(),
            from: "S1".into(),
            to: "S2".into(),
            ..Default::default()
        });
        assert_eq!(validate(&c), vec![]);
    }

    #[test]
    fn duplicate_and_malformed_ids_are_named_with_their_place() {
        let mut c = Canvas::new("t");
        c.stakeholders = vec![person("S1", "A"), person("S1", "B"), person("X3", "C")].into();
        let problems = validate(&c);
        assert_eq!(problems.len(), 2);
        assert_eq!(problems[0].message, "id \"S1\" is used twice");
        assert_eq!(problems[0].path, vec![Step::Field("stakeholders"), Step::Index(1), Step::Field("id")]);
        assert!(problems[1].message.contains("should be S and a number"));
    }

    #[test]
    fn dangling_relationships_and_out_of_range_scales_are_problems() {
        let mut c = Canvas::new("t");
        let mut s = person("S1", "A");
        s.power = Some(7);
        c.stakeholders = vec![s].into();
        c.relationships.push(Relationship {
            id: "R1".into(),
            from: "S1".into(),
            to: "S9".into(),
            strength: Some(4),
            ..Default::default()
        });
        let messages: Vec<_> = validate(&c).into_iter().map(|p| p.message).collect();
        assert_eq!(
            messages,
            [
                "power must be from 1 to 5, found 7",
                "relationship R1 points at stakeholder \"S9\", which does not exist",
                "strength must be from 0 to 3, found 4",
            ]
        );
    }

    #[test]
    fn entries_need_their_bold_field() {
        let mut c = Canvas::new("t");
        c.stakeholders = vec![person("S1", "  ")].into();
        assert_eq!(validate(&c)[0].message, "stakeholder S1 needs a name");
    }
}
