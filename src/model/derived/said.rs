//! A warning's sentence in pieces, so that any language can word it: the message's key in the
//! `.ftl` files and its arguments, kept as facts (a count, a day, a vocabulary's value, names)
//! until a [`Tr`] writes them the reader's way. English is written from the same messages, so
//! there is one wording per language and no second copy of the English in the code.

use crate::i18n::{Arg, Label, Tr};
use crate::model::Day;

use super::CadenceKept;

/// One argument of a warning's sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Word {
    /// What people typed (a name, a title, a reading's value), as it is.
    Text(String),
    /// A number, which also chooses the sentence's plural.
    Count(usize),
    /// A day, written the language's way (`2026-05-31`, `31 mai 2026`).
    Day(Day),
    /// A vocabulary's value, by its message key (`stance-sceptic`).
    Label(&'static str),
    /// Names joined for a sentence: `a`, `a and b`, `a, b and c`.
    Names(Vec<String>),
    /// Messages without arguments, each worded and joined by commas (`no owner, no due date`).
    Keys(Vec<&'static str>),
    /// How well a task kept its cadence: `held 3 of 9 weekly times (33%)`.
    Kept(CadenceKept),
    /// A word the message chooses its wording by, not shown itself (`group`, `individual`).
    Choice(&'static str),
    /// Days, each written the language's way, joined by commas.
    Days(Vec<Day>),
    /// A sentence inside the sentence, or nothing (`None` words as an empty text).
    Part(Option<Box<Said>>),
    /// Sentences inside the sentence, joined by commas (`status committed → done, loop open → closed`).
    Parts(Vec<Said>),
    /// An entry's field, by the file's name (`power`), named the reader's way (`pouvoir`).
    Field(&'static str),
}

impl Word {
    /// The value of the vocabulary `value` as an argument.
    pub fn label(value: impl Label) -> Word {
        Word::Label(value.key())
    }

    /// A value of a vocabulary that may be unset (`unset` then).
    pub fn label_or_unset(value: Option<impl Label>) -> Word {
        Word::Label(value.map_or("signal-unset", |v| v.key()))
    }

    /// A sentence inside the sentence.
    pub fn part(said: Said) -> Word {
        Word::Part(Some(Box::new(said)))
    }

    /// Text people typed, or an id.
    pub fn text(text: impl Into<String>) -> Word {
        Word::Text(text.into())
    }
}

/// A sentence for people: a message and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    /// The message's key.
    pub key: &'static str,
    /// Its arguments, by name.
    pub args: Vec<(&'static str, Word)>,
}

impl Said {
    /// The message `key` with `args`.
    pub fn new(key: &'static str, args: Vec<(&'static str, Word)>) -> Said {
        Said { key, args }
    }

    /// The sentence in `tr`'s language.
    pub fn words(&self, tr: Tr) -> String {
        let args: Vec<(&str, Arg<'_>)> =
            self.args.iter().map(|(name, word)| (*name, arg(word, tr))).collect();
        tr.args(self.key, &args)
    }
}

/// One argument worded in `tr`'s language.
fn arg(word: &Word, tr: Tr) -> Arg<'_> {
    match word {
        Word::Text(t) => Arg::from(t),
        Word::Count(n) => Arg::from(*n),
        Word::Day(d) => tr.day(*d).into(),
        Word::Label(key) => tr.get(key).into(),
        Word::Choice(c) => Arg::from(*c),
        Word::Names(names) => and_list(names, tr).into(),
        Word::Keys(keys) => keys.iter().map(|k| tr.get(k)).collect::<Vec<_>>().join(", ").into(),
        Word::Kept(kept) => kept.words_in(tr).into(),
        Word::Days(days) => days.iter().map(|d| tr.day(*d)).collect::<Vec<_>>().join(", ").into(),
        Word::Part(part) => part.as_ref().map_or_else(String::new, |s| s.words(tr)).into(),
        Word::Parts(parts) => parts.iter().map(|s| s.words(tr)).collect::<Vec<_>>().join(", ").into(),
        Word::Field(name) => crate::i18n::field_name(name, tr).into(),
    }
}

/// Names joined for a sentence in `tr`'s language: `a`, `a and b`, `a, b and c`.
fn and_list(names: &[String], tr: Tr) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => {
            tr.args("warning-and", &[("rest", rest.join(", ").into()), ("last", last.into())])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::derived::{WarningKind, warnings};
    use crate::model::{
        Action, ActionStatus, Cadence, Canvas, Change, Health, Indicator, Language, LoopState, Phase,
        Reading, Relationship, Stakeholder, StakeholderKind, Stance, Task, TaskStatus,
    };

    fn day(s: &str) -> Day {
        s.parse().unwrap()
    }

    /// A canvas with every kind of warning, some twice (a group and a person, a cut-off list).
    fn every_gap() -> Canvas {
        let mut c = Canvas::new("t");
        c.date = Some(day("2026-01-05"));
        c.context.participants = vec!["Ana".into()];
        let person = |name: &str, power| Stakeholder {
            name: name.into(),
            kind: Some(StakeholderKind::Individual),
            power: Some(power),
            ..Default::default()
        };
        c.add_stakeholder(Stakeholder {
            stance: Some(Stance::Blocker),
            desired: Some(Stance::Champion),
            ..person("Head", 4)
        });
        c.add_stakeholder(Stakeholder { kind: Some(StakeholderKind::Group), ..person("Engineers", 1) });
        for name in ["Bea", "Cy", "Dee", "Eve"] {
            c.add_stakeholder(person(name, 1));
        }
        for (to, health, change) in
            [("S3", Some(Health::Broken), None), ("S4", None, Some(Change::Reconnect)), ("S5", None, None)]
        {
            c.add_relationship(Relationship {
                from: "S2".into(),
                to: to.into(),
                health,
                change,
                ..Default::default()
            });
        }
        let task = |title: &str, owner: &str, held: &[&str]| Task {
            title: title.into(),
            owner: owner.into(),
            cadence: Some(Cadence::Weekly),
            status: Some(TaskStatus::Active),
            phase: Some(Phase::Connect),
            held: held.iter().map(|d| day(d)).collect(),
            ..Default::default()
        };
        c.add_task(task("call", "", &["2026-01-12"]));
        c.add_task(task("meet", "Zed", &[]));
        let indicator = |name: &str, target: &str, readings: &[(&str, &str)]| {
            Some(Indicator {
                name: name.into(),
                baseline: "0".into(),
                target: target.into(),
                readings: readings
                    .iter()
                    .map(|(d, v)| Reading { date: day(d), value: (*v).into(), note: String::new() })
                    .collect(),
                ..Default::default()
            })
        };
        let actions = [
            Action { title: "bare".into(), ..Default::default() },
            Action {
                title: "late".into(),
                owner: "Ana".into(),
                due: Some(day("2026-02-01")),
                status: Some(ActionStatus::InProgress),
                review: Some(day("2026-02-15")),
                indicator: indicator("hours saved", "10", &[]),
                ..Default::default()
            },
            Action {
                title: "unmeasured".into(),
                owner: "Zed".into(),
                due: Some(day("2026-12-01")),
                loop_state: Some(LoopState::Measured),
                indicator: indicator("hours saved", "10", &[]),
                ..Default::default()
            },
            Action {
                title: "reached".into(),
                owner: "Ana".into(),
                due: Some(day("2026-12-01")),
                indicator: indicator("hours saved", "10", &[("2026-03-01", "12")]),
                ..Default::default()
            },
            Action {
                title: "busy".into(),
                owner: "Ana".into(),
                due: Some(day("2026-12-01")),
                phase: Some(Phase::Share),
                indicator: indicator("active users", "100", &[]),
                ..Default::default()
            },
            Action {
                title: "busier".into(),
                owner: "Ana".into(),
                due: Some(day("2026-12-01")),
                indicator: indicator("page views", "100", &[]),
                ..Default::default()
            },
        ];
        for a in actions {
            c.add_action(a);
        }
        c
    }

    /// English words a French or German sentence would only keep by mistake.
    const ENGLISH: [&str; 14] = [
        " has ", " is ", " and ", " the ", " was ", " with ", " no ", " of ", " only ", " since ", " leave",
        " loop ", " owner", " steps",
    ];

    #[test]
    fn every_warning_reads_in_french_and_german_and_english_comes_from_the_same_messages() {
        let c = every_gap();
        let found = warnings(&c, day("2026-06-01"));
        let kinds: std::collections::HashSet<WarningKind> = found.iter().map(|w| w.kind).collect();
        assert_eq!(kinds.len(), 16, "every kind of warning: {found:#?}");
        for w in &found {
            assert_eq!(w.text(Tr::new(Language::En)), w.message());
            for lang in [Language::Fr, Language::De] {
                let text = w.text(Tr::new(lang));
                assert_ne!(text, w.message(), "{lang}");
                assert!(!text.contains("warning-") && !text.contains('{'), "{lang}: {text}");
                let padded = format!(" {text} ");
                let left: Vec<_> = ENGLISH.iter().filter(|e| padded.contains(*e)).collect();
                assert!(left.is_empty(), "{lang}: {left:?} left in English in {text:?} ({})", w.message());
            }
        }
        if std::env::var_os("CVC_SHOW_WARNINGS").is_some() {
            for w in &found {
                eprintln!(
                    "{}\n  {}\n  {}",
                    w.message(),
                    w.text(Tr::new(Language::Fr)),
                    w.text(Tr::new(Language::De))
                );
            }
        }
        let fr = |kind| {
            found.iter().filter(|w| w.kind == kind).map(|w| w.text(Tr::new(Language::Fr))).collect::<Vec<_>>()
        };
        assert_eq!(
            fr(WarningKind::OverdueAction),
            [
                "A2 «\u{a0}late\u{a0}» était à réaliser pour le 1er\u{a0}février\u{a0}2026 et reste au statut «\u{a0}en cours\u{a0}»"
            ]
        );
        assert!(
            fr(WarningKind::LinchPin)[0].ends_with("Bea, Cy et Dee perdent leur seul lien avec le réseau")
        );
        let de: Vec<String> = found
            .iter()
            .filter(|w| w.kind == WarningKind::StanceGap)
            .map(|w| w.text(Tr::new(Language::De)))
            .collect();
        assert_eq!(
            de,
            [
                "Head hat einen Einfluss von 4 und die Haltung „Blockierer“, vier Stufen von der angestrebten Haltung „Fürsprecher“ entfernt"
            ]
        );
    }
}
