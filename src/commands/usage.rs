//! The command line's own mistakes (clap's errors) in the screens' language: a French or German
//! consultant who mistypes a flag is told so in French or German. English keeps clap's text.

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::i18n::Tr;
use crate::model::Language;

/// The language a command line asks for before it is understood: its `--lang` (when it names
/// one), else the config's, else the locale's.
pub(super) fn asked_language(args: &[OsString]) -> Language {
    let mut flag = None;
    let mut words = args.iter().filter_map(|a| a.to_str());
    while let Some(word) = words.next() {
        let value = match word.strip_prefix("--lang") {
            Some("") => words.next(),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        if let Some(lang) = value.and_then(crate::i18n::from_locale) {
            flag = Some(lang);
        }
    }
    let config = flag.is_none().then(|| crate::store::load_settings().0.language).flatten();
    crate::i18n::screens_language(flag, config)
}

/// One piece of an error's context as text (several values joined by `, `).
fn context(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(list) => Some(list.join(", ")),
        ContextValue::Number(n) => Some(n.to_string()),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        _ => None,
    }
}

/// What went wrong, in `tr`'s language; `None` for the kinds cvc leaves to clap.
fn said(e: &clap::Error, tr: Tr) -> Option<String> {
    let get = |kind| context(e, kind).unwrap_or_default();
    let arg = || ("arg", get(ContextKind::InvalidArg).into());
    Some(match e.kind() {
        ErrorKind::InvalidValue if e.get(ContextKind::ValidValue).is_some() => {
            let args = [
                arg(),
                ("value", get(ContextKind::InvalidValue).into()),
                ("values", get(ContextKind::ValidValue).into()),
            ];
            tr.args("usage-invalid-value-of", &args)
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            tr.args("usage-invalid-value", &[arg(), ("value", get(ContextKind::InvalidValue).into())])
        }
        ErrorKind::UnknownArgument => tr.args("usage-unknown-argument", &[arg()]),
        ErrorKind::InvalidSubcommand => {
            tr.args("usage-unknown-command", &[("name", get(ContextKind::InvalidSubcommand).into())])
        }
        ErrorKind::MissingRequiredArgument => tr.args("usage-missing", &[arg()]),
        ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues | ErrorKind::TooManyValues => {
            let count =
                context(e, ContextKind::ExpectedNumValues).or_else(|| context(e, ContextKind::MinValues));
            tr.args("usage-how-many", &[arg(), ("count", count.unwrap_or_default().into())])
        }
        ErrorKind::ArgumentConflict => {
            tr.args("usage-conflict", &[arg(), ("other", get(ContextKind::PriorArg).into())])
        }
        _ => return None,
    })
}

/// The text a command-line mistake is told with: clap's own in English (and for the kinds cvc
/// does not word), else what went wrong, the usage line and where to read more, in the language.
pub fn usage_error(e: &clap::Error, args: &[OsString]) -> String {
    let lang = asked_language(args);
    let tr = Tr::new(lang);
    match said(e, tr).filter(|_| lang != Language::En) {
        None => e.render().to_string(),
        Some(what) => {
            let mut text = tr.args("usage-error", &[("what", what.into())]);
            // A close match, as clap offers one: `--format` for `--formt`.
            let similar = [
                (ContextKind::SuggestedArg, "argument"),
                (ContextKind::SuggestedSubcommand, "command"),
                (ContextKind::SuggestedValue, "value"),
            ];
            for (kind, word) in similar {
                if let Some(close) = context(e, kind) {
                    let args = [("kind", word.into()), ("similar", close.into())];
                    text.push_str("\n\n  ");
                    text.push_str(&tr.args("usage-similar", &args));
                }
            }
            if let Some(usage) = context(e, ContextKind::Usage) {
                let usage = usage.trim();
                let line = usage.strip_prefix("Usage:").map_or(usage, str::trim_start);
                text.push_str("\n\n");
                text.push_str(&tr.args("usage-line", &[("usage", line.into())]));
            }
            text.push_str("\n\n");
            text.push_str(&tr.get("usage-more"));
            text.push('\n');
            text
        }
    }
}
