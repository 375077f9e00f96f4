//! An open canvas file: saves that keep a backup and never overwrite a file changed by another program.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};

use super::error::{FileError, io_message};
use super::parse::parse_bytes;
use super::write::{backup_path, to_ron, write_atomic};
use crate::model::Canvas;

/// A canvas and the file it belongs to.
#[derive(Debug, Clone)]
pub struct Document {
    /// Where the canvas is saved.
    pub path: PathBuf,
    /// The canvas as it is now.
    pub canvas: Canvas,
    /// A fingerprint of the bytes last read from or written to the file; `None` if there was no file.
    on_disk: Option<u64>,
    /// Whether this session already kept `NAME.ron.bak`.
    backed_up: bool,
}

/// Why a save did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// Another program changed the file since it was loaded; nothing was written.
    ChangedOnDisk(PathBuf),
    /// The file could not be written.
    Failed(FileError),
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SaveError::ChangedOnDisk(p) => write!(
                f,
                "{}: changed on disk since it was opened; not overwritten (save elsewhere or reload)",
                p.display()
            ),
            SaveError::Failed(e) => e.fmt(f),
        }
    }
}

fn fingerprint(bytes: &[u8]) -> u64 {
    let mut h = DefaultHasher::new();
    bytes.hash(&mut h);
    h.finish()
}

/// Reads a file's bytes, with messages for folders, missing files and permissions.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, FileError> {
    super::read::read_regular(path)
}

/// Reads and validates a canvas file; the file itself is never touched.
pub fn load(path: &Path) -> Result<Canvas, FileError> {
    parse_bytes(path, &read_bytes(path)?)
}

impl Document {
    /// Opens an existing canvas file.
    pub fn open(path: &Path) -> Result<Document, FileError> {
        let bytes = read_bytes(path)?;
        let canvas = parse_bytes(path, &bytes)?;
        Ok(Document {
            path: path.to_path_buf(),
            canvas,
            on_disk: Some(fingerprint(&bytes)),
            backed_up: false,
        })
    }

    /// A canvas that will be saved to `path`, where there is no file yet.
    pub fn create(path: &Path, canvas: Canvas) -> Document {
        Document { path: path.to_path_buf(), canvas, on_disk: None, backed_up: false }
    }

    /// Whether the file on disk is no longer what this document last read or wrote.
    pub fn changed_on_disk(&self) -> Result<bool, FileError> {
        match std::fs::read(&self.path) {
            Ok(bytes) => Ok(self.on_disk != Some(fingerprint(&bytes))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(FileError::new(&self.path, io_message(&e, "check the file"))),
        }
    }

    /// Saves atomically; the first save of a session keeps the previous file as `NAME.ron.bak`.
    pub fn save(&mut self) -> Result<(), SaveError> {
        // Another cvc saving the same file waits here, then sees our write as a change on disk:
        // the check and the rename below cannot interleave with its own.
        let held = std::fs::File::open(&self.path).ok();
        if let Some(file) = &held {
            let _ = file.lock();
        }
        let current = match std::fs::read(&self.path) {
            Ok(bytes) => Some(bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => {
                return Err(SaveError::Failed(FileError::new(&self.path, io_message(&e, "save"))));
            }
        };
        if let Some(bytes) = &current {
            if self.on_disk != Some(fingerprint(bytes)) {
                return Err(SaveError::ChangedOnDisk(self.path.clone()));
            }
            if !self.backed_up {
                write_atomic(&backup_path(&self.path), bytes).map_err(SaveError::Failed)?;
            }
        }
        self.backed_up = true;
        let text = to_ron(&self.canvas);
        write_atomic(&self.path, text.as_bytes()).map_err(SaveError::Failed)?;
        self.on_disk = Some(fingerprint(text.as_bytes()));
        Ok(())
    }

    /// Saves to another path from now on (for "save elsewhere" after a conflict).
    pub fn save_as(&mut self, path: &Path) -> Result<(), SaveError> {
        let previous = std::mem::replace(&mut self.path, path.to_path_buf());
        let state = (self.on_disk, self.backed_up);
        self.on_disk = std::fs::read(path).ok().map(|b| fingerprint(&b));
        self.backed_up = false;
        self.save().inspect_err(|_| {
            self.path = previous;
            (self.on_disk, self.backed_up) = state;
        })
    }

    /// Throws away the canvas in memory and reads the file again.
    pub fn reload(&mut self) -> Result<(), FileError> {
        let fresh = Document::open(&self.path)?;
        (self.canvas, self.on_disk) = (fresh.canvas, fresh.on_disk);
        Ok(())
    }
}
