//! Property: any sequence of keys, on any screen, never panics and leaves a file that loads.

use crate::common;
use crate::common::tui;

use common::{Sandbox, shipped};
use cvc::store::load;
use cvc::tui::action::Intent;
use cvc::tui::app::Screen;
use cvc::tui::runner::Session;
use proptest::prelude::*;
use ratatui::crossterm::event::KeyCode;
use tui::*;

#[derive(Debug, Clone)]
enum Input {
    Key(KeyCode),
    Ctrl(char),
    Resize(u16, u16),
    Click(u16, u16),
    Paste(String),
}

fn input() -> impl Strategy<Value = Input> {
    let keys = prop_oneof![
        proptest::sample::select(vec![
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::Backspace,
            KeyCode::PageDown,
            KeyCode::Home,
            KeyCode::End,
        ]),
        proptest::sample::select("aedKJ+-u/xq?yns rjkgG0123456789Zé日tnp[]Avoc".chars().collect::<Vec<_>>())
            .prop_map(KeyCode::Char),
    ];
    prop_oneof![
        8 => keys.prop_map(Input::Key),
        1 => proptest::sample::select(vec!['r', 's']).prop_map(Input::Ctrl),
        1 => (1u16..300, 1u16..100).prop_map(|(w, h)| Input::Resize(w, h)),
        1 => (0u16..200, 0u16..60).prop_map(|(x, y)| Input::Click(x, y)),
        1 => "[a-z\n|\"]{0,20}".prop_map(Input::Paste),
    ]
}

fn drive(app: &mut Session, inputs: Vec<Input>) {
    let last = inputs.len().saturating_sub(1);
    for (n, i) in inputs.into_iter().enumerate() {
        match i {
            Input::Key(code) => press(app, code),
            Input::Ctrl(c) => ctrl(app, c),
            Input::Resize(w, h) => app.update(Intent::Resize(w, h)),
            Input::Click(x, y) => app.update(Intent::Click(x, y)),
            Input::Paste(text) => app.update(Intent::Paste(text)),
        }
        // Drawing every step proves little more than every eighth and costs most of the run.
        if n % 8 == 0 || n == last || app.quit() {
            let (w, h) = (app.area.width, app.area.height);
            let _ = screen(app, w, h);
        }
        if app.quit() {
            break;
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    #[test]
    fn any_keys_on_the_start_screen_never_panic(inputs in proptest::collection::vec(input(), 1..80)) {
        let s = Sandbox::new();
        std::fs::copy(shipped("acme-2026-05"), s.path("may.ron")).unwrap();
        let data = s.path("data");
        let recent = vec![cvc::tui::start::Recent { path: s.path("may.ron"), canvas: load(&s.path("may.ron")).map_err(|e| e.to_string()), changed: None }];
        let app = cvc::tui::app::App::start(cvc::tui::style::Styles::new(cvc::theme::Theme::default_dark()), &data, at(10, 0, 0));
        let mut app = session(app, &data);
        app.screen = Screen::Start(Box::new(cvc::tui::start::Start::with_recent(recent, &data)));
        drive(&mut app, inputs);
        prop_assert!(load(&s.path("may.ron")).is_ok());
    }

    #[test]
    fn any_keys_on_the_compare_screen_never_panic(inputs in proptest::collection::vec(input(), 1..80)) {
        let old = load(&shipped("acme-2026-05")).unwrap();
        let new = load(&shipped("acme-2026-11")).unwrap();
        let c = cvc::tui::compare::Compare::new(old, "a.ron".as_ref(), new, "b.ron".as_ref(), today());
        let app = cvc::tui::app::App::comparing(cvc::tui::style::Styles::new(cvc::theme::Theme::default_dark()), c, at(10, 0, 0));
        let mut app = session(app, std::env::temp_dir().as_path());
        drive(&mut app, inputs);
    }

    #[test]
    fn any_keys_never_panic_and_leave_a_loadable_file(inputs in proptest::collection::vec(input(), 1..150)) {
        let s = Sandbox::new();
        let file = s.path("acme.ron");
        std::fs::copy(shipped("acme-2026-11"), &file).unwrap();
        let mut app = app_on(&file);
        drive(&mut app, inputs);
        let on_disk = load(&file);
        prop_assert!(on_disk.is_ok(), "{:?}", on_disk.err());
        if let Screen::Workshop(w) = &app.screen
            && !w.save.dirty()
        {
            prop_assert_eq!(on_disk.unwrap(), w.canvas.clone(), "what is on screen is what is on disk");
        }
    }
}
