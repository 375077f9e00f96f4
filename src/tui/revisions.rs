//! The open canvas's revisions for the history screen (`H`): found beside its file and in the
//! recent list, read, and followed over time — on a worker thread in the app, so the key never
//! waits for the disk. The worker says how far it has come after each file, reads only the newest
//! request, and stops as soon as the screen no longer wants what it reads.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Sender, channel};

use super::compare::Compare;
use super::effect::Outcome;
use super::timeline::Revisions;
use crate::model::{Canvas, Day};
use crate::store;

/// How far the reading of the revisions has come.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Progress {
    /// Reading file `at` (from 1) of the `of` canvas files that may be revisions.
    Reading {
        /// Which file, counting from 1.
        at: usize,
        /// How many files there are to look at.
        of: usize,
        /// The file's name.
        file: String,
    },
    /// Every file read: following `count` revisions over time.
    Following {
        /// How many revisions were found.
        count: usize,
    },
}

/// What the reading sent back for one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum News {
    /// How far it has come.
    Progress(Progress),
    /// What it found.
    Found(Box<Revisions>),
    /// Two of the revisions found, compared (`Enter` on the history screen).
    Compared(Box<Compare>),
}

/// One answer to the request `ticket` (each press of `H` asks with a new ticket).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// The request it answers.
    pub ticket: u64,
    /// What it says.
    pub news: News,
}

/// The open canvas over time: it (as it is now) and every other revision of it (the same canvas
/// id) in its file's folder or in the recent list `recent`, in revision order; one file per
/// revision (the open canvas first, then its folder's). Files that do not load are passed over.
/// `progress` hears of each file before it is read; `None` when `keep_going` says to stop.
pub fn revisions_beside(
    file: &Path,
    canvas: Canvas,
    recent: &[PathBuf],
    mut progress: impl FnMut(Progress),
    keep_going: impl Fn() -> bool,
) -> Option<Revisions> {
    let here = std::fs::canonicalize(file).unwrap_or_else(|_| file.to_path_buf());
    let folder = here.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut found: Vec<(PathBuf, Canvas)> = Vec::new();
    if !canvas.id.is_empty() {
        let mut beside: Vec<PathBuf> =
            std::fs::read_dir(&folder).into_iter().flatten().flatten().map(|e| e.path()).collect();
        beside.sort();
        let mut seen = std::collections::HashSet::from([here.clone()]);
        let candidates: Vec<PathBuf> = beside
            .into_iter()
            .chain(recent.iter().cloned())
            .map(|p| std::fs::canonicalize(&p).unwrap_or(p))
            .filter(|p| p.extension().is_some_and(|x| x == "ron") && !store::is_own_file(p))
            .filter(|p| seen.insert(p.clone()))
            .collect();
        for (n, p) in candidates.iter().enumerate() {
            if !keep_going() {
                return None;
            }
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            progress(Progress::Reading { at: n + 1, of: candidates.len(), file: name });
            match store::load(p) {
                Ok(c) if c.id == canvas.id && c.revision != canvas.revision => found.push((p.clone(), c)),
                _ => {}
            }
        }
    }
    found.insert(0, (here.clone(), canvas));
    // A stable sort keeps the open canvas, then its folder, first among files of one revision.
    found.sort_by_key(|(_, c)| c.revision);
    found.dedup_by_key(|(_, c)| c.revision);
    if !keep_going() {
        return None;
    }
    progress(Progress::Following { count: found.len() });
    let name = |p: &Path| match p.parent() == Some(folder.as_path()) {
        true => p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
        false => p.display().to_string(),
    };
    let given: Vec<(String, &Canvas)> = found.iter().map(|(p, c)| (name(p), c)).collect();
    let history = crate::diff::history::history(&given);
    let open = found.iter().position(|(p, _)| *p == here).unwrap_or_default();
    Some(Revisions { history, canvases: found, open })
}

