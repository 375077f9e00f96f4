//! The headless commands, run as the real binary on temporary files.

use crate::common;

use common::{Sandbox, design_example, shipped};

#[test]
fn new_creates_a_canvas_and_refuses_to_overwrite_it() {
    let s = Sandbox::new();
    let run = s.cvc(&["new", "plan.ron", "--title", "Acme plan"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("120-minute agenda"), "{}", run.stdout);
    let text = std::fs::read_to_string(s.path("plan.ron")).unwrap();
    let canvas = cvc::store::parse_str(&s.path("plan.ron"), &text).unwrap();
    assert_eq!(canvas.title, "Acme plan");
    assert_eq!(canvas.id.len(), 8);
    assert_eq!(canvas.date, Some(common::today()));

    let again = s.cvc(&["new", "plan.ron"]);
    assert_eq!(again.code, 2);
    assert!(again.stderr.contains("already exists"), "{}", again.stderr);
    assert_eq!(std::fs::read_to_string(s.path("plan.ron")).unwrap(), text);
}

#[test]
fn new_from_the_90_minute_template() {
    let s = Sandbox::new();
    let run = s.cvc(&["new", "short.ron", "--template", "short-90"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let c = cvc::store::load(&s.path("short.ron")).unwrap();
    assert_eq!(cvc::model::planned_minutes(&c.agenda), 90);
    assert_eq!(c.title, "short");
}

#[test]
fn new_with_an_unknown_template_names_the_ones_there_are() {
    let s = Sandbox::new();
    let run = s.cvc(&["new", "x.ron", "--template", "nope"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("no template named \"nope\"") && run.stderr.contains("blank"),
        "{}",
        run.stderr
    );
    assert!(!s.path("x.ron").exists());
}

#[test]
fn revisit_keeps_the_id_bumps_the_revision_and_resets_the_clock() {
    let s = Sandbox::new();
    let old = shipped("acme-2026-05");
    let run = s.cvc(&["revisit", old.to_str().unwrap(), "next.ron"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (a, b) = (cvc::store::load(&old).unwrap(), cvc::store::load(&s.path("next.ron")).unwrap());
    assert_eq!(b.id, a.id);
    assert_eq!(b.revision, a.revision + 1);
    assert_eq!(b.actions, a.actions);
    assert_eq!(b.stakeholders, a.stakeholders);
    assert!(b.agenda.iter().all(|blk| blk.spent_secs == 0));
    assert_eq!(b.date, Some(common::today()));
    assert_eq!(s.cvc(&["revisit", old.to_str().unwrap(), "next.ron"]).code, 2, "never overwrites");
}

#[test]
fn revisit_carries_readings_over_and_writes_the_current_format() {
    let s = Sandbox::new();
    let old = shipped("acme-2026-11");
    let run = s.cvc(&["revisit", old.to_str().unwrap(), "next.ron"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (a, b) = (cvc::store::load(&old).unwrap(), cvc::store::load(&s.path("next.ron")).unwrap());
    assert_eq!(b.actions, a.actions);
    let readings = |c: &cvc::model::Canvas| c.actions[0].indicator.as_ref().map_or(0, |i| i.readings.len());
    assert_eq!((readings(&a), readings(&b)), (2, 2));
    let text = std::fs::read_to_string(s.path("next.ron")).unwrap();
    assert!(text.contains("\n    format: 3,\n") && text.contains("Reading(date: \"2026-08-28\""), "{text}");
}

#[test]
fn export_writes_markdown_to_stdout_or_a_file_and_never_overwrites_without_force() {
    let s = Sandbox::new();
    let file = shipped("acme-2026-11");
    let run = s.cvc(&["export", file.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("# Acme Field Service"));
    for heading in [
        "## Value goal",
        "## Agenda",
        "## Stakeholders",
        "## Relationships",
        "## Community management tasks",
        "## Adoption action plan",
        "## Value scorecard",
        "### Readings",
        "## Coverage",
        "## Warnings",
        "## Loop-review schedule",
    ] {
        assert!(run.stdout.contains(heading), "missing {heading}");
    }

    let out = s.path("plan.md");
    assert_eq!(s.cvc(&["export", file.to_str().unwrap(), "-o", "plan.md"]).code, 0);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), run.stdout);
    std::fs::write(&out, "mine").unwrap();
    let refused = s.cvc(&["export", file.to_str().unwrap(), "-o", "plan.md"]);
    assert_eq!(refused.code, 2);
    assert!(refused.stderr.contains("--force"), "{}", refused.stderr);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "mine");
    assert_eq!(s.cvc(&["export", file.to_str().unwrap(), "-o", "plan.md", "--force"]).code, 0);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), run.stdout);
}

#[test]
fn export_csv_has_a_row_per_action() {
    let s = Sandbox::new();
    let run = s.cvc(&["export", shipped("acme-2026-11").to_str().unwrap(), "--format", "csv"]);
    assert_eq!(run.code, 0);
    let lines: Vec<_> = run.stdout.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 7);
    assert!(
        lines[0].starts_with("canvas_id,organisation,revision,date,id,title,owner,business_line,due"),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].starts_with(
            "a3c9e1f4,Acme Field Service,2,2026-11-18,A1,We will answer every field question within 24h,Sam Lee,Field service operations,2026-07-15"
        ),
        "{}",
        lines[1]
    );
}

#[test]
fn diff_reports_changes_and_exit_code_says_whether_there_were_any() {
    let s = Sandbox::new();
    let (old, new) = (shipped("acme-2026-05"), shipped("acme-2026-11"));
    let run = s.cvc(&["diff", old.to_str().unwrap(), new.to_str().unwrap(), "--exit-code"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains(" Stakeholders               | +2 -1 ~5"), "{}", run.stdout);
    assert!(run.stdout.contains("! Intranet team left the canvas"));
    assert!(run.stdout.contains("! Field engineers – Service desk broke (was healthy)"));
    assert!(
        run.stdout.contains("status committed → done, loop open → closed, evidence: 19 hours on 2026-08-28")
    );
    assert!(
        run.stdout.contains(
            "      readings: (none) → 2026-07-01 40 hours (desk rota started), 2026-08-28 19 hours"
        ),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("      stance: blocker → sceptic"));

    let same = s.cvc(&["diff", old.to_str().unwrap(), old.to_str().unwrap(), "--exit-code"]);
    assert_eq!(same.code, 0);
    assert!(same.stdout.contains("No changes."));
    let plain = s.cvc(&["diff", old.to_str().unwrap(), new.to_str().unwrap()]);
    assert_eq!(plain.code, 0, "without --exit-code a difference is success");

    let md = s.cvc(&["diff", old.to_str().unwrap(), new.to_str().unwrap(), "--format", "markdown"]);
    assert!(md.stdout.starts_with("# What changed since last time"));
    assert!(md.stdout.contains("## Actions carried over"));
}

#[test]
fn validate_passes_good_files_and_lists_every_problem_of_bad_ones() {
    let s = Sandbox::new();
    s.write("good.ron", design_example());
    s.write("bad.ron", design_example().replace("power: 5", "power: 9").replace("to: \"S2\"", "to: \"S7\""));
    let run = s.cvc(&["validate", "good.ron", "bad.ron"]);
    assert_eq!(run.code, 1);
    let lines: Vec<_> = run.stdout.lines().collect();
    assert_eq!(lines[0], "good.ron: ok");
    assert!(
        lines[1].starts_with("bad.ron:19:") && lines[1].ends_with("power must be from 1 to 5, found 9"),
        "{}",
        lines[1]
    );
    assert!(
        lines[2].starts_with("bad.ron:23:") && lines[2].contains("\"S7\", which does not exist"),
        "{}",
        lines[2]
    );
    assert_eq!(s.cvc(&["validate", "good.ron"]).code, 0);
}

#[test]
fn list_shows_canvases_newest_first_and_reports_broken_ones() {
    let s = Sandbox::new();
    std::fs::create_dir(s.path("data")).unwrap();
    std::fs::copy(shipped("acme-2026-05"), s.path("data/may.ron")).unwrap();
    std::fs::copy(shipped("acme-2026-11"), s.path("data/nov.ron")).unwrap();
    s.write("data/broken.ron", "Canvas(");
    let run = s.cvc(&["list"]);
    assert_eq!(run.code, 0);
    let lines: Vec<_> = run.stdout.lines().collect();
    assert!(lines[0].starts_with("FILE"));
    assert!(
        lines[1].starts_with("nov.ron") && lines[1].contains("2026-11-18") && lines[1].contains("8/6/4/6"),
        "{}",
        lines[1]
    );
    assert!(lines[2].starts_with("may.ron"));
    assert!(run.stderr.contains("broken.ron"), "{}", run.stderr);

    let missing = s.cvc(&["list", "nowhere"]);
    assert_eq!(missing.code, 2, "a folder that is not there is not an empty one");
    assert!(missing.stderr.contains("nowhere: the folder does not exist"), "{}", missing.stderr);
    let fresh = Sandbox::new();
    let empty = fresh.cvc(&["list"]);
    assert_eq!(empty.code, 0, "no data folder yet is a fresh start: {}", empty.stderr);
    assert!(empty.stdout.contains("no canvases yet"));
}

#[test]
fn list_passes_over_cvc_own_files_in_the_data_folder() {
    let s = Sandbox::new();
    std::fs::create_dir(s.path("data")).unwrap();
    std::fs::copy(shipped("acme-2026-11"), s.path("data/nov.ron")).unwrap();
    cvc::store::remember(&s.path("data"), &s.path("data/nov.ron")).unwrap();
    s.write("data/config.ron", "Config(bell: false)");
    let run = s.cvc(&["list"]);
    assert_eq!(run.code, 0);
    assert!(
        run.stderr.is_empty(),
        "the recent list and the settings are not broken canvases: {}",
        run.stderr
    );
    assert_eq!(run.stdout.lines().count(), 2, "{}", run.stdout);
    assert!(run.stdout.lines().nth(1).unwrap().starts_with("nov.ron"), "{}", run.stdout);
}

#[test]
fn themes_lists_shipped_and_user_themes_and_reports_a_broken_one() {
    let s = Sandbox::new();
    std::fs::create_dir_all(s.path("config/themes")).unwrap();
    s.write("config/themes/mine.ron", "Theme(\n  name: \"mine\",\n  background: \"#nothex\",\n)");
    let run = s.cvc(&["themes"]);
    assert_eq!(run.code, 0);
    for name in ["dark  (built in)", "projector-light  (built in)", "high-contrast  (built in)"] {
        assert!(run.stdout.contains(name), "{}", run.stdout);
    }
    let mine = run.stdout.lines().find(|l| l.starts_with("mine")).unwrap();
    assert!(mine.contains("broken") && mine.contains("mine.ron:3:"), "{mine}");

    let warned = s.cvc(&["--theme", "mine", "list"]);
    assert_eq!(warned.code, 0, "a bad theme never stops cvc");
    assert!(warned.stderr.contains("using the dark theme"), "{}", warned.stderr);
}

#[test]
fn the_workshop_screen_without_a_terminal_says_so() {
    let s = Sandbox::new();
    let run = s.cvc(&["plan.ron"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("needs a terminal"), "{}", run.stderr);
    assert!(!s.path("plan.ron").exists(), "nothing is created when the screen cannot open");
}

#[test]
fn help_and_version_work_and_bad_usage_exits_2() {
    let s = Sandbox::new();
    let help = s.cvc(&["--help"]);
    assert_eq!(help.code, 0);
    for cmd in [
        "new",
        "revisit",
        "export",
        "diff",
        "validate",
        "list",
        "reviews",
        "themes",
        "import",
        "completions",
        "man",
    ] {
        assert!(help.stdout.contains(cmd), "{cmd} missing from help");
    }
    assert_eq!(s.cvc(&["--version"]).code, 0);
    assert_eq!(s.cvc(&["export"]).code, 2);
    assert_eq!(s.cvc(&["diff", "a.ron", "b.ron", "--format", "pdf"]).code, 2);
}

#[test]
fn the_config_file_chooses_the_theme_and_a_broken_one_is_reported_with_its_position() {
    let s = Sandbox::new();
    std::fs::create_dir_all(s.path("config")).unwrap();
    s.write("config/config.ron", "Config(theme: \"sepia\", bell: false)");
    let run = s.cvc(&["list"]);
    assert_eq!(run.code, 0);
    assert!(run.stderr.contains("no theme named \"sepia\""), "{}", run.stderr);

    s.write("config/config.ron", "Config(\n  theme: \"dark\",\n  volume: 3,\n)");
    let run = s.cvc(&["list"]);
    assert_eq!(run.code, 0, "a broken config never stops cvc");
    assert!(run.stderr.contains("config.ron:3:") && run.stderr.contains("volume"), "{}", run.stderr);

    s.write("config/config.ron", "Config(theme: \"projector-light\")");
    let run = s.cvc(&["list"]);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}

#[test]
fn cvc_today_fixes_the_day_and_a_bad_one_is_refused() {
    let s = Sandbox::new();
    let run = s.cvc(&["new", &s.path("pinned.ron").to_string_lossy()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let canvas = cvc::store::load(&s.path("pinned.ron")).unwrap();
    assert_eq!(canvas.date.map(|d| d.to_string()).as_deref(), Some(common::TODAY));
    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_cvc"))
        .args(["validate", &s.path("pinned.ron").to_string_lossy()])
        .env("CVC_TODAY", "2026-02-30")
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    let said = String::from_utf8_lossy(&bad.stderr);
    assert!(said.contains("CVC_TODAY must be a real day"), "{said}");
}

#[test]
fn a_markdown_file_is_said_to_be_no_canvas() {
    let s = Sandbox::new();
    let notes = s.write("notes.md", "# Notes from Tuesday\nNot a canvas at all.\n");
    let run = s.cvc(&["validate", &notes.to_string_lossy()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let said = format!("{}{}", run.stdout, run.stderr);
    assert!(said.contains("this is not a canvas"), "{said}");
}
