//! The details form: one field per line, text, choices, scales and toggles, checked as typed.

mod complete;
mod entry;
mod key;
mod loops;
#[cfg(test)]
mod roundtrip;
mod specs;

pub use key::{BlockKey, ContextKey, Key, ReadingKey};
pub use loops::{loop_check, reading_form};
pub use specs::{apply, form_for};

use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui_textarea::{CursorMove, TextArea};

use crate::model::{Day, EntryKind};

/// What the form edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
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
pub enum Check {
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
pub enum Value {
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

/// One line of the form.
#[derive(Debug, Clone)]
pub struct Field {
    /// Which field it is.
    pub key: Key,
    /// What the form calls it.
    pub label: &'static str,
    /// Its value.
    pub value: Value,
    /// Whether it must be filled in.
    pub required: bool,
    /// What is wrong with it, shown beside it.
    pub error: Option<String>,
    /// Names a text field offers as it is typed (owners: the people the canvas knows).
    pub completions: Vec<String>,
}

impl Field {
    /// A text field.
    pub fn text(key: impl Into<Key>, label: &'static str, text: &str, check: Check) -> Field {
        let mut area = TextArea::new(vec![text.replace('\n', " ")]);
        area.move_cursor(CursorMove::End);
        Field::new(key, label, Value::Text(Box::new(area), check))
    }

    fn new(key: impl Into<Key>, label: &'static str, value: Value) -> Field {
        Field { key: key.into(), label, value, required: false, error: None, completions: Vec::new() }
    }

    /// A choice among enum values.
    pub fn choice<T: Copy + PartialEq + std::fmt::Display>(
        key: impl Into<Key>,
        label: &'static str,
        all: &[T],
        current: Option<T>,
    ) -> Field {
        let options = all.iter().map(|v| v.to_string()).collect();
        let index = current.and_then(|c| all.iter().position(|v| *v == c));
        Field::new(key, label, Value::Choice { options, index })
    }

    /// A choice among these options, the one at `index` chosen.
    pub fn pick(
        key: impl Into<Key>,
        label: &'static str,
        options: Vec<String>,
        index: Option<usize>,
    ) -> Field {
        Field::new(key, label, Value::Choice { options, index })
    }

    /// A scale from `min` to `max`.
    pub fn scale(key: impl Into<Key>, label: &'static str, min: u8, max: u8, value: Option<u8>) -> Field {
        Field::new(key, label, Value::Scale { min, max, value })
    }

    /// Toggles, one per option.
    pub fn toggles(key: impl Into<Key>, label: &'static str, options: Vec<String>, on: Vec<bool>) -> Field {
        Field::new(key, label, Value::Toggles { options, on, cursor: 0 })
    }

    /// The same field, marked as needed.
    pub fn needed(mut self) -> Field {
        self.required = true;
        self
    }

