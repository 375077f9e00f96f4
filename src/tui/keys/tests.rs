//! Tests of the key table: every key dispatches to its action, typing never quits.

use super::*;
use ratatui::crossterm::event::{Event, KeyEvent};

fn event(key: &Key) -> KeyEvent {
    let mods = if key.ctrl { KeyModifiers::CONTROL } else { KeyModifiers::NONE };
    let mods = if key.shift { mods | KeyModifiers::SHIFT } else { mods };
    let mods = match key.code {
        KeyCode::Char(c) if c.is_ascii_uppercase() => mods | KeyModifiers::SHIFT,
        KeyCode::BackTab => mods | KeyModifiers::SHIFT,
        _ => mods,
    };
    KeyEvent::new(key.code, mods)
}

#[test]
fn every_key_in_the_table_dispatches_to_its_own_action() {
    for b in table() {
        for key in b.keys {
            assert_eq!(
                action_for(b.mode, &event(key), key.shown_in.unwrap_or(Language::En)),
                Some(b.action.clone()),
                "{:?} {}",
                b.mode,
                key.name(crate::i18n::Tr::default())
            );
        }
    }
}

#[test]
fn no_key_is_bound_twice_in_one_mode() {
    let all = table();
    for (i, a) in all.iter().enumerate() {
        for b in &all[i + 1..] {
            for key in a.keys {
                assert!(
                    a.mode != b.mode || !b.keys.contains(key),
                    "{:?}: {} bound twice",
                    a.mode,
                    key.name(crate::i18n::Tr::default())
                );
            }
        }
    }
}

#[test]
fn the_design_keys_of_the_workshop_screen_are_bound() {
    let expected = [
        (KeyCode::Tab, Intent::NextSection),
        (KeyCode::BackTab, Intent::PrevSection),
        (KeyCode::Char('a'), Intent::QuickAdd),
        (KeyCode::Char('e'), Intent::Edit),
        (KeyCode::Enter, Intent::Edit),
        (KeyCode::Char('d'), Intent::Delete),
        (KeyCode::Char('K'), Intent::MoveUp),
        (KeyCode::Char('J'), Intent::MoveDown),
        (KeyCode::Char('+'), Intent::VoteUp),
        (KeyCode::Char('-'), Intent::VoteDown),
        (KeyCode::Char('u'), Intent::Undo),
        (KeyCode::Char('/'), Intent::Filter),
        (KeyCode::Char('x'), Intent::Export),
        (KeyCode::Char('X'), Intent::ExportHtml),
        (KeyCode::Char('?'), Intent::Help),
        (KeyCode::Char('q'), Intent::Quit),
        (KeyCode::Char('H'), Intent::History),
    ];
    for (code, action) in expected {
        let mods = if matches!(code, KeyCode::Char('K' | 'J' | 'X' | 'H')) {
            KeyModifiers::SHIFT
        } else {
            KeyModifiers::NONE
        };
        assert_eq!(action_for(Mode::Workshop, &KeyEvent::new(code, mods), Language::En), Some(action));
    }
    let redo = KeyEvent::new(KeyCode::Char('r'), KeyModifiers::CONTROL);
    assert_eq!(action_for(Mode::Workshop, &redo, Language::En), Some(Intent::Redo));
}

#[test]
fn text_inputs_take_unbound_keys_and_lists_ignore_them() {
    let z = KeyEvent::new(KeyCode::Char('z'), KeyModifiers::NONE);
    assert_eq!(action_for(Mode::Input, &z, Language::En), Some(Intent::Input(z)));
    assert_eq!(action_for(Mode::Workshop, &z, Language::En), None);
    let q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
    assert_eq!(
        action_for(Mode::Input, &q, Language::En),
        Some(Intent::Input(q)),
        "typing q in a line never quits"
    );
}

#[test]
fn a_key_with_alt_never_runs_a_plain_binding() {
    let alt_n = KeyEvent::new(KeyCode::Char('n'), KeyModifiers::ALT);
    assert_eq!(to_action(Event::Key(alt_n), Mode::Workshop, Language::En), None);
    let alt_up = KeyEvent::new(KeyCode::Up, KeyModifiers::ALT);
    assert_eq!(to_action(Event::Key(alt_up), Mode::Workshop, Language::En), None);
}

#[test]
fn a_question_takes_yes_in_the_language_and_shows_that_key_there() {
    use crate::i18n::Tr;
    let press =
        |c: char, lang| action_for(Mode::Confirm, &KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE), lang);
    for (yes, lang) in [('y', Language::En), ('y', Language::Fr), ('o', Language::Fr), ('j', Language::De)] {
        assert_eq!(press(yes, lang), Some(Intent::Yes), "{yes} in {lang:?}");
    }
    for (not, lang) in [('o', Language::En), ('j', Language::En), ('j', Language::Fr), ('o', Language::De)] {
        assert_eq!(press(not, lang), None, "{not} is no answer in {lang:?}");
    }
    for lang in [Language::En, Language::Fr, Language::De] {
        assert_eq!(press('n', lang), Some(Intent::No), "n is no in all three languages");
    }
    let yes = bindings(Mode::Confirm).find(|b| b.action == Intent::Yes).unwrap();
    let shown = |lang| (key_names(yes, Tr::new(lang)), first_key_name(yes, Tr::new(lang)));
    assert_eq!(shown(Language::En), ("y".into(), "y".into()));
    assert_eq!(shown(Language::Fr), ("y o".into(), "o".into()));
    assert_eq!(shown(Language::De), ("y j".into(), "j".into()));
}
