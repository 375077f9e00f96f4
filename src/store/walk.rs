//! Finding canvas files under paths: files as given, folders searched recursively.

use std::fs;
use std::path::{Path, PathBuf};

use super::error::{FileError, io_message};

/// Files cvc itself keeps beside canvases in the data folder (the recent list, the settings).
const OWN_FILES: [&str; 2] = ["recent.ron", "config.ron"];

/// Whether a file is one cvc keeps for itself rather than a canvas.
pub fn is_own_file(path: &Path) -> bool {
    path.file_name().and_then(|n| n.to_str()).is_some_and(|n| OWN_FILES.contains(&n))
}

/// Every canvas file under `paths`: a file as it is given, a folder's `.ron` files searched
/// recursively in name order (hidden folders and links to folders passed over, so a loop of links
/// cannot trap the search; cvc's own files left out). A path that does not exist is an error.
pub fn canvas_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, FileError> {
    let mut out = Vec::new();
    for path in paths {
        match fs::metadata(path) {
            Ok(m) if m.is_dir() => search(path, &mut out)?,
            Ok(_) => out.push(path.clone()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(FileError::new(path, "there is no such file or folder"));
            }
            Err(e) => return Err(FileError::new(path, io_message(&e, "read it"))),
        }
    }
    Ok(out)
}

fn search(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), FileError> {
    let entries = fs::read_dir(dir).map_err(|e| FileError::new(dir, io_message(&e, "search the folder")))?;
    let mut entries: Vec<(PathBuf, fs::FileType)> =
        entries.flatten().filter_map(|e| Some((e.path(), e.file_type().ok()?))).collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    for (path, kind) in entries {
        let hidden = path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
        if kind.is_dir() && !hidden {
            search(&path, out)?;
        } else if !kind.is_dir()
            && path.extension().is_some_and(|x| x == "ron")
            && !hidden
            && !is_own_file(&path)
        {
            out.push(path);
        }
    }
    Ok(())
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
        let found = canvas_files(&[root.to_path_buf(), root.join("a/notes.txt")]).unwrap();
        let names: Vec<_> = found.iter().map(|p| p.strip_prefix(root).unwrap().to_str().unwrap()).collect();
        assert_eq!(names, ["a/deep/x.ron", "b/y.ron", "z.ron", "a/notes.txt"]);
        let err = canvas_files(&[root.join("nowhere")]).unwrap_err();
        assert!(err.lines()[0].ends_with("nowhere: there is no such file or folder"), "{err}");
    }
}