    /// The text of a text field (trimmed), or the chosen option's label.
    pub fn text_value(&self) -> String {
        match &self.value {
            Value::Text(area, _) => area.lines().join(" ").trim().to_string(),
            Value::Choice { options, index } => index.map(|i| options[i].clone()).unwrap_or_default(),
            Value::Scale { value, .. } => value.map(|v| v.to_string()).unwrap_or_default(),
            Value::Toggles { options, on, .. } => options
                .iter()
                .zip(on)
                .filter(|(_, on)| **on)
                .map(|(o, _)| o.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        }
    }

    /// Checks the field as it stands; `None` when it is fine.
    fn problem(&self) -> Option<String> {
        let text = self.text_value();
        if self.required && text.is_empty() {
            return Some(format!("{} is needed", self.label));
        }
        match &self.value {
            // Relative days (`+2w`, `friday`) are checked as words here and become dates when
            // the field is left; whether they resolve does not depend on which day it is.
            Value::Text(_, Check::Date) if !text.is_empty() => Day::resolve(&text, Day::today()).err(),
            Value::Text(_, Check::Dates) => crate::import::days(&text).err(),
            Value::Text(_, Check::Number) if !text.is_empty() && text.parse::<u32>().is_err() => {
                Some(format!("expected a whole number, found \"{text}\""))
            }
            _ => None,
        }
    }

    fn step(&mut self, forward: bool) {
        if forward && self.complete() {
            return;
        }
        match &mut self.value {
            Value::Text(area, _) => {
                area.move_cursor(if forward { CursorMove::Forward } else { CursorMove::Back });
            }
            Value::Choice { options, index } => {
                let n = options.len();
                // The cycle runs through "unset" and then every option.
                let pos = index.map_or(0, |i| i + 1);
                let next = if forward { (pos + 1) % (n + 1) } else { (pos + n) % (n + 1) };
                *index = next.checked_sub(1);
            }
            Value::Scale { min, max, value } => {
                *value = match (*value, forward) {
                    (None, true) => Some(*min),
                    (Some(v), true) => Some((v + 1).min(*max)),
                    (Some(v), false) if v > *min => Some(v - 1),
                    _ => None,
                }
            }
            Value::Toggles { options, cursor, .. } => {
                let n = options.len().max(1);
                *cursor = if forward { (*cursor + 1) % n } else { (*cursor + n - 1) % n };
            }
        }
    }

    fn key(&mut self, key: KeyEvent) {
        match (&mut self.value, key.code) {
            (Value::Text(area, _), _) => crate::tui::line::edit(area, key),
            (Value::Toggles { on, cursor, .. }, KeyCode::Char(' ')) => on[*cursor] = !on[*cursor],
            (Value::Choice { .. } | Value::Scale { .. }, KeyCode::Char(' ')) => self.step(true),
            (Value::Choice { options, index }, KeyCode::Char(c)) => {
                // The same letter again moves on to the next option that starts with it.
                let c = c.to_lowercase().next().unwrap_or(c);
                let n = options.len();
                let from = index.map_or(0, |i| i + 1);
                let next = (0..n).map(|k| (from + k) % n).find(|&i| options[i].to_lowercase().starts_with(c));
                if let Some(i) = next {
                    *index = Some(i);
                }
            }
            (Value::Scale { min, max, value }, KeyCode::Char(c)) => {
                if let Some(d) = c.to_digit(10).map(|d| d as u8).filter(|d| (*min..=*max).contains(d)) {
                    *value = Some(d);
                }
            }
            (Value::Choice { index, .. }, KeyCode::Backspace | KeyCode::Delete) => *index = None,
            (Value::Scale { value, .. }, KeyCode::Backspace | KeyCode::Delete) => *value = None,
            _ => {}
        }
    }
}

/// An open form: its fields, which has the focus, and what it edits.
#[derive(Debug, Clone)]
pub struct Form {
    /// What is edited.
    pub target: Target,
    /// The form's title.
    pub title: String,
    /// The fields in order.
    pub fields: Vec<Field>,
    /// The field with the focus.
    pub focus: usize,
    /// Lines shown above the fields, for context.
    pub about: Vec<String>,
    /// `Esc` was pressed once on changed fields; a second `Esc` throws the changes away.
    pub leaving: bool,
}

impl Form {
    /// Moves the focus to the next field (or back), wrapping around.
    pub fn move_focus(&mut self, forward: bool) {
        let n = self.fields.len();
        self.focus = if forward { (self.focus + 1) % n } else { (self.focus + n - 1) % n };
        // A filled text field is selected when reached: typing replaces it, an arrow edits it.
        if let Value::Text(area, _) = &mut self.fields[self.focus].value {
            area.select_all();
        }
    }

    /// Selects the focused text field's text, so typing replaces it (a pre-filled placeholder
    /// such as a new agenda block's "New block").
    pub fn select_focused(&mut self) {
        if let Value::Text(area, _) = &mut self.fields[self.focus].value {
            area.select_all();
        }
    }

    /// Leaves the focused field for the next (or previous) one, as Tab and Enter do: a shown
    /// completion is taken first, and a field whose text does not check keeps the focus, its
    /// problem shown, so the next words typed do not land one field down.
    pub fn leave_field(&mut self, forward: bool) -> Result<(), String> {
        let field = &mut self.fields[self.focus];
        if forward {
            field.complete();
        }
        if let Some(problem) = field.problem().filter(|_| !field.text_value().is_empty()) {
            field.error = Some(problem.clone());
            return Err(format!("{}: {problem}", field.label));
        }
        self.move_focus(forward);
        Ok(())
    }

