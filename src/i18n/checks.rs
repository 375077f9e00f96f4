//! The translation files checked against each other and against the code: every message in
//! every language, none unused, the same arguments everywhere, the glossary whole.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser::parse;

use super::labels::{Label, glossary};
use super::tr::{SOURCES, Tr};
use crate::model::{Language, Vocabulary};

/// What a file defines: each message with the variables and terms it uses, and each term.
#[derive(Default)]
struct Defined {
    messages: BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>,
    terms: BTreeMap<String, String>,
}

fn walk_pattern(p: &Pattern<&str>, vars: &mut BTreeSet<String>, terms: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, vars, terms);
        }
    }
}

fn walk_expression(e: &Expression<&str>, vars: &mut BTreeSet<String>, terms: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            walk_inline(selector, vars, terms);
            for v in variants {
                walk_pattern(&v.value, vars, terms);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, vars, terms),
    }
}

fn walk_inline(e: &InlineExpression<&str>, vars: &mut BTreeSet<String>, terms: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::TermReference { id, .. } => {
            terms.insert(format!("-{}", id.name));
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, vars, terms),
        _ => {}
    }
}

/// Reads one language's file, refusing a syntax error or anything defined twice.
fn defined(lang: Language) -> Defined {
    let source = SOURCES[Language::ALL.iter().position(|l| *l == lang).unwrap()];
    let resource = parse(source).unwrap_or_else(|(_, errors)| panic!("{lang}.ftl: {errors:?}"));
    let mut out = Defined::default();
    for entry in &resource.body {
        match entry {
            Entry::Message(m) => {
                let (mut vars, mut terms) = (BTreeSet::new(), BTreeSet::new());
                let value = m.value.as_ref().unwrap_or_else(|| panic!("{lang}: {} has no value", m.id.name));
                walk_pattern(value, &mut vars, &mut terms);
                let again = out.messages.insert(m.id.name.to_string(), (vars, terms));
                assert!(again.is_none(), "{lang}.ftl defines {} twice", m.id.name);
            }
            Entry::Term(t) => {
                let (mut vars, mut terms) = (BTreeSet::new(), BTreeSet::new());
                walk_pattern(&t.value, &mut vars, &mut terms);
                assert!(vars.is_empty() && terms.is_empty(), "{lang}: the term -{} stands alone", t.id.name);
                let text: String = t
                    .value
                    .elements
                    .iter()
                    .map(|e| match e {
                        PatternElement::TextElement { value } => *value,
                        PatternElement::Placeable { .. } => "",
                    })
                    .collect();
                let again = out.terms.insert(format!("-{}", t.id.name), text);
                assert!(again.is_none(), "{lang}.ftl defines -{} twice", t.id.name);
            }
            Entry::Junk { content } => panic!("{lang}.ftl cannot read: {content}"),
            _ => {}
        }
    }
    out
}

/// Every Rust file under `dir`, with its text.
fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push((path.display().to_string(), std::fs::read_to_string(&path).unwrap()));
        }
    }
}

/// Every string literal in `texts` that could be a message key (letters, digits and `-`), read
/// once: looking each key up in the whole source instead took seconds.
fn literals<'a>(texts: impl Iterator<Item = &'a str>) -> BTreeSet<&'a str> {
    let key_char = |c: char| c.is_ascii_alphanumeric() || c == '-';
    let mut found = BTreeSet::new();
    for text in texts {
        for (at, _) in text.match_indices('"') {
            let rest = &text[at + 1..];
            let end = rest.find(|c: char| !key_char(c)).unwrap_or(rest.len());
            if end > 0 && rest[end..].starts_with('"') {
                found.insert(&rest[..end]);
            }
        }
    }
    found
}

/// The keys the code asks for by name: the literal after every `.get("`, `.arg("` and `.args("`
/// outside comments.
fn asked_for(files: &[(String, String)]) -> BTreeSet<(String, String)> {
    let mut keys = BTreeSet::new();
    for (path, text) in files {
        for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
            for call in [".get(\"", ".arg(\"", ".args(\""] {
                for (at, _) in line.match_indices(call) {
                    let rest = &line[at + call.len()..];
                    let key = &rest[..rest.find('"').unwrap_or(rest.len())];
                    keys.insert((key.to_string(), path.clone()));
                }
            }
        }
    }
    keys
}

/// Every value of a vocabulary, with its English label and its key.
fn vocabulary<L: Label + Vocabulary>() -> Vec<(&'static str, &'static str)> {
    L::VALUES.iter().zip(L::LABELS).map(|(v, label)| (v.key(), *label)).collect()
}

