//! Messages for people in English, French and German, from the Project Fluent files in
//! `locales/` (compiled into the binary). [`Tr`] is a cheap handle on one language's messages:
//! the exports take one, and the screens can too (no terminal types here).
//!
//! Plurals come from Fluent's rules for the language (`{ $count -> [one] … *[other] … }`), never
//! from `if n == 1`: French says `1,5 jour` and `0 action`, where English says `0 actions`. The
//! method's terms (phases, value drivers, stances) are Fluent terms (`-connect`), translated once
//! in each file's glossary and referenced by the other messages.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::model::{Day, Language};

/// The Fluent source of each language, in [`Language::ALL`]'s order.
pub(crate) const SOURCES: [&str; 3] = [
    include_str!("../../locales/en.ftl"),
    include_str!("../../locales/fr.ftl"),
    include_str!("../../locales/de.ftl"),
];

type Bundle = FluentBundle<FluentResource>;

/// The position of `lang` in [`Language::ALL`] and [`SOURCES`].
fn index(lang: Language) -> usize {
    match lang {
        Language::En => 0,
        Language::Fr => 1,
        Language::De => 2,
    }
}

/// One language's bundle, built from its file. A file with a mistake keeps every message it
/// could read (the tests make sure the shipped files have none).
fn build(lang: Language) -> Bundle {
    let source = SOURCES[index(lang)].to_string();
    let resource = FluentResource::try_new(source).unwrap_or_else(|(partial, _errors)| partial);
    let id = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: a terminal or a CSV cell would show them.
    bundle.set_use_isolating(false);
    // Numbers in prose the language's way (`100 000 parties prenantes`, `100.000 Stakeholder`);
    // English keeps Fluent's own (`100000`), as its reports have always written them.
    match lang {
        Language::En => {}
        Language::Fr => bundle.set_formatter(Some(|v, _| number_in(v, Language::Fr))),
        Language::De => bundle.set_formatter(Some(|v, _| number_in(v, Language::De))),
    }
    // A message defined twice keeps its first definition; the tests refuse duplicates.
    let _ = bundle.add_resource(resource);
    bundle
}

/// A number argument written the way `lang` writes numbers (up to six decimals, trailing zeros
/// dropped); `None` leaves any other value to Fluent.
fn number_in(value: &FluentValue<'_>, lang: Language) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(super::number(n.value, 6, lang)),
        _ => None,
    }
}

/// The bundle of `lang`, built once, on first use: a command speaking one language parses that
/// language's messages only (the three took half of a short export's time in a debug build).
fn bundle(lang: Language) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    BUNDLES[index(lang)].get_or_init(|| build(lang))
}

/// FNV-1a: the messages' keys are short and ours, so a hash that needs no defence against chosen
/// keys (as the standard one gives) does, at a third of its cost.
#[derive(Default, Clone, Copy)]
struct Fnv;

/// [`Fnv`]'s running hash.
struct FnvHasher(u64);

impl std::hash::BuildHasher for Fnv {
    type Hasher = FnvHasher;

    fn build_hasher(&self) -> FnvHasher {
        FnvHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for FnvHasher {
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Messages without arguments as one language says them, by key.
type Formatted = HashMap<Box<str>, Box<str>, Fnv>;

/// Messages with one text argument as one language says them: by key and argument name, then
/// by the argument's value.
type FormattedWith = HashMap<(&'static str, &'static str), Formatted, Fnv>;

/// How many values of one message [`Tr::arg`] keeps per language before it starts afresh:
/// enough for a plan's labels and dates, few enough that a canvas's many texts cannot pile up.
const KEPT_WITH: usize = 4096;

/// A value given to a message: a number (which chooses a plural) or a text.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    /// A number: `{ $count -> [one] … }` chooses by it, with the language's plural rules.
    Num(f64),
    /// A text, put in as it is.
    Text(Cow<'a, str>),
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Num(n as f64)
            }
        }
    )*};
}
number_args!(usize, u8, u16, u32, u64, i32, i64, f64);

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}

