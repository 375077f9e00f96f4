//! The start screen: recent canvases, a new canvas, templates and examples, opening a path.

use std::path::{Path, PathBuf};

use jiff::civil::DateTime;

use super::action::Action as A;
use super::keys::Mode;
use super::line::Line;
use super::workshop::{Note, Tone};
use crate::model::{Canvas, Day, new_canvas_id};
use crate::store::{self, Document, ShippedCanvas};

/// What the start screen knows of a recent canvas.
#[derive(Debug, Clone)]
pub struct Recent {
    /// Its file.
    pub path: PathBuf,
    /// Title, organisation, date and counts; or why it cannot be read.
    pub canvas: Result<Canvas, String>,
}

/// One line of the start screen.
#[derive(Debug, Clone)]
pub enum Item {
    /// Start an empty canvas.
    New,
    /// A canvas opened lately.
    Recent(Box<Recent>),
    /// A template or worked example from `canvases/`.
    Template(ShippedCanvas),
    /// Type a path.
    Open,
}

/// What the prompt line asks for.
#[derive(Debug, Clone)]
pub enum Prompt {
    /// The title of a new canvas, from a template.
    Title(ShippedCanvas),
    /// A path to open.
    Path,
}

/// The start screen's state.
#[derive(Debug, Clone)]
pub struct Start {
    /// Every line, in order.
    pub items: Vec<Item>,
    /// The selected line.
    pub cursor: usize,
    /// The open prompt, if any.
    pub prompt: Option<(Prompt, Line)>,
    /// The status line.
    pub note: Option<Note>,
    /// The data folder: new canvases and the recent list go here.
    pub data_dir: PathBuf,
    /// The folder a typed relative path is read from (the working folder when cvc started).
    pub cwd: PathBuf,
}

impl Start {
    /// The start screen with the recent list read from the data folder.
    pub fn load(data_dir: &Path) -> Start {
        let recent = store::recent_files(data_dir)
            .into_iter()
            .map(|path| {
                let canvas = store::load(&path).map_err(|e| e.lines().join("; "));
                Recent { path, canvas }
            })
            .collect();
        let mut start = Start::with_recent(recent, data_dir);
        start.cwd = std::env::current_dir().unwrap_or_else(|_| data_dir.to_path_buf());
        start
    }

    /// The start screen with these recent canvases and this data folder (relative paths are
    /// read from the data folder too).
    pub fn with_recent(recent: Vec<Recent>, data_dir: &Path) -> Start {
        let mut items = vec![Item::New];
        items.extend(recent.into_iter().map(|r| Item::Recent(Box::new(r))));
        items.extend(store::SHIPPED.iter().map(|s| Item::Template(*s)));
        items.push(Item::Open);
        let (data_dir, cwd) = (data_dir.to_path_buf(), data_dir.to_path_buf());
        Start { items, cursor: 0, prompt: None, note: None, data_dir, cwd }
    }

    /// Which keys apply.
    pub fn mode(&self) -> Mode {
        if self.prompt.is_some() { Mode::Input } else { Mode::Start }
    }

    fn say(&mut self, tone: Tone, text: impl Into<String>) {
        self.note = Some(Note { text: text.into(), tone });
    }

    /// Carries out an action; returns a document to open when one was chosen.
    pub fn update(&mut self, action: A, now: DateTime) -> Option<Opened> {
        if let Some((prompt, line)) = self.prompt.take() {
            return self.update_prompt(prompt, line, action, now);
        }
        match action {
            A::Up | A::ScrollUp => self.cursor = self.cursor.saturating_sub(1),
            A::Down | A::ScrollDown => self.cursor = (self.cursor + 1).min(self.items.len() - 1),
            A::NewCanvas => self.ask_title(ShippedCanvas::find("blank").expect("blank ships")),
            A::OpenPath => self.prompt = Some((Prompt::Path, Line::default())),
            A::Submit => match self.items[self.cursor].clone() {
                Item::New => self.ask_title(ShippedCanvas::find("blank").expect("blank ships")),
                Item::Open => self.prompt = Some((Prompt::Path, Line::default())),
                Item::Template(t) => self.ask_title(t),
                Item::Recent(r) => return self.open(&r.path).map(Opened::plain),
            },
            A::Revisit => match self.items[self.cursor].clone() {
                Item::Recent(r) => return self.revisit(&r.path, now),
                _ => self.say(Tone::Info, "choose a recent canvas to revisit"),
            },
            _ => {}
        }
        None
    }

    fn ask_title(&mut self, template: ShippedCanvas) {
        let title = template.canvas().map(|c| c.title).unwrap_or_default();
        self.prompt = Some((Prompt::Title(template), Line::with(&title)));
    }

    fn update_prompt(&mut self, prompt: Prompt, mut line: Line, action: A, now: DateTime) -> Option<Opened> {
        match action {
            A::Cancel => return None,
            A::Submit if line.text().trim().is_empty() => {
                self.say(Tone::Alert, "type something first, or Esc")
            }
            A::Submit => {
                let text = line.text().trim().to_string();
                return match prompt {
                    Prompt::Path => self.open(&self.cwd.join(&text)),
                    Prompt::Title(template) => self.create(template, &text, now),
                }
                .map(Opened::plain);
            }
            A::Input(key) => line.key(key),
            A::Paste(text) => line.paste(&text),
            _ => {}
        }
        self.prompt = Some((prompt, line));
        None
    }

    fn create(&mut self, template: ShippedCanvas, title: &str, now: DateTime) -> Option<Document> {
        let made = template.canvas().map_err(|e| e.to_string()).and_then(|t| {
            let mut canvas = Canvas::started_from(&t, new_canvas_id(), Day::from_civil(now.date()));
            canvas.title = title.to_string();
            let path = store::new_canvas_path(&self.data_dir, title).map_err(|e| e.to_string())?;
            store::write_new(&path, store::to_ron(&canvas).as_bytes()).map_err(|e| e.to_string())?;
            Ok(path)
        });
        match made {
            Ok(path) => self.open(&path),
            Err(e) => {
                self.say(Tone::Alert, e);
                None
            }
        }
    }

    /// Starts the follow-up workshop of a canvas in a new file beside it, opening on the loop review.
    fn revisit(&mut self, old: &Path, now: DateTime) -> Option<Opened> {
        let made =
            store::revisit_file(old, None, Day::from_civil(now.date())).map_err(|e| e.lines().join("; "));
        match made.and_then(|path| open_document(&path, &self.data_dir)) {
            Ok(doc) => Some(Opened { doc, loop_review: true }),
            Err(e) => {
                self.say(Tone::Alert, e);
                None
            }
        }
    }

    fn open(&mut self, path: &Path) -> Option<Document> {
        match open_document(path, &self.data_dir) {
            Ok(doc) => Some(doc),
            Err(e) => {
                self.say(Tone::Alert, e);
                None
            }
        }
    }
}

/// A document chosen on the start screen, and whether it opens on the loop review.
#[derive(Debug)]
pub struct Opened {
    /// The canvas and its file.
    pub doc: Document,
    /// Whether to start with last time's actions.
    pub loop_review: bool,
}

impl Opened {
    fn plain(doc: Document) -> Opened {
        Opened { doc, loop_review: false }
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
