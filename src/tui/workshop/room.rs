//! The room (§12) from the workshop's side: opening and closing it, what participants see,
//! ideas arriving in the inbox (saved, then acknowledged to the phone), accepting them as
//! entries (undoable), and the room's dots.

use std::net::IpAddr;

use super::{Tone, Workshop};
use crate::i18n::Tr;
use crate::model::{Action, EntryKind, Idea, IdeaSection, Stakeholder, Task, clock_text};
use crate::room::{self, RoomView};
use crate::tui::effect::{Effect, RoomCard, RoomRefused};
use crate::tui::layers::{Layer, Question};
use crate::tui::section::Section;

/// The room as the workshop knows it.
#[derive(Debug, Clone, Default)]
pub struct RoomState {
    /// Whether the room is open (serving).
    pub open: bool,
    /// How people join: the address, the code and the QR.
    pub card: Option<RoomCard>,
    /// Devices joined since the room opened.
    pub(crate) devices: usize,
    /// Devices with dots in the open vote.
    pub(crate) voters: usize,
    /// Whether a dot vote is open.
    pub voting: bool,
    /// Where to serve (the command line's `--bind`; the laptop's network address when `None`).
    pub bind: Option<IpAddr>,
    /// The port (the command line's `--port`; any free one when 0).
    pub(crate) port: u16,
    /// Ideas waiting for their save: the token to acknowledge and the save generation that
    /// holds them.
    pending: Vec<(u64, u64)>,
    /// When each idea in the inbox arrived (the save generation it came with), so that undoing
    /// an older change never drops an idea that came later.
    arrivals: Vec<(Idea, u64)>,
    /// What participants were last shown.
    shown: Option<RoomView>,
    /// What that view was worked out from: the canvas's change, the section, the block and the
    /// clock's second; a keystroke that changes none of them costs nothing here.
    shown_for: Option<(u64, Section, usize, i64)>,
}

/// The page's section for the screen's section: where ideas go from here.
fn page_section(section: Section) -> Option<room::IdeaSection> {
    match section {
        Section::Context => Some(room::IdeaSection::Context),
        Section::Stakeholders => Some(room::IdeaSection::Stakeholders),
        Section::Relationships => Some(room::IdeaSection::Relationships),
        Section::Tasks => Some(room::IdeaSection::Tasks),
        Section::Actions => Some(room::IdeaSection::Actions),
        Section::Review => None,
    }
}

/// The most entries the page lists.
const PAGE_ENTRIES: usize = 200;

impl Workshop {
    /// `R`: opens the room, or asks before closing it (closing drops every phone's link, and the
    /// next room has another code: one key must not do that by accident).
    pub(super) fn toggle_room(&mut self) {
        if self.room.open {
            return self.open(Layer::Question(Question::CloseRoom));
        }
        let view = self.room_view();
        self.room.shown = Some(view.clone());
        self.ask(Effect::OpenRoom { bind: self.room.bind, port: self.room.port, view: Box::new(view) });
    }

    /// Closes the room: the phones are told, the ideas already in stay in the inbox.
    pub(crate) fn close_room(&mut self) {
        if self.room.open {
            self.ask(Effect::CloseRoom);
            let waiting = self.canvas.inbox.len();
            self.room.open = false;
            self.room.voting = false;
            self.room.card = None;
            self.room.shown = None;
            self.room.pending.clear();
            let msg = match waiting {
                0 => self.tr.get("note-room-closed"),
                n => self.tr.args("note-room-closed-inbox", &[("count", n.into())]),
            };
            self.say(Tone::Info, msg);
        }
    }

    /// The room opened (or did not).
    pub(super) fn room_opened(&mut self, result: Result<RoomCard, RoomRefused>) {
        match result {
            Ok(card) => {
                let args = [("url", card.url.as_str().into()), ("code", card.code.as_str().into())];
                let msg = self.tr.args("note-room-open", &args);
                self.room = RoomState { open: true, card: Some(card), ..std::mem::take(&mut self.room) };
                self.say(Tone::Ok, msg);
            }
            Err(refused) => {
                let args = [
                    ("address", refused.address.into()),
                    ("port", refused.port.to_string().into()),
                    ("why", refused.why.into()),
                ];
                let msg = self.tr.args("note-room-could-not-open", &args);
                self.say(Tone::Alert, msg);
            }
        }
    }

    /// A participant's idea arrived: it goes into the inbox (not an undo step: nobody's typing
    /// is undone by it) and is saved; the phone hears once the save is done.
    pub(super) fn idea_arrived(&mut self, idea: Idea, token: u64) {
        self.canvas.inbox.push(idea.clone());
        // Saved like every change; the derived facts do not depend on the inbox, so they are not
        // worked out again for it (a hundred phones must not slow the facilitator's typing).
        self.save.generation += 1;
        self.request_save();
        let generation = self.save.generation;
        self.room.pending.push((token, generation));
        self.room.arrivals.push((idea, generation));
    }

