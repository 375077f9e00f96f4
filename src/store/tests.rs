use std::path::Path;

use super::*;
use crate::model::{Canvas, Stakeholder, Task, default_agenda};

/// The example of DESIGN.md §4, exactly as written there.
pub const DESIGN_EXAMPLE: &str = include_str!("../../tests/data/design-example.ron");

/// The same example as format 1 wrote it, before readings, business lines and the parking lot.
const FORMAT_1: &str = include_str!("../../tests/data/format-1.ron");

/// The same example as format 2 wrote it, before the language, the inbox, held dates, the
/// baseline's date, cost and gain.
const FORMAT_2: &str = include_str!("../../tests/data/format-2.ron");

fn parse(text: &str) -> Result<Canvas, FileError> {
    parse_str(Path::new("t.ron"), text)
}

#[test]
fn the_design_example_loads_as_written() {
    let c = parse(DESIGN_EXAMPLE).unwrap();
    assert_eq!(c.id, "c7f3a9e2");
    assert_eq!(c.stakeholders.len(), 2);
    assert_eq!(c.actions[0].indicator.as_ref().unwrap().target, "24 hours");
    assert_eq!(c.next_ids.stakeholder, 3);
    let a = &c.actions[0];
    let ind = a.indicator.as_ref().unwrap();
    assert_eq!(
        (a.business_line.as_str(), a.benefit.as_str()),
        ("Field service", "about 1,200 engineer-hours a year")
    );
    assert_eq!(ind.unit, "hours");
    assert_eq!(
        ind.latest().map(|r| (r.value.as_str(), r.note.as_str())),
        Some(("30 hours", "desk rota started"))
    );
    assert_eq!(c.stakeholders[1].desired, Some(crate::model::Stance::Champion));
    assert_eq!(c.parking, ["Who pays for the platform licence after 2027?"]);
    assert_eq!(c.language, crate::model::Language::En);
    let held: Vec<String> = c.tasks[0].held.iter().map(ToString::to_string).collect();
    assert_eq!(held, ["2026-11-27", "2026-12-04"]);
    assert_eq!(ind.baseline_date.map(|d| d.to_string()).as_deref(), Some("2026-11-15"));
    assert_eq!((a.cost.as_str(), a.gain.as_str()), ("8000 EUR", "60000 EUR"));
    let idea = &c.inbox[0];
    assert_eq!(idea.section, crate::model::IdeaSection::Stakeholders);
    assert_eq!((idea.text.as_str(), idea.from.as_str()), ("Night-shift dispatchers", ""));
    assert_eq!(idea.at.to_string(), "2026-11-22T10:41:07");
}

#[test]
fn a_format_2_file_loads_unchanged_and_is_saved_as_format_3() {
    let c = parse(FORMAT_2).unwrap();
    assert_eq!(c.language, crate::model::Language::En);
    assert!(c.inbox.is_empty() && c.tasks[0].held.is_empty());
    let a = &c.actions[0];
    assert!(a.cost.is_empty() && a.gain.is_empty() && a.indicator.as_ref().unwrap().baseline_date.is_none());
    assert_eq!(a.benefit, "about 1,200 engineer-hours a year");
    let text = to_ron(&c);
    assert!(text.contains("\n    format: 3,\n") && text.contains("\n    language: \"en\",\n"), "{text}");
    let mut again = parse(&text).unwrap();
    assert_eq!(again, c);
    again.format = 2;
    assert_eq!(to_ron(&again).replace("format: 2,", "format: 3,"), text, "only the number moves");
}

#[test]
fn the_language_is_one_of_three_and_an_unknown_one_is_named() {
    let c = parse("Canvas(format: 3, language: \"fr\")").unwrap();
    assert_eq!(c.language, crate::model::Language::Fr);
    assert!(to_ron(&c).contains("language: \"fr\""));
    let err = parse("Canvas(\n  format: 3,\n  language: \"nl\",\n)").unwrap_err();
    let line = &err.lines()[0];
    assert!(
        line.starts_with("t.ron:3:") && line.contains("unknown language \"nl\": expected en, fr or de"),
        "{line}"
    );
}

