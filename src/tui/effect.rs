//! What `update` asks the world to do, and what comes back.
//!
//! `update` changes state and does no I/O: it returns effects (save, load, list a folder,
//! export, ring the bell, quit), the runner carries them out, and their outcomes come back to
//! `update` as `Action::Done`, so every screen speaks one convention and tests can run `update`
//! without a disk.

use std::path::PathBuf;

use super::derived::Derived;
use crate::model::{Canvas, Day};
use crate::store::{SaveError, ShippedCanvas};

/// Something for the runner to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Open the room (§12): serve the participants' page on `bind` (the laptop's address on the
    /// network when `None`) and `port` (any free one when 0).
    OpenRoom {
        /// The address to serve on.
        bind: Option<std::net::IpAddr>,
        /// The port.
        port: u16,
        /// What participants see first.
        view: Box<crate::room::RoomView>,
    },
    /// Close the room: every connection ends, the port is free.
    CloseRoom,
    /// What participants see changed.
    ShowRoom(Box<crate::room::RoomView>),
    /// These ideas are in the file's inbox now: the phones that sent them may say so.
    AckIdeas(Vec<u64>),
    /// Open a dot vote on these entries (id, text), `budget` dots per device.
    OpenVote {
        /// The entries.
        entries: Vec<(String, String)>,
        /// Dots per device.
        budget: u8,
    },
    /// Close the dot vote; its totals come back.
    CloseVote,
    /// Write this version of the open canvas to its file; a burst of saves is written once.
    Save {
        /// Which change this version includes (they only grow).
        generation: u64,
        /// The canvas (a cheap copy: entries are shared).
        canvas: Box<Canvas>,
    },
    /// Wait until every save asked for is on disk (or failed); before quitting or switching files.
    Flush,
    /// Save the open canvas to another file from now on.
    SaveAs {
        /// The new file.
        path: PathBuf,
        /// The canvas.
        canvas: Box<Canvas>,
    },
    /// Read the open canvas's file again, dropping the version in memory.
    Reload,
    /// Work out the derived facts of this version of the canvas.
    Derive {
        /// Which change this version includes.
        generation: u64,
        /// The canvas.
        canvas: Box<Canvas>,
        /// Today, for overdue reviews.
        today: Day,
    },
    /// Find the canvases to offer for comparison: earlier revisions of this one first.
    FindCompareCandidates {
        /// The open canvas's file.
        file: PathBuf,
        /// Its canvas id.
        id: String,
        /// Its revision.
        revision: u32,
        /// The screens' language, for each candidate's line.
        tr: crate::i18n::Tr,
    },
    /// Read a canvas to compare the open one with.
    LoadCompare(PathBuf),
    /// Read the other revisions of the open canvas beside its file, and follow them all over time
    /// (off the UI thread in the app: answers come back with `ticket`, progress first).
    FindRevisions {
        /// Which request this is: its answers carry it.
        ticket: u64,
        /// The open canvas's file.
        file: PathBuf,
        /// The open canvas as it is now (a cheap copy: entries are shared).
        canvas: Box<Canvas>,
    },
    /// Nobody waits for the revisions of request `ticket` any more: stop reading them.
    StopRevisions(u64),
    /// Compare two revisions the history screen holds, older first (off the UI thread in the
    /// app: the screen comes back with `ticket`).
    CompareRevisions {
        /// Which request this is.
        ticket: u64,
        /// The older revision's file and canvas.
        older: Box<(PathBuf, Canvas)>,
        /// The newer revision's file and canvas.
        newer: Box<(PathBuf, Canvas)>,
        /// Today, for overdue reviews.
        today: Day,
    },
    /// Write the plan, as an HTML page when `path` ends in `.html`, else as Markdown; unless
    /// `overwrite`, an existing file is not touched.
    Export {
        /// Where.
        path: PathBuf,
        /// The canvas.
        canvas: Box<Canvas>,
        /// Today, for overdue reviews.
        today: Day,
        /// Whether an existing file may be replaced.
        overwrite: bool,
    },
    /// Open a canvas file in the workshop screen; a missing file becomes a new canvas only when
    /// `create` says so (else the outcome is `Missing`, and the screen asks).
    Open {
        /// The file.
        path: PathBuf,
        /// Whether to start with the review of last time's actions.
        loop_review: bool,
        /// Whether a missing file becomes a new canvas.
        create: bool,
    },
    /// Create a canvas in the data folder from a template, titled, and open it.
    Create {
        /// The template.
        template: ShippedCanvas,
        /// The title typed.
        title: String,
        /// Today.
        today: Day,
    },
    /// Start the follow-up workshop of a canvas in a new file beside it, and open it.
    Revisit {
        /// The older canvas.
        path: PathBuf,
        /// Today.
        today: Day,
    },
    /// Ring the terminal bell.
    Bell,
    /// End the program.
    Quit,
}

