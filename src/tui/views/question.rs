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
            let mut all = vec!["Reloading drops these changes, which are not on disk:".to_string()];
            all.extend(lost.iter().map(|l| format!("  {l}")));
            all.push(String::new());
            all.push("y reloads and drops them · n goes back".into());
            question(f, screen, "Reload from disk?", &all, s);
        }
        Question::Gap(secs) => {
            let block = w.canvas.agenda.get(w.clock.block).map(|b| b.title.clone()).unwrap_or_default();
            let lines = [
                format!("{} min {} s passed without the clock ticking", secs / 60, secs % 60),
                "(the laptop slept, or cvc was stopped). The clock is paused.".to_string(),
                String::new(),
                format!("y  count that time for {block} · n  do not count it"),
            ];
            question(f, screen, "Time missing", &lines, s);
        }
        Question::CannotSave(why) => {
            let lines = [
                format!("{} cannot be written: {why}.", file_name(&w.path)),
                "Your changes are safe in cvc; it tries again every second.".to_string(),
                String::new(),
                "s  save to another file".to_string(),
                "Esc  keep working (the title bar shows \"not saved\" until it works)".to_string(),
            ];
            question(f, screen, "Cannot save", &lines, s);
        }
        Question::Conflict => {
            let lines = [
                format!("{} was changed by another program since cvc opened it.", file_name(&w.path)),
                "cvc has not overwritten it. Your latest changes are still here.".to_string(),
                String::new(),
                "s  save your version to another file".to_string(),
                "r  reload the file from disk (your unsaved changes are dropped)".to_string(),
                "Esc  keep working without saving".to_string(),
            ];
            question(f, screen, "The file changed on disk", &lines, s);
        }
    }
}
