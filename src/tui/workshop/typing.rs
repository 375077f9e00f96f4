//! The one-line inputs over the lists: quick add, the parking lot, the filter, and the two steps
//! of a new relationship (choosing its stakeholders, typing what flows).

use super::{Parking, Picker, Popup, Tone, Workshop};
use crate::model::Canvas;
use crate::tui::action::Intent as A;
use crate::tui::line::TextLine;

/// The stakeholders a picker offers for its query: (id, name).
pub fn candidates<'a>(c: &'a Canvas, picker: &Picker) -> Vec<(&'a str, &'a str)> {
    let q = picker.query.text().trim().to_lowercase();
    c.stakeholders
        .iter()
        .filter(|s| q.is_empty() || s.name.to_lowercase().contains(&q) || s.id.to_lowercase() == q)
        .map(|s| (s.id.as_str(), s.name.as_str()))
        .collect()
}

impl Workshop {
    pub(super) fn quick_add(&mut self, mut line: TextLine, action: A) {
        if action != A::Cancel {
            line.leaving = false;
        }
        match action {
            A::Cancel if !line.leaving && !line.text().trim().is_empty() => {
                line.leaving = true;
                let msg = format!("Esc again drops \"{}\"; Enter adds it", line.text().trim());
                self.say(Tone::Alert, msg);
            }
            A::Submit if line.text().trim().is_empty() => return,
            A::Submit => {
                // A line that could not be added stays, with the message saying why.
                if let Some(id) = self.add_from_line(line.text()) {
                    self.say(Tone::Ok, format!("added {id}: type the next one, or Esc"));
                    line.clear();
                }
            }
            A::Cancel if line.leaving => {
                return self.say(Tone::Info, format!("dropped \"{}\"", line.text().trim()));
            }
            A::Cancel => return,
            A::Input(key) => line.key(key),
            A::Paste(text) => {
                // Pasted lines are ideas: every complete line becomes an entry, the last stays to
                // edit; a tab (a spreadsheet's cell break) keeps the words apart.
                let text = text.replace('\t', " ");
                let mut parts: Vec<&str> = text.split(['\n', '\r']).collect();
                let last = parts.pop().unwrap_or_default();
                if !parts.is_empty() {
                    let ideas: Vec<String> = parts
                        .iter()
                        .enumerate()
                        .map(
                            |(n, part)| {
                                if n == 0 { format!("{}{part}", line.text()) } else { (*part).to_string() }
                            },
                        )
                        .collect();
                    line.clear();
                    // One paste is one change: one undo step, one save, however many lines.
                    let added = self.add_lines(&ideas);
                    if added > 0 {
                        self.say(Tone::Ok, format!("added {added} pasted lines (u takes the paste back)"));
                    }
                }
                line.paste(last);
            }
            _ => {}
        }
        self.popup = Popup::QuickAdd(line);
    }

    /// The parking lot's line: `Enter` parks the question and closes; `Esc` on a typed line asks first.
    pub(super) fn park_line(&mut self, mut p: Parking, action: A) {
        let line = &mut p.line;
        if action != A::Cancel {
            line.leaving = false;
        }
        let n = self.canvas.parking.len();
        match action {
            A::Cancel if !line.leaving && !line.text().trim().is_empty() => {
                line.leaving = true;
                self.say(Tone::Alert, "Esc again drops this question; Enter parks it");
            }
            A::Cancel if line.leaving => {
                return self.say(Tone::Info, format!("dropped \"{}\"", line.text().trim()));
            }
            A::Cancel => return self.note = None,
            // ↑ ↓ choose a parked question (the newest is nearest the line); Ctrl+d removes it.
            A::Up if n > 0 => p.chosen = Some(p.chosen.map_or(n - 1, |c| c.saturating_sub(1))),
            A::Down => p.chosen = p.chosen.map(|c| c + 1).filter(|&c| c < n),
            A::Delete => match p.chosen.filter(|&c| c < n) {
                Some(c) => {
                    let question = self.canvas.parking[c].clone();
                    self.change(format!("removed \"{question}\" from the parking lot"), |cv| {
                        cv.parking.remove(c);
                    });
                    self.say(Tone::Ok, format!("removed \"{question}\" (u brings it back)"));
                    p.chosen = None;
                }
                None => self.say(Tone::Info, "↑ chooses a parked question to remove"),
            },
            A::Submit if line.text().trim().is_empty() => return,
            // Like quick add, the box stays open for the next question: what is typed after
            // Enter is never taken as keys of the screen below.
            A::Submit => {
                self.park(line.text());
                line.clear();
                p.chosen = None;
            }
            A::Input(key) => line.key(key),
            A::Paste(text) => line.paste(&text.replace(['\n', '\r'], " ")),
            _ => {}
        }
        self.popup = Popup::Park(p);
    }

    /// Adds a question to the parking lot.
    pub(super) fn park(&mut self, text: &str) {
        let question = text.trim().to_string();
        let n = self.canvas.parking.len() + 1;
        self.change(format!("parked \"{question}\""), |c| c.parking.push(question));
        self.say(Tone::Ok, format!("parked ({n} in the parking lot): type the next one, or Esc"));
    }

    pub(super) fn filter_line(&mut self, mut line: TextLine, action: A) {
        let i = self.section.index();
        match action {
            A::Submit => return,
            A::Cancel => {
                self.set_filter(self.section, "");
                self.clamp_cursor();
                return;
            }
            A::Input(key) => line.key(key),
            A::Paste(text) => line.paste(&text),
            _ => {}
        }
        self.set_filter(self.section, line.text());
        self.sections[i].cursor.selected = 0;
        self.clamp_cursor();
        self.popup = Popup::Filter(line);
    }

    pub(super) fn pick(&mut self, mut picker: Picker, action: A) {
        let found: Vec<String> =
            candidates(&self.canvas, &picker).iter().map(|(id, _)| id.to_string()).collect();
        match action {
            A::Up => picker.cursor = picker.cursor.saturating_sub(1),
            A::Down => picker.cursor = (picker.cursor + 1).min(found.len().saturating_sub(1)),
            A::Input(key) => {
                picker.query.key(key);
                picker.cursor = 0;
            }
            A::Paste(text) => picker.query.paste(&text),
            A::Cancel => return,
            A::Submit => match (found.get(picker.cursor), picker.from.take()) {
                (None, from) => picker.from = from,
                (Some(id), None) => {
                    picker = Picker { from: Some(id.clone()), ..Default::default() };
                }
                (Some(to), Some(from)) => {
                    self.popup = Popup::Exchange { from, to: to.clone(), line: TextLine::default() };
                    return;
                }
            },
            _ => {}
        }
        self.popup = Popup::Picker(picker);
    }

    pub(super) fn exchange(&mut self, from: String, to: String, mut line: TextLine, action: A) {
        match action {
            A::Submit => {
                if let Some(id) = self.add_relationship(from.clone(), to.clone(), line.text()) {
                    self.say(Tone::Ok, format!("added {id}: choose the next pair, or Esc"));
                    self.popup = Popup::Picker(Picker::default());
                    return;
                }
            }
            A::Cancel => return,
            A::Input(key) => line.key(key),
            A::Paste(text) => line.paste(&text),
            _ => {}
        }
        self.popup = Popup::Exchange { from, to, line };
    }
}
