//! More screens in French and German (issue 24): the context and agenda forms, a field that does
//! not check, the status line after a change, the room's inbox and join card, and the questions
//! for the room shown whole at 200×60.

use crate::common;
use crate::common::tui;

use common::Sandbox;
use cvc::model::{Idea, IdeaSection, Language, Moment};
use cvc::tui::action::Intent;
use cvc::tui::app::Screen;
use cvc::tui::layers::Layer;
use cvc::tui::runner::Session;
use cvc::tui::section::Section;
use ratatui::crossterm::event::KeyCode;
use tui::*;

const SIZES: [(u16, u16); 2] = [(80, 24), (100, 30)];
const LANGUAGES: [Language; 2] = [Language::Fr, Language::De];

/// The worked example in a sandbox, its screens in `lang`.
fn acme(s: &Sandbox, lang: Language) -> Session {
    tui::shipped_in(s.dir.path(), "acme-2026-11", lang)
}

fn snap(name: &str, lang: Language, app: &mut Session) {
    for (w, h) in SIZES {
        app.update(Intent::Resize(w, h));
        insta::assert_snapshot!(format!("{name}_{lang}_{w}x{h}"), screen(app, w, h));
    }
}

fn go(app: &mut Session, section: Section) {
    while workshop(app).section != section {
        press(app, KeyCode::Tab);
    }
}

#[test]
fn the_context_and_agenda_forms_and_a_date_that_does_not_check() {
    for lang in LANGUAGES {
        let s = Sandbox::new();
        let mut app = acme(&s, lang);
        go(&mut app, Section::Context);
        press(&mut app, KeyCode::Enter);
        snap("context_form", lang, &mut app);
        press(&mut app, KeyCode::Esc);
        press(&mut app, KeyCode::Char('A'));
        press(&mut app, KeyCode::Enter);
        snap("agenda_block_form", lang, &mut app);
        press(&mut app, KeyCode::Esc);
        press(&mut app, KeyCode::Esc);
        go(&mut app, Section::Actions);
        press(&mut app, KeyCode::Enter);
        for _ in 0..3 {
            press(&mut app, KeyCode::Tab);
        }
        type_text(&mut app, "2027-13-01");
        press(&mut app, KeyCode::Tab);
        snap("bad_date", lang, &mut app);
        let seen = screen(&app, 100, 30);
        assert!(!seen.contains("not a real date") && !seen.contains("fix it here"), "{lang}:\n{seen}");
    }
}

#[test]
fn the_status_line_says_what_happened_in_the_screens_language() {
    for lang in LANGUAGES {
        let s = Sandbox::new();
        let mut app = acme(&s, lang);
        go(&mut app, Section::Stakeholders);
        press(&mut app, KeyCode::Char('d'));
        press(&mut app, KeyCode::Char('y'));
        press(&mut app, KeyCode::Char('u'));
        snap("undone", lang, &mut app);
        let seen = screen(&app, 100, 30);
        assert!(!seen.contains("undone") && !seen.contains("deleted"), "{lang}:\n{seen}");
        press(&mut app, KeyCode::Char('V'));
        let seen = screen(&app, 100, 30);
        assert!(!seen.contains("open the room first"), "{lang}:\n{seen}");
    }
}

#[test]
fn the_rooms_inbox_and_join_card() {
    for lang in LANGUAGES {
        let s = Sandbox::new();
        let mut app = acme(&s, lang);
        go(&mut app, Section::Stakeholders);
        let at: Moment = "2026-11-18T10:42:00".parse().unwrap();
        if let Screen::Workshop(w) = &mut app.screen {
            w.canvas.inbox.push(Idea {
                section: IdeaSection::Stakeholders,
                text: "Night-shift dispatchers".into(),
                from: "Ana".into(),
                at,
            });
            w.canvas.inbox.push(Idea {
                section: IdeaSection::Parking,
                text: "Who pays for the clinic?".into(),
                from: String::new(),
                at,
            });
            w.room.bind = Some("127.0.0.1".parse().unwrap());
        }
        press(&mut app, KeyCode::Char('I'));
        snap("inbox", lang, &mut app);
        press(&mut app, KeyCode::Esc);
        press(&mut app, KeyCode::Char('R'));
        assert!(matches!(app.top(), Some(Layer::RoomCard(_))), "{lang}: R shows the join card");
        let seen = screen(&app, 100, 30);
        for english in ["Join from your phone", "rehearsal", "devices have joined", "hides this"] {
            assert!(!seen.contains(english), "{lang}: {english}\n{seen}");
        }
        press(&mut app, KeyCode::Char('R'));
    }
}

/// At 200×60 the questions for the room are shown whole in every section, in every language
/// (German ones run long: the panel grows for them).
#[test]
fn every_question_for_the_room_is_shown_whole_at_200x60() {
    for lang in [Language::En, Language::Fr, Language::De] {
        let s = Sandbox::new();
        let mut app = acme(&s, lang);
        app.update(Intent::Resize(200, 60));
        for _ in 0..6 {
            let seen = screen(&app, 200, 60);
            let joined: String = seen
                .lines()
                .map(|l| l.chars().skip(156).collect::<String>().replace('│', " "))
                .collect::<Vec<_>>()
                .join(" ");
            let joined = joined.split_whitespace().collect::<Vec<_>>().join(" ");
            let section = workshop(&app).section;
            let tr = cvc::i18n::Tr::new(lang);
            for q in cvc::tui::views::prompts_for(section, tr) {
                let q = q.split_whitespace().collect::<Vec<_>>().join(" ");
                assert!(joined.contains(&q), "{lang} {section:?}: \"{q}\" is not whole:\n{seen}");
            }
            press(&mut app, KeyCode::Tab);
        }
    }
}

