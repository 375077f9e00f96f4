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

/// Makes a new canvas speak `lang`: its language (how its numbers are read, what its reports
/// speak) and its shipped agenda titles.
pub fn new_canvas_in(canvas: &mut crate::model::Canvas, lang: Language) {
    canvas.language = lang;
    agenda_in(&mut canvas.agenda, lang);
}

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

/// The questions for the room of a block, in `tr`'s language (English: the model's own): the
/// questions panel's and the room's page's.
pub fn prompts(kind: BlockKind, tr: Tr) -> Vec<String> {
    use BlockKind::*;
    let keys: &[&str] = match kind {
        Open => &["prompt-open-1", "prompt-open-2"],
        Context => &["prompt-context-1", "prompt-context-2", "prompt-context-3"],
        Stakeholders => &["prompt-stakeholders-1", "prompt-stakeholders-2", "prompt-stakeholders-3"],
        Relationships => &["prompt-relationships-1", "prompt-relationships-2", "prompt-relationships-3"],
        Tasks => &["prompt-tasks-1", "prompt-tasks-2", "prompt-tasks-3"],
        Actions => &["prompt-actions-1", "prompt-actions-2", "prompt-actions-3"],
        Review => &["prompt-review-1", "prompt-review-2", "prompt-review-3"],
        Break | Custom => &[],
    };
    keys.iter().map(|k| tr.get(k)).collect()
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
