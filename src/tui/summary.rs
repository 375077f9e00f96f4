//! One-line summaries of entries, shared by the lists, the filter and the projector.

use super::derived::Derived;
use crate::i18n::Tr;
use crate::model::{Canvas, Described, EntryKind, FieldValue, Summary};

/// The facts shown after an entry's name or title, most telling first, in the screens'
/// language: a stakeholder's quadrant, then the fields its description puts on the summary line
/// (what `model::summary_facts` writes in English, word for word).
pub(crate) fn facts(c: &Canvas, kind: EntryKind, i: usize, tr: Tr) -> Vec<String> {
    match kind {
        EntryKind::Stakeholder => {
            let s = &c.stakeholders[i];
            let mut out: Vec<String> = s.quadrant().map(|q| tr.label(q)).into_iter().collect();
            out.extend(summary_in(s, tr));
            out
        }
        EntryKind::Relationship => summary_in(&c.relationships[i], tr),
        EntryKind::Task => summary_in(&c.tasks[i], tr),
        EntryKind::Action => summary_in(&c.actions[i], tr),
    }
}

/// A summary line's prefix in the screens' language (`power ` is `pouvoir `).
fn prefix(tr: Tr, prefix: &'static str) -> String {
    let key = match prefix {
        "power " => "fact-power",
        "interest " => "fact-interest",
        "due " => "fact-due",
        "loop " => "fact-loop",
        "strength " => "fact-strength",
        other => return other.to_string(),
    };
    format!("{} ", tr.get(key))
}

fn summary_in<E: Described>(e: &E, tr: Tr) -> Vec<String> {
    let mut facts: Vec<(u8, String)> = Vec::new();
    for spec in E::FIELDS {
        let Summary::At { rank, prefix: before, suffix } = spec.summary else { continue };
        let value = (spec.get)(e);
        if value.is_unset() {
            continue;
        }
        let text = if let FieldValue::Phases(p) = &value {
            p.iter().map(|p| tr.label(*p)).collect::<Vec<_>>().join("+")
        } else {
            match tr.value(spec.shape, &value) {
                Some(words) => words,
                None => value.render(spec.shape, None),
            }
        };
        facts.push((rank, format!("{}{text}{suffix}", prefix(tr, before))));
    }
    facts.sort_by_key(|(rank, _)| *rank);
    facts.into_iter().map(|(_, text)| text).collect()
}

/// Whether the entry's id, name or facts contain `query` (ignoring case).
pub(crate) fn matches(c: &Canvas, d: &Derived, kind: EntryKind, i: usize, query: &str, tr: Tr) -> bool {
    let q = query.to_lowercase();
    let id = c.id_at(kind, i).unwrap_or_default().to_lowercase();
    id == q
        || d.label(c, kind, i).to_lowercase().contains(&q)
        || facts(c, kind, i, tr).join(" ").to_lowercase().contains(&q)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_facts_are_the_models_own_word_for_word() {
        let c = crate::store::ShippedCanvas::find("acme-2026-11").unwrap().canvas().unwrap();
        let tr = Tr::default();
        for (i, s) in c.stakeholders.iter().enumerate() {
            let mut english: Vec<String> = s.quadrant().map(|q| q.label().to_string()).into_iter().collect();
            english.extend(crate::model::summary_facts(s));
            assert_eq!(facts(&c, EntryKind::Stakeholder, i, tr), english);
        }
        for i in 0..c.actions.len() {
            assert_eq!(facts(&c, EntryKind::Action, i, tr), crate::model::summary_facts(&c.actions[i]));
        }
        for i in 0..c.relationships.len() {
            let english = crate::model::summary_facts(&c.relationships[i]);
            assert_eq!(facts(&c, EntryKind::Relationship, i, tr), english);
        }
        for i in 0..c.tasks.len() {
            assert_eq!(facts(&c, EntryKind::Task, i, tr), crate::model::summary_facts(&c.tasks[i]));
        }
        let fr = facts(&c, EntryKind::Stakeholder, 0, Tr::new(crate::model::Language::Fr));
        assert!(fr.iter().any(|f| f.starts_with("pouvoir ")), "{fr:?}");
    }
}
