//! The recent-canvases list and where new canvases go, both in the data folder.

use std::path::{Path, PathBuf};

use super::error::{Doing, FileError, io_message};
use super::write::write_atomic;
use crate::model::{Day, new_canvas_id};

const KEEP: usize = 20;

fn list_path(dir: &Path) -> PathBuf {
    dir.join("recent.ron")
}

/// Canvases opened lately, from the list in data folder `dir`, newest first (a damaged list reads as empty).
pub fn recent_files(dir: &Path) -> Vec<PathBuf> {
    let bytes = super::read::read_regular(&list_path(dir)).unwrap_or_default();
    ron::de::from_bytes::<Vec<PathBuf>>(&bytes).unwrap_or_default()
}

/// Puts a canvas at the top of the recent list in data folder `dir`.
pub fn remember(dir: &Path, path: &Path) -> Result<(), FileError> {
    let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let mut list = recent_files(dir);
    list.retain(|p| *p != path);
    list.insert(0, path);
    list.truncate(KEEP);
    ensure_dir(dir)?;
    let text = ron::ser::to_string_pretty(&list, ron::ser::PrettyConfig::new().new_line("\n"))
        .expect("a list of paths always serialises");
    write_atomic(&list_path(dir), text.as_bytes())
}

fn ensure_dir(dir: &Path) -> Result<(), FileError> {
    std::fs::create_dir_all(dir).map_err(|e| FileError::new(dir, io_message(&e, Doing::CreateDataFolder)))
}

/// A file name for a new canvas in data folder `dir`, from its title, that is not taken yet.
pub fn new_canvas_path(dir: &Path, title: &str) -> Result<PathBuf, FileError> {
    ensure_dir(dir)?;
    let slug: String = title
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let slug = if slug.is_empty() { "canvas".to_string() } else { slug.chars().take(60).collect() };
    let mut path = dir.join(format!("{slug}.ron"));
    let mut n = 2;
    while path.exists() {
        path = dir.join(format!("{slug}-{n}.ron"));
        n += 1;
    }
    Ok(path)
}

/// A free file name beside `old` for its revision `revision`: `acme-rev2.ron`, `acme-rev3.ron`, …
pub fn revision_path(old: &Path, revision: u32) -> PathBuf {
    let stem = old.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let base = match stem.rsplit_once("-rev") {
        Some((head, n)) if n.chars().all(|c| c.is_ascii_digit()) && !n.is_empty() => head.to_string(),
        _ => stem,
    };
    let mut path = old.with_file_name(format!("{base}-rev{revision}.ron"));
    let mut n = 2;
    while path.exists() {
        path = old.with_file_name(format!("{base}-rev{revision}-{n}.ron"));
        n += 1;
    }
    path
}

/// Writes the follow-up workshop of `old` to `new` (or a free `NAME-revN.ron` beside it): same
/// canvas id, next revision, entries carried over, timers reset, `today`'s date. Returns the path.
pub fn revisit_file(old: &Path, new: Option<&Path>, today: Day) -> Result<PathBuf, FileError> {
    let mut earlier = super::load(old)?;
    if earlier.id.is_empty() {
        earlier.id = new_canvas_id();
    }
    if earlier.revision == u32::MAX {
        let last = crate::model::Word::text(u32::MAX.to_string());
        return Err(FileError::new(
            old,
            crate::model::Said::new("store-last-revision", vec![("revision", last)]),
        ));
    }
    let canvas = earlier.revisited(today);
    let path = new.map_or_else(|| revision_path(old, canvas.revision), Path::to_path_buf);
    super::write_new(&path, super::canvas_text(&path, &canvas)?.as_bytes())?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn revision_paths_count_up_beside_the_old_file() {
        assert_eq!(revision_path(Path::new("/x/acme.ron"), 2), Path::new("/x/acme-rev2.ron"));
        assert_eq!(revision_path(Path::new("/x/acme-rev2.ron"), 3), Path::new("/x/acme-rev3.ron"));
    }
}
