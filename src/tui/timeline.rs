//! The history screen's state (`H`): the open canvas's revisions over time, with a tab each for
//! the signals, stakeholders, relationships, actions and community tasks, scrolled line by line;
//! a revision cursor and marks to compare any two revisions. It opens at once, reading: the
//! revisions arrive from the runner's worker, with progress before them.

use std::path::PathBuf;

use super::action::Intent as A;
use super::keys::Mode;
use super::revisions::Progress;
use crate::diff::history::History;
use crate::model::Canvas;

/// The tabs under the waves: the message naming each (the workshop's names for the sections).
pub(crate) const TABS: [&str; 5] = [
    "tab-signals",
    "section-stakeholders",
    "section-relationships",
    "section-actions-short",
    "section-tasks-short",
];

/// The tab of the community tasks and their cadence kept.
pub(crate) const TASKS_TAB: usize = 4;

/// The revisions found for the open canvas: each file with its canvas, in revision order, and
/// the history they make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revisions {
    /// The canvas over time.
    pub history: History,
    /// Each revision's file and canvas, in the history's order.
    pub canvases: Vec<(PathBuf, Canvas)>,
    /// Which of them is the open canvas.
    pub open: usize,
}

/// What the history screen asks of the app after a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    /// Stay on the history screen.
    Stay,
    /// Back to the workshop.
    Back,
    /// Open the compare screen on these two revisions (indices, older first).
    Compare(usize, usize),
}

/// The revisions being read: which request the screen waits for, and how far it has come.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loading {
    /// The request whose answers the screen takes (others are dropped).
    pub ticket: u64,
    /// How far it has come, once the worker has said.
    pub progress: Option<Progress>,
}

/// The history screen.
#[derive(Debug)]
pub struct Timeline {
    /// The open canvas's title, shown while its revisions are read.
    pub title: String,
    /// While the revisions are being read: the request waited for (the screen is empty).
    pub loading: Option<Loading>,
    /// The canvas over time.
    pub history: History,
    /// Each revision's file and canvas, for comparing two of them.
    pub canvases: Vec<(PathBuf, Canvas)>,
    /// The tab shown, an index into `TABS`.
    pub tab: usize,
    /// How far each tab is scrolled down, in entries (the first one shown).
    pub scroll: [usize; TABS.len()],
    /// The stakeholder selected on the stakeholders tab (its grid trail is drawn).
    pub picked: usize,
    /// The revision under the cursor (`←` `→`).
    pub cursor: usize,
    /// The revisions marked to compare (`Space`), at most two, in the order marked.
    pub marked: Vec<usize>,
    /// The two revisions being compared (older, newer) for request `.0`, until the compare
    /// screen comes back.
    pub comparing: Option<(u64, usize, usize)>,
    /// What the screen has to say (why Enter did nothing): a message key.
    pub(crate) note: Option<&'static str>,
    /// How many lines of the tab fit, for paging.
    pub(crate) rows_visible: usize,
}

impl Timeline {
    /// The screen while the revisions of the canvas titled `title` are read for request `ticket`.
    pub(crate) fn loading(ticket: u64, title: String) -> Timeline {
        Timeline {
            title,
            loading: Some(Loading { ticket, progress: None }),
            history: crate::diff::history::history(&[]),
            canvases: Vec::new(),
            tab: 0,
            scroll: [0; TABS.len()],
            picked: 0,
            cursor: 0,
            marked: Vec::new(),
            comparing: None,
            note: None,
            rows_visible: 10,
        }
    }

    /// The request whose answers the screen waits for, while it is reading.
    pub(crate) fn waiting_for(&self) -> Option<u64> {
        self.loading.as_ref().map(|l| l.ticket)
    }

    /// The revisions arrived: the screen shows them on the tab chosen meanwhile, the cursor on
    /// the open revision.
    pub(crate) fn load(&mut self, found: Revisions) {
        self.loading = None;
        self.title.clone_from(&found.history.title);
        self.cursor = found.open;
        self.history = found.history;
        self.canvases = found.canvases;
        self.scroll = [0; TABS.len()];
        self.picked = 0;
        self.marked.clear();
    }

    /// Which keys apply.
    pub(crate) fn mode(&self) -> Mode {
        Mode::History
    }

    /// How many entries the tab shown has, each drawn as one or more lines: the signals with
    /// their groups' headings and the gap between them, the tasks after their legend.
    pub(crate) fn entries(&self) -> usize {
        let h = &self.history;
        match self.tab {
            0 => {
                let groups = crate::diff::grouped(&h.signals).len();
                h.signals.len() + (2 * groups).saturating_sub(1)
            }
            1 => h.stakeholders.len(),
            2 => h.relationships.len(),
            3 => h.actions.len(),
            _ if h.tasks.is_empty() => 0,
            _ => 1 + h.tasks.len(),
        }
    }

    fn scroll_by(&mut self, delta: isize) {
        let most = self.entries().saturating_sub(1) as isize;
        let at = &mut self.scroll[self.tab];
        *at = (*at as isize).saturating_add(delta).clamp(0, most.max(0)) as usize;
        if self.tab == 1 {
            self.picked = *at;
        }
    }

    /// The two revisions Enter compares, older first: the two marked, or the one marked and the
    /// cursor's; else the message key saying why there are not two.
    pub(crate) fn pair(&self) -> Result<(usize, usize), &'static str> {
        let (a, b) = match self.marked[..] {
            [a, b] => (a, b),
            [a] if a != self.cursor => (a, self.cursor),
            [_] => return Err("history-mark-second"),
            _ => return Err("history-mark-two"),
        };
        Ok((a.min(b), a.max(b)))
    }

    /// Space: marks the cursor's revision, or unmarks it; a third mark replaces the first.
    fn mark(&mut self) {
        if let Some(at) = self.marked.iter().position(|&m| m == self.cursor) {
            self.marked.remove(at);
            return;
        }
        if self.marked.len() == 2 {
            self.marked.remove(0);
        }
        self.marked.push(self.cursor);
    }

    /// Carries out an action; says what the app must do next.
    pub(crate) fn update(&mut self, action: A) -> Step {
        // Most entries take two lines or more.
        let page = (self.rows_visible / 2).max(1) as isize;
        let last = self.history.revisions.len().saturating_sub(1);
        self.note = None;
        // While reading, the revisions are not there to move over, mark or compare; while
        // comparing, Enter waits for the comparison under way.
        let reading = self.loading.is_some();
        match action {
            A::Left | A::Right | A::Mark | A::Submit if reading => {}
            A::Submit if self.comparing.is_some() => {}
            A::NextSection => self.tab = (self.tab + 1) % TABS.len(),
            A::PrevSection => self.tab = (self.tab + TABS.len() - 1) % TABS.len(),
            A::Up | A::ScrollUp => self.scroll_by(-1),
            A::Down | A::ScrollDown => self.scroll_by(1),
            A::PageUp => self.scroll_by(-page),
            A::PageDown => self.scroll_by(page),
            A::Home => self.scroll_by(isize::MIN / 2),
            A::End => self.scroll_by(isize::MAX / 2),
            A::Left => self.cursor = self.cursor.saturating_sub(1),
            A::Right => self.cursor = (self.cursor + 1).min(last),
            A::Mark => self.mark(),
            A::Submit => match self.pair() {
                Ok((a, b)) => return Step::Compare(a, b),
                Err(why) => self.note = Some(why),
            },
            A::Cancel | A::Quit => return Step::Back,
            _ => {}
        }
        Step::Stay
    }
}
