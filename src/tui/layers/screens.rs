//! The small layers over the workshop or the start screen: help, the room's inbox, the room's
//! join card.

use jiff::civil::DateTime;

use super::Step;
use crate::tui::action::Intent as A;
use crate::tui::keys::Mode;
use crate::tui::workshop::Workshop;

/// Help over whatever is below it.
#[derive(Debug, Clone, Copy)]
pub struct Help {
    /// The keys of this mode are shown (the mode of what is below).
    pub(crate) below: Mode,
    /// How far help is scrolled down.
    pub(crate) scroll: usize,
}

/// Help: arrows scroll, `Esc` closes.
pub(super) fn help(help: &mut Help, action: A) -> Step {
    match action {
        A::Cancel => Step::Close,
        A::Up | A::ScrollUp => {
            help.scroll = help.scroll.saturating_sub(1);
            Step::Stay
        }
        A::Down | A::ScrollDown => {
            help.scroll += 1;
            Step::Stay
        }
        _ => Step::Stay,
    }
}

/// The inbox: the room's ideas, accepted, merged or dismissed one by one.
pub(super) fn inbox(chosen: &mut usize, action: A, w: &mut Workshop, now: DateTime) -> Step {
    match action {
        A::Cancel => return Step::Close,
        A::Up | A::ScrollUp => *chosen = chosen.saturating_sub(1),
        A::Down | A::ScrollDown => *chosen = (*chosen + 1).min(w.canvas.inbox.len().saturating_sub(1)),
        A::Submit => drop(w.accept_idea(*chosen)),
        A::Merge => drop(w.merge_idea(*chosen)),
        A::Delete => drop(w.dismiss_idea(*chosen)),
        A::AcceptAll => drop(w.accept_all()),
        A::Undo => w.update(A::Undo, now),
        _ => {}
    }
    *chosen = (*chosen).min(w.canvas.inbox.len().saturating_sub(1));
    Step::Stay
}

/// The room's join card: `R` closes the room, `Esc` hides the card (the room stays open).
pub(super) fn room_card(action: A, w: &mut Workshop, now: DateTime) -> Step {
    match action {
        A::Room => {
            w.update(A::Room, now);
            Step::Close
        }
        A::Cancel => Step::Close,
        _ => Step::Stay,
    }
}
