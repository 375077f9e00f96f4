//! One line of the form: its value, how it is checked, and what keys do to it.

use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui_textarea::{CursorMove, TextArea};

use super::{Check, Key, Value};
use crate::i18n::Tr;
use crate::model::{Day, DayWhy};

/// What is wrong with a field, as a fact the form words in the screens' language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Problem {
    /// A needed field is empty.
    Needed,
    /// A date field holds no day.
    Day(DayWhy),
    /// A number field holds no whole number (the text as typed).
    Number(String),
}

impl Problem {
    /// The problem for people, about the field `label` (already in `tr`'s language).
    pub(crate) fn text(&self, tr: Tr, label: &str) -> String {
        match self {
            Problem::Needed => tr.args("form-needed", &[("field", label.into())]),
            Problem::Day(why) => why.text(tr),
            Problem::Number(text) => tr.args("form-not-a-number", &[("text", text.into())]),
        }
    }
}

/// One line of the form.
#[derive(Debug, Clone)]
pub struct Field {
    /// Which field it is.
    pub(crate) key: Key,
    /// What the form calls it.
    pub label: &'static str,
    /// Its value.
    pub(crate) value: Value,
    /// Whether it must be filled in.
    pub(crate) required: bool,
    /// What is wrong with it, shown beside it.
    pub(crate) error: Option<Problem>,
    /// Names a text field offers as it is typed (owners: the people the canvas knows).
    pub(crate) completions: Vec<String>,
    /// The vocabulary a choice's options come from (the model's English labels), so the form
    /// can show them in the screens' language; `None` for options that are names.
    pub(crate) words: Option<&'static [&'static str]>,
}

impl Field {
    /// A text field.
    pub(crate) fn text(key: impl Into<Key>, label: &'static str, text: &str, check: Check) -> Field {
        let mut area = TextArea::new(vec![text.replace('\n', " ")]);
        area.move_cursor(CursorMove::End);
        Field::new(key, label, Value::Text(Box::new(area), check))
    }

    pub(super) fn new(key: impl Into<Key>, label: &'static str, value: Value) -> Field {
        Field {
            key: key.into(),
            label,
            value,
            required: false,
            error: None,
            completions: Vec::new(),
            words: None,
        }
    }

    /// A choice among enum values.
    pub(crate) fn choice<T: Copy + PartialEq + std::fmt::Display>(
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
    pub(crate) fn pick(
        key: impl Into<Key>,
        label: &'static str,
        options: Vec<String>,
        index: Option<usize>,
    ) -> Field {
        Field::new(key, label, Value::Choice { options, index })
    }

    /// A scale from `min` to `max`.
    pub(crate) fn scale(
        key: impl Into<Key>,
        label: &'static str,
        min: u8,
        max: u8,
        value: Option<u8>,
    ) -> Field {
        Field::new(key, label, Value::Scale { min, max, value })
    }

    /// Toggles, one per option.
    pub(crate) fn toggles(
        key: impl Into<Key>,
        label: &'static str,
        options: Vec<String>,
        on: Vec<bool>,
    ) -> Field {
        Field::new(key, label, Value::Toggles { options, on, cursor: 0 })
    }

    /// The same field, marked as needed.
    pub(crate) fn needed(mut self) -> Field {
        self.required = true;
        self
    }

    /// The text of a text field (trimmed), or the chosen option's label.
    pub(crate) fn text_value(&self) -> String {
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
    pub(super) fn problem(&self, lang: crate::model::Language) -> Option<Problem> {
        let text = self.text_value();
        if self.required && text.is_empty() {
            return Some(Problem::Needed);
        }
        match &self.value {
            // Relative days (`+2w`, `friday`) are checked as words here and become dates when
            // the field is left; whether they resolve does not depend on which day it is.
            Value::Text(_, Check::Date) if !text.is_empty() => {
                Day::resolve_in(&text, Day::today(), lang).err().map(Problem::Day)
            }
            Value::Text(_, Check::Dates) => crate::import::day_list(&text, lang).err().map(Problem::Day),
            Value::Text(_, Check::Number) if !text.is_empty() && text.parse::<u32>().is_err() => {
                Some(Problem::Number(text))
            }
            _ => None,
        }
    }

    pub(super) fn step(&mut self, forward: bool) {
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

    pub(super) fn key(&mut self, key: KeyEvent) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DayError, Language};

    #[test]
    fn every_problem_reads_in_english_as_it_always_did_and_is_translated() {
        let whys = [
            DayWhy::Tomorrow,
            DayWhy::Yesterday,
            DayWhy::Shift("+2x".into()),
            DayWhy::Typed("next week".into()),
            DayWhy::Date(DayError::Shape("2026-2-3".into())),
            DayWhy::Date(DayError::NoSuchDay("2026-02-30".into())),
            DayWhy::Written("12/31/2026".into()),
        ];
        for why in whys {
            let problem = Problem::Day(why.clone());
            assert_eq!(problem.text(Tr::default(), "due"), why.to_string());
            for lang in [Language::Fr, Language::De] {
                assert_ne!(problem.text(Tr::new(lang), "due"), why.to_string(), "{lang:?}: {why:?}");
            }
        }
        assert_eq!(
            Problem::Number("x".into()).text(Tr::default(), "minutes"),
            "expected a whole number, found \"x\""
        );
        assert_eq!(Problem::Needed.text(Tr::default(), "title"), "title is needed");
        assert_eq!(Problem::Needed.text(Tr::new(Language::Fr), "titre"), "titre\u{a0}: champ obligatoire");
    }
}
