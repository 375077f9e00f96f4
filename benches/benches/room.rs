//! The facilitator's keystroke with the room open under load: 100 simulated devices on the
//! loopback address sending ideas and dots as fast as the room lets them, while a key is typed
//! into the quick-add line and the screen drawn — against the same with the room closed. The
//! room must not slow the room's typist (target: within 1.5×). Loopback only, bounded in count
//! and time: the devices stop when the benchmark does.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use cvc::theme::Theme;
use cvc::tui::action::Intent;
use cvc::tui::app::{App, Screen};
use cvc::tui::keys::action_for;
use cvc::tui::runner::{Runner, Session};
use cvc::tui::style::Styles;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

#[path = "support/sample.rs"]
mod sample;

/// The most requests all devices send together, whatever happens.
const MOST_REQUESTS: usize = 200_000;

fn press(app: &mut Session, code: KeyCode) {
    if let Some(a) = action_for(app.mode(), &KeyEvent::new(code, KeyModifiers::NONE), app.styles.tr().lang())
    {
        app.update(a);
    }
}

fn post(addr: SocketAddr, path: &str, body: &str) {
    let Ok(mut stream) = TcpStream::connect(addr) else { return };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = stream.write_all(request.as_bytes());
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
}

/// 100 devices sending ideas and dots until `stop`; returns their threads.
fn devices(addr: SocketAddr, code: String, stop: Arc<AtomicBool>) -> Vec<std::thread::JoinHandle<()>> {
    let sent = Arc::new(AtomicUsize::new(0));
    (0..100)
        .map(|d| {
            let (stop, sent, code) = (stop.clone(), sent.clone(), code.clone());
            std::thread::spawn(move || {
                let mut n = 0;
                while !stop.load(Ordering::Relaxed) && sent.fetch_add(1, Ordering::Relaxed) < MOST_REQUESTS {
                    n += 1;
                    let idea = format!(
                        r#"{{"device":"bench-device-{d:04}","key":"bench-{d:04}-{n:06}","text":"Idea {n} from device {d}","section":"Tasks"}}"#
                    );
                    post(addr, &format!("/j/{code}/idea"), &idea);
                    std::thread::sleep(Duration::from_millis(20));
                }
            })
        })
        .collect()
}

fn keystroke(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("room");
    group.sample_size(30);
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(3));
    for open in [false, true] {
        let path = dir.path().join(format!("room-{open}.ron"));
        std::fs::write(&path, cvc::store::to_ron(&sample::canvas_of(1_000))).unwrap();
        let data = dir.path().join("data");
        let now = jiff::civil::date(2026, 11, 22).at(10, 0, 0, 0);
        let app = App::empty(Styles::new(Theme::default_dark()), &data, now);
        let mut s = Session::open(app, Runner::threaded(&data), &path, false);
        s.update(Intent::Resize(100, 30));
        let stop = Arc::new(AtomicBool::new(false));
        let mut load = Vec::new();
        if open {
            if let Screen::Workshop(w) = &mut s.app.screen {
                w.room.bind = Some("127.0.0.1".parse().unwrap());
            }
            s.update(Intent::Room);
            let card = match &s.app.screen {
                Screen::Workshop(w) => w.room.card.clone().expect("the room opened"),
                Screen::Start(_) => panic!("no workshop"),
            };
            press(&mut s, KeyCode::Esc);
            let addr: SocketAddr =
                card.url.trim_start_matches("http://").split('/').next().unwrap().parse().unwrap();
            load = devices(addr, card.code.clone(), stop.clone());
        }
        for _ in 0..3 {
            press(&mut s, KeyCode::Tab);
        }
        press(&mut s, KeyCode::Char('a'));
        let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
        let name = if open { "quick_add_key_room_open_100_devices" } else { "quick_add_key_room_closed" };
        group.bench_function(name, |b| {
            b.iter(|| {
                s.poll();
                press(&mut s, KeyCode::Char('x'));
                press(&mut s, KeyCode::Backspace);
                terminal.draw(|f| cvc::tui::views::draw(f, &s.app)).unwrap();
            });
        });
        stop.store(true, Ordering::Relaxed);
        for device in load {
            let _ = device.join();
        }
        s.update(Intent::Terminate);
    }
    group.finish();
}

criterion_group!(benches, keystroke);
criterion_main!(benches);
