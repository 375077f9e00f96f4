//! The loop review (`L`) and its reading form in English, French and German (issue 24): every
//! word from the messages, everything fits at 80×24, nothing cut mid-word.

use crate::common;
use crate::common::tui::*;

use common::Sandbox;
use cvc::model::Language;
use cvc::tui::action::Intent;
use cvc::tui::runner::Session;
use ratatui::crossterm::event::KeyCode;

const LANGUAGES: [Language; 3] = [Language::En, Language::Fr, Language::De];

/// A revision of the worked example in a sandbox, its screens in `lang`.
fn acme(s: &Sandbox, revision: &str, lang: Language) -> Session {
    shipped_in(s.dir.path(), revision, lang)
}

/// Moves the loop review's cursor to action `id`.
fn select_action(app: &mut Session, id: &str) {
    press(app, KeyCode::Home);
    for _ in 0..20 {
        let w = workshop(app);
        let l = app.loops_shown().unwrap();
        if w.loops_selected(&l).is_some_and(|i| w.canvas.actions[i].id == id) {
            return;
        }
        press(app, KeyCode::Down);
    }
    panic!("{id} is not in the loop review");
}

#[test]
fn the_reading_form_fits_80_columns_in_every_language() {
    for lang in LANGUAGES {
        let s = Sandbox::new();
        let mut app = acme(&s, "acme-2026-11", lang);
        press(&mut app, KeyCode::Char('L'));
        select_action(&mut app, "A2");
        press(&mut app, KeyCode::Char('a'));
        let text = screen(&app, 80, 24);
        // The form's rows, inside the loop review's border: from its top edge to its bottom one.
        let rows: Vec<String> = text.lines().map(|l| l.chars().skip(2).take(76).collect()).collect();
        let top = rows.iter().position(|l| l.starts_with('┌')).expect("the form's top edge");
        let bottom = rows.iter().rposition(|l| l.starts_with('└')).expect("the form's bottom edge");
        let form = &rows[top..=bottom];
        assert!(form.len() >= 5, "{lang:?}: the form is open:\n{text}");
        for line in form {
            assert!(!line.contains('…'), "{lang:?}: cut at 80 columns: {line}\n{text}");
        }
        let tr = cvc::i18n::Tr::new(lang);
        for key in ["form-reading-date", "form-reading-value", "form-reading-note"] {
            let label = tr.get(key);
            assert!(text.contains(&label), "{lang:?}: {label:?} whole on the form:\n{text}");
        }
        assert!(text.contains(&tr.args("form-reading-title", &[("id", "A2".into())])), "{text}");
    }
}

/// Every `…` on `text` ends a piece of canvas text cut to fit (a title, an agenda block's name):
/// none ends a word of the program's own.
fn cut_only_in_canvas_text(text: &str, c: &cvc::model::Canvas, what: &str) {
    let mut own: Vec<String> = vec![c.title.clone()];
    own.extend(c.actions.iter().map(|a| format!("{} {}", a.id, a.title)));
    own.extend(c.tasks.iter().map(|t| format!("{} {}", t.id, t.title)));
    own.extend(c.actions.iter().map(|a| a.owner.clone()));
    own.extend(c.agenda.iter().map(|b| b.title.clone()));
    for line in text.lines() {
        for (at, _) in line.match_indices('…') {
            let before = &line[..at];
            let canvas = own.iter().any(|t| {
                let chars: Vec<char> = t.chars().collect();
                (1..=chars.len()).any(|n| before.ends_with(&chars[..n].iter().collect::<String>()))
            });
            assert!(canvas, "{what}: a word of the program's cut: {line}\n{text}");
        }
    }
}

