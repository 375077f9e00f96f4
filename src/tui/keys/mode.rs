//! Which keys apply: each screen and layer has its own set.

/// Which keys apply: each screen or layer has its own set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// The start screen.
    Start,
    /// The workshop screen's lists.
    Workshop,
    /// A one-line text input (quick add, filter, a path).
    Input,
    /// An entry's form.
    Form,
    /// Choosing a stakeholder for a relationship.
    Picker,
    /// A yes/no question.
    Confirm,
    /// The file changed on disk.
    Conflict,
    /// The agenda editor.
    Agenda,
    /// The compare screen.
    Compare,
    /// The loop review screen.
    Loops,
    /// The parking lot's box.
    Park,
    /// The history screen: the canvas's revisions over time.
    History,
    /// The inbox of ideas the room sent.
    Inbox,
    /// The room's join card (address, code, QR) over the screen.
    RoomCard,
    /// The help screen.
    Help,
}