/// Every vocabulary the code names through [`Label`].
fn vocabularies() -> Vec<(&'static str, &'static str)> {
    use crate::model::*;
    let mut all = vocabulary::<Phase>();
    all.extend(vocabulary::<Driver>());
    all.extend(vocabulary::<Stance>());
    all.extend(vocabulary::<StakeholderKind>());
    all.extend(vocabulary::<Direction>());
    all.extend(vocabulary::<Boundary>());
    all.extend(vocabulary::<Health>());
    all.extend(vocabulary::<Change>());
    all.extend(vocabulary::<OwnerRole>());
    all.extend(vocabulary::<Cadence>());
    all.extend(vocabulary::<TaskStatus>());
    all.extend(vocabulary::<ActionStatus>());
    all.extend(vocabulary::<LoopState>());
    all.extend(vocabulary::<IndicatorKind>());
    all.extend(vocabulary::<BlockKind>());
    all.extend(vocabulary::<IdeaSection>());
    let quadrants =
        [Quadrant::ManageClosely, Quadrant::KeepSatisfied, Quadrant::KeepInformed, Quadrant::Monitor];
    all.extend(quadrants.map(|q| (q.key(), q.label())));
    all
}

#[test]
fn every_language_has_every_message_with_the_same_arguments_and_terms() {
    let english = defined(Language::En);
    for lang in [Language::Fr, Language::De] {
        let other = defined(lang);
        let missing: Vec<_> = english.messages.keys().filter(|k| !other.messages.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{lang}.ftl lacks {missing:?}");
        let extra: Vec<_> = other.messages.keys().filter(|k| !english.messages.contains_key(*k)).collect();
        assert!(extra.is_empty(), "{lang}.ftl has {extra:?}, which en.ftl does not");
        for (key, (vars, _)) in &english.messages {
            assert_eq!(&other.messages[key].0, vars, "{lang}: {key} takes the same arguments as in English");
        }
        let terms: Vec<_> = english.terms.keys().collect();
        assert_eq!(other.terms.keys().collect::<Vec<_>>(), terms, "{lang}.ftl: the same glossary");
    }
    for lang in Language::ALL.iter().copied() {
        let file = defined(lang);
        for (key, (_, terms)) in &file.messages {
            for term in terms {
                assert!(file.terms.contains_key(term), "{lang}: {key} uses {term}, which is not defined");
            }
        }
        for (term, text) in &file.terms {
            assert!(!text.trim().is_empty(), "{lang}: {term} is empty");
        }
    }
}

#[test]
fn every_message_is_used_by_the_code_and_every_key_the_code_asks_for_exists() {
    let mut files = Vec::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let english = defined(Language::En);
    // This file names keys to test them; model/derived/checks.rs words warnings.
    let this_file = |p: &str| Path::new(p).ends_with("i18n/checks.rs");
    let quoted = literals(files.iter().filter(|(p, _)| !this_file(p)).map(|(_, t)| t.as_str()));
    let unused: Vec<_> = english.messages.keys().filter(|k| !quoted.contains(k.as_str())).collect();
    assert!(unused.is_empty(), "messages no code uses (take them out of the .ftl files): {unused:?}");
    let unknown: Vec<_> = asked_for(&files)
        .into_iter()
        .filter(|(k, path)| !english.messages.contains_key(k) && !this_file(path))
        .collect();
    assert!(unknown.is_empty(), "keys asked for and defined nowhere: {unknown:?}");
    for (key, _) in vocabularies() {
        assert!(english.messages.contains_key(key), "{key} names a value and is not in the files");
    }
}

#[test]
fn english_labels_are_the_models_own_so_english_output_does_not_change() {
    let tr = Tr::new(Language::En);
    for (key, label) in vocabularies() {
        assert_eq!(tr.get(key), label, "{key}");
    }
}

#[test]
fn the_glossary_has_the_methods_thirteen_terms_each_shown_by_its_message_in_every_language() {
    let terms = glossary();
    assert_eq!(terms.len(), 13, "four phases, four value drivers, five stances");
    for lang in Language::ALL.iter().copied() {
        let file = defined(lang);
        assert_eq!(file.terms.len(), terms.len(), "{lang}: the glossary and nothing else as terms");
        for t in &terms {
            let id = t.id();
            assert_eq!(file.messages[t.key].1, BTreeSet::from([id.clone()]), "{lang}: {} shows {id}", t.key);
            assert_eq!(Tr::new(lang).get(t.key), file.terms[&id].trim(), "{lang}: {}", t.key);
        }
    }
    let fr = Tr::new(Language::Fr);
    assert_eq!(fr.label(crate::model::Phase::Solve), "Résoudre");
    assert_eq!(Tr::new(Language::De).label(crate::model::Stance::Sceptic), "Skeptiker");
    assert_eq!(Tr::new(Language::En).label(crate::model::Driver::Velocity), "Velocity");
}

#[test]
fn plurals_follow_the_languages_rules_and_no_isolation_marks_reach_the_text() {
    let days = |lang, n: f64| super::days(n, 1, lang);
    assert_eq!(days(Language::Fr, 0.0), "0 jour", "French: zero is singular");
    assert_eq!(days(Language::Fr, 1.5), "1,5 jour");
    assert_eq!(days(Language::Fr, 2.0), "2 jours");
    assert_eq!(days(Language::En, 0.0), "0 days");
    assert_eq!(days(Language::En, 1.0), "1 day");
    assert_eq!(days(Language::En, 1.5), "1.5 days");
    assert_eq!(days(Language::De, 1.0), "1 Tag");
    assert_eq!(days(Language::De, 1.04), "1 Tag", "as written, rounded");
    assert_eq!(days(Language::De, 0.5), "0,5 Tage");
    for lang in Language::ALL.iter().copied() {
        let text = days(lang, 3.0);
        assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text:?}");
    }
    assert_eq!(Tr::new(Language::Fr).get("no-such-message"), "no-such-message", "the key, never a blank");
    let unrated = |lang, n: usize| Tr::new(lang).args("picture-unrated", &[("count", n.into())]);
    assert!(
        unrated(Language::Fr, 1).starts_with("1 partie prenante ")
            && unrated(Language::Fr, 1).contains("apparaît")
    );
    assert!(unrated(Language::Fr, 3).starts_with("3 parties prenantes "));
    assert!(unrated(Language::De, 1).ends_with("fehlt in der Matrix."));
    assert!(unrated(Language::De, 2).ends_with("fehlen in der Matrix."));
    let thin = |lang, t: usize, a: usize| {
        Tr::new(lang).args("handout-thinnest-phase", &[("tasks", t.into()), ("actions", a.into())])
    };
    assert_eq!(thin(Language::En, 1, 0), "the thinnest phase: 1 ongoing, 0 actions");
    assert_eq!(thin(Language::Fr, 0, 1), "la phase la moins couverte\u{a0}: 0 tâche en cours, 1 action");
    assert_eq!(thin(Language::De, 2, 1), "die am dünnsten besetzte Phase: 2 laufende Aufgaben, 1 Maßnahme");
}

