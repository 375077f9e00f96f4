//! The history screen's state (`H`): the open canvas's revisions over time, with a tab each for
//! the signals, stakeholders, relationships and actions, scrolled line by line.

use super::action::Action as A;
use super::keys::Mode;
use super::workshop::Workshop;
use crate::diff::history::History;

/// The tabs under the waves.
pub const TABS: [&str; 4] = ["Signals", "Stakeholders", "Relationships", "Actions"];

/// The history screen.
#[derive(Debug)]
pub struct Timeline {
    /// The canvas over time.
    pub history: History,
    /// The tab shown, an index into [`TABS`].
    pub tab: usize,
    /// How far each tab is scrolled down, in lines.
    pub scroll: [usize; 4],
    /// How many lines of the tab fit, for paging.
    pub rows_visible: usize,
    /// The workshop to return to.
    pub back: Option<Box<Workshop>>,
}

impl Timeline {
    /// The screen for a history, on its signals.
    pub fn new(history: History) -> Timeline {
        Timeline { history, tab: 0, scroll: [0; 4], rows_visible: 10, back: None }
    }

    /// Which keys apply.
    pub fn mode(&self) -> Mode {
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
    }

    /// Carries out an action; returns true when the screen should close.
    pub fn update(&mut self, action: A) -> bool {
        let page = self.rows_visible.max(1) as isize;
        match action {
            A::NextSection => self.tab = (self.tab + 1) % TABS.len(),
            A::PrevSection => self.tab = (self.tab + TABS.len() - 1) % TABS.len(),
            A::Up | A::ScrollUp => self.scroll_by(-1),
            A::Down | A::ScrollDown => self.scroll_by(1),
            A::PageUp => self.scroll_by(-page),
            A::PageDown => self.scroll_by(page),
            A::Home => self.scroll[self.tab] = 0,
            A::End => self.scroll_by(isize::MAX / 2),
            A::Cancel | A::Quit => return true,
            _ => {}
        }
        false
    }
}
