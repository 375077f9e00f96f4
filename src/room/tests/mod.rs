//! The room's server: the routes called without a socket (tower's `oneshot`), and real sockets on
//! 127.0.0.1 for the live page, closing, reopening and load. Every wait is bounded.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Barrier};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, Request, StatusCode};
use tower::ServiceExt;

use super::routes::router;
use super::server::Shared;
use super::*;

mod limits;
mod sockets;

const LOOPBACK: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);
const CODE: &str = "ABCD2345";

fn view(block: &str) -> RoomView {
    RoomView {
        block: block.into(),
        prompts: vec!["Who is missing?".into()],
        clock: "12:30 left".into(),
        section: Some(IdeaSection::Stakeholders),
        section_name: "Stakeholders".into(),
        entries: vec!["Dispatch".into(), "Drivers".into()],
        language: Default::default(),
    }
}

/// A router over a room with `limits`, and the app's end of it.
fn app_with(limits: Limits) -> (Router, Arc<Shared>, Receiver<RoomEvent>) {
    let (tx, rx) = mpsc::channel();
    let shared = Arc::new(Shared::new(CODE.into(), view("Stakeholders"), limits, tx));
    (router(Arc::clone(&shared)), shared, rx)
}

fn app() -> (Router, Arc<Shared>, Receiver<RoomEvent>) {
    app_with(Limits::default())
}

async fn call(
    app: &Router,
    method: &str,
    uri: &str,
    body: impl Into<Body>,
) -> (StatusCode, HeaderMap, Bytes) {
    let request = Request::builder()
        .method(method)
        .uri(uri)
        .header("content-type", "application/json")
        .body(body.into())
        .unwrap();
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap();
    (status, headers, body)
}

fn idea_json(device: &str, key: &str, text: &str) -> String {
    serde_json::json!({ "device": device, "key": key, "text": text, "section": "Stakeholders" }).to_string()
}

/// The app's side in a test: takes every event, acknowledges every idea as saved (or drops the
/// acks when `save` is false) and hands back the ideas once stopped.
struct FakeApp {
    stop: Arc<AtomicBool>,
    thread: JoinHandle<Vec<RoomIdea>>,
}

impl FakeApp {
    fn start(events: Receiver<RoomEvent>, save: bool) -> FakeApp {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        let thread = std::thread::spawn(move || {
            let mut ideas = Vec::new();
            while !flag.load(Ordering::Relaxed) {
                match events.recv_timeout(Duration::from_millis(20)) {
                    Ok(RoomEvent::Idea { idea, ack }) => {
                        ideas.push(idea);
                        if save {
                            ack.saved();
                        }
                    }
                    Ok(_) => {}
                    Err(RecvTimeoutError::Timeout) => {}
                    Err(RecvTimeoutError::Disconnected) => break,
                }
            }
            ideas
        });
        FakeApp { stop, thread }
    }

    fn stop(self) -> Vec<RoomIdea> {
        self.stop.store(true, Ordering::Relaxed);
        self.thread.join().unwrap()
    }
}

fn ideas_in(events: &Receiver<RoomEvent>) -> Vec<(RoomIdea, Ack)> {
    events
        .try_iter()
        .filter_map(|e| match e {
            RoomEvent::Idea { idea, ack } => Some((idea, ack)),
            _ => None,
        })
        .collect()
}

fn dots_json(device: &str, vote: u64, entry: &str, dots: u8) -> String {
    serde_json::json!({ "device": device, "vote": vote, "entry": entry, "dots": dots }).to_string()
}

// ---- the code, the paths, the headers ----

#[tokio::test]
async fn a_wrong_or_missing_code_gets_403_and_nothing_else() {
    let (app, _shared, events) = app();
    let big = vec![b'x'; 1 << 20];
    for path in [
        "/",
        "/j",
        "/j/",
        "/j/ABCD2346",
        "/j/ABCD2346/app.js",
        "/j/ABCD234/",
        "/j/ABCD23455/",
        "/J/ABCD2345/",
        "/favicon.ico",
        "/../../etc/passwd",
        "/j/../../etc/passwd",
        "/ABCD2345",
    ] {
        let (status, headers, body) = call(&app, "GET", path, Body::empty()).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{path}");
        assert!(body.is_empty(), "{path}");
        assert_eq!(headers["x-content-type-options"], "nosniff");
    }
    // The code is checked before the body is read: a huge body with a wrong code is a 403 too.
    let (status, _, body) = call(&app, "POST", "/j/WRONG234/idea", big).await;
    assert_eq!((status, body.len()), (StatusCode::FORBIDDEN, 0));
    assert!(events.try_recv().is_err(), "nothing reached the app");
}

#[tokio::test]
async fn unknown_paths_under_the_code_are_404_and_nothing_is_read_from_disk() {
    let (app, ..) = app();
    for path in [
        "/j/ABCD2345/../../etc/passwd",
        "/j/ABCD2345/%2e%2e/%2e%2e/etc/passwd",
        "/j/ABCD2345/index.html",
        "/j/ABCD2345/src/room/mod.rs",
        "/j/ABCD2345/page/app.js",
        "/j/ABCD2345/events",
    ] {
        let (status, _, body) = call(&app, "GET", path, Body::empty()).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(!String::from_utf8_lossy(&body).contains("root:"), "{path}");
    }
}

#[tokio::test]
async fn the_page_loads_only_its_own_parts_under_a_strict_policy() {
    let (app, ..) = app();
    let (status, headers, body) = call(&app, "GET", "/j/abcd2345", Body::empty()).await;
    assert_eq!(status, StatusCode::OK, "a code typed in lower case works");
    assert_eq!(
        headers["content-security-policy"],
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; \
         base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    );
    assert_eq!(headers["referrer-policy"], "no-referrer");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert!(headers["content-type"].to_str().unwrap().starts_with("text/html"));
    let html = String::from_utf8(body.to_vec()).unwrap();
    assert!(html.contains(r#"src="/j/ABCD2345/app.js""#));
    assert!(html.contains(r#"href="/j/ABCD2345/app.css""#));
    assert!(
        !html.contains("http:") && !html.contains("https:") && !html.contains("//"),
        "nothing from outside"
    );
    assert!(
        !html.contains("<style") && !html.contains(" style=") && !html.contains("onclick"),
        "no inline code"
    );
    assert!(!html.contains("{CODE}"));

    let (status, headers, js) = call(&app, "GET", "/j/ABCD2345/app.js", Body::empty()).await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers["content-type"].to_str().unwrap().starts_with("text/javascript"));
    let js = String::from_utf8(js.to_vec()).unwrap();
    for unsafe_sink in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("] {
        assert!(!js.contains(unsafe_sink), "{unsafe_sink}");
    }
    assert!(!js.contains("http"), "the script talks only to its own server");
    for (part, kind) in [("app.css", "text/css"), ("icon.svg", "image/svg+xml")] {
        let (status, headers, _) = call(&app, "GET", &format!("/j/ABCD2345/{part}"), Body::empty()).await;
        assert_eq!(status, StatusCode::OK);
        assert!(headers["content-type"].to_str().unwrap().starts_with(kind));
    }
}
