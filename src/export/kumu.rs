//! Kumu's spreadsheet layout (kumu.io, a tool for mapping networks), so a consultant can go on
//! with the relationship map there: stakeholders as an elements sheet (`Label`, `Type`,
//! `Description`, …) and relationships as a connections sheet (`From`, `To`, `Type`, `Direction`,
//! `Description`, …), stakeholders named by name. Import reads the same layout (`crate::import`).
//!
//! Kumu's core columns come first; every other described field follows as a column of its own,
//! headed by its file name with a capital (`Power`, `Health`), which Kumu keeps as a custom field.

use super::csv::line;
use crate::diff::normalise;
use crate::model::{
    Canvas, Described, Direction, FieldKey, FieldSpec, FieldValue, Names, Relationship, Shape, Stakeholder,
};

/// The elements sheet's core columns: which stakeholder field each holds.
pub const ELEMENT_CORE: [(FieldKey, &str); 3] =
    [(FieldKey::Name, "Label"), (FieldKey::Kind, "Type"), (FieldKey::Notes, "Description")];

/// The connections sheet's core columns: which relationship field each holds.
pub const CONNECTION_CORE: [(FieldKey, &str); 5] = [
    (FieldKey::From, "From"),
    (FieldKey::To, "To"),
    (FieldKey::Exchange, "Type"),
    (FieldKey::Direction, "Direction"),
    (FieldKey::Notes, "Description"),
];

/// Kumu's words for a connection's direction, beside the direction each means.
pub const DIRECTIONS: [(&str, Option<Direction>); 3] =
    [("directed", Some(Direction::OneWay)), ("mutual", Some(Direction::TwoWay)), ("undirected", None)];

/// What separates several values in one Kumu cell.
pub const MULTI: &str = "|";

/// A field's column header: its file name with a capital first letter (`power` → `Power`).
fn custom_header(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// The sheet's columns for kind `E`: the core ones, then every other described field.
pub fn columns<E: Described>(core: &[(FieldKey, &'static str)]) -> Vec<(String, &'static FieldSpec<E>)> {
    let mut out: Vec<(String, &'static FieldSpec<E>)> =
        core.iter().filter_map(|(key, header)| E::spec(*key).map(|s| (header.to_string(), s))).collect();
    for spec in E::FIELDS {
        if !core.iter().any(|(key, _)| *key == spec.key) {
            out.push((custom_header(spec.name), spec));
        }
    }
    out
}

/// A field's cell: a stakeholder by name, a direction in Kumu's word, several phases joined by `|`.
fn cell<E>(spec: &FieldSpec<E>, e: &E, names: &Names) -> String {
    let value = (spec.get)(e);
    match (spec.key, spec.shape, value) {
        (FieldKey::Direction, _, v) => {
            let d = v.chosen::<Direction>();
            DIRECTIONS.iter().find(|(_, x)| *x == d).map_or("", |(word, _)| word).to_string()
        }
        (_, Shape::Phases, FieldValue::Phases(p)) => {
            p.iter().map(|p| p.label()).collect::<Vec<_>>().join(MULTI)
        }
        (_, Shape::Person, _) => spec.shown(e, names),
        _ => spec.text(e),
    }
}

fn sheet<'a, E: Described>(
    c: &Canvas,
    core: &[(FieldKey, &'static str)],
    rows: impl Iterator<Item = &'a E>,
) -> String {
    let columns = columns::<E>(core);
    let names = c.names();
    let mut out = line(columns.iter().map(|(header, _)| header.clone()));
    for e in rows {
        out.push_str(&line(columns.iter().map(|(_, spec)| cell(spec, e, &names))));
    }
    out
}

/// The stakeholders as a Kumu elements sheet.
pub fn elements_csv(c: &Canvas) -> String {
    sheet::<Stakeholder>(c, &ELEMENT_CORE, c.stakeholders.iter())
}

/// The relationships as a Kumu connections sheet, each end named by its stakeholder's name.
pub fn connections_csv(c: &Canvas) -> String {
    sheet::<Relationship>(c, &CONNECTION_CORE, c.relationships.iter())
}

/// Names that more than one stakeholder has (compared as `cvc diff` compares names): Kumu draws
/// each label once, so such stakeholders become one element there.
pub fn shared_names(c: &Canvas) -> Vec<String> {
    let mut seen = std::collections::HashMap::new();
    let mut shared = Vec::new();
    for s in c.stakeholders.iter() {
        let count = seen.entry(normalise(&s.name)).or_insert(0);
        *count += 1;
        if *count == 2 {
            shared.push(s.name.clone());
        }
    }
    shared
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Phase, StakeholderKind};

    #[test]
    fn the_sheets_start_with_kumus_columns_and_name_the_stakeholders() {
        let mut c = Canvas::new("t");
        let a = c.add_stakeholder(Stakeholder {
            name: "Field engineers".into(),
            kind: Some(StakeholderKind::Group),
            power: Some(2),
            notes: "=on the road".into(),
            ..Default::default()
        });
        let b = c.add_stakeholder(Stakeholder { name: "Service desk".into(), ..Default::default() });
        c.add_relationship(Relationship {
            from: a,
            to: b,
            exchange: "field problems".into(),
            direction: Some(Direction::TwoWay),
            phases: vec![Phase::Connect, Phase::Solve],
            ..Default::default()
        });
        let elements = elements_csv(&c);
        let mut rows = elements.lines();
        assert!(
            rows.next().unwrap().starts_with("Label,Type,Description,Role,Interests,Power"),
            "{elements}"
        );
        assert!(rows.next().unwrap().starts_with("Field engineers,group,'=on the road,,,2"), "{elements}");
        let connections = connections_csv(&c);
        let mut rows = connections.lines();
        assert_eq!(
            rows.next().unwrap(),
            "From,To,Type,Direction,Description,Boundary,Strength,Health,Change,Phases"
        );
        assert_eq!(
            rows.next().unwrap(),
            "Field engineers,Service desk,field problems,mutual,,,,,,Connect|Solve"
        );
    }

    #[test]
    fn names_two_stakeholders_share_are_reported_once() {
        let mut c = Canvas::new("t");
        for name in ["Sam", "sam!", "Jo", "SAM"] {
            c.add_stakeholder(Stakeholder { name: name.into(), ..Default::default() });
        }
        assert_eq!(shared_names(&c), ["sam!"]);
    }
}
