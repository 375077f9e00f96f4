//! What keys do while a popup is open: inputs, the picker, the form, questions.

use jiff::civil::DateTime;

use super::{Popup, Tone, Workshop};
use std::path::PathBuf;

use crate::model::{Block, BlockKind};
use crate::tui::action::Intent as A;
use crate::tui::effect::Effect;
use crate::tui::form::{Target, apply, form_for};
use crate::tui::line::TextLine;

impl Workshop {
    pub(super) fn update_popup(&mut self, action: A, now: DateTime) {
        match std::mem::take(&mut self.popup) {
            Popup::None => {}
            Popup::QuickAdd(line) => self.quick_add(line, action),
            Popup::Filter(line) => self.filter_line(line, action),
            Popup::Picker(picker) => self.pick(picker, action),
            Popup::Exchange { from, to, line } => self.exchange(from, to, line, action),
            Popup::Form(form) => self.form(*form, action),
            Popup::ConfirmDelete { kind, index, lines } => match action {
                A::Yes => self.delete(kind, index),
                A::No => self.say(Tone::Info, "nothing deleted"),
                _ => self.popup = Popup::ConfirmDelete { kind, index, lines },
            },
            Popup::ConfirmExport(path) => match action {
                A::Yes => self.export(path, true),
                A::No => self.say(Tone::Info, "export not written"),
                _ => self.popup = Popup::ConfirmExport(path),
            },
            Popup::Gap(secs) => match action {
                A::Yes => self.settle_gap(true, now),
                A::No | A::Cancel => self.settle_gap(false, now),
                _ => self.popup = Popup::Gap(secs),
            },
            Popup::ConfirmReload(lost) => match action {
                A::Yes => self.ask(Effect::Reload),
                A::No | A::Cancel => self.popup = Popup::Conflict,
                _ => self.popup = Popup::ConfirmReload(lost),
            },
            Popup::Conflict => self.conflict(action, now),
            Popup::CannotSave(why) => match action {
                A::SaveElsewhere => self.conflict(action, now),
                A::Cancel => self.say(Tone::Alert, format!("NOT SAVED ({why}); retrying every second")),
                _ => self.popup = Popup::CannotSave(why),
            },
            Popup::SaveAs(line) => self.save_as(line, action, now),
            Popup::Agenda(cursor) => self.agenda(cursor, action, now),
            Popup::ComparePick { line, candidates, cursor } => {
                self.compare_pick(line, candidates, cursor, action);
            }
            Popup::Loops(loops) => self.loops(loops, action),
            Popup::Park(parking) => self.park_line(parking, action),
        }
    }

    fn form(&mut self, mut form: crate::tui::form::Form, action: A) {
        if action != A::Cancel {
            form.leaving = false;
        }
        if matches!(action, A::NextField | A::PrevField | A::Submit | A::SaveForm) {
            form.resolve_dates(self.today);
        }
        let save = match action {
            A::NextField | A::PrevField => {
                if let Err(problem) = form.leave_field(action == A::NextField) {
                    self.say(Tone::Alert, format!("{problem} (fix it here first)"));
                }
                false
            }
            A::Left => {
                form.step(false);
                false
            }
            A::Right => {
                form.step(true);
                false
            }
            A::Input(key) => {
                form.key(key);
                false
            }
            A::Paste(text) => {
                form.paste(&text);
                false
            }
            A::Submit if !form.on_last() => {
                if let Err(problem) = form.leave_field(true) {
                    self.say(Tone::Alert, format!("{problem} (fix it here first)"));
                }
                false
            }
            A::Submit | A::SaveForm => true,
            A::Cancel if !form.leaving && form.differs_from(&form_for(&self.canvas, form.target)) => {
                form.leaving = true;
                self.say(Tone::Alert, "Esc again throws these changes away; Ctrl+s saves them");
                false
            }
            A::Cancel => {
                let what = if form.leaving { "changes thrown away" } else { "no change" };
                self.say(Tone::Info, what);
                return self.after_form(form.target, false);
            }
            _ => false,
        };
        if save && let Some(problem) = self.reading_problem(&form) {
            self.say(Tone::Alert, format!("not saved: {problem}"));
        } else if save {
            if !form.check_all() {
                let problem = form.fields[form.focus].error.clone().unwrap_or_default();
                self.say(Tone::Alert, format!("not saved: {problem}"));
            } else {
                let label = match form.target {
                    Target::Reading(i, _) => format!("added a reading to {}", self.canvas.actions[i].id),
                    _ => format!("edited {}", form.title),
                };
                let changed = self.change(label, |c| apply(c, &form));
                self.say(
                    Tone::Ok,
                    if changed { format!("{} saved", form.title) } else { "no change".into() },
                );
                return self.after_form(form.target, true);
            }
        }
        self.popup = Popup::Form(Box::new(form));
    }

