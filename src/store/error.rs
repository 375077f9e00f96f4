//! Errors that name the file, the line and column, and what was expected.

use std::fmt;
use std::path::{Path, PathBuf};

pub use super::locate::Position;
use crate::safe;

/// One problem in a file, with its position when there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    /// Where in the file, when known.
    pub position: Option<Position>,
    /// What is wrong, as a sentence fragment.
    pub message: String,
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
    pub fn new(file: &Path, message: impl Into<String>) -> FileError {
        FileError::at(file, None, message)
    }

    /// An error with one problem at a position.
    pub fn at(file: &Path, position: Option<Position>, message: impl Into<String>) -> FileError {
        let problem = Located { position, message: message.into() };
        FileError { file: file.to_path_buf(), problems: vec![problem] }
    }

    /// Each problem as one `file:line:col: message` line: short, with control characters shown
    /// (a message quotes at most a line's worth of a bad value).
    pub fn lines(&self) -> Vec<String> {
        let file = self.file.display().to_string();
        let file = safe::line(&file);
        self.problems
            .iter()
            .map(|p| {
                let message = safe::message(&p.message);
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

/// Turns an I/O error into a sentence a person understands.
pub fn io_message(err: &std::io::Error, doing: &str) -> String {
    use std::io::ErrorKind::*;
    match err.kind() {
        NotFound => format!("cannot {doing}: there is no such file"),
        PermissionDenied => format!("cannot {doing}: permission denied"),
        IsADirectory => format!("cannot {doing}: it is a folder, not a canvas file"),
        ReadOnlyFilesystem => format!("cannot {doing}: the disk is read-only"),
        StorageFull => format!("cannot {doing}: the disk is full"),
        _ => format!("cannot {doing}: {err}"),
    }
}
