//! The worker threads of the runner: the one that owns the open file and writes it (a burst of
//! saves written once), and the one that works out derived facts of large canvases.

use std::path::PathBuf;
use std::sync::mpsc::{Sender, channel};
use std::time::Duration;

use super::derived::Deriver;
use super::effect::Outcome;
use crate::i18n::Tr;
use crate::model::{Canvas, Day};
use crate::store::Document;

/// How long the save worker waits for more changes before writing a burst.
const COALESCE: Duration = Duration::from_millis(80);

/// What the save worker is asked to do.
pub(super) enum Request {
    /// Save to this document from now on.
    Adopt(Box<Document>),
    /// Write a version.
    Save(u64, Box<Canvas>),
    /// Write to another file from now on (a refusal said in the screens' language).
    SaveAs(PathBuf, Box<Canvas>, Tr),
    /// Read the file again (a refusal said in the screens' language).
    Reload(Tr),
    /// Answer once everything before is done.
    Flush(Sender<()>),
}

/// The thread that owns the open file and writes it.
pub(super) struct SaveWorker {
    pub(super) requests: Sender<Request>,
}

/// Does one request on the document; a save of generation `g` answers `Saved { g }`.
pub(super) fn serve(doc: &mut Option<Box<Document>>, request: Request, out: &Sender<Outcome>) {
    let no_file = |tr: Tr| tr.get("note-no-canvas-open");
    match request {
        Request::Adopt(mut d) => {
            d.prepare();
            *doc = Some(d);
        }
        Request::Save(generation, canvas) => {
            let Some(d) = doc.as_mut() else { return };
            d.canvas = *canvas;
            let _ = out.send(Outcome::Saved { generation, result: d.save() });
        }
        Request::SaveAs(path, canvas, tr) => {
            let result = match doc.as_mut() {
                _ if path.exists() => {
                    Err(tr.args("note-save-as-exists", &[("file", path.display().to_string().into())]))
                }
                Some(d) => {
                    d.canvas = *canvas;
                    d.save_as(&path).map(|()| path).map_err(|e| e.text(tr))
                }
                None => Err(no_file(tr)),
            };
            let _ = out.send(Outcome::SavedAs(result));
        }
        Request::Reload(tr) => {
            let result = match doc.as_mut() {
                Some(d) => {
                    d.reload().map(|()| Box::new(d.canvas.clone())).map_err(|e| e.lines_in(tr).join("\n"))
                }
                None => Err(no_file(tr)),
            };
            let _ = out.send(Outcome::Reloaded(result));
        }
        Request::Flush(done) => {
            let _ = done.send(());
        }
    }
}

impl SaveWorker {
    pub(super) fn start(out: Sender<Outcome>) -> SaveWorker {
        let (requests, inbox) = channel::<Request>();
        std::thread::spawn(move || {
            let mut doc: Option<Box<Document>> = None;
            while let Ok(first) = inbox.recv() {
                if matches!(first, Request::Save(..)) {
                    std::thread::sleep(COALESCE);
                }
                // Of several saves in a row only the newest is written.
                let mut waiting: Option<Request> = None;
                for request in std::iter::once(first).chain(inbox.try_iter()) {
                    if matches!(request, Request::Save(..)) {
                        waiting = Some(request);
                        continue;
                    }
                    if let Some(save) = waiting.take() {
                        serve(&mut doc, save, &out);
                    }
                    serve(&mut doc, request, &out);
                }
                if let Some(save) = waiting {
                    serve(&mut doc, save, &out);
                }
            }
        });
        SaveWorker { requests }
    }
}

/// Works out derived facts on a thread, newest canvas first, older requests dropped; each canvas
/// from the one before, so an edit costs what it changed (see [`Deriver`]).
pub(super) fn derive_worker(out: Sender<Outcome>) -> Sender<(u64, Box<Canvas>, Day)> {
    let (tx, rx) = channel::<(u64, Box<Canvas>, Day)>();
    std::thread::spawn(move || {
        let mut deriver = Deriver::new();
        while let Ok(first) = rx.recv() {
            let (generation, canvas, today) = rx.try_iter().last().unwrap_or(first);
            let derived = Box::new(deriver.derive(&canvas, today));
            let _ = out.send(Outcome::Derived { generation, derived });
        }
    });
    tx
}
