//! The theme's meanings as ratatui styles, so views never pick a raw colour.

use ratatui::style::{Color, Modifier, Style};

use crate::i18n::Tr;
use crate::model::{Language, Phase};
use crate::theme::{Colour, Theme};

fn colour(c: Colour) -> Color {
    match c {
        Colour::Rgb(r, g, b) => Color::Rgb(r, g, b),
        Colour::Ansi(i) => Color::Indexed(i),
    }
}

/// Styles by meaning, built from a theme, and the language the screens speak: every view is
/// handed these, so it finds its words where it finds its colours.
#[derive(Debug, Clone)]
pub struct Styles {
    theme: Theme,
    tr: Tr,
}

impl Styles {
    /// Styles for this theme; the screens in English.
    pub fn new(theme: Theme) -> Styles {
        Styles { theme, tr: Tr::default() }
    }

    /// The same styles with the screens in `lang`.
    pub fn speaking(self, lang: Language) -> Styles {
        Styles { tr: Tr::new(lang), ..self }
    }

    /// The screens' messages.
    pub fn tr(&self) -> Tr {
        self.tr
    }

    /// The theme's name.
    pub(crate) fn name(&self) -> &str {
        &self.theme.name
    }

    fn fg(&self, c: Colour) -> Style {
        Style::new().fg(colour(c)).bg(colour(self.theme.background))
    }

    /// The screen: body text on the background.
    pub(crate) fn base(&self) -> Style {
        self.fg(self.theme.text)
    }

    /// Secondary text: ids, hints, prompts.
    pub(crate) fn muted(&self) -> Style {
        self.fg(self.theme.muted)
    }

    /// A title; bold.
    pub fn heading(&self) -> Style {
        self.fg(self.theme.heading).add_modifier(Modifier::BOLD)
    }

    /// What has the focus: the active tab, the field being edited.
    pub(crate) fn accent(&self) -> Style {
        self.fg(self.theme.accent).add_modifier(Modifier::BOLD)
    }

    /// Frames; the focused frame takes the accent colour.
    pub(crate) fn border(&self, focused: bool) -> Style {
        if focused { self.fg(self.theme.accent) } else { self.fg(self.theme.border) }
    }

    /// The selected row.
    pub fn selected(&self) -> Style {
        Style::new()
            .fg(colour(self.theme.heading))
            .bg(colour(self.theme.selection))
            .add_modifier(Modifier::BOLD)
    }

    /// Good news: saved, healthy.
    pub(crate) fn ok(&self) -> Style {
        self.fg(self.theme.ok)
    }

    /// Needs attention soon.
    pub fn warn(&self) -> Style {
        self.fg(self.theme.warn)
    }

    /// Needs attention now: errors, conflicts.
    pub(crate) fn alert(&self) -> Style {
        self.fg(self.theme.alert).add_modifier(Modifier::BOLD)
    }

    /// Added in a comparison.
    pub(crate) fn added(&self) -> Style {
        self.fg(self.theme.added)
    }

    /// Removed in a comparison.
    pub(crate) fn removed(&self) -> Style {
        self.fg(self.theme.removed)
    }

    /// Changed in a comparison.
    pub(crate) fn changed(&self) -> Style {
        self.fg(self.theme.changed)
    }

    /// A phase's own colour.
    pub(crate) fn phase(&self, p: Phase) -> Style {
        let c = &self.theme.phases;
        self.fg(match p {
            Phase::Connect => c.connect,
            Phase::Share => c.share,
            Phase::Solve => c.solve,
            Phase::Innovate => c.innovate,
        })
    }
}
