//! Terminal events become intents through the key table: every key of every mode, the one
//! source for dispatch, the footer and help; the mouse, resizes and pastes.

mod mode;
mod names;

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

pub use mode::Mode;
pub use names::{bindings, first_key_name, key_names};

use super::action::Intent;
use crate::model::Language;

/// A key with its modifiers (Shift is implied by upper-case letters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Key {
    /// The key.
    pub(crate) code: KeyCode,
    /// Ctrl or Alt, when needed.
    pub(crate) ctrl: bool,
    /// Shift, for keys that are not letters (Shift+arrows).
    pub(crate) shift: bool,
    /// The language whose people press this key (`j` for "ja"): it works and is shown only there.
    /// `None`: in all.
    pub(crate) shown_in: Option<Language>,
}

const fn k(c: char) -> Key {
    Key { code: KeyCode::Char(c), ctrl: false, shift: false, shown_in: None }
}

/// A letter that says the key's word in one language (`j` ja, `o` oui): it works, and help and
/// the footer show it, in that language only (an English `o` on "Delete S3?" deletes nothing).
const fn word(c: char, lang: Language) -> Key {
    Key { code: KeyCode::Char(c), ctrl: false, shift: false, shown_in: Some(lang) }
}

const fn ctrl(c: char) -> Key {
    Key { code: KeyCode::Char(c), ctrl: true, shift: false, shown_in: None }
}

const fn code(code: KeyCode) -> Key {
    Key { code, ctrl: false, shift: false, shown_in: None }
}

const fn shift(code: KeyCode) -> Key {
    Key { code, ctrl: false, shift: true, shown_in: None }
}

impl Key {
    /// True when this key is what the event pressed, in a screen speaking `lang`.
    pub(crate) fn matches(&self, e: &KeyEvent, lang: Language) -> bool {
        if self.shown_in.is_some_and(|only| only != lang) {
            return false;
        }
        // Nothing is bound to Alt: Alt+n is not n (it is often Esc and n typed quickly).
        if e.modifiers.contains(KeyModifiers::ALT) {
            return false;
        }
        let ctrl = e.modifiers.contains(KeyModifiers::CONTROL);
        let code = match e.code {
            KeyCode::Char(c) if ctrl => KeyCode::Char(c.to_ascii_lowercase()),
            other => other,
        };
        // Letters carry Shift in their case, Shift+Tab in its own code; other keys say it.
        let shift = e.modifiers.contains(KeyModifiers::SHIFT)
            && !matches!(e.code, KeyCode::Char(_) | KeyCode::BackTab);
        code == self.code && ctrl == self.ctrl && shift == self.shift
    }
}

/// One line of the key table.
pub struct Binding {
    /// Where the keys work.
    pub(crate) mode: Mode,
    /// The keys.
    pub(crate) keys: &'static [Key],
    /// What they do.
    pub(crate) action: Intent,
    /// The message that says, in help, what they do (`key-workshop-edit`).
    pub message: &'static str,
    /// The message of the footer's short word for them (`hint-edit`); empty when the footer
    /// leaves them out.
    pub(crate) hint: &'static str,
}

impl Binding {
    /// What help says the keys do, in the screens' language.
    pub fn describe(&self, tr: crate::i18n::Tr) -> String {
        tr.get(self.message)
    }
}

macro_rules! bind {
    ($mode:ident, [$($key:expr),+], $action:ident, $label:literal, $hint:literal) => {
        Binding { mode: Mode::$mode, keys: const { &[$($key),+] }, action: Intent::$action, message: $label, hint: $hint }
    };
}

