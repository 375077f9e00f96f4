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

use super::server::{Shared, router};
use super::*;

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

// ---- limits ----

#[tokio::test]
async fn a_body_over_16_kib_gets_413() {
    let (app, _shared, events) = app();
    let big = idea_json("device-0001", "key-00001", &"x".repeat(1 << 20));
    for route in ["/j/ABCD2345/idea", "/j/ABCD2345/dots"] {
        let (status, ..) = call(&app, "POST", route, big.clone()).await;
        assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{route}");
    }
    assert!(events.try_recv().is_err());
}

#[tokio::test]
async fn an_idea_over_280_characters_is_refused_with_a_clear_message() {
    let (app, _shared, events) = app();
    let long = "é".repeat(281);
    let (status, _, body) =
        call(&app, "POST", "/j/ABCD2345/idea", idea_json("device-0001", "key-00001", &long)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let answer: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(answer["saved"], false);
    assert_eq!(answer["error"], "An idea has at most 280 characters; this one has 281.");
    let (status, ..) =
        call(&app, "POST", "/j/ABCD2345/idea", idea_json("device-0001", "key-00002", " \u{1b} ")).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "empty once cleaned");
    for bad in ["not json", r#"{"device":"x","key":"key-00003","text":"a","section":"Tasks"}"#] {
        let (status, ..) = call(&app, "POST", "/j/ABCD2345/idea", bad).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");
    }
    let bad_section = r#"{"device":"device-0001","key":"key-00004","text":"a","section":"Wall"}"#;
    assert_eq!(call(&app, "POST", "/j/ABCD2345/idea", bad_section).await.0, StatusCode::BAD_REQUEST);
    assert!(ideas_in(&events).is_empty());

    // 280 characters exactly is an idea.
    let fake = FakeApp::start(events, true);
    let (status, ..) =
        call(&app, "POST", "/j/ABCD2345/idea", idea_json("device-0001", "key-00005", &long[2..])).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(fake.stop()[0].text.chars().count(), 280);
}

