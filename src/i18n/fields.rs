//! An entry's field, named by the file, as a reader of a language reads it: its name (the
//! column's header in French and German) and its value when it is one of the canvas's
//! vocabularies. The details panel and the "what changed" tables of the diff and the report use
//! it; what people typed stays as typed.

use super::tr::Tr;
use crate::model::{
    Action, Day, Described, EntryKind, Language, Phase, Relationship, Shape, Stakeholder, Task, Vocabulary,
};

/// A field's name: the file's name in English (`business line`), the column's header in French
/// and German.
pub fn field_name(name: &str, tr: Tr) -> String {
    match tr.lang() {
        Language::En => name.replace('_', " "),
        // The readings are no column of the CSV; they have a name of their own.
        Language::De if name == "readings" => tr.get("scorecard-readings"),
        Language::Fr if name == "readings" => tr.get("scorecard-readings").to_lowercase(),
        // A label starts with a capital in German, as the forms' do ("Fällig am", "Von").
        Language::De => capitalised(&super::columns::header(name, Language::De)),
        lang => super::columns::header(name, lang),
    }
}

/// `text` with its first letter a capital.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// The shape of the field `name` of an entry kind.
fn shape_of(kind: EntryKind, name: &str) -> Option<Shape> {
    fn find<E: Described>(name: &str) -> Option<Shape> {
        E::FIELDS.iter().find(|f| f.name == name).map(|f| f.shape)
    }
    match kind {
        EntryKind::Stakeholder => find::<Stakeholder>(name),
        EntryKind::Relationship => find::<Relationship>(name),
        EntryKind::Task => find::<Task>(name),
        EntryKind::Action => find::<Action>(name),
    }
}

/// The value `shown` of the field `name`, a vocabulary's word in `tr`'s language, a date the
/// language's way for a reader (`15 juin 2026`; English keeps `2026-06-15`); what people typed
/// and numbers stay as shown.
pub fn field_value(kind: EntryKind, name: &str, shown: String, tr: Tr) -> String {
    match shape_of(kind, name) {
        Some(Shape::Choice(labels)) => {
            labels.iter().position(|l| *l == shown).and_then(|i| tr.choice(labels, i)).unwrap_or(shown)
        }
        Some(Shape::Phases) => shown
            .split(", ")
            .map(|p| {
                Phase::LABELS
                    .iter()
                    .position(|l| *l == p)
                    .map_or(p.to_string(), |i| tr.label(Phase::VALUES[i]))
            })
            .collect::<Vec<_>>()
            .join(", "),
        Some(Shape::Date) => shown.parse::<Day>().map_or(shown, |d| tr.day(d)),
        None if kind == EntryKind::Action && name == "readings" => readings_said(&shown, tr),
        _ => shown,
    }
}

/// The readings (`2026-07-01 4,5 jours, 2026-08-01 3 jours (note)`) with each one's day the way
/// `tr`'s language writes it (`1er juillet 2026 : 4,5 jours`), as the due date beside them is; English
/// keeps them as the file writes them. Only a day that starts a reading (or follows `, `) changes.
fn readings_said(shown: &str, tr: Tr) -> String {
    if tr.lang() == Language::En {
        return shown.to_string();
    }
    let mut out = String::with_capacity(shown.len() + 16);
    let mut rest = shown;
    while !rest.is_empty() {
        let day = rest.get(..10).filter(|_| rest[10..].starts_with(' ')).and_then(|d| d.parse::<Day>().ok());
        if let Some(day) = day {
            // A written-out day and the value after it read apart: `10 juillet 2026 : 6`.
            out.push_str(&tr.day(day));
            out.push_str(if tr.lang() == Language::Fr { "\u{a0}:" } else { ":" });
            rest = &rest[10..];
        }
        let next = rest.find(", ").map_or(rest.len(), |i| i + 2);
        out.push_str(&rest[..next]);
        rest = &rest[next..];
    }
    out
}

