//! Errors that name the file, the line and column, and what was expected.

use std::fmt;
use std::path::{Path, PathBuf};

pub use super::locate::Position;
use crate::i18n::Tr;
use crate::model::{Said, Word};
use crate::safe;

/// One problem in a file, with its position when there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    /// Where in the file, when known.
    pub position: Option<Position>,
    /// What is wrong: a message's key and its facts, worded when it is shown ([`Located::text`]).
    pub said: Said,
}

impl Located {
    /// What is wrong, as a sentence fragment in `tr`'s language.
    pub fn text(&self, tr: Tr) -> String {
        self.said.words(tr)
    }
}

/// The message `key` with no arguments.
pub(crate) fn said(key: &'static str) -> Said {
    Said::new(key, Vec::new())
}

/// A text that is already words (the parser's own, the system's), shown as it is.
pub fn as_is(text: impl Into<String>) -> Said {
    Said::new("store-as-is", vec![("text", Word::text(text))])
}

/// Why a canvas could not be read or written: the file and every problem found in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileError {
    /// The file concerned.
    pub file: PathBuf,
    /// What is wrong, at least one problem.
    pub problems: Vec<Located>,
}

impl FileError {
    /// An error with one problem and no position.
    pub fn new(file: &Path, said: Said) -> FileError {
        FileError::at(file, None, said)
    }

    /// An error with one problem at a position.
    pub fn at(file: &Path, position: Option<Position>, said: Said) -> FileError {
        let problem = Located { position, said };
        FileError { file: file.to_path_buf(), problems: vec![problem] }
    }

    /// Each problem as one `file:line:col: message` line in English (see [`FileError::lines_in`]).
    pub fn lines(&self) -> Vec<String> {
        self.lines_in(Tr::default())
    }

    /// Each problem as one `file:line:col: message` line in `tr`'s language: short, with control
    /// characters shown (a message quotes at most a line's worth of a bad value).
    pub fn lines_in(&self, tr: Tr) -> Vec<String> {
        let file = self.file.display().to_string();
        let file = safe::line(&file);
        self.problems
            .iter()
            .map(|p| {
                let message = p.text(tr);
                let message = safe::message(&message);
                match p.position {
                    Some(at) => format!("{file}:{}:{}: {message}", at.line, at.col),
                    None => format!("{file}: {message}"),
                }
            })
            .collect()
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.lines().join("\n"))
    }
}

impl std::error::Error for FileError {}

/// What cvc was doing when the system refused, for [`io_message`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Doing {
    /// Reading a file.
    Read,
    /// Saving a canvas.
    Save,
    /// Creating a new file.
    Create,
    /// Creating the data folder.
    CreateDataFolder,
    /// Searching a folder for canvases.
    Search,
    /// Listing a folder's canvases.
    List,
}

impl Doing {
    /// The message that words it (`read it`, `save` …).
    fn key(self) -> &'static str {
        match self {
            Doing::Read => "io-doing-read",
            Doing::Save => "io-doing-save",
            Doing::Create => "io-doing-create",
            Doing::CreateDataFolder => "io-doing-data-folder",
            Doing::Search => "io-doing-search",
            Doing::List => "io-doing-list",
        }
    }
}

/// Turns an I/O error into a sentence a person understands, as facts worded when shown.
pub fn io_message(err: &std::io::Error, doing: Doing) -> Said {
    use std::io::ErrorKind::*;
    let key = match err.kind() {
        NotFound => "io-not-found",
        PermissionDenied => "io-permission-denied",
        IsADirectory => "io-is-a-folder",
        ReadOnlyFilesystem => "io-read-only",
        StorageFull => "io-full",
        _ => "io-other",
    };
    Said::new(key, vec![("doing", Word::Label(doing.key())), ("why", Word::text(err.to_string()))])
}