    /// Ideas whose save is done are acknowledged to their phones.
    pub(super) fn ideas_saved(&mut self, generation: u64) {
        let (done, waiting): (Vec<_>, Vec<_>) =
            self.room.pending.iter().partition(|(_, needs)| *needs <= generation);
        self.room.pending = waiting;
        if !done.is_empty() {
            self.ask(Effect::AckIdeas(done.into_iter().map(|(token, _)| token).collect()));
        }
    }

    /// How many devices joined and voted.
    pub(super) fn room_people(&mut self, devices: usize, voters: usize) {
        (self.room.devices, self.room.voters) = (devices, voters);
    }

    /// The inbox after going back to `older`: the snapshot's ideas, plus every idea that came
    /// after it (an arrival is never undone).
    pub(super) fn inbox_after_undo(&self, older: &[Idea], snapshot_generation: u64) -> Vec<Idea> {
        let mut inbox = older.to_vec();
        for (idea, arrived) in &self.room.arrivals {
            if *arrived > snapshot_generation && !inbox.contains(idea) && self.canvas.inbox.contains(idea) {
                inbox.push(idea.clone());
            }
        }
        inbox
    }

    /// What participants see now.
    pub(crate) fn room_view(&self) -> RoomView {
        let block = self.canvas.agenda.get(self.clock.block);
        let kind = block.map_or(self.section.block(), |b| b.kind);
        let section = page_section(self.section);
        let entries = match self.section.kind() {
            Some(kind) => {
                let c = &self.canvas;
                (0..c.len_of(kind).min(PAGE_ENTRIES)).map(|i| self.derived.label(c, kind, i)).collect()
            }
            None => Vec::new(),
        };
        // The page speaks the canvas's language: the participants are the client's people.
        let tr = Tr::new(self.canvas.language);
        // The projector's clock: the time left, or how far over once it is gone ("0:00 left"
        // stood still while the block ran over).
        let left = self.progress().block_left;
        let clock = if left < 0 {
            tr.args("clock-over", &[("time", clock_text(-left).into())])
        } else {
            tr.args("clock-left", &[("time", clock_text(left).into())])
        };
        RoomView {
            block: block.map(|b| b.title.clone()).unwrap_or_default(),
            prompts: crate::i18n::prompts(kind, tr),
            clock,
            section,
            section_name: self.section.name(tr),
            entries,
            language: tr.lang(),
        }
    }

    /// Tells the room when what participants see changed.
    pub(super) fn refresh_room(&mut self) {
        if !self.room.open {
            return;
        }
        let key = (self.save.generation, self.section, self.clock.block, self.progress().block_left);
        if self.room.shown_for == Some(key) {
            return;
        }
        self.room.shown_for = Some(key);
        let view = self.room_view();
        if self.room.shown.as_ref() != Some(&view) {
            self.room.shown = Some(view.clone());
            self.ask(Effect::ShowRoom(Box::new(view)));
        }
    }

    /// `V`: opens a dot vote on this section's tasks or actions, or closes the open one.
    pub(super) fn toggle_vote(&mut self) {
        if !self.room.open {
            return self.say(Tone::Info, self.tr.get("note-vote-room-first"));
        }
        if self.room.voting {
            self.room.voting = false;
            return self.ask(Effect::CloseVote);
        }
        let entries: Vec<(String, String)> = match self.section {
            Section::Tasks => self.canvas.tasks.iter().map(|t| (t.id.clone(), t.title.clone())).collect(),
            Section::Actions => self.canvas.actions.iter().map(|a| (a.id.clone(), a.title.clone())).collect(),
            _ => return self.say(Tone::Info, self.tr.get("note-vote-where")),
        };
        if entries.is_empty() {
            return self.say(Tone::Info, self.tr.get("note-vote-nothing"));
        }
        self.room.voting = true;
        self.room.voters = 0;
        self.ask(Effect::OpenVote { entries, budget: 3 });
        self.say(Tone::Ok, self.tr.args("note-vote-open", &[("count", 3.into())]));
    }

    /// The vote closed: the room's dots are added to each entry's votes, as one change.
    pub(super) fn vote_closed(&mut self, totals: Vec<(String, u32)>) {
        self.room.voting = false;
        let voters = self.room.voters;
        let dots: u32 = totals.iter().map(|(_, n)| n).sum();
        let args = [("dots", dots.into()), ("count", voters.into())];
        self.change(self.tr.args("step-room-dots", &args), |c| {
            for (id, n) in &totals {
                if let Some(t) = c.tasks.iter_mut().find(|t| &t.id == id) {
                    t.votes = t.votes.saturating_add(*n);
                } else if let Some(a) = c.actions.iter_mut().find(|a| &a.id == id) {
                    a.votes = a.votes.saturating_add(*n);
                }
            }
        });
        self.say(Tone::Ok, self.tr.args("note-vote-closed", &args));
    }

