//! Snapshots of every screen at 80×24 and 160×48, drawn through ratatui's TestBackend.

use crate::common;
use crate::common::tui;

use common::{Sandbox, shipped};
use cvc::i18n::Tr;
use cvc::model::{Canvas, Day};
use cvc::theme::Theme;
use cvc::tui::action::Intent;
use cvc::tui::app::{App, Screen};
use cvc::tui::layers::Layer;
use cvc::tui::runner::Session;
use cvc::tui::start::{Recent, Start};
use cvc::tui::style::Styles;
use ratatui::crossterm::event::KeyCode;
use tui::*;

const SIZES: [(u16, u16); 3] = [(80, 24), (100, 30), (200, 60)];

/// The worked example, copied to a sandbox so the screens show a stable file name.
fn acme(s: &Sandbox) -> Session {
    let file = s.path("acme.ron");
    std::fs::copy(shipped("acme-2026-11"), &file).unwrap();
    app_on(&file)
}

fn snap(name: &str, app: &mut Session) {
    for (w, h) in SIZES {
        app.update(Intent::Resize(w, h));
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen(app, w, h));
    }
}

#[test]
fn context_section() {
    let s = Sandbox::new();
    snap("context", &mut acme(&s));
}

#[test]
fn stakeholders_section() {
    let s = Sandbox::new();
    let mut app = acme(&s);
    tabs(&mut app, 1);
    press(&mut app, KeyCode::Down);
    snap("stakeholders", &mut app);
}

#[test]
fn relationships_section() {
    let s = Sandbox::new();
    let mut app = acme(&s);
    tabs(&mut app, 2);
    snap("relationships", &mut app);
}

#[test]
fn tasks_section() {
    let s = Sandbox::new();
    let mut app = acme(&s);
    tabs(&mut app, 3);
    snap("tasks", &mut app);
}

#[test]
fn actions_section() {
    let s = Sandbox::new();
    let mut app = acme(&s);
    tabs(&mut app, 4);
    snap("actions", &mut app);
}

#[test]
fn review_section() {
    let s = Sandbox::new();
    let mut app = acme(&s);
    tabs(&mut app, 5);
    snap("review", &mut app);
}

#[test]
fn empty_section_with_quick_add_open() {
    let s = Sandbox::new();
    let file = s.path("room.ron");
    std::fs::write(&file, cvc::store::to_ron(&Canvas::new("Room"))).unwrap();
    let mut app = app_on(&file);
    tabs(&mut app, 1);
    snap("empty_stakeholders", &mut app);
    press(&mut app, KeyCode::Char('a'));
    enter_line(&mut app, "Field engineers");
    type_text(&mut app, "Head of Serv");
    snap("quick_add", &mut app);
}

#[test]
fn stakeholder_form() {
    let s = Sandbox::new();
    let mut app = acme(&s);
    tabs(&mut app, 1);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Tab);
    snap("stakeholder_form", &mut app);
}

#[test]
fn action_form_with_a_bad_date() {
    let s = Sandbox::new();
    let mut app = acme(&s);
    tabs(&mut app, 4);
    press(&mut app, KeyCode::Enter);
    // Title, owner and business line come before the due date.
    for _ in 0..3 {
        press(&mut app, KeyCode::Tab);
    }
    for _ in 0..10 {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "2027-13-01");
    snap("action_form", &mut app);
}

#[test]
fn relationship_picker() {
    let s = Sandbox::new();
    let mut app = acme(&s);
    tabs(&mut app, 2);
    press(&mut app, KeyCode::Char('a'));
    enter_line(&mut app, "field");
    type_text(&mut app, "s");
    snap("picker", &mut app);
}

#[test]
fn delete_question() {
    let s = Sandbox::new();
    let mut app = acme(&s);
    tabs(&mut app, 1);
    press(&mut app, KeyCode::Char('d'));
    snap("delete", &mut app);
}

#[test]
fn conflict_question() {
    let s = Sandbox::new();
    let mut app = acme(&s);
    std::fs::write(s.path("acme.ron"), "changed elsewhere").unwrap();
    tabs(&mut app, 3);
    press(&mut app, KeyCode::Char('+'));
    tabs(&mut app, 1);
    press(&mut app, KeyCode::Char('+'));
    snap("conflict", &mut app);
}

