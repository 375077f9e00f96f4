//! The workshop screen's sections, in workshop order.

use crate::i18n::Tr;
use crate::model::{BlockKind, EntryKind};

/// One tab of the workshop screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    /// Goal, value drivers, emphasis, participants.
    Context,
    /// People and groups.
    Stakeholders,
    /// Connections between stakeholders.
    Relationships,
    /// Community management tasks.
    Tasks,
    /// Adoption actions.
    Actions,
    /// Coverage, warnings, loop reviews.
    Review,
}

impl Section {
    /// Every section in workshop order.
    pub(crate) const ALL: [Section; 6] = [
        Section::Context,
        Section::Stakeholders,
        Section::Relationships,
        Section::Tasks,
        Section::Actions,
        Section::Review,
    ];

    /// Its place in `ALL`.
    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// The tab's title in the screens' language.
    pub(crate) fn name(self, tr: Tr) -> String {
        tr.get(match self {
            Section::Context => "section-context",
            Section::Stakeholders => "section-stakeholders",
            Section::Relationships => "section-relationships",
            Section::Tasks => "section-tasks",
            Section::Actions => "section-actions",
            Section::Review => "section-review",
        })
    }

    /// The shorter title for narrow terminals, in the screens' language.
    pub(crate) fn short_name(self, tr: Tr) -> String {
        match self {
            Section::Tasks => tr.get("section-tasks-short"),
            Section::Actions => tr.get("section-actions-short"),
            other => other.name(tr),
        }
    }

    /// The entries it lists, for the four list sections.
    pub(crate) fn kind(self) -> Option<EntryKind> {
        match self {
            Section::Stakeholders => Some(EntryKind::Stakeholder),
            Section::Relationships => Some(EntryKind::Relationship),
            Section::Tasks => Some(EntryKind::Task),
            Section::Actions => Some(EntryKind::Action),
            Section::Context | Section::Review => None,
        }
    }

    /// The section that lists entries of a kind.
    pub(crate) fn of(kind: EntryKind) -> Section {
        match kind {
            EntryKind::Stakeholder => Section::Stakeholders,
            EntryKind::Relationship => Section::Relationships,
            EntryKind::Task => Section::Tasks,
            EntryKind::Action => Section::Actions,
        }
    }

    /// The agenda block whose prompts it shows.
    pub(crate) fn block(self) -> BlockKind {
        match self {
            Section::Context => BlockKind::Context,
            Section::Stakeholders => BlockKind::Stakeholders,
            Section::Relationships => BlockKind::Relationships,
            Section::Tasks => BlockKind::Tasks,
            Section::Actions => BlockKind::Actions,
            Section::Review => BlockKind::Review,
        }
    }

    /// The next section, wrapping; `back` goes the other way.
    pub(crate) fn step(self, back: bool) -> Section {
        let n = Section::ALL.len();
        Section::ALL[if back { (self.index() + n - 1) % n } else { (self.index() + 1) % n }]
    }
}
