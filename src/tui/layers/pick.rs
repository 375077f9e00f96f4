//! Choosing over the workshop: the two stakeholders of a new relationship and what flows
//! between them, and the older canvas to compare with.

use std::path::PathBuf;

use super::{Layer, Step};
use crate::model::Canvas;
use crate::tui::action::Intent as A;
use crate::tui::effect::Effect;
use crate::tui::line::TextLine;
use crate::tui::workshop::{Tone, Workshop};

/// Choosing the two stakeholders of a new relationship.
#[derive(Debug, Clone, Default)]
pub struct Picker {
    /// The "from" stakeholder, once chosen.
    pub(crate) from: Option<String>,
    /// The text typed to filter stakeholders.
    pub(crate) query: TextLine,
    /// The highlighted candidate.
    pub(crate) cursor: usize,
}

/// Typing what flows along a new relationship.
#[derive(Debug, Clone)]
pub struct Exchange {
    /// From this stakeholder id.
    pub(crate) from: String,
    /// To this stakeholder id.
    pub(crate) to: String,
    /// The exchange text.
    pub(crate) line: TextLine,
}

/// Choosing the older canvas to compare with.
#[derive(Debug, Clone)]
pub struct ComparePick {
    /// The path typed or chosen.
    pub(crate) line: TextLine,
    /// Likely files, earlier revisions of this canvas first, each with its title, revision and date.
    pub(crate) candidates: Vec<(PathBuf, String)>,
    /// The highlighted candidate.
    pub(crate) cursor: usize,
}

/// The stakeholders a picker offers for its query: (id, name), the likeliest first — the id
/// typed whole, then names that start with the query, then a word of the name that does, then a
/// name that holds it anywhere; in list order within each.
pub(crate) fn candidates<'a>(c: &'a Canvas, picker: &Picker) -> Vec<(&'a str, &'a str)> {
    let q = picker.query.text().trim().to_lowercase();
    let rank = |id: &str, name: &str| -> Option<u8> {
        let name = name.to_lowercase();
        if q.is_empty() || id.to_lowercase() == q {
            Some(0)
        } else if name.starts_with(&q) {
            Some(1)
        } else if name.split_whitespace().any(|w| w.starts_with(&q)) {
            Some(2)
        } else {
            name.contains(&q).then_some(3)
        }
    };
    let mut found: Vec<(u8, &str, &str)> = c
        .stakeholders
        .iter()
        .filter_map(|s| rank(&s.id, &s.name).map(|r| (r, s.id.as_str(), s.name.as_str())))
        .collect();
    found.sort_by_key(|&(r, _, _)| r);
    found.into_iter().map(|(_, id, name)| (id, name)).collect()
}

/// The picker: typing narrows, `Enter` chooses "from", then "to", then asks what flows.
pub(super) fn picker(picker: &mut Picker, action: A, w: &mut Workshop) -> Step {
    let found: Vec<String> = candidates(&w.canvas, picker).iter().map(|(id, _)| id.to_string()).collect();
    match action {
        A::Up => picker.cursor = picker.cursor.saturating_sub(1),
        A::Down => picker.cursor = (picker.cursor + 1).min(found.len().saturating_sub(1)),
        A::Input(key) => {
            picker.query.key(key);
            picker.cursor = 0;
        }
        A::Paste(text) => picker.query.paste(&text),
        A::Cancel => {
            // "choose the next pair, or Esc" no longer holds once the picker is gone.
            w.note = None;
            return Step::Close;
        }
        A::Submit => match (found.get(picker.cursor), picker.from.take()) {
            (None, from) => picker.from = from,
            (Some(id), None) => *picker = Picker { from: Some(id.clone()), ..Default::default() },
            (Some(to), Some(from)) => {
                let line = TextLine::default();
                return Step::Replace(Layer::Exchange(Exchange { from, to: to.clone(), line }));
            }
        },
        _ => {}
    }
    Step::Stay
}

/// What flows along the new relationship: `Enter` adds it and goes back to the picker for the
/// next pair.
pub(super) fn exchange(e: &mut Exchange, action: A, w: &mut Workshop) -> Step {
    match action {
        A::Submit => {
            if let Some(id) = w.add_relationship(e.from.clone(), e.to.clone(), e.line.text()) {
                w.say(Tone::Ok, w.tr.args("note-added-link", &[("id", id.into())]));
                return Step::Replace(Layer::Picker(Picker::default()));
            }
        }
        A::Cancel => return Step::Close,
        A::Input(key) => e.line.key(key),
        A::Paste(text) => e.line.paste(&text),
        _ => {}
    }
    Step::Stay
}

/// The older canvas to compare with: ↑ ↓ choose a likely file, or a path is typed.
pub(super) fn compare_pick(pick: &mut ComparePick, action: A, w: &mut Workshop) -> Step {
    match action {
        A::Up | A::Down if !pick.candidates.is_empty() => {
            let n = pick.candidates.len();
            let cursor = pick.cursor;
            pick.cursor = if action == A::Up { (cursor + n - 1) % n } else { (cursor + 1) % n };
            pick.line = TextLine::with(&pick.candidates[pick.cursor].0.display().to_string());
        }
        A::Input(key) => pick.line.key(key),
        A::Paste(text) => pick.line.paste(&text),
        A::Cancel => return Step::Close,
        A::Submit if !pick.line.text().trim().is_empty() => {
            let path = w.beside(pick.line.text().trim());
            w.ask(Effect::LoadCompare(path));
            return Step::Close;
        }
        _ => {}
    }
    Step::Stay
}