#[test]
fn help_lists_every_key_of_the_screen_below() {
    let s = Sandbox::new();
    let mut app = acme(&s);
    tabs(&mut app, 1);
    press(&mut app, KeyCode::Char('?'));
    snap("help", &mut app);
    app.update(Intent::Resize(160, 48));
    let text = screen(&app, 160, 48);
    for b in cvc::tui::keys::bindings(cvc::tui::keys::Mode::Workshop) {
        let label = b.describe(Tr::default());
        assert!(text.contains(&label), "help lacks \"{label}\"");
        assert!(
            text.contains(&cvc::tui::keys::key_names(b, cvc::i18n::Tr::default())),
            "help lacks the keys of \"{label}\""
        );
    }
    // At 80x24 help scrolls, and every description is there whole, never cut with "…".
    app.update(Intent::Resize(80, 24));
    let mut seen = String::new();
    for _ in 0..60 {
        seen.push_str(&screen(&app, 80, 24));
        press(&mut app, KeyCode::Down);
    }
    let joined: String = seen.split_whitespace().collect::<Vec<_>>().join(" ");
    for b in cvc::tui::keys::bindings(cvc::tui::keys::Mode::Workshop) {
        let label = b.describe(Tr::default());
        assert!(joined.contains(&label), "at 80x24 help never shows \"{label}\" whole");
    }
}

#[test]
fn start_screen() {
    let s = Sandbox::new();
    let recent = vec![
        Recent {
            path: s.path("acme.ron"),
            canvas: Ok(cvc::store::load(&shipped("acme-2026-11")).unwrap()),
            changed: None,
        },
        Recent {
            path: "/gone/old.ron".into(),
            canvas: Err("cannot read it: there is no such file".into()),
            changed: None,
        },
    ];
    let app = App::start(Styles::new(Theme::default_dark()), &s.path("data"), at(10, 0, 0));
    let mut app = session(app, &s.path("data"));
    app.screen = Screen::Start(Box::new(Start::with_recent(recent, &s.path("data"))));
    snap("start", &mut app);
}

#[test]
fn too_small_says_how_large_it_must_be() {
    let s = Sandbox::new();
    let app = acme(&s);
    insta::assert_snapshot!("too_small", screen(&app, 60, 20));
}

#[test]
fn long_and_wide_text_keeps_columns_aligned() {
    let s = Sandbox::new();
    let mut c = Canvas::started_from(
        &Canvas::new("多言語 ワークショップ 🚀"),
        "c1".into(),
        Day::new(2026, 11, 22).unwrap(),
    );
    let long = "A very long stakeholder description that goes on and on, far past the edge of any terminal, \
                so that it has to wrap in the details panel and be cut with an ellipsis in the list";
    c.add_stakeholder(cvc::model::Stakeholder {
        name: "現場エンジニア".into(),
        role: long.into(),
        ..Default::default()
    });
    c.add_stakeholder(cvc::model::Stakeholder {
        name: "Équipe 👩‍🔧 terrain".into(),
        power: Some(4),
        interest: Some(4),
        ..Default::default()
    });
    let file = s.path("wide.ron");
    std::fs::write(&file, cvc::store::to_ron(&c)).unwrap();
    let mut app = app_on(&file);
    tabs(&mut app, 1);
    snap("wide_text", &mut app);
}

#[test]
fn every_size_from_tiny_to_huge_draws_without_panic() {
    let s = Sandbox::new();
    let mut app = acme(&s);
    for section in 0..6 {
        for (w, h) in [(1, 1), (10, 3), (79, 23), (80, 24), (81, 25), (200, 60), (400, 120)] {
            app.update(Intent::Resize(w, h));
            let _ = screen(&app, w, h);
        }
        let _ = section;
        press(&mut app, KeyCode::Tab);
    }
    press(&mut app, KeyCode::Char('p'));
    let mut compare = comparing();
    for (w, h) in [(1, 1), (10, 3), (79, 23), (200, 60), (400, 120)] {
        app.update(Intent::Resize(w, h));
        let _ = screen(&app, w, h);
        compare.update(Intent::Resize(w, h));
        let _ = screen(&compare, w, h);
    }
}

