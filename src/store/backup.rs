//! The backup a session's first save keeps: `NAME.ron.bak`, the file as the session found it.
//!
//! A save puts a new file in place (a temporary file renamed over the old one) and never writes
//! into the old one, so the old file itself can be the backup: a second name for it (a hard link)
//! is made under a temporary name and renamed over the previous backup. Nothing is read, copied or
//! synced again: copying made a 38 MB canvas's first save four times as slow as vim's `:w` of it.
//! Where a link is not to be had (a symlinked canvas, one with other names already, a file or an
//! old backup of another owner, a folder that takes no hard links) the bytes are copied as before;
//! and when the save then fails, a linked backup is made a copy of its own, so that nothing
//! written into the canvas reaches it.

use std::fs;
use std::path::Path;

use super::error::FileError;
use super::read::read_regular;
use super::write::{backup_path, sync_folder, write_atomic};

/// How a backup was kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kept {
    /// As a second name of the file itself.
    Linked,
    /// As a copy of its bytes.
    Copied,
}

/// Keeps the file at `path` as its backup; `bytes` are its bytes when they were read already.
pub(super) fn keep(path: &Path, bytes: Option<Vec<u8>>) -> Result<Kept, FileError> {
    let backup = backup_path(path);
    if link(path, &backup).is_some() {
        return Ok(Kept::Linked);
    }
    let bytes = match bytes {
        Some(b) => b,
        None => read_regular(path)?,
    };
    write_atomic(&backup, &bytes).map(|()| Kept::Copied)
}

/// Makes a linked backup a copy of its own: after a save that failed, the canvas is still the
/// backup's file.
pub(super) fn separate(path: &Path) -> Result<(), FileError> {
    write_atomic(&backup_path(path), &read_regular(path)?)
}

/// Gives the file at `path` the backup's name too, when both are plain files of ours (a symlink
/// is not followed; an old backup of another user is not replaced). `None` when it did not.
#[cfg(unix)]
fn link(path: &Path, backup: &Path) -> Option<()> {
    use std::os::unix::fs::MetadataExt;
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    // The temporary names a save uses (`.NAME.ron.bak.XXXXXX.tmp`): one left behind is removed
    // as a stale one by a later save.
    let prefix = format!(".{}.", backup.file_name()?.to_string_lossy());
    let temporary = || {
        let mut b = tempfile::Builder::new();
        b.prefix(&prefix).suffix(".tmp").rand_bytes(6);
        b
    };
    // Who we are: the owner of a file we make.
    let me = temporary().tempfile_in(folder).ok()?.as_file().metadata().ok()?.uid();
    let file = fs::symlink_metadata(path).ok()?;
    let old_backup_ours = match fs::symlink_metadata(backup) {
        Ok(old) => old.is_file() && old.uid() == me,
        Err(e) => e.kind() == std::io::ErrorKind::NotFound,
    };
    // A file with other names already (hard-linked by its user) may be written through them: its
    // backup is a copy of its own.
    if !(file.is_file() && file.nlink() == 1 && file.uid() == me && old_backup_ours) {
        return None;
    }
    let linked = temporary().make_in(folder, |at| fs::hard_link(path, at)).ok()?;
    linked.persist(backup).ok()?;
    sync_folder(backup);
    Some(())
}

#[cfg(not(unix))]
fn link(_: &Path, _: &Path) -> Option<()> {
    None
}
