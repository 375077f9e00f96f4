//! What is open over the base screen: one explicit stack of layers. The top layer gets the keys;
//! each layer answers an action with the same `Step`, and the app carries the step out.
//!
//! A layer over the workshop is given the workshop (`&mut Workshop`) and changes the canvas only
//! through the workshop's own edit and undo functions, so every change is one undo step and one
//! save. The one-line inputs over the lists (quick add, the filter, the parking lot) are here;
//! the other layers have a file each.

mod form;
mod loops;
mod pick;
mod questions;
mod screens;

use jiff::civil::DateTime;

pub(crate) use pick::{ComparePick, Exchange, Picker, candidates};
pub use questions::Question;
pub(crate) use screens::Help;

pub(crate) use form::keep_typed_form;

use super::action::Intent as A;
use super::compare::Compare;
use super::effect::RoomCard;
use super::form::Form;
use super::keys::Mode;
use super::line::TextLine;
use super::timeline::{self, Timeline};
use super::workshop::{Loops, Tone, Workshop};

/// The parking lot's box: the line being typed, and the parked question chosen with ↑ ↓.
#[derive(Debug, Clone, Default)]
pub struct Parking {
    /// The question being typed.
    pub line: TextLine,
    /// The parked question chosen (its index), to remove with Ctrl+d.
    pub(crate) chosen: Option<usize>,
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
    /// The quick-add line at the end of the list.
    QuickAdd(TextLine),
    /// The filter line.
    Filter(TextLine),
    /// The parking lot: typing an off-topic question, or choosing a parked one to remove.
    Park(Parking),
    /// Choosing the two stakeholders of a new relationship.
    Picker(Picker),
    /// Typing what flows along a new relationship.
    Exchange(Exchange),
    /// Choosing the older canvas to compare with (candidates arrive from the runner).
    ComparePick(ComparePick),
    /// The details form.
    Form(Box<Form>),
    /// The agenda editor, with its selected block.
    Agenda(usize),
    /// The loop review: each action's indicator, readings, progress and loop.
    Loops(Loops),
    /// A question that waits for an answer (delete? overwrite? the file changed on disk …).
    Question(Question),
    /// Typing another path to save to.
    SaveAs(TextLine),
}

/// What a layer asks of the stack after an action.
#[derive(Debug)]
pub(crate) enum Step {
    /// Stay open, on top.
    Stay,
    /// Close: the layer below gets the keys again.
    Close,
    /// Close, and open this one in its place.
    Replace(Layer),
    /// Stay, and open this one over it (a form over the agenda editor or the loop review).
    Open(Layer),
    /// Compare two revisions the history holds (indices, older first), in the history's place.
    CompareRevisions(usize, usize),
}

impl Layer {
    /// Which keys apply while this layer is on top.
    pub(crate) fn mode(&self) -> Mode {
        match self {
            Layer::Help(_) => Mode::Help,
            Layer::Compare(c) => c.mode(),
            Layer::History(t) => t.mode(),
            Layer::Inbox(_) => Mode::Inbox,
            Layer::RoomCard(_) => Mode::RoomCard,
            Layer::QuickAdd(_) | Layer::Filter(_) | Layer::Exchange(_) | Layer::SaveAs(_) => Mode::Input,
            Layer::Park(_) => Mode::Park,
            Layer::Picker(_) | Layer::ComparePick(_) => Mode::Picker,
            Layer::Form(_) => Mode::Form,
            Layer::Agenda(_) => Mode::Agenda,
            Layer::Loops(_) => Mode::Loops,
            Layer::Question(q) => q.mode(),
        }
    }

    /// Whether the layer covers the whole screen (nothing below it needs drawing).
    pub(crate) fn covers_screen(&self) -> bool {
        matches!(self, Layer::Compare(_) | Layer::History(_))
    }

    /// Whether the layer belongs to the workshop's screen (a line, a form, a question, the agenda
    /// editor, the loop review), drawn with it; the others are screens of their own over it.
    pub(crate) fn in_workshop(&self) -> bool {
        !matches!(
            self,
            Layer::Help(_) | Layer::Compare(_) | Layer::History(_) | Layer::Inbox(_) | Layer::RoomCard(_)
        )
    }

