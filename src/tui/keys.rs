//! Terminal events become intents through the key table: every key of every mode, the one
//! source for dispatch, the footer and help; the mouse, resizes and pastes.

mod mode;
mod names;

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

pub use mode::Mode;
pub use names::{bindings, key_names};

use super::action::Intent;

/// A key with its modifiers (Shift is implied by upper-case letters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Key {
    /// The key.
    pub(crate) code: KeyCode,
    /// Ctrl or Alt, when needed.
    pub(crate) ctrl: bool,
    /// Shift, for keys that are not letters (Shift+arrows).
    pub(crate) shift: bool,
}

const fn k(c: char) -> Key {
    Key { code: KeyCode::Char(c), ctrl: false, shift: false }
}

const fn ctrl(c: char) -> Key {
    Key { code: KeyCode::Char(c), ctrl: true, shift: false }
}

const fn code(code: KeyCode) -> Key {
    Key { code, ctrl: false, shift: false }
}

const fn shift(code: KeyCode) -> Key {
    Key { code, ctrl: false, shift: true }
}

impl Key {
    /// True when this key is what the event pressed.
    pub(crate) fn matches(&self, e: &KeyEvent) -> bool {
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
    /// What help says they do.
    pub label: &'static str,
    /// The footer's short word for them; empty when the footer leaves them out.
    pub(crate) hint: &'static str,
}

macro_rules! bind {
    ($mode:ident, [$($key:expr),+], $action:ident, $label:literal, $hint:literal) => {
        Binding { mode: Mode::$mode, keys: const { &[$($key),+] }, action: Intent::$action, label: $label, hint: $hint }
    };
}

/// Every binding, in the order help lists them.
pub(crate) fn table() -> &'static [Binding] {
    use KeyCode::*;
    static TABLE: std::sync::OnceLock<Vec<Binding>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        vec![
            bind!(Start, [code(Up), k('k')], Up, "select the previous item", ""),
            bind!(Start, [code(Down), k('j')], Down, "select the next item", ""),
            bind!(Start, [code(Enter)], Submit, "open the selected canvas or template", "open"),
            bind!(Start, [k('n')], NewCanvas, "new canvas in the data folder", "new"),
            bind!(Start, [k('o')], OpenPath, "open a file by its path", "open file"),
            bind!(
                Start,
                [k('r')],
                Revisit,
                "revisit: the follow-up workshop of the selected canvas",
                "revisit"
            ),
            bind!(Start, [k('?')], Help, "help: every key", "help"),
            bind!(Start, [k('q'), code(Esc), ctrl('c')], Quit, "quit", "quit"),
            bind!(Workshop, [code(Tab)], NextSection, "next section", "section"),
            bind!(Workshop, [code(BackTab)], PrevSection, "previous section", ""),
            bind!(Workshop, [shift(Up)], PowerUp, "grid: more power for the selected stakeholder", ""),
            bind!(Workshop, [shift(Down)], PowerDown, "grid: less power for the selected stakeholder", ""),
            bind!(
                Workshop,
                [shift(Right)],
                InterestUp,
                "grid: more interest for the selected stakeholder",
                ""
            ),
            bind!(
                Workshop,
                [shift(Left)],
                InterestDown,
                "grid: less interest for the selected stakeholder",
                ""
            ),
            bind!(Workshop, [code(Up), k('k')], Up, "select the entry above", ""),
            bind!(Workshop, [code(Down), k('j')], Down, "select the entry below", ""),
            bind!(Workshop, [code(PageUp)], PageUp, "a page up", ""),
            bind!(Workshop, [code(PageDown)], PageDown, "a page down", ""),
            bind!(Workshop, [code(Home), k('g')], Home, "first entry", ""),
            bind!(Workshop, [code(End), k('G')], End, "last entry", ""),
            bind!(Workshop, [k('a')], QuickAdd, "quick add: one line per idea, Enter adds the next", "add"),
            bind!(Workshop, [code(Enter), k('e')], Edit, "edit the selected entry's details", "edit"),
            bind!(Workshop, [k('d')], Delete, "delete the selected entry (asks first)", "delete"),
            bind!(Workshop, [k('K')], MoveUp, "move the selected entry up", ""),
            bind!(Workshop, [k('J')], MoveDown, "move the selected entry down", ""),
            bind!(Workshop, [k('+'), k('=')], VoteUp, "add a dot vote (tasks and actions)", ""),
            bind!(Workshop, [k('-')], VoteDown, "remove a dot vote", ""),
            bind!(Workshop, [k('o')], SortByVotes, "order tasks or actions by dots, most first", ""),
            bind!(Workshop, [k('u')], Undo, "undo", "undo"),
            bind!(Workshop, [ctrl('r')], Redo, "redo", ""),
            bind!(Workshop, [k('/')], Filter, "filter the list by text", "filter"),
            bind!(Workshop, [k('x')], Export, "export the plan to Markdown beside the file", ""),
            bind!(
                Workshop,
                [k('X')],
                ExportHtml,
                "export the plan as a printable HTML page beside the file",
                ""
            ),
            bind!(Workshop, [k('t')], TimerToggle, "start / pause the agenda clock", "clock"),
            bind!(Workshop, [k('n')], NextBlock, "next agenda block (shows its section)", ""),
            bind!(Workshop, [k(']')], MoreTime, "one minute more for the current block", ""),
            bind!(Workshop, [k('[')], LessTime, "one minute less for the current block", ""),
            bind!(Workshop, [k('p')], Projector, "projector mode on / off", ""),
            bind!(Workshop, [code(Left)], Left, "projector focus: the previous entry", ""),
            bind!(Workshop, [code(Right)], Right, "projector focus: the next entry", ""),
            bind!(Workshop, [code(Esc)], Cancel, "projector focus: back to the list", ""),
            bind!(Workshop, [k('v')], NextView, "next view: list, stakeholder grid, relationship map", ""),
            bind!(Workshop, [k('c')], Compare, "compare this canvas with another file", ""),
            bind!(Workshop, [k('A')], Agenda, "edit the agenda: blocks, minutes, order", ""),
            bind!(Workshop, [k('P')], Park, "parking lot: note an off-topic question for later", "park"),
            bind!(
                Workshop,
                [k('M')],
                MoveSection,
                "move a task to the adoption actions, or an action to the tasks",
                ""
            ),
            bind!(
                Workshop,
                [k('R')],
                Room,
                "open or close the room: participants join from their phones",
                ""
            ),
            bind!(
                Workshop,
                [k('I')],
                Inbox,
                "the inbox: ideas the room sent, to accept, merge or dismiss",
                ""
            ),
            bind!(Workshop, [k('V')], Vote, "open or close a dot vote from the room on tasks or actions", ""),
            bind!(Inbox, [code(Up), k('k')], Up, "the idea above", ""),
            bind!(Inbox, [code(Down), k('j')], Down, "the idea below", ""),
            bind!(Inbox, [code(Enter)], Submit, "accept the idea as an entry of its section", "accept"),
            bind!(Inbox, [k('m')], Merge, "merge it into the selected entry's notes", "merge"),
            bind!(Inbox, [k('d')], Delete, "dismiss it", "dismiss"),
            bind!(Inbox, [k('A')], AcceptAll, "accept every idea", "accept all"),
            bind!(Inbox, [k('u')], Undo, "undo", "undo"),
            bind!(Inbox, [code(Esc), k('q')], Cancel, "close the inbox", "close"),
            bind!(RoomCard, [code(Esc), code(Enter)], Cancel, "hide the code (the room stays open)", "hide"),
            bind!(RoomCard, [k('R')], Room, "close the room", "close room"),
            bind!(Workshop, [k('L')], Loops, "loop review: indicators, readings, progress, loops", "loops"),
            bind!(
                Workshop,
                [k('H')],
                History,
                "history: this canvas's revisions over time (waves, paths, signals)",
                ""
            ),
            bind!(Workshop, [k('?')], Help, "help: every key", "help"),
            bind!(Workshop, [k('q'), ctrl('c')], Quit, "quit (everything is already saved)", "quit"),
            bind!(Agenda, [code(Up), k('k')], Up, "select the block above", ""),
            bind!(Agenda, [code(Down), k('j')], Down, "select the block below", ""),
            bind!(Agenda, [code(Home), k('g')], Home, "first block", ""),
            bind!(Agenda, [code(End), k('G')], End, "last block", ""),
            bind!(Agenda, [code(Enter), k('e')], Edit, "edit the block: title, minutes, section", "edit"),
            bind!(Agenda, [k('a')], QuickAdd, "add a block after this one", "add"),
            bind!(Agenda, [k('d')], Delete, "remove the block", "remove"),
            bind!(Agenda, [k('K')], MoveUp, "move the block earlier", ""),
            bind!(Agenda, [k('J')], MoveDown, "move the block later", ""),
            bind!(Agenda, [k(' ')], TimeThis, "the clock times this block from now on", "time this"),
            bind!(Agenda, [k('u')], Undo, "undo", ""),
            bind!(Agenda, [code(Esc), k('A'), k('q')], Cancel, "close the agenda", "close"),
            bind!(Loops, [code(Up), k('k')], Up, "select the action above", ""),
            bind!(Loops, [code(Down), k('j')], Down, "select the action below", ""),
            bind!(Loops, [code(Home), k('g')], Home, "first action", ""),
            bind!(Loops, [code(PageDown)], PageDown, "scroll the action's detail down", ""),
            bind!(Loops, [code(PageUp)], PageUp, "scroll the action's detail up", ""),
            bind!(Loops, [code(End), k('G')], End, "last action", ""),
            bind!(
                Loops,
                [k('a')],
                QuickAdd,
                "add a reading: date (today), value measured, note",
                "add reading"
            ),
            bind!(
                Loops,
                [code(Enter), k('e')],
                Edit,
                "set status, loop and next review (and an indicator when there is none)",
                "loop"
            ),
            bind!(Loops, [k('h')], Mark, "mark the selected task held today (u undoes)", "held"),
            bind!(Loops, [k('u')], Undo, "undo", "undo"),
            bind!(Loops, [ctrl('r')], Redo, "redo", ""),
            bind!(Loops, [k('?')], Help, "help: every key", "help"),
            bind!(Loops, [code(Esc), k('L'), k('q')], Cancel, "close the loop review", "close"),
            bind!(
                Compare,
                [code(Tab)],
                NextSection,
                "next section; the last tab lists the signals",
                "section"
            ),
            bind!(Compare, [code(BackTab)], PrevSection, "previous section", ""),
            bind!(Compare, [code(Up), k('k')], Up, "select the row above", ""),
            bind!(Compare, [code(Down), k('j')], Down, "select the row below", ""),
            bind!(Compare, [code(PageUp)], PageUp, "a page up", ""),
            bind!(Compare, [code(PageDown)], PageDown, "a page down", ""),
            bind!(Compare, [code(Home), k('g')], Home, "first row", ""),
            bind!(Compare, [code(End), k('G')], End, "last row", ""),
            bind!(Compare, [code(Enter)], Edit, "show a changed entry's fields, old → new", "fields"),
            bind!(
                Compare,
                [k('v')],
                NextView,
                "stakeholders: the power/interest grid with who moved",
                "grid"
            ),
            bind!(Compare, [k('?')], Help, "help: every key", "help"),
            bind!(Compare, [code(Esc), k('q')], Cancel, "leave the comparison", "leave"),
            bind!(
                History,
                [code(Tab)],
                NextSection,
                "next tab: signals, stakeholders, relationships, actions",
                "tab"
            ),
            bind!(History, [code(BackTab)], PrevSection, "previous tab", ""),
            bind!(History, [code(Left)], Left, "the revision before", ""),
            bind!(History, [code(Right)], Right, "the revision after", ""),
            bind!(History, [k(' ')], Mark, "mark the revision to compare (two at most)", "mark"),
            bind!(History, [code(Enter)], Submit, "compare the two marked revisions", "compare"),
            bind!(History, [code(Up), k('k')], Up, "scroll up; stakeholders: the one above", ""),
            bind!(History, [code(Down), k('j')], Down, "scroll down; stakeholders: the one below", "scroll"),
            bind!(History, [code(PageUp)], PageUp, "a page up", ""),
            bind!(History, [code(PageDown)], PageDown, "a page down", ""),
            bind!(History, [code(Home), k('g')], Home, "to the top", ""),
            bind!(History, [code(End), k('G')], End, "to the end", ""),
            bind!(History, [k('?')], Help, "help: every key", "help"),
            bind!(History, [code(Esc), k('q')], Cancel, "back to the workshop", "back"),
            bind!(
                Park,
                [code(Enter)],
                Submit,
                "park the question typed; the box stays open for the next",
                "park"
            ),
            bind!(Park, [code(Up)], Up, "choose a parked question (newest first)", ""),
            bind!(Park, [code(Down)], Down, "choose the next parked question", ""),
            bind!(Park, [ctrl('d')], Delete, "remove the chosen question (u brings it back)", "remove"),
            bind!(
                Park,
                [code(Esc)],
                Cancel,
                "close the parking lot (asks first if a line is typed)",
                "close"
            ),
            bind!(Park, [ctrl('c')], Terminate, "quit: what is typed is parked first", ""),
            bind!(Input, [code(Enter)], Submit, "accept", "accept"),
            bind!(Input, [code(Esc)], Cancel, "leave", "leave"),
            bind!(Input, [ctrl('c')], Terminate, "quit: what is typed is kept and saved first", ""),
            bind!(Form, [code(Tab), code(Down)], NextField, "next field", "next field"),
            bind!(Form, [code(BackTab), code(Up)], PrevField, "previous field", ""),
            bind!(Form, [code(Left)], Left, "previous choice / cursor left", ""),
            bind!(Form, [code(Right)], Right, "next choice / cursor right", ""),
            bind!(Form, [code(Enter)], Submit, "next field; on the last field, save", "next / save"),
            bind!(Form, [ctrl('s')], SaveForm, "save", "save"),
            bind!(Form, [code(Esc)], Cancel, "cancel without change", "cancel"),
            bind!(
                Form,
                [ctrl('c')],
                Terminate,
                "quit: the form is kept and saved first (when it checks)",
                ""
            ),
            bind!(Picker, [code(Up)], Up, "previous stakeholder", ""),
            bind!(Picker, [code(Down)], Down, "next stakeholder", ""),
            bind!(Picker, [code(Enter)], Submit, "choose", "choose"),
            bind!(Picker, [code(Esc)], Cancel, "leave", "leave"),
            bind!(Picker, [ctrl('c')], Terminate, "quit (everything is already saved)", ""),
            bind!(Confirm, [k('y')], Yes, "yes", "yes"),
            bind!(Confirm, [k('n'), code(Esc)], No, "no", "no"),
            bind!(Conflict, [k('s')], SaveElsewhere, "save to another file", "save elsewhere"),
            bind!(
                Conflict,
                [k('r')],
                Reload,
                "reload the file (changes since the last save are lost)",
                "reload"
            ),
            bind!(Conflict, [code(Esc)], Cancel, "keep working without saving", "keep working"),
            bind!(Help, [code(Up), k('k')], Up, "scroll up", ""),
            bind!(Help, [code(Down), k('j')], Down, "scroll down", ""),
            bind!(Help, [code(Esc), k('?'), k('q')], Cancel, "close help", "close"),
        ]
    })
}

/// The action a key asks for in a mode; keys a text input takes become `Input`.
pub fn action_for(mode: Mode, key: &KeyEvent) -> Option<Intent> {
    let bound = table().iter().find(|b| b.mode == mode && b.keys.iter().any(|k| k.matches(key)));
    match bound {
        Some(b) => Some(b.action.clone()),
        None if matches!(mode, Mode::Input | Mode::Form | Mode::Picker | Mode::Park) => {
            Some(Intent::Input(*key))
        }
        None => None,
    }
}

/// The action an event asks for in a mode, if any.
pub(crate) fn to_action(event: Event, mode: Mode) -> Option<Intent> {
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

#[cfg(test)]
mod tests;
