//! Imports of each kind from each source, good and bad, on canvases in memory.

use super::*;
use crate::export::{kumu, section_csv};
use crate::model::{Direction, Health, Phase, StakeholderKind};

fn canvas() -> Canvas {
    let mut c = Canvas::new("t");
    for name in ["Field engineers", "Service desk"] {
        c.add_stakeholder(Stakeholder { name: name.into(), ..Default::default() });
    }
    c
}

fn ok(c: &Canvas, kind: EntryKind, source: Source, input: &str) -> Imported {
    import(c, kind, source, input.as_bytes(), false).unwrap_or_else(|p| panic!("{p:?}"))
}

fn problems(c: &Canvas, kind: EntryKind, source: Source, input: &str) -> Vec<(usize, usize, String)> {
    let p = import(c, kind, source, input.as_bytes(), false).expect_err("the input is bad");
    p.into_iter().map(|p| (p.line, p.col, p.message)).collect()
}

#[test]
fn a_list_gives_one_entry_a_line_with_new_ids_and_skips_blank_lines() {
    let done = ok(&canvas(), EntryKind::Stakeholder, Source::Text, "- Legal\r\n\n   \n* Works council\n");
    assert_eq!(done.added, ["S3", "S4"]);
    assert_eq!(done.canvas.stakeholders[3].name, "Works council");
    let tasks = ok(&canvas(), EntryKind::Task, Source::Text, "Weekly call\n1. Monthly digest");
    assert_eq!(tasks.canvas.tasks[1].title, "Monthly digest");
    let actions = ok(&canvas(), EntryKind::Action, Source::Text, "We will answer in 24h");
    assert_eq!(actions.canvas.actions[0].id, "A1");
}

#[test]
fn a_list_of_relationships_names_both_ends_and_what_flows() {
    let input = "Field engineers -> service desk: field problems\nS2 → S1\n";
    let done = ok(&canvas(), EntryKind::Relationship, Source::Text, input);
    let r = &done.canvas.relationships;
    assert_eq!(
        (r[0].from.as_str(), r[0].to.as_str(), r[0].exchange.as_str()),
        ("S1", "S2", "field problems")
    );
    assert_eq!((r[1].from.as_str(), r[1].to.as_str()), ("S2", "S1"));
    let bad =
        problems(&canvas(), EntryKind::Relationship, Source::Text, "Field engineers -> Legal\nno arrow\n");
    assert_eq!((bad[0].0, bad[0].1), (1, 20), "{bad:?}");
    assert!(bad[0].2.contains("no stakeholder is named \"Legal\""), "{bad:?}");
    assert_eq!((bad[1].0, bad[1].1), (2, 1));
    assert!(bad[1].2.contains("FROM -> TO"), "{bad:?}");
}

#[test]
fn a_csv_sets_every_field_it_names_and_reads_what_cvc_wrote() {
    let input = "name,kind,power,stance,notes\nLegal,Group,4,Sceptic,\"slow, careful\"\nOps,individual,,,\n";
    let done = ok(&canvas(), EntryKind::Stakeholder, Source::Csv, input);
    let legal = &done.canvas.stakeholders[2];
    assert_eq!(
        (legal.kind, legal.power, legal.notes.as_str()),
        (Some(StakeholderKind::Group), Some(4), "slow, careful")
    );
    assert_eq!(done.canvas.stakeholders[3].kind, Some(StakeholderKind::Individual));

    let mut source = canvas();
    source.id = "other".into();
    source.add_relationship(Relationship {
        from: "S1".into(),
        to: "S2".into(),
        health: Some(Health::AtRisk),
        phases: vec![Phase::Connect, Phase::Solve],
        notes: "=careful".into(),
        ..Default::default()
    });
    let mut target = Canvas::new("u");
    for name in ["Somebody", "Service desk", "Field engineers"] {
        target.add_stakeholder(Stakeholder { name: name.into(), ..Default::default() });
    }
    let done =
        ok(&target, EntryKind::Relationship, Source::Csv, &section_csv(&source, EntryKind::Relationship));
    let r = &done.canvas.relationships[0];
    assert_eq!(
        (r.from.as_str(), r.to.as_str()),
        ("S3", "S2"),
        "matched by the names, not the other canvas's ids"
    );
    assert_eq!(
        (r.health, r.phases.clone(), r.notes.as_str()),
        (Some(Health::AtRisk), source.relationships[0].phases.clone(), "=careful")
    );
}

#[test]
fn a_bad_cell_is_reported_at_its_line_and_column_and_nothing_is_added() {
    let input = "name,power\nLegal,3\n\"Ops\",9\n,2\n";
    let bad = problems(&canvas(), EntryKind::Stakeholder, Source::Csv, input);
    assert_eq!(bad.len(), 2, "{bad:?}");
    assert_eq!(bad[0], (3, 7, "power: must be from 1 to 5, found \"9\"".into()));
    assert_eq!(bad[1], (4, 1, "a stakeholder needs a name".into()));
}

