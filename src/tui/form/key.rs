//! The typed names of a form's fields: an entry's described field, or the context's or a block's.

use crate::model::{Driver, FieldKey, Phase};

/// A field of the context form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ContextKey {
    /// The canvas's title.
    Title,
    /// The organisation.
    Organisation,
    /// The facilitator.
    Facilitator,
    /// The workshop's day.
    Date,
    /// The value goal.
    Goal,
    /// The room's answer for one value driver.
    Driver(Driver),
    /// One phase's emphasis.
    Emphasis(Phase),
    /// Who was in the room.
    Participants,
}

/// A field of an agenda block's form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BlockKey {
    /// The block's title.
    Title,
    /// Minutes planned.
    Minutes,
    /// The section it shows.
    Kind,
}

/// A field of a reading's form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ReadingKey {
    /// The day it was measured.
    Date,
    /// The value measured.
    Value,
    /// Where it comes from.
    Note,
}

/// The typed name of a form's field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Key {
    /// A described field of an entry.
    Entry(FieldKey),
    /// A field of the context.
    Context(ContextKey),
    /// A field of an agenda block.
    Block(BlockKey),
    /// A field of a new reading.
    Reading(ReadingKey),
}

impl From<FieldKey> for Key {
    fn from(key: FieldKey) -> Key {
        Key::Entry(key)
    }
}

impl From<ContextKey> for Key {
    fn from(key: ContextKey) -> Key {
        Key::Context(key)
    }
}

impl From<BlockKey> for Key {
    fn from(key: BlockKey) -> Key {
        Key::Block(key)
    }
}

impl From<ReadingKey> for Key {
    fn from(key: ReadingKey) -> Key {
        Key::Reading(key)
    }
}
