//! The loop review as a layer over the workshop (`L`): each action with its indicator, readings,
//! progress and loop; `a` adds a reading, `Enter` sets status, loop and the next review, each in
//! a form opened over it; `h` marks a community management task held today.

use super::{Layer, Step};
use crate::model::{EntryKind, FieldKey, LoopState};
use crate::tui::action::Intent as A;
use crate::tui::form::{loop_check, reading_form};
use crate::tui::section::Section;
use crate::tui::workshop::{Loops, Tone, Workshop};

/// A key of the loop review.
pub(super) fn update(loops: &mut Loops, action: A, w: &mut Workshop) -> Step {
    let n = w.canvas.actions.len() + w.canvas.tasks.len();
    w.note = None;
    if action == A::Cancel {
        // Back on the list, on the action (or task) that was selected here.
        match (w.section, w.loops_selected(loops), w.loops_selected_task(loops)) {
            (Section::Actions, Some(i), _) => w.select_entry(EntryKind::Action, i),
            (Section::Tasks, _, Some(t)) => w.select_entry(EntryKind::Task, t),
            _ => {}
        }
        w.say(Tone::Info, w.tr.get("loops-closed"));
        return Step::Close;
    }
    if let Some(t) = w.loops_selected_task(loops)
        && on_task(t, &action, w)
    {
        return Step::Stay;
    }
    let was = loops.cursor;
    match (action, w.loops_selected(loops)) {
        (A::Mark, Some(_)) => {
            w.say(Tone::Info, w.tr.get("loops-hold-is-for-tasks"));
        }
        (action, Some(i)) => {
            if let Some(form) = on_action(loops, i, &action, w) {
                return Step::Open(form);
            }
        }
        (action, None) => move_in(loops, n, &action, w),
    }
    loops.cursor = loops.cursor.min(n.saturating_sub(1));
    if loops.cursor != was {
        loops.scroll = 0;
    }
    Step::Stay
}

/// A key on a task's row: `h` marks it held; readings and the loop belong to actions. False
/// when the key is not one of these.
fn on_task(t: usize, action: &A, w: &mut Workshop) -> bool {
    match action {
        A::Mark => w.mark_held(t),
        A::QuickAdd | A::Edit => {
            let id = w.canvas.tasks[t].id.clone();
            w.say(Tone::Info, w.tr.args("loops-task-has-no-readings", &[("id", id.into())]));
        }
        _ => return false,
    }
    true
}

/// Moves, scrolls, undoes.
fn move_in(loops: &mut Loops, n: usize, action: &A, w: &mut Workshop) {
    match action {
        A::PageDown | A::ScrollDown => loops.scroll = loops.scroll.saturating_add(5),
        A::PageUp | A::ScrollUp => loops.scroll = loops.scroll.saturating_sub(5),
        A::Up => loops.cursor = loops.cursor.saturating_sub(1),
        A::Down => loops.cursor = (loops.cursor + 1).min(n.saturating_sub(1)),
        A::Home => loops.cursor = 0,
        A::End => loops.cursor = n.saturating_sub(1),
        A::Undo => w.undo(),
        A::Redo => w.redo(),
        _ => {}
    }
}

/// A key on action `i`'s row; the form it opens over the review, if any.
fn on_action(loops: &mut Loops, i: usize, action: &A, w: &mut Workshop) -> Option<Layer> {
    let n = w.canvas.actions.len() + w.canvas.tasks.len();
    match action {
        A::QuickAdd if w.canvas.actions[i].indicator().is_none() => {
            let id = w.canvas.actions[i].id.clone();
            w.say(Tone::Alert, w.tr.args("loops-no-indicator-yet", &[("id", id.into())]));
        }
        A::QuickAdd => return Some(Layer::Form(Box::new(reading_form(&w.canvas, i, w.today, w.tr)))),
        A::Edit => {
            let a = &w.canvas.actions[i];
            // A reading that reached the target: the form comes with the loop set to closed,
            // the last reading being the evidence; Ctrl+s confirms it.
            let closing = a.indicator().is_some_and(|ind| ind.target_reached(w.canvas.language))
                && a.loop_state != Some(LoopState::Closed);
            let mut form = loop_check(&w.canvas, i, w.tr);
            if closing {
                form.choose(FieldKey::Loop, LoopState::Closed.label());
            }
            return Some(Layer::Form(Box::new(form)));
        }
        other => move_in(loops, n, other, w),
    }
    None
}
