//! Carries out the effects `update` asks for, and feeds their outcomes back.
//!
//! Saving, reading the history's revisions and, for large canvases, working out derived facts
//! happen on worker threads, off the keystroke path: a key changes the screen at once, whatever
//! the canvas size, and a burst of changes is written once, within a second. Tests use the same
//! runner inline: every effect is done before `Session::update` returns.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};

use super::action::Intent;
use super::app::App;
use super::derived::Derived;
use super::effect::{Effect, Opened, Outcome};
use super::files::{compare_candidates, create, export, open_document};
use super::revisions::{HistoryWorker, News, answers_now, compared};
use super::room_link::RoomLink;
use super::workers::{Request, SaveWorker, derive_worker, serve};
use crate::i18n::Tr;
use crate::model::{Canvas, Day, Language};
use crate::store::{self, Document};

/// Canvases with at least this many entries work out derived facts on a worker thread (and a
/// workshop opened on one shows its first frame before they arrive).
pub(crate) const DERIVE_IN_BACKGROUND: usize = 2_000;

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
        /// Newest generation sent to be derived, and newest answered, each plus one (so the
        /// first request, generation 0, counts as under way until it is answered).
        derives: (u64, u64),
        /// Reads the open canvas's revisions for the history screen.
        historian: HistoryWorker,
        /// The history request under way, until it is answered or stopped.
        history: Option<u64>,
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
    pub(crate) quit: bool,
    /// Whether ringing writes the bell to the terminal.
    ring_terminal: bool,
    /// The room, while it is open.
    room: Option<RoomLink>,
    /// The screens' language, which a canvas made here takes.
    language: Language,
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
            room: None,
            language: Language::En,
        }
    }

    /// A runner with worker threads, ringing the real terminal bell (the app).
    pub fn threaded(data_dir: &Path) -> Runner {
        let (out, outcomes) = channel();
        let saver = SaveWorker::start(out.clone());
        let deriver = derive_worker(out.clone());
        let historian = HistoryWorker::start(out);
        let (saves, derives, history) = ((0, 0), (0, 0), None);
        Runner {
            mode: Mode::Threaded { saver, deriver, outcomes, saves, derives, historian, history },
            data_dir: data_dir.to_path_buf(),
            bells: 0,
            quit: false,
            ring_terminal: true,
            room: None,
            language: Language::En,
        }
    }

    /// Whether work is under way whose outcome has not come back yet.
    pub fn busy(&self) -> bool {
        match &self.mode {
            Mode::Inline(_) => false,
            Mode::Threaded { saves, derives, history, .. } => {
                saves.0 > saves.1 || derives.0 > derives.1 || history.is_some()
            }
        }
    }

    /// Outcomes that came back from the workers (and the room) since the last call.
    pub(crate) fn poll(&mut self) -> Vec<Outcome> {
        let from_room = self.room.as_mut().map(RoomLink::poll).unwrap_or_default();
        let Mode::Threaded { outcomes, saves, derives, history, .. } = &mut self.mode else {
            return from_room;
        };
        let mut found: Vec<Outcome> = outcomes.try_iter().collect();
        found.extend(from_room);
        for o in &found {
            match o {
                Outcome::Saved { generation, .. } => saves.1 = saves.1.max(*generation),
                Outcome::Derived { generation, .. } => derives.1 = derives.1.max(*generation + 1),
                Outcome::Revisions(a)
                    if !matches!(a.news, News::Progress(_)) && *history == Some(a.ticket) =>
                {
                    *history = None;
                }
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
    pub(crate) fn run(&mut self, effect: Effect) -> Vec<Outcome> {
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
            Effect::SaveAs { path, canvas } => {
                self.send_to_saver(Request::SaveAs(path, canvas, Tr::new(self.language)), true)
            }
            Effect::Reload => self.send_to_saver(Request::Reload(Tr::new(self.language)), true),
            Effect::Derive { generation, canvas, today } => match &mut self.mode {
                Mode::Threaded { deriver, derives, .. } if canvas.entry_count() >= DERIVE_IN_BACKGROUND => {
                    derives.0 = derives.0.max(generation + 1);
                    let _ = deriver.send((generation, canvas, today));
                    Vec::new()
                }
                _ => vec![Outcome::Derived { generation, derived: Box::new(Derived::of(&canvas, today)) }],
            },
            Effect::FindCompareCandidates { file, id, revision, tr } => {
                vec![Outcome::CompareCandidates(compare_candidates(&file, &id, revision, tr))]
            }
            Effect::FindRevisions { ticket, file, canvas } => match &mut self.mode {
                Mode::Threaded { historian, history, .. } => {
                    *history = Some(ticket);
                    historian.ask(ticket, file, canvas, &self.data_dir);
                    Vec::new()
                }
                Mode::Inline(_) => answers_now(ticket, &file, *canvas, &self.data_dir),
            },
            Effect::CompareRevisions { ticket, older, newer, today } => match &mut self.mode {
                Mode::Threaded { historian, history, .. } => {
                    *history = Some(ticket);
                    historian.compare(ticket, *older, *newer, today);
                    Vec::new()
                }
                Mode::Inline(_) => vec![compared(ticket, *older, *newer, today)],
            },
            Effect::StopRevisions(ticket) => {
                if let Mode::Threaded { historian, history, .. } = &mut self.mode {
                    historian.stop(ticket);
                    history.take_if(|t| *t == ticket);
                }
                Vec::new()
            }
            Effect::LoadCompare(path) => {
                let tr = Tr::new(self.language);
                let result = store::load(&path).map(Box::new).map_err(|e| e.lines_in(tr).join("; "));
                vec![Outcome::CompareLoaded { path, result }]
            }
            Effect::Export { path, canvas, today, overwrite } => {
                vec![export(&path, &canvas, today, overwrite, Tr::new(self.language))]
            }
            Effect::Open { path, loop_review, create } if create || path.exists() => {
                vec![self.open(&path, loop_review)]
            }
            // A path whose folder is missing is a typo to correct, not a canvas to make.
            Effect::Open { path, .. } => match path.parent().filter(|p| !p.as_os_str().is_empty()) {
                Some(folder) if !folder.is_dir() => {
                    let folder = folder.display().to_string();
                    let msg =
                        Tr::new(self.language).args("start-no-such-folder", &[("folder", folder.into())]);
                    vec![Outcome::Opened(Err(msg))]
                }
                _ => vec![Outcome::Missing(path)],
            },
            Effect::Create { template, title, today } => {
                let made = create(template, &title, today, &self.data_dir, self.language);
                vec![match made {
                    Ok(path) => self.open(&path, false),
                    Err(e) => Outcome::Opened(Err(e)),
                }]
            }
            Effect::Revisit { path, today } => {
                let tr = Tr::new(self.language);
                let made = store::revisit_file(&path, None, today).map_err(|e| e.lines_in(tr).join("; "));
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
            Effect::OpenRoom { .. } => {
                if let Some(old) = self.room.take() {
                    old.close();
                }
                match RoomLink::open(effect) {
                    Ok((link, card)) => {
                        self.room = Some(link);
                        vec![Outcome::RoomOpened(Ok(card))]
                    }
                    Err(why) => vec![Outcome::RoomOpened(Err(why))],
                }
            }
            Effect::CloseRoom => {
                if let Some(link) = self.room.take() {
                    link.close();
                }
                Vec::new()
            }
            Effect::ShowRoom(_) | Effect::AckIdeas(_) | Effect::OpenVote { .. } | Effect::CloseVote => {
                self.room.as_mut().map(|link| link.run(effect)).unwrap_or_default()
            }
        }
    }

    /// Whether the room is open (the loop then looks for what the room sent a few times a second).
    pub(crate) fn room_open(&self) -> bool {
        self.room.is_some()
    }

    /// Opens a canvas (creating it when missing), hands its file to the saver, remembers it.
    fn open(&mut self, path: &Path, loop_review: bool) -> Outcome {
        match open_document(path, &self.data_dir, self.language) {
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
        s.apply(vec![Effect::Open { path: path.to_path_buf(), loop_review, create: true }]);
        s
    }

    /// Gives the app an action and carries out everything it leads to.
    pub fn update(&mut self, action: Intent) {
        let effects = self.app.update(action);
        self.apply(effects);
    }

    /// Carries out effects, feeding each outcome back to the app, until nothing is left.
    pub(crate) fn apply(&mut self, effects: Vec<Effect>) {
        let mut queue: VecDeque<Effect> = effects.into();
        self.runner.language = self.app.styles.tr().lang();
        while let Some(effect) = queue.pop_front() {
            for outcome in self.runner.run(effect) {
                queue.extend(self.app.update(Intent::Done(Box::new(outcome))));
            }
        }
    }

    /// Feeds back what the workers (and the room) finished since the last call; true when
    /// anything came.
    pub fn poll(&mut self) -> bool {
        let outcomes = self.runner.poll();
        let any = !outcomes.is_empty();
        for outcome in outcomes {
            let effects = self.app.update(Intent::Done(Box::new(outcome)));
            self.apply(effects);
        }
        any
    }

    /// Whether the program should end.
    pub fn quit(&self) -> bool {
        self.runner.quit
    }
}