/// A changed field as a reader of `tr`'s language reads it, `name: old → new` with `none` for an
/// empty side: in English the file's name and the values as the files write them (as `cvc diff`
/// always wrote them, for scripts too); in French and German the column's header (the context's
/// own words for the canvas's frame, `kind` `None`), a vocabulary's word and a day the
/// language's way.
pub fn change_said(kind: Option<EntryKind>, f: &crate::diff::FieldChange, none: &str, tr: Tr) -> String {
    let side = |v: &str| {
        if v.is_empty() {
            return none.to_string();
        }
        match (tr.lang(), kind) {
            (Language::En, _) => v.to_string(),
            (_, Some(kind)) => day_said(&field_value(kind, f.field, v.to_string(), tr), tr),
            (_, None) => day_said(v, tr),
        }
    };
    let name = match (tr.lang(), kind) {
        (Language::En, _) => f.field.to_string(),
        (_, Some(_)) => field_name(f.field, tr),
        (_, None) => context_name(f.field, tr),
    };
    let args = [("field", name.into()), ("old", side(&f.old).into()), ("new", side(&f.new).into())];
    tr.args("diff-change-line", &args)
}

/// A field of the canvas's frame and context (`goal`, `Growth`, `Connect emphasis`) in `tr`'s
/// language; English as the file names it.
pub fn context_name(field: &str, tr: Tr) -> String {
    use crate::model::{Driver, Phase};
    if let Some(d) = Driver::ALL.iter().find(|d| d.label() == field) {
        return tr.label(*d);
    }
    if let Some(p) = Phase::ALL.iter().find(|p| field == format!("{} emphasis", p.label())) {
        return tr.args("diff-field-emphasis", &[("phase", tr.label(*p).into())]);
    }
    let key = match field {
        "title" => "diff-field-title",
        "organisation" => "diff-field-organisation",
        "facilitator" => "diff-field-facilitator",
        "date" => "diff-field-date",
        "goal" => "diff-field-goal",
        "participants" => "diff-field-participants",
        "parking" => "diff-field-parking",
        _ => return field.to_string(),
    };
    if tr.lang() == Language::En { field.to_string() } else { tr.get(key) }
}

/// A `YYYY-MM-DD` day the way `tr`'s language writes it; any other text as it is.
fn day_said(s: &str, tr: Tr) -> String {
    match s.parse::<crate::model::Day>() {
        Ok(day) if tr.lang() != Language::En => tr.day(day),
        _ => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_vocabulary_word_is_the_languages_and_typed_text_stays() {
        let fr = Tr::new(Language::Fr);
        assert_eq!(field_value(EntryKind::Stakeholder, "stance", "sceptic".into(), fr), "sceptique");
        assert_eq!(field_value(EntryKind::Relationship, "health", "at risk".into(), fr), "fragile");
        assert_eq!(field_value(EntryKind::Action, "phase", "Solve".into(), fr), "Résoudre");
        assert_eq!(field_value(EntryKind::Task, "notes", "at risk".into(), fr), "at risk", "typed text");
        assert_eq!(field_value(EntryKind::Action, "due", "2026-06-15".into(), fr), "15\u{a0}juin\u{a0}2026");
        assert_eq!(
            field_value(EntryKind::Task, "notes", "2026-06-15".into(), fr),
            "2026-06-15",
            "typed text"
        );
        let readings = "2026-07-01 4,5 jours, 2026-08-01 3 jours (vu le 2026-07-20, enfin)".to_string();
        assert_eq!(
            field_value(EntryKind::Action, "readings", readings.clone(), fr),
            "1er\u{a0}juillet\u{a0}2026\u{a0}: 4,5 jours, 1er\u{a0}août\u{a0}2026\u{a0}: 3 jours (vu le 2026-07-20, enfin)"
        );
        let de = Tr::new(Language::De);
        let said = field_value(EntryKind::Action, "readings", readings.clone(), de);
        assert!(said.starts_with("1.\u{a0}Juli\u{a0}2026: 4,5 jours, "), "{said}");
        let en = Tr::new(Language::En);
        assert_eq!(field_value(EntryKind::Action, "readings", readings.clone(), en), readings);
        assert_eq!(field_value(EntryKind::Relationship, "health", "at risk".into(), en), "at risk");
        assert_eq!(field_name("stance", fr), "posture");
        assert_eq!(field_name("business_line", en), "business line");
    }
}
