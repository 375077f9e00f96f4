//! Writing canvases: stable, small RON text and atomic replacement of the file.
//!
//! Saving only what changed: each entry's RON text is kept, keyed by the entry's identity
//! (entries are shared `Arc`s that a change replaces), and the file is put together from those
//! pieces ([`RonCache`]). An edit at 100,000 entries serialises the one entry it changed and the
//! canvas's small frame, not every entry again; the bytes are those [`to_ron`] writes (a property
//! test compares them after random edits).

use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use ron::extensions::Extensions;
use ron::ser::PrettyConfig;
use serde::Serialize;

use super::error::{Doing, FileError, io_message, said};
use super::read::MAX_BYTES;
use crate::model::{Action, Canvas, List, Relationship, Stakeholder, Task};
use crate::model::{Said, Word};

/// How the file's RON is laid out: struct names, bare optionals, `\n` line ends, four spaces of
/// indentation, one line per entry field (three levels deep), shorter values on one line.
pub(super) fn config() -> PrettyConfig {
    PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .struct_names(true)
        .compact_arrays(false)
        .depth_limit(3)
        .extensions(Extensions::IMPLICIT_SOME)
}

/// The canvas as the RON text the file holds: struct names, bare optionals, `\n` line ends.
pub fn to_ron(canvas: &Canvas) -> String {
    let mut text = ron::ser::to_string_pretty(canvas, config())
        .expect("a canvas holds only strings, numbers and enums, which always serialise");
    text.push('\n');
    text
}

/// One section's entries as the file holds them: the list last written, its text, and where
/// each entry's text lies in it, by the address of the shared entry (the list holds the entries,
/// so no address is reused by another entry while it is kept here).
struct Pieces<T: Clone> {
    list: List<T>,
    text: String,
    at: HashMap<usize, (usize, usize)>,
}

impl<T: Clone> Default for Pieces<T> {
    fn default() -> Self {
        Pieces { list: List::new(), text: String::new(), at: HashMap::new() }
    }
}

/// How an entry is written on its own: the file's settings with the entry as the outermost value,
/// so it is laid out as at its depth in the file (two levels further in).
fn entry_config() -> PrettyConfig {
    config().depth_limit(1)
}

/// The extensions line a RON text with extensions opens with.
const HEADER: &str = "#![enable(implicit_some)]\n";

/// The indentation of an entry inside its section's list.
const INDENT: &str = "        ";

/// Appends an entry's text as the file holds it: indented two levels, with its comma.
fn push_entry<T: Serialize>(text: &mut String, entry: &T) {
    let alone = ron::ser::to_string_pretty(entry, entry_config())
        .expect("an entry holds only strings, numbers and enums, which always serialise");
    let alone = alone.strip_prefix(HEADER).unwrap_or(&alone);
    // Strings are written with their line ends escaped, so every line here is structure.
    for line in alone.split('\n') {
        text.push_str(INDENT);
        text.push_str(line);
        text.push('\n');
    }
    text.pop();
    text.push_str(",\n");
}

impl<T: Clone + Serialize> Pieces<T> {
    /// Appends the text of `list`'s entries to `out`: the section's text as it was when the list
    /// did not change, else put together again from the texts of the entries that did not
    /// change, writing only the others. Returns how many entries were written afresh.
    fn write(&mut self, list: &List<T>, out: &mut String) -> usize {
        let mut fresh = 0;
        if !list.same_as(&self.list) {
            let mut text = String::with_capacity(self.text.len() + self.text.len() / 64 + 256);
            let mut at = HashMap::with_capacity(list.len());
            for entry in list.shared() {
                let key = Arc::as_ptr(entry) as usize;
                let start = text.len();
                match self.at.get(&key) {
                    Some(&(from, to)) => text.push_str(&self.text[from..to]),
                    None => {
                        fresh += 1;
                        push_entry(&mut text, &**entry);
                    }
                }
                at.insert(key, (start, text.len()));
            }
            *self = Pieces { list: list.clone(), text, at };
        }
        out.push_str(&self.text);
        fresh
    }
}

/// The entries' texts from earlier saves of one canvas, to write the next save from.
#[derive(Default)]
pub struct RonCache {
    stakeholders: Pieces<Stakeholder>,
    relationships: Pieces<Relationship>,
    tasks: Pieces<Task>,
    actions: Pieces<Action>,
    /// How many entries the last text serialised afresh (the rest came from earlier saves).
    pub fresh: usize,
}

