//! What the user can ask for: keys, mouse and time become these, and `App::update` carries them out.

use ratatui::crossterm::event::KeyEvent;

/// One thing to do, whatever key or event asked for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Intent {
    /// Go to the next section.
    NextSection,
    /// Go to the previous section.
    PrevSection,
    /// Select the entry above.
    Up,
    /// Select the entry below.
    Down,
    /// A page up.
    PageUp,
    /// A page down.
    PageDown,
    /// The first entry.
    Home,
    /// The last entry.
    End,
    /// Open the one-line input at the end of the list.
    QuickAdd,
    /// Edit the selected entry in a form.
    Edit,
    /// Delete the selected entry (asks first).
    Delete,
    /// Move the selected entry up.
    MoveUp,
    /// Move the selected entry down.
    MoveDown,
    /// Grid: one step more power for the selected stakeholder.
    PowerUp,
    /// Grid: one step less power.
    PowerDown,
    /// Grid: one step more interest.
    InterestUp,
    /// Grid: one step less interest.
    InterestDown,
    /// Add a dot vote.
    VoteUp,
    /// Remove a dot vote.
    VoteDown,
    /// Order the list by dots, most first.
    SortByVotes,
    /// Undo the last change.
    Undo,
    /// Redo what was undone.
    Redo,
    /// Filter the list by text.
    Filter,
    /// Export the plan to Markdown beside the file.
    Export,
    /// Export the plan as a printable HTML page beside the file.
    ExportHtml,
    /// Start or pause the agenda clock.
    TimerToggle,
    /// Move the clock to the next agenda block.
    NextBlock,
    /// One minute more for the current block.
    MoreTime,
    /// One minute less for the current block.
    LessTime,
    /// Projector mode on or off.
    Projector,
    /// The section's next view (list, grid, map).
    NextView,
    /// Compare with another file.
    Compare,
    /// Open the agenda editor.
    Agenda,
    /// Open the loop review: indicators, readings, progress and loops.
    Loops,
    /// Park an off-topic question for later.
    Park,
    /// Show this canvas's revisions over time.
    History,
    /// Time this agenda block from now on.
    TimeThis,
    /// Mark the revision under the cursor to compare (history screen).
    Mark,
    /// Move the selected entry to the section where it belongs (a task to the actions, and back).
    MoveSection,
    /// Open or close the room: participants join from their phones.
    Room,
    /// The inbox of ideas the room sent.
    Inbox,
    /// Open or close a dot vote from the room.
    Vote,
    /// Merge the chosen idea into the selected entry's notes.
    Merge,
    /// Accept every idea in the inbox.
    AcceptAll,
    /// Show every key.
    Help,
    /// Leave cvc (everything is saved).
    Quit,
    /// Accept: add, pick, save, open.
    Submit,
    /// Leave without doing it.
    Cancel,
    /// Next field of a form.
    NextField,
    /// Previous field of a form.
    PrevField,
    /// Save the form.
    SaveForm,
    /// Choose the previous option, or move left.
    Left,
    /// Choose the next option, or move right.
    Right,
    /// Answer yes.
    Yes,
    /// Answer no.
    No,
    /// Start a new canvas (start screen).
    NewCanvas,
    /// Start the follow-up workshop of the selected canvas (start screen).
    Revisit,
    /// Type a path to open (start screen).
    OpenPath,
    /// Save to another file after a conflict.
    SaveElsewhere,
    /// Read the file again after a conflict.
    Reload,
    /// A key for a text input.
    Input(KeyEvent),
    /// A plain letter on the workshop's lists, when it arrived (milliseconds on the runner's
    /// clock) and the command the key table made of it: typing is told from commands by the gaps.
    Letter {
        /// The letter.
        ch: char,
        /// When it arrived.
        ms: u64,
        /// The command it is bound to, if any.
        then: Option<Box<Intent>>,
    },
    /// Pasted text.
    Paste(String),
    /// A mouse click at a column and row.
    Click(u16, u16),
    /// What a click chose: the thing the last frame drew under the pointer.
    Pick(super::hits::Hit),
    /// What the frame just drawn put where, for the clicks that follow.
    Drawn(Box<super::hits::Hits>),
    /// The mouse wheel up.
    ScrollUp,
    /// The mouse wheel down.
    ScrollDown,
    /// The terminal's new size.
    Resize(u16, u16),
    /// The time now, once a second and before each key.
    Tick(jiff::civil::DateTime),
    /// What an effect came to.
    Done(Box<super::effect::Outcome>),
    /// Save what is pending and leave: a signal asked the program to end.
    Terminate,
}
