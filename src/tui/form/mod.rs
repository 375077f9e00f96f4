//! The details form: one field per line, text, choices, scales and toggles, checked as typed.

mod complete;
mod entry;
mod field;
mod key;
mod labels;
mod loops;
#[cfg(test)]
mod roundtrip;
mod specs;

pub(crate) use field::{Field, Problem};
pub(crate) use key::{BlockKey, ContextKey, Key, ReadingKey};
pub(crate) use labels::{label_in, title_in};
pub(crate) use loops::{loop_check, reading_form};
pub(crate) use specs::{apply, form_for};

use ratatui::crossterm::event::KeyEvent;
use ratatui_textarea::{CursorMove, TextArea};

use crate::model::{Day, EntryKind};

/// What the form edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    /// The entry at this index of its section.
    Entry(EntryKind, usize),
    /// The canvas's title block and context.
    Context,
    /// The agenda block at this index.
    Block(usize),
    /// The action at this index, from the loop review: status, loop and next review (and an
    /// indicator, when it has none).
    LoopCheck(usize),
    /// A new reading of the indicator of the action at this index, dated this day by default.
    Reading(usize, Day),
}

/// How a text field's content is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Check {
    /// Any text.
    Free,
    /// Empty or a real `YYYY-MM-DD` date.
    Date,
    /// A whole number.
    Number,
    /// Real `YYYY-MM-DD` dates separated by commas, or none.
    Dates,
}

/// A field's value while it is edited.
#[derive(Debug, Clone)]
pub(crate) enum Value {
    /// One line of text.
    Text(Box<TextArea<'static>>, Check),
    /// One of a list, or unset (`None`).
    Choice {
        /// The options as people read them.
        options: Vec<String>,
        /// The chosen one.
        index: Option<usize>,
    },
    /// A number on a scale, or unset.
    Scale {
        /// Lowest value.
        min: u8,
        /// Highest value.
        max: u8,
        /// The value.
        value: Option<u8>,
    },
    /// Any number of options switched on.
    Toggles {
        /// The options as people read them.
        options: Vec<String>,
        /// Which are on.
        on: Vec<bool>,
        /// The option the cursor is on.
        cursor: usize,
    },
}

/// An open form: its fields, which has the focus, and what it edits.
#[derive(Debug, Clone)]
pub struct Form {
    /// What is edited.
    pub(crate) target: Target,
    /// The form's title.
    pub(crate) title: String,
    /// The fields in order.
    pub fields: Vec<Field>,
    /// The field with the focus.
    pub focus: usize,
    /// Lines shown above the fields, for context.
    pub(crate) about: Vec<String>,
    /// `Esc` was pressed once on changed fields; a second `Esc` throws the changes away.
    pub(crate) leaving: bool,
    /// The form's entry was added for it (a new agenda block): leaving the form takes it back.
    pub(crate) fresh: bool,
    /// The language its date fields are typed in (`demain`, `+2s`; the app sets the screens').
    pub(crate) lang: crate::model::Language,
}

impl Form {
    /// A form on `target` with its fields, the focus on the first, nothing said above them.
    pub(crate) fn new(target: Target, title: String, fields: Vec<Field>) -> Form {
        let lang = crate::model::Language::En;
        Form { target, title, fields, focus: 0, about: Vec::new(), leaving: false, fresh: false, lang }
    }

    /// Moves the focus to the next field (or back), wrapping around.
    pub(crate) fn move_focus(&mut self, forward: bool) {
        let n = self.fields.len();
        self.focus = if forward { (self.focus + 1) % n } else { (self.focus + n - 1) % n };
        // A filled text field is selected when reached: typing replaces it, an arrow edits it.
        if let Value::Text(area, _) = &mut self.fields[self.focus].value {
            area.select_all();
        }
    }

    /// Selects the focused text field's text, so typing replaces it (a pre-filled placeholder
    /// such as a new agenda block's "New block").
    pub(crate) fn select_focused(&mut self) {
        if let Value::Text(area, _) = &mut self.fields[self.focus].value {
            area.select_all();
        }
    }

    /// Leaves the focused field for the next (or previous) one, as Tab and Enter do: a shown
    /// completion is taken first, and a field whose text does not check keeps the focus, its
    /// problem shown, so the next words typed do not land one field down.
    pub(crate) fn leave_field(&mut self, forward: bool) -> Result<(), Problem> {
        let field = &mut self.fields[self.focus];
        if forward {
            field.complete();
        }
        if let Some(problem) = field.problem(self.lang).filter(|_| !field.text_value().is_empty()) {
            field.error = Some(problem.clone());
            return Err(problem);
        }
        self.move_focus(forward);
        Ok(())
    }

