//! The room in the app: `R` opens it (the join card on screen), an idea sent from a "phone"
//! lands in the file's inbox before the phone hears it arrived, `I` accepts it as an entry
//! (undoable), `V` opens and closes a vote, `R` again closes the room and frees the port.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use crate::common::tui::*;
use crate::common::{Sandbox, shipped};
use cvc::tui::app::Screen;
use cvc::tui::keys::Mode;
use cvc::tui::layers::Layer;
use cvc::tui::runner::Session;
use cvc::tui::section::Section;
use ratatui::crossterm::event::KeyCode;

/// A phone posting `body` to `path` on the room at `addr`; the whole answer.
fn post(addr: std::net::SocketAddr, path: &str, body: &str) -> String {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).unwrap();
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    answer
}

/// A phone sends an idea while the app keeps polling the room; the phone's whole answer once
/// the idea is in the inbox.
fn send_idea(app: &mut Session, addr: std::net::SocketAddr, code: &str, body: &'static str) -> String {
    let path = format!("/j/{code}/idea");
    let phone = std::thread::spawn(move || post(addr, &path, body));
    let start = Instant::now();
    while workshop(app).canvas.inbox.is_empty() {
        app.poll();
        if workshop(app).canvas.inbox.is_empty()
            && (phone.is_finished() || start.elapsed() > Duration::from_secs(20))
        {
            panic!("the idea never arrived: {}", phone.join().unwrap());
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    phone.join().unwrap()
}

fn with_room_open(s: &Sandbox) -> (std::path::PathBuf, Session, String, std::net::SocketAddr) {
    let (file, app) = app_on_copy(s.dir.path(), "acme-2026-11");
    open_the_room(file, app)
}

/// The room open on `app`'s workshop, its join card checked at two sizes.
fn open_the_room(
    file: std::path::PathBuf,
    mut app: Session,
) -> (std::path::PathBuf, Session, String, std::net::SocketAddr) {
    if let Screen::Workshop(w) = &mut app.screen {
        w.room.bind = Some("127.0.0.1".parse().unwrap());
    }
    while workshop(&app).section != Section::Stakeholders {
        press(&mut app, KeyCode::Tab);
    }
    press(&mut app, KeyCode::Char('R'));
    let Some(Layer::RoomCard(card)) = app.top() else { panic!("R shows the join card: {:?}", app.mode()) };
    let url = card.url.clone();
    let code = card.code.clone();
    let addr: std::net::SocketAddr =
        url.trim_start_matches("http://").split('/').next().unwrap().parse().unwrap();
    let shown = screen(&app, 100, 30);
    assert!(shown.contains(&url), "the address is on screen:\n{shown}");
    assert!(shown.contains('▀') || shown.contains('█'), "the QR code is on screen:\n{shown}");
    let small = screen(&app, 80, 24);
    assert!(small.contains('▀') && small.contains(&url), "the QR code and address at 80×24 too:\n{small}");
    (file, app, code, addr)
}

#[test]
fn an_idea_from_a_phone_is_saved_in_the_inbox_before_the_phone_hears_and_is_accepted_with_i() {
    let s = Sandbox::new();
    let (file, mut app, code, addr) = with_room_open(&s);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Workshop, "Esc hides the card; the room stays open");
    assert!(screen(&app, 100, 30).contains("● room"), "the title bar says the room is open");
    press(&mut app, KeyCode::Char('I'));
    let note = workshop(&app).note.as_ref().unwrap().text.clone();
    assert!(note.contains("inbox is empty") && !note.contains("R opens"), "R would close it: {note}");
    let phone = send_idea(
        &mut app,
        addr,
        &code,
        r#"{"device":"phone-0001-abcd","key":"idea-key-0001","text":"Night-shift dispatchers","name":"Ana","section":"Stakeholders"}"#,
    );
    let answer = phone;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("\"saved\":true"), "{answer}");
    let on_disk = cvc::store::load(&file).unwrap();
    assert_eq!(on_disk.inbox.len(), 1, "in the file's inbox before the phone heard");
    assert_eq!(
        (on_disk.inbox[0].text.as_str(), on_disk.inbox[0].from.as_str()),
        ("Night-shift dispatchers", "Ana")
    );
    let people = workshop(&app).canvas.stakeholders.len();
    let wall = screen(&app, 100, 30);
    assert!(!wall.contains("Night-shift"), "nothing reaches the wall before it is accepted:\n{wall}");
    press(&mut app, KeyCode::Char('I'));
    assert_eq!(app.mode(), Mode::Inbox);
    assert!(screen(&app, 100, 30).contains("Night-shift dispatchers"), "the inbox lists it");
    press(&mut app, KeyCode::Enter);
    let w = workshop(&app);
    assert_eq!(w.canvas.stakeholders.len(), people + 1);
    assert_eq!(w.canvas.stakeholders.last().unwrap().name, "Night-shift dispatchers");
    assert!(w.canvas.inbox.is_empty());
    assert!(w.note.as_ref().unwrap().text.contains("accepted an idea from the room"));
    press(&mut app, KeyCode::Char('u'));
    let w = workshop(&app);
    assert_eq!((w.canvas.stakeholders.len(), w.canvas.inbox.len()), (people, 1), "undo gives the idea back");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('R'));
    assert!(workshop(&app).room.open, "R asks before closing the room");
    press(&mut app, KeyCode::Char('y'));
    assert!(!workshop(&app).room.open);
    // The server's thread stops listening as it winds down: within a few seconds at most.
    crate::common::eventually("closing the room frees the port", || TcpStream::connect(addr).is_err());
    assert_eq!(cvc::store::load(&file).unwrap().inbox.len(), 1, "closing the room keeps the inbox");
}

