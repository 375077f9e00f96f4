//! The plan's legend of the method's terms, in a French or German plan: each term as the plan
//! writes it beside Simon Terry's English name, which a client might look up (DESIGN.md §13).
//! An English plan has no need of one.

use super::doc::Table;
use super::page::Page;
use crate::i18n::{Tr, glossary as terms};
use crate::model::Language;

/// The legend, after everything else; nothing in English.
pub fn glossary(doc: &mut dyn Page, tr: Tr) {
    if tr.lang() == Language::En {
        return;
    }
    doc.heading(2, &tr.get("glossary-title"), false);
    doc.note(&tr.get("glossary-note"));
    let rows = terms().into_iter().map(|t| vec![tr.get(t.key), t.english.to_string()]).collect();
    doc.table(Table::new([tr.get("glossary-term"), tr.get("glossary-english")], rows));
}
