use super::*;
use crate::model::{Reading, Relationship, Stakeholder};

#[test]
fn stakeholders_on_one_spot_get_their_own_slot() {
    let mut c = Canvas::new("t");
    for name in ["a", "b", "c"] {
        c.add_stakeholder(Stakeholder {
            name: name.into(),
            power: Some(4),
            interest: Some(4),
            ..Default::default()
        });
    }
    c.add_stakeholder(Stakeholder {
        name: "d".into(),
        power: Some(1),
        interest: Some(5),
        ..Default::default()
    });
    c.add_stakeholder(Stakeholder { name: "unrated".into(), ..Default::default() });
    let slots: Vec<_> = grid(&c).iter().map(|p| p.slot).collect();
    assert_eq!(slots, [(0, 3), (1, 3), (2, 3), (0, 1)]);
    assert_eq!(left_out(&c), ["1 stakeholder(s) without power and interest are not on the grid."]);
}

#[test]
fn the_coverage_legend_names_the_ongoing_work_its_line_counts() {
    let c = crate::store::load(std::path::Path::new("canvases/acme-2027-05.ron")).unwrap();
    let cover = Picture::Coverage(coverage(&c));
    assert!(cover.legend().contains("line: ongoing work (active tasks, actions committed or in progress)"));
    let svg = crate::export::svg::picture(&cover, &crate::export::html::Palette::paper(), Tr::default());
    assert!(svg.contains(">ongoing work<") && !svg.contains("ongoing tasks"), "{svg}");
}

#[test]
fn the_network_joins_each_stakeholder_once() {
    let mut c = Canvas::new("t");
    let a = c.add_stakeholder(Stakeholder { name: "A".into(), ..Default::default() });
    let b = c.add_stakeholder(Stakeholder { name: "B".into(), ..Default::default() });
    c.add_relationship(Relationship { from: a.clone(), to: b.clone(), ..Default::default() });
    c.add_relationship(Relationship { from: b, to: a, ..Default::default() });
    let net = network(&c);
    assert_eq!(net.nodes.len(), 2);
    assert_eq!((net.edges[1].from, net.edges[1].to), (1, 0));
}

#[test]
fn the_network_shows_the_unconnected_and_marks_the_weak_points() {
    let c = crate::store::load(std::path::Path::new("canvases/acme-2027-05.ron")).unwrap();
    let net = network(&c);
    assert_eq!(net.nodes.len(), c.stakeholders.len(), "every stakeholder, the unconnected too");
    let at = |id: &str| net.nodes.iter().position(|(n, _)| n == id).unwrap();
    assert_eq!(net.label(at("S1")), "◆◎ S1 Field engineers", "others' only link and a hub");
    assert_eq!(net.label(at("S7")), "○ S7 Works council", "no relationship");
    assert_eq!(net.label(at("S2")), "S2 Head of Service");
    assert!(Picture::Network(net).legend().contains("○ (dashed box): no relationship yet."));
    let mut ring = Canvas::new("t");
    for n in ["a", "b", "c"] {
        ring.add_stakeholder(Stakeholder { name: n.into(), ..Default::default() });
    }
    for (a, b) in [("S1", "S2"), ("S2", "S3"), ("S3", "S1")] {
        ring.add_relationship(Relationship { from: a.into(), to: b.into(), ..Default::default() });
    }
    let net = network(&ring);
    assert!(net.weak.iter().all(|w| *w == Weak::default()), "a ring has no weak point");
    assert!(!Picture::Network(net).legend().contains('◆'));
}

#[test]
fn a_trend_keeps_the_readings_in_the_target_unit() {
    let reading = |d, v: &str| Reading {
        date: crate::model::Day::new(2026, 8, d).unwrap(),
        value: v.into(),
        note: String::new(),
    };
    let ind = Indicator {
        baseline: "5 days".into(),
        target: "24 hours".into(),
        readings: vec![reading(1, "40 hours"), reading(2, "about 30"), reading(3, "19 hours")],
        ..Default::default()
    };
    let t = trend("A1", &ind, Language::En).unwrap();
    assert_eq!(
        t.points,
        [("baseline".into(), 120.0), ("2026-08-01".into(), 40.0), ("2026-08-03".into(), 19.0)]
    );
    assert_eq!((t.target, t.unit.as_str()), (24.0, "hours"));
    assert_eq!(t.at, [0.0, 30.0 / 32.0, 1.0], "an undated baseline a month before, readings by day");
    let none =
        Indicator { target: "24 hours".into(), readings: vec![reading(1, "about 30")], ..Default::default() };
    assert_eq!(trend("A1", &none, Language::En), None, "no numeric reading, no chart");
}