#[test]
fn no_two_values_of_a_vocabulary_read_alike_in_any_language_so_a_sheet_imports_back() {
    use crate::model::*;
    fn check<L: Label + Vocabulary>() {
        let key = |t: &str| crate::diff::normalise(t).replace(' ', "");
        // Every way each value may be written: the file's label and the three languages' words.
        let forms: Vec<Vec<String>> = L::VALUES
            .iter()
            .zip(L::LABELS)
            .map(|(v, label)| {
                let mut all = vec![key(label)];
                all.extend(Language::ALL.iter().map(|l| key(&Tr::new(*l).label(*v))));
                all
            })
            .collect();
        for (i, mine) in forms.iter().enumerate() {
            for (j, theirs) in forms.iter().enumerate().filter(|(j, _)| *j != i) {
                let shared: Vec<_> = mine.iter().filter(|f| theirs.contains(f)).collect();
                assert!(shared.is_empty(), "{:?} and {:?} both read {shared:?}", L::LABELS[i], L::LABELS[j]);
            }
        }
    }
    check::<Phase>();
    check::<Driver>();
    check::<Stance>();
    check::<StakeholderKind>();
    check::<Direction>();
    check::<Boundary>();
    check::<Health>();
    check::<Change>();
    check::<OwnerRole>();
    check::<Cadence>();
    check::<TaskStatus>();
    check::<ActionStatus>();
    check::<LoopState>();
    check::<IndicatorKind>();
    check::<BlockKind>();
    check::<IdeaSection>();
}

#[test]
fn counted_lines_take_fluents_plural_in_every_language() {
    let more = |lang, n: usize| Tr::new(lang).args("view-more-lines", &[("count", n.into())]);
    assert_eq!(more(Language::En, 1), "↓ 1 more line");
    assert_eq!(more(Language::En, 3), "↓ 3 more lines");
    assert_eq!(more(Language::Fr, 1), "↓ 1 ligne de plus");
    assert_eq!(more(Language::Fr, 3), "↓ 3 lignes de plus");
    assert_eq!(more(Language::De, 1), "↓ 1 weitere Zeile");
    assert_eq!(more(Language::De, 3), "↓ 3 weitere Zeilen");
    let review = Tr::new(Language::En).args("review-more-lines", &[("count", 1usize.into())]);
    assert!(review.starts_with("↓ 1 more line:"), "{review}");
    let one =
        Tr::new(Language::En).args("report-revisions", &[("count", 1usize.into()), ("latest", "r1".into())]);
    assert_eq!(one, "1 revision, the latest r1.");
}