    /// Whether any field differs from `other` (the same form as it was opened).
    pub(crate) fn differs_from(&self, other: &Form) -> bool {
        self.fields.len() != other.fields.len()
            || self.fields.iter().zip(&other.fields).any(|(a, b)| a.text_value() != b.text_value())
    }

    /// True when the focus is on the last field.
    pub(crate) fn on_last(&self) -> bool {
        self.focus + 1 == self.fields.len()
    }

    /// The focused field's name and its problem (empty when it has none), in `tr`'s language.
    pub(crate) fn problem_text(&self, tr: crate::i18n::Tr) -> (String, String) {
        let field = &self.fields[self.focus];
        let label = label_in(tr, field.label);
        let problem = field.error.as_ref().map(|p| p.text(tr, &label)).unwrap_or_default();
        (label, problem)
    }

    /// Left or right on the focused field: the cursor, or the previous or next choice.
    pub(crate) fn step(&mut self, forward: bool) {
        self.fields[self.focus].step(forward);
        self.recheck();
    }

    /// A key typed into the focused field.
    pub(crate) fn key(&mut self, key: KeyEvent) {
        self.fields[self.focus].key(key);
        self.recheck();
    }

    /// Pasted text into the focused text field.
    pub(crate) fn paste(&mut self, text: &str) {
        if let Value::Text(area, _) = &mut self.fields[self.focus].value {
            area.insert_str(text.replace(['\r', '\n', '\t'], " "));
        }
        self.recheck();
    }

    /// Checks the focused field again as it is typed (only format checks; "needed" waits for save).
    fn recheck(&mut self) {
        let field = &mut self.fields[self.focus];
        field.error = field.problem(self.lang).filter(|_| !field.text_value().is_empty());
    }

    /// Checks every field; on a problem, focuses the first one and returns false.
    pub(crate) fn check_all(&mut self) -> bool {
        for f in &mut self.fields {
            f.error = f.problem(self.lang);
        }
        match self.fields.iter().position(|f| f.error.is_some()) {
            Some(i) => {
                self.focus = i;
                false
            }
            None => true,
        }
    }

    /// The field with this key.
    pub(crate) fn field(&self, key: impl Into<Key>) -> &Field {
        let key = key.into();
        self.fields.iter().find(|f| f.key == key).unwrap_or_else(|| panic!("the form has no field {key:?}"))
    }

    /// The trimmed text of a field.
    pub(crate) fn text(&self, key: impl Into<Key>) -> String {
        self.field(key).text_value()
    }

    /// Chooses the option labelled `label` in a choice field (nothing changes if none is).
    pub(crate) fn choose(&mut self, key: impl Into<Key>, label: &str) {
        let key = key.into();
        if let Some(Field { value: Value::Choice { options, index }, .. }) =
            self.fields.iter_mut().find(|f| f.key == key)
            && let Some(at) = options.iter().position(|o| o == label)
        {
            *index = Some(at);
        }
    }

    /// The index of a choice field's chosen option.
    pub(crate) fn index(&self, key: impl Into<Key>) -> Option<usize> {
        match &self.field(key).value {
            Value::Choice { index, .. } => *index,
            _ => None,
        }
    }

    /// The chosen enum value of a choice field.
    pub(crate) fn choice<T: Copy>(&self, key: impl Into<Key>, all: &[T]) -> Option<T> {
        self.index(key).and_then(|i| all.get(i).copied())
    }

    /// The value of a scale field.
    pub(crate) fn scale(&self, key: impl Into<Key>) -> Option<u8> {
        match &self.field(key).value {
            Value::Scale { value, .. } => *value,
            _ => None,
        }
    }

    /// The switched-on options of a toggles field, as enum values.
    pub(crate) fn toggled<T: Copy>(&self, key: impl Into<Key>, all: &[T]) -> Vec<T> {
        match &self.field(key).value {
            Value::Toggles { on, .. } => all.iter().zip(on).filter(|(_, on)| **on).map(|(v, _)| *v).collect(),
            _ => Vec::new(),
        }
    }

    /// Writes every relative day typed in a date field (`today`, `+2w`, `friday`) as the date it
    /// means, so the form shows and saves a date.
    pub(crate) fn resolve_dates(&mut self, today: Day) {
        for field in &mut self.fields {
            let text = field.text_value();
            // A date already written as one resolves to itself and is left as typed.
            if let Value::Text(area, Check::Date) = &mut field.value
                && let Ok(day) = Day::resolve_in(&text, today, self.lang)
                && day.to_string() != text
            {
                **area = TextArea::new(vec![day.to_string()]);
                area.move_cursor(CursorMove::End);
                field.error = None;
            }
        }
    }

    /// A date field's value (checked by `check_all` first).
    pub(crate) fn date(&self, key: impl Into<Key>) -> Option<Day> {
        self.text(key).parse().ok()
    }
}
