//! A one-line text input built on ratatui-textarea.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::{CursorMove, TextArea};

/// Gives `key` to a text area as a shell's line takes it: Ctrl+U deletes back to the start of the
/// line (the text area alone would read it as undo, and a mistyped path would stay).
pub fn edit(area: &mut TextArea<'static>, key: KeyEvent) {
    if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('u') {
        area.delete_line_by_head();
    } else {
        area.input(key);
    }
}

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
            edit(&mut self.area, key);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ctrl_u_deletes_back_to_the_start_of_the_line() {
        let mut line = TextLine::with("~/nope.ron");
        line.key(KeyEvent::new(KeyCode::Left, KeyModifiers::NONE));
        line.key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
        assert_eq!(line.text(), "n");
        line.key(KeyEvent::new(KeyCode::Char('x'), KeyModifiers::NONE));
        assert_eq!(line.text(), "xn");
    }
}