#[test]
fn projector_mode_at_80x24_and_200x60() {
    let s = Sandbox::new();
    let mut app = acme(&s);
    tabs(&mut app, 1);
    press(&mut app, KeyCode::Char('p'));
    for (w, h) in [(80, 24), (200, 60)] {
        app.update(Intent::Resize(w, h));
        insta::assert_snapshot!(format!("projector_{w}x{h}"), screen(&app, w, h));
    }
}

#[test]
fn projector_focus_shows_the_selected_entry_alone_and_steps() {
    let s = Sandbox::new();
    let mut app = acme(&s);
    tabs(&mut app, 4);
    press(&mut app, KeyCode::Char('p'));
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Right);
    for (w, h) in [(80, 24), (100, 30), (200, 60)] {
        app.update(Intent::Resize(w, h));
        insta::assert_snapshot!(format!("projector_focus_{w}x{h}"), screen(&app, w, h));
    }
    assert!(screen(&app, 80, 24).contains("2 of 6"), "→ stepped to the second action");
    press(&mut app, KeyCode::Esc);
    assert!(!screen(&app, 80, 24).contains("2 of 6"), "Esc is back to the list");
}

#[test]
fn agenda_editor() {
    let s = Sandbox::new();
    let mut app = acme(&s);
    press(&mut app, KeyCode::Char('A'));
    snap("agenda", &mut app);
}

#[test]
fn running_clock_in_the_strip() {
    let s = Sandbox::new();
    let file = s.path("room.ron");
    std::fs::write(&file, cvc::store::to_ron(&Canvas::new("Room"))).unwrap();
    let mut app = app_on(&file);
    press(&mut app, KeyCode::Char('t'));
    for sec in 1..=500 {
        app.update(Intent::Tick(at(10, 0, 0).checked_add(jiff::SignedDuration::from_secs(sec)).unwrap()));
    }
    snap("clock_amber", &mut app);
}

#[test]
fn loop_review_of_a_revisit() {
    let s = Sandbox::new();
    let mut app = acme(&s);
    app.start_loop_review();
    snap("loop_review", &mut app);
}

#[test]
fn loop_review_of_an_action_with_readings() {
    let s = Sandbox::new();
    let mut app = acme(&s);
    tabs(&mut app, 4);
    press(&mut app, KeyCode::Char('L'));
    snap("loops", &mut app);
}

#[test]
fn parking_lot_line_over_the_review() {
    let s = Sandbox::new();
    let mut app = acme(&s);
    tabs(&mut app, 5);
    press(&mut app, KeyCode::Char('P'));
    type_text(&mut app, "Does the works council need to sign off the buddy scheme?");
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "Who pays for the licence after 2027?");
    snap("parking", &mut app);
}

fn comparing() -> Session {
    let old = cvc::store::load(&shipped("acme-2026-05")).unwrap();
    let new = cvc::store::load(&shipped("acme-2026-11")).unwrap();
    let c = cvc::tui::compare::Compare::new(
        old,
        "acme-2026-05.ron".as_ref(),
        new,
        "acme-2026-11.ron".as_ref(),
        today(),
    );
    session(App::comparing(Styles::new(Theme::default_dark()), c, at(10, 0, 0)), &std::env::temp_dir())
}

#[test]
fn compare_screen_side_by_side() {
    let mut app = comparing();
    snap("compare", &mut app);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    snap("compare_fields", &mut app);
}

#[test]
fn compare_grid_shows_who_moved_quadrant() {
    let mut app = comparing();
    press(&mut app, KeyCode::Char('v'));
    snap("compare_grid", &mut app);
}

#[test]
fn compare_signals() {
    let mut app = comparing();
    press(&mut app, KeyCode::BackTab);
    snap("compare_signals", &mut app);
}

#[test]
fn stakeholder_grid_and_relationship_map() {
    let s = Sandbox::new();
    let mut app = acme(&s);
    tabs(&mut app, 1);
    press(&mut app, KeyCode::Char('v'));
    snap("grid", &mut app);
    tabs(&mut app, 1);
    press(&mut app, KeyCode::Char('v'));
    snap("map", &mut app);
}