    /// Whether any field differs from `other` (the same form as it was opened).
    pub fn differs_from(&self, other: &Form) -> bool {
        self.fields.len() != other.fields.len()
            || self.fields.iter().zip(&other.fields).any(|(a, b)| a.text_value() != b.text_value())
    }

    /// True when the focus is on the last field.
    pub fn on_last(&self) -> bool {
        self.focus + 1 == self.fields.len()
    }

    /// Left or right on the focused field: the cursor, or the previous or next choice.
    pub fn step(&mut self, forward: bool) {
        self.fields[self.focus].step(forward);
        self.recheck();
    }

    /// A key typed into the focused field.
    pub fn key(&mut self, key: KeyEvent) {
        self.fields[self.focus].key(key);
        self.recheck();
    }

    /// Pasted text into the focused text field.
    pub fn paste(&mut self, text: &str) {
        if let Value::Text(area, _) = &mut self.fields[self.focus].value {
            area.insert_str(text.replace(['\r', '\n', '\t'], " "));
        }
        self.recheck();
    }

    /// Checks the focused field again as it is typed (only format checks; "needed" waits for save).
    fn recheck(&mut self) {
        let field = &mut self.fields[self.focus];
        field.error = field.problem().filter(|_| !field.text_value().is_empty());
    }

    /// Checks every field; on a problem, focuses the first one and returns false.
    pub fn check_all(&mut self) -> bool {
        for f in &mut self.fields {
            f.error = f.problem();
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
    pub fn field(&self, key: impl Into<Key>) -> &Field {
        let key = key.into();
        self.fields.iter().find(|f| f.key == key).unwrap_or_else(|| panic!("the form has no field {key:?}"))
    }

    /// The trimmed text of a field.
    pub fn text(&self, key: impl Into<Key>) -> String {
        self.field(key).text_value()
    }

    /// Chooses the option labelled `label` in a choice field (nothing changes if none is).
    pub fn choose(&mut self, key: impl Into<Key>, label: &str) {
        let key = key.into();
        if let Some(Field { value: Value::Choice { options, index }, .. }) =
            self.fields.iter_mut().find(|f| f.key == key)
            && let Some(at) = options.iter().position(|o| o == label)
        {
            *index = Some(at);
        }
    }

    /// The index of a choice field's chosen option.
    pub fn index(&self, key: impl Into<Key>) -> Option<usize> {
        match &self.field(key).value {
            Value::Choice { index, .. } => *index,
            _ => None,
        }
    }

    /// The chosen enum value of a choice field.
    pub fn choice<T: Copy>(&self, key: impl Into<Key>, all: &[T]) -> Option<T> {
        self.index(key).and_then(|i| all.get(i).copied())
    }

    /// The value of a scale field.
    pub fn scale(&self, key: impl Into<Key>) -> Option<u8> {
        match &self.field(key).value {
            Value::Scale { value, .. } => *value,
            _ => None,
        }
    }

    /// The switched-on options of a toggles field, as enum values.
    pub fn toggled<T: Copy>(&self, key: impl Into<Key>, all: &[T]) -> Vec<T> {
        match &self.field(key).value {
            Value::Toggles { on, .. } => all.iter().zip(on).filter(|(_, on)| **on).map(|(v, _)| *v).collect(),
            _ => Vec::new(),
        }
    }

    /// Writes every relative day typed in a date field (`today`, `+2w`, `friday`) as the date it
    /// means, so the form shows and saves a date.
    pub fn resolve_dates(&mut self, today: Day) {
        for field in &mut self.fields {
            let text = field.text_value();
            // A date already written as one resolves to itself and is left as typed.
            if let Value::Text(area, Check::Date) = &mut field.value
                && let Ok(day) = Day::resolve(&text, today)
                && day.to_string() != text
            {
                **area = TextArea::new(vec![day.to_string()]);
                area.move_cursor(CursorMove::End);
                field.error = None;
            }
        }
    }

    /// A date field's value (checked by `check_all` first).
    pub fn date(&self, key: impl Into<Key>) -> Option<Day> {
        self.text(key).parse().ok()
    }
}
