//! The runner's side of the room (§12): the open `Room`, the phones waiting for their ideas to be
//! saved, and the room's events turned into outcomes for `update`.

use std::collections::HashMap;

use super::effect::{Effect, Outcome, RoomCard, RoomRefused};
use crate::model::{Idea, IdeaSection, Moment};
use crate::room::{self, Ack, Room, RoomEvent};

/// The open room and the acknowledgements it owes.
pub(crate) struct RoomLink {
    room: Room,
    /// Ideas in the app's hands, by token, until their save is done.
    acks: HashMap<u64, Ack>,
    next: u64,
    /// Devices joined and devices that voted, as last told.
    people: (usize, usize),
}

impl std::fmt::Debug for RoomLink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RoomLink").field("url", &self.room.url()).field("waiting", &self.acks.len()).finish()
    }
}

/// The canvas's section for a section the page sent to.
fn section(s: room::IdeaSection) -> IdeaSection {
    match s {
        room::IdeaSection::Context => IdeaSection::Context,
        room::IdeaSection::Stakeholders => IdeaSection::Stakeholders,
        room::IdeaSection::Relationships => IdeaSection::Relationships,
        room::IdeaSection::Tasks => IdeaSection::Tasks,
        room::IdeaSection::Actions => IdeaSection::Actions,
        room::IdeaSection::Parking => IdeaSection::Parking,
    }
}

/// The time now, local, to the second: when an idea arrived (on the day `CVC_TODAY` names, when
/// it is set).
fn now() -> Option<Moment> {
    let now = jiff::Zoned::now().datetime();
    let day = crate::model::Day::pinned().unwrap_or_else(|| crate::model::Day::from_civil(now.date()));
    Moment::new(day, now.hour(), now.minute(), now.second())
}

impl RoomLink {
    /// Opens the room; the card people join with, or why it could not open.
    pub(crate) fn open(effect: Effect) -> Result<(RoomLink, RoomCard), RoomRefused> {
        let Effect::OpenRoom { bind, port, view } = effect else {
            let why = "not a room to open".to_string();
            return Err(RoomRefused { address: String::new(), port: 0, why });
        };
        let address = bind.unwrap_or_else(room::local_address);
        let opened = Room::open(address, port, *view).map_err(|e| RoomRefused {
            address: address.to_string(),
            port,
            why: e.to_string(),
        })?;
        let card = RoomCard {
            url: opened.url().to_string(),
            code: opened.code().to_string(),
            qr: opened.qr().map(|q| q.half_blocks(2)).unwrap_or_default(),
            loopback: address.is_loopback(),
        };
        Ok((RoomLink { room: opened, acks: HashMap::new(), next: 1, people: (0, 0) }, card))
    }

    /// Carries out a room effect on the open room; outcomes it leads to.
    pub(crate) fn run(&mut self, effect: Effect) -> Vec<Outcome> {
        match effect {
            Effect::ShowRoom(view) => self.room.show(*view),
            Effect::AckIdeas(tokens) => {
                for token in tokens {
                    if let Some(ack) = self.acks.remove(&token) {
                        ack.saved();
                    }
                }
            }
            Effect::OpenVote { entries, budget } => self.room.open_vote(entries, budget),
            Effect::CloseVote => return vec![Outcome::VoteClosed(self.room.close_vote())],
            _ => {}
        }
        Vec::new()
    }

    /// What happened in the room since the last call.
    pub(crate) fn poll(&mut self) -> Vec<Outcome> {
        let mut out = Vec::new();
        while let Ok(event) = self.room.events().try_recv() {
            match event {
                RoomEvent::Idea { idea, ack } => {
                    let token = self.next;
                    self.next += 1;
                    self.acks.insert(token, ack);
                    let Some(at) = now() else { continue };
                    let idea = Idea { section: section(idea.section), text: idea.text, from: idea.from, at };
                    out.push(Outcome::IdeaArrived { idea, token });
                }
                RoomEvent::Joined { .. } | RoomEvent::Votes { .. } => {}
            }
        }
        let people = (self.room.devices(), self.room.voters());
        if people != self.people {
            self.people = people;
            out.push(Outcome::RoomPeople { devices: people.0, voters: people.1 });
        }
        out
    }

    /// Closes the room: every connection ends, the port is free. Phones still waiting are told
    /// their idea did not arrive (they keep the text).
    pub(crate) fn close(self) {
        drop(self.acks);
        self.room.close();
    }
}
