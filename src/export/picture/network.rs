//! The relationship network as a picture draws it: nodes, lines, and each node's weak points.

use super::MOST;
use crate::model::{Canvas, Direction, Health};

/// A line of the network between two of its nodes.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// Index of the node it starts from.
    pub from: usize,
    /// Index of the node it goes to.
    pub to: usize,
    /// What flows along it.
    pub label: String,
    /// Its health.
    pub health: Option<Health>,
    /// One way, both ways, or not said.
    pub direction: Option<Direction>,
}

/// What a stakeholder is in the network's weak points (DESIGN.md §11), marked on the pictures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Weak {
    /// Others would lose their only link if this one left (an articulation point).
    pub linchpin: bool,
    /// Carries most of the relationships.
    pub hub: bool,
    /// Has no relationship at all.
    pub unconnected: bool,
}

impl Weak {
    /// The marks put before a name: `◆` others' only link, `◎` a hub, `○` no relationship.
    pub fn marks(self) -> String {
        let mut out = String::new();
        for (on, mark) in [(self.linchpin, "◆"), (self.hub, "◎"), (self.unconnected, "○")] {
            if on {
                out.push_str(mark);
            }
        }
        out
    }

    /// The name as the network picture shows it: its marks, its id and its name.
    pub fn label(self, id: &str, name: &str) -> String {
        let marks = self.marks();
        if marks.is_empty() { format!("{id} {name}") } else { format!("{marks} {id} {name}") }
    }
}

/// The relationship network: every stakeholder (those with no relationship last), and the
/// relationships; each stakeholder's weak-point marks.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Network {
    /// Each node's id and name.
    pub nodes: Vec<(String, String)>,
    /// The lines.
    pub edges: Vec<Edge>,
    /// Each node's weak points, in node order.
    pub weak: Vec<Weak>,
}

impl Network {
    /// A node's weak points (none when not worked out).
    pub fn weak_of(&self, node: usize) -> Weak {
        self.weak.get(node).copied().unwrap_or_default()
    }

    /// A node's label: its marks, id and name.
    pub fn label(&self, node: usize) -> String {
        let (id, name) = &self.nodes[node];
        self.weak_of(node).label(id, name)
    }
}

/// The relationships between stakeholders that exist, the stakeholders they join, then the
/// stakeholders with no relationship; each marked with its weak points.
pub fn network(c: &Canvas) -> Network {
    let mut net = Network::default();
    let mut index = std::collections::HashMap::new();
    let names = c.names();
    let mut node = |net: &mut Network, id: &str| -> usize {
        *index.entry(id.to_string()).or_insert_with(|| {
            net.nodes.push((id.to_string(), names.of(id).to_string()));
            net.nodes.len() - 1
        })
    };
    for r in &c.relationships {
        let (from, to) = (node(&mut net, &r.from), node(&mut net, &r.to));
        net.edges.push(Edge {
            from,
            to,
            label: r.exchange.clone(),
            health: r.health,
            direction: r.direction,
        });
    }
    // A network too large to draw is left to the tables: its weak points are not worked out here.
    if c.stakeholders.len() > MOST {
        return net;
    }
    let weak = crate::graph::weak_points(c);
    for id in &weak.unconnected {
        node(&mut net, id);
    }
    use std::collections::HashSet;
    let linchpins: HashSet<&str> = weak.linchpins.iter().map(|l| l.id.as_str()).collect();
    let hubs: HashSet<&str> = weak.hubs.iter().map(|h| h.id.as_str()).collect();
    let alone: HashSet<&str> = weak.unconnected.iter().map(String::as_str).collect();
    net.weak = net
        .nodes
        .iter()
        .map(|(id, _)| Weak {
            linchpin: linchpins.contains(id.as_str()),
            hub: hubs.contains(id.as_str()),
            unconnected: alone.contains(id.as_str()),
        })
        .collect();
    net
}