    /// What is wrong with a reading's form beyond its fields' own checks: a reading is what was
    /// measured, so it cannot be dated after today.
    fn reading_problem(&self, form: &crate::tui::form::Form) -> Option<String> {
        let Target::Reading(..) = form.target else { return None };
        let day = form.date(crate::tui::form::ReadingKey::Date)?;
        (day > self.today).then(|| format!("a reading is what was measured: {day} is after today"))
    }

    /// A typed path: absolute as it is, relative from the open canvas's folder.
    fn beside(&self, typed: &str) -> PathBuf {
        let folder = self.path.parent().unwrap_or(std::path::Path::new(""));
        crate::store::typed_path(folder, typed)
    }

    /// A block's form goes back to the agenda editor; a loop review's forms to the loop review;
    /// others to the lists.
    fn after_form(&mut self, target: Target, saved: bool) {
        if !matches!(self.popup, Popup::None) {
            return;
        }
        match target {
            Target::Block(i) => self.popup = Popup::Agenda(i),
            Target::LoopCheck(_) | Target::Reading(..) => self.back_to_loops(target, saved),
            _ => {}
        }
    }

    fn agenda(&mut self, cursor: usize, action: A, now: DateTime) {
        let n = self.canvas.agenda.len();
        let mut cursor = cursor.min(n.saturating_sub(1));
        match action {
            A::Up => cursor = cursor.saturating_sub(1),
            A::Down => cursor = (cursor + 1).min(n.saturating_sub(1)),
            A::Home => cursor = 0,
            A::End => cursor = n.saturating_sub(1),
            A::Edit if n > 0 => {
                self.popup = Popup::Form(Box::new(form_for(&self.canvas, Target::Block(cursor))));
                return;
            }
            A::QuickAdd => {
                let at = if n == 0 { 0 } else { cursor + 1 };
                self.change("added an agenda block", |c| {
                    c.agenda.insert(at, Block::new(BlockKind::Custom, "New block", 10));
                });
                self.shift_clock(at, 1);
                let mut form = form_for(&self.canvas, Target::Block(at));
                form.select_focused();
                self.popup = Popup::Form(Box::new(form));
                return;
            }
            A::Delete if n > 0 => {
                let title = self.canvas.agenda[cursor].title.clone();
                self.change(format!("removed the block {title}"), |c| drop(c.agenda.remove(cursor)));
                self.shift_clock(cursor, -1);
                self.say(Tone::Ok, format!("removed the block {title} (u undoes)"));
            }
            A::MoveUp | A::MoveDown if n > 1 => {
                let other = if action == A::MoveUp {
                    cursor.checked_sub(1)
                } else {
                    Some(cursor + 1).filter(|&o| o < n)
                };
                if let Some(other) = other {
                    let title = self.canvas.agenda[cursor].title.clone();
                    self.change(format!("moved the block {title}"), |c| c.agenda.swap(cursor, other));
                    if self.clock.block == cursor {
                        self.clock.block = other;
                    } else if self.clock.block == other {
                        self.clock.block = cursor;
                    }
                    cursor = other;
                }
            }
            A::TimeThis if n > 0 => {
                self.count_time(now);
                self.clock.block = cursor;
                let title = self.canvas.agenda[cursor].title.clone();
                self.say(Tone::Info, format!("the clock now times {title}"));
            }
            A::Undo => self.undo(),
            A::Cancel => return,
            _ => {}
        }
        self.popup = Popup::Agenda(cursor.min(self.canvas.agenda.len().saturating_sub(1)));
    }