#[test]
fn cjk_emoji_combining_marks_and_right_to_left_text_keep_every_frame_aligned() {
    use unicode_width::UnicodeWidthStr;
    let s = Sandbox::new();
    let texts = [
        "現場エンジニアのチーム",
        "Équipe 👩‍🔧 terrain 🚀",
        "Cafe\u{301} cre\u{300}me",
        "فريق الدعم الميداني",
        "שירות שטח",
    ];
    let mut c = Canvas::started_from(&Canvas::new(texts[0]), "u1".into(), Day::new(2026, 11, 22).unwrap());
    c.context.goal = texts.join(" · ");
    for (i, t) in texts.iter().enumerate() {
        let id = c.add_stakeholder(cvc::model::Stakeholder {
            name: t.to_string(),
            role: texts[(i + 1) % 5].into(),
            notes: texts[(i + 2) % 5].into(),
            power: Some(3),
            interest: Some(4),
            ..Default::default()
        });
        c.add_task(cvc::model::Task {
            title: t.to_string(),
            owner: texts[(i + 3) % 5].into(),
            ..Default::default()
        });
        c.add_action(cvc::model::Action {
            title: t.to_string(),
            owner: texts[(i + 4) % 5].into(),
            ..Default::default()
        });
        c.add_relationship(cvc::model::Relationship {
            from: id.clone(),
            to: "S1".into(),
            exchange: t.to_string(),
            ..Default::default()
        });
    }
    let file = s.path("unicode.ron");
    std::fs::write(&file, cvc::store::to_ron(&c)).unwrap();
    let mut app = app_on(&file);
    for (w, h) in SIZES {
        app.update(Intent::Resize(w, h));
        for _ in 0..6 {
            for view in [false, true] {
                if view {
                    press(&mut app, KeyCode::Char('v'));
                }
                let text = screen(&app, w, h);
                for (n, line) in text.lines().enumerate() {
                    assert!(line.width() <= usize::from(w), "row {n} is wider than {w}:\n{text}");
                    if line.starts_with('│') && line.width() > 2 {
                        assert_eq!(line.width(), usize::from(w), "row {n} lost its right border:\n{text}");
                    }
                }
                if view {
                    press(&mut app, KeyCode::Char('v'));
                }
            }
            press(&mut app, KeyCode::Tab);
        }
    }
}

#[test]
fn history_screen_shows_the_waves_and_each_tab_at_80x24_and_200x60() {
    let s = Sandbox::new();
    for name in ["acme-2026-05", "acme-2027-05"] {
        std::fs::copy(shipped(name), s.path(&format!("{name}.ron"))).unwrap();
    }
    s.write("other.ron", "Canvas(format: 2, id: \"elsewhere\", title: \"Other org\")");
    let mut app = acme(&s);
    press(&mut app, KeyCode::Char('H'));
    assert!(matches!(app.top(), Some(Layer::History(_))), "H opens the history screen");
    // r1 marked, the cursor back on the open revision: the waves' border says Enter compares them.
    for key in [KeyCode::Left, KeyCode::Char(' '), KeyCode::Right] {
        press(&mut app, key);
    }
    for (w, h) in [(80, 24), (200, 60)] {
        app.update(Intent::Resize(w, h));
        for tab in ["signals", "stakeholders", "relationships", "actions", "tasks"] {
            insta::assert_snapshot!(format!("history_{tab}_{w}x{h}"), screen(&app, w, h));
            press(&mut app, KeyCode::Tab);
        }
    }
    press(&mut app, KeyCode::Esc);
    assert!(matches!(app.screen, Screen::Workshop(_)), "Esc returns to the workshop");
}

/// The cells of a drawn frame, for tests that look at colours and boldness as well as text.
fn buffer(app: &cvc::tui::app::App, w: u16, h: u16) -> ratatui::buffer::Buffer {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| cvc::tui::views::draw(f, app)).unwrap();
    terminal.backend().buffer().clone()
}

