//! Writing canvases: stable, small RON text and atomic replacement of the file.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use ron::extensions::Extensions;
use ron::ser::PrettyConfig;

use super::error::{FileError, io_message};
use super::read::MAX_BYTES;
use crate::model::Canvas;

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
        let msg = format!(
            "would be {mib} MiB, larger than a canvas can be (64 MiB, the most cvc reads): not written"
        );
        return Err(FileError::new(path, msg));
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
    let fail = |e: std::io::Error| FileError::new(path, io_message(&e, "save"));
    let folder = folder_of(path);
    if !folder.is_dir() {
        let msg = format!("cannot save: the folder {} does not exist", folder.display());
        return Err(FileError::new(path, msg));
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

fn sync_folder(path: &Path) {
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
        Ok(meta) if meta.is_dir() => {
            Err(FileError::new(path, "cannot save: it is a folder, not a canvas file"))
        }
        Ok(meta) => {
            let msg = format!("cannot write here: it is {}, not a regular file", super::read::kind(&meta));
            Err(FileError::new(path, msg))
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
    tmp.persist(&target).map_err(|e| FileError::new(path, io_message(&e.error, "save")))?;
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
    let msg = format!(
        "belongs to another user (uid {}): cvc does not replace it, which would make it yours; nothing was written",
        theirs.uid()
    );
    Err(FileError::new(path, msg))
}

#[cfg(not(unix))]
fn not_someone_elses(_: &Path, _: &Path, _: &fs::File) -> Result<(), FileError> {
    Ok(())
}

/// Writes `bytes` to a new file at `path`, refusing if anything is there already.
pub fn write_new(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    if path.exists() {
        return Err(FileError::new(
            path,
            "already exists: cvc never overwrites a file here (choose another name)",
        ));
    }
    let tmp = staged(path, bytes)?;
    tmp.persist_noclobber(path).map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            FileError::new(path, "already exists: cvc never overwrites a file here")
        } else {
            FileError::new(path, io_message(&e.error, "create"))
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
