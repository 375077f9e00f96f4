//! Driving the terminal app directly: keys through the real key table, screens through TestBackend.
#![allow(dead_code)]

use std::path::Path;

use cvc::theme::Theme;
use cvc::tui::action::Intent;
use cvc::tui::app::App;
use cvc::tui::keys::action_for;
use cvc::tui::runner::{Runner, Session};
use cvc::tui::style::Styles;
use jiff::civil::DateTime;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use unicode_width::UnicodeWidthStr;

/// A fixed moment: 2026-11-22 at the given time.
pub fn at(h: i8, m: i8, s: i8) -> DateTime {
    jiff::civil::date(2026, 11, 22).at(h, m, s, 0)
}

/// The app on the workshop screen of a file, at 10:00:00, sized 80×24, with a runner that
/// carries out every effect before `update` returns (its data folder beside the file).
pub fn app_on(file: &Path) -> Session {
    let data = file.parent().unwrap().join("data");
    let app = App::empty(Styles::new(Theme::default_dark()), &data, at(10, 0, 0));
    let mut app = Session::open(app, Runner::inline(&data), file, false);
    app.update(Intent::Resize(80, 24));
    assert!(matches!(app.screen, cvc::tui::app::Screen::Workshop(_)), "{file:?} opens");
    app
}

/// The app on the workshop screen of a file as the terminal app runs it: saves and large
/// derivations on worker threads (a burst of changes is written once); `poll` brings their
/// outcomes back.
pub fn app_on_threaded(file: &Path) -> Session {
    let data = file.parent().unwrap().join("data");
    let app = App::empty(Styles::new(Theme::default_dark()), &data, at(10, 0, 0));
    let mut app = Session::open(app, Runner::threaded(&data), file, false);
    app.update(Intent::Resize(80, 24));
    assert!(matches!(app.screen, cvc::tui::app::Screen::Workshop(_)), "{file:?} opens");
    app
}

/// The fixed day of `at`.
pub fn today() -> cvc::model::Day {
    cvc::model::Day::from_civil(at(0, 0, 0).date())
}

/// The app and an inline runner on any screen.
pub fn session(app: App, data: &Path) -> Session {
    Session { app, runner: Runner::inline(data) }
}

/// The workshop screen of the app; fails the test on any other screen.
pub fn workshop(app: &App) -> &cvc::tui::workshop::Workshop {
    match &app.screen {
        cvc::tui::app::Screen::Workshop(w) => w,
        _ => panic!("not on the workshop screen"),
    }
}

/// The app on a copy of a shipped canvas, saved in the sandbox folder as `NAME.ron`.
pub fn app_on_copy(dir: &Path, shipped: &str) -> (std::path::PathBuf, Session) {
    let file = dir.join(format!("{shipped}.ron"));
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("canvases").join(format!("{shipped}.ron"));
    std::fs::copy(from, &file).unwrap();
    let app = app_on(&file);
    (file, app)
}

/// The workshop screen, in `lang`, of the shipped canvas `revision` copied into `dir` as
/// `acme.ron` (the worked example's revisions all open under one name).
pub fn shipped_in(dir: &Path, revision: &str, lang: cvc::model::Language) -> Session {
    let file = dir.join("acme.ron");
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("canvases").join(format!("{revision}.ron"));
    std::fs::copy(from, &file).unwrap();
    let data = dir.join("data");
    let app = App::empty(Styles::new(Theme::default_dark()).speaking(lang), &data, at(10, 0, 0));
    let mut app = Session::open(app, Runner::inline(&data), &file, false);
    app.update(Intent::Resize(80, 24));
    assert!(matches!(app.screen, cvc::tui::app::Screen::Workshop(_)), "{file:?} opens");
    app
}

/// Presses Tab `n` times: the section `n` after the current one.
pub fn tabs(app: &mut Session, n: usize) {
    for _ in 0..n {
        press(app, KeyCode::Tab);
    }
}

/// Presses a key as the terminal would send it, through the key table of the current mode.
pub fn press(app: &mut Session, code: KeyCode) {
    let mods = match code {
        KeyCode::Char(c) if c.is_ascii_uppercase() => KeyModifiers::SHIFT,
        KeyCode::BackTab => KeyModifiers::SHIFT,
        _ => KeyModifiers::NONE,
    };
    send(app, KeyEvent::new(code, mods));
}

/// Presses Ctrl and a letter.
pub fn ctrl(app: &mut Session, c: char) {
    send(app, KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
}

fn send(app: &mut Session, key: KeyEvent) {
    if let Some(action) = action_for(app.mode(), &key, app.styles.tr().lang()) {
        app.update(action);
    }
}

/// Types each character of `text`.
pub fn type_text(app: &mut Session, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// Types a line and presses Enter.
pub fn enter_line(app: &mut Session, text: &str) {
    type_text(app, text);
    press(app, KeyCode::Enter);
}

/// Draws the app at `width` × `height` (as the terminal would), then clicks at a column and row:
/// the click chooses what that frame drew there.
pub fn click(app: &mut Session, width: u16, height: u16, col: u16, row: u16) {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    let mut hits = cvc::tui::hits::Hits::default();
    terminal.draw(|f| hits = cvc::tui::views::draw_with_hits(f, app)).unwrap();
    app.update(Intent::Drawn(Box::new(hits)));
    app.update(Intent::Click(col, row));
}

/// Where `text` is drawn at `width` × `height`: its column and row on screen.
pub fn find_on_screen(app: &App, width: u16, height: u16, text: &str) -> Option<(u16, u16)> {
    screen(app, width, height).lines().enumerate().find_map(|(row, line)| {
        let at = line.find(text)?;
        Some((line[..at].width() as u16, row as u16))
    })
}

/// The screen as text, one line per row, wide characters counted once.
pub fn screen(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| cvc::tui::views::draw(f, app)).unwrap();
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..height {
        let mut skip = 0;
        let mut line = String::new();
        for x in 0..width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            skip = symbol.width().saturating_sub(1);
            line.push_str(symbol);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
