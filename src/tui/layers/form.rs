//! The details form over the workshop, and the agenda editor whose blocks it edits.

use jiff::civil::DateTime;

use super::{Layer, Step};
use crate::model::{AgendaBlock, BlockKind};
use crate::tui::action::Intent as A;
use crate::tui::form::{Form, ReadingKey, Target, apply, form_for, title_in};
use crate::tui::workshop::{Tone, Workshop};

/// A key in the form: fields are typed and checked; `Ctrl+s` (or `Enter` on the last field)
/// saves it as one change; `Esc` on changed fields asks first.
pub(super) fn update(form: &mut Form, action: A, below: &mut [Layer], w: &mut Workshop) -> Step {
    form.lang = w.tr.lang();
    if action != A::Cancel {
        form.leaving = false;
    }
    if matches!(action, A::NextField | A::PrevField | A::Submit | A::SaveForm) {
        form.resolve_dates(w.today);
    }
    let save = match action {
        A::NextField | A::PrevField => {
            if form.leave_field(action == A::NextField).is_err() {
                fix_here(form, w);
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
            if form.leave_field(true).is_err() {
                fix_here(form, w);
            }
            false
        }
        A::Submit | A::SaveForm => true,
        A::Cancel if !form.leaving && form.differs_from(&form_for(&w.canvas, form.target)) => {
            form.leaving = true;
            w.say(Tone::Alert, w.tr.get("note-form-esc-again"));
            false
        }
        A::Cancel => {
            let what = if form.fresh {
                // The block was added for this form: leaving it adds nothing.
                w.undo();
                if let Target::Block(at) = form.target {
                    shift_clock(w, at, -1);
                }
                "note-block-not-added"
            } else if form.leaving {
                "note-form-thrown-away"
            } else {
                "note-no-change"
            };
            w.say(Tone::Info, w.tr.get(what));
            back(form.target, false, below, w);
            return Step::Close;
        }
        _ => false,
    };
    if !save {
        return Step::Stay;
    }
    if let Some(problem) = reading_problem(form, w) {
        w.say(Tone::Alert, w.tr.args("form-not-saved", &[("problem", problem.into())]));
    } else if !form.check_all() {
        let (_, problem) = form.problem_text(w.tr);
        w.say(Tone::Alert, w.tr.args("form-not-saved", &[("problem", problem.into())]));
    } else {
        let label = match form.target {
            Target::Reading(i, _) => {
                w.tr.args("step-reading-added", &[("id", w.canvas.actions[i].id.as_str().into())])
            }
            _ => w.tr.args("step-edited", &[("form", title_in(w.tr, &form.title).into())]),
        };
        let changed = w.change(label, |c| apply(c, form));
        let msg = if changed {
            w.tr.args("note-form-saved", &[("form", title_in(w.tr, &form.title).into())])
        } else {
            w.tr.get("note-no-change")
        };
        w.say(Tone::Ok, msg);
        back(form.target, true, below, w);
        return Step::Close;
    }
    Step::Stay
}

/// Says on the status line that the focused field does not check, and that the form waits.
fn fix_here(form: &Form, w: &mut Workshop) {
    let (field, problem) = form.problem_text(w.tr);
    w.say(Tone::Alert, w.tr.args("form-fix-here", &[("field", field.into()), ("problem", problem.into())]));
}

/// What is wrong with a reading's form beyond its fields' own checks: a reading is what was
/// measured, so it cannot be dated after today.
fn reading_problem(form: &Form, w: &Workshop) -> Option<String> {
    let Target::Reading(..) = form.target else { return None };
    let day = form.date(ReadingKey::Date)?;
    (day > w.today).then(|| w.tr.args("form-reading-after-today", &[("date", w.tr.day(day).into())]))
}

/// A loop review's form closing tells the loop review below (which moves to the action, and in
/// the revisit's pass on to the next one); a block's form goes back to the agenda editor below.
fn back(target: Target, saved: bool, below: &mut [Layer], w: &mut Workshop) {
    if let (Target::LoopCheck(i) | Target::Reading(i, _), Some(Layer::Loops(loops))) =
        (target, below.last_mut())
    {
        w.back_to_loops(loops, i, target, saved);
    }
}

/// Before the program ends on a signal: an open form whose fields check is saved; a field that
/// does not (a half-typed date) goes back to what the file has, so the rest is not lost with it.
pub(crate) fn keep_typed_form(form: &mut Form, w: &mut Workshop) {
    form.lang = w.tr.lang();
    form.resolve_dates(w.today);
    if !form.check_all() {
        let fresh = form_for(&w.canvas, form.target);
        for (field, was) in form.fields.iter_mut().zip(fresh.fields) {
            if field.error.is_some() {
                *field = was;
            }
        }
    }
    if form.check_all() {
        let label = w.tr.args("step-edited", &[("form", title_in(w.tr, &form.title).into())]);
        w.change(label, |c| apply(c, form));
    }
}

/// The agenda editor: blocks added, edited in the form, removed, moved, and the one the clock
/// times chosen.
pub(super) fn agenda(cursor: &mut usize, action: A, w: &mut Workshop, now: DateTime) -> Step {
    let n = w.canvas.agenda.len();
    *cursor = (*cursor).min(n.saturating_sub(1));
    let at = *cursor;
    match action {
        A::Up => *cursor = at.saturating_sub(1),
        A::Down => *cursor = (at + 1).min(n.saturating_sub(1)),
        A::Home => *cursor = 0,
        A::End => *cursor = n.saturating_sub(1),
        A::Edit if n > 0 => return Step::Open(Layer::Form(Box::new(form_for(&w.canvas, Target::Block(at))))),
        A::QuickAdd => {
            let new = if n == 0 { 0 } else { at + 1 };
            let title = w.tr.get("agenda-new-block");
            w.change(w.tr.get("step-added-block"), |c| {
                c.agenda.insert(new, AgendaBlock::new(BlockKind::Custom, &title, 10));
            });
            shift_clock(w, new, 1);
            let mut form = form_for(&w.canvas, Target::Block(new));
            form.select_focused();
            form.fresh = true;
            *cursor = new;
            return Step::Open(Layer::Form(Box::new(form)));
        }
        A::Delete if n > 0 => {
            let title = w.canvas.agenda[at].title.clone();
            w.change(w.tr.args("step-removed-block", &[("block", title.as_str().into())]), |c| {
                drop(c.agenda.remove(at));
            });
            shift_clock(w, at, -1);
            w.say(Tone::Ok, w.tr.args("note-removed-block", &[("block", title.into())]));
        }
        A::MoveUp | A::MoveDown if n > 1 => {
            let other = if action == A::MoveUp { at.checked_sub(1) } else { Some(at + 1).filter(|&o| o < n) };
            if let Some(other) = other {
                let title = w.canvas.agenda[at].title.clone();
                w.change(w.tr.args("step-moved-block", &[("block", title.into())]), |c| {
                    c.agenda.swap(at, other);
                });
                if w.clock.block == at {
                    w.clock.block = other;
                } else if w.clock.block == other {
                    w.clock.block = at;
                }
                *cursor = other;
            }
        }
        A::TimeThis if n > 0 => {
            w.count_time(now);
            w.clock.block = at;
            let title = w.canvas.agenda[at].title.clone();
            w.say(Tone::Info, w.tr.args("note-clock-times", &[("block", title.into())]));
        }
        A::Undo => w.undo(),
        A::Cancel => return Step::Close,
        _ => {}
    }
    *cursor = (*cursor).min(w.canvas.agenda.len().saturating_sub(1));
    Step::Stay
}

/// Keeps the clock on its block when blocks are inserted or removed before it.
fn shift_clock(w: &mut Workshop, at: usize, delta: isize) {
    let b = &mut w.clock.block;
    if delta > 0 && at <= *b {
        *b += 1;
    } else if delta < 0 && at < *b {
        *b -= 1;
    }
    w.clock.block = w.clock.block.min(w.canvas.agenda.len().saturating_sub(1));
}
