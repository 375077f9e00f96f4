//! The main screens in French and German at 80×24 and 100×30: German words are long, and every
//! screen must still fit, nothing cut mid-word (issue 24, point 5).

use crate::common;
use crate::common::tui;

use common::{Sandbox, shipped};
use cvc::i18n::Tr;
use cvc::model::Language;
use cvc::theme::Theme;
use cvc::tui::action::Intent;
use std::path::Path;

use cvc::tui::app::{App, Screen};
use cvc::tui::runner::{Runner, Session};
use cvc::tui::start::{Recent, Start};
use cvc::tui::style::Styles;
use ratatui::crossterm::event::KeyCode;
use tui::*;

const SIZES: [(u16, u16); 2] = [(80, 24), (100, 30)];
const LANGUAGES: [Language; 2] = [Language::Fr, Language::De];

fn styles(lang: Language) -> Styles {
    Styles::new(Theme::default_dark()).speaking(lang)
}

/// The worked example in a sandbox, its screens in `lang`.
fn acme(s: &Sandbox, lang: Language) -> Session {
    shipped_in(s.dir.path(), "acme-2026-11", lang)
}

fn snap(name: &str, lang: Language, app: &mut Session) {
    for (w, h) in SIZES {
        app.update(Intent::Resize(w, h));
        insta::assert_snapshot!(format!("{name}_{lang}_{w}x{h}"), screen(app, w, h));
    }
}

/// Every weak-point mark drawn on the map is explained in its legend, the map's bottom border
/// (at 80 columns in German only the lines' three healths fitted).
fn marks_explained(text: &str) {
    let bottom = text.lines().find(|l| l.starts_with("└ ")).expect("the map's legend");
    // The map's box: from the first column to its bottom right corner.
    let wide = bottom.chars().position(|c| c == '┘').expect("the map box's corner") + 1;
    let body: String = text
        .lines()
        .filter(|l| !l.starts_with('└'))
        .flat_map(|l| l.chars().take(wide).collect::<Vec<_>>())
        .collect();
    for mark in ['◆', '○', '◎'] {
        if body.contains(mark) {
            assert!(bottom.contains(mark), "{mark} unexplained:\n{text}");
        }
    }
}

#[test]
fn start_screen() {
    for lang in LANGUAGES {
        let s = Sandbox::new();
        let recent = vec![
            Recent {
                path: s.path("acme.ron"),
                canvas: Ok(cvc::store::load(&shipped("acme-2026-11")).unwrap()),
                changed: None,
            },
            Recent {
                path: "/gone/old.ron".into(),
                canvas: Err("cannot read it: there is no such file".into()),
                changed: None,
            },
        ];
        let app = App::start(styles(lang), &s.path("data"), at(10, 0, 0));
        let mut app = session(app, &s.path("data"));
        app.screen = Screen::Start(Box::new(Start::with_recent(recent, &s.path("data"))));
        snap("start", lang, &mut app);
    }
}

#[test]
fn stakeholders_list_grid_relationships_and_actions_with_the_form_open() {
    for lang in LANGUAGES {
        let s = Sandbox::new();
        let mut app = acme(&s, lang);
        snap("context", lang, &mut app);
        tabs(&mut app, 1);
        press(&mut app, KeyCode::Down);
        snap("stakeholders", lang, &mut app);
        press(&mut app, KeyCode::Char('v'));
        snap("grid", lang, &mut app);
        press(&mut app, KeyCode::Char('v'));
        tabs(&mut app, 1);
        snap("relationships", lang, &mut app);
        press(&mut app, KeyCode::Char('v'));
        snap("map", lang, &mut app);
        marks_explained(&screen(&app, 80, 24));
        press(&mut app, KeyCode::Char('v'));
        tabs(&mut app, 2);
        snap("actions", lang, &mut app);
        press(&mut app, KeyCode::Enter);
        snap("action_form", lang, &mut app);
        press(&mut app, KeyCode::Esc);
        tabs(&mut app, 1);
        snap("review", lang, &mut app);
    }
}

#[test]
fn questions_projector_and_help() {
    for lang in LANGUAGES {
        let s = Sandbox::new();
        let mut app = acme(&s, lang);
        tabs(&mut app, 1);
        press(&mut app, KeyCode::Char('d'));
        snap("delete", lang, &mut app);
        press(&mut app, KeyCode::Char('n'));
        press(&mut app, KeyCode::Char('?'));
        snap("help", lang, &mut app);
        press(&mut app, KeyCode::Esc);
        press(&mut app, KeyCode::Char('p'));
        snap("projector", lang, &mut app);
    }
}

/// Help at 80 columns shows every description whole in every language, wrapped under itself
/// (drawn 200 rows high here, so no row is scrolled away), and each is translated.
#[test]
fn help_shows_every_description_whole_at_80_columns_in_every_language() {
    for lang in LANGUAGES {
        let s = Sandbox::new();
        let mut app = acme(&s, lang);
        tabs(&mut app, 1);
        press(&mut app, KeyCode::Char('?'));
        app.update(Intent::Resize(80, 200));
        let seen = screen(&app, 80, 200).replace('│', " ");
        let joined: String = seen.split_whitespace().collect::<Vec<_>>().join(" ");
        for b in cvc::tui::keys::bindings(cvc::tui::keys::Mode::Workshop) {
            let label = b.describe(Tr::new(lang));
            let label = label.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(joined.contains(&label), "{lang}: at 80 columns help never shows \"{label}\" whole");
            assert_ne!(label, b.describe(Tr::default()), "{lang}: {} is translated", b.message);
        }
    }
}