#[test]
fn an_idea_that_arrives_after_a_change_survives_undoing_that_change() {
    let s = Sandbox::new();
    let (_, mut app, code, addr) = with_room_open(&s);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('a'));
    enter_line(&mut app, "Typed by the facilitator");
    press(&mut app, KeyCode::Esc);
    let phone = send_idea(
        &mut app,
        addr,
        &code,
        r#"{"device":"phone-0002-abcd","key":"idea-key-0002","text":"From the back row","section":"Parking"}"#,
    );
    assert!(phone.starts_with("HTTP/1.1 200"));
    press(&mut app, KeyCode::Char('u'));
    let w = workshop(&app);
    assert!(
        !w.canvas.stakeholders.iter().any(|p| p.name == "Typed by the facilitator"),
        "the change is undone"
    );
    assert_eq!(w.canvas.inbox.len(), 1, "the idea that came later is still in the inbox");
}

#[test]
fn v_opens_and_closes_a_vote_on_the_tasks() {
    let s = Sandbox::new();
    let (_, mut app, _, _) = with_room_open(&s);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('V'));
    assert!(!workshop(&app).room.voting, "no vote on stakeholders");
    while workshop(&app).section != Section::Tasks {
        press(&mut app, KeyCode::Tab);
    }
    press(&mut app, KeyCode::Char('V'));
    assert!(workshop(&app).room.voting);
    assert!(screen(&app, 100, 30).contains("vote:"), "the title bar says a vote is open");
    press(&mut app, KeyCode::Char('V'));
    assert!(!workshop(&app).room.voting);
}

#[test]
fn the_real_binary_opens_the_room_takes_an_idea_and_closes_it() {
    use crate::common::pty::{Term, keys::*};
    let s = Sandbox::new();
    assert_eq!(s.cvc(&["new", "ws.ron", "--title", "Room test"]).code, 0);
    let mut t = Term::start(s.dir.path(), &["ws.ron", "--room", "--bind", "127.0.0.1"], 100, 30);
    t.wait_for("Join from your phone");
    let screen = t.screen();
    assert!(screen.contains('█') || screen.contains('▀'), "the QR code is drawn:\n{screen}");
    let url = screen
        .split_whitespace()
        .find(|w| w.starts_with("http://127.0.0.1:"))
        .expect("the address")
        .to_string();
    let (host, code) = url.trim_start_matches("http://").split_once("/j/").unwrap();
    let addr: std::net::SocketAddr = host.parse().unwrap();
    t.send(ESC);
    t.wait_for("● room");
    let body = r#"{"device":"phone-pty-0001","key":"pty-key-0001","text":"Ideas from the back row","section":"Parking"}"#;
    let answer = post(addr, &format!("/j/{code}/idea"), body);
    assert!(answer.contains("\"saved\":true"), "{answer}");
    t.wait_for("inbox 1");
    assert_eq!(
        cvc::store::load(&s.path("ws.ron")).unwrap().inbox.len(),
        1,
        "in the file before the phone heard"
    );
    t.send("I");
    t.wait_for("Ideas from the back row");
    t.send(ENTER);
    t.wait_for("accepted an idea from the room");
    t.send("u");
    t.wait_for("undone: accepted an idea from the room");
    t.send(ESC);
    t.send("R");
    t.wait_for("Close the room?");
    t.send("y");
    t.wait_for("room closed");
    crate::common::eventually("the port is free", || TcpStream::connect(addr).is_err());
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    let c = cvc::store::load(&s.path("ws.ron")).unwrap();
    assert_eq!(c.inbox.len(), 1, "the undone acceptance left the idea in the inbox");
}

#[test]
fn a_hundred_phones_sending_ten_ideas_each_fill_the_files_inbox_with_all_thousand_once() {
    let s = Sandbox::new();
    // As the terminal app runs: saves on the save worker, so a burst of ideas is written once
    // (each phone still hears only after its idea is in the file).
    let file = s.dir.path().join("acme-2026-11.ron");
    std::fs::copy(shipped("acme-2026-11"), &file).unwrap();
    let (file, mut app, code, addr) = open_the_room(file.clone(), app_on_threaded(&file));
    press(&mut app, KeyCode::Esc);
    let phones: Vec<_> = (0..100)
        .map(|d| {
            let code = code.clone();
            std::thread::spawn(move || {
                let mut saved = 0;
                for n in 0..10 {
                    let body = format!(
                        r#"{{"device":"load-device-{d:04}","key":"load-{d:04}-{n:04}","text":"Idea {n} from phone {d}","section":"Parking"}}"#
                    );
                    if post(addr, &format!("/j/{code}/idea"), &body).contains("\"saved\":true") {
                        saved += 1;
                    }
                }
                saved
            })
        })
        .collect();
    let start = Instant::now();
    while phones.iter().any(|p| !p.is_finished()) {
        assert!(start.elapsed() < Duration::from_secs(120), "the phones never finished");
        app.poll();
        std::thread::sleep(Duration::from_millis(5));
    }
    app.poll();
    let acknowledged: usize = phones.into_iter().map(|p| p.join().unwrap()).sum();
    assert_eq!(acknowledged, 1_000, "every idea was acknowledged");
    let inbox = cvc::store::load(&file).unwrap().inbox;
    let unique: std::collections::BTreeSet<&str> = inbox.iter().map(|i| i.text.as_str()).collect();
    assert_eq!((inbox.len(), unique.len()), (1_000, 1_000), "all of them in the file, none twice");
}