/// The screen's words in order, borders left out, so text wrapped over lines reads as one.
fn words_of(text: &str) -> String {
    let cleaned: String = text.chars().map(|c| if "│┌┐└┘─".contains(c) { ' ' } else { c }).collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_grid_marks_an_unplaced_selected_stakeholder_and_lists_every_unplaced_name_whole() {
    let s = Sandbox::new();
    let mut app = acme(&s);
    tabs(&mut app, 1);
    press(&mut app, KeyCode::Char('v'));
    press(&mut app, KeyCode::Char('a'));
    for name in
        ["Night-shift dispatchers", "Regional training coordinators of the north", "External contractors"]
    {
        enter_line(&mut app, name);
    }
    press(&mut app, KeyCode::Esc);
    for _ in 0..12 {
        press(&mut app, KeyCode::Down);
    }
    let want = "not placed yet (select, then Shift+arrows): Night-shift dispatchers, \
                Regional training coordinators of the north, ▶ External contractors";
    for (w, h) in [(80, 24), (100, 30), (120, 36), (200, 60)] {
        app.update(Intent::Resize(w, h));
        let text = screen(&app, w, h);
        assert!(words_of(&text).contains(want), "at {w}x{h} the unplaced are not all there, whole:\n{text}");
        let legend = text.lines().skip_while(|l| !l.contains("└ 5")).collect::<Vec<_>>().join("\n");
        assert!(!legend.contains('…'), "at {w}x{h} the unplaced line is cut:\n{text}");
        let buf = buffer(&app, w, h);
        let mark = buf.content().iter().find(|c| c.symbol() == "▶").expect("the selected one is marked");
        assert_eq!(mark.bg, app.styles.selected().bg.unwrap(), "at {w}x{h} the mark is not highlighted");
    }
    app.update(Intent::Resize(80, 24));
    insta::assert_snapshot!("grid_unplaced_80x24", screen(&app, 80, 24));
}

#[test]
fn projector_shows_the_selected_action_largest_at_every_size() {
    let s = Sandbox::new();
    let mut app = acme(&s);
    tabs(&mut app, 4);
    press(&mut app, KeyCode::Char('p'));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    let title = "We will pair each new engineer with a buddy for 8 weeks";
    let others = ["answer every field question", "move the top 50 fixes", "publish a monthly defect digest"];
    for (w, h) in [(80, 24), (100, 30), (200, 60)] {
        app.update(Intent::Resize(w, h));
        let text = screen(&app, w, h);
        let body: Vec<&str> = text.lines().skip(6).collect();
        // Big glyphs are drawn with block characters; the header's clock is above the body.
        let glyphs = body.iter().any(|l| l.contains('█') || l.contains('▀') || l.contains('▄'));
        if glyphs {
            assert!(!words_of(&text).contains(title), "at {w}x{h} the selected title is in glyphs:\n{text}");
        } else {
            let first = body.iter().find(|l| !l.trim().is_empty()).unwrap();
            assert!(first.contains("▶ We will pair"), "at {w}x{h} the selected one is first:\n{text}");
            let buf = buffer(&app, w, h);
            let y = 6 + body.iter().position(|l| l.contains("▶ We will pair")).unwrap() as u16;
            let cell = &buf[(3, y)];
            assert_eq!(cell.bg, app.styles.selected().bg.unwrap(), "at {w}x{h} it is highlighted");
            assert!(cell.modifier.contains(ratatui::style::Modifier::BOLD), "at {w}x{h} it is bold");
        }
        assert!(glyphs || w == 80, "at {w}x{h} the selected title fits in glyphs:\n{text}");
        // The others are drawn whole below it, or counted on the last row: never hidden silently.
        let counted = text.contains("more above") || text.contains("more below");
        assert!(
            others.iter().any(|o| words_of(&text).contains(o)) || counted,
            "at {w}x{h} no other action:\n{text}"
        );
        insta::assert_snapshot!(format!("projector_actions_{w}x{h}"), text);
    }
}

#[test]
fn the_clock_stays_in_sight_over_the_loop_review_and_the_history() {
    let s = Sandbox::new();
    std::fs::copy(shipped("acme-2026-05"), s.path("acme-2026-05.ron")).unwrap();
    let mut app = acme(&s);
    tabs(&mut app, 4);
    press(&mut app, KeyCode::Char('L'));
    for (w, h) in [(80, 24), (120, 36), (200, 60)] {
        app.update(Intent::Resize(w, h));
        let text = screen(&app, w, h);
        assert!(text.contains("Loop review"), "{text}");
        assert!(
            text.contains("Review & close") && text.contains("0:10 over"),
            "L at {w}x{h} hides the clock:\n{text}"
        );
    }
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('H'));
    assert!(matches!(app.top(), Some(Layer::History(_))), "H opens the history screen");
    for (w, h) in [(80, 24), (120, 36), (200, 60)] {
        app.update(Intent::Resize(w, h));
        let text = screen(&app, w, h);
        let top = text.lines().next().unwrap();
        assert!(
            top.contains("Review & close") && top.contains("0:10 over"),
            "H at {w}x{h} hides the clock:\n{text}"
        );
    }
}