#[test]
fn an_idea_needs_a_real_local_time_and_a_known_section() {
    let idea = |at: &str, section: &str| {
        parse(&format!("Canvas(format: 3, inbox: [Idea(section: {section}, text: \"x\", at: \"{at}\")])"))
    };
    assert!(idea("2026-11-22T10:41:07", "Parking").is_ok());
    let err = idea("2026-11-22T25:00:00", "Parking").unwrap_err();
    assert!(err.lines()[0].contains("\"2026-11-22T25:00:00\" is not a real time"), "{err}");
    let err = idea("2026-11-22 10:41", "Parking").unwrap_err();
    assert!(err.lines()[0].contains("expected a date and time as YYYY-MM-DDTHH:MM:SS"), "{err}");
    let err = idea("2026-11-22T10:41:07", "Agenda").unwrap_err();
    assert!(err.lines()[0].contains("unknown value `Agenda`") && err.lines()[0].contains("Parking"), "{err}");
    let err = parse("Canvas(format: 3, inbox: [Idea(section: Tasks, text: \"x\")])").unwrap_err();
    assert!(err.lines()[0].contains("missing field `at`"), "{err}");
}

#[test]
fn held_dates_out_of_order_are_put_in_order() {
    let c = parse(
        "Canvas(format: 3, tasks: [(id: \"T1\", title: \"x\", held: [\"2027-03-01\", \"2027-01-01\"])])",
    )
    .unwrap();
    let held: Vec<String> = c.tasks[0].held.iter().map(ToString::to_string).collect();
    assert_eq!(held, ["2027-01-01", "2027-03-01"]);
    let err =
        parse("Canvas(format: 3, tasks: [(id: \"T1\", title: \"x\", held: [\"2027-02-30\"])])").unwrap_err();
    assert!(err.lines()[0].contains("\"2027-02-30\" is not a real date"), "{err}");
}

#[test]
fn a_format_1_file_loads_unchanged_and_is_saved_as_format_3() {
    let c = parse(FORMAT_1).unwrap();
    assert_eq!(c.actions[0].indicator.as_ref().unwrap().target, "24 hours");
    assert!(c.parking.is_empty() && c.actions[0].business_line.is_empty());
    let text = to_ron(&c);
    assert!(text.contains("\n    format: 3,\n"), "{text}");
    let mut again = parse(&text).unwrap();
    assert_eq!(again, c);
    again.format = 1;
    assert_eq!(to_ron(&again).replace("format: 1,", "format: 3,"), text, "only the number moves");
}

#[test]
fn readings_out_of_date_order_are_put_in_order_and_a_day_keeps_its_order() {
    let text = "Canvas(format: 2, actions: [(id: \"A1\", title: \"x\", indicator: (readings: [\
        (date: \"2027-03-01\", value: \"3\"), (date: \"2027-01-01\", value: \"1\"),\
        (date: \"2027-03-01\", value: \"4\", note: \"correction\")]))])";
    let c = parse(text).unwrap();
    let values: Vec<_> =
        c.actions[0].indicator.as_ref().unwrap().readings.iter().map(|r| r.value.as_str()).collect();
    assert_eq!(values, ["1", "3", "4"]);
}

#[test]
fn a_reading_without_a_date_is_named() {
    let err = parse(
        "Canvas(format: 2, actions: [(id: \"A1\", title: \"x\",\n indicator: (readings: [(value: \"3\")]))])",
    )
    .unwrap_err();
    assert!(
        err.lines()[0].starts_with("t.ron:2:") && err.lines()[0].contains("missing field `date`"),
        "{err}"
    );
}

#[test]
fn save_then_load_gives_the_same_canvas_and_the_same_bytes() {
    let c = parse(DESIGN_EXAMPLE).unwrap();
    let text = to_ron(&c);
    let again = parse(&text).unwrap();
    assert_eq!(again, c);
    assert_eq!(to_ron(&again), text);
}

#[test]
fn the_writer_leaves_out_empty_optional_fields() {
    let mut c = Canvas::new("t");
    c.add_stakeholder(Stakeholder { name: "Only a name".into(), ..Default::default() });
    let text = to_ron(&c);
    assert!(text.starts_with("#![enable(implicit_some)]\nCanvas(\n"));
    for absent in ["role:", "power:", "notes:", "stance:", "date:", "organisation:"] {
        assert!(!text.contains(absent), "{absent} written in\n{text}");
    }
    assert!(!text.contains('\r'));
}

#[test]
fn every_shipped_canvas_loads_and_is_written_as_the_writer_would() {
    for shipped in SHIPPED {
        let c = shipped.canvas().unwrap_or_else(|e| panic!("{e}"));
        let body: String =
            shipped.text.lines().filter(|l| !l.starts_with("//")).map(|l| format!("{l}\n")).collect();
        if shipped.name != "short-90" {
            assert_eq!(to_ron(&c), body, "{} is not in the writer's form", shipped.name);
        }
    }
    let blank = ShippedCanvas::find("blank").unwrap().canvas().unwrap();
    assert_eq!(blank.agenda, default_agenda());
    let short = ShippedCanvas::find("short-90").unwrap().canvas().unwrap();
    assert_eq!(crate::model::planned_minutes(&short.agenda), 90);
}

