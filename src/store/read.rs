//! Reading files with limits: only regular files, never more than a canvas can be, never blocking.

use std::fs::{File, Metadata};
use std::io::Read;
use std::path::Path;

use super::error::{Doing, FileError, io_message, said};
use crate::model::{Said, Word};

/// The largest file cvc reads (64 MiB): no canvas comes near it, and a bigger one is refused unread.
pub const MAX_BYTES: u64 = 64 * 1024 * 1024;

/// What is at a path when it is not a regular file, as a word the messages choose their wording
/// by: `folder`, `fifo`, `device`, `socket`, else `other`.
pub fn kind(meta: &Metadata) -> Word {
    let t = meta.file_type();
    if t.is_dir() {
        return Word::Choice("folder");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Word::Choice("fifo");
        }
        if t.is_char_device() || t.is_block_device() {
            return Word::Choice("device");
        }
        if t.is_socket() {
            return Word::Choice("socket");
        }
    }
    Word::Choice("other")
}

/// Refuses anything but a regular file of at most [`MAX_BYTES`].
fn check(path: &Path, meta: &Metadata) -> Result<(), FileError> {
    if meta.is_dir() {
        return Err(FileError::new(path, said("store-is-a-folder")));
    }
    if !meta.is_file() {
        return Err(FileError::new(path, Said::new("store-not-regular", vec![("kind", kind(meta))])));
    }
    if meta.len() > MAX_BYTES {
        return Err(too_big(path, meta.len()));
    }
    Ok(())
}

fn too_big(path: &Path, len: u64) -> FileError {
    let mib = len.div_ceil(1024 * 1024);
    FileError::new(path, Said::new("store-too-big", vec![("mib", Word::text(mib.to_string()))]))
}

/// Opens for reading without waiting: a FIFO swapped in after the check cannot block the open.
fn open(path: &Path) -> std::io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// Reads a regular file of at most 64 MiB: a folder, FIFO, device or socket, or a bigger file,
/// gets a clear message without being read (so nothing blocks and nothing grows without end).
pub fn read_regular(path: &Path) -> Result<Vec<u8>, FileError> {
    let fail = |e: std::io::Error| FileError::new(path, io_message(&e, Doing::Read));
    check(path, &std::fs::metadata(path).map_err(fail)?)?;
    let file = open(path).map_err(fail)?;
    let meta = file.metadata().map_err(fail)?;
    check(path, &meta)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    // A file that grows while it is read (or reports no size, as /proc does) stops at the limit.
    file.take(MAX_BYTES + 1).read_to_end(&mut bytes).map_err(fail)?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(too_big(path, bytes.len() as u64));
    }
    Ok(bytes)
}

/// Whether two paths lead to the same file (the same inode, whatever links or `..` lead there).
pub fn same_file(a: &Path, b: &Path) -> bool {
    let (Ok(x), Ok(y)) = (std::fs::metadata(a), std::fs::metadata(b)) else { return false };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        x.dev() == y.dev() && x.ino() == y.ino()
    }
    #[cfg(not(unix))]
    {
        let _ = (x, y);
        matches!((std::fs::canonicalize(a), std::fs::canonicalize(b)), (Ok(p), Ok(q)) if p == q)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_regular_file_reads_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        std::fs::write(&path, "Canvas(format: 1)").unwrap();
        assert_eq!(read_regular(&path).unwrap(), b"Canvas(format: 1)");
    }

    #[test]
    fn a_folder_and_a_device_are_refused_unread() {
        let dir = tempfile::tempdir().unwrap();
        let err = read_regular(dir.path()).unwrap_err();
        assert!(err.lines()[0].ends_with("is a folder, not a canvas file"), "{err}");
        #[cfg(unix)]
        {
            let err = read_regular(Path::new("/dev/zero")).unwrap_err();
            assert!(err.lines()[0].ends_with("is a device, not a canvas file: cvc reads only regular files"));
        }
    }

    #[test]
    fn a_file_over_the_limit_is_refused_before_it_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.ron");
        let file = File::create(&path).unwrap();
        file.set_len(MAX_BYTES + 1).unwrap();
        let err = read_regular(&path).unwrap_err();
        assert!(err.lines()[0].contains("is 65 MiB, larger than a canvas can be (64 MiB)"), "{err}");
        file.set_len(MAX_BYTES).unwrap();
        assert_eq!(read_regular(&path).unwrap().len() as u64, MAX_BYTES, "64 MiB itself is allowed");
    }

    #[test]
    fn links_to_one_file_are_the_same_file() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        std::fs::write(&a, "x").unwrap();
        std::fs::write(&b, "x").unwrap();
        assert!(same_file(&a, &dir.path().join(".").join("a")));
        assert!(!same_file(&a, &b));
        assert!(!same_file(&a, &dir.path().join("missing")));
        #[cfg(unix)]
        {
            let link = dir.path().join("link");
            std::os::unix::fs::symlink(&a, &link).unwrap();
            assert!(same_file(&a, &link));
        }
    }
}
