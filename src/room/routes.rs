//! The room's routes (§12): the page, its live events, ideas and dots. Every route is under
//! `/j/CODE/`; the code is checked before anything else is read, and every answer carries the
//! security headers.

use std::convert::Infallible;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, Request, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::http::{HeaderName, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use serde_json::json;

use super::server::{DotsIn, Refusal, Shared, answer};
use super::text::{IDEA_MAX_CHARS, NAME_MAX_CHARS, clean, code_matches, valid_id};
use super::{DeviceId, IdeaSection, RoomIdea, Saved};
use crate::i18n::Tr;

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
    let html = super::words::page(PAGE, &shared.code, crate::i18n::Tr::new(shared.language()));
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
    if valid_id(id, 8) { Ok(DeviceId(id.to_string())) } else { Err(Refusal::UnknownDevice) }
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
) -> Response {
    let tr = Tr::new(shared.language());
    events_for(shared, device).await.unwrap_or_else(|refused| refused.answer(tr))
}

/// The live page for `device`, or why not.
async fn events_for(shared: Arc<Shared>, device: String) -> Result<Response, Refusal> {
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

/// Takes an idea and answers only once the app saved it (or could not), in the room's language.
async fn idea(State(shared): State<Arc<Shared>>, body: Bytes) -> Response {
    let tr = Tr::new(shared.language());
    take_idea(shared, body, tr).await.unwrap_or_else(|refused| refused.answer(tr))
}

/// An idea taken, or why not.
async fn take_idea(shared: Arc<Shared>, body: Bytes, tr: Tr) -> Result<Response, Refusal> {
    let input: IdeaIn = serde_json::from_slice(&body).map_err(|_| Refusal::NotAnIdea)?;
    let device = device_id(&input.device)?;
    if !valid_id(&input.key, 8) {
        return Err(Refusal::NotAnIdea);
    }
    let text = clean(&input.text);
    let chars = text.chars().count();
    if chars == 0 {
        return Err(Refusal::EmptyIdea);
    }
    if chars > IDEA_MAX_CHARS {
        return Err(Refusal::IdeaTooLong(chars));
    }
    let from = clean(&input.name);
    if from.chars().count() > NAME_MAX_CHARS {
        return Err(Refusal::NameTooLong);
    }
    let idea = RoomIdea { section: input.section, text, from, device };
    let mut saved = shared.take_idea(input.key, idea)?;
    let wait = Duration::from_secs(shared.limits.ack_secs);
    let outcome = tokio::time::timeout(wait, saved.wait_for(|s| *s != Saved::Waiting)).await;
    Ok(match outcome {
        Ok(Ok(s)) if *s == Saved::Yes => answer(StatusCode::OK, &json!({ "saved": true })),
        Ok(_) => answer(
            StatusCode::SERVICE_UNAVAILABLE,
            &json!({ "saved": false, "error": tr.get("room-refused-not-saved") }),
        ),
        Err(_) => answer(
            StatusCode::GATEWAY_TIMEOUT,
            &json!({ "saved": false, "error": tr.get("room-refused-not-yet") }),
        ),
    })
}

async fn dots(State(shared): State<Arc<Shared>>, body: Bytes) -> Response {
    let tr = Tr::new(shared.language());
    give_dots(&shared, body).unwrap_or_else(|refused| refused.answer(tr))
}

/// A device's dots given, or why not.
fn give_dots(shared: &Shared, body: Bytes) -> Result<Response, Refusal> {
    let input: DotsIn = serde_json::from_slice(&body).map_err(|_| Refusal::NotAVote)?;
    let device = device_id(&input.device)?;
    let body = shared.set_dots(&input, &device)?;
    Ok(answer(StatusCode::OK, &body))
}
