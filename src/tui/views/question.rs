//! The questions over the workshop: each says what is asked and which keys answer it.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::popup::{file_name, question};
use crate::tui::layers::Question;
use crate::tui::style::Styles;
use crate::tui::workshop::Workshop;

/// Draws a question over the workshop.
pub(crate) fn draw(f: &mut Frame, screen: Rect, w: &Workshop, q: &Question, s: &Styles) {
    match q {
        Question::Delete { lines, .. } => {
            let mut all = lines.clone();
            all.push(s.tr().get("ask-delete-keys"));
            question(f, screen, &s.tr().get("ask-delete-title"), &all, s);
        }
        Question::Export(path) => {
            let tr = s.tr();
            let lines = [
                tr.args("ask-export-exists", &[("file", file_name(path).into())]),
                tr.get("ask-export-keys"),
            ];
            question(f, screen, &tr.get("ask-export-title"), &lines, s);
        }
        Question::Reload(lost) => {
            let tr = s.tr();
            let mut all = vec![tr.get("ask-reload-drops")];
            all.extend(lost.iter().map(|l| format!("  {l}")));
            all.push(String::new());
            all.push(tr.get("ask-reload-keys"));
            question(f, screen, &tr.get("ask-reload-title"), &all, s);
        }
        Question::Gap(secs) => {
            let block = w.canvas.agenda.get(w.clock.block).map(|b| b.title.clone()).unwrap_or_default();
            let tr = s.tr();
            let lines = [
                tr.args(
                    "ask-gap-passed",
                    &[("minutes", (secs / 60).into()), ("seconds", (secs % 60).into())],
                ),
                tr.get("ask-gap-why"),
                String::new(),
                tr.args("ask-gap-keys", &[("block", block.into())]),
            ];
            question(f, screen, &tr.get("ask-gap-title"), &lines, s);
        }
        Question::CannotSave(why) => {
            let tr = s.tr();
            let lines = [
                tr.args(
                    "ask-cannot-save-file",
                    &[("file", file_name(&w.path).into()), ("why", why.as_str().into())],
                ),
                tr.get("ask-cannot-save-safe"),
                String::new(),
                tr.get("ask-cannot-save-elsewhere"),
                tr.get("ask-cannot-save-keep"),
            ];
            question(f, screen, &tr.get("ask-cannot-save-title"), &lines, s);
        }
        Question::CloseRoom => {
            let tr = s.tr();
            let joined = w.room.card.as_ref().map(|c| c.code.clone()).unwrap_or_default();
            let lines = [
                tr.args("ask-close-room-drops", &[("code", joined.into())]),
                tr.get("ask-close-room-inbox"),
                String::new(),
                tr.get("ask-close-room-keys"),
            ];
            question(f, screen, &tr.get("ask-close-room-title"), &lines, s);
        }
        Question::Conflict => {
            let tr = s.tr();
            let lines = [
                tr.args("ask-conflict-changed", &[("file", file_name(&w.path).into())]),
                tr.get("ask-conflict-safe"),
                String::new(),
                tr.get("ask-conflict-elsewhere"),
                tr.get("ask-conflict-reload"),
                tr.get("ask-conflict-keep"),
            ];
            question(f, screen, &tr.get("ask-conflict-title"), &lines, s);
        }
    }
}
