//! The keys written for people: help and the footer read the table through these.

use super::{Binding, Key, Mode, table};
use ratatui::crossterm::event::KeyCode;

impl Key {
    /// How help and the footer write the key.
    pub(crate) fn name(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift+Tab".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            other => format!("{other:?}"),
        };
        match (self.ctrl, self.shift) {
            (true, _) => format!("Ctrl+{base}"),
            (_, true) => format!("Shift+{base}"),
            _ => base,
        }
    }
}

/// The bindings of a mode, for help and the footer.
pub fn bindings(mode: Mode) -> impl Iterator<Item = &'static Binding> {
    table().iter().filter(move |b| b.mode == mode)
}

/// The keys of a binding, written for people: "↑ k".
pub fn key_names(b: &Binding) -> String {
    b.keys.iter().map(Key::name).collect::<Vec<_>>().join(" ")
}
