//! What is open over the base screen: one explicit stack of layers. The top layer gets the keys;
//! each layer answers an action with the same [`Step`], and the app carries the step out.

use jiff::civil::DateTime;

use super::action::Intent;
use super::compare::Compare;
use super::effect::RoomCard;
use super::keys::Mode;
use super::timeline::{self, Timeline};
use super::workshop::Workshop;

/// Help over whatever is below it.
#[derive(Debug, Clone, Copy)]
pub struct Help {
    /// The keys of this mode are shown (the mode of what is below).
    pub below: Mode,
    /// How far help is scrolled down.
    pub scroll: usize,
}

/// A layer over the base screen (the start screen or the workshop).
#[derive(Debug)]
pub enum Layer {
    /// Every key of the mode below, from the key table.
    Help(Help),
    /// Two canvases side by side.
    Compare(Box<Compare>),
    /// The open canvas's revisions over time.
    History(Box<Timeline>),
    /// The ideas the room sent, with the one chosen.
    Inbox(usize),
    /// How to join the room, large enough to scan from the back of the room.
    RoomCard(Box<RoomCard>),
}

/// What a layer asks of the stack after an action.
#[derive(Debug)]
pub enum Step {
    /// Stay open, on top.
    Stay,
    /// Close: the layer below gets the keys again.
    Close,
    /// Close, and open this one in its place.
    Replace(Layer),
    /// Compare two revisions the history holds (indices, older first), in the history's place.
    CompareRevisions(usize, usize),
}

impl Layer {
    /// Which keys apply while this layer is on top.
    pub fn mode(&self) -> Mode {
        match self {
            Layer::Help(_) => Mode::Help,
            Layer::Compare(c) => c.mode(),
            Layer::History(t) => t.mode(),
            Layer::Inbox(_) => Mode::Inbox,
            Layer::RoomCard(_) => Mode::RoomCard,
        }
    }

    /// Whether the layer covers the whole screen (nothing below it needs drawing).
    pub fn covers_screen(&self) -> bool {
        matches!(self, Layer::Compare(_) | Layer::History(_))
    }

    /// Carries out an action on the layer (with the workshop below, when there is one, for the
    /// layers that change it); says what the stack must do.
    pub fn update(&mut self, action: Intent, workshop: Option<&mut Workshop>, now: DateTime) -> Step {
        match self {
            Layer::Inbox(chosen) => match (action, workshop) {
                (Intent::Cancel, _) | (_, None) => Step::Close,
                (Intent::Up | Intent::ScrollUp, _) => {
                    *chosen = chosen.saturating_sub(1);
                    Step::Stay
                }
                (Intent::Down | Intent::ScrollDown, Some(w)) => {
                    *chosen = (*chosen + 1).min(w.canvas.inbox.len().saturating_sub(1));
                    Step::Stay
                }
                (action, Some(w)) => {
                    match action {
                        Intent::Submit => drop(w.accept_idea(*chosen)),
                        Intent::Merge => drop(w.merge_idea(*chosen)),
                        Intent::Delete => drop(w.dismiss_idea(*chosen)),
                        Intent::AcceptAll => drop(w.accept_all()),
                        Intent::Undo => w.update(Intent::Undo, now),
                        _ => {}
                    }
                    *chosen = (*chosen).min(w.canvas.inbox.len().saturating_sub(1));
                    Step::Stay
                }
            },
            Layer::RoomCard(_) => match (action, workshop) {
                (Intent::Room, Some(w)) => {
                    w.update(Intent::Room, now);
                    Step::Close
                }
                (Intent::Cancel, _) | (_, None) => Step::Close,
                _ => Step::Stay,
            },
            Layer::Help(help) => match action {
                Intent::Cancel => Step::Close,
                Intent::Up | Intent::ScrollUp => {
                    help.scroll = help.scroll.saturating_sub(1);
                    Step::Stay
                }
                Intent::Down | Intent::ScrollDown => {
                    help.scroll += 1;
                    Step::Stay
                }
                _ => Step::Stay,
            },
            Layer::Compare(c) => {
                if c.update(action) {
                    Step::Close
                } else {
                    Step::Stay
                }
            }
            Layer::History(t) => match t.update(action) {
                timeline::Step::Stay => Step::Stay,
                timeline::Step::Back => Step::Close,
                timeline::Step::Compare(older, newer) => Step::CompareRevisions(older, newer),
            },
        }
    }

    /// The terminal has a new size: screens that page by rows learn how many fit.
    pub fn resize(&mut self, height: u16) {
        match self {
            Layer::Compare(c) => c.rows_visible = usize::from(height.saturating_sub(6)).max(1),
            Layer::History(t) => t.rows_visible = usize::from(height.saturating_sub(12)).max(1),
            Layer::Help(_) | Layer::Inbox(_) | Layer::RoomCard(_) => {}
        }
    }
}
