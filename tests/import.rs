//! `cvc import` from a list, a CSV and Kumu's sheets, through the real binary: what is added, that a
//! bad row leaves the canvas byte for byte as it was, and round trips through the exports.

use crate::common;

use common::{Sandbox, shipped};
use cvc::model::{Canvas, EntryKind};

/// A sandbox with an empty canvas `plan.ron` in it.
fn with_canvas() -> Sandbox {
    let s = Sandbox::new();
    assert_eq!(s.cvc(&["new", "plan.ron", "--title", "Plan"]).code, 0);
    s
}

fn load(s: &Sandbox) -> Canvas {
    cvc::store::load(&s.path("plan.ron")).unwrap()
}

/// Runs a bad import and checks that it changed nothing and named the place: returns stderr.
fn refused(s: &Sandbox, args: &[&str], input: &[u8], place: &str) -> String {
    let before = std::fs::read(s.path("plan.ron")).unwrap();
    let backup = std::fs::read(s.path("plan.ron.bak")).ok();
    let run = s.cvc_with_input(args, input);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.starts_with("nothing was imported into plan.ron"), "{}", run.stderr);
    assert!(run.stderr.contains(place), "expected {place} in: {}", run.stderr);
    assert_eq!(std::fs::read(s.path("plan.ron")).unwrap(), before, "the canvas is byte for byte as it was");
    assert_eq!(std::fs::read(s.path("plan.ron.bak")).ok(), backup, "not even a backup was written");
    run.stderr
}

