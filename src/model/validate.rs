//! Checks a loaded canvas against the rules of DESIGN.md §4 that the types alone cannot hold.

use std::collections::HashSet;
use std::fmt;

use super::agenda::MAX_MINUTES;
use super::derived::{Said, Word};
use super::ids::{EntryKind, id_number};
use super::{Canvas, Described, FieldSpec, Phase, Shape};
use crate::i18n::Tr;

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
    /// What is wrong: a message's key and its facts, worded by [`Problem::text`].
    pub said: Said,
}

impl Problem {
    /// What is wrong, as a sentence fragment in `tr`'s language.
    pub fn text(&self, tr: Tr) -> String {
        self.said.words(tr)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Tr::default()))
    }
}

/// An entry kind as a word a message chooses its wording by (`stakeholders`, `tasks` …).
fn kind_word(kind: EntryKind) -> Word {
    Word::Choice(kind.field())
}

/// The path to a field of the entry at index `i` of a section.
fn entry_path(kind: EntryKind, i: usize, path: Vec<&'static str>) -> FieldPath {
    let mut steps = vec![Step::Field(kind.field()), Step::Index(i)];
    steps.extend(path.into_iter().map(Step::Field));
    steps
}

/// The id numbers met so far in a section. While they only rise, as cvc writes them, the last
/// one tells a new number from one met before; the first that does not rise puts them all in a
/// set, which tells from then on.
#[derive(Default)]
struct SeenNumbers {
    rising: Vec<u32>,
    set: Option<HashSet<u32>>,
}

impl SeenNumbers {
    /// Whether `n` is met for the first time (it is then kept).
    fn first_time(&mut self, n: u32) -> bool {
        if self.set.is_none() {
            if self.rising.last().is_none_or(|&last| n > last) {
                self.rising.push(n);
                return true;
            }
            self.set = Some(std::mem::take(&mut self.rising).into_iter().collect());
        }
        self.set.as_mut().is_none_or(|set| set.insert(n))
    }
}

struct Checker {
    problems: Vec<Problem>,
}

/// Whether a text field of `e` is empty once trimmed, without copying more than the value.
fn blank<E: Described>(spec: &FieldSpec<E>, e: &E) -> bool {
    match (spec.get)(e) {
        super::FieldValue::Text(t) => t.trim().is_empty(),
        other => other.render(spec.shape, None).trim().is_empty(),
    }
}

impl Checker {
    fn report(&mut self, path: FieldPath, key: &'static str, args: Vec<(&'static str, Word)>) {
        self.problems.push(Problem { path, said: Said::new(key, args) });
    }

    /// Reports a value outside `min..=max`; `path` is worked out only then.
    fn scale(&mut self, path: impl FnOnce() -> FieldPath, what: Word, value: Option<u8>, min: u8, max: u8) {
        if let Some(v) = value
            && !(min..=max).contains(&v)
        {
            let args = vec![
                ("what", what),
                ("min", Word::Count(min.into())),
                ("max", Word::Count(max.into())),
                ("found", Word::Count(v.into())),
            ];
            self.report(path(), "problem-out-of-range", args);
        }
    }

    /// Checks one entry's id (well formed, of the right letter, unique among `seen`, the numbers
    /// of the ids before it: a well-formed id is its number, written one way) and the text its
    /// descriptions say is needed.
    fn names<E: Described>(&mut self, i: usize, e: &E, seen: &mut SeenNumbers) {
        let kind = E::KIND;
        let id = e.id();
        let at = |path: Vec<&'static str>| entry_path(kind, i, path);
        if id.is_empty() {
            let args = vec![("kind", kind_word(kind)), ("number", Word::Count(i + 1))];
            self.report(at(vec!["id"]), "problem-no-id", args);
        } else {
            match id_number(kind, id) {
                None => {
                    let args = vec![("id", Word::text(id)), ("prefix", Word::text(kind.prefix()))];
                    self.report(at(vec!["id"]), "problem-id-malformed", args);
                }
                Some(n) if !seen.first_time(n) => {
                    self.report(at(vec!["id"]), "problem-id-twice", vec![("id", Word::text(id))]);
                }
                Some(_) => {}
            }
        }
        for spec in E::FIELDS.iter().filter(|s| s.required && s.shape == Shape::Text) {
            if blank(spec, e) {
                let args = vec![
                    ("kind", kind_word(kind)),
                    ("id", Word::text(id)),
                    ("field", Word::Field(spec.name)),
                ];
                self.report(at(spec.path()), "problem-needs-text", args);
            }
        }
    }

    /// Checks a stakeholder reference of entry `i`: set when needed, to a stakeholder that exists.
    fn reference<E: Described>(&mut self, i: usize, spec: &FieldSpec<E>, e: &E, known: &HashSet<&str>) {
        let end = match (spec.get)(e) {
            super::FieldValue::Text(t) => t,
            other => other.render(spec.shape, None),
        };
        let (kind, id) = (kind_word(E::KIND), Word::text(e.id()));
        let (key, args) = if end.is_empty() && spec.required {
            ("problem-needs-stakeholder", vec![("kind", kind), ("id", id), ("field", Word::Field(spec.name))])
        } else if !end.is_empty() && !known.contains(end.as_str()) {
            ("problem-no-such-stakeholder", vec![("kind", kind), ("id", id), ("to", Word::Text(end))])
        } else {
            return;
        };
        self.report(entry_path(E::KIND, i, spec.path()), key, args);
    }

    /// Checks one section in one pass: its ids and needed text are reported first (for every
    /// entry), then each entry's values.
    fn entries<'a, E: Described>(
        &mut self,
        entries: impl ExactSizeIterator<Item = &'a E>,
        known: &HashSet<&str>,
    ) {
        let mut seen = SeenNumbers::default();
        let mut values = Checker { problems: Vec::new() };
        for (i, e) in entries.enumerate() {
            self.names(i, e, &mut seen);
            values.values(i, e, known);
        }
        self.problems.append(&mut values.problems);
    }

    /// Checks entry `i`'s scales and stakeholder references, as the descriptions say.
    fn values<E: Described>(&mut self, i: usize, e: &E, known: &HashSet<&str>) {
        for spec in E::FIELDS {
            match spec.shape {
                Shape::Scale { min, max } => {
                    let path = || entry_path(E::KIND, i, spec.path());
                    self.scale(path, Word::Field(spec.name), (spec.get)(e).scale(), min, max);
                }
                Shape::Person => self.reference(i, spec, e, known),
                _ => {}
            }
        }
    }
}

