//! Finding canvas files under paths: files as given, folders searched recursively.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use super::error::{Doing, FileError, io_message, said};

/// Files cvc itself keeps beside canvases in the data folder (the recent list, the settings).
const OWN_FILES: [&str; 2] = ["recent.ron", "config.ron"];

/// Whether a file is one cvc keeps for itself rather than a canvas.
pub fn is_own_file(path: &Path) -> bool {
    path.file_name().and_then(|n| n.to_str()).is_some_and(|n| OWN_FILES.contains(&n))
}

/// Every canvas file under `paths`, and the folders that could not be searched: a file as it is
/// given, a folder's `.ron` files searched recursively in name order (hidden folders passed over,
/// cvc's own files left out). Links to folders are followed; a folder or file met again (a loop of
/// links, two links to one place) is passed over, by its canonical path. A path given that does
/// not exist is an error; a folder inside that cannot be read (no permission, a path too long) is
/// reported beside the files found and the search goes on.
pub fn canvas_files(paths: &[PathBuf]) -> Result<(Vec<PathBuf>, Vec<FileError>), FileError> {
    let mut walk = Walk::default();
    for path in paths {
        match fs::metadata(path) {
            Ok(m) if m.is_dir() => {
                let listed =
                    fs::read_dir(path).map_err(|e| FileError::new(path, io_message(&e, Doing::Search)))?;
                walk.first_visit(path);
                walk.search(listed);
            }
            Ok(_) => walk.files.push(path.clone()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(FileError::new(path, said("store-no-such-path")));
            }
            Err(e) => return Err(FileError::new(path, io_message(&e, Doing::Read))),
        }
    }
    Ok((walk.files, walk.skipped))
}

/// A search under way: what was found, what could not be searched, where it has been.
#[derive(Default)]
struct Walk {
    files: Vec<PathBuf>,
    skipped: Vec<FileError>,
    seen: HashSet<PathBuf>,
}

impl Walk {
    /// Whether `path` (a folder or a file) is met for the first time, by its canonical path.
    fn first_visit(&mut self, path: &Path) -> bool {
        self.seen.insert(fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()))
    }

    fn search(&mut self, listed: fs::ReadDir) {
        let mut entries: Vec<(PathBuf, fs::FileType)> =
            listed.flatten().filter_map(|e| Some((e.path(), e.file_type().ok()?))).collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        for (path, kind) in entries {
            if path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.')) {
                continue;
            }
            // A link counts as what it points to; a broken link is no folder.
            let is_dir =
                kind.is_dir() || (kind.is_symlink() && fs::metadata(&path).is_ok_and(|m| m.is_dir()));
            if is_dir {
                if !self.first_visit(&path) {
                    continue;
                }
                match fs::read_dir(&path) {
                    Ok(listed) => self.search(listed),
                    Err(e) => self.skipped.push(FileError::new(&path, io_message(&e, Doing::Search))),
                }
            } else if path.extension().is_some_and(|x| x == "ron")
                && !is_own_file(&path)
                && self.first_visit(&path)
            {
                self.files.push(path);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_are_searched_in_name_order_and_passed_over_where_they_should_be() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for folder in ["b", "a/deep", ".git"] {
            fs::create_dir_all(root.join(folder)).unwrap();
        }
        for file in
            ["z.ron", "b/y.ron", "a/deep/x.ron", "a/notes.txt", ".git/h.ron", "recent.ron", ".z.ron.x.tmp"]
        {
            fs::write(root.join(file), "").unwrap();
        }
        #[cfg(unix)]
        std::os::unix::fs::symlink(root, root.join("a/loop")).unwrap();
        let (found, skipped) = canvas_files(&[root.to_path_buf(), root.join("a/notes.txt")]).unwrap();
        assert!(skipped.is_empty());
        let names: Vec<_> = found.iter().map(|p| p.strip_prefix(root).unwrap().to_str().unwrap()).collect();
        assert_eq!(names, ["a/deep/x.ron", "b/y.ron", "z.ron", "a/notes.txt"]);
        let err = canvas_files(&[root.join("nowhere")]).unwrap_err();
        assert!(err.lines()[0].ends_with("nowhere: there is no such file or folder"), "{err}");
    }
}
