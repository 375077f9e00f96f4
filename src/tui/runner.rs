//! Carries out the effects `update` asks for, and feeds their outcomes back.
//!
//! Saving and, for large canvases, working out derived facts happen on worker threads, off the
//! keystroke path: a key changes the screen at once, whatever the canvas size, and a burst of
//! changes is written once, within a second. Tests use the same runner inline: every effect is
//! done before `Session::update` returns.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;

use super::action::Action;
use super::app::App;
use super::derived::Derived;
use super::effect::{Effect, Opened, Outcome};
use crate::export::plan_markdown;
use crate::model::{Canvas, Day, new_canvas_id};
use crate::store::{self, Document, ShippedCanvas};

/// How long the save worker waits for more changes before writing a burst.
const COALESCE: Duration = Duration::from_millis(80);

/// Canvases with at least this many entries work out derived facts on a worker thread.
const DERIVE_IN_BACKGROUND: usize = 2_000;

/// What the save worker is asked to do.
enum Request {
    /// Save to this document from now on.
    Adopt(Box<Document>),
    /// Write a version.
    Save(u64, Box<Canvas>),
    /// Write to another file from now on.
    SaveAs(PathBuf, Box<Canvas>),
    /// Read the file again.
    Reload,
    /// Answer once everything before is done.
    Flush(Sender<()>),
}

/// The thread that owns the open file and writes it.
struct SaveWorker {
    requests: Sender<Request>,
}

/// Does one request on the document; a save of generation `g` answers `Saved { g }`.
fn serve(doc: &mut Option<Box<Document>>, request: Request, out: &Sender<Outcome>) {
    let no_file = || "no canvas is open".to_string();
    match request {
        Request::Adopt(d) => *doc = Some(d),
        Request::Save(generation, canvas) => {
            let Some(d) = doc.as_mut() else { return };
            d.canvas = *canvas;
            let _ = out.send(Outcome::Saved { generation, result: d.save() });
        }
        Request::SaveAs(path, canvas) => {
            let result = match doc.as_mut() {
                _ if path.exists() => Err(format!("{} exists: choose a new name", path.display())),
                Some(d) => {
                    d.canvas = *canvas;
                    d.save_as(&path).map(|()| path).map_err(|e| e.to_string())
                }
                None => Err(no_file()),
            };
            let _ = out.send(Outcome::SavedAs(result));
        }
        Request::Reload => {
            let result = match doc.as_mut() {
                Some(d) => d.reload().map(|()| Box::new(d.canvas.clone())).map_err(|e| e.to_string()),
                None => Err(no_file()),
            };
            let _ = out.send(Outcome::Reloaded(result));
        }
        Request::Flush(done) => {
            let _ = done.send(());
        }
    }
}

impl SaveWorker {
    fn start(out: Sender<Outcome>) -> SaveWorker {
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

/// Works out derived facts on a thread, newest canvas first, older requests dropped.
fn derive_worker(out: Sender<Outcome>) -> Sender<(u64, Box<Canvas>, Day)> {
    let (tx, rx) = channel::<(u64, Box<Canvas>, Day)>();
    std::thread::spawn(move || {
        while let Ok(first) = rx.recv() {
            let (generation, canvas, today) = rx.try_iter().last().unwrap_or(first);
            let derived = Box::new(Derived::of(&canvas, today));
            let _ = out.send(Outcome::Derived { generation, derived });
        }
    });
    tx
}

/// Where the runner does its work.
enum Mode {
    /// Everything at once, on the caller's thread (tests, scripts).
    Inline(Option<Box<Document>>),
    /// Saves and large derivations on worker threads (the terminal app).
    Threaded {
        saver: SaveWorker,
        deriver: Sender<(u64, Box<Canvas>, Day)>,
        outcomes: Receiver<Outcome>,
        /// Newest generation sent to be saved, and newest answered.
        saves: (u64, u64),
        /// Newest generation sent to be derived, and newest answered.
        derives: (u64, u64),
    },
}

/// Carries out effects.
pub struct Runner {
    mode: Mode,
    /// The data folder: new canvases and the recent list.
    data_dir: PathBuf,
    /// How many times the bell was asked for.
    pub bells: usize,
    /// Whether the program should end.
    pub quit: bool,
    /// Whether ringing writes the bell to the terminal.
    ring_terminal: bool,
}

impl std::fmt::Debug for Runner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Runner").field("bells", &self.bells).field("quit", &self.quit).finish()
    }
}

impl Runner {
    /// A runner that does everything before returning (tests).
    pub fn inline(data_dir: &Path) -> Runner {
        Runner {
            mode: Mode::Inline(None),
            data_dir: data_dir.to_path_buf(),
            bells: 0,
            quit: false,
            ring_terminal: false,
        }
    }