#[tokio::test]
async fn ten_thousand_requests_from_one_device_get_429_after_the_limit_and_the_room_goes_on() {
    let (app, _shared, events) = app();
    let fake = FakeApp::start(events, true);
    let mut ok = 0;
    let mut limited = 0;
    for i in 0..10_000 {
        let body = idea_json("device-flood", &format!("key-{i:05}"), "again and again");
        let (status, headers, _) = call(&app, "POST", "/j/ABCD2345/idea", body).await;
        match status {
            StatusCode::OK => ok += 1,
            StatusCode::TOO_MANY_REQUESTS => {
                assert_eq!(headers["retry-after"], "60");
                limited += 1;
            }
            other => panic!("{other}"),
        }
    }
    assert_eq!((ok, limited), (10, 9_990));
    // Everyone else is still served, at once.
    let started = Instant::now();
    let (status, ..) = call(&app, "GET", "/j/ABCD2345/", Body::empty()).await;
    assert_eq!(status, StatusCode::OK);
    let (status, ..) =
        call(&app, "POST", "/j/ABCD2345/idea", idea_json("device-quiet", "key-00001", "a calm idea")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(started.elapsed() < Duration::from_secs(10));
    let ideas = fake.stop();
    assert_eq!(ideas.len(), 11, "only the ideas within the limit reached the app");
}

#[tokio::test]
async fn devices_beyond_the_room_s_limit_get_429() {
    let (app, shared, events) = app_with(Limits { devices: 3, ..Limits::default() });
    for d in 0..3 {
        let (status, ..) =
            call(&app, "POST", "/j/ABCD2345/dots", dots_json(&format!("device-{d:04}"), 1, "a", 1)).await;
        assert_eq!(status, StatusCode::CONFLICT, "no vote is open, but the device joined");
    }
    let (status, ..) = call(&app, "POST", "/j/ABCD2345/dots", dots_json("device-0003", 1, "a", 1)).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    let (status, ..) = call(&app, "GET", "/j/ABCD2345/events/device-0004", Body::empty()).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(shared.devices(), 3);
    let joined: Vec<usize> = events
        .try_iter()
        .filter_map(|e| match e {
            RoomEvent::Joined { devices } => Some(devices),
            _ => None,
        })
        .collect();
    assert_eq!(joined, [1, 2, 3]);
}

// ---- what participants send ----

#[tokio::test]
async fn hostile_text_reaches_the_app_as_plain_text() {
    let (app, _shared, events) = app();
    let fake = FakeApp::start(events, true);
    let sent = [
        ("<script>alert(document.cookie)</script>", "<script>alert(document.cookie)</script>"),
        ("\u{1b}[2J\u{1b}]0;pwned\u{7}clear", "[2J]0;pwnedclear"),
        ("invoice\u{202E}fdp.exe", "invoicefdp.exe"),
        ("\u{2066}isolated\u{2069} and \u{9b}31m C1", "isolated and 31m C1"),
        ("line\r\nbreak", "line break"),
    ];
    for (i, (text, _)) in sent.iter().enumerate() {
        let body = serde_json::json!({
            "device": "device-0001", "key": format!("key-{i:05}"), "text": text,
            "name": "\u{1b}[31mMallory\u{202E}", "section": "Parking",
        });
        let (status, ..) = call(&app, "POST", "/j/ABCD2345/idea", body.to_string()).await;
        assert_eq!(status, StatusCode::OK, "{text:?}");
    }
    let ideas = fake.stop();
    let got: Vec<&str> = ideas.iter().map(|i| i.text.as_str()).collect();
    let want: Vec<&str> = sent.iter().map(|(_, w)| *w).collect();
    assert_eq!(got, want);
    for idea in &ideas {
        assert_eq!(idea.from, "[31mMallory");
        assert_eq!(idea.section, IdeaSection::Parking);
        assert!(!idea.text.chars().any(|c| c.is_control() || ('\u{202A}'..='\u{202E}').contains(&c)));
    }
}

#[tokio::test]
async fn an_idea_is_acknowledged_only_after_the_app_saved_it() {
    let (app, _shared, events) = app();
    let send = |key: &'static str| {
        let app = app.clone();
        tokio::spawn(async move {
            call(&app, "POST", "/j/ABCD2345/idea", idea_json("device-0001", key, "Night-shift dispatchers"))
                .await
        })
    };
    let mut first = send("key-00001");
    // The app has the idea but has not saved it: the phone hears nothing yet.
    let (idea, ack) = wait_for_idea(&events).await;
    assert_eq!(idea.text, "Night-shift dispatchers");
    assert_eq!(idea.device.as_str(), "device-0001");
    assert!(tokio::time::timeout(Duration::from_millis(300), &mut first).await.is_err());
    ack.saved();
    let (status, _, body) = first.await.unwrap();
    assert_eq!(status, StatusCode::OK);
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&body).unwrap()["saved"], true);

    // The same idea sent again (its answer was lost on the way): saved, and not taken twice.
    let (status, ..) = send("key-00001").await.unwrap();
    assert_eq!(status, StatusCode::OK);
    assert!(ideas_in(&events).is_empty());

    // The app could not save it: the phone is told so, and may send it again.
    let second = send("key-00002");
    let (_, ack) = wait_for_idea(&events).await;
    drop(ack);
    let (status, _, body) = second.await.unwrap();
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&body).unwrap()["saved"], false);
    let again = send("key-00002");
    let (idea, ack) = wait_for_idea(&events).await;
    assert_eq!(idea.text, "Night-shift dispatchers");
    ack.saved();
    assert_eq!(again.await.unwrap().0, StatusCode::OK);
}

