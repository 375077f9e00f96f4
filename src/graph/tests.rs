use super::*;

const NAMES: [&str; 12] = [
    "Regional operations lead",
    "Field service engineers",
    "Head of customer service",
    "Product engineering team",
    "Works council delegates",
    "Platform vendor partners",
    "Quality assurance group",
    "Customer success office",
    "Service desk first line",
    "Finance and controlling",
    "Spare parts logistics",
    "Training academy staff",
];

fn ring(n: usize) -> Vec<(usize, usize)> {
    let mut edges: Vec<(usize, usize)> = (0..n).map(|i| (i, (i + 1) % n)).collect();
    edges.extend((0..n).step_by(3).map(|i| (i, (i + n / 2) % n)));
    edges
}

/// Every label inside the area, none overlapping another, every route on free cells, each cell
/// next to the one before, starting beside its `from` label and ending beside its `to` label.
fn check(l: &Layout, edges: &[(usize, usize)], width: u16, height: u16) {
    for (i, a) in l.labels.iter().enumerate() {
        assert!(a.x + a.width <= width && a.y + a.height() <= height, "label {i} inside: {a:?}");
        for b in &l.labels[i + 1..] {
            let apart = a.x + a.width <= b.x
                || b.x + b.width <= a.x
                || a.y + a.height() <= b.y
                || b.y + b.height() <= a.y;
            assert!(apart, "labels overlap: {a:?} {b:?}");
        }
    }
    for (r, &(from, to)) in l.routes.iter().zip(edges) {
        assert!(!r.cells.is_empty(), "edge {from}→{to} routed");
        for &(x, y) in &r.cells {
            assert!(x < width && y < height);
            assert!(l.labels.iter().all(|b| !b.contains(x, y)), "line over a label at {x},{y}");
        }
        for w in r.cells.windows(2) {
            assert_eq!(w[0].0.abs_diff(w[1].0) + w[0].1.abs_diff(w[1].1), 1, "cells next to each other");
        }
        let first = r.start.unwrap().back().from(r.cells[0], width, height).unwrap();
        assert!(l.labels[from].contains(first.0, first.1), "starts beside {from}");
        let last = r.end.unwrap().from(*r.cells.last().unwrap(), width, height).unwrap();
        assert!(l.labels[to].contains(last.0, last.1), "ends beside {to}");
        let (start, end) = l.labels[to].span(usize::from(last.1 - l.labels[to].y));
        assert!(last.0 >= start && last.0 < end, "the arrow points at a letter of {to}, not at padding");
    }
}

#[test]
fn twelve_long_names_fit_whole_on_two_lines_at_most_in_sixty_by_twenty() {
    let edges = ring(12);
    let l = layout(&NAMES, &edges, 60, 21).expect("twelve names fit");
    check(&l, &edges, 60, 21);
    for (label, name) in l.labels.iter().zip(NAMES) {
        assert!(label.lines.len() <= 2);
        assert_eq!(label.lines.join(" "), name, "whole");
    }
}

#[test]
fn the_same_input_gives_the_same_layout() {
    let edges = ring(12);
    let a = layout(&NAMES, &edges, 78, 40).unwrap();
    let b = layout(&NAMES, &edges, 78, 40).unwrap();
    assert_eq!(a, b);
    check(&a, &edges, 78, 40);
}

#[test]
fn small_and_large_areas_keep_labels_apart_and_lines_off_them() {
    for (n, w, h) in [(1, 20, 5), (3, 47, 15), (5, 60, 12), (8, 47, 15), (12, 124, 53), (12, 78, 53)] {
        let names = &NAMES[..n];
        let edges = if n > 1 { ring(n) } else { Vec::new() };
        let l = layout(names, &edges, w, h).unwrap_or_else(|| panic!("{n} names fit in {w}×{h}"));
        check(&l, &edges, w, h);
    }
}

#[test]
fn too_many_names_do_not_fit() {
    let many: Vec<String> = (0..60).map(|i| format!("Stakeholder number {i}")).collect();
    let names: Vec<&str> = many.iter().map(String::as_str).collect();
    assert!(!fits(&names, 60, 21));
    assert!(layout(&names, &[], 60, 21).is_none());
    assert!(fits(&names[..6], 60, 21));
}

#[test]
fn a_name_wraps_between_words_and_is_cut_only_when_two_lines_cannot_hold_it() {
    assert_eq!(lines_for("Head of customer service", 30), ["Head of customer service"]);
    assert_eq!(least_width("Head of customer service"), 16);
    assert_eq!(lines_for("Head of customer service", 16), ["Head of customer", "service"]);
    assert_eq!(lines_for("Head of customer service", 13), ["Head of custo", "mer service"]);
    assert_eq!(lines_for("Supercalifragilistic", 8), ["Supercal", "ifragil…"]);
}