impl std::fmt::Debug for RonCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let held = self.stakeholders.at.len()
            + self.relationships.at.len()
            + self.tasks.at.len()
            + self.actions.at.len();
        let bytes = self.stakeholders.text.len()
            + self.relationships.text.len()
            + self.tasks.text.len()
            + self.actions.text.len();
        f.debug_struct("RonCache").field("entries", &held).field("bytes", &bytes).finish()
    }
}

/// A copy starts empty: the texts are a cache, and a copy's canvas goes its own way.
impl Clone for RonCache {
    fn clone(&self) -> Self {
        RonCache::default()
    }
}

/// The lines a section's list opens and closes with in the file, empty and not.
fn section_lines(name: &str) -> (String, String, String) {
    (format!("    {name}: [],\n"), format!("    {name}: [\n"), "    ],\n".to_string())
}

/// Where the whole line `line` starts in `text`, which starts at the beginning of a line.
fn line_at(text: &str, line: &str) -> Option<usize> {
    if text.starts_with(line) {
        return Some(0);
    }
    text.find(&format!("\n{line}")).map(|at| at + 1)
}

impl RonCache {
    /// A cache with nothing in it yet.
    pub fn new() -> RonCache {
        RonCache::default()
    }

    /// The canvas as [`to_ron`] writes it, from the texts kept of entries that did
    /// not change since an earlier call; entries new or changed are written and kept.
    pub fn text(&mut self, canvas: &Canvas) -> String {
        let mut out = String::new();
        self.write(canvas, "", &mut out);
        out
    }

    /// [`RonCache::text`] after `preamble`, into `out` (emptied first): a buffer kept from one
    /// save to the next is not allocated again.
    pub fn write(&mut self, canvas: &Canvas, preamble: &str, out: &mut String) {
        // The frame: everything but the four lists, written whole (it is small).
        let mut frame = canvas.clone();
        frame.stakeholders = List::new();
        frame.relationships = List::new();
        frame.tasks = List::new();
        frame.actions = List::new();
        let frame = to_ron(&frame);
        out.clear();
        out.push_str(preamble);
        let mut rest = frame.as_str();
        self.fresh = 0;
        macro_rules! section {
            ($field:ident) => {{
                let (empty, open, close) = section_lines(stringify!($field));
                let at = line_at(rest, &empty).expect("the frame writes every section's list");
                out.push_str(&rest[..at]);
                rest = &rest[at + empty.len()..];
                if canvas.$field.is_empty() {
                    out.push_str(&empty);
                } else {
                    out.push_str(&open);
                    self.fresh += self.$field.write(&canvas.$field, out);
                    out.push_str(&close);
                }
            }};
        }
        section!(stakeholders);
        section!(relationships);
        section!(tasks);
        section!(actions);
        out.push_str(rest);
    }
}

/// The canvas as the text its file will hold, when cvc can read that file again: a canvas
/// larger than the loader takes ([`MAX_BYTES`]) is refused before anything is written, so no
/// save, import or revisit leaves a file that every command then refuses.
pub fn canvas_text(path: &Path, canvas: &Canvas) -> Result<String, FileError> {
    within_limit(path, to_ron(canvas))
}

/// `text` when cvc can read it back: a text larger than the loader takes is refused.
fn within_limit(path: &Path, text: String) -> Result<String, FileError> {
    readable_size(path, text.len()).map(|()| text)
}

/// Whether a text of `len` bytes is one cvc can read back (see [`canvas_text`]).
pub(super) fn readable_size(path: &Path, len: usize) -> Result<(), FileError> {
    let len = len as u64;
    if len > MAX_BYTES {
        let mib = len.div_ceil(1024 * 1024);
        let why = Said::new("store-would-be-too-big", vec![("mib", Word::text(mib.to_string()))]);
        return Err(FileError::new(path, why));
    }
    Ok(())
}

/// The folder a file lives in, `.` for a bare name.
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// How old a temporary file must be before a save takes it for one left by a killed save.
const STALE: Duration = Duration::from_secs(10);

/// The random part of a temporary file's name: tempfile's six letters and digits.
const RANDOM_CHARS: usize = 6;

