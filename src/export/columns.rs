//! A section's table in the plan, its columns read from the field descriptions, its headers and
//! the canvas's vocabularies in the plan's language (what people typed stays as they wrote it).

use super::doc::Table;
use crate::i18n::Tr;
use crate::model::{Described, FieldKey, FieldSpec, FieldValue, Names, Phase, PlanCell, Shape};

/// A column no field gives, worked out from the entry and placed after a field's column.
pub struct Derived<E> {
    /// The field whose column it follows.
    pub after: FieldKey,
    /// Its header.
    pub header: String,
    /// Its text for an entry, in the plan's language.
    pub value: fn(&E, Tr) -> String,
}

/// The plan's column headers as the field descriptions give them in English, and the message
/// that says each in the plan's language.
const HEADERS: [(&str, &str); 33] = [
    ("Action", "plan-action"),
    ("Baseline → target", "column-baseline-target"),
    ("Boundary", "column-boundary"),
    ("Business line", "scorecard-business-line"),
    ("Cadence", "column-cadence"),
    ("Change", "column-change"),
    ("Desired stance", "column-desired"),
    ("Direction", "column-direction"),
    ("Driver", "column-driver"),
    ("Due", "column-due"),
    ("Engagement", "column-engagement"),
    ("Exchange", "column-exchange"),
    ("From", "column-from"),
    ("Health", "column-health"),
    ("Indicator", "plan-indicator"),
    ("Interest", "column-interest"),
    ("Interests", "column-interests"),
    ("Kind", "column-kind"),
    ("Loop", "plan-loop"),
    ("Name", "column-name"),
    ("Notes", "column-notes"),
    ("Owner", "plan-owner"),
    ("Phase", "plan-phase"),
    ("Phases", "column-phases"),
    ("Power", "column-power"),
    ("Review", "plan-review"),
    ("Role", "column-role"),
    ("Stance", "column-stance"),
    ("Status", "column-status"),
    ("Strength", "column-strength"),
    ("Task", "column-task"),
    ("To", "column-to"),
    ("Votes", "handout-votes"),
];

/// A field description's header in the plan's language (a header the table does not know stays).
fn header(english: &str, tr: Tr) -> String {
    HEADERS.iter().find(|(h, _)| *h == english).map_or_else(|| english.to_string(), |(_, key)| tr.get(key))
}

/// A field's column, with the words of its vocabulary in the plan's language found once for the
/// whole table (not once a cell).
struct Field<E: 'static> {
    spec: &'static FieldSpec<E>,
    /// A choice's words by index, or the phases' words by phase.
    words: Vec<String>,
}

impl<E> Field<E> {
    fn new(spec: &'static FieldSpec<E>, tr: Tr) -> Field<E> {
        let words = match spec.shape {
            // A vocabulary no message names shows its English labels, as the description does.
            Shape::Choice(labels) => (0..labels.len())
                .map(|i| tr.choice(labels, i).unwrap_or_else(|| labels[i].to_string()))
                .collect(),
            Shape::Phases => {
                let mut words = vec![String::new(); Phase::ALL.len()];
                for p in Phase::ALL {
                    words[*p as usize] = tr.label(*p);
                }
                words
            }
            _ => Vec::new(),
        };
        Field { spec, words }
    }

    /// The field's value in `e` as the plan shows it, written at the end of `out`: a choice, the
    /// phases and a date in the plan's language, the rest as the description shows it.
    fn write(&self, out: &mut String, e: &E, names: &Names, tr: Tr) {
        match ((self.spec.get)(e), self.spec.shape) {
            (FieldValue::Choice(Some(i)), Shape::Choice(_)) => {
                out.push_str(self.words.get(i).map_or("", String::as_str));
            }
            (FieldValue::Phases(phases), _) if !self.words.is_empty() => {
                for (k, p) in phases.iter().enumerate() {
                    if k > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&self.words[*p as usize]);
                }
            }
            (FieldValue::Date(Some(d)), _) => out.push_str(&tr.day(d)),
            // `spec.shown`, from the value already read.
            (value, shape) => out.push_str(&value.render(shape, Some(names))),
        }
    }

    /// [`Field::write`] as a string of its own.
    fn shown(&self, e: &E, names: &Names, tr: Tr) -> String {
        let mut out = String::new();
        self.write(&mut out, e, names, tr);
        out
    }
}