async fn wait_for_idea(events: &Receiver<RoomEvent>) -> (RoomIdea, Ack) {
    for _ in 0..500 {
        if let Some(found) = ideas_in(events).pop() {
            return found;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("no idea arrived");
}

#[tokio::test]
async fn the_app_that_never_answers_times_the_phone_out_and_a_resend_waits_for_the_same_idea() {
    let (app, _shared, events) = app_with(Limits { ack_secs: 1, ..Limits::default() });
    let body = idea_json("device-0001", "key-00001", "slow disk");
    let (status, ..) = call(&app, "POST", "/j/ABCD2345/idea", body.clone()).await;
    assert_eq!(status, StatusCode::GATEWAY_TIMEOUT);
    let mut waiting = ideas_in(&events);
    assert_eq!(waiting.len(), 1);
    let resend = {
        let app = app.clone();
        tokio::spawn(async move { call(&app, "POST", "/j/ABCD2345/idea", body).await })
    };
    tokio::time::sleep(Duration::from_millis(100)).await;
    waiting.pop().unwrap().1.saved();
    assert_eq!(resend.await.unwrap().0, StatusCode::OK);
    assert!(ideas_in(&events).is_empty(), "the resend did not make a second idea");
}

// ---- votes ----

fn dots_json(device: &str, vote: u64, entry: &str, dots: u8) -> String {
    serde_json::json!({ "device": device, "vote": vote, "entry": entry, "dots": dots }).to_string()
}

#[tokio::test]
async fn each_device_moves_its_own_dots_within_its_budget_until_the_vote_closes() {
    let (app, shared, events) = app();
    let entries = vec![
        ("t1".to_string(), "Weekly demo".to_string()),
        ("t2".into(), "FAQ".into()),
        ("t3".into(), "Bots".into()),
    ];
    shared.open_vote(entries, 3);
    let post = |device: &'static str, entry: &'static str, dots: u8| {
        let app = app.clone();
        async move {
            let (status, _, body) =
                call(&app, "POST", "/j/ABCD2345/dots", dots_json(device, 1, entry, dots)).await;
            (status, serde_json::from_slice::<serde_json::Value>(&body).unwrap())
        }
    };
    let (status, mine) = post("device-000a", "t1", 2).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!((mine["left"].as_u64(), mine["entries"][0]["mine"].as_u64()), (Some(1), Some(2)));
    assert_eq!(post("device-000a", "t2", 1).await.0, StatusCode::OK);
    let (status, refused) = post("device-000a", "t3", 1).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "over the budget");
    assert!(refused["error"].as_str().unwrap().contains("No dots left"));
    // Moving a dot: take it from t1, give it to t3.
    assert_eq!(post("device-000a", "t1", 1).await.0, StatusCode::OK);
    assert_eq!(post("device-000a", "t3", 1).await.0, StatusCode::OK);
    let (_, b) = post("device-000b", "t1", 3).await;
    // A device sees only its own dots.
    assert_eq!(b["entries"][0]["mine"], 3);
    assert_eq!(b["entries"][2]["mine"], 0);
    assert_eq!(b["left"], 0);
    assert_eq!(post("device-000b", "nope", 0).await.0, StatusCode::UNPROCESSABLE_ENTITY);
    // A phone that lost the network comes back with its kept id: its dots are still its own.
    let back: serde_json::Value =
        serde_json::from_str(&shared.page_state(&DeviceId("device-000a".into()))).unwrap();
    let mine: Vec<u64> = (0..3).map(|i| back["vote"]["entries"][i]["mine"].as_u64().unwrap()).collect();
    assert_eq!((mine, back["vote"]["left"].as_u64()), (vec![1, 1, 1], Some(0)));
    assert_eq!(back["view"]["block"], "Stakeholders");
    assert_eq!(shared.voters(), 2);
    let votes: Vec<usize> = events
        .try_iter()
        .filter_map(|e| match e {
            RoomEvent::Votes { voters } => Some(voters),
            _ => None,
        })
        .collect();
    assert_eq!(votes, [0, 1, 2]);

    assert_eq!(shared.close_vote(), [("t1".to_string(), 4), ("t2".into(), 1), ("t3".into(), 1)]);
    assert!(!shared.voting());
    assert_eq!(post("device-000a", "t1", 0).await.0, StatusCode::CONFLICT, "the vote is closed");
    // A new vote: dots meant for the old one are refused.
    shared.open_vote(vec![("t1".into(), "Weekly demo".into())], 3);
    assert_eq!(post("device-000a", "t1", 1).await.0, StatusCode::CONFLICT);
    assert_eq!(shared.close_vote(), [("t1".to_string(), 0)]);
    assert!(shared.close_vote().is_empty());
}

// ---- real sockets on 127.0.0.1 ----

/// One request on its own connection: the status and the body.
fn request(addr: SocketAddr, method: &str, path: &str, body: &str) -> io::Result<(u16, String)> {
    let mut stream = TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer)?;
    let text = String::from_utf8_lossy(&answer).into_owned();
    let status = text.get(9..12).and_then(|s| s.parse().ok()).unwrap_or(0);
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
    Ok((status, body))
}