    /// Carries out an action on the layer, given the layers below it and the workshop (when one
    /// is open) for the layers that change it; says what the stack must do.
    pub(crate) fn update(
        &mut self,
        action: A,
        below: &mut [Layer],
        workshop: Option<&mut Workshop>,
        now: DateTime,
    ) -> Step {
        match (self, workshop) {
            (Layer::Help(help), _) => screens::help(help, action),
            (Layer::Compare(c), _) => {
                if c.update(action) {
                    Step::Close
                } else {
                    Step::Stay
                }
            }
            (Layer::History(t), _) => match t.update(action) {
                timeline::Step::Stay => Step::Stay,
                timeline::Step::Back => Step::Close,
                timeline::Step::Compare(older, newer) => Step::CompareRevisions(older, newer),
            },
            // The layers below need the workshop: with none open there is nothing to do.
            (_, None) => Step::Close,
            (Layer::Inbox(chosen), Some(w)) => screens::inbox(chosen, action, w, now),
            (Layer::RoomCard(_), Some(w)) => screens::room_card(action, w, now),
            (Layer::QuickAdd(line), Some(w)) => quick_add(line, action, w),
            (Layer::Filter(line), Some(w)) => filter_line(line, action, w),
            (Layer::Park(parking), Some(w)) => park_line(parking, action, w),
            (Layer::Picker(picker), Some(w)) => pick::picker(picker, action, w),
            (Layer::Exchange(e), Some(w)) => pick::exchange(e, action, w),
            (Layer::ComparePick(c), Some(w)) => pick::compare_pick(c, action, w),
            (Layer::Form(form), Some(w)) => form::update(form, action, below, w),
            (Layer::Agenda(cursor), Some(w)) => form::agenda(cursor, action, w, now),
            (Layer::Loops(l), Some(w)) => loops::update(l, action, w),
            (Layer::Question(q), Some(w)) => questions::update(q, action, w, now),
            (Layer::SaveAs(line), Some(w)) => questions::save_as(line, action, w),
        }
    }

    /// The terminal has a new size: screens that page by rows learn how many fit.
    pub(crate) fn resize(&mut self, height: u16) {
        match self {
            Layer::Compare(c) => c.rows_visible = usize::from(height.saturating_sub(6)).max(1),
            Layer::History(t) => t.rows_visible = usize::from(height.saturating_sub(12)).max(1),
            _ => {}
        }
    }
}

/// The top layer of the workshop's screen (under help, the inbox or the room card, if open).
pub(crate) fn workshop_top(layers: &[Layer]) -> Option<&Layer> {
    layers.iter().rev().find(|l| l.in_workshop())
}

/// The loop review, when it is on screen: open, or under one of its forms.
pub(crate) fn loops_shown(layers: &[Layer]) -> Option<Loops> {
    let mut over = layers.iter().rev().filter(|l| l.in_workshop());
    match (over.next(), over.next()) {
        (Some(Layer::Loops(l)), _) | (Some(Layer::Form(_)), Some(Layer::Loops(l))) => Some(*l),
        _ => None,
    }
}

/// `Esc` on a line that stays open for the next idea: with something typed it asks first
/// (`ask`) and drops it at the second `Esc`; an empty line closes, its "or Esc" hint with it.
fn leave_line(line: &mut TextLine, w: &mut Workshop, ask: String) -> Step {
    if line.text().trim().is_empty() {
        w.note = None;
        return Step::Close;
    }
    if !line.leaving {
        line.leaving = true;
        w.say(Tone::Alert, ask);
        return Step::Stay;
    }
    w.say(Tone::Info, w.tr.args("note-dropped", &[("text", line.text().trim().into())]));
    Step::Close
}