#[test]
fn the_loop_review_in_projector_mode_is_large_and_bold_under_the_clock() {
    let s = Sandbox::new();
    let mut app = acme(&s);
    tabs(&mut app, 4);
    press(&mut app, KeyCode::Char('p'));
    for (w, h) in [(80, 24), (200, 60)] {
        app.update(Intent::Resize(w, h));
        let before = screen(&app, w, h);
        let head = if h >= 44 { 9 } else { 5 };
        press(&mut app, KeyCode::Char('L'));
        let text = screen(&app, w, h);
        let rows = |t: &str| t.lines().take(head).map(str::to_string).collect::<Vec<_>>();
        assert_eq!(rows(&text), rows(&before), "at {w}x{h} the block and the clock are covered:\n{text}");
        assert!(text.contains("Loop review"), "{text}");
        let buf = buffer(&app, w, h);
        let y = text.lines().position(|l| l.contains("Loop review")).unwrap() as u16;
        for x in 0..w {
            let cell = &buf[(x, y + 1)];
            if !cell.symbol().trim().is_empty() {
                assert!(
                    cell.modifier.contains(ratatui::style::Modifier::BOLD),
                    "at {w}x{h} not bold:\n{text}"
                );
            }
        }
        if w == 200 {
            let above: Vec<&str> =
                text.lines().skip(head).take_while(|l| !l.contains("Loop review")).collect();
            assert!(above.iter().any(|l| l.contains('▀') || l.contains('█')), "no big title:\n{text}");
        }
        insta::assert_snapshot!(format!("projector_loops_{w}x{h}"), text);
        press(&mut app, KeyCode::Esc);
    }
}

#[test]
fn projector_review_shows_coverage_and_the_parking_lot() {
    let s = Sandbox::new();
    let mut app = acme(&s);
    tabs(&mut app, 5);
    press(&mut app, KeyCode::Char('P'));
    type_text(&mut app, "Who pays for the licence after 2027?");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('p'));
    for (w, h) in [(80, 24), (200, 60)] {
        app.update(Intent::Resize(w, h));
        let text = screen(&app, w, h);
        for phase in ["Connect", "Share", "Solve", "Innovate"] {
            assert!(text.contains(phase), "at {w}x{h} no coverage of {phase}:\n{text}");
        }
        assert!(text.contains("no ongoing work"), "{text}");
        assert!(
            words_of(&text).contains("? Who pays for the licence after 2027?"),
            "no parking lot:\n{text}"
        );
        insta::assert_snapshot!(format!("projector_review_{w}x{h}"), text);
    }
}

#[test]
fn review_wraps_whole_words_keeps_dates_whole_and_the_map_is_never_narrower_than_at_100() {
    let s = Sandbox::new();
    let mut app = acme(&s);
    tabs(&mut app, 5);
    for (w, h) in [(100, 30), (120, 36), (160, 48), (200, 60)] {
        app.update(Intent::Resize(w, h));
        let text = screen(&app, w, h);
        // The agenda strip shortens the other blocks' names on purpose; Review's panels cut nothing.
        let panels = text.lines().skip(3).collect::<Vec<_>>().join("\n");
        assert!(!panels.contains('…'), "at {w}x{h} Review cuts a line:\n{text}");
        for line in text.lines() {
            let cells: Vec<&str> = line.split('│').collect();
            for cell in cells {
                let cell = cell.trim_end();
                let tail = cell.rsplit(' ').next().unwrap_or_default();
                assert!(
                    !(tail.len() == 5
                        && tail.ends_with('-')
                        && tail[..4].chars().all(|c| c.is_ascii_digit())),
                    "at {w}x{h} a date is split:\n{text}"
                );
            }
        }
        let whole = ["A5 We will run a 30-minute fix", "clinic every Friday"];
        assert!(whole.iter().all(|p| text.contains(p)), "at {w}x{h} the loop reviews cut A5:\n{text}");
    }
    let width_of_map = |app: &mut Session, w: u16, h: u16| {
        app.update(Intent::Resize(w, h));
        let text = screen(app, w, h);
        let line = text.lines().find(|l| l.contains("┌ Relationship map")).expect("the map");
        let from = line.chars().position(|c| c == '┌').unwrap();
        let to = line.chars().skip(from).position(|c| c == '┐').unwrap();
        to + 1
    };
    tabs(&mut app, 3);
    press(&mut app, KeyCode::Char('v'));
    let at_100 = width_of_map(&mut app, 100, 30);
    for (w, h) in [(110, 30), (120, 36), (140, 40), (160, 48), (200, 60)] {
        let here = width_of_map(&mut app, w, h);
        assert!(here >= at_100, "the map is {here} columns at {w}x{h}, {at_100} at 100x30");
    }
    app.update(Intent::Resize(120, 36));
    insta::assert_snapshot!("map_120x36", screen(&app, 120, 36));
    app.update(Intent::Resize(120, 36));
    tabs(&mut app, 3);
    insta::assert_snapshot!("review_120x36", screen(&app, 120, 36));
}

