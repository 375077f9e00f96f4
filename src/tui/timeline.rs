//! The history screen's state (`H`): the open canvas's revisions over time, with a tab each for
//! the signals, stakeholders, relationships and actions, scrolled line by line; a revision
//! cursor and marks to compare any two revisions.

use std::path::PathBuf;

use super::action::Intent as A;
use super::keys::Mode;
use crate::diff::history::History;
use crate::model::Canvas;

/// The tabs under the waves.
pub(crate) const TABS: [&str; 4] = ["Signals", "Stakeholders", "Relationships", "Actions"];

/// The revisions found for the open canvas: each file with its canvas, in revision order, and
/// the history they make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revisions {
    /// The canvas over time.
    pub(crate) history: History,
    /// Each revision's file and canvas, in the history's order.
    pub(crate) canvases: Vec<(PathBuf, Canvas)>,
    /// Which of them is the open canvas.
    pub(crate) open: usize,
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

/// The history screen.
#[derive(Debug)]
pub struct Timeline {
    /// The canvas over time.
    pub history: History,
    /// Each revision's file and canvas, for comparing two of them.
    pub canvases: Vec<(PathBuf, Canvas)>,
    /// The tab shown, an index into `TABS`.
    pub tab: usize,
    /// How far each tab is scrolled down, in lines.
    pub scroll: [usize; 4],
    /// The stakeholder selected on the stakeholders tab (its grid trail is drawn).
    pub picked: usize,
    /// The revision under the cursor (`←` `→`).
    pub cursor: usize,
    /// The revisions marked to compare (`Space`), at most two, in the order marked.
    pub marked: Vec<usize>,
    /// What the screen has to say (why Enter did nothing).
    pub(crate) note: Option<String>,
    /// How many lines of the tab fit, for paging.
    pub(crate) rows_visible: usize,
}

impl Timeline {
    /// The screen for the revisions found, on its signals, the cursor on the open revision.
    pub(crate) fn new(found: Revisions) -> Timeline {
        let cursor = found.open;
        Timeline {
            history: found.history,
            canvases: found.canvases,
            tab: 0,
            scroll: [0; 4],
            picked: 0,
            cursor,
            marked: Vec::new(),
            note: None,
            rows_visible: 10,
        }
    }

    /// Which keys apply.
    pub(crate) fn mode(&self) -> Mode {
        Mode::History
    }

    /// About how many lines the tab shown has (before wrapping): the most it can scroll.
    fn lines(&self) -> usize {
        let h = &self.history;
        match self.tab {
            0 => h.signals.len() + 3,
            1 => h.stakeholders.len(),
            2 => h.relationships.len(),
            _ => h.actions.iter().map(|a| 1 + a.readings.len()).sum(),
        }
    }

    fn scroll_by(&mut self, delta: isize) {
        let most = self.lines().saturating_sub(1) as isize;
        let at = &mut self.scroll[self.tab];
        *at = (*at as isize).saturating_add(delta).clamp(0, most.max(0)) as usize;
        if self.tab == 1 {
            self.picked = *at;
        }
    }

    /// The two revisions Enter compares, older first: the two marked, or the one marked and the
    /// cursor's; `None` with the reason when there are not two.
    pub(crate) fn pair(&self) -> Result<(usize, usize), &'static str> {
        let (a, b) = match self.marked[..] {
            [a, b] => (a, b),
            [a] if a != self.cursor => (a, self.cursor),
            [_] => return Err("mark a second revision (← → then Space), or move to it, then Enter"),
            _ => return Err("mark two revisions to compare: ← → to one, Space, to another, Space, Enter"),
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
        let page = self.rows_visible.max(1) as isize;
        let last = self.history.revisions.len().saturating_sub(1);
        self.note = None;
        match action {
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
                Err(why) => self.note = Some(why.to_string()),
            },
            A::Cancel | A::Quit => return Step::Back,
            _ => {}
        }
        Step::Stay
    }
}