    /// A runner with worker threads, ringing the real terminal bell (the app).
    pub fn threaded(data_dir: &Path) -> Runner {
        let (out, outcomes) = channel();
        let saver = SaveWorker::start(out.clone());
        let deriver = derive_worker(out);
        Runner {
            mode: Mode::Threaded { saver, deriver, outcomes, saves: (0, 0), derives: (0, 0) },
            data_dir: data_dir.to_path_buf(),
            bells: 0,
            quit: false,
            ring_terminal: true,
        }
    }

    /// Whether work is under way whose outcome has not come back yet.
    pub fn busy(&self) -> bool {
        match &self.mode {
            Mode::Inline(_) => false,
            Mode::Threaded { saves, derives, .. } => saves.0 > saves.1 || derives.0 > derives.1,
        }
    }

    /// Outcomes that came back from the workers since the last call.
    pub fn poll(&mut self) -> Vec<Outcome> {
        let Mode::Threaded { outcomes, saves, derives, .. } = &mut self.mode else { return Vec::new() };
        let found: Vec<Outcome> = outcomes.try_iter().collect();
        for o in &found {
            match o {
                Outcome::Saved { generation, .. } => saves.1 = saves.1.max(*generation),
                Outcome::Derived { generation, .. } => derives.1 = derives.1.max(*generation),
                _ => {}
            }
        }
        found
    }

    /// Makes `doc` the file saves go to.
    fn adopt(&mut self, doc: Document) {
        match &mut self.mode {
            Mode::Inline(d) => *d = Some(Box::new(doc)),
            Mode::Threaded { saver, .. } => {
                let _ = saver.requests.send(Request::Adopt(Box::new(doc)));
            }
        }
    }

    /// Sends a request to the save worker, or does it now; waits for it when `wait`.
    fn send_to_saver(&mut self, request: Request, wait: bool) -> Vec<Outcome> {
        match &mut self.mode {
            Mode::Inline(doc) => {
                let (tx, rx) = channel();
                serve(doc, request, &tx);
                rx.try_iter().collect()
            }
            Mode::Threaded { saver, .. } => {
                let _ = saver.requests.send(request);
                if wait {
                    let (tx, rx) = channel();
                    let _ = saver.requests.send(Request::Flush(tx));
                    let _ = rx.recv();
                    return self.poll();
                }
                Vec::new()
            }
        }
    }

    /// Carries out one effect; returns the outcomes known now.
    pub fn run(&mut self, effect: Effect) -> Vec<Outcome> {
        match effect {
            Effect::Save { generation, canvas } => {
                if let Mode::Threaded { saves, .. } = &mut self.mode {
                    saves.0 = saves.0.max(generation);
                }
                self.send_to_saver(Request::Save(generation, canvas), false)
            }
            Effect::Flush => {
                let (tx, _rx) = channel();
                self.send_to_saver(Request::Flush(tx), true)
            }
            Effect::SaveAs { path, canvas } => self.send_to_saver(Request::SaveAs(path, canvas), true),
            Effect::Reload => self.send_to_saver(Request::Reload, true),
            Effect::Derive { generation, canvas, today } => match &mut self.mode {
                Mode::Threaded { deriver, derives, .. } if canvas.entry_count() >= DERIVE_IN_BACKGROUND => {
                    derives.0 = derives.0.max(generation);
                    let _ = deriver.send((generation, canvas, today));
                    Vec::new()
                }
                _ => vec![Outcome::Derived { generation, derived: Box::new(Derived::of(&canvas, today)) }],
            },
            Effect::FindCompareCandidates { file, id, revision } => {
                vec![Outcome::CompareCandidates(compare_candidates(&file, &id, revision))]
            }
            Effect::LoadCompare(path) => {
                let result = store::load(&path).map(Box::new).map_err(|e| e.lines().join("; "));
                vec![Outcome::CompareLoaded { path, result }]
            }
            Effect::Export { path, canvas, today, overwrite } => {
                vec![export(&path, &canvas, today, overwrite)]
            }
            Effect::Open { path, loop_review } => vec![self.open(&path, loop_review)],
            Effect::Create { template, title, today } => {
                let made = create(template, &title, today, &self.data_dir);
                vec![match made {
                    Ok(path) => self.open(&path, false),
                    Err(e) => Outcome::Opened(Err(e)),
                }]
            }
            Effect::Revisit { path, today } => {
                let made = store::revisit_file(&path, None, today).map_err(|e| e.lines().join("; "));
                vec![match made {
                    Ok(path) => self.open(&path, true),
                    Err(e) => Outcome::Opened(Err(e)),
                }]
            }
            Effect::Bell => {
                self.bells += 1;
                if self.ring_terminal {
                    use std::io::Write;
                    let mut out = std::io::stdout();
                    let _ = out.write_all(b"\x07").and_then(|()| out.flush());
                }
                Vec::new()
            }
            Effect::Quit => {
                self.quit = true;
                Vec::new()
            }
        }
    }