/// The messages of one language: `Tr::new(Language::Fr).get("handout-summary")`.
///
/// A message missing from the language falls back to English, then to its key, so a screen never
/// goes blank; the tests make sure every message is in every language.
#[derive(Clone, Copy)]
pub struct Tr {
    lang: Language,
    bundle: &'static Bundle,
}

impl std::fmt::Debug for Tr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tr").field("lang", &self.lang).finish()
    }
}

impl Default for Tr {
    fn default() -> Tr {
        Tr::new(Language::En)
    }
}

impl PartialEq for Tr {
    fn eq(&self, other: &Tr) -> bool {
        self.lang == other.lang
    }
}

impl Eq for Tr {}

impl Tr {
    /// The messages of `lang`.
    pub fn new(lang: Language) -> Tr {
        Tr { lang, bundle: bundle(lang) }
    }

    /// The language these messages are in.
    pub fn lang(self) -> Language {
        self.lang
    }

    /// The message `key`, with no arguments.
    pub fn get(self, key: &str) -> String {
        // Without arguments a message always says the same: each is formatted once per language
        // and thread (a table of 25,000 rows names a stance or a phase in every row).
        thread_local! {
            static SAID: RefCell<[Formatted; 3]> = RefCell::default();
        }
        SAID.with_borrow_mut(|said| {
            let said = &mut said[index(self.lang)];
            if let Some(text) = said.get(key) {
                return String::from(&**text);
            }
            let text = self.format(key, None);
            said.insert(key.into(), text.as_str().into());
            text
        })
    }

    /// The message `key` with one text argument, `name` = `value`: the same as [`Tr::args`], but
    /// each value is formatted once per language and thread (a plan writes `Owner:` on each of
    /// 25,000 loop cards, and the same few hundred dates over and over).
    pub fn arg(self, key: &'static str, name: &'static str, value: &str) -> String {
        thread_local! {
            static SAID: RefCell<[FormattedWith; 3]> = RefCell::default();
        }
        SAID.with_borrow_mut(|said| {
            let said = said[index(self.lang)].entry((key, name)).or_default();
            if let Some(text) = said.get(value) {
                return String::from(&**text);
            }
            let text = self.args(key, &[(name, Arg::from(value))]);
            if said.len() >= KEPT_WITH {
                said.clear();
            }
            said.insert(value.into(), text.as_str().into());
            text
        })
    }

    /// The message `key` with its arguments: `tr.args("handout-overdue", &[("count", 2.into())])`.
    pub fn args(self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fluent = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            match value {
                Arg::Num(n) => fluent.set(*name, FluentValue::from(*n)),
                Arg::Text(t) => fluent.set(*name, FluentValue::from(t.as_ref())),
            }
        }
        self.format(key, Some(&fluent))
    }

    /// A day for a reader: `2026-12-19` in English (as cvc's English reports have always
    /// written it), `19 décembre 2026` in French and `19. Dezember 2026` in German.
    pub fn day(self, day: Day) -> String {
        match self.lang {
            Language::En => day.to_string(),
            Language::Fr | Language::De => super::date(day, self.lang),
        }
    }

    /// The message in this language, else in English, else its key.
    fn format(self, key: &str, args: Option<&FluentArgs>) -> String {
        let english = || bundle(Language::En);
        for bundle in [self.bundle].into_iter().chain(std::iter::once_with(english)) {
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle.format_pattern(pattern, args, &mut errors).into_owned();
            }
        }
        key.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_prose_are_grouped_the_languages_way_and_english_is_as_it_was() {
        let count = |lang| Tr::new(lang).args("picture-too-many-stakeholders", &[("count", 100_000.into())]);
        assert!(count(Language::Fr).starts_with("100\u{a0}000 "), "{}", count(Language::Fr));
        assert!(count(Language::De).starts_with("100.000 Stakeholder"), "{}", count(Language::De));
        assert!(count(Language::En).starts_with("100000 stakeholders"), "{}", count(Language::En));
        let half = Tr::new(Language::De).args("picture-too-many-stakeholders", &[("count", 2.5.into())]);
        assert!(half.starts_with("2,5 "), "{half}");
    }
}
