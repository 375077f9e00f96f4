//! An open canvas file: saves that keep a backup and never overwrite a file changed by another program.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};

use super::backup::{self, Kept};
use super::error::FileError;
use super::parse::parse_bytes;
use super::write::{RonCache, readable_size, write_atomic};
use crate::model::Canvas;

/// A canvas and the file it belongs to.
#[derive(Debug, Clone)]
pub struct Document {
    /// Where the canvas is saved.
    pub path: PathBuf,
    /// The canvas as it is now.
    pub canvas: Canvas,
    /// What the file was when last read or written by us; `None` if there was no file.
    on_disk: Option<Stamp>,
    /// Whether this session already kept `NAME.ron.bak`.
    backed_up: bool,
    /// The comment lines the file opened with (`// Worked example: …`), written back above the
    /// canvas on every save: a person's note at the top of a file is never lost to a save.
    preamble: String,
    /// The entries' texts from earlier saves: a save writes only the entries that changed.
    cache: RonCache,
    /// The text of the last save, its buffer reused by the next.
    text: String,
}

/// The `//` comment lines (and blank lines among them) a file's text starts with.
fn leading_comments(text: &str) -> String {
    let mut kept = String::new();
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.starts_with("//") || (trimmed.is_empty() && !kept.is_empty()) {
            kept.push_str(line);
        } else {
            break;
        }
    }
    // Blank lines after the last comment are the writer's to lay out.
    let end = kept.trim_end().len();
    if end == 0 {
        return String::new();
    }
    let mut kept = kept[..end].to_string();
    kept.push('\n');
    kept
}

/// Why a save did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// Another program changed the file since it was loaded; nothing was written.
    ChangedOnDisk(PathBuf),
    /// The file could not be written.
    Failed(FileError),
}

impl SaveError {
    /// Why, in `tr`'s language, one line a problem.
    pub fn text(&self, tr: crate::i18n::Tr) -> String {
        match self {
            SaveError::ChangedOnDisk(p) => {
                tr.args("store-changed-on-disk", &[("file", p.display().to_string().into())])
            }
            SaveError::Failed(e) => e.lines_in(tr).join("\n"),
        }
    }
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(crate::i18n::Tr::default()))
    }
}

/// A fingerprint of a file's bytes, to tell whether a file whose size, time or inode changed
/// still holds what we wrote: eight bytes at a time (a large canvas is tens of megabytes, and
/// every save takes its fingerprint), then the rest and the length through the std hasher.
fn fingerprint(bytes: &[u8]) -> u64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let chunks = bytes.chunks_exact(8);
    let rest = chunks.remainder();
    let mut fast: u64 = 0;
    for chunk in chunks {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        fast = (fast.rotate_left(5) ^ word).wrapping_mul(K);
    }
    let mut h = DefaultHasher::new();
    (fast, rest, bytes.len()).hash(&mut h);
    h.finish()
}

/// What identifies a file's content without reading it: size, modification time and inode,
/// with a fingerprint of the bytes for when those changed but the content may not have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    meta: Option<(u64, std::time::SystemTime, u64)>,
    fingerprint: u64,
}

/// Size, modification time and inode of a file, when it can be asked.
fn meta_of(path: &Path) -> Option<(u64, std::time::SystemTime, u64)> {
    let m = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(&m);
    #[cfg(not(unix))]
    let inode = 0;
    Some((m.len(), m.modified().ok()?, inode))
}