#[test]
fn a_file_without_agenda_or_counters_gets_defaults_above_its_ids() {
    let c = parse("Canvas(format: 1, stakeholders: [(id: \"S4\", name: \"x\")])").unwrap();
    assert_eq!(c.agenda, default_agenda());
    assert_eq!(c.next_ids.stakeholder, 5);
    assert_eq!(c.revision, 1);
}

#[test]
fn counters_below_ids_in_use_are_raised() {
    let c = parse("Canvas(format: 1, tasks: [(id: \"T9\", title: \"x\")], next_ids: (task: 2))").unwrap();
    assert_eq!(c.next_ids.task, 10);
}

#[test]
fn a_newer_format_is_refused_naming_both_numbers() {
    let err = parse("Canvas(format: 4, whatever_new: 1)").unwrap_err();
    let line = &err.lines()[0];
    assert!(line.starts_with("t.ron:1:16: the file has format 4, newer than the format 3"), "{line}");
}

#[test]
fn errors_name_line_column_and_what_was_expected() {
    let err = parse("Canvas(\n  format: 1,\n  stakeholders: [(id: \"S1\", name: \"x\", stance: Friend)],\n)")
        .unwrap_err();
    let line = &err.lines()[0];
    assert!(line.starts_with("t.ron:3:"), "{line}");
    assert!(line.contains("unknown value `Friend`") && line.contains("Champion, Supporter"), "{line}");
}

#[test]
fn a_missing_format_is_named() {
    let err = parse("Canvas(title: \"x\")").unwrap_err();
    assert!(err.lines()[0].contains("missing field `format`"), "{err}");
}

#[cfg(unix)]
#[test]
fn the_first_save_keeps_the_old_file_itself_as_the_backup_and_puts_a_new_one_in_its_place() {
    use std::os::unix::fs::MetadataExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.ron");
    std::fs::write(&path, DESIGN_EXAMPLE).unwrap();
    std::fs::write(backup_path(&path), "an older session's backup").unwrap();
    let old = std::fs::metadata(&path).unwrap().ino();
    let mut doc = Document::open(&path).unwrap();
    doc.canvas.title = "changed".into();
    doc.save().unwrap();
    let backup = std::fs::metadata(backup_path(&path)).unwrap();
    assert_eq!(backup.ino(), old, "the old file under the backup's name: nothing copied");
    assert_eq!(backup.nlink(), 1, "the canvas is a new file, not another name of the backup");
    assert_ne!(std::fs::metadata(&path).unwrap().ino(), old);
    // Writing into the canvas now does not reach the backup.
    std::fs::write(&path, "edited elsewhere").unwrap();
    assert_eq!(std::fs::read_to_string(backup_path(&path)).unwrap(), DESIGN_EXAMPLE);
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(left.len(), 2, "no temporary file left: {left:?}");
}

#[cfg(unix)]
#[test]
fn a_canvas_with_another_name_gets_a_backup_of_its_own() {
    use std::os::unix::fs::MetadataExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.ron");
    std::fs::write(&path, DESIGN_EXAMPLE).unwrap();
    let other = dir.path().join("shared.ron");
    std::fs::hard_link(&path, &other).unwrap();
    let mut doc = Document::open(&path).unwrap();
    doc.canvas.title = "changed".into();
    doc.save().unwrap();
    let backup = std::fs::metadata(backup_path(&path)).unwrap();
    assert_ne!(backup.ino(), std::fs::metadata(&other).unwrap().ino(), "a copy, not a third name");
    // Writing through the other name does not reach the backup.
    std::fs::write(&other, "edited elsewhere").unwrap();
    assert_eq!(std::fs::read_to_string(backup_path(&path)).unwrap(), DESIGN_EXAMPLE);
}

