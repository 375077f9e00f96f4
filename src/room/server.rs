//! The room's state shared by the app and the server's tasks, and its limits (§12); the routes
//! that read it are in routes.rs.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::AtomicUsize;
use std::sync::mpsc::Sender;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use axum::http::header::{CONTENT_TYPE, RETRY_AFTER};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;
use tokio::sync::watch;

use super::{Ack, DeviceId, IDEA_MAX_CHARS, Limits, NAME_MAX_CHARS, RoomEvent, RoomIdea, RoomView, Saved};
use crate::i18n::Tr;

/// How many idea keys a device's answers are remembered for (a resend of one of them gets the
/// first send's answer instead of becoming a second idea).
const REMEMBERED: usize = 64;

/// The room's state, shared by the app's handle and the server's tasks.
pub(crate) struct Shared {
    /// The join code.
    pub(crate) code: String,
    pub(super) limits: Limits,
    events: Sender<RoomEvent>,
    state: Mutex<RoomState>,
    /// Bumped whenever what a page shows may have changed: the view or the vote.
    pub(super) changed: watch::Sender<u64>,
    /// Event streams open now.
    pub(super) streams: AtomicUsize,
}

#[derive(Default)]
pub(super) struct RoomState {
    view: RoomView,
    devices: HashMap<DeviceId, Device>,
    vote: Option<Vote>,
    votes_opened: u64,
}

#[derive(Default)]
pub(super) struct Device {
    /// When its ideas in the last minute came.
    ideas: VecDeque<Instant>,
    /// When its dot changes in the last minute came.
    moves: VecDeque<Instant>,
    /// The answer to each idea key it sent lately, oldest first.
    sent: VecDeque<(String, watch::Receiver<Saved>)>,
}

struct Vote {
    id: u64,
    entries: Vec<(String, String)>,
    budget: u8,
    dots: HashMap<DeviceId, Vec<u8>>,
}

impl Vote {
    fn voters(&self) -> usize {
        self.dots.values().filter(|d| d.iter().any(|&n| n > 0)).count()
    }
}

/// Why a request is refused: a fact, worded in the room's language when it is answered.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Refusal {
    UnknownDevice,
    NotAnIdea,
    NotAVote,
    EmptyIdea,
    /// An idea of this many characters.
    IdeaTooLong(usize),
    NameTooLong,
    NotInVote,
    NoDotsLeft,
    RoomFull,
    TooManyIdeas,
    TooManyMoves,
    TooManyPages,
    VoteClosed,
    AppGone,
}

impl Refusal {
    /// The HTTP status and the words the page shows, in `tr`'s language.
    fn said(&self, tr: Tr) -> (StatusCode, String) {
        use StatusCode as S;
        let (status, key) = match self {
            Refusal::UnknownDevice => (S::BAD_REQUEST, "room-refused-device"),
            Refusal::NotAnIdea => (S::BAD_REQUEST, "room-refused-not-an-idea"),
            Refusal::NotAVote => (S::BAD_REQUEST, "room-refused-not-a-vote"),
            Refusal::EmptyIdea => (S::UNPROCESSABLE_ENTITY, "room-refused-empty"),
            Refusal::IdeaTooLong(chars) => {
                let args = [("most", IDEA_MAX_CHARS.into()), ("count", (*chars).into())];
                return (S::UNPROCESSABLE_ENTITY, tr.args("room-refused-too-long", &args));
            }
            Refusal::NameTooLong => {
                let args = [("most", NAME_MAX_CHARS.into())];
                return (S::UNPROCESSABLE_ENTITY, tr.args("room-refused-name-too-long", &args));
            }
            Refusal::NotInVote => (S::UNPROCESSABLE_ENTITY, "room-refused-not-in-vote"),
            Refusal::NoDotsLeft => (S::UNPROCESSABLE_ENTITY, "room-refused-no-dots"),
            Refusal::RoomFull => (S::TOO_MANY_REQUESTS, "room-refused-full"),
            Refusal::TooManyIdeas => (S::TOO_MANY_REQUESTS, "room-refused-many-ideas"),
            Refusal::TooManyMoves => (S::TOO_MANY_REQUESTS, "room-refused-many-moves"),
            Refusal::TooManyPages => (S::TOO_MANY_REQUESTS, "room-refused-many-pages"),
            Refusal::VoteClosed => (S::CONFLICT, "room-refused-vote-closed"),
            Refusal::AppGone => (S::SERVICE_UNAVAILABLE, "room-refused-closing"),
        };
        (status, tr.get(key))
    }