/// Every binding, in the order help lists them.
pub(crate) fn table() -> &'static [Binding] {
    use KeyCode::*;
    static TABLE: std::sync::OnceLock<Vec<Binding>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        vec![
            bind!(Start, [code(Up), k('k')], Up, "key-start-up", ""),
            bind!(Start, [code(Down), k('j')], Down, "key-start-down", ""),
            bind!(Start, [code(Enter)], Submit, "key-start-submit", "hint-open"),
            bind!(Start, [k('n')], NewCanvas, "key-start-new-canvas", "hint-new"),
            bind!(Start, [k('o')], OpenPath, "key-start-open-path", "hint-open-file"),
            bind!(Start, [k('r')], Revisit, "key-start-revisit", "hint-revisit"),
            bind!(Start, [k('?')], Help, "key-start-help", "hint-help"),
            bind!(Start, [k('q'), code(Esc), ctrl('c')], Quit, "key-start-quit", "hint-quit"),
            bind!(Workshop, [code(Tab)], NextSection, "key-workshop-next-section", "hint-section"),
            bind!(Workshop, [code(BackTab)], PrevSection, "key-workshop-prev-section", ""),
            bind!(Workshop, [shift(Up)], PowerUp, "key-workshop-power-up", ""),
            bind!(Workshop, [shift(Down)], PowerDown, "key-workshop-power-down", ""),
            bind!(Workshop, [shift(Right)], InterestUp, "key-workshop-interest-up", ""),
            bind!(Workshop, [shift(Left)], InterestDown, "key-workshop-interest-down", ""),
            bind!(Workshop, [code(Up), k('k')], Up, "key-workshop-up", ""),
            bind!(Workshop, [code(Down), k('j')], Down, "key-workshop-down", ""),
            bind!(Workshop, [code(PageUp)], PageUp, "key-workshop-page-up", ""),
            bind!(Workshop, [code(PageDown)], PageDown, "key-workshop-page-down", ""),
            bind!(Workshop, [code(Home), k('g')], Home, "key-workshop-home", ""),
            bind!(Workshop, [code(End), k('G')], End, "key-workshop-end", ""),
            bind!(Workshop, [k('a')], QuickAdd, "key-workshop-quick-add", "hint-add"),
            bind!(Workshop, [code(Enter), k('e')], Edit, "key-workshop-edit", "hint-edit"),
            bind!(Workshop, [k('d')], Delete, "key-workshop-delete", "hint-delete"),
            bind!(Workshop, [k('K')], MoveUp, "key-workshop-move-up", ""),
            bind!(Workshop, [k('J')], MoveDown, "key-workshop-move-down", ""),
            bind!(Workshop, [k('+'), k('=')], VoteUp, "key-workshop-vote-up", ""),
            bind!(Workshop, [k('-')], VoteDown, "key-workshop-vote-down", ""),
            bind!(Workshop, [k('o')], SortByVotes, "key-workshop-sort-by-votes", ""),
            bind!(Workshop, [k('u')], Undo, "key-workshop-undo", "hint-undo"),
            bind!(Workshop, [ctrl('r')], Redo, "key-workshop-redo", ""),
            bind!(Workshop, [k('/')], Filter, "key-workshop-filter", "hint-filter"),
            bind!(Workshop, [k('x')], Export, "key-workshop-export", ""),
            bind!(Workshop, [k('X')], ExportHtml, "key-workshop-export-html", ""),
            bind!(Workshop, [k('t')], TimerToggle, "key-workshop-timer-toggle", "hint-clock"),
            bind!(Workshop, [k('n')], NextBlock, "key-workshop-next-block", ""),
            bind!(Workshop, [k(']')], MoreTime, "key-workshop-more-time", ""),
            bind!(Workshop, [k('[')], LessTime, "key-workshop-less-time", ""),
            bind!(Workshop, [k('p')], Projector, "key-workshop-projector", ""),
            bind!(Workshop, [code(Left)], Left, "key-workshop-left", ""),
            bind!(Workshop, [code(Right)], Right, "key-workshop-right", ""),
            bind!(Workshop, [code(Esc)], Cancel, "key-workshop-cancel", ""),
            bind!(Workshop, [k('v')], NextView, "key-workshop-next-view", ""),
            bind!(Workshop, [k('c')], Compare, "key-workshop-compare", ""),
            bind!(Workshop, [k('A')], Agenda, "key-workshop-agenda", ""),
            bind!(Workshop, [k('P')], Park, "key-workshop-park", "hint-park"),
            bind!(Workshop, [k('M')], MoveSection, "key-workshop-move-section", ""),
            bind!(Workshop, [k('R')], Room, "key-workshop-room", ""),
            bind!(Workshop, [k('I')], Inbox, "key-workshop-inbox", ""),
            bind!(Workshop, [k('V')], Vote, "key-workshop-vote", ""),
            bind!(Inbox, [code(Up), k('k')], Up, "key-inbox-up", ""),
            bind!(Inbox, [code(Down), k('j')], Down, "key-inbox-down", ""),
            bind!(Inbox, [code(Enter)], Submit, "key-inbox-submit", "hint-accept"),
            bind!(Inbox, [k('m')], Merge, "key-inbox-merge", "hint-merge"),
            bind!(Inbox, [k('d')], Delete, "key-inbox-delete", "hint-dismiss"),
            bind!(Inbox, [k('A')], AcceptAll, "key-inbox-accept-all", "hint-accept-all"),
            bind!(Inbox, [k('u')], Undo, "key-inbox-undo", "hint-undo"),
            bind!(Inbox, [code(Esc), k('q')], Cancel, "key-inbox-cancel", "hint-close"),
            bind!(RoomCard, [code(Esc), code(Enter)], Cancel, "key-room-card-cancel", "hint-hide"),
            bind!(RoomCard, [k('R')], Room, "key-room-card-room", "hint-close-room"),
            bind!(Workshop, [k('L')], Loops, "key-workshop-loops", "hint-loops"),
            bind!(Workshop, [k('H')], History, "key-workshop-history", ""),
            bind!(Workshop, [k('?')], Help, "key-workshop-help", "hint-help"),
            bind!(Workshop, [k('q'), ctrl('c')], Quit, "key-workshop-quit", "hint-quit"),
            bind!(Agenda, [code(Up), k('k')], Up, "key-agenda-up", ""),
            bind!(Agenda, [code(Down), k('j')], Down, "key-agenda-down", ""),
            bind!(Agenda, [code(Home), k('g')], Home, "key-agenda-home", ""),
            bind!(Agenda, [code(End), k('G')], End, "key-agenda-end", ""),
            bind!(Agenda, [code(Enter), k('e')], Edit, "key-agenda-edit", "hint-edit"),
            bind!(Agenda, [k('a')], QuickAdd, "key-agenda-quick-add", "hint-add"),
            bind!(Agenda, [k('d')], Delete, "key-agenda-delete", "hint-remove"),
            bind!(Agenda, [k('K')], MoveUp, "key-agenda-move-up", ""),
            bind!(Agenda, [k('J')], MoveDown, "key-agenda-move-down", ""),
            bind!(Agenda, [k(' ')], TimeThis, "key-agenda-time-this", "hint-time-this"),
            bind!(Agenda, [k('u')], Undo, "key-agenda-undo", ""),
            bind!(Agenda, [code(Esc), k('A'), k('q')], Cancel, "key-agenda-cancel", "hint-close"),
            bind!(Loops, [code(Up), k('k')], Up, "key-loops-up", ""),
            bind!(Loops, [code(Down), k('j')], Down, "key-loops-down", ""),
            bind!(Loops, [code(Home), k('g')], Home, "key-loops-home", ""),
            bind!(Loops, [code(PageDown)], PageDown, "key-loops-page-down", ""),
            bind!(Loops, [code(PageUp)], PageUp, "key-loops-page-up", ""),
            bind!(Loops, [code(End), k('G')], End, "key-loops-end", ""),
            bind!(Loops, [k('a')], QuickAdd, "key-loops-quick-add", "hint-add-reading"),
            bind!(Loops, [code(Enter), k('e')], Edit, "key-loops-edit", "hint-loop"),
            bind!(Loops, [k('h')], Mark, "key-loops-mark", "hint-held"),
            bind!(Loops, [k('u')], Undo, "key-loops-undo", "hint-undo"),
            bind!(Loops, [ctrl('r')], Redo, "key-loops-redo", ""),
            bind!(Loops, [k('?')], Help, "key-loops-help", "hint-help"),
            bind!(Loops, [code(Esc), k('L'), k('q')], Cancel, "key-loops-cancel", "hint-close"),
            bind!(Compare, [code(Tab)], NextSection, "key-compare-next-section", "hint-section"),
            bind!(Compare, [code(BackTab)], PrevSection, "key-compare-prev-section", ""),
            bind!(Compare, [code(Up), k('k')], Up, "key-compare-up", ""),
            bind!(Compare, [code(Down), k('j')], Down, "key-compare-down", ""),
            bind!(Compare, [code(PageUp)], PageUp, "key-compare-page-up", ""),
            bind!(Compare, [code(PageDown)], PageDown, "key-compare-page-down", ""),
            bind!(Compare, [code(Home), k('g')], Home, "key-compare-home", ""),
            bind!(Compare, [code(End), k('G')], End, "key-compare-end", ""),
            bind!(Compare, [code(Enter)], Edit, "key-compare-edit", "hint-fields"),
            bind!(Compare, [k('v')], NextView, "key-compare-next-view", "hint-grid"),
            bind!(Compare, [k('?')], Help, "key-compare-help", "hint-help"),
            bind!(Compare, [code(Esc), k('q')], Cancel, "key-compare-cancel", "hint-leave"),
            bind!(History, [code(Tab)], NextSection, "key-history-next-section", "hint-tab"),
            bind!(History, [code(BackTab)], PrevSection, "key-history-prev-section", ""),
            bind!(History, [code(Left)], Left, "key-history-left", ""),
            bind!(History, [code(Right)], Right, "key-history-right", ""),
            bind!(History, [k(' ')], Mark, "key-history-mark", "hint-mark"),
            bind!(History, [code(Enter)], Submit, "key-history-submit", "hint-compare"),
            bind!(History, [code(Up), k('k')], Up, "key-history-up", ""),
            bind!(History, [code(Down), k('j')], Down, "key-history-down", "hint-scroll"),
            bind!(History, [code(PageUp)], PageUp, "key-history-page-up", ""),
            bind!(History, [code(PageDown)], PageDown, "key-history-page-down", ""),
            bind!(History, [code(Home), k('g')], Home, "key-history-home", ""),
            bind!(History, [code(End), k('G')], End, "key-history-end", ""),
            bind!(History, [k('?')], Help, "key-history-help", "hint-help"),
            bind!(History, [code(Esc), k('q')], Cancel, "key-history-cancel", "hint-back"),
            bind!(Park, [code(Enter)], Submit, "key-park-submit", "hint-park"),
            bind!(Park, [code(Up)], Up, "key-park-up", ""),
            bind!(Park, [code(Down)], Down, "key-park-down", ""),
            bind!(Park, [ctrl('d')], Delete, "key-park-delete", "hint-remove"),
            bind!(Park, [code(Esc)], Cancel, "key-park-cancel", "hint-close"),
            bind!(Park, [ctrl('c')], Terminate, "key-park-terminate", ""),
            bind!(Input, [code(Enter)], Submit, "key-input-submit", "hint-accept"),
            bind!(Input, [code(Esc)], Cancel, "key-input-cancel", "hint-leave"),
            bind!(Input, [ctrl('c')], Terminate, "key-input-terminate", ""),
            bind!(Form, [code(Tab), code(Down)], NextField, "key-form-next-field", "hint-next-field"),
            bind!(Form, [code(BackTab), code(Up)], PrevField, "key-form-prev-field", ""),
            bind!(Form, [code(Left)], Left, "key-form-left", ""),
            bind!(Form, [code(Right)], Right, "key-form-right", ""),
            bind!(Form, [code(Enter)], Submit, "key-form-submit", "hint-next-save"),
            bind!(Form, [ctrl('s')], SaveForm, "key-form-save-form", "hint-save"),
            bind!(Form, [code(Esc)], Cancel, "key-form-cancel", "hint-cancel"),
            bind!(Form, [ctrl('c')], Terminate, "key-form-terminate", ""),
            bind!(Picker, [code(Up)], Up, "key-picker-up", ""),
            bind!(Picker, [code(Down)], Down, "key-picker-down", ""),
            bind!(Picker, [code(Enter)], Submit, "key-picker-submit", "hint-choose"),
            bind!(Picker, [code(Esc)], Cancel, "key-picker-cancel", "hint-leave"),
            bind!(Picker, [ctrl('c')], Terminate, "key-picker-terminate", ""),
            bind!(
                Confirm,
                [k('y'), word('o', Language::Fr), word('j', Language::De)],
                Yes,
                "key-confirm-yes",
                "hint-yes"
            ),
            bind!(Confirm, [k('n'), code(Esc)], No, "key-confirm-no", "hint-no"),
            bind!(Conflict, [k('s')], SaveElsewhere, "key-conflict-save-elsewhere", "hint-save-elsewhere"),
            bind!(Conflict, [k('r')], Reload, "key-conflict-reload", "hint-reload"),
            bind!(Conflict, [code(Esc)], Cancel, "key-conflict-cancel", "hint-keep-working"),
            bind!(Help, [code(Up), k('k')], Up, "key-help-up", ""),
            bind!(Help, [code(Down), k('j')], Down, "key-help-down", ""),
            bind!(Help, [code(Esc), k('?'), k('q')], Cancel, "key-help-cancel", "hint-close"),
        ]
    })
}

/// The action a key asks for in a mode, on screens speaking `lang`; keys a text input takes
/// become `Input`.
pub fn action_for(mode: Mode, key: &KeyEvent, lang: Language) -> Option<Intent> {
    let bound = table().iter().find(|b| b.mode == mode && b.keys.iter().any(|k| k.matches(key, lang)));
    match bound {
        Some(b) => Some(b.action.clone()),
        None if matches!(mode, Mode::Input | Mode::Form | Mode::Picker | Mode::Park) => {
            Some(Intent::Input(*key))
        }
        None => None,
    }
}

/// The action an event asks for in a mode, if any.
pub(crate) fn to_action(event: Event, mode: Mode, lang: Language) -> Option<Intent> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => action_for(mode, &key, lang),
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
pub fn timed_action(event: Event, mode: Mode, lang: Language, ms: u64) -> Option<Intent> {
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
    let action = to_action(event, mode, lang);
    match letter {
        Some(ch) => Some(Intent::Letter { ch, ms, then: action.map(Box::new) }),
        None => action,
    }
}

#[cfg(test)]
mod tests;