    /// Keeps the clock on its block when blocks are inserted or removed before it.
    fn shift_clock(&mut self, at: usize, delta: isize) {
        let b = &mut self.clock.block;
        if delta > 0 && at <= *b {
            *b += 1;
        } else if delta < 0 && at < *b {
            *b -= 1;
        }
        self.clock.block = self.clock.block.min(self.canvas.agenda.len().saturating_sub(1));
    }

    fn compare_pick(
        &mut self,
        mut line: TextLine,
        candidates: Vec<(PathBuf, String)>,
        mut cursor: usize,
        action: A,
    ) {
        match action {
            A::Up | A::Down if !candidates.is_empty() => {
                let n = candidates.len();
                cursor = if action == A::Up { (cursor + n - 1) % n } else { (cursor + 1) % n };
                line = TextLine::with(&candidates[cursor].0.display().to_string());
            }
            A::Input(key) => line.key(key),
            A::Paste(text) => line.paste(&text),
            A::Cancel => return,
            A::Submit if !line.text().trim().is_empty() => {
                let path = self.beside(line.text().trim());
                self.ask(Effect::LoadCompare(path));
                return;
            }
            _ => {}
        }
        self.popup = Popup::ComparePick { line, candidates, cursor };
    }

    fn conflict(&mut self, action: A, now: DateTime) {
        match action {
            A::SaveElsewhere => {
                // Relative to the canvas's folder, as every typed path is.
                let stem =
                    self.path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
                let time = now.strftime("%H%M%S");
                self.popup = Popup::SaveAs(TextLine::with(&format!("{stem}-mine-{time}.ron")));
            }
            A::Reload => {
                let mut lost = self.unsaved_changes();
                if lost.is_empty() {
                    return self.ask(Effect::Reload);
                }
                let n = lost.len();
                lost.truncate(8);
                if n > 8 {
                    lost.push(format!("… and {} more", n - 8));
                }
                self.popup = Popup::ConfirmReload(lost);
            }
            A::Cancel => {
                self.say(Tone::Alert, "NOT SAVED: the file changed on disk; your next change asks again");
            }
            _ => self.popup = Popup::Conflict,
        }
    }

    fn save_as(&mut self, mut line: TextLine, action: A, _now: DateTime) {
        match action {
            A::Submit if !line.text().trim().is_empty() => {
                let path = self.beside(line.text().trim());
                self.ask(Effect::SaveAs { path, canvas: Box::new(self.canvas.clone()) });
            }
            A::Cancel => {
                self.popup = match &self.save.problem {
                    Some(super::SaveProblem::Failed(why)) => Popup::CannotSave(why.clone()),
                    _ => Popup::Conflict,
                };
                return;
            }
            A::Input(key) => line.key(key),
            A::Paste(text) => line.paste(&text),
            _ => {}
        }
        self.popup = Popup::SaveAs(line);
    }

    /// Before the program ends on a signal: a half-typed quick-add line becomes an entry, a
    /// half-typed relationship is added, and an open form whose fields check is saved.
    pub fn keep_what_is_typed(&mut self, _now: DateTime) {
        match std::mem::take(&mut self.popup) {
            Popup::QuickAdd(line) if !line.text().trim().is_empty() => {
                self.add_from_line(line.text());
            }
            Popup::Exchange { from, to, line } => {
                self.add_relationship(from, to, line.text());
            }
            Popup::Park(p) if !p.line.text().trim().is_empty() => self.park(p.line.text()),
            Popup::Form(mut form) => {
                form.resolve_dates(self.today);
                // What checks is kept; a field that does not (a half-typed date) goes back to
                // what the file has, so the rest of the typing is not lost with it.
                if !form.check_all() {
                    let fresh = form_for(&self.canvas, form.target);
                    for (field, was) in form.fields.iter_mut().zip(fresh.fields) {
                        if field.error.is_some() {
                            *field = was;
                        }
                    }
                }
                if form.check_all() {
                    self.change(format!("edited {}", form.title), |c| apply(c, &form));
                }
            }
            other => self.popup = other,
        }
    }
}
