//! The history (`H`) and compare screens in French and German at 80×24 and 100×30 (issue 24):
//! every word from the .ftl files, each fitting whole, nothing cut mid-word.

use crate::common;
use crate::common::tui;

use common::{Sandbox, shipped};
use cvc::i18n::Tr;
use cvc::model::Language;
use cvc::theme::Theme;
use cvc::tui::action::Intent;
use cvc::tui::app::{App, Screen};
use cvc::tui::layers::Layer;
use cvc::tui::runner::{Runner, Session};
use cvc::tui::style::Styles;
use ratatui::crossterm::event::KeyCode;
use tui::*;

const SIZES: [(u16, u16); 2] = [(80, 24), (100, 30)];
const LANGUAGES: [Language; 2] = [Language::Fr, Language::De];

fn styles(lang: Language) -> Styles {
    Styles::new(Theme::default_dark()).speaking(lang)
}

/// The third Acme revision open in `lang`, the first two beside it, on the history screen with r1
/// marked and the cursor back on the open revision.
fn history(s: &Sandbox, lang: Language) -> Session {
    for name in ["acme-2026-05", "acme-2026-11", "acme-2027-05"] {
        std::fs::copy(shipped(name), s.path(&format!("{name}.ron"))).unwrap();
    }
    let data = s.path("data");
    let app = App::empty(styles(lang), &data, at(10, 0, 0));
    let mut app = Session::open(app, Runner::inline(&data), &s.path("acme-2027-05.ron"), false);
    assert!(matches!(app.screen, Screen::Workshop(_)));
    press(&mut app, KeyCode::Char('H'));
    assert!(matches!(app.top(), Some(Layer::History(_))), "H opens the history screen");
    for key in [KeyCode::Left, KeyCode::Left, KeyCode::Char(' '), KeyCode::Right, KeyCode::Right] {
        press(&mut app, key);
    }
    app
}

/// The compare screen of the first two Acme revisions in `lang`.
fn comparing(lang: Language) -> Session {
    let old = cvc::store::load(&shipped("acme-2026-05")).unwrap();
    let new = cvc::store::load(&shipped("acme-2026-11")).unwrap();
    let c = cvc::tui::compare::Compare::new(
        old,
        "acme-2026-05.ron".as_ref(),
        new,
        "acme-2026-11.ron".as_ref(),
        today(),
    );
    session(App::comparing(styles(lang), c, at(10, 0, 0)), &std::env::temp_dir())
}

fn snap(name: &str, lang: Language, app: &mut Session) {
    for (w, h) in SIZES {
        app.update(Intent::Resize(w, h));
        insta::assert_snapshot!(format!("{name}_{lang}_{w}x{h}"), screen(app, w, h));
    }
}

#[test]
fn history_screen_each_tab() {
    for lang in LANGUAGES {
        let s = Sandbox::new();
        let mut app = history(&s, lang);
        for tab in ["signals", "stakeholders", "relationships", "actions", "tasks"] {
            snap(&format!("history_{tab}"), lang, &mut app);
            press(&mut app, KeyCode::Tab);
        }
        press(&mut app, KeyCode::Enter);
        assert!(matches!(app.top(), Some(Layer::Compare(_))), "Enter compares r1 with r3");
    }
}

#[test]
fn history_screen_while_reading() {
    for lang in LANGUAGES {
        let s = Sandbox::new();
        let mut app = history(&s, lang);
        press(&mut app, KeyCode::Esc);
        // The app alone: the request is not carried out, the screen waits for its answer.
        let effects = app.app.update(Intent::History);
        let [cvc::tui::effect::Effect::FindRevisions { ticket, .. }] = effects.as_slice() else {
            panic!("{effects:?}")
        };
        let progress =
            cvc::tui::revisions::Progress::Reading { at: 2, of: 3, file: "acme-2026-11.ron".into() };
        let news = cvc::tui::revisions::News::Progress(progress);
        let answer = cvc::tui::revisions::Answer { ticket: *ticket, news };
        let outcome = cvc::tui::effect::Outcome::Revisions(Box::new(answer));
        app.app.update(Intent::Done(Box::new(outcome)));
        snap("history_reading", lang, &mut app);
    }
}

#[test]
fn compare_screen_rows_fields_grid_and_signals() {
    for lang in LANGUAGES {
        let mut app = comparing(lang);
        snap("compare", lang, &mut app);
        press(&mut app, KeyCode::Down);
        press(&mut app, KeyCode::Enter);
        snap("compare_fields", lang, &mut app);
        press(&mut app, KeyCode::Esc);
        press(&mut app, KeyCode::Char('v'));
        snap("compare_grid", lang, &mut app);
        press(&mut app, KeyCode::BackTab);
        snap("compare_signals", lang, &mut app);
    }
}

/// Each of `words` is on the screen whole (spaces and wrapping aside).
fn shows_whole(text: &str, words: &[String], what: &str) {
    let joined: String = text.replace('│', " ").split_whitespace().collect::<Vec<_>>().join(" ");
    for w in words {
        let w = w.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(joined.contains(&w), "{what}: \"{w}\" is not shown whole:\n{text}");
    }
}

#[test]
fn every_word_of_both_screens_fits_whole_at_80_columns() {
    for lang in LANGUAGES {
        let tr = Tr::new(lang);
        let s = Sandbox::new();
        let mut app = history(&s, lang);
        app.update(Intent::Resize(80, 24));
        let tabs = ["tab-signals", "section-stakeholders", "section-relationships", "section-actions-short"];
        let mut words: Vec<String> = tabs.iter().map(|k| tr.get(k)).collect();
        words.push(tr.get("section-tasks-short"));
        words.push(tr.get("history-waves-title-short"));
        words.push(tr.args("history-enter-compares", &[("older", "r1".into()), ("newer", "r3".into())]));
        let text = screen(&app, 80, 24);
        shows_whole(&text, &words, &format!("history {lang}"));
        tabs_press(&mut app, 4);
        let text = screen(&app, 80, 24);
        shows_whole(&text, &[tr.get("history-tasks-legend")], &format!("history tasks {lang}"));
        let held = tr.args("history-last-held-on", &[("day", tr.day("2027-05-13".parse().unwrap()).into())]);
        shows_whole(&text, &[held], &format!("history tasks {lang}"));
        // r1 unmarked, nothing marked: Enter says how to compare.
        for key in [KeyCode::Left, KeyCode::Left, KeyCode::Char(' '), KeyCode::Enter] {
            press(&mut app, key);
        }
        shows_whole(&screen(&app, 80, 24), &[tr.get("history-mark-two")], &format!("history note {lang}"));
        let mut compare = comparing(lang);
        compare.update(Intent::Resize(80, 24));
        let text = screen(&compare, 80, 24);
        let tabs = text.lines().nth(1).unwrap_or_default();
        assert!(!tabs.contains('…'), "{lang}: {tabs}");
        for key in [
            "section-stakeholders",
            "section-relationships",
            "section-tasks-short",
            "section-actions-short",
            "tab-signals",
        ] {
            assert!(tabs.contains(&tr.get(key)), "{lang}: {key} in {tabs}");
        }
        press(&mut compare, KeyCode::BackTab);
        shows_whole(
            &screen(&compare, 80, 24),
            &[tr.get("compare-signals-title")],
            &format!("compare {lang}"),
        );
    }
}

fn tabs_press(app: &mut Session, n: usize) {
    for _ in 0..n {
        press(app, KeyCode::Tab);
    }
}