    /// The answer to the page, in `tr`'s language.
    pub(super) fn answer(&self, tr: Tr) -> Response {
        let (status, text) = self.said(tr);
        let mut response = answer(status, &json!({ "saved": false, "error": text }));
        if status == StatusCode::TOO_MANY_REQUESTS {
            response.headers_mut().insert(RETRY_AFTER, HeaderValue::from_static("60"));
        }
        response
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        self.answer(Tr::default())
    }
}

/// A JSON answer.
pub(super) fn answer(status: StatusCode, body: &serde_json::Value) -> Response {
    (status, [(CONTENT_TYPE, "application/json")], body.to_string()).into_response()
}

/// Forgets what happened more than a minute ago, and says whether `limit` more is over.
fn over_limit(times: &mut VecDeque<Instant>, now: Instant, limit: usize) -> bool {
    while times.front().is_some_and(|&t| now.duration_since(t) >= Duration::from_secs(60)) {
        times.pop_front();
    }
    times.len() >= limit
}

impl Shared {
    pub(crate) fn new(code: String, view: RoomView, limits: Limits, events: Sender<RoomEvent>) -> Shared {
        let state = RoomState { view, ..RoomState::default() };
        Shared {
            code,
            limits,
            events,
            state: Mutex::new(state),
            changed: watch::channel(0).0,
            streams: AtomicUsize::new(0),
        }
    }

    /// The state; a panic elsewhere while it was held leaves it usable (every change to it is
    /// one assignment or push).
    pub(super) fn lock(&self) -> MutexGuard<'_, RoomState> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Tells every open page to look again.
    fn touch(&self) {
        self.changed.send_modify(|n| *n = n.wrapping_add(1));
    }

    pub(crate) fn show(&self, view: RoomView) {
        self.lock().view = view;
        self.touch();
    }

    pub(crate) fn open_vote(&self, entries: Vec<(String, String)>, budget: u8) {
        {
            let mut state = self.lock();
            state.votes_opened += 1;
            let id = state.votes_opened;
            state.vote = Some(Vote { id, entries, budget, dots: HashMap::new() });
        }
        let _ = self.events.send(RoomEvent::Votes { voters: 0 });
        self.touch();
    }

    pub(crate) fn close_vote(&self) -> Vec<(String, u32)> {
        let vote = self.lock().vote.take();
        self.touch();
        let Some(vote) = vote else { return Vec::new() };
        let mut totals: Vec<(String, u32)> = vote.entries.into_iter().map(|(id, _)| (id, 0)).collect();
        for dots in vote.dots.values() {
            for (total, &n) in totals.iter_mut().zip(dots) {
                total.1 += u32::from(n);
            }
        }
        totals
    }

    pub(crate) fn voting(&self) -> bool {
        self.lock().vote.is_some()
    }

    pub(crate) fn voters(&self) -> usize {
        self.lock().vote.as_ref().map_or(0, Vote::voters)
    }

    pub(crate) fn devices(&self) -> usize {
        self.lock().devices.len()
    }