/// Whether two versions of a canvas make the same history: the same revision, title and date,
/// emphasis and entries (constant time for lists not changed since one was copied from the other).
pub(crate) fn same_history(a: &Canvas, b: &Canvas) -> bool {
    (&a.id, a.revision, &a.title, &a.organisation, a.date)
        == (&b.id, b.revision, &b.title, &b.organisation, b.date)
        && a.context.emphasis == b.context.emphasis
        && a.stakeholders == b.stakeholders
        && a.relationships == b.relationships
        && a.tasks == b.tasks
        && a.actions == b.actions
}

/// A request to the history worker.
struct Ask {
    ticket: u64,
    file: PathBuf,
    canvas: Box<Canvas>,
    data_dir: PathBuf,
}

/// The thread that reads revisions: the newest request only, each stopped once no longer wanted.
pub(super) struct HistoryWorker {
    requests: Sender<Ask>,
    /// The ticket whose answer is wanted (0: none).
    wanted: Arc<AtomicU64>,
    /// Where comparisons are answered.
    out: Sender<Outcome>,
}

impl HistoryWorker {
    /// Starts the thread; its answers go to `out`.
    pub(super) fn start(out: Sender<Outcome>) -> HistoryWorker {
        let (requests, inbox) = channel::<Ask>();
        let wanted = Arc::new(AtomicU64::new(0));
        let still = Arc::clone(&wanted);
        let answers = out.clone();
        std::thread::spawn(move || {
            while let Ok(first) = inbox.recv() {
                let ask = inbox.try_iter().last().unwrap_or(first);
                let ticket = ask.ticket;
                let keep_going = || still.load(Ordering::Relaxed) == ticket;
                if !keep_going() {
                    continue;
                }
                let send = |news| out.send(Outcome::Revisions(Box::new(Answer { ticket, news })));
                let recent = store::recent_files(&ask.data_dir);
                let found = revisions_beside(
                    &ask.file,
                    *ask.canvas,
                    &recent,
                    |p| drop(send(News::Progress(p))),
                    keep_going,
                );
                if let Some(found) = found.filter(|_| keep_going()) {
                    let _ = send(News::Found(Box::new(found)));
                }
            }
        });
        HistoryWorker { requests, wanted, out: answers }
    }

    /// Compares two revisions on a thread of its own; the compare screen comes back with `ticket`.
    pub(super) fn compare(
        &self,
        ticket: u64,
        older: (PathBuf, Canvas),
        newer: (PathBuf, Canvas),
        today: Day,
    ) {
        let out = self.out.clone();
        std::thread::spawn(move || {
            let _ = out.send(compared(ticket, older, newer, today));
        });
    }

    /// Asks for the revisions of the canvas open in `file`; an earlier request still under way
    /// stops.
    pub(super) fn ask(&self, ticket: u64, file: PathBuf, canvas: Box<Canvas>, data_dir: &Path) {
        self.wanted.store(ticket, Ordering::Relaxed);
        let _ = self.requests.send(Ask { ticket, file, canvas, data_dir: data_dir.to_path_buf() });
    }

    /// Stops request `ticket`, if it is the one under way.
    pub(super) fn stop(&self, ticket: u64) {
        let _ = self.wanted.compare_exchange(ticket, 0, Ordering::Relaxed, Ordering::Relaxed);
    }
}

/// The compare screen of two revisions, older first, as the answer to request `ticket`.
pub(super) fn compared(
    ticket: u64,
    older: (PathBuf, Canvas),
    newer: (PathBuf, Canvas),
    today: Day,
) -> Outcome {
    let ((old_path, old), (new_path, new)) = (older, newer);
    let c = Compare::new(old, &old_path, new, &new_path, today);
    Outcome::Revisions(Box::new(Answer { ticket, news: News::Compared(Box::new(c)) }))
}

/// Reads the revisions on the caller's thread (tests, scripts): every answer at once.
pub(super) fn answers_now(ticket: u64, file: &Path, canvas: Canvas, data_dir: &Path) -> Vec<Outcome> {
    let mut out = Vec::new();
    let recent = store::recent_files(data_dir);
    let answer = |news| Outcome::Revisions(Box::new(Answer { ticket, news }));
    let found = revisions_beside(file, canvas, &recent, |p| out.push(answer(News::Progress(p))), || true);
    out.extend(found.map(|f| answer(News::Found(Box::new(f)))));
    out
}