impl Stamp {
    fn of(path: &Path, bytes: &[u8]) -> Stamp {
        Stamp { meta: meta_of(path), fingerprint: fingerprint(bytes) }
    }
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
        let preamble = std::str::from_utf8(&bytes).map(leading_comments).unwrap_or_default();
        Ok(Document {
            path: path.to_path_buf(),
            canvas,
            on_disk: Some(Stamp::of(path, &bytes)),
            backed_up: false,
            preamble,
            cache: RonCache::new(),
            text: String::new(),
        })
    }

    /// A canvas that will be saved to `path`, where there is no file yet.
    pub fn create(path: &Path, canvas: Canvas) -> Document {
        Document {
            path: path.to_path_buf(),
            canvas,
            on_disk: None,
            backed_up: false,
            preamble: String::new(),
            cache: RonCache::new(),
            text: String::new(),
        }
    }

    /// Whether the file on disk is no longer what this document last read or wrote.
    ///
    /// When its size, modification time and inode are those of our own last read or write, the
    /// file is not read at all; otherwise its bytes are compared with what we had.
    pub fn changed_on_disk(&self) -> Result<bool, FileError> {
        self.check_disk().map(|found| found.is_some_and(|(changed, _)| changed))
    }

    /// `None` when there is no file; otherwise whether it changed, and its bytes if they were read.
    #[allow(clippy::type_complexity)]
    fn check_disk(&self) -> Result<Option<(bool, Option<Vec<u8>>)>, FileError> {
        let meta = meta_of(&self.path);
        if let (Some(stamp), Some(meta)) = (&self.on_disk, meta)
            && stamp.meta == Some(meta)
        {
            return Ok(Some((false, None)));
        }
        match read_bytes(&self.path) {
            Ok(bytes) => {
                let same = self.on_disk.is_some_and(|s| s.fingerprint == fingerprint(&bytes));
                Ok(Some((!same, Some(bytes))))
            }
            Err(_) if !self.path.exists() => Ok(None),
            Err(e) => Err(e),
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
        if self.read_only() {
            let why = super::error::said("store-read-only");
            return Err(SaveError::Failed(FileError::new(&self.path, why)));
        }
        // A canvas too large to read back is refused before the backup or the file is touched.
        self.cache.write(&self.canvas, &self.preamble, &mut self.text);
        readable_size(&self.path, self.text.len()).map_err(SaveError::Failed)?;
        let text = &self.text;
        let kept = match self.check_disk().map_err(SaveError::Failed)? {
            Some((true, _)) => return Err(SaveError::ChangedOnDisk(self.path.clone())),
            Some((false, bytes)) if !self.backed_up => {
                Some(backup::keep(&self.path, bytes).map_err(SaveError::Failed)?)
            }
            _ => None,
        };
        self.backed_up = true;
        if let Err(e) = write_atomic(&self.path, text.as_bytes()) {
            if kept == Some(Kept::Linked) {
                // The canvas is still the backup's file: a copy of its own keeps them apart.
                let _ = backup::separate(&self.path);
            }
            return Err(SaveError::Failed(e));
        }
        self.on_disk = Some(Stamp::of(&self.path, text.as_bytes()));
        Ok(())
    }

    /// Works out the text of every entry now, so that the next save writes only what changed
    /// after this: the save worker does it when a canvas is opened, while nobody waits for it
    /// (else the first save, often the clock's while the room is idle, would write them all).
    pub fn prepare(&mut self) {
        self.cache.write(&self.canvas, &self.preamble, &mut self.text);
    }

    /// Whether the file exists and its permissions forbid writing it.
    pub fn read_only(&self) -> bool {
        std::fs::metadata(&self.path).is_ok_and(|m| m.permissions().readonly())
    }

    /// Saves to another path from now on (for "save elsewhere" after a conflict).
    pub fn save_as(&mut self, path: &Path) -> Result<(), SaveError> {
        let previous = std::mem::replace(&mut self.path, path.to_path_buf());
        let state = (self.on_disk, self.backed_up);
        self.on_disk = read_bytes(path).ok().map(|b| Stamp::of(path, &b));
        self.backed_up = false;
        self.save().inspect_err(|_| {
            self.path = previous;
            (self.on_disk, self.backed_up) = state;
        })
    }

    /// Throws away the canvas in memory and reads the file again.
    pub fn reload(&mut self) -> Result<(), FileError> {
        let fresh = Document::open(&self.path)?;
        (self.canvas, self.on_disk, self.preamble) = (fresh.canvas, fresh.on_disk, fresh.preamble);
        Ok(())
    }
}
