//! A form's field names and title in the screens' language. The forms keep the model's English
//! labels (the field descriptions' own); each is the English message of a key here, so English
//! reads as before and a name no message knows stays as it is.

use super::loops::READING_LABELS;
use crate::i18n::Tr;

/// A form's field name in the screens' language (the model's English labels are the keys'
/// English messages; a name no message knows stays as it is).
pub(crate) fn label_in(tr: Tr, label: &'static str) -> String {
    let key = match label {
        "name" => "form-name",
        "kind" => "form-kind",
        "role" => "form-role",
        "interests" => "form-interests",
        "power" => "form-power",
        "interest" => "form-interest",
        "stance" => "form-stance",
        "desired stance" => "form-desired-stance",
        "engagement approach" => "form-engagement",
        "notes" => "form-notes",
        "from" => "form-from",
        "to" => "form-to",
        "exchange (what flows)" => "form-exchange",
        "direction" => "form-direction",
        "boundary" => "form-boundary",
        "strength" => "form-strength",
        "health" => "form-health",
        "change" => "form-change",
        "phases" => "form-phases",
        "title" => "form-title",
        "owner" => "form-owner",
        "owner role" => "form-owner-role",
        "phase" => "form-phase",
        "cadence" => "form-cadence",
        "status" => "form-status",
        "held on (dates, comma-separated)" => "form-held",
        "votes" => "form-votes",
        "title (We will…)" => "form-action-title",
        "business line" => "form-business-line",
        "due (date, +2w, fri)" => "form-due",
        "value driver" => "form-driver",
        "indicator" => "form-indicator",
        "unit" => "form-unit",
        "baseline" => "form-baseline",
        "baseline date" => "form-baseline-date",
        "target" => "form-target",
        "leading / lagging" => "form-indicator-kind",
        "benefit" => "form-benefit",
        "cost (8000 EUR)" => "form-cost",
        "gain (60000 EUR)" => "form-gain",
        "next loop review (date, +2w)" => "form-review",
        "loop" => "form-loop",
        "organisation" => "form-organisation",
        "facilitator" => "form-facilitator",
        "date" => "form-date",
        "value goal" => "form-goal",
        "Growth: what should grow?" => "form-growth",
        "Effectiveness: do better?" => "form-effectiveness",
        "Velocity: faster?" => "form-velocity",
        "Protection: risks?" => "form-protection",
        "Connect emphasis" => "form-emphasis-connect",
        "Share emphasis" => "form-emphasis-share",
        "Solve emphasis" => "form-emphasis-solve",
        "Innovate emphasis" => "form-emphasis-innovate",
        "participants (comma-separated)" => "form-participants",
        "minutes planned (up to 1440)" => "form-minutes",
        "shows section" => "form-shows-section",
        // The loop review's reading form.
        l if l == READING_LABELS[0] => "form-reading-date",
        l if l == READING_LABELS[1] => "form-reading-value",
        l if l == READING_LABELS[2] => "form-reading-note",
        _ => return label.to_string(),
    };
    tr.get(key)
}

/// A form's title in the screens' language: `Action A1` is `Maßnahme A1`.
/// The file's section of the entry a form titled `title` edits (`actions` for "Action A2"), or
/// `other` (the context, an agenda block): what a message agrees with.
pub(crate) fn kind_of_title(title: &str) -> &'static str {
    NOUNS.iter().find(|(english, _, _)| title.starts_with(english)).map_or("other", |(_, _, kind)| kind)
}

/// An entry form's English title's start, its title's message and the file's section.
const NOUNS: [(&str, &str, &str); 4] = [
    ("Stakeholder ", "form-title-stakeholder", "stakeholders"),
    ("Relationship ", "form-title-relationship", "relationships"),
    ("Task ", "form-title-task", "tasks"),
    ("Action ", "form-title-action", "actions"),
];

pub(crate) fn title_in(tr: Tr, title: &str) -> String {
    if title == "Context" {
        return tr.get("form-title-context");
    }
    if let Some(n) = title.strip_prefix("Agenda block ") {
        return tr.args("form-title-block", &[("number", n.into())]);
    }
    for (english, key, _) in NOUNS {
        if let Some(id) = title.strip_prefix(english) {
            return tr.args(key, &[("id", id.into())]);
        }
    }
    title.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_of_every_entry_has_its_name_in_each_language_and_english_as_the_model_says() {
        use crate::model::{Action, Described, Language, Relationship, Stakeholder, Task};
        fn check<E: Described>() {
            for spec in E::FIELDS {
                assert_eq!(label_in(Tr::default(), spec.label), spec.label);
                let german = label_in(Tr::new(Language::De), spec.label);
                assert_ne!(german, spec.label, "{} has a message", spec.label);
            }
        }
        check::<Stakeholder>();
        check::<Relationship>();
        check::<Task>();
        check::<Action>();
        assert_eq!(title_in(Tr::new(Language::De), "Action A1"), "Maßnahme A1");
        assert_eq!(title_in(Tr::default(), "Action A1"), "Action A1");
        assert_eq!(title_in(Tr::new(Language::Fr), "Agenda block 2"), "Bloc 2 du déroulé");
    }

    #[test]
    fn the_context_and_agenda_forms_name_every_field_in_each_language_and_english_as_before() {
        use crate::model::{Canvas, Language};
        use crate::tui::form::{Target, form_for};
        let mut c = Canvas::new("t");
        c.agenda.push(crate::model::AgendaBlock::new(crate::model::BlockKind::Custom, "x", 10));
        for target in [Target::Context, Target::Block(0)] {
            let form = form_for(&c, target);
            for field in &form.fields {
                assert_eq!(label_in(Tr::default(), field.label), field.label);
                let german = label_in(Tr::new(Language::De), field.label);
                assert_ne!(german, field.label, "{} has a message", field.label);
            }
            assert_eq!(title_in(Tr::default(), &form.title), form.title);
            assert_ne!(title_in(Tr::new(Language::De), &form.title), form.title);
        }
    }
}