/// A live page's event stream, read line by line.
fn subscribe(addr: SocketAddr, code: &str, device: &str) -> BufReader<TcpStream> {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        stream,
        "GET /j/{code}/events/{device} HTTP/1.1\r\nHost: {addr}\r\nAccept: text/event-stream\r\n\r\n"
    )
    .unwrap();
    BufReader::new(stream)
}

/// Reads the stream until a line holds `needle`; false when it ended or 10 s passed first.
fn read_until(stream: &mut BufReader<TcpStream>, needle: &str) -> bool {
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut line = String::new();
    while Instant::now() < deadline {
        line.clear();
        match stream.read_line(&mut line) {
            Ok(0) | Err(_) => return false,
            Ok(_) if line.contains(needle) => return true,
            Ok(_) => {}
        }
    }
    false
}

#[test]
fn open_pages_follow_the_view_live() {
    let room = Room::open(LOOPBACK, 0, view("Open & frame")).unwrap();
    assert_eq!(room.url(), format!("http://{}/j/{}", room.addr(), room.code()));
    assert_eq!(room.code().len(), CODE_LEN);
    let mut page = subscribe(room.addr(), room.code(), "device-live1");
    assert!(read_until(&mut page, "text/event-stream"));
    assert!(read_until(&mut page, "Open & frame"));
    let mut next = view("Stakeholders <b>now</b>");
    next.clock = "19:59 left".into();
    room.show(next);
    assert!(read_until(&mut page, r#""block":"Stakeholders <b>now</b>""#));
    room.open_vote(vec![("a1".into(), "Shared calendar".into())], 3);
    assert!(read_until(&mut page, "Shared calendar"));
    assert!(matches!(room.events().try_recv(), Ok(RoomEvent::Joined { devices: 1 })));
    assert!(room.qr().is_some_and(|q| q.width() >= 21));
    room.close();
}

#[test]
fn closing_ends_every_connection_frees_the_port_and_retires_the_code() {
    let room = Room::open(LOOPBACK, 0, view("Tasks")).unwrap();
    let addr = room.addr();
    let old_code = room.code().to_string();
    let mut page = subscribe(addr, &old_code, "device-close");
    assert!(read_until(&mut page, "Tasks"));
    // An idea the app never saves: its phone must not hear "saved".
    let path = format!("/j/{old_code}/idea");
    let waiting = std::thread::spawn(move || {
        request(addr, "POST", &path, &idea_json("device-close", "key-00001", "late"))
    });
    let deadline = Instant::now() + Duration::from_secs(10);
    let (_idea, ack) = loop {
        match room.events().recv_timeout(Duration::from_millis(50)) {
            Ok(RoomEvent::Idea { idea, ack }) => break (idea, ack),
            _ => assert!(Instant::now() < deadline, "the idea never came"),
        }
    };
    room.close();
    // The open page's stream ends (its end is read, not a 10-second timeout).
    let mut rest = Vec::new();
    assert!(page.read_to_end(&mut rest).is_ok(), "the open page's stream ended");
    // No answer at all (a reset or an empty read), and never "saved".
    if let Ok((status, _)) = waiting.join().unwrap() {
        assert_eq!(status, 0, "no answer at all");
    }
    ack.saved(); // too late, and harmless

    let again = Room::open(LOOPBACK, addr.port(), view("Tasks")).expect("the port is free again");
    assert_eq!(again.addr(), addr);
    assert_ne!(again.code(), old_code);
    let (status, body) = request(addr, "GET", &format!("/j/{old_code}/"), "").unwrap();
    assert_eq!((status, body.as_str()), (403, ""), "the old code opens nothing");
    let (status, _) = request(addr, "GET", &format!("/j/{}/", again.code()), "").unwrap();
    assert_eq!(status, 200);
    drop(again);
    assert!(TcpStream::connect(addr).is_err(), "dropping the room closes it too");
}

#[test]
fn a_hundred_devices_send_a_thousand_ideas_and_vote_at_once_and_each_idea_arrives_once() {
    const DEVICES: usize = 100;
    const IDEAS: usize = 10;
    let room = Room::open(LOOPBACK, 0, view("Actions")).unwrap();
    let entries: Vec<(String, String)> = (1..=3).map(|i| (format!("a{i}"), format!("Action {i}"))).collect();
    room.open_vote(entries, 3);
    let addr = room.addr();
    let code = room.code().to_string();
    let start = Arc::new(Barrier::new(DEVICES));
    let devices: Vec<_> = (0..DEVICES)
        .map(|d| {
            let start = Arc::clone(&start);
            let code = code.clone();
            std::thread::spawn(move || -> Result<(), String> {
                let device = format!("device-{d:04}");
                start.wait();
                let mut page = subscribe(addr, &code, &device);
                if !read_until(&mut page, "Action 1") {
                    return Err(format!("{device}: no live page"));
                }
                for i in 0..IDEAS {
                    let body = idea_json(&device, &format!("key-{i:05}"), &format!("idea {i} from {device}"));
                    let (status, answer) = request(addr, "POST", &format!("/j/{code}/idea"), &body)
                        .map_err(|e| e.to_string())?;
                    if status != 200 || !answer.contains(r#""saved":true"#) {
                        return Err(format!("{device} idea {i}: {status} {answer}"));
                    }
                }
                for entry in ["a1", "a2", "a3"] {
                    let (status, answer) =
                        request(addr, "POST", &format!("/j/{code}/dots"), &dots_json(&device, 1, entry, 1))
                            .map_err(|e| e.to_string())?;
                    if status != 200 {
                        return Err(format!("{device} dots: {status} {answer}"));
                    }
                }
                Ok(())
            })
        })
        .collect();

    // The app: takes each idea, saves it (here: keeps it) and acknowledges it.
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut ideas = Vec::new();
    let mut joined = 0;
    while ideas.len() < DEVICES * IDEAS && Instant::now() < deadline {
        match room.events().recv_timeout(Duration::from_millis(50)) {
            Ok(RoomEvent::Idea { idea, ack }) => {
                ideas.push((idea.device.to_string(), idea.text));
                ack.saved();
            }
            Ok(RoomEvent::Joined { devices }) => joined = devices,
            _ => {}
        }
    }
    for device in devices {
        device.join().unwrap().unwrap();
    }
    assert_eq!(ideas.len(), DEVICES * IDEAS, "every idea arrived");
    let unique: std::collections::HashSet<_> = ideas.iter().collect();
    assert_eq!(unique.len(), DEVICES * IDEAS, "no idea twice");
    assert!(ideas_in(room.events()).is_empty(), "nothing more came");
    assert_eq!(joined.max(room.devices()), DEVICES);
    assert_eq!(room.voters(), DEVICES);
    assert_eq!(room.close_vote(), [("a1".to_string(), 100), ("a2".into(), 100), ("a3".into(), 100)]);
    room.close();
}

#[test]
fn an_ipv6_address_is_bracketed_in_the_url() {
    let addr: SocketAddr = "[fe80::1]:8080".parse().unwrap();
    assert_eq!(super::url_host(addr), "[fe80::1]:8080");
    assert_eq!(super::url_host("10.0.0.7:80".parse().unwrap()), "10.0.0.7:80");
}

#[test]
fn the_local_address_is_a_real_one_or_loopback() {
    let ip = local_address();
    assert!(!ip.is_unspecified() && !ip.is_multicast());
}
