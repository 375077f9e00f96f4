//! The start screen: recent canvases, a new canvas, templates and examples, opening a path.

use std::path::{Path, PathBuf};

use jiff::civil::DateTime;

use super::action::Intent as A;
use super::effect::Effect;
use super::keys::Mode;
use super::line::TextLine;
use super::workshop::{Note, Tone};
use crate::model::{Canvas, Day};
use crate::store::{self, ShippedCanvas};

/// What the start screen knows of a recent canvas.
#[derive(Debug, Clone)]
pub struct Recent {
    /// Its file.
    pub path: PathBuf,
    /// Title, organisation, date and counts; or why it cannot be read.
    pub canvas: Result<Canvas, String>,
    /// When the file was last changed, to tell apart files with the same title.
    pub changed: Option<jiff::Timestamp>,
}

/// One line of the start screen.
#[derive(Debug, Clone)]
pub(crate) enum Item {
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
pub(crate) enum Prompt {
    /// The title of a new canvas, from a template.
    Title(ShippedCanvas),
    /// A path to open.
    Path,
    /// The path typed does not exist: create a new canvas there?
    Create(PathBuf),
}

/// The start screen's state.
#[derive(Debug, Clone)]
pub struct Start {
    /// Every line, in order.
    pub(crate) items: Vec<Item>,
    /// The selected line.
    pub(crate) cursor: usize,
    /// The open prompt, if any.
    pub(crate) prompt: Option<(Prompt, TextLine)>,
    /// The status line.
    pub note: Option<Note>,
    /// The folder a typed relative path is read from (the working folder when cvc started).
    pub(crate) cwd: PathBuf,
    /// Effects asked for by the action being handled.
    effects: Vec<Effect>,
    /// The path last typed, offered again when it did not open.
    last_path: Option<String>,
    /// The screens' language, for the status line (the app sets it before each action).
    pub(crate) tr: crate::i18n::Tr,
}

impl Start {
    /// The start screen with the recent list read from the data folder (a canvas that cannot be
    /// read says why in `tr`'s language).
    pub(crate) fn load(data_dir: &Path, tr: crate::i18n::Tr) -> Start {
        let recent = store::recent_files(data_dir)
            .into_iter()
            .map(|path| {
                let canvas = store::load(&path).map_err(|e| e.lines_in(tr).join("; "));
                let changed = std::fs::metadata(&path)
                    .and_then(|m| m.modified())
                    .ok()
                    .and_then(|t| jiff::Timestamp::try_from(t).ok());
                Recent { path, canvas, changed }
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
        let cwd = data_dir.to_path_buf();
        Start {
            items,
            cursor: 0,
            prompt: None,
            note: None,
            cwd,
            effects: Vec::new(),
            last_path: None,
            tr: Default::default(),
        }
    }

    /// Which keys apply.
    pub(crate) fn mode(&self) -> Mode {
        match &self.prompt {
            Some((Prompt::Create(_), _)) => Mode::Confirm,
            Some(_) => Mode::Input,
            None => Mode::Start,
        }
    }

    fn say(&mut self, tone: Tone, text: impl Into<String>) {
        self.note = Some(Note { text: text.into(), tone });
    }

    /// A canvas did not open: say why, and give back the path typed to correct it.
    pub(crate) fn not_opened(&mut self, why: &str) {
        self.say(Tone::Alert, why.replace('\n', "; "));
        if let Some(text) = self.last_path.take() {
            self.prompt = Some((Prompt::Path, TextLine::with(&text)));
        }
    }

    /// The file to open does not exist: ask before a new canvas is made there (a typo must not
    /// become a file).
    pub(crate) fn ask_create(&mut self, path: PathBuf) {
        let msg = self.tr.args("note-start-missing", &[("path", path.display().to_string().into())]);
        self.say(Tone::Alert, msg);
        let line = TextLine::with(self.last_path.as_deref().unwrap_or_default());
        self.prompt = Some((Prompt::Create(path), line));
    }

    /// The effects asked for since the last call.
    pub(crate) fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    /// Carries out an action; opening a canvas is an effect whose outcome the app receives.
    pub(crate) fn update(&mut self, action: A, now: DateTime) {
        if let Some((prompt, line)) = self.prompt.take() {
            return self.update_prompt(prompt, line, action, now);
        }
        let today = Day::from_civil(now.date());
        match action {
            A::Up | A::ScrollUp => self.cursor = self.cursor.saturating_sub(1),
            A::Pick(super::hits::Hit::StartItem(i)) if i < self.items.len() => self.cursor = i,
            A::Down | A::ScrollDown => self.cursor = (self.cursor + 1).min(self.items.len() - 1),
            A::NewCanvas => self.ask_title(ShippedCanvas::find("blank").expect("blank ships")),
            A::OpenPath => self.prompt = Some((Prompt::Path, TextLine::default())),
            A::Submit => match self.items[self.cursor].clone() {
                Item::New => self.ask_title(ShippedCanvas::find("blank").expect("blank ships")),
                Item::Open => self.prompt = Some((Prompt::Path, TextLine::default())),
                Item::Template(t) => self.ask_title(t),
                Item::Recent(r) => {
                    self.effects.push(Effect::Open { path: r.path, loop_review: false, create: false });
                }
            },
            A::Revisit => match self.items[self.cursor].clone() {
                Item::Recent(r) => self.effects.push(Effect::Revisit { path: r.path, today }),
                _ => self.say(Tone::Info, self.tr.get("note-start-revisit")),
            },
            _ => {}
        }
    }

    fn ask_title(&mut self, template: ShippedCanvas) {
        let title = template.canvas().map(|c| c.title).unwrap_or_default();
        self.prompt = Some((Prompt::Title(template), TextLine::with(&title)));
    }

    fn update_prompt(&mut self, prompt: Prompt, mut line: TextLine, action: A, now: DateTime) {
        if let Prompt::Create(path) = prompt {
            match action {
                A::Yes => {
                    self.note = None;
                    self.effects.push(Effect::Open { path, loop_review: false, create: true });
                }
                A::No | A::Cancel => {
                    self.note = None;
                    self.prompt = Some((Prompt::Path, line));
                }
                _ => self.prompt = Some((Prompt::Create(path), line)),
            }
            return;
        }
        match action {
            A::Cancel => return,
            A::Submit if line.text().trim().is_empty() => {
                self.say(Tone::Alert, self.tr.get("note-start-type-first"));
            }
            A::Submit => {
                let text = line.text().trim().to_string();
                let effect = match prompt {
                    Prompt::Path => {
                        // Kept, so that a path that does not open can be corrected, not retyped.
                        self.last_path = Some(text.clone());
                        let path = store::typed_path(&self.cwd, &text);
                        Effect::Open { path, loop_review: false, create: false }
                    }
                    Prompt::Create(_) => return,
                    Prompt::Title(template) => {
                        Effect::Create { template, title: text, today: Day::from_civil(now.date()) }
                    }
                };
                return self.effects.push(effect);
            }
            A::Input(key) => line.key(key),
            A::Paste(text) => line.paste(&text),
            _ => {}
        }
        self.prompt = Some((prompt, line));
    }
}