/// Removes the `.NAME.XXXXXX.tmp` files that a save killed half-way left beside `path`: only our
/// own pattern, only regular files, only ones older than [`STALE`] (a save under way is younger).
fn remove_stale_temps(path: &Path) {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else { return };
    let prefix = format!(".{name}.");
    let Ok(entries) = fs::read_dir(folder_of(path)) else { return };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(random) =
            file_name.to_str().and_then(|n| n.strip_prefix(&prefix)).and_then(|r| r.strip_suffix(".tmp"))
        else {
            continue;
        };
        let ours = random.len() == RANDOM_CHARS && random.chars().all(|c| c.is_ascii_alphanumeric());
        let stale = entry.metadata().is_ok_and(|m| {
            m.is_file() && m.modified().ok().and_then(|t| t.elapsed().ok()).is_some_and(|age| age >= STALE)
        });
        if ours && stale {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The file whose permissions a new version of `path` takes: the canvas itself for its backup
/// (`NAME.ron.bak` keeps `NAME.ron`'s mode), else the file being replaced; none for a new path.
fn mode_source(path: &Path) -> Option<fs::Metadata> {
    let original = path.to_str().and_then(|p| p.strip_suffix(".bak")).map(Path::new);
    original
        .and_then(|o| fs::metadata(o).ok())
        .filter(fs::Metadata::is_file)
        .or_else(|| fs::metadata(path).ok())
}

/// A file written in full beside the target, synced, ready to be put in place.
fn staged(path: &Path, bytes: &[u8]) -> Result<tempfile::NamedTempFile, FileError> {
    let fail = |e: std::io::Error| FileError::new(path, io_message(&e, Doing::Save));
    let folder = folder_of(path);
    if !folder.is_dir() {
        let folder = Word::text(folder.display().to_string());
        return Err(FileError::new(path, Said::new("store-no-folder", vec![("folder", folder)])));
    }
    remove_stale_temps(path);
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let source = mode_source(path);
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp").rand_bytes(RANDOM_CHARS);
    #[cfg(unix)]
    if source.is_none() {
        // A new file: the kernel applies the user's umask to 0666, as for any program's new file.
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(&folder).map_err(fail)?;
    tmp.write_all(bytes).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    if let Some(meta) = source {
        tmp.as_file().set_permissions(meta.permissions()).map_err(fail)?;
    }
    Ok(tmp)
}

pub(super) fn sync_folder(path: &Path) {
    // A folder sync makes the rename durable; some file systems refuse it, which is harmless.
    if let Ok(dir) = fs::File::open(folder_of(path)) {
        let _ = dir.sync_all();
    }
}

/// Whether a regular file is at `path` (a symlink is followed) to be replaced; an error when
/// something else is there (a folder, FIFO, device or socket): cvc writes only regular files.
pub fn regular_or_new(path: &Path) -> Result<bool, FileError> {
    match fs::metadata(path) {
        Ok(meta) if meta.is_file() => Ok(true),
        Ok(meta) if meta.is_dir() => Err(FileError::new(path, said("store-save-folder"))),
        Ok(meta) => {
            let why = Said::new("store-write-not-regular", vec![("kind", super::read::kind(&meta))]);
            Err(FileError::new(path, why))
        }
        Err(_) => Ok(false),
    }
}

/// Replaces `path` with `bytes` atomically: a reader sees the old file or the new, never a mix.
/// Only a regular file (or a symlink to one) is replaced; anything else there is refused.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    regular_or_new(path)?;
    let target = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let tmp = staged(&target, bytes)?;
    not_someone_elses(path, &target, tmp.as_file())?;
    tmp.persist(&target).map_err(|e| FileError::new(path, io_message(&e.error, Doing::Save)))?;
    sync_folder(&target);
    Ok(())
}

/// Refuses to replace a file that another user owns: the new version would be ours (a rename
/// changes the owner), which in a shared, world-writable folder takes another user's canvas.
/// The temporary file just made, `ours`, says who we are.
#[cfg(unix)]
fn not_someone_elses(path: &Path, target: &Path, ours: &fs::File) -> Result<(), FileError> {
    use std::os::unix::fs::MetadataExt;
    let (Ok(theirs), Ok(ours)) = (fs::metadata(target), ours.metadata()) else { return Ok(()) };
    if theirs.uid() == ours.uid() {
        return Ok(());
    }
    let uid = Word::text(theirs.uid().to_string());
    Err(FileError::new(path, Said::new("store-someone-elses", vec![("uid", uid)])))
}

#[cfg(not(unix))]
fn not_someone_elses(_: &Path, _: &Path, _: &fs::File) -> Result<(), FileError> {
    Ok(())
}

/// Writes `bytes` to a new file at `path`, refusing if anything is there already.
pub fn write_new(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    if path.exists() {
        return Err(FileError::new(path, said("store-exists-choose")));
    }
    let tmp = staged(path, bytes)?;
    tmp.persist_noclobber(path).map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            FileError::new(path, said("store-exists"))
        } else {
            FileError::new(path, io_message(&e.error, Doing::Create))
        }
    })?;
    sync_folder(path);
    Ok(())
}

/// The backup kept beside a canvas: `NAME.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}
