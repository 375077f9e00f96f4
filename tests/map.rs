//! The relationship map read back from the frame: every shown name whole, no two labels
//! overlapping, no line drawn over a label, the crowded map focused and saying so; and
//! snapshots of the map at 80×24, 100×30 and 200×60.

use crate::common;
use crate::common::tui;

use std::path::Path;

use common::Sandbox;
use cvc::model::{Canvas, Direction, Health, Relationship, Stakeholder};
use cvc::tui::action::Intent;
use cvc::tui::runner::Session;
use cvc::tui::section::Section;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use tui::*;

/// The twelve-name test canvas in `tests/data`.
fn twelve() -> Canvas {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/map-twelve.ron");
    cvc::store::parse_str(&path, &std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// `n` stakeholders with names of 12 to 24 characters; stakeholder 1 linked to the next six,
/// then a ring through the others.
fn people(n: usize) -> Canvas {
    const FIRST: [&str; 8] =
        ["Regional", "Field", "Customer", "Product", "Works", "Platform", "Quality", "Finance"];
    const SECOND: [&str; 5] = ["operations", "service", "engineering", "council", "success"];
    let mut c = Canvas::new("Map test");
    for i in 0..n {
        let name = format!("{} {} {}", FIRST[i % 8], SECOND[(i / 8) % 5], i + 1);
        c.add_stakeholder(Stakeholder { name, ..Default::default() });
    }
    let mut link = |a: usize, b: usize, k: usize| {
        c.add_relationship(Relationship {
            from: format!("S{a}"),
            to: format!("S{b}"),
            direction: Some(if k.is_multiple_of(2) { Direction::OneWay } else { Direction::TwoWay }),
            health: Some(Health::ALL[k % 3]),
            ..Default::default()
        });
    };
    for b in 2..=n.min(7) {
        link(1, b, b);
    }
    for a in 2..n {
        link(a, a + 1, a);
    }
    c
}

/// The app on a copy of `c`, in the relationships section's map view, at `w` × `h`.
fn map_of(s: &Sandbox, c: &Canvas, w: u16, h: u16) -> Session {
    let file = s.path("map.ron");
    std::fs::write(&file, cvc::store::to_ron(c)).unwrap();
    let mut app = app_on(&file);
    while workshop(&app).section != Section::Relationships {
        press(&mut app, KeyCode::Tab);
    }
    press(&mut app, KeyCode::Char('v'));
    app.update(Intent::Resize(w, h));
    app
}

fn frame(app: &Session, w: u16, h: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| cvc::tui::views::draw(f, app)).unwrap();
    terminal.backend().buffer().clone()
}

/// The map's frame: (left, top, right, bottom) of its border, found by its title.
fn map_box(b: &Buffer) -> (u16, u16, u16, u16) {
    let (w, h) = (b.area.width, b.area.height);
    for y in 0..h {
        let row: String = (0..w).map(|x| b[(x, y)].symbol()).collect();
        let Some(at) = ["Relationship map ", " Showing ", " in all · "].iter().find_map(|t| row.find(t))
        else {
            continue;
        };
        let title_x = row[..at].chars().count() as u16;
        let left = (0..=title_x).rev().find(|&x| b[(x, y)].symbol() == "┌").expect("map corner");
        let right = (title_x..w).find(|&x| b[(x, y)].symbol() == "┐").expect("map corner");
        let bottom = (y + 1..h).find(|&r| b[(left, r)].symbol() == "└").expect("map bottom");
        return (left, y, right, bottom);
    }
    panic!("no map on screen:\n{}", text(b));
}

fn text(b: &Buffer) -> String {
    (0..b.area.height)
        .map(|y| (0..b.area.width).map(|x| b[(x, y)].symbol()).collect::<String>() + "\n")
        .collect()
}

/// A label found in the frame: the cells it covers.
#[derive(Debug, Clone, Copy)]
struct Found {
    x: u16,
    y: u16,
    w: u16,
    h: u16,
}

/// Where `part` stands alone on row `y` between columns `x0` and `x1` (not inside a longer word).
fn on_row(b: &Buffer, y: u16, x0: u16, x1: u16, part: &str) -> Vec<u16> {
    let n = part.chars().count() as u16;
    let letter = |x: u16| b[(x, y)].symbol().chars().any(char::is_alphanumeric);
    (x0..=x1.saturating_sub(n))
        .filter(|&x| {
            part.chars().enumerate().all(|(k, ch)| b[(x + k as u16, y)].symbol() == ch.to_string())
                && (x == x0 || !letter(x - 1))
                && (x + n >= x1 || !letter(x + n))
        })
        .collect()
}

/// Finds `name` in the map, whole on one line or split between words onto two centred lines.
fn find(b: &Buffer, inside: (u16, u16, u16, u16), name: &str) -> Option<Found> {
    let (x0, y0, x1, y1) = (inside.0 + 1, inside.1 + 1, inside.2, inside.3);
    for y in y0..y1 {
        if let Some(&x) = on_row(b, y, x0, x1, name).first() {
            return Some(Found { x, y, w: name.chars().count() as u16, h: 1 });
        }
    }
    let words: Vec<&str> = name.split(' ').collect();
    for k in 1..words.len() {
        let (a, c) = (words[..k].join(" "), words[k..].join(" "));
        let (wa, wc) = (a.chars().count() as u16, c.chars().count() as u16);
        for y in y0..y1.saturating_sub(1) {
            for xa in on_row(b, y, x0, x1, &a) {
                for xc in on_row(b, y + 1, x0, x1, &c) {
                    if (2 * xa + wa).abs_diff(2 * xc + wc) <= 2 {
                        let x = xa.min(xc);
                        return Some(Found { x, y, w: (xa + wa).max(xc + wc) - x, h: 2 });
                    }
                }
            }
        }
    }
    None
}

/// Every name in `names` whole in the map, no two overlapping, nothing but the name in its box.
fn assert_readable(b: &Buffer, names: &[String]) {
    let inside = map_box(b);
    let found: Vec<Found> = names
        .iter()
        .map(|n| find(b, inside, n).unwrap_or_else(|| panic!("{n:?} whole in the map:\n{}", text(b))))
        .collect();
    for (i, a) in found.iter().enumerate() {
        for (j, c) in found.iter().enumerate().skip(i + 1) {
            let apart = a.x + a.w <= c.x || c.x + c.w <= a.x || a.y + a.h <= c.y || c.y + c.h <= a.y;
            assert!(apart, "{:?} and {:?} overlap:\n{}", names[i], names[j], text(b));
        }
        for y in a.y..a.y + a.h {
            for x in a.x..a.x + a.w {
                let cell = b[(x, y)].symbol();
                // A weak point's mark is the first cell of its label.
                let ok = cell == " " || names[i].contains(cell) || ["◆", "◎", "○"].contains(&cell);
                assert!(ok, "a line drawn over {:?} at {x},{y}: {cell:?}\n{}", names[i], text(b));
            }
        }
    }
}

fn names(c: &Canvas) -> Vec<String> {
    c.stakeholders.iter().map(|p| p.name.clone()).collect()
}

#[test]
fn three_and_twelve_stakeholders_are_all_whole_and_apart_at_every_size() {
    let s = Sandbox::new();
    for c in [people(3), twelve()] {
        for (w, h) in [(100, 30), (120, 36), (200, 60)] {
            let app = map_of(&s, &c, w, h);
            assert_readable(&frame(&app, w, h), &names(&c));
        }
    }
    let app = map_of(&s, &people(3), 80, 24);
    assert_readable(&frame(&app, 80, 24), &names(&people(3)));
}

#[test]
fn forty_stakeholders_focus_on_the_selected_one_and_say_so() {
    let s = Sandbox::new();
    let c = people(40);
    let mut app = map_of(&s, &c, 100, 30);
    let b = frame(&app, 100, 30);
    let all = names(&c);
    let said = text(&b);
    assert!(
        said.contains("Regional operations 1's 6 connections · 40 in all") && said.contains("↑↓"),
        "{said}"
    );
    assert_readable(&b, &all[..7]);
    let inside = map_box(&b);
    assert!(find(&b, inside, &all[20]).is_none(), "a stakeholder not connected to the focus is not shown");
    // The cursor on R7 (S2 → S3) moves the focus to S2, whose neighbours are S1 and S3.
    for _ in 0..6 {
        press(&mut app, KeyCode::Down);
    }
    let b = frame(&app, 100, 30);
    assert!(text(&b).contains("Field operations 2's 2 connections · 40 in all"), "{}", text(&b));
    assert_readable(&b, &all[..3]);
}

#[test]
fn the_selected_relationships_two_ends_are_highlighted() {
    let s = Sandbox::new();
    let c = twelve();
    let mut app = map_of(&s, &c, 100, 30);
    press(&mut app, KeyCode::Down);
    let b = frame(&app, 100, 30);
    let selection = app.styles.selected().bg;
    let inside = map_box(&b);
    let highlighted = |name: &str| {
        let at = find(&b, inside, name).unwrap();
        let first = (at.x..at.x + at.w).find(|&x| b[(x, at.y)].symbol() != " ").unwrap();
        b[(first, at.y)].bg == selection.unwrap()
    };
    // R2 runs from S2 (Field service engineers) to S3 (Head of customer service).
    assert!(highlighted("Field service engineers"));
    assert!(highlighted("Head of customer service"));
    assert!(!highlighted("Regional operations lead"));
}

#[test]
fn what_flows_is_typed_under_the_map() {
    let s = Sandbox::new();
    let mut app = map_of(&s, &twelve(), 100, 30);
    press(&mut app, KeyCode::Char('a'));
    enter_line(&mut app, "Finance");
    enter_line(&mut app, "Spare");
    type_text(&mut app, "budgets");
    let b = frame(&app, 100, 30);
    let screen = text(&b);
    let row =
        screen.lines().find(|l| l.contains("what flows? budgets")).unwrap_or_else(|| panic!("{screen}"));
    let column = row.chars().position(|ch| ch == 'w' && row.contains("what flows")).unwrap();
    assert!(column < 62, "under the map, on its left: {row}");
    map_box(&b);
}

#[test]
fn snapshots_at_three_sizes() {
    let s = Sandbox::new();
    for (w, h) in [(80, 24), (100, 30), (200, 60)] {
        let app = map_of(&s, &twelve(), w, h);
        insta::assert_snapshot!(format!("map_twelve_{w}x{h}"), screen(&app, w, h));
    }
    let app = map_of(&s, &people(40), 100, 30);
    insta::assert_snapshot!("map_forty_focus_100x30", screen(&app, 100, 30));
}

#[test]
fn the_workshop_works_the_map_out_and_drawing_only_reads_it() {
    let s = Sandbox::new();
    let (_, mut app) = app_on_copy(s.dir.path(), "acme-2026-11");
    app.update(Intent::Resize(100, 30));
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('v'));
    let rows = workshop(&app).rows(Section::Relationships).len();
    let cells = cvc::tui::views::layout::map_cells(app.area, rows, false);
    let known = workshop(&app).map_for(cells.width, cells.height);
    assert!(matches!(known, Some(Some(_))), "worked out for the screen's map: {known:?}");
    press(&mut app, KeyCode::Down);
    assert!(
        matches!(workshop(&app).map_for(cells.width, cells.height), Some(Some(_))),
        "worked out again for the new selection"
    );
    assert!(workshop(&app).map_for(cells.width + 1, cells.height).is_none(), "only for its own size");
    app.update(Intent::Resize(120, 40));
    let cells = cvc::tui::views::layout::map_cells(app.area, rows, false);
    assert!(
        matches!(workshop(&app).map_for(cells.width, cells.height), Some(Some(_))),
        "worked out again for the terminal's new size"
    );
}

