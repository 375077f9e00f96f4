//! The routes, the room's state and the limits (§12). Every route is under `/j/CODE/`; the code
//! is checked before anything else is read, and every answer carries the security headers.

use std::collections::{HashMap, VecDeque};
use std::convert::Infallible;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, Request, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, RETRY_AFTER};
use axum::http::{HeaderName, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use serde_json::json;
use tokio::sync::watch;

use super::text::{IDEA_MAX_CHARS, NAME_MAX_CHARS, clean, code_matches, valid_id};
use super::{Ack, DeviceId, IdeaSection, Limits, RoomEvent, RoomIdea, RoomView, Saved};

/// The largest request body read (§12); more is answered 413 before it is all received.
pub(crate) const BODY_LIMIT: usize = 16 * 1024;

/// The page, its style and its script: in the binary, never read from disk.
const PAGE: &str = include_str!("page/index.html");
const STYLE: &str = include_str!("page/app.css");
const SCRIPT: &str = include_str!("page/app.js");
const ICON: &str = include_str!("page/icon.svg");

/// The page may load only its own script and style from this server, and talk only to it.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; \
                   img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// How many idea keys a device's answers are remembered for (a resend of one of them gets the
/// first send's answer instead of becoming a second idea).
const REMEMBERED: usize = 64;

/// The room's state, shared by the app's handle and the server's tasks.
pub(crate) struct Shared {
    /// The join code.
    pub(crate) code: String,
    limits: Limits,
    events: Sender<RoomEvent>,
    state: Mutex<RoomState>,
    /// Bumped whenever what a page shows may have changed: the view or the vote.
    changed: watch::Sender<u64>,
    /// Event streams open now.
    streams: AtomicUsize,
}

#[derive(Default)]
struct RoomState {
    view: RoomView,
    devices: HashMap<DeviceId, Device>,
    vote: Option<Vote>,
    votes_opened: u64,
}

#[derive(Default)]
struct Device {
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

/// Why a request is refused, with the answer the page shows.
#[derive(Debug, PartialEq, Eq)]
enum Refusal {
    BadRequest(&'static str),
    Unprocessable(String),
    RoomFull,
    TooManyIdeas,
    TooManyMoves,
    TooManyPages,
    VoteClosed,
    AppGone,
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        let (status, text) = match self {
            Refusal::BadRequest(t) => (StatusCode::BAD_REQUEST, t.to_string()),
            Refusal::Unprocessable(t) => (StatusCode::UNPROCESSABLE_ENTITY, t),
            Refusal::RoomFull => (StatusCode::TOO_MANY_REQUESTS, "The room is full.".into()),
            Refusal::TooManyIdeas => (
                StatusCode::TOO_MANY_REQUESTS,
                "Many ideas from this device in a minute: wait a moment and send it again.".into(),
            ),
            Refusal::TooManyMoves => {
                (StatusCode::TOO_MANY_REQUESTS, "Many changes in a minute: wait a moment.".into())
            }
            Refusal::TooManyPages => (StatusCode::TOO_MANY_REQUESTS, "Too many pages are open.".into()),
            Refusal::VoteClosed => (StatusCode::CONFLICT, "The vote is closed.".into()),
            Refusal::AppGone => {
                (StatusCode::SERVICE_UNAVAILABLE, "The room is closing: keep your text.".into())
            }
        };
        let mut response = answer(status, &json!({ "saved": false, "error": text }));
        if status == StatusCode::TOO_MANY_REQUESTS {
            response.headers_mut().insert(RETRY_AFTER, HeaderValue::from_static("60"));
        }
        response
    }
}

/// A JSON answer.
fn answer(status: StatusCode, body: &serde_json::Value) -> Response {
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
    fn lock(&self) -> MutexGuard<'_, RoomState> {
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
    fn join<'s>(&self, state: &'s mut RoomState, device: &DeviceId) -> Result<&'s mut Device, Refusal> {
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
    fn take_idea(&self, key: String, idea: RoomIdea) -> Result<watch::Receiver<Saved>, Refusal> {
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
    fn set_dots(&self, input: &DotsIn, device: &DeviceId) -> Result<serde_json::Value, Refusal> {
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
        let index = vote
            .entries
            .iter()
            .position(|(id, _)| *id == input.entry)
            .ok_or_else(|| Refusal::Unprocessable("That entry is not in the vote.".into()))?;
        let voters_before = vote.voters();
        let n = vote.entries.len();
        let mine = vote.dots.entry(device.clone()).or_insert_with(|| vec![0; n]);
        let others: u32 =
            mine.iter().enumerate().filter(|&(i, _)| i != index).map(|(_, &d)| u32::from(d)).sum();
        if others + u32::from(input.dots) > u32::from(vote.budget) {
            return Err(Refusal::Unprocessable("No dots left: take one from another entry first.".into()));
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

/// The server's routes over `shared`.
pub(crate) fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/j/{code}", get(page))
        .route("/j/{code}/", get(page))
        .route("/j/{code}/app.css", get(style))
        .route("/j/{code}/app.js", get(script))
        .route("/j/{code}/icon.svg", get(icon))
        .route("/j/{code}/events/{device}", get(events))
        .route("/j/{code}/idea", post(idea))
        .route("/j/{code}/dots", post(dots))
        .fallback(|| async { StatusCode::NOT_FOUND })
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(middleware::from_fn_with_state(Arc::clone(&shared), guard))
        .with_state(shared)
}

/// Before anything: the join code. A request without the right one gets 403 and an empty body,
/// nothing that tells whether the room exists. Every answer gets the security headers.
async fn guard(State(shared): State<Arc<Shared>>, request: Request, next: Next) -> Response {
    let code = request.uri().path().strip_prefix("/j/").and_then(|rest| rest.split('/').next());
    let mut response = match code {
        Some(code) if code_matches(code, &shared.code) => next.run(request).await,
        _ => StatusCode::FORBIDDEN.into_response(),
    };
    let headers = response.headers_mut();
    headers.insert(HeaderName::from_static("content-security-policy"), HeaderValue::from_static(CSP));
    headers.insert(HeaderName::from_static("x-content-type-options"), HeaderValue::from_static("nosniff"));
    headers.insert(HeaderName::from_static("referrer-policy"), HeaderValue::from_static("no-referrer"));
    headers.insert(HeaderName::from_static("x-frame-options"), HeaderValue::from_static("DENY"));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

async fn page(State(shared): State<Arc<Shared>>) -> Response {
    // The code is from the code alphabet: nothing in it needs escaping in HTML.
    let html = PAGE.replace("{CODE}", &shared.code);
    ([(CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response()
}

async fn style() -> Response {
    ([(CONTENT_TYPE, "text/css; charset=utf-8")], STYLE).into_response()
}

async fn script() -> Response {
    ([(CONTENT_TYPE, "text/javascript; charset=utf-8")], SCRIPT).into_response()
}

async fn icon() -> Response {
    ([(CONTENT_TYPE, "image/svg+xml")], ICON).into_response()
}

/// A device id from a request, if it is one.
fn device_id(id: &str) -> Result<DeviceId, Refusal> {
    if valid_id(id, 8) { Ok(DeviceId(id.to_string())) } else { Err(Refusal::BadRequest("Unknown device.")) }
}

/// Frees a stream's place when its page goes.
struct StreamSlot(Arc<Shared>);

impl Drop for StreamSlot {
    fn drop(&mut self) {
        self.0.streams.fetch_sub(1, Ordering::Relaxed);
    }
}

/// The live page: a server-sent event with the whole page state at once and after each change
/// (changes close together are sent as one).
async fn events(
    State(shared): State<Arc<Shared>>,
    Path((_code, device)): Path<(String, String)>,
) -> Result<Response, Refusal> {
    let device = device_id(&device)?;
    {
        let mut state = shared.lock();
        shared.join(&mut state, &device)?;
    }
    if shared.streams.fetch_add(1, Ordering::Relaxed) >= shared.limits.streams {
        shared.streams.fetch_sub(1, Ordering::Relaxed);
        return Err(Refusal::TooManyPages);
    }
    let slot = StreamSlot(Arc::clone(&shared));
    let mut changed = shared.changed.subscribe();
    changed.mark_changed();
    let start = (shared, changed, String::new(), slot, device);
    let stream =
        futures_util::stream::unfold(start, |(shared, mut changed, last, slot, device)| async move {
            loop {
                changed.changed().await.ok()?;
                let now = shared.page_state(&device);
                if now != last {
                    let event = Event::default().event("room").data(now.as_str());
                    return Some((Ok::<_, Infallible>(event), (shared, changed, now, slot, device)));
                }
            }
        });
    Ok(Sse::new(stream).keep_alive(KeepAlive::default()).into_response())
}

/// An idea as the page sends it.
#[derive(Deserialize)]
struct IdeaIn {
    device: String,
    /// The page's key for this idea: the same on a resend, so it is not taken twice.
    key: String,
    text: String,
    #[serde(default)]
    name: String,
    section: IdeaSection,
}

/// Takes an idea and answers only once the app saved it (or could not).
async fn idea(State(shared): State<Arc<Shared>>, body: Bytes) -> Result<Response, Refusal> {
    let input: IdeaIn = serde_json::from_slice(&body)
        .map_err(|_| Refusal::BadRequest("That is not an idea the room reads."))?;
    let device = device_id(&input.device)?;
    if !valid_id(&input.key, 8) {
        return Err(Refusal::BadRequest("That is not an idea the room reads."));
    }
    let text = clean(&input.text);
    let chars = text.chars().count();
    if chars == 0 {
        return Err(Refusal::Unprocessable("The idea is empty.".into()));
    }
    if chars > IDEA_MAX_CHARS {
        return Err(Refusal::Unprocessable(format!(
            "An idea has at most {IDEA_MAX_CHARS} characters; this one has {chars}."
        )));
    }
    let from = clean(&input.name);
    if from.chars().count() > NAME_MAX_CHARS {
        return Err(Refusal::Unprocessable(format!("A name has at most {NAME_MAX_CHARS} characters.")));
    }
    let idea = RoomIdea { section: input.section, text, from, device };
    let mut saved = shared.take_idea(input.key, idea)?;
    let wait = Duration::from_secs(shared.limits.ack_secs);
    let outcome = tokio::time::timeout(wait, saved.wait_for(|s| *s != Saved::Waiting)).await;
    Ok(match outcome {
        Ok(Ok(s)) if *s == Saved::Yes => answer(StatusCode::OK, &json!({ "saved": true })),
        Ok(_) => answer(
            StatusCode::SERVICE_UNAVAILABLE,
            &json!({ "saved": false, "error": "Not saved on the facilitator's laptop: send it again." }),
        ),
        Err(_) => answer(
            StatusCode::GATEWAY_TIMEOUT,
            &json!({ "saved": false, "error": "Not saved yet: send it again in a moment." }),
        ),
    })
}

/// A device's dots on one entry, as the page sends them.
#[derive(Deserialize)]
struct DotsIn {
    device: String,
    /// The vote the page shows: dots for a vote that closed are refused.
    vote: u64,
    entry: String,
    dots: u8,
}

async fn dots(State(shared): State<Arc<Shared>>, body: Bytes) -> Result<Response, Refusal> {
    let input: DotsIn = serde_json::from_slice(&body)
        .map_err(|_| Refusal::BadRequest("That is not a vote the room reads."))?;
    let device = device_id(&input.device)?;
    let body = shared.set_dots(&input, &device)?;
    Ok(answer(StatusCode::OK, &body))
}