#[test]
fn an_arrow_points_into_the_label_it_ends_at() {
    let edges = [(0, 1), (1, 2), (2, 0)];
    let l = layout(&NAMES[..3], &edges, 50, 15).unwrap();
    check(&l, &edges, 50, 15);
    let r = &l.routes[0];
    let last = *r.cells.last().unwrap();
    let mask = r.mask(r.cells.len() - 1);
    assert!(mask & r.end.unwrap().bit() != 0, "the last cell leaves toward the label");
    assert!(l.labels[1].contains(
        r.end.unwrap().from(last, 50, 15).unwrap().0,
        r.end.unwrap().from(last, 50, 15).unwrap().1
    ));
}

#[test]
fn a_line_to_itself_or_to_no_one_is_not_drawn_and_two_lines_between_one_pair_both_are() {
    let edges = [(0, 0), (0, 9), (0, 1), (1, 0), (0, 1)];
    let l = layout(&NAMES[..3], &edges, 60, 21).unwrap();
    assert!(l.routes[0].cells.is_empty() && l.routes[1].cells.is_empty());
    let kept = [(0, 1), (1, 0), (0, 1)];
    check(&Layout { labels: l.labels.clone(), routes: l.routes[2..].to_vec() }, &kept, 60, 21);
    assert!(
        l.routes[2].cells != l.routes[3].cells && l.routes[2].cells != l.routes[4].cells,
        "each its own way"
    );
}

#[test]
fn a_star_puts_its_hub_in_the_middle_and_the_others_around_it() {
    let edges: Vec<(usize, usize)> = (1..9).map(|i| (0, i)).collect();
    let l = layout(&NAMES[..9], &edges, 60, 21).unwrap();
    check(&l, &edges, 60, 21);
    let centre = |b: &Label| (i32::from(b.x) + i32::from(b.width) / 2, i32::from(b.y));
    let off = |b: &Label| (centre(b).0 - 30).abs() + 2 * (centre(b).1 - 10).abs();
    let hub = off(&l.labels[0]);
    assert!(l.labels[1..].iter().all(|b| off(b) > hub), "the hub is nearest the middle: {:?}", l.labels);
}

/// Where two lines of `l` would read as one: a cell both pass that is not a right-angle crossing,
/// or two cells side by side that both run the same way (two vertical strokes next to each other,
/// or two horizontal ones one above the other).
fn merged(l: &Layout) -> Vec<((u16, u16), (u16, u16))> {
    let (up, down, left, right) = (Step::Up.bit(), Step::Down.bit(), Step::Left.bit(), Step::Right.bit());
    let mut at: std::collections::HashMap<(u16, u16), Vec<(usize, u8)>> = Default::default();
    for (r, route) in l.routes.iter().enumerate() {
        for (k, &c) in route.cells.iter().enumerate() {
            at.entry(c).or_default().push((r, route.mask(k)));
        }
    }
    let mut out = Vec::new();
    for (&(x, y), here) in &at {
        for (i, &(r, m)) in here.iter().enumerate() {
            for &(q, n) in &here[i + 1..] {
                let cross = (m == up | down && n == left | right) || (m == left | right && n == up | down);
                if r != q && !cross {
                    out.push(((x, y), (x, y)));
                }
            }
        }
        for (next, same) in [((x + 1, y), up | down), ((x, y + 1), left | right)] {
            let Some(there) = at.get(&next) else { continue };
            for &(r, m) in here {
                for &(q, n) in there {
                    if r != q && m & n & same != 0 {
                        out.push(((x, y), next));
                    }
                }
            }
        }
    }
    out.sort();
    out
}

#[test]
fn no_two_lines_of_the_worked_example_run_together_so_they_read_as_one() {
    for name in ["acme-2026-05", "acme-2026-11", "acme-2027-05"] {
        let c = crate::store::load(std::path::Path::new(&format!("canvases/{name}.ron"))).unwrap();
        let names: Vec<&str> = c.stakeholders.iter().map(|s| s.name.as_str()).collect();
        let at = |id: &str| c.stakeholders.iter().position(|s| s.id == id);
        let edges: Vec<(usize, usize)> =
            c.relationships.iter().filter_map(|r| Some((at(&r.from)?, at(&r.to)?))).collect();
        // The map's cells at 80×24, 100×30, 120×40 and 200×60.
        for (w, h) in [(48, 14), (64, 20), (78, 30), (130, 50)] {
            let Some(l) = layout(&names, &edges, w, h) else { continue };
            check(&l, &edges, w, h);
            assert_eq!(merged(&l), [], "{name} at {w}x{h}:\n{}", drawn(&l, w, h));
        }
    }
}

/// The layout as text, each route's cells by its number, for a failing test to show.
fn drawn(l: &Layout, w: u16, h: u16) -> String {
    let mut rows = vec![vec![' '; usize::from(w)]; usize::from(h)];
    for b in &l.labels {
        for (k, line) in b.lines.iter().enumerate() {
            let (start, _) = b.span(k);
            for (i, ch) in line.chars().enumerate() {
                rows[usize::from(b.y) + k][usize::from(start) + i] = ch;
            }
        }
    }
    for (r, route) in l.routes.iter().enumerate() {
        for &(x, y) in &route.cells {
            rows[usize::from(y)][usize::from(x)] = char::from_digit(r as u32 % 36, 36).unwrap();
        }
    }
    rows.into_iter().map(|r| r.into_iter().collect::<String>() + "|\n").collect()
}
