//! The keys written for people: help and the footer read the table through these.

use super::{Binding, Key, Mode, table};
use crate::i18n::Tr;
use ratatui::crossterm::event::KeyCode;

impl Key {
    /// How help and the footer write the key, in `tr`'s language: `Enter` is `Entrée` in French,
    /// `Space` is `Leertaste` and `Ctrl` is `Strg` in German, as each language's keyboards and prose
    /// name them.
    pub(crate) fn name(&self, tr: Tr) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => tr.get("keyname-space"),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::Enter => tr.get("keyname-enter"),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => format!("{}+Tab", tr.get("keyname-shift")),
            KeyCode::PageUp => tr.get("keyname-page-up"),
            KeyCode::PageDown => tr.get("keyname-page-down"),
            KeyCode::Home => tr.get("keyname-home"),
            KeyCode::End => tr.get("keyname-end"),
            other => format!("{other:?}"),
        };
        match (self.ctrl, self.shift) {
            (true, _) => format!("{}+{base}", tr.get("keyname-ctrl")),
            (_, true) => format!("{}+{base}", tr.get("keyname-shift")),
            _ => base,
        }
    }
}

/// The bindings of a mode, for help and the footer.
pub fn bindings(mode: Mode) -> impl Iterator<Item = &'static Binding> {
    table().iter().filter(move |b| b.mode == mode)
}

/// The keys of a binding shown to people speaking `tr`'s language: all but the words of other
/// languages (`y` and `j` in German, `y` in English).
fn shown(b: &Binding, tr: Tr) -> impl Iterator<Item = &Key> {
    b.keys.iter().filter(move |k| k.shown_in.is_none_or(|l| l == tr.lang()))
}

/// The keys of a binding, written for people: "↑ k".
pub fn key_names(b: &Binding, tr: Tr) -> String {
    shown(b, tr).map(|k| k.name(tr)).collect::<Vec<_>>().join(" ")
}

/// The one key the footer shows for a binding: the language's own word (`j` ja, `o` oui), else
/// the first.
pub fn first_key_name(b: &Binding, tr: Tr) -> String {
    let own = b.keys.iter().find(|k| k.shown_in == Some(tr.lang()));
    own.or_else(|| shown(b, tr).next()).map(|k| k.name(tr)).unwrap_or_default()
}