/// The quick-add line: `Enter` adds an entry and keeps the line open for the next one; `Esc` on
/// a typed line asks first.
fn quick_add(line: &mut TextLine, action: A, w: &mut Workshop) -> Step {
    if action != A::Cancel {
        line.leaving = false;
    }
    match action {
        A::Cancel => {
            let ask = w.tr.args("note-esc-drops-line", &[("text", line.text().trim().into())]);
            return leave_line(line, w, ask);
        }
        A::Submit if line.text().trim().is_empty() => return Step::Close,
        A::Submit => {
            // A line that could not be added stays, with the message saying why.
            if let Some(id) = w.add_from_line(line.text()) {
                let kind = crate::model::EntryKind::ALL
                    .into_iter()
                    .find(|k| id.starts_with(k.prefix()))
                    .map_or("other", |k| k.field());
                w.say(Tone::Ok, w.tr.args("note-added", &[("id", id.into()), ("kind", kind.into())]));
                line.clear();
            }
        }
        A::Input(key) => line.key(key),
        A::Paste(text) => paste_lines(line, &text, w),
        _ => {}
    }
    Step::Stay
}

/// Pasted lines are ideas: every complete line becomes an entry, the last stays to edit; a tab
/// (a spreadsheet's cell break) keeps the words apart.
fn paste_lines(line: &mut TextLine, text: &str, w: &mut Workshop) {
    let text = text.replace('\t', " ");
    let mut parts: Vec<&str> = text.split(['\n', '\r']).collect();
    let last = parts.pop().unwrap_or_default();
    if !parts.is_empty() {
        let ideas: Vec<String> = parts
            .iter()
            .enumerate()
            .map(|(n, part)| if n == 0 { format!("{}{part}", line.text()) } else { (*part).to_string() })
            .collect();
        line.clear();
        // One paste is one change: one undo step, one save, however many lines.
        let added = w.add_lines(&ideas);
        if added > 0 {
            w.say(Tone::Ok, w.tr.args("note-pasted", &[("count", added.into())]));
        }
    }
    line.paste(last);
}

/// The parking lot's line: `Enter` parks the question (the box stays open for the next one);
/// `Esc` on a typed line asks first.
fn park_line(p: &mut Parking, action: A, w: &mut Workshop) -> Step {
    let line = &mut p.line;
    if action != A::Cancel {
        line.leaving = false;
    }
    let n = w.canvas.parking.len();
    match action {
        A::Cancel => {
            let ask = w.tr.get("note-esc-drops-question");
            return leave_line(line, w, ask);
        }
        // ↑ ↓ choose a parked question (the newest is nearest the line); Ctrl+d removes it.
        A::Up if n > 0 => p.chosen = Some(p.chosen.map_or(n - 1, |c| c.saturating_sub(1))),
        A::Down => p.chosen = p.chosen.map(|c| c + 1).filter(|&c| c < n),
        A::Delete => match p.chosen.filter(|&c| c < n) {
            Some(c) => {
                let question = w.canvas.parking[c].clone();
                let label = w.tr.args("step-unparked", &[("text", question.as_str().into())]);
                w.change(label, |cv| {
                    cv.parking.remove(c);
                });
                w.say(Tone::Ok, w.tr.args("note-unparked", &[("text", question.into())]));
                p.chosen = None;
            }
            None => w.say(Tone::Info, w.tr.get("note-unpark-how")),
        },
        A::Submit if line.text().trim().is_empty() => return Step::Close,
        // Like quick add, the box stays open for the next question: what is typed after
        // Enter is never taken as keys of the screen below.
        A::Submit => {
            w.park(line.text());
            line.clear();
            p.chosen = None;
        }
        A::Input(key) => line.key(key),
        A::Paste(text) => line.paste(&text.replace(['\n', '\r'], " ")),
        _ => {}
    }
    Step::Stay
}

/// The filter line: the list narrows as it is typed; `Enter` keeps the filter, `Esc` clears it.
fn filter_line(line: &mut TextLine, action: A, w: &mut Workshop) -> Step {
    let section = w.section;
    match action {
        A::Submit => return Step::Close,
        A::Cancel => {
            w.set_filter(section, "");
            w.clamp_cursor();
            return Step::Close;
        }
        A::Input(key) => line.key(key),
        A::Paste(text) => line.paste(&text),
        _ => {}
    }
    w.set_filter(section, line.text());
    w.sections[section.index()].cursor.selected = 0;
    w.clamp_cursor();
    Step::Stay
}