    /// The device, joining it to the room when it is new (and telling the app).
    pub(super) fn join<'s>(
        &self,
        state: &'s mut RoomState,
        device: &DeviceId,
    ) -> Result<&'s mut Device, Refusal> {
        if !state.devices.contains_key(device) {
            if state.devices.len() >= self.limits.devices {
                return Err(Refusal::RoomFull);
            }
            state.devices.insert(device.clone(), Device::default());
            let _ = self.events.send(RoomEvent::Joined { devices: state.devices.len() });
        }
        state.devices.get_mut(device).ok_or(Refusal::RoomFull)
    }

    /// Takes an idea in: hands it to the app (unless `key` was sent before and is saved or
    /// waiting: then its answer is waited for again) and returns where its answer will come.
    pub(super) fn take_idea(&self, key: String, idea: RoomIdea) -> Result<watch::Receiver<Saved>, Refusal> {
        let mut state = self.lock();
        let device = self.join(&mut state, &idea.device)?;
        if let Some((_, rx)) = device.sent.iter().find(|(k, _)| *k == key)
            && *rx.borrow() != Saved::No
        {
            return Ok(rx.clone());
        }
        if over_limit(&mut device.ideas, Instant::now(), self.limits.ideas_per_minute) {
            return Err(Refusal::TooManyIdeas);
        }
        device.ideas.push_back(Instant::now());
        let (ack, rx) = Ack::new();
        device.sent.retain(|(k, _)| *k != key);
        if device.sent.len() >= REMEMBERED {
            device.sent.pop_front();
        }
        device.sent.push_back((key, rx.clone()));
        // Sent while the state is held, so the app sees a device join before its first idea.
        self.events.send(RoomEvent::Idea { idea, ack }).map_err(|_| Refusal::AppGone)?;
        Ok(rx)
    }

    /// Sets a device's dots on one entry of the open vote; the device's dots after it.
    pub(super) fn set_dots(&self, input: &DotsIn, device: &DeviceId) -> Result<serde_json::Value, Refusal> {
        let mut state = self.lock();
        let limit = self.limits.dots_per_minute;
        let d = self.join(&mut state, device)?;
        if over_limit(&mut d.moves, Instant::now(), limit) {
            return Err(Refusal::TooManyMoves);
        }
        d.moves.push_back(Instant::now());
        let vote = match state.vote.as_mut() {
            Some(v) if v.id == input.vote => v,
            _ => return Err(Refusal::VoteClosed),
        };
        let index = vote.entries.iter().position(|(id, _)| *id == input.entry).ok_or(Refusal::NotInVote)?;
        let voters_before = vote.voters();
        let n = vote.entries.len();
        let mine = vote.dots.entry(device.clone()).or_insert_with(|| vec![0; n]);
        let others: u32 =
            mine.iter().enumerate().filter(|&(i, _)| i != index).map(|(_, &d)| u32::from(d)).sum();
        if others + u32::from(input.dots) > u32::from(vote.budget) {
            return Err(Refusal::NoDotsLeft);
        }
        mine[index] = input.dots;
        let voters = vote.voters();
        let body = vote_json(vote, device);
        drop(state);
        if voters != voters_before {
            let _ = self.events.send(RoomEvent::Votes { voters });
        }
        self.touch();
        Ok(body)
    }

    /// The language the page speaks now (the view's).
    pub(crate) fn language(&self) -> crate::model::Language {
        self.lock().view.language
    }

    /// What `device`'s page shows now.
    pub(crate) fn page_state(&self, device: &DeviceId) -> String {
        let state = self.lock();
        let vote = state.vote.as_ref().map(|v| vote_json(v, device));
        json!({ "view": &state.view, "vote": vote }).to_string()
    }
}

/// The open vote as `device` sees it: the entries, its own dots and what is left of its budget.
fn vote_json(vote: &Vote, device: &DeviceId) -> serde_json::Value {
    let mine = vote.dots.get(device);
    let given: u32 = mine.map_or(0, |m| m.iter().map(|&d| u32::from(d)).sum());
    let entries: Vec<_> = vote
        .entries
        .iter()
        .enumerate()
        .map(|(i, (id, text))| {
            let dots = mine.and_then(|m| m.get(i)).copied().unwrap_or(0);
            json!({ "id": id, "text": text, "mine": dots })
        })
        .collect();
    json!({
        "id": vote.id,
        "budget": vote.budget,
        "left": u32::from(vote.budget).saturating_sub(given),
        "entries": entries,
    })
}

/// A device's dots on one entry, as the page sends them.
#[derive(Deserialize)]
pub(super) struct DotsIn {
    pub(super) device: String,
    /// The vote the page shows: dots for a vote that closed are refused.
    vote: u64,
    entry: String,
    dots: u8,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;

    #[test]
    fn a_refusal_is_said_in_the_rooms_language_and_english_as_before() {
        let (status, english) = Refusal::IdeaTooLong(300).said(Tr::default());
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(english, "An idea has at most 280 characters; this one has 300.");
        let (_, german) = Refusal::NoDotsLeft.said(Tr::new(Language::De));
        assert_eq!(german, "Keine Punkte mehr: Nehmen Sie zuerst einem anderen Eintrag einen weg.");
        let (status, french) = Refusal::RoomFull.said(Tr::new(Language::Fr));
        assert_eq!((status, french.as_str()), (StatusCode::TOO_MANY_REQUESTS, "La salle est pleine."));
    }
}