    /// Accepts idea `i` of the inbox as an entry of its section (the parking lot for ideas sent
    /// to the context or a relationship, which a line of text cannot make); one undo step.
    pub(crate) fn accept_idea(&mut self, i: usize) -> bool {
        let Some(idea) = self.canvas.inbox.get(i).cloned() else { return false };
        let kind = match idea.section {
            IdeaSection::Stakeholders => Some(EntryKind::Stakeholder),
            IdeaSection::Tasks => Some(EntryKind::Task),
            IdeaSection::Actions => Some(EntryKind::Action),
            _ => None,
        };
        if let Some(kind) = kind
            && let Err(why) = self.canvas.room_for(kind, 1)
        {
            self.say(Tone::Alert, why.text(self.tr));
            return false;
        }
        let text = idea.text.clone();
        let changed = self.change(self.tr.get("step-accepted-idea"), |c| {
            c.inbox.remove(i);
            let _ = match idea.section {
                IdeaSection::Stakeholders => {
                    c.add_stakeholder(Stakeholder { name: text, ..Default::default() })
                }
                IdeaSection::Tasks => c.add_task(Task { title: text, ..Default::default() }),
                IdeaSection::Actions => c.add_action(Action { title: text, ..Default::default() }),
                _ => {
                    c.parking.push(text);
                    String::new()
                }
            };
        });
        if changed {
            let into =
                kind.map_or_else(|| self.tr.get("note-into-parking"), |k| Section::of(k).name(self.tr));
            self.say(Tone::Ok, self.tr.args("note-accepted-idea", &[("into", into.into())]));
        }
        changed
    }

    /// Adds idea `i` to the notes of the entry selected in its section; one undo step.
    pub(crate) fn merge_idea(&mut self, i: usize) -> bool {
        let Some(idea) = self.canvas.inbox.get(i).cloned() else { return false };
        let Some(kind) = self.section.kind() else {
            self.say(Tone::Info, self.tr.get("note-merge-choose"));
            return false;
        };
        let Some(index) = self.selected() else {
            self.say(Tone::Info, self.tr.get("note-merge-none"));
            return false;
        };
        let note =
            if idea.from.is_empty() { idea.text.clone() } else { format!("{} ({})", idea.text, idea.from) };
        let changed = self.change(self.tr.get("step-merged-idea"), |c| {
            c.inbox.remove(i);
            let notes = match kind {
                EntryKind::Stakeholder => c.stakeholders.get_mut(index).map(|e| &mut e.notes),
                EntryKind::Relationship => c.relationships.get_mut(index).map(|e| &mut e.notes),
                EntryKind::Task => c.tasks.get_mut(index).map(|e| &mut e.notes),
                EntryKind::Action => c.actions.get_mut(index).map(|e| &mut e.notes),
            };
            if let Some(notes) = notes {
                if !notes.is_empty() {
                    notes.push_str("; ");
                }
                notes.push_str(&note);
            }
        });
        if changed {
            self.say(Tone::Ok, self.tr.get("note-merged-idea"));
        }
        changed
    }

    /// Dismisses idea `i`; one undo step.
    pub(crate) fn dismiss_idea(&mut self, i: usize) -> bool {
        if i >= self.canvas.inbox.len() {
            return false;
        }
        let changed = self.change(self.tr.get("step-dismissed-idea"), |c| {
            c.inbox.remove(i);
        });
        if changed {
            self.say(Tone::Info, self.tr.get("note-dismissed-idea"));
        }
        changed
    }

    /// Accepts every idea in the inbox, oldest first.
    pub(crate) fn accept_all(&mut self) -> usize {
        let mut accepted = 0;
        while !self.canvas.inbox.is_empty() && self.accept_idea(0) {
            accepted += 1;
        }
        if accepted > 0 {
            self.say(Tone::Ok, self.tr.args("note-accepted-all", &[("count", accepted.into())]));
        }
        accepted
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AgendaBlock, BlockKind, Canvas, Language};

    /// A workshop on a one-block agenda of ten minutes, `spent` seconds of it gone.
    fn timed(spent: u32, lang: Language) -> Workshop {
        let mut c = Canvas::new("t");
        c.language = lang;
        c.agenda = vec![AgendaBlock {
            spent_secs: spent.into(),
            ..AgendaBlock::new(BlockKind::Stakeholders, "S", 10)
        }];
        let now = jiff::civil::date(2026, 12, 7).at(10, 0, 0, 0);
        Workshop::new(c, "t.ron".into(), now)
    }

    #[test]
    fn the_rooms_clock_says_how_far_over_once_the_block_runs_over() {
        // The page stood at "0:00 left" ("reste 0:00") while the projector said "1:05 over".
        assert_eq!(timed(5 * 60, Language::En).room_view().clock, "5:00 left");
        assert_eq!(timed(10 * 60 + 65, Language::En).room_view().clock, "1:05 over");
        assert_eq!(timed(10 * 60 + 65, Language::Fr).room_view().clock, "1:05 de trop");
    }
}