#[test]
fn saving_keeps_a_backup_and_refuses_a_file_changed_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.ron");
    std::fs::write(&path, DESIGN_EXAMPLE).unwrap();
    let mut doc = Document::open(&path).unwrap();
    doc.canvas.title = "changed".into();
    doc.save().unwrap();
    assert_eq!(std::fs::read_to_string(backup_path(&path)).unwrap(), DESIGN_EXAMPLE);
    assert_eq!(load(&path).unwrap().title, "changed");

    doc.canvas.title = "second".into();
    doc.save().unwrap();
    assert_eq!(
        std::fs::read_to_string(backup_path(&path)).unwrap(),
        DESIGN_EXAMPLE,
        "backup is from the session start"
    );

    std::fs::write(&path, "edited elsewhere").unwrap();
    doc.canvas.title = "third".into();
    assert_eq!(doc.save(), Err(SaveError::ChangedOnDisk(path.clone())));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "edited elsewhere");

    let other = dir.path().join("elsewhere.ron");
    doc.save_as(&other).unwrap();
    assert_eq!(load(&other).unwrap().title, "third");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "edited elsewhere");
}

#[test]
fn reload_takes_the_file_as_it_is_now() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.ron");
    std::fs::write(&path, DESIGN_EXAMPLE).unwrap();
    let mut doc = Document::open(&path).unwrap();
    std::fs::write(&path, DESIGN_EXAMPLE.replace("Acme intranet", "Beta intranet")).unwrap();
    assert!(doc.changed_on_disk().unwrap());
    doc.reload().unwrap();
    assert!(doc.canvas.title.starts_with("Beta"));
    doc.save().unwrap();
}

#[test]
fn an_atomic_save_leaves_no_temporary_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("n.ron");
    let mut doc = Document::create(&path, Canvas::new("x"));
    doc.save().unwrap();
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names, vec![std::ffi::OsString::from("n.ron")]);
}

#[test]
fn write_new_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("n.ron");
    write_new(&path, b"first").unwrap();
    assert!(write_new(&path, b"second").is_err());
    assert_eq!(std::fs::read(&path).unwrap(), b"first");
}

#[test]
fn saving_into_a_missing_folder_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no/such/n.ron");
    let err = write_new(&path, b"x").unwrap_err();
    assert!(err.lines()[0].contains("folder"), "{err}");
}

#[test]
fn two_documents_saving_one_file_at_once_never_both_win() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.ron");
    for round in 0..40 {
        std::fs::write(&path, DESIGN_EXAMPLE).unwrap();
        let mut docs = [Document::open(&path).unwrap(), Document::open(&path).unwrap()];
        for (i, d) in docs.iter_mut().enumerate() {
            d.canvas.title = format!("writer {i} round {round}");
        }
        let results: Vec<_> = std::thread::scope(|s| {
            let handles: Vec<_> = docs.iter_mut().map(|d| s.spawn(move || d.save())).collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        let wins = results.iter().filter(|r| r.is_ok()).count();
        assert_eq!(wins, 1, "round {round}: {results:?}");
        let title = load(&path).unwrap().title;
        assert!(title.ends_with(&format!("round {round}")));
    }
}

#[test]
fn the_pieces_make_the_file_to_ron_writes_and_only_changes_are_written_again() {
    let mut c = Canvas::new("t");
    for i in 0..50 {
        c.add_stakeholder(Stakeholder {
            name: format!("S {i}\n\"q\""),
            power: Some(3),
            ..Default::default()
        });
        c.add_task(Task { title: format!("T {i}"), ..Default::default() });
    }
    let mut cache = RonCache::new();
    assert_eq!(cache.text(&c), to_ron(&c));
    assert_eq!(cache.fresh, 100);
    c.tasks[7].title.push('!');
    c.add_task(Task { title: "new".into(), ..Default::default() });
    assert_eq!(cache.text(&c), to_ron(&c));
    assert_eq!(cache.fresh, 2, "the changed task and the new one");
    c.agenda[0].spent_secs += 30;
    assert_eq!(cache.text(&c), to_ron(&c));
    assert_eq!(cache.fresh, 0, "only the frame changed");
}

#[test]
fn a_failed_save_and_a_read_are_said_in_any_language_and_english_as_before() {
    use crate::i18n::Tr;
    use crate::model::Language;
    let changed = SaveError::ChangedOnDisk("plan.ron".into());
    assert_eq!(
        changed.to_string(),
        "plan.ron: changed on disk since it was opened; not overwritten (save elsewhere or reload)"
    );
    assert!(
        changed.text(Tr::new(Language::De)).contains("nicht überschrieben"),
        "{}",
        changed.text(Tr::new(Language::De))
    );
    let missing = load(Path::new("/nowhere/plan.ron")).unwrap_err();
    assert_eq!(missing.lines(), ["/nowhere/plan.ron: cannot read it: there is no such file"]);
    assert_eq!(
        missing.lines_in(Tr::new(Language::Fr)),
        ["/nowhere/plan.ron\u{a0}: impossible de le lire\u{a0}: fichier introuvable"]
    );
}