/// Where a column's text comes from.
enum Source<'a, E: 'static> {
    Id,
    /// A field, and the fields whose plan cell joins its column (found once per table).
    Field(Field<E>, Vec<Field<E>>),
    Derived(&'a Derived<E>),
}

/// An empty side of a joined pair shows as `?`.
fn or_unknown(s: &str) -> &str {
    if s.is_empty() { "?" } else { s }
}

/// The fields whose plan cell joins the column of `key`.
fn attached<E: Described>(key: FieldKey) -> impl Iterator<Item = &'static FieldSpec<E>> {
    E::FIELDS.iter().filter(move |s| match s.plan {
        PlanCell::Joined { to, .. } | PlanCell::Bracketed { to } => to == key,
        _ => false,
    })
}

/// The text of an entry's cell in a column, written at the end of `out`.
fn cell_into<E: Described>(out: &mut String, e: &E, names: &Names, source: &Source<E>, tr: Tr) {
    let (field, attached) = match source {
        Source::Id => return out.push_str(e.id()),
        Source::Derived(d) => return out.push_str(&(d.value)(e, tr)),
        Source::Field(field, attached) => (field, attached),
    };
    let start = out.len();
    field.write(out, e, names, tr);
    if field.spec.key == FieldKey::Votes && &out[start..] == "0" {
        // No dots is said by an empty cell, so a section nobody voted on has no votes column.
        return out.truncate(start);
    }
    if attached.is_empty() {
        return;
    }
    let mut text = out.split_off(start);
    for more in attached {
        let value = more.shown(e, names, tr);
        text = match more.spec.plan {
            PlanCell::Joined { .. } if text.is_empty() && value.is_empty() => text,
            PlanCell::Joined { between, .. } => {
                format!("{}{between}{}", or_unknown(&text), or_unknown(&value))
            }
            PlanCell::Bracketed { .. } if !text.is_empty() && !value.is_empty() => {
                format!("{text} ({value})")
            }
            _ => text,
        };
    }
    out.push_str(&text);
}

/// The table of a section in `tr`'s language: an Id column, each field's column as its
/// description says, and the derived columns after the fields they follow (every column: the page
/// leaves out empty ones).
pub fn described_table<'a, E: Described>(
    entries: impl IntoIterator<Item = &'a E>,
    names: &Names,
    derived: &[Derived<E>],
    tr: Tr,
) -> Table {
    described_table_but(entries, names, derived, &[], tr)
}