#[test]
fn unknown_columns_are_named_and_a_missing_needed_one_is_said() {
    let bad = problems(&canvas(), EntryKind::Stakeholder, Source::Csv, "name,colour,size\nA,b,c\n");
    assert_eq!((bad[0].0, bad[0].1), (1, 6));
    assert!(
        bad[0]
            .2
            .starts_with("unknown columns `colour`, `size`: a CSV of stakeholders has the columns canvas_id"),
        "{bad:?}"
    );
    let kumu = problems(&canvas(), EntryKind::Stakeholder, Source::Csv, "Label,Type\nA,b\n");
    assert!(kumu[0].2.contains("--from kumu"), "{kumu:?}");
    let none = problems(&canvas(), EntryKind::Relationship, Source::Csv, "exchange\nx\n");
    assert!(
        none.iter()
            .any(|p| p.2 == "the header has no `from` or `from_name` column: a relationship needs one"),
        "{none:?}"
    );
}

#[test]
fn input_that_is_not_utf8_is_reported_where_it_stops_being_text() {
    let bad = import(&canvas(), EntryKind::Task, Source::Text, b"ok\nab\xff", false).unwrap_err();
    assert_eq!((bad[0].line, bad[0].col), (2, 3));
    let bom =
        import(&canvas(), EntryKind::Task, Source::Csv, "\u{feff}title\nx\n".as_bytes(), false).unwrap();
    assert_eq!(bom.canvas.tasks[0].title, "x", "a spreadsheet's byte-order mark is not part of the header");
}

#[test]
fn kumu_sheets_round_trip_names_kinds_directions_and_connections() {
    let mut c = canvas();
    c.stakeholders[0].kind = Some(StakeholderKind::Group);
    c.stakeholders[1].power = Some(4);
    c.add_relationship(Relationship {
        from: "S1".into(),
        to: "S2".into(),
        exchange: "field problems".into(),
        direction: Some(Direction::TwoWay),
        phases: vec![Phase::Share, Phase::Solve],
        ..Default::default()
    });
    let empty = Canvas::new("empty");
    let people = ok(&empty, EntryKind::Stakeholder, Source::Kumu, &kumu::elements_csv(&c));
    assert_eq!(people.canvas.stakeholders, c.stakeholders);
    let links = ok(&people.canvas, EntryKind::Relationship, Source::Kumu, &kumu::connections_csv(&c));
    assert_eq!(links.canvas.relationships, c.relationships);
}

#[test]
fn kumu_types_directions_and_several_targets_are_understood() {
    let elements = "label,TYPE,Description,Tags\nAcme,Company,supplier,x|y\nJo,Person,,\n";
    let done = ok(&Canvas::new("t"), EntryKind::Stakeholder, Source::Kumu, elements);
    let s = &done.canvas.stakeholders;
    assert_eq!(
        (s[0].kind, s[0].role.as_str(), s[0].notes.as_str()),
        (Some(StakeholderKind::Group), "", "supplier")
    );
    assert_eq!((s[1].kind, s[1].role.as_str()), (Some(StakeholderKind::Individual), ""));
    assert_eq!(done.ignored, ["Tags"]);
    let vendor = ok(&Canvas::new("t"), EntryKind::Stakeholder, Source::Kumu, "Label,Type\nAcme,Vendor\n");
    assert_eq!(vendor.canvas.stakeholders[0].role, "Vendor", "a type that is no kind is kept as the role");

    let connections = "From,To,Type,Direction\nJo,Acme|Bea,orders,directed\n";
    let refused = import(&done.canvas, EntryKind::Relationship, Source::Kumu, connections.as_bytes(), false)
        .unwrap_err();
    assert_eq!((refused[0].line, refused[0].col), (2, 4));
    assert!(refused[0].message.contains("\"Bea\""), "{refused:?}");
    let made =
        import(&done.canvas, EntryKind::Relationship, Source::Kumu, connections.as_bytes(), true).unwrap();
    assert_eq!(made.created, ["Bea"]);
    let r = &made.canvas.relationships;
    assert_eq!(r.len(), 2);
    assert_eq!((r[0].to.as_str(), r[1].to.as_str(), r[1].direction), ("S1", "S3", Some(Direction::OneWay)));
}

#[test]
fn a_sheet_for_the_other_section_is_recognised() {
    let bad = problems(&canvas(), EntryKind::Relationship, Source::Kumu, "Label,Type\nA,b\n");
    assert!(bad[0].2.contains("needs a `From` column: this looks like a Kumu elements sheet"), "{bad:?}");
}

#[test]
fn where_a_csv_stops_being_csv_is_its_only_problem_wherever_it_stops() {
    // Rows with bad values, then a quote never closed: the rows are read one at a time, yet the
    // quote is all that is said, as when the whole input was read before any row.
    let input = "name,power\nLegal,9\n,2\n\"Ops,3\n";
    let bad = problems(&canvas(), EntryKind::Stakeholder, Source::Csv, input);
    assert_eq!(bad.len(), 1, "{bad:?}");
    assert_eq!((bad[0].0, bad[0].1), (4, 1));
    assert!(bad[0].2.contains("never closed"), "{bad:?}");
    // After a header with problems, the rest is still read for where it stops being CSV.
    let bad = problems(&canvas(), EntryKind::Stakeholder, Source::Csv, "name,colour\nA,b\n\"c\n");
    assert_eq!(bad.len(), 1, "{bad:?}");
    assert!(bad[0].2.contains("never closed"), "{bad:?}");
}