#[test]
fn the_loop_review_in_french_and_german() {
    for lang in [Language::Fr, Language::De] {
        let s = Sandbox::new();
        let mut app = acme(&s, "acme-2026-11", lang);
        press(&mut app, KeyCode::Char('L'));
        select_action(&mut app, "A1");
        let c = workshop(&app).canvas.clone();
        for (w, h) in [(80, 24), (100, 30)] {
            app.update(Intent::Resize(w, h));
            let text = screen(&app, w, h);
            cut_only_in_canvas_text(&text, &c, &format!("L {lang:?} {w}x{h}"));
            insta::assert_snapshot!(format!("loops_{lang}_{w}x{h}"), text);
            // Scrolled to the end of the card: the time axis and the readings.
            press(&mut app, KeyCode::PageDown);
            press(&mut app, KeyCode::PageDown);
            press(&mut app, KeyCode::PageDown);
            let text = screen(&app, w, h);
            cut_only_in_canvas_text(&text, &c, &format!("L {lang:?} {w}x{h} scrolled"));
            insta::assert_snapshot!(format!("loops_scrolled_{lang}_{w}x{h}"), text);
            for _ in 0..3 {
                press(&mut app, KeyCode::PageUp);
            }
        }
        // A task: its cadence kept and the days held.
        press(&mut app, KeyCode::End);
        for (w, h) in [(80, 24), (100, 30)] {
            app.update(Intent::Resize(w, h));
            let text = screen(&app, w, h);
            cut_only_in_canvas_text(&text, &c, &format!("L task {lang:?} {w}x{h}"));
            insta::assert_snapshot!(format!("loops_task_{lang}_{w}x{h}"), text);
        }
        // A revisit's pass names last time's actions, in a title that ends whole.
        let s = Sandbox::new();
        let mut pass = acme(&s, "acme-2026-11", lang);
        pass.start_loop_review();
        for (w, h) in [(80, 24), (100, 30)] {
            pass.update(Intent::Resize(w, h));
            let text = screen(&pass, w, h);
            let top: Vec<char> = text.lines().nth(2).unwrap().chars().collect();
            assert!(matches!(top[top.len() - 2], '─' | ' '), "{lang:?} {w}x{h}: the title cut:\n{text}");
        }
        let english = cvc::i18n::Tr::new(Language::En);
        let text = screen(&app, 100, 30);
        for key in ["loops-group-tasks", "loops-task-hint"] {
            assert!(
                !text.contains(&english.get(key)),
                "{lang:?}: English left: {}\n{text}",
                english.get(key)
            );
        }
    }
}

/// The status line's words after each key of the loop review, in `lang`.
fn said(app: &Session) -> String {
    workshop(app).note.clone().map(|n| n.text).unwrap_or_default()
}

#[test]
fn the_loop_reviews_status_messages_are_in_the_screens_language() {
    for lang in [Language::Fr, Language::De] {
        let tr = cvc::i18n::Tr::new(lang);
        let english = cvc::i18n::Tr::new(Language::En);
        let s = Sandbox::new();
        let mut app = acme(&s, "acme-2026-11", lang);
        app.start_loop_review();
        assert_eq!(said(&app), tr.get("loops-pass-hint"), "{lang:?}");
        press(&mut app, KeyCode::Esc);
        press(&mut app, KeyCode::Char('L'));
        // A task held today, twice, and undone: the undo step names the day the language's way.
        press(&mut app, KeyCode::End);
        let id = workshop(&app).canvas.tasks.last().unwrap().id.clone();
        press(&mut app, KeyCode::Char('h'));
        let held = said(&app);
        let start = if lang == Language::Fr { "tenue aujourd'hui" } else { "heute abgehalten" };
        let start = format!("{id} {start}");
        assert!(held.starts_with(&start), "{lang:?}: {held}");
        assert!(!held.contains("held today") && !held.contains("undoes"), "{lang:?}: {held}");
        press(&mut app, KeyCode::Char('h'));
        assert_eq!(said(&app), tr.args("loops-already-held", &[("id", id.as_str().into())]), "{lang:?}");
        press(&mut app, KeyCode::Char('u'));
        let day = tr.day(today());
        assert!(said(&app).contains(&day), "{lang:?}: the undone step's day: {}", said(&app));
        // A reading dated after today is refused, in the language, its day the language's way.
        select_action(&mut app, "A2");
        press(&mut app, KeyCode::Char('a'));
        press(&mut app, KeyCode::BackTab);
        type_text(&mut app, "+2w");
        press(&mut app, KeyCode::Tab);
        type_text(&mut app, "45%");
        ctrl(&mut app, 's');
        let refused = said(&app);
        let later = tr.day(cvc::model::Day::resolve("+2w", today()).unwrap());
        assert!(refused.contains(&later), "{lang:?}: {refused}");
        assert!(!refused.contains(&english.get("form-reading-after-today")[..20]), "{lang:?}: {refused}");
        press(&mut app, KeyCode::Esc);
        press(&mut app, KeyCode::Esc);
        // A reading that reaches the target says so, then one that is no number.
        press(&mut app, KeyCode::Char('a'));
        type_text(&mut app, "41%");
        ctrl(&mut app, 's');
        assert_eq!(said(&app), tr.args("loops-reached", &[("id", "A2".into())]), "{lang:?}");
        press(&mut app, KeyCode::Char('a'));
        type_text(&mut app, "much better");
        ctrl(&mut app, 's');
        let args = [("id", "A2".into()), ("latest", "much better".into()), ("target", "40%".into())];
        assert_eq!(said(&app), tr.args("loops-kept-as-written", &args), "{lang:?}");
        // The screen says it at 80×24 as well.
        let text = screen(&app, 80, 24);
        assert!(!text.contains("kept as written"), "{lang:?}:\n{text}");
    }
}
