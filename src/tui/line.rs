//! A one-line text input built on ratatui-textarea.

use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui_textarea::{CursorMove, TextArea};

/// A single line of editable text.
#[derive(Debug, Clone, Default)]
pub struct TextLine {
    area: TextArea<'static>,
    /// `Esc` was pressed once on a half-typed line; a second `Esc` drops it.
    pub(crate) leaving: bool,
}

impl TextLine {
    /// A line holding `text`, cursor at the end.
    pub(crate) fn with(text: &str) -> TextLine {
        let mut area = TextArea::new(vec![text.to_string()]);
        area.move_cursor(CursorMove::End);
        TextLine { area, leaving: false }
    }

    /// The text typed so far.
    pub fn text(&self) -> &str {
        self.area.lines().first().map_or("", String::as_str)
    }

    /// The text area, for drawing.
    pub(crate) fn area(&self) -> &TextArea<'static> {
        &self.area
    }

    /// Takes a key; Enter never makes a second line.
    pub(crate) fn key(&mut self, key: KeyEvent) {
        if !matches!(key.code, KeyCode::Enter | KeyCode::Tab) {
            self.area.input(key);
        }
    }

    /// Takes pasted text, line breaks and tabs as spaces (words stay apart).
    pub(crate) fn paste(&mut self, text: &str) {
        self.area.insert_str(text.replace(['\r', '\n', '\t'], " "));
    }

    /// Empties the line.
    pub(crate) fn clear(&mut self) {
        *self = TextLine::default();
    }
}
