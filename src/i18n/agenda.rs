//! The templates' agenda titles in a new canvas's language: a block still called what the
//! shipped templates call it in English takes the language's title; a title someone wrote stays.

use super::tr::Tr;
use crate::model::{AgendaBlock, BlockKind, Language};

/// The shipped English title of each kind of block, and the message that translates it.
const TITLES: [(BlockKind, &str, &str); 8] = [
    (BlockKind::Open, "Open & frame", "agenda-open"),
    (BlockKind::Context, "Value goal", "agenda-context"),
    (BlockKind::Stakeholders, "Stakeholders", "agenda-stakeholders"),
    (BlockKind::Relationships, "Relationships", "agenda-relationships"),
    (BlockKind::Break, "Break", "agenda-break"),
    (BlockKind::Tasks, "Community management", "agenda-tasks"),
    (BlockKind::Actions, "Adoption actions", "agenda-actions"),
    (BlockKind::Review, "Review & close", "agenda-review"),
];

/// Gives the blocks that keep a shipped English title that title in `lang`.
pub fn agenda_in(blocks: &mut [AgendaBlock], lang: Language) {
    let tr = Tr::new(lang);
    for block in blocks {
        let shipped = TITLES.iter().find(|(kind, title, _)| *kind == block.kind && block.title == *title);
        if let Some((.., key)) = shipped {
            block.title = tr.get(key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::default_agenda;

    #[test]
    fn shipped_titles_take_the_language_and_written_ones_stay() {
        let mut blocks = default_agenda();
        blocks[1].title = "Our own goal".into();
        agenda_in(&mut blocks, Language::Fr);
        let titles: Vec<&str> = blocks.iter().map(|b| b.title.as_str()).collect();
        assert_eq!(titles[..3], ["Ouverture et cadrage", "Our own goal", "Parties prenantes"]);
        let mut english = default_agenda();
        agenda_in(&mut english, Language::En);
        assert_eq!(english, default_agenda(), "English keeps the shipped titles");
        for (kind, title, key) in TITLES {
            assert!(default_agenda().iter().any(|b| b.kind == kind && b.title == title), "{title}");
            assert_ne!(Tr::new(Language::De).get(key), title, "{key} is German");
        }
    }
}