#[test]
fn dates_a_french_or_german_spreadsheet_resaved_import_into_a_canvas_in_that_language() {
    let mut fr = canvas();
    fr.language = crate::model::Language::Fr;
    let done =
        ok(&fr, EntryKind::Action, Source::Csv, "titre;échéance\nRelancer;31/12/2026\nAppeler;1/2/2027\n");
    let due: Vec<String> = done.canvas.actions.iter().map(|a| a.due.unwrap().to_string()).collect();
    assert_eq!(due, ["2026-12-31", "2027-02-01"]);
    let mut de = canvas();
    de.language = crate::model::Language::De;
    let done = ok(&de, EntryKind::Action, Source::Csv, "title;due\nAnrufen;31.12.2026\n");
    assert_eq!(done.canvas.actions[0].due.unwrap().to_string(), "2026-12-31");
    // An English canvas reads no date written in numbers: month or day first is not known.
    let bad = problems(&canvas(), EntryKind::Action, Source::Csv, "title,due\nCall,12/31/2026\n");
    assert_eq!(bad[0].2, "due: \"12/31/2026\" could be day/month or month/day: write the date as YYYY-MM-DD");
}

#[test]
fn an_english_canvas_imported_by_a_german_speaker_reads_german_dates() {
    let de = crate::i18n::Tr::new(crate::model::Language::De);
    let input = "title;due\nAnrufen;31.12.2026\n".as_bytes();
    let done = import_in(&canvas(), EntryKind::Action, Source::Csv, input, false, de).unwrap();
    assert_eq!(done.canvas.actions[0].due.unwrap().to_string(), "2026-12-31");
}

#[test]
fn a_french_sheets_problems_name_its_columns_and_values_in_french() {
    let fr = crate::i18n::Tr::new(crate::model::Language::Fr);
    let input = "nom;pouvoir;posture\nJuridique;9;fan\n".as_bytes();
    let bad = import_in(&canvas(), EntryKind::Stakeholder, Source::Csv, input, false, fr).unwrap_err();
    let said: Vec<&str> = bad.iter().map(|p| p.message.as_str()).collect();
    assert!(said[0].starts_with("pouvoir\u{a0}: doit aller de 1 à 5"), "{said:?}");
    assert!(said[1].starts_with("posture\u{a0}: ") && said[1].contains("ambassadeur, "), "{said:?}");
    // In English, the format's names as before.
    let input = "name,power\nLegal,9\n".as_bytes();
    let bad = import(&canvas(), EntryKind::Stakeholder, Source::Csv, input, false).unwrap_err();
    assert_eq!(bad[0].message, "power: must be from 1 to 5, found \"9\"");
}

#[test]
fn every_problem_names_the_column_as_the_sheet_heads_it_in_any_language() {
    use crate::model::Language;
    let fr = crate::i18n::Tr::new(Language::Fr);
    let de = crate::i18n::Tr::new(Language::De);
    let said = |kind, source, input: &str, tr| {
        let bad = import_in(&canvas(), kind, source, input.as_bytes(), false, tr).unwrap_err();
        bad.into_iter().map(|p| p.message).collect::<Vec<_>>()
    };
    // Kumu's sheets are headed in English whatever the language: the problem says `Power`.
    let kumu = said(EntryKind::Stakeholder, Source::Kumu, "Label,Power\nLegal,9\n,2\n", fr);
    assert!(kumu[0].starts_with("Power\u{a0}: doit aller de 1 à 5"), "{kumu:?}");
    assert!(kumu[1].contains("Label") && !kumu[1].contains("name"), "{kumu:?}");
    let links = said(EntryKind::Relationship, Source::Kumu, "From,To\nField engineers,Nobody|Ops\n", de);
    assert!(links.iter().all(|m| m.starts_with("To: ")), "{links:?}");
    // A French sheet's missing name is its `nom`; a German one's `Name`.
    let csv = said(EntryKind::Stakeholder, Source::Csv, "nom;pouvoir\n;3\n", fr);
    assert!(csv[0].contains("nom") && !csv[0].contains("name"), "{csv:?}");
    let csv = said(EntryKind::Action, Source::Csv, "Titel;Verantwortlich\n;Bea\n", de);
    assert!(csv[0].contains("Titel") && !csv[0].contains("title"), "{csv:?}");
    // An English sheet read in French names its own `from`; a sheet with no name column is told
    // the French header to add.
    let links = said(EntryKind::Relationship, Source::Csv, "from,to\nNobody,S1\n", fr);
    assert!(links[0].starts_with("from\u{a0}: "), "{links:?}");
    let headless = said(EntryKind::Stakeholder, Source::Csv, "pouvoir\n3\n", fr);
    assert!(headless[0].contains("`nom`") && !headless[0].contains("`name`"), "{headless:?}");
}