#[test]
fn high_contrast_at_risk_is_not_the_labels_yellow_and_direction_reads_one_way_everywhere() {
    let (theme, warning) = Theme::load("high-contrast");
    assert!(warning.is_none(), "{warning:?}");
    assert_ne!(theme.warn, theme.heading, "at risk is drawn in the headings' colour");
    assert_ne!(theme.warn, theme.alert, "at risk is drawn in the broken colour");
    let ratio = cvc::theme::contrast(theme.warn, theme.background);
    assert!(ratio >= 7.0, "at risk on the background is {ratio:.2}:1, below 7:1");
    let s = Sandbox::new();
    let mut app = acme(&s);
    app.styles = Styles::new(theme);
    tabs(&mut app, 2);
    // A relationship with no direction yet, as quick add makes it: Works council to Platform vendor.
    press(&mut app, KeyCode::Char('a'));
    enter_line(&mut app, "works");
    enter_line(&mut app, "platf");
    enter_line(&mut app, "budgets");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc);
    let n = workshop(&app).canvas.relationships.len();
    for _ in 0..n {
        press(&mut app, KeyCode::Down);
    }
    let list = screen(&app, 80, 24);
    assert!(list.contains("Works council — Platform vendor"), "the list:\n{list}");
    assert!(list.contains("Field engineers ↔ Head of Service"), "two-way in the list:\n{list}");
    assert!(list.contains("Regional managers → Field"), "one-way in the list:\n{list}");
    press(&mut app, KeyCode::Enter);
    for _ in 0..3 {
        press(&mut app, KeyCode::Tab);
    }
    let form = screen(&app, 80, 24);
    assert!(form.contains("direction") && form.contains('—'), "the form:\n{form}");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc);
    for _ in 0..n {
        press(&mut app, KeyCode::Up);
    }
    press(&mut app, KeyCode::Char('p'));
    let projected = screen(&app, 80, 24);
    let words = words_of(&projected);
    assert!(!words.contains("<->") && !words.contains("->"), "projector arrows:\n{projected}");
    assert!(words.contains("Field engineers ↔ Service desk"), "two-way in projector:\n{projected}");
    // At risk is drawn in orange, not the headings' yellow.
    let buf = buffer(&app, 80, 24);
    let y = projected.lines().position(|l| l.contains("! at risk")).expect("an at-risk line") as u16;
    let x = projected.lines().nth(usize::from(y)).unwrap().chars().position(|c| c == '!').unwrap() as u16;
    assert_eq!(buf[(x, y)].fg, app.styles.warn().fg.unwrap());
    assert_ne!(buf[(x, y)].fg, app.styles.heading().fg.unwrap());
    // The one-way relationship is further down the list: moving down brings it into sight.
    let mut seen = Vec::new();
    for _ in 0..6 {
        press(&mut app, KeyCode::Down);
        seen.push(screen(&app, 100, 30));
    }
    let one_way = seen.iter().any(|t| words_of(t).contains("Regional managers → Field engineers"));
    assert!(one_way, "one-way in projector:\n{}", seen.join("\n"));
}
