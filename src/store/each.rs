//! Many canvas files read on two cores, handed on one by one in their order.

use std::path::{Path, PathBuf};

use super::{FileError, load};
use crate::model::Canvas;

/// How many canvases the second thread may read ahead of the one handed on: enough to keep it
/// busy, few enough that a portfolio is never all in memory at once.
const AHEAD: usize = 4;

/// Reads each of `files` and hands it to `each` in their order, on the calling thread: every
/// other file is read on a second thread meanwhile, when the machine has two cores.
pub fn load_each(files: &[PathBuf], mut each: impl FnMut(&Path, Result<Canvas, FileError>)) {
    if files.len() < 2 || !crate::cores::two() {
        files.iter().for_each(|f| each(f, load(f)));
        return;
    }
    std::thread::scope(|s| {
        let (send, receive) = std::sync::mpsc::sync_channel(AHEAD);
        let reader = std::thread::Builder::new().spawn_scoped(s, move || {
            for file in files.iter().skip(1).step_by(2) {
                if send.send(load(file)).is_err() {
                    return;
                }
            }
        });
        let theirs = reader.is_ok().then_some(receive);
        for (i, file) in files.iter().enumerate() {
            let read = match &theirs {
                Some(r) if i % 2 == 1 => r.recv().ok(),
                _ => None,
            };
            // A file the second thread did not hand on (it could not start, or stopped) is read here.
            each(file, read.unwrap_or_else(|| load(file)));
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_is_handed_on_once_in_its_order_with_its_own_problem() {
        let dir = tempfile::tempdir().unwrap();
        let files: Vec<PathBuf> = (0..9)
            .map(|i| {
                let path = dir.path().join(format!("c{i}.ron"));
                let text = if i == 4 {
                    "not a canvas".to_string()
                } else {
                    super::super::to_ron(&Canvas::new(&format!("t{i}")))
                };
                std::fs::write(&path, text).unwrap();
                path
            })
            .collect();
        let mut seen = Vec::new();
        load_each(&files, |file, read| seen.push((file.to_path_buf(), read.map(|c| c.title))));
        assert_eq!(seen.len(), files.len());
        for (i, (file, read)) in seen.iter().enumerate() {
            assert_eq!(file, &files[i]);
            match read {
                Ok(title) => assert_eq!(title, &format!("t{i}")),
                Err(e) => assert_eq!((i, e.file.as_path()), (4, files[4].as_path())),
            }
        }
        assert!(seen[4].1.is_err());
    }
}