    /// Opens a canvas (creating it when missing), hands its file to the saver, remembers it.
    fn open(&mut self, path: &Path, loop_review: bool) -> Outcome {
        match open_document(path, &self.data_dir) {
            Ok(doc) => {
                let read_only = doc.read_only();
                let opened = Opened {
                    path: doc.path.clone(),
                    canvas: Box::new(doc.canvas.clone()),
                    loop_review,
                    read_only,
                };
                self.adopt(doc);
                Outcome::Opened(Ok(opened))
            }
            Err(e) => Outcome::Opened(Err(e)),
        }
    }
}

/// Opens a canvas file, or creates a new canvas there when there is no file; remembers it as
/// recent in data folder `data_dir`.
pub fn open_document(path: &Path, data_dir: &Path) -> Result<Document, String> {
    let doc = if path.exists() {
        Document::open(path).map_err(|e| e.lines().join("\n"))?
    } else {
        let title = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let canvas = Canvas::started_from(&Canvas::new(&title), new_canvas_id(), Day::today());
        store::write_new(path, store::to_ron(&canvas).as_bytes()).map_err(|e| e.to_string())?;
        Document::open(path).map_err(|e| e.to_string())?
    };
    // The recent list is a convenience: failing to update it must not stop the workshop.
    let _ = store::remember(data_dir, path);
    Ok(doc)
}

/// A new canvas file in the data folder from a template.
fn create(template: ShippedCanvas, title: &str, today: Day, data_dir: &Path) -> Result<PathBuf, String> {
    let t = template.canvas().map_err(|e| e.to_string())?;
    let mut canvas = Canvas::started_from(&t, new_canvas_id(), today);
    canvas.title = title.to_string();
    let path = store::new_canvas_path(data_dir, title).map_err(|e| e.to_string())?;
    store::write_new(&path, store::to_ron(&canvas).as_bytes()).map_err(|e| e.to_string())?;
    Ok(path)
}

/// Writes the plan beside the canvas, unless the file exists and `overwrite` is off.
fn export(path: &Path, canvas: &Canvas, today: Day, overwrite: bool) -> Outcome {
    if path.exists() && !overwrite {
        return Outcome::ExportExists(path.to_path_buf());
    }
    let text = plan_markdown(canvas, today);
    Outcome::Exported(
        store::write_atomic(path, text.as_bytes()).map(|()| path.to_path_buf()).map_err(|e| e.to_string()),
    )
}

/// The canvases of a file's folder to compare it with: earlier revisions of the same canvas
/// first (newest first), then other revisions of it, then the rest.
fn compare_candidates(file: &Path, id: &str, revision: u32) -> Vec<(PathBuf, String)> {
    let here = std::fs::canonicalize(file).unwrap_or_else(|_| file.to_path_buf());
    let folder = here.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut found: Vec<(bool, bool, u32, PathBuf, String)> = std::fs::read_dir(&folder)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron") && *p != here)
        .filter_map(|p| {
            let c = store::load(&p).ok()?;
            let same = !c.id.is_empty() && c.id == id;
            let earlier = same && c.revision < revision;
            let date = c.date.map(|d| d.to_string()).unwrap_or_default();
            let about = format!("{} · rev {} · {date}", c.title, c.revision);
            Some((!earlier, !same, u32::MAX - c.revision, p, about))
        })
        .collect();
    found.sort();
    found.into_iter().map(|(_, _, _, p, about)| (p, about)).collect()
}

/// The app and its runner: actions in, effects carried out, outcomes fed back until all is done.
#[derive(Debug)]
pub struct Session {
    /// The app's state.
    pub app: App,
    /// What carries out its effects.
    pub runner: Runner,
}

impl std::ops::Deref for Session {
    type Target = App;
    fn deref(&self) -> &App {
        &self.app
    }
}

impl std::ops::DerefMut for Session {
    fn deref_mut(&mut self) -> &mut App {
        &mut self.app
    }
}

impl Session {
    /// Opens a canvas file in the workshop screen (creating it when missing).
    pub fn open(app: App, runner: Runner, path: &Path, loop_review: bool) -> Session {
        let mut s = Session { app, runner };
        s.apply(vec![Effect::Open { path: path.to_path_buf(), loop_review }]);
        s
    }

    /// Gives the app an action and carries out everything it leads to.
    pub fn update(&mut self, action: Action) {
        let effects = self.app.update(action);
        self.apply(effects);
    }

    /// Carries out effects, feeding each outcome back to the app, until nothing is left.
    pub fn apply(&mut self, effects: Vec<Effect>) {
        let mut queue: VecDeque<Effect> = effects.into();
        while let Some(effect) = queue.pop_front() {
            for outcome in self.runner.run(effect) {
                queue.extend(self.app.update(Action::Done(Box::new(outcome))));
            }
        }
    }

    /// Feeds back what the workers finished since the last call.
    pub fn poll(&mut self) {
        for outcome in self.runner.poll() {
            let effects = self.app.update(Action::Done(Box::new(outcome)));
            self.apply(effects);
        }
    }

    /// Whether the program should end.
    pub fn quit(&self) -> bool {
        self.runner.quit
    }
}