/// A canvas the runner opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opened {
    /// Its file.
    pub path: PathBuf,
    /// The canvas.
    pub canvas: Box<Canvas>,
    /// Whether to start with the review of last time's actions.
    pub loop_review: bool,
    /// Whether the file is read-only (changes cannot be saved there).
    pub read_only: bool,
}

/// What an effect came to, fed back to `update`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// A save finished: the generation written, or why not.
    Saved {
        /// The newest generation the attempt covered.
        generation: u64,
        /// Whether it was written.
        result: Result<(), SaveError>,
    },
    /// Saving elsewhere: the new file, or why not.
    SavedAs(Result<PathBuf, String>),
    /// The file read again, or why not.
    Reloaded(Result<Box<Canvas>, String>),
    /// Derived facts of a generation.
    Derived {
        /// The generation they describe.
        generation: u64,
        /// The facts.
        derived: Box<Derived>,
    },
    /// The canvases offered for comparison, each with its title, revision and date.
    CompareCandidates(Vec<(PathBuf, String)>),
    /// The canvas to compare with, or why it could not be read.
    CompareLoaded {
        /// Its file.
        path: PathBuf,
        /// The canvas.
        result: Result<Box<Canvas>, String>,
    },
    /// How far reading the open canvas's revisions has come, or the canvas over time with the
    /// revisions found beside it.
    Revisions(Box<super::revisions::Answer>),
    /// The plan was written there, or why not.
    Exported(Result<PathBuf, String>),
    /// The export's file exists; nothing was written.
    ExportExists(PathBuf),
    /// A canvas opened, or why not.
    Opened(Result<Opened, String>),
    /// The file to open does not exist (and was not to be created).
    Missing(PathBuf),
    /// The room opened (its join card), or why not.
    RoomOpened(Result<RoomCard, RoomRefused>),
    /// A participant's idea arrived: into the inbox with it, then acknowledge `token` once saved.
    IdeaArrived {
        /// The idea.
        idea: crate::model::Idea,
        /// What to acknowledge it by.
        token: u64,
    },
    /// How many devices have joined the room, and how many gave dots in the open vote.
    RoomPeople {
        /// Devices joined since the room opened.
        devices: usize,
        /// Devices with dots in the open vote.
        voters: usize,
    },
    /// The dot vote closed: each entry's dots from the room (id, dots).
    VoteClosed(Vec<(String, u32)>),
}

/// Why the room could not open: where it tried, and what the system said (worded by the
/// workshop in the screens' language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomRefused {
    /// The address it tried to serve on.
    pub address: String,
    /// The port.
    pub port: u16,
    /// The system's reason (as the system words it).
    pub why: String,
}

/// What the projector shows for people to join the room.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomCard {
    /// The page's address, join code included.
    pub url: String,
    /// The join code alone.
    pub code: String,
    /// The QR code of the address, as lines of half-block characters.
    pub(crate) qr: Vec<String>,
    /// Whether it serves only this laptop (a rehearsal on 127.0.0.1).
    pub(crate) loopback: bool,
}