/// The mark a weak point has before its name on the map: `◆` others' only link, `◎` a hub, `○`
/// no relationship (the first that applies).
fn marks(c: &Canvas) -> Vec<(String, &'static str)> {
    let weak = cvc::graph::weak_points(c);
    c.stakeholders
        .iter()
        .filter_map(|s| {
            let mark = if weak.linchpins.iter().any(|l| l.id == s.id) {
                "◆"
            } else if weak.hubs.iter().any(|h| h.id == s.id) {
                "◎"
            } else if weak.unconnected.contains(&s.id) {
                "○"
            } else {
                return None;
            };
            Some((s.name.clone(), mark))
        })
        .collect()
}

#[test]
fn every_weak_point_has_its_mark_before_its_name_at_every_size() {
    let shipped = ["acme-2026-05", "acme-2026-11", "acme-2027-05"]
        .map(|n| cvc::store::load(&common::shipped(n)).unwrap());
    let mut hub = people(7);
    // A second line into the hub's neighbours, so S1 carries most links without being the only one.
    hub.add_relationship(Relationship { from: "S2".into(), to: "S3".into(), ..Default::default() });
    let canvases: Vec<Canvas> = shipped.into_iter().chain([twelve(), people(12), hub]).collect();
    let mut seen = std::collections::HashSet::new();
    for c in &canvases {
        let wanted = marks(c);
        for (w, h) in [(80, 24), (100, 30), (120, 40), (200, 60)] {
            let s = Sandbox::new();
            let app = map_of(&s, c, w, h);
            let b = frame(&app, w, h);
            let all = text(&b);
            if !all.contains("Relationship map") {
                continue; // a crowded map shows a stakeholder's neighbours, not every name
            }
            let inside = map_box(&b);
            for (name, mark) in &wanted {
                let first = name.split(' ').next().unwrap();
                let found = find(&b, inside, &format!("{mark} {name}"));
                assert!(found.is_some(), "{mark} before {name:?} ({first}) at {w}x{h}:\n{all}");
                seen.insert(*mark);
            }
            if w == 200 {
                let legend: String = (0..w).map(|x| b[(x, inside.3)].symbol()).collect();
                for (_, mark) in &wanted {
                    assert!(legend.contains(&format!("{mark} ")), "{mark} explained at {w}x{h}: {legend}");
                }
            }
        }
    }
    assert_eq!(seen.len(), 3, "every kind of mark tried: {seen:?}");
}