/// [`described_table`] without the columns of the fields in `leave_out` (said elsewhere), whose
/// cells are not worked out at all.
pub fn described_table_but<'a, E: Described>(
    entries: impl IntoIterator<Item = &'a E>,
    names: &Names,
    derived: &[Derived<E>],
    leave_out: &[FieldKey],
    tr: Tr,
) -> Table {
    let mut columns: Vec<(String, Source<E>)> = vec![(tr.get("plan-id"), Source::Id)];
    for spec in E::FIELDS {
        if let PlanCell::Column(english) = spec.plan
            && !leave_out.contains(&spec.key)
        {
            let joined = attached::<E>(spec.key).map(|more| Field::new(more, tr)).collect();
            columns.push((header(english, tr), Source::Field(Field::new(spec, tr), joined)));
        }
        columns.extend(
            derived.iter().filter(|d| d.after == spec.key).map(|d| (d.header.clone(), Source::Derived(d))),
        );
    }
    let mut table = Table::headed(columns.iter().map(|(h, _)| h.as_str()));
    let entries = entries.into_iter();
    table.reserve(entries.size_hint().0);
    for e in entries {
        for (_, source) in &columns {
            table.push_with(|out| cell_into(out, e, names, source, tr));
        }
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::samples::sample;
    use crate::model::{Action, Indicator, IndicatorKind, Relationship, Stakeholder, Task};

    /// The header row and the first data row of a one-row table, cell by cell.
    fn header_and_row<E: Described>(
        e: &E,
        names: &Names,
        derived: &[Derived<E>],
    ) -> (Vec<String>, Vec<String>) {
        let table = described_table([e], names, derived, Tr::default());
        let row = table.rows().next().expect("one row").map(String::from).collect();
        (table.headers().map(String::from).collect(), row)
    }

    /// Every field with a column shows its value under its header, and nothing else has one.
    fn every_column_shows_its_field<E: Described + Default>() {
        let mut e = E::default();
        for spec in E::FIELDS {
            (spec.set)(&mut e, sample(spec.shape));
        }
        let names = Names::from_pairs([("S2", "Bo")]);
        let (headers, row) = header_and_row(&e, &names, &[]);
        let columns: Vec<_> = E::FIELDS.iter().filter(|s| matches!(s.plan, PlanCell::Column(_))).collect();
        assert_eq!(headers.len(), 1 + columns.len(), "{:?}: {headers:?}", E::KIND);
        for (i, spec) in columns.iter().enumerate() {
            let PlanCell::Column(header) = spec.plan else { unreachable!() };
            assert_eq!(headers[i + 1], header);
            assert!(row[i + 1].starts_with(&spec.shown(&e, &names)), "{:?} {}: {row:?}", E::KIND, spec.name);
        }
    }

    #[test]
    fn every_field_with_a_column_shows_under_its_header() {
        every_column_shows_its_field::<Stakeholder>();
        every_column_shows_its_field::<Relationship>();
        every_column_shows_its_field::<Task>();
        every_column_shows_its_field::<Action>();
    }

    #[test]
    fn joined_and_bracketed_fields_share_a_column_and_derived_columns_follow_their_field() {
        let cells = |ind: Indicator| {
            let a = Action { id: "A1".into(), indicator: Some(ind), ..Default::default() };
            let (headers, row) = header_and_row(&a, &Names::default(), &[]);
            let at = |h: &str| row[headers.iter().position(|x| x == h).unwrap()].clone();
            (at("Indicator"), at("Baseline → target"))
        };
        let kind = Some(IndicatorKind::Leading);
        let full = Indicator {
            name: "NPS".into(),
            baseline: "5".into(),
            target: "9".into(),
            kind,
            ..Default::default()
        };
        assert_eq!(cells(full), ("NPS (leading)".into(), "5 → 9".into()));
        let half = Indicator { baseline: "5".into(), kind, ..Default::default() };
        assert_eq!(cells(half), (String::new(), "5 → ?".into()));
        assert_eq!(cells(Indicator::default()), (String::new(), String::new()));
        let a = Action { id: "A1".into(), ..Default::default() };
        let left = described_table_but([&a], &Names::default(), &[], &[FieldKey::Indicator], Tr::default());
        let headers: Vec<&str> = left.headers().collect();
        assert!(!headers.contains(&"Indicator") && headers.contains(&"Baseline → target"), "{headers:?}");
        let s = Stakeholder { id: "S1".into(), power: Some(2), ..Default::default() };
        let derived =
            Derived { after: FieldKey::Power, header: "Q".into(), value: |_: &Stakeholder, _| "q".into() };
        let (headers, row) = header_and_row(&s, &Names::default(), &[derived]);
        let at = headers.iter().position(|h| h == "Q").unwrap();
        assert_eq!((headers[at - 1].as_str(), row[at - 1].as_str(), row[at].as_str()), ("Power", "2", "q"));
    }
}