/// Every problem in the canvas, in file order; empty when it is sound.
pub fn validate(canvas: &Canvas) -> Vec<Problem> {
    let mut c = Checker { problems: Vec::new() };
    if canvas.id.chars().any(crate::safe::is_unsafe) {
        // An id names the canvas in calendars (UIDs), file names and reports: a control character
        // there (a CR, an escape) is no part of a name.
        let id = Word::Text(crate::safe::line(&canvas.id).into_owned());
        c.report(vec![Step::Field("id")], "problem-canvas-id-control", vec![("id", id)]);
    }
    if canvas.revision == 0 {
        c.report(vec![Step::Field("revision")], "problem-revision-zero", Vec::new());
    }
    for phase in Phase::ALL {
        let path = vec![Step::Field("context"), Step::Field("emphasis"), Step::Field(phase.key())];
        let what = Word::part(Said::new("problem-emphasis", vec![("phase", Word::label(*phase))]));
        c.scale(|| path, what, Some(canvas.context.emphasis.get(*phase)), 0, 3);
    }
    let known: HashSet<&str> = canvas.stakeholders.iter().map(|s| s.id.as_str()).collect();
    c.entries(canvas.stakeholders.iter(), &known);
    c.entries(canvas.relationships.iter(), &known);
    c.entries(canvas.tasks.iter(), &known);
    c.entries(canvas.actions.iter(), &known);
    for (i, b) in canvas.agenda.iter().enumerate().filter(|(_, b)| b.minutes > MAX_MINUTES) {
        let path = vec![Step::Field("agenda"), Step::Index(i), Step::Field("minutes")];
        let args = vec![
            ("number", Word::Count(i + 1)),
            ("minutes", Word::Count(b.minutes as usize)),
            ("most", Word::Count(MAX_MINUTES as usize)),
        ];
        c.report(path, "problem-agenda-too-long", args);
    }
    for (i, a) in canvas.actions.iter().enumerate() {
        let readings = a.indicator.as_ref().map_or(&[][..], |ind| ind.readings.as_slice());
        for (j, r) in readings.iter().enumerate().filter(|(_, r)| r.value.trim().is_empty()) {
            let mut path = entry_path(EntryKind::Action, i, vec!["indicator", "readings"]);
            path.extend([Step::Index(j), Step::Field("value")]);
            c.report(
                path,
                "problem-reading-no-value",
                vec![("id", Word::text(&a.id)), ("date", Word::Day(r.date))],
            );
        }
    }
    c.problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, FieldValue, Relationship, Stakeholder, Task};

    fn person(id: &str, name: &str) -> Stakeholder {
        Stakeholder { id: id.into(), name: name.into(), ..Default::default() }
    }

    #[test]
    fn an_id_met_again_is_found_whether_the_ids_before_it_rose_or_not() {
        let ids = |ids: &[&str]| {
            let mut c = Canvas::new("t");
            c.stakeholders = ids.iter().map(|id| person(id, "A")).collect::<Vec<_>>().into();
            let twice: Vec<String> = validate(&c).iter().map(|p| p.to_string()).collect();
            twice
        };
        assert_eq!(ids(&["S1", "S2", "S9"]), Vec::<String>::new());
        assert_eq!(ids(&["S1", "S5", "S3", "S4"]), Vec::<String>::new());
        assert_eq!(ids(&["S1", "S5", "S3", "S5"]), vec!["id \"S5\" is used twice"]);
        assert_eq!(ids(&["S1", "S5", "S5"]), vec!["id \"S5\" is used twice"]);
        assert_eq!(ids(&["S4", "S2", "S1", "S2", "S4"]).len(), 2);
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
        assert_eq!(problems[0].to_string(), "id \"S1\" is used twice");
        assert_eq!(problems[0].path, vec![Step::Field("stakeholders"), Step::Index(1), Step::Field("id")]);
        assert!(problems[1].to_string().contains("should be S and a number"));
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
        let messages: Vec<_> = validate(&c).into_iter().map(|p| p.to_string()).collect();
        assert_eq!(
            messages,
            [
                "power must be from 1 to 5, found 7",
                "relationship R1 points at stakeholder \"S9\", which does not exist",
                "strength must be from 0 to 3, found 4",
            ]
        );
    }

    /// Puts each scale of kind `E` one above its range in turn: validation names that field.
    /// Returns how many scales it checked.
    fn every_scale_is_checked<E: Described + Default>(add: fn(&mut Canvas, E) -> String) -> usize {
        let mut checked = 0;
        for spec in E::FIELDS {
            let Shape::Scale { min, max } = spec.shape else { continue };
            let mut c = Canvas::new("t");
            c.add_stakeholder(person("", "A"));
            let mut e = E::default();
            for needed in E::FIELDS.iter().filter(|s| s.required) {
                (needed.set)(&mut e, FieldValue::Text("S1".into()));
            }
            (spec.set)(&mut e, FieldValue::Scale(Some(max + 1)));
            add(&mut c, e);
            let messages: Vec<_> = validate(&c).into_iter().map(|p| p.to_string()).collect();
            let expected = format!("{} must be from {min} to {max}, found {}", spec.name, max + 1);
            assert_eq!(messages, [expected], "{:?}", E::KIND);
            checked += 1;
        }
        checked
    }

    #[test]
    fn every_described_scale_is_checked_against_its_range() {
        let checked = every_scale_is_checked::<Stakeholder>(Canvas::add_stakeholder)
            + every_scale_is_checked::<Relationship>(Canvas::add_relationship)
            + every_scale_is_checked::<Task>(Canvas::add_task)
            + every_scale_is_checked::<Action>(Canvas::add_action);
        assert_eq!(checked, 3, "power, interest and strength");
    }

    #[test]
    fn a_reading_needs_a_value() {
        let mut c = Canvas::new("t");
        let reading = |value: &str| crate::model::Reading {
            date: crate::model::Day::new(2027, 2, 1).unwrap(),
            value: value.into(),
            note: String::new(),
        };
        let indicator =
            crate::model::Indicator { readings: vec![reading("3"), reading(" ")], ..Default::default() };
        c.add_action(Action { title: "Do".into(), indicator: Some(indicator), ..Default::default() });
        let problems = validate(&c);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].to_string(), "action A1 reading of 2027-02-01 needs a value");
        let at = [Step::Field("actions"), Step::Index(0), Step::Field("indicator"), Step::Field("readings")];
        assert_eq!(problems[0].path, [&at[..], &[Step::Index(1), Step::Field("value")]].concat());
    }

    #[test]
    fn entries_need_their_bold_field() {
        let mut c = Canvas::new("t");
        c.stakeholders = vec![person("S1", "  ")].into();
        assert_eq!(validate(&c)[0].to_string(), "stakeholder S1 needs a name");
    }

    #[test]
    fn a_canvas_id_with_a_control_character_is_refused() {
        let mut c = Canvas::new("t");
        for id in ["c7f3\ra9e2", "c7f3\n", "\u{1b}[2J", "ab\u{202e}cd", "a\tb"] {
            c.id = id.into();
            let problems = validate(&c);
            assert_eq!(problems.len(), 1, "{id:?}");
            assert_eq!(problems[0].path, [Step::Field("id")]);
            assert!(
                problems[0].to_string().starts_with("canvas id \"") && !problems[0].to_string().contains(id)
            );
        }
        for id in ["c7f3a9e2", "", "acme plan 2026"] {
            c.id = id.into();
            assert_eq!(validate(&c), vec![], "{id:?}");
        }
    }
}