#[test]
fn a_room_that_cannot_open_says_why_in_the_screens_language() {
    use cvc::tui::effect::{Outcome, RoomRefused};
    for (lang, words) in [
        (Language::En, "the room could not open on 192.0.2.7 port 8080: address in use"),
        (Language::Fr, "la salle n'a pas pu s'ouvrir sur 192.0.2.7 port 8080\u{a0}: address in use"),
        (Language::De, "der Raum konnte auf 192.0.2.7 Port 8080 nicht geöffnet werden: address in use"),
    ] {
        let s = Sandbox::new();
        let mut app = acme(&s, lang);
        let refused = RoomRefused { address: "192.0.2.7".into(), port: 8080, why: "address in use".into() };
        app.update(Intent::Done(Box::new(Outcome::RoomOpened(Err(refused)))));
        assert_eq!(workshop(&app).note.clone().unwrap().text, words, "{lang}");
    }
}

#[test]
fn the_compare_pickers_lines_are_in_the_screens_language() {
    for (lang, words) in [
        (Language::En, "Other · rev 3 · "),
        (Language::Fr, "Other · rév. 3 · "),
        (Language::De, "Other · Version 3 · "),
    ] {
        let s = Sandbox::new();
        s.write("other.ron", "Canvas(format: 1, title: \"Other\", revision: 3)");
        let mut app = acme(&s, lang);
        press(&mut app, KeyCode::Tab);
        press(&mut app, KeyCode::Char('c'));
        let text = screen(&app, 100, 30);
        assert!(text.contains(words), "{lang}:\n{text}");
    }
}

/// The Acme canvas open in `lang` with the first action's form on its due date.
fn first_action_due(s: &Sandbox, lang: Language) -> Session {
    let mut app = acme(s, lang);
    go(&mut app, Section::Actions);
    press(&mut app, KeyCode::Enter);
    for _ in 0..3 {
        press(&mut app, KeyCode::Tab);
    }
    app
}

#[test]
fn a_date_field_takes_the_languages_words_and_still_the_english_ones() {
    // `demain` and `+2W` were refused as "not a date" in French and German forms.
    let cases = [
        (Language::Fr, "demain", 1),
        (Language::Fr, "+2s", 14),
        (Language::Fr, "tomorrow", 1),
        (Language::De, "morgen", 1),
        (Language::De, "+2W", 14),
        (Language::De, "-3T", -3),
    ];
    for (lang, typed, days) in cases {
        let s = Sandbox::new();
        let mut app = first_action_due(&s, lang);
        type_text(&mut app, typed);
        press(&mut app, KeyCode::Tab);
        ctrl(&mut app, 's');
        let due = workshop(&app).canvas.actions[0].due.unwrap();
        assert_eq!(today().days_until(due), days, "{typed} in {lang}:\n{}", screen(&app, 100, 30));
    }
}

#[test]
fn a_file_that_does_not_open_from_the_start_screen_says_why_in_the_language() {
    // `o` on a file that is no canvas said "this is not a canvas: expected `Canvas(` …" in English.
    for lang in LANGUAGES {
        let s = Sandbox::new();
        std::fs::create_dir_all(s.path("data")).unwrap();
        s.write("data/notes.md", "# Meeting notes\n");
        let styles = cvc::tui::style::Styles::new(cvc::theme::Theme::default_dark()).speaking(lang);
        let app = cvc::tui::app::App::empty(styles, &s.path("data"), at(10, 0, 0));
        let mut app = session(app, &s.path("data"));
        let open = |app: &mut Session, path: &str| {
            press(app, KeyCode::Char('o'));
            type_text(app, path);
            press(app, KeyCode::Enter);
        };
        open(&mut app, "notes.md");
        let seen = screen(&app, 200, 60);
        assert!(!seen.contains("not a canvas") && !seen.contains("expected"), "{lang}:\n{seen}");
        let said = if lang == Language::Fr { "ce n'est pas un canevas" } else { "das ist kein Canvas" };
        assert!(seen.contains(said), "{lang}:\n{seen}");
        press(&mut app, KeyCode::Esc);
        // A path the same on every machine, for the pictures.
        open(&mut app, "/dev/null");
        for (w, h) in SIZES {
            app.update(Intent::Resize(w, h));
            let seen = screen(&app, w, h);
            assert!(!seen.contains("not a canvas file"), "{lang}:\n{seen}");
            insta::assert_snapshot!(format!("open_error_{lang}_{w}x{h}"), seen);
        }
    }
}

#[test]
fn a_question_is_answered_yes_with_the_languages_own_letter() {
    for (lang, yes) in [(Language::De, 'j'), (Language::Fr, 'o')] {
        let s = Sandbox::new();
        let mut app = acme(&s, lang);
        go(&mut app, Section::Stakeholders);
        let before = workshop(&app).canvas.stakeholders.len();
        press(&mut app, KeyCode::Char('d'));
        press(&mut app, KeyCode::Char(yes));
        assert_eq!(workshop(&app).canvas.stakeholders.len(), before - 1, "{yes} is yes in {lang}");
    }
}

#[test]
fn a_due_date_typed_the_french_or_german_way_is_kept_as_that_day() {
    for (lang, typed) in [(Language::De, "31.12.2026"), (Language::Fr, "31/12/2026")] {
        let s = Sandbox::new();
        let mut app = first_action_due(&s, lang);
        for _ in 0..12 {
            press(&mut app, KeyCode::Backspace);
        }
        type_text(&mut app, typed);
        ctrl(&mut app, 's');
        let due = workshop(&app).canvas.actions[0].due.map(|d| d.to_string());
        assert_eq!(due.as_deref(), Some("2026-12-31"), "{typed} in {lang}");
    }
}
