//! Terminal events become actions: keys through the key table, the mouse, resizes, pastes.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

use super::action::Intent;
use super::keys::{Mode, action_for};

/// The action an event asks for in a mode, if any.
pub fn to_action(event: Event, mode: Mode) -> Option<Intent> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => action_for(mode, &key),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Intent::Click(m.column, m.row)),
            MouseEventKind::ScrollUp => Some(Intent::ScrollUp),
            MouseEventKind::ScrollDown => Some(Intent::ScrollDown),
            _ => None,
        },
        Event::Resize(w, h) => Some(Intent::Resize(w, h)),
        Event::Paste(text) => Some(Intent::Paste(text)),
        _ => None,
    }
}

/// The action a terminal event asks for, the moment it arrived (`ms` on the runner's clock) kept
/// with each plain letter, so the workshop can tell typing from commands.
pub fn timed_action(event: Event, mode: Mode, ms: u64) -> Option<Intent> {
    let letter = match &event {
        Event::Key(key)
            if key.kind != KeyEventKind::Release && (key.modifiers - KeyModifiers::SHIFT).is_empty() =>
        {
            match key.code {
                KeyCode::Char(ch) if ch.is_alphabetic() => Some(ch),
                _ => None,
            }
        }
        _ => None,
    };
    let action = to_action(event, mode);
    match letter {
        Some(ch) => Some(Intent::Letter { ch, ms, then: action.map(Box::new) }),
        None => action,
    }
}

/// The events a terminal event stands for. Esc followed quickly by a key reaches the program as
/// Alt+key (a terminal cannot tell the two apart, and under load the gap is easily short
/// enough); cvc binds nothing to Alt, so Alt with a character is read as the two keys the
/// person pressed: Esc, then the key.
pub fn unmerge(event: Event) -> Vec<Event> {
    match event {
        Event::Key(key)
            if key.modifiers.contains(KeyModifiers::ALT) && matches!(key.code, KeyCode::Char(_)) =>
        {
            let esc = KeyEvent::new_with_kind(KeyCode::Esc, KeyModifiers::NONE, key.kind);
            let plain = KeyEvent::new_with_kind(key.code, key.modifiers - KeyModifiers::ALT, key.kind);
            vec![Event::Key(esc), Event::Key(plain)]
        }
        other => vec![other],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn esc_then_a_key_read_as_alt_is_both_keys() {
        let alt_e = Event::Key(KeyEvent::new(KeyCode::Char('e'), KeyModifiers::ALT));
        let keys = unmerge(alt_e);
        assert_eq!(
            keys,
            vec![
                Event::Key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)),
                Event::Key(KeyEvent::new(KeyCode::Char('e'), KeyModifiers::NONE)),
            ]
        );
        let plain = Event::Key(KeyEvent::new(KeyCode::Char('e'), KeyModifiers::NONE));
        assert_eq!(unmerge(plain.clone()), vec![plain]);
    }

    #[test]
    fn a_key_with_alt_never_runs_a_plain_binding() {
        let alt_n = KeyEvent::new(KeyCode::Char('n'), KeyModifiers::ALT);
        assert_eq!(to_action(Event::Key(alt_n), Mode::Workshop), None);
        let alt_up = KeyEvent::new(KeyCode::Up, KeyModifiers::ALT);
        assert_eq!(to_action(Event::Key(alt_up), Mode::Workshop), None);
    }
}