/// The tabs fit at 80 columns with every section named whole (the short names if need be).
#[test]
fn every_tab_is_named_whole_at_80_columns() {
    let names = [
        ("section-context", "section-context"),
        ("section-stakeholders", "section-stakeholders"),
        ("section-relationships", "section-relationships"),
        ("section-tasks", "section-tasks-short"),
        ("section-actions", "section-actions-short"),
        ("section-review", "section-review"),
    ];
    for lang in LANGUAGES {
        let s = Sandbox::new();
        let app = acme(&s, lang);
        let tr = Tr::new(lang);
        let tabs = screen(&app, 80, 24).lines().nth(1).unwrap_or_default().to_string();
        for (full, short) in names {
            assert!(
                tabs.contains(&tr.get(full)) || tabs.contains(&tr.get(short)),
                "{lang}: {full} in {tabs}"
            );
        }
        assert!(!tabs.contains('…'), "{lang}: {tabs}");
        // The Review tab keeps its count of warnings, which the room watches.
        assert!(tabs.trim_end().ends_with(&format!("{} !11", tr.get("section-review"))), "{lang}: {tabs}");
    }
}

#[test]
fn relationship_picker_and_agenda_editor() {
    for lang in LANGUAGES {
        let s = Sandbox::new();
        let mut app = acme(&s, lang);
        press(&mut app, KeyCode::Char('A'));
        snap("agenda", lang, &mut app);
        press(&mut app, KeyCode::Esc);
        tabs(&mut app, 2);
        press(&mut app, KeyCode::Char('a'));
        enter_line(&mut app, "field");
        type_text(&mut app, "s");
        snap("picker", lang, &mut app);
    }
}

#[test]
fn a_canvas_made_on_the_start_screen_speaks_the_screens_language() {
    // `n` on the start screen, or a path that does not exist yet: the new canvas took English
    // (its agenda "Open & frame", `language: "en"`) under `--lang de`.
    let s = Sandbox::new();
    let data = s.path("data");
    let mut app = session(App::start(styles(Language::De), &data, at(10, 0, 0)), &data);
    app.screen = Screen::Start(Box::new(Start::with_recent(Vec::new(), &data)));
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "Werkstatt");
    press(&mut app, KeyCode::Enter);
    let w = workshop(&app);
    assert_eq!(w.canvas.language, Language::De);
    assert_eq!(w.canvas.agenda[0].title, Tr::new(Language::De).get("agenda-open"));
    let saved = cvc::store::load(&w.path).unwrap();
    assert_eq!((saved.language, saved.title.as_str()), (Language::De, "Werkstatt"));
    // A path that does not exist, opened from the command line.
    let path = s.path("neu.ron");
    let fresh = Session::open(
        App::empty(styles(Language::Fr), &data, at(10, 0, 0)),
        Runner::inline(&data),
        &path,
        false,
    );
    assert_eq!(workshop(&fresh).canvas.language, Language::Fr);
    assert_eq!(cvc::store::load(&path).unwrap().agenda[0].title, Tr::new(Language::Fr).get("agenda-open"));
}

/// A new canvas of the blank template, its agenda in `lang`, open in the workshop screen.
fn new_canvas(s: &Sandbox, lang: Language) -> Session {
    let blank = Path::new(env!("CARGO_MANIFEST_DIR")).join("canvases/blank.ron");
    let mut canvas = cvc::store::load(&blank).unwrap();
    cvc::i18n::new_canvas_in(&mut canvas, lang);
    std::fs::write(s.dir.path().join("new.ron"), cvc::store::to_ron(&canvas)).unwrap();
    let data = s.dir.path().join("data");
    let app = App::empty(styles(lang), &data, at(10, 0, 0));
    Session::open(app, Runner::inline(&data), &s.dir.path().join("new.ron"), false)
}

#[test]
fn the_agenda_strip_and_the_clock_cut_a_title_after_a_whole_word() {
    for lang in LANGUAGES {
        let s = Sandbox::new();
        let mut app = new_canvas(&s, lang);
        let titles: Vec<String> = match &app.screen {
            Screen::Workshop(w) => w.canvas.agenda.iter().map(|b| b.title.clone()).collect(),
            _ => panic!("{lang}: the canvas opens"),
        };
        for (w, h) in [(80, 24), (100, 30), (200, 60)] {
            app.update(Intent::Resize(w, h));
            // The strip, and at 200 columns the big clock's caption under it.
            let strip = screen(&app, w, h);
            for title in &titles {
                // Every prefix of the title shown cut (`Einstieg und Rahme…`) keeps whole words,
                // unless it is one word too long for its share (`Ouvert…`).
                let cuts = title.char_indices().map(|(at, _)| &title[..at]).filter(|kept| !kept.is_empty());
                for kept in cuts.filter(|kept| strip.contains(&format!(" {kept}…"))) {
                    let whole = title[kept.len()..].starts_with(' ') || !kept.contains(' ');
                    assert!(whole, "{lang} {w}: {kept}… of {title} in {strip}");
                }
            }
        }
    }
}
