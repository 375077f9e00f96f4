//! The relationship network as a Mermaid `flowchart`.

use std::fmt::Write;

use super::{LABEL_MAX, quoted};
use crate::export::picture::{Edge, Network, Weak, health_mark};
use crate::model::{Direction, Health};

/// The link between two nodes: its line by health (thick healthy, plain at risk, dotted broken)
/// and its arrowheads by direction.
fn link(e: &Edge) -> &'static str {
    match (e.health, e.direction) {
        (Some(Health::Healthy), Some(Direction::OneWay)) => "==>",
        (Some(Health::Healthy), Some(Direction::TwoWay)) => "<==>",
        (Some(Health::Healthy), None) => "===",
        (Some(Health::Broken), Some(Direction::OneWay)) => "-.->",
        (Some(Health::Broken), Some(Direction::TwoWay)) => "<-.->",
        (Some(Health::Broken), None) => "-.-",
        (_, Some(Direction::OneWay)) => "-->",
        (_, Some(Direction::TwoWay)) => "<-->",
        (_, None) => "---",
    }
}

/// A line's colour and width by health.
fn style(health: Option<Health>) -> &'static str {
    match health {
        Some(Health::Healthy) => "stroke:#1b7f3b,stroke-width:3px",
        Some(Health::AtRisk) => "stroke:#b26a00,stroke-width:2px",
        Some(Health::Broken) => "stroke:#c62828,stroke-width:2px",
        None => "stroke:#6b6b6b,stroke-width:1px",
    }
}

/// The flowchart: a node `sN` per stakeholder, a link per relationship with what flows as its
/// label (after the health mark), coloured by health.
pub fn flowchart(net: &Network) -> String {
    let mut out = String::from("flowchart TB\n");
    for i in 0..net.nodes.len() {
        let _ = writeln!(out, "    s{i}[{}]", quoted(&net.label(i), LABEL_MAX));
    }
    for e in &net.edges {
        let text = format!("{} {}", health_mark(e.health), e.label);
        let label =
            if text.trim().is_empty() { String::new() } else { format!("|{}|", quoted(&text, LABEL_MAX)) };
        let _ = writeln!(out, "    s{} {}{label} s{}", e.from, link(e), e.to);
    }
    for (i, e) in net.edges.iter().enumerate() {
        let _ = writeln!(out, "    linkStyle {i} {}", style(e.health));
    }
    // Weak points: a thick amber box for others' only link, a dashed one for no relationship.
    let marked = |f: fn(&Weak) -> bool| -> Vec<String> {
        net.weak.iter().enumerate().filter(|(_, w)| f(w)).map(|(i, _)| format!("s{i}")).collect()
    };
    for (class, look, nodes) in [
        ("linchpin", "stroke:#b26a00,stroke-width:3px", marked(|w| w.linchpin)),
        ("unconnected", "stroke:#6b6b6b,stroke-width:1px,stroke-dasharray:4 3", marked(|w| w.unconnected)),
    ] {
        if !nodes.is_empty() {
            let _ = writeln!(out, "    classDef {class} {look}\n    class {} {class}", nodes.join(","));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weak_points_are_marked_and_the_unconnected_drawn() {
        let c = crate::store::load(std::path::Path::new("canvases/acme-2027-05.ron")).unwrap();
        let text = flowchart(&crate::export::picture::network(&c));
        assert!(text.contains("    s0[\"#9670;#9678; S1 Field engineers\"]\n"), "{text}");
        assert!(text.contains("    s7[\"#9675; S7 Works council\"]\n"), "{text}");
        assert!(
            text.contains("    class s0 linchpin\n") && text.contains("    class s7 unconnected\n"),
            "{text}"
        );
    }

    #[test]
    fn health_and_direction_choose_the_line_and_the_label_is_quoted() {
        let net = Network {
            nodes: vec![("S1".into(), "A | B".into()), ("S2".into(), "C".into())],
            edges: vec![
                Edge {
                    from: 0,
                    to: 1,
                    label: "fixes".into(),
                    health: Some(Health::Broken),
                    direction: Some(Direction::OneWay),
                },
                Edge { from: 1, to: 0, label: String::new(), health: None, direction: None },
            ],
            weak: Vec::new(),
        };
        let text = flowchart(&net);
        assert!(text.contains("    s0[\"S1 A #124; B\"]\n"), "{text}");
        assert!(text.contains("    s0 -.->|\"#10007; fixes\"| s1\n"), "{text}");
        assert!(text.contains("    s1 --- s0\n"), "{text}");
        assert!(text.contains("    linkStyle 0 stroke:#c62828"), "{text}");
    }
}