#[test]
fn a_list_from_a_file_or_stdin_adds_one_entry_a_line_with_new_ids() {
    let s = with_canvas();
    s.write("people.txt", "Field engineers\n\n- Service desk\n  \nHead of Service\n");
    let run = s.cvc(&["import", "plan.ron", "--section", "stakeholders", "people.txt"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout.trim(), "added 3 stakeholders to plan.ron (S1–S3)");
    let c = load(&s);
    let names: Vec<&str> = c.stakeholders.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Field engineers", "Service desk", "Head of Service"]);
    assert!(s.path("plan.ron.bak").exists(), "the first save keeps the previous file, as every save does");

    let run =
        s.cvc_with_input(&["import", "plan.ron", "--section", "actions", "-"], b"We will answer in 24h\r\n");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(load(&s).actions[0].title, "We will answer in 24h");
    let links = "Field engineers -> Service desk: field problems\n";
    let run = s.cvc_with_input(&["import", "plan.ron", "--section", "relationships", "-"], links.as_bytes());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let r = &load(&s).relationships[0];
    assert_eq!(
        (r.id.as_str(), r.from.as_str(), r.to.as_str(), r.exchange.as_str()),
        ("R1", "S1", "S2", "field problems")
    );

    let nothing = s.cvc_with_input(&["import", "plan.ron", "--section", "tasks", "-"], b"\n\n");
    assert_eq!(nothing.code, 0);
    assert!(nothing.stderr.contains("nothing to import"), "{}", nothing.stderr);
}

#[test]
fn a_csv_named_by_the_file_fields_sets_them_and_a_bad_row_adds_nothing() {
    let s = with_canvas();
    let good = "name,kind,power,interest,stance,notes\nLegal,group,4,2,Sceptic,\"slow, careful\"\nOps,,,,,\n";
    s.write("people.csv", good);
    let run = s.cvc(&["import", "plan.ron", "--section", "stakeholders", "people.csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let c = load(&s);
    assert_eq!(c.stakeholders.len(), 2);
    let legal = &c.stakeholders[0];
    assert_eq!((legal.power, legal.interest, legal.notes.as_str()), (Some(4), Some(2), "slow, careful"));

    s.write("bad.csv", "name,power\nA,3\nB,9\n\"C\nD\",x\n");
    let err = refused(
        &s,
        &["import", "plan.ron", "--section", "stakeholders", "bad.csv"],
        b"",
        "bad.csv:3:3: power",
    );
    assert!(err.contains("2 problems in bad.csv"), "{err}");
    assert!(
        err.contains("bad.csv:5:4: power: must be from 1 to 5, found \"x\""),
        "after a quoted line break: {err}"
    );

    s.write("odd.csv", "name,colour,size\nA,red,big\n");
    let err =
        refused(&s, &["import", "plan.ron", "--section", "stakeholders", "odd.csv"], b"", "odd.csv:1:6:");
    assert!(err.contains("unknown columns `colour`, `size`"), "{err}");
}

#[test]
fn every_section_exported_as_csv_imports_back_as_the_same_entries() {
    let s = with_canvas();
    let file = shipped("acme-2026-11");
    let source = cvc::store::load(&file).unwrap();
    for section in ["stakeholders", "relationships", "tasks", "actions"] {
        let out = format!("{section}.csv");
        let run =
            s.cvc(&["export", file.to_str().unwrap(), "--format", "csv", "--section", section, "-o", &out]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let run = s.cvc(&["import", "plan.ron", "--section", section, &out]);
        assert_eq!(run.code, 0, "{section}: {}", run.stderr);
    }
    let c = load(&s);
    let without_ids = |c: &Canvas, kind: EntryKind| -> Vec<String> {
        (0..c.len_of(kind))
            .map(|i| {
                let fields = cvc::diff::entry_fields(c, &c.names(), kind, i);
                // A CSV row holds one value per field; an indicator's dated readings are a list and
                // stay in the canvas file (and its JSON).
                fields
                    .iter()
                    .filter(|(n, _)| *n != "readings")
                    .map(|(n, v)| format!("{n}={v}"))
                    .collect::<Vec<_>>()
                    .join("; ")
            })
            .collect()
    };
    for kind in EntryKind::ALL {
        assert_eq!(without_ids(&c, kind), without_ids(&source, kind), "{kind:?}");
    }
}

/// An entry's fields as the comparison sees them, without its id and its dated readings (a CSV
/// row holds one value per field).
fn fields_without_ids(c: &Canvas, kind: EntryKind) -> Vec<String> {
    (0..c.len_of(kind))
        .map(|i| {
            let fields = cvc::diff::entry_fields(c, &c.names(), kind, i);
            let kept = fields.iter().filter(|(n, _)| *n != "readings");
            kept.map(|(n, v)| format!("{n}={v}")).collect::<Vec<_>>().join("; ")
        })
        .collect()
}

#[test]
fn a_french_or_german_csv_opens_in_a_spreadsheet_and_imports_back_as_the_same_entries() {
    let file = shipped("acme-2026-11");
    let source = cvc::store::load(&file).unwrap();
    let header = [
        ("fr", "identifiant du canevas;organisation;révision;date;identifiant;titre;responsable"),
        ("de", "Canvas-ID;Organisation;Version;Datum;ID;Titel;Verantwortlich"),
    ];
    for (lang, starts) in header {
        let s = with_canvas();
        for section in ["stakeholders", "relationships", "tasks", "actions"] {
            let out = format!("{section}.csv");
            let args =
                ["export", file.to_str().unwrap(), "--format", "csv", "--lang", lang, "--section", section];
            let run = s.cvc(&[&args[..], &["-o", &out]].concat());
            assert_eq!(run.code, 0, "{}", run.stderr);
            let bytes = std::fs::read(s.path(&out)).unwrap();
            let text = std::str::from_utf8(&bytes).unwrap();
            let body = text.strip_prefix('\u{feff}').expect("a byte-order mark first, for Excel");
            // What a spreadsheet set to French or German reads: `;` between cells.
            let mut reader = csv::ReaderBuilder::new().delimiter(b';').from_reader(body.as_bytes());
            let names: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
            let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
            assert!(rows.iter().all(|r| r.len() == names.len()), "{lang} {section}: clean columns");
            assert!(
                !names.iter().any(|n| ["title", "name", "owner", "from"].contains(&n.as_str())),
                "{names:?}"
            );
            if section == "actions" {
                assert!(body.starts_with(starts), "{lang}: {}", &body[..120]);
            }
            let run = s.cvc(&["import", "plan.ron", "--section", section, &out]);
            assert_eq!(run.code, 0, "{lang} {section}: {}", run.stderr);
        }
        let c = load(&s);
        for kind in EntryKind::ALL {
            assert_eq!(fields_without_ids(&c, kind), fields_without_ids(&source, kind), "{lang} {kind:?}");
        }
    }
    let s = with_canvas();
    let run =
        s.cvc(&["export", file.to_str().unwrap(), "--format", "csv", "--lang", "fr", "--csv-dialect", "rfc"]);
    assert!(run.stdout.starts_with("identifiant du canevas,organisation,"), "{}", run.stdout);
    let run = s.cvc(&["export", file.to_str().unwrap(), "--format", "csv", "--csv-dialect", "excel-fr"]);
    assert!(run.stdout.starts_with("\u{feff}canvas_id;organisation;"), "English names, Excel's dialect");
    let run = s.cvc(&["export", file.to_str().unwrap(), "--lang", "de"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("## Zusammenfassung"), "the plan in German");
    let run = s.cvc(&["export", file.to_str().unwrap(), "--csv-dialect", "excel-fr"]);
    assert_eq!(run.code, 2, "a dialect without a CSV is said, not ignored");
}

#[test]
fn a_kumu_map_round_trips_into_an_empty_canvas_with_the_same_names_and_connections() {
    let s = with_canvas();
    let file = shipped("acme-2026-11");
    let source = cvc::store::load(&file).unwrap();
    let f = file.to_str().unwrap();
    let run = s.cvc(&[
        "export",
        f,
        "--format",
        "csv",
        "--section",
        "relationships",
        "--kumu",
        "-o",
        "connections.csv",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);

    let err = refused(
        &s,
        &["import", "plan.ron", "--section", "relationships", "--from", "kumu", "connections.csv"],
        b"",
        "connections.csv:2:1:",
    );
    assert!(err.contains("--create-missing"), "{err}");

    let args = [
        "import",
        "plan.ron",
        "--section",
        "relationships",
        "--from",
        "kumu",
        "--create-missing",
        "connections.csv",
    ];
    let run = s.cvc(&args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("created"), "{}", run.stdout);
    let c = load(&s);
    let links = |c: &Canvas| -> Vec<(String, String, String, Option<cvc::model::Direction>)> {
        let mut v: Vec<_> = c
            .relationships
            .iter()
            .map(|r| {
                (
                    c.stakeholder_name(&r.from).into(),
                    c.stakeholder_name(&r.to).into(),
                    r.exchange.clone(),
                    r.direction,
                )
            })
            .collect();
        v.sort();
        v
    };
    assert_eq!(links(&c), links(&source), "same names, same connections");
    let linked: std::collections::BTreeSet<&str> = source
        .relationships
        .iter()
        .flat_map(|r| [source.stakeholder_name(&r.from), source.stakeholder_name(&r.to)])
        .collect();
    let made: std::collections::BTreeSet<&str> = c.stakeholders.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(made, linked, "a stakeholder for each name the connections use");
}

#[test]
fn kumu_elements_then_connections_rebuild_the_stakeholders_and_the_map() {
    let s = with_canvas();
    let file = shipped("acme-2026-11");
    let source = cvc::store::load(&file).unwrap();
    let f = file.to_str().unwrap();
    for (section, out) in [("stakeholders", "elements.csv"), ("relationships", "connections.csv")] {
        let run = s.cvc(&["export", f, "--format", "csv", "--section", section, "--kumu", "-o", out]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let run = s.cvc(&["import", "plan.ron", "--section", section, "--from", "kumu", out]);
        assert_eq!(run.code, 0, "{section}: {}", run.stderr);
        assert!(!run.stdout.contains("created"), "every name was there: {}", run.stdout);
    }
    let c = load(&s);
    let people = |c: &Canvas| {
        c.stakeholders
            .iter()
            .map(|p| {
                let mut p = p.clone();
                p.id.clear();
                p
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(people(&c), people(&source));
    for (a, b) in c.relationships.iter().zip(source.relationships.iter()) {
        assert_eq!(c.stakeholder_name(&a.from), source.stakeholder_name(&b.from));
        assert_eq!(
            (&a.exchange, a.health, a.strength, &a.phases),
            (&b.exchange, b.health, b.strength, &b.phases)
        );
    }
    assert_eq!(c.relationships.len(), source.relationships.len());
}

#[test]
fn kumu_sheets_made_elsewhere_are_read_by_their_headers() {
    let s = with_canvas();
    let elements = "Label,Type,Description,Tags,Image\nAcme,Company,\"supplier, since 2019\",vendor|key,\nJo,Person,,,\n";
    let run = s.cvc_with_input(
        &["import", "plan.ron", "--section", "stakeholders", "--from", "kumu", "-"],
        elements.as_bytes(),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("cvc keeps nothing of the columns Tags, Image"), "{}", run.stderr);
    let bad = "From,To,Type,Direction\nJo,Acme,orders,sideways\n";
    let err = refused(
        &s,
        &["import", "plan.ron", "--section", "relationships", "--from", "kumu", "-"],
        bad.as_bytes(),
        "stdin:2:16: Direction",
    );
    assert!(err.contains("sideways"), "{err}");
    let tasks = s.cvc_with_input(
        &["import", "plan.ron", "--section", "tasks", "--from", "kumu", "-"],
        elements.as_bytes(),
    );
    assert_eq!(tasks.code, 2);
    assert!(tasks.stderr.contains("a Kumu sheet holds stakeholders"), "{}", tasks.stderr);
}

#[test]
fn input_that_is_not_text_or_is_the_canvas_itself_is_refused() {
    let s = with_canvas();
    refused(
        &s,
        &["import", "plan.ron", "--section", "tasks", "-"],
        b"fine\nnot \xff text\n",
        "stdin:2:5: the input is not UTF-8 text",
    );
    let before = std::fs::read(s.path("plan.ron")).unwrap();
    let itself = s.cvc(&["import", "plan.ron", "--section", "tasks", "plan.ron"]);
    assert_eq!(itself.code, 2);
    assert!(itself.stderr.contains("is the canvas itself"), "{}", itself.stderr);
    let missing = s.cvc(&["import", "plan.ron", "--section", "tasks", "nowhere.txt"]);
    assert_eq!(missing.code, 2);
    assert!(missing.stderr.contains("nowhere.txt"), "{}", missing.stderr);
    assert_eq!(std::fs::read(s.path("plan.ron")).unwrap(), before);
}

#[test]
fn a_header_of_thirty_thousand_columns_is_refused_in_one_short_line() {
    let s = Sandbox::new();
    let canvas = s.write("c.ron", std::fs::read_to_string(shipped("acme-2026-11")).unwrap());
    let mut wide = String::from("title");
    for i in 0..30_000 {
        wide.push_str(&format!(",col{i}"));
    }
    wide.push('\n');
    wide.push_str(&"x,".repeat(30_000));
    wide.push_str("x\n");
    let csv = s.write("wide.csv", wide);
    let run = s.cvc(&[
        "import",
        &canvas.to_string_lossy(),
        "--section",
        "tasks",
        "--from",
        "csv",
        &csv.to_string_lossy(),
    ]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("and 29990 more"), "{}", &run.stderr[..run.stderr.len().min(400)]);
    assert!(run.stderr.len() < 2_000, "one short line, not 30,000 names: {} bytes", run.stderr.len());
}

#[test]
fn import_counts_in_the_language_asked_for_with_its_plural_rules() {
    let s = with_canvas();
    s.write("one.txt", "Field engineers\n");
    let run = s.cvc(&["--lang", "fr", "import", "plan.ron", "--section", "stakeholders", "one.txt"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout.trim(), "1 partie prenante ajoutée à plan.ron (S1)");
    s.write("two.txt", "We will call\nWe will write\n");
    let run = s.cvc(&["--lang", "de", "import", "plan.ron", "--section", "actions", "two.txt"]);
    assert_eq!(run.stdout.trim(), "2 Maßnahmen zu plan.ron hinzugefügt (A1–A2)", "{}", run.stderr);
    s.write("bad.csv", "name,power\nA,9\n");
    let run = s.cvc(&["--lang", "fr", "import", "plan.ron", "--section", "stakeholders", "bad.csv"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.starts_with("rien n'a été importé dans plan.ron\u{a0}: un problème dans bad.csv"),
        "{}",
        run.stderr
    );
    let run = s.cvc(&["import", "plan.ron", "--section", "stakeholders", "bad.csv"]);
    assert!(
        run.stderr.starts_with("nothing was imported into plan.ron: a problem in bad.csv"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_problems_line_by_line_are_said_in_the_language_asked_for() {
    let s = with_canvas();
    s.write("bad.csv", "name,power,kind,colour\nA,9,group,red\n\"B,1\n");
    let lines = |lang: &str| {
        let run = s.cvc(&["--lang", lang, "import", "plan.ron", "--section", "stakeholders", "bad.csv"]);
        assert_eq!(run.code, 2, "{}", run.stderr);
        run.stderr
    };
    // The table stops at the open quote first: nothing else is read.
    let (en, fr, de) = (lines("en"), lines("fr"), lines("de"));
    assert!(en.contains("bad.csv:3:1: a quoted cell is never closed: a `\"` is missing"), "{en}");
    assert!(
        fr.contains("bad.csv:3:1: une cellule entre guillemets n'est jamais fermée\u{a0}: il manque"),
        "{fr}"
    );
    assert!(de.contains("bad.csv:3:1: eine Zelle in Anführungszeichen wird nie geschlossen"), "{de}");
    s.write("bad.csv", "name,power,colour\nA,9,red\n");
    let (en, fr, de) = (lines("en"), lines("fr"), lines("de"));
    assert!(
        en.contains("bad.csv:1:12: unknown column `colour`: a CSV of stakeholders has the columns"),
        "{en}"
    );
    assert!(
        fr.contains("bad.csv:1:12: colonne inconnue `colour`\u{a0}: un CSV de parties prenantes a les colonnes identifiant du canevas, organisation"),
        "{fr}"
    );
    assert!(de.contains("bad.csv:1:12: unbekannte Spalte `colour`: Eine CSV-Datei mit Stakeholdern hat die Spalten Canvas-ID"), "{de}");
    s.write("bad.csv", "name,power\nA,9\n");
    let (en, fr, de) = (lines("en"), lines("fr"), lines("de"));
    assert!(en.contains("bad.csv:2:3: power: must be from 1 to 5, found \"9\""), "{en}");
    assert!(fr.contains("bad.csv:2:3: power\u{a0}: doit aller de 1 à 5, trouvé «\u{a0}9\u{a0}»"), "{fr}");
    assert!(de.contains("bad.csv:2:3: power: muss zwischen 1 und 5 liegen, gefunden: „9“"), "{de}");
    s.write("links.txt", "nobody at all\n");
    let run = s.cvc(&["--lang", "de", "import", "plan.ron", "--section", "relationships", "links.txt"]);
    assert!(run.stderr.contains("links.txt:1:1: `FROM -> TO` erwartet"), "{}", run.stderr);
    let run =
        s.cvc(&["--lang", "fr", "import", "plan.ron", "--section", "tasks", "--from", "kumu", "links.txt"]);
    assert!(run.stderr.contains("une feuille Kumu contient des parties prenantes"), "{}", run.stderr);
}
