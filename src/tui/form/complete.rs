//! Completions for a text field: the people a canvas knows, offered as an owner is typed and
//! taken with `→` at the end of the line.

use ratatui_textarea::{CursorMove, TextArea};

use super::{Field, Value};
use crate::model::Canvas;

/// The names an owner field offers: the participants, then the stakeholders, then anyone who
/// already owns a task or action, each once.
pub(crate) fn owner_names(c: &Canvas) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let all = c
        .context
        .participants
        .iter()
        .chain(c.stakeholders.iter().map(|s| &s.name))
        .chain(c.tasks.iter().map(|t| &t.owner))
        .chain(c.actions.iter().map(|a| &a.owner));
    for name in all {
        let name = name.trim();
        if !name.is_empty() && !names.iter().any(|n| n.eq_ignore_ascii_case(name)) {
            names.push(name.to_string());
        }
    }
    names
}

impl Field {
    /// The same field, offering these completions.
    pub(crate) fn completing(mut self, names: Vec<String>) -> Field {
        self.completions = names;
        self
    }

    /// The completion the typed text leads to: the first offered name that starts with it
    /// (ignoring case) and is longer; only while the cursor is at the end of the line.
    pub(crate) fn suggestion(&self) -> Option<&str> {
        let Value::Text(area, _) = &self.value else { return None };
        let typed = area.lines().first().map(String::as_str).unwrap_or_default();
        let at_end = area.cursor().1 == typed.chars().count();
        if typed.trim().is_empty() || !at_end {
            return None;
        }
        let typed = typed.to_lowercase();
        self.completions
            .iter()
            .find(|n| n.to_lowercase().starts_with(&typed) && n.chars().count() > typed.chars().count())
            .map(String::as_str)
    }

    /// Takes the suggestion, if there is one; true when it did.
    pub(super) fn complete(&mut self) -> bool {
        let Some(name) = self.suggestion().map(str::to_string) else { return false };
        if let Value::Text(area, _) = &mut self.value {
            **area = TextArea::new(vec![name]);
            area.move_cursor(CursorMove::End);
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, FieldKey, Stakeholder};
    use crate::tui::form::Check;
    use ratatui::crossterm::event::{KeyCode, KeyEvent};

    #[test]
    fn an_owner_completes_from_participants_stakeholders_and_owners_once_each() {
        let mut c = Canvas::new("t");
        c.context.participants = vec!["Sam Lee".into(), "Priya Nair".into()];
        c.add_stakeholder(Stakeholder { name: "Service desk".into(), ..Default::default() });
        c.add_action(Action { title: "x".into(), owner: "sam lee".into(), ..Default::default() });
        c.add_action(Action { title: "y".into(), owner: "Lars Holm".into(), ..Default::default() });
        assert_eq!(owner_names(&c), ["Sam Lee", "Priya Nair", "Service desk", "Lars Holm"]);
        let mut f = Field::text(FieldKey::Owner, "owner", "", Check::Free).completing(owner_names(&c));
        assert_eq!(f.suggestion(), None, "nothing typed, nothing offered");
        for ch in "se".chars() {
            f.key(KeyEvent::from(KeyCode::Char(ch)));
        }
        assert_eq!(f.suggestion(), Some("Service desk"));
        assert!(f.complete());
        assert_eq!(f.text_value(), "Service desk");
        assert_eq!(f.suggestion(), None, "a whole name offers nothing more");
        f.key(KeyEvent::from(KeyCode::Left));
        assert!(!f.complete(), "only at the end of the line");
    }
}
