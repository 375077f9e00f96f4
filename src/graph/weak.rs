//! The network's weak points (DESIGN.md §11; Terry: connections break when people leave): the
//! stakeholders whose leaving would cut others off (articulation points), the hubs that carry
//! most relationships, and the stakeholders with no relationship at all. The graph algorithms
//! are petgraph's.

use std::collections::HashMap;

use petgraph::algo::articulation_points::articulation_points;
use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::visit::{Bfs, NodeFiltered};

use crate::model::Canvas;

/// A stakeholder whose leaving would leave others with no link to the rest of the network.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinchPin {
    /// The stakeholder's id.
    pub id: String,
    /// The ids of the stakeholders who would lose their only link, in list order.
    pub cut_off: Vec<String>,
}

/// A stakeholder carrying at least half the relationships.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hub {
    /// The stakeholder's id.
    pub id: String,
    /// How many relationships it is part of.
    pub relationships: usize,
    /// How many relationships the canvas has.
    pub of: usize,
}

/// The network's weak points, each list in stakeholder order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WeakPoints {
    /// Stakeholders whose leaving cuts others off.
    pub linchpins: Vec<LinchPin>,
    /// Stakeholders carrying at least half the relationships, and at least [`HUB_LEAST`].
    pub hubs: Vec<Hub>,
    /// Ids of stakeholders with no relationship.
    pub unconnected: Vec<String>,
}

/// The fewest relationships a hub carries: two of three is a small network, not a hub.
pub const HUB_LEAST: usize = 3;

/// The network's weak points: relationships are links whichever way they flow; one to a
/// stakeholder that is gone, or from a stakeholder to itself, is left out.
pub fn weak_points(c: &Canvas) -> WeakPoints {
    let mut g: UnGraph<usize, ()> = UnGraph::with_capacity(c.stakeholders.len(), c.relationships.len());
    let nodes: Vec<NodeIndex> = (0..c.stakeholders.len()).map(|i| g.add_node(i)).collect();
    let at: HashMap<&str, NodeIndex> =
        c.stakeholders.iter().zip(&nodes).map(|(s, n)| (s.id.as_str(), *n)).collect();
    let mut degree = vec![0usize; c.stakeholders.len()];
    let mut links = 0;
    // In a relationship at all, even one to itself: what "no relationship" means everywhere.
    let mut touched = vec![false; c.stakeholders.len()];
    for r in &c.relationships {
        for end in [&r.from, &r.to] {
            if let Some(n) = at.get(end.as_str()) {
                touched[n.index()] = true;
            }
        }
        let (Some(&a), Some(&b)) = (at.get(r.from.as_str()), at.get(r.to.as_str())) else { continue };
        if a == b {
            continue;
        }
        g.add_edge(a, b, ());
        degree[a.index()] += 1;
        degree[b.index()] += 1;
        links += 1;
    }
    let id = |n: NodeIndex| c.stakeholders[g[n]].id.clone();
    let mut cut: Vec<NodeIndex> = articulation_points(&g).into_iter().collect();
    cut.sort();
    let linchpins = cut
        .into_iter()
        .map(|v| LinchPin { id: id(v), cut_off: cut_off(&g, v).into_iter().map(id).collect() })
        .collect();
    let hubs = nodes
        .iter()
        .filter(|n| degree[n.index()] >= HUB_LEAST && degree[n.index()] * 2 >= links)
        .map(|n| Hub { id: id(*n), relationships: degree[n.index()], of: links })
        .collect();
    let unconnected = nodes.iter().filter(|n| !touched[n.index()]).map(|n| id(*n)).collect();
    WeakPoints { linchpins, hubs, unconnected }
}

/// The stakeholders `v`'s leaving cuts off: every part its neighbours fall into without it,
/// except the largest (the rest of the network), in list order.
fn cut_off(g: &UnGraph<usize, ()>, v: NodeIndex) -> Vec<NodeIndex> {
    let without = NodeFiltered::from_fn(g, |n| n != v);
    let mut parts: Vec<Vec<NodeIndex>> = Vec::new();
    for n in g.neighbors(v) {
        if parts.iter().any(|p| p.contains(&n)) {
            continue;
        }
        let mut part = Vec::new();
        let mut bfs = Bfs::new(&without, n);
        while let Some(x) = bfs.next(&without) {
            part.push(x);
        }
        parts.push(part);
    }
    // A part larger than every other stays the network; with no such part (a star) every part
    // loses its only link to the others.
    parts.sort_by_key(|p| std::cmp::Reverse(p.len()));
    let keep = usize::from(parts.len() < 2 || parts[0].len() > parts[1].len());
    let mut out: Vec<NodeIndex> = parts.into_iter().skip(keep).flatten().collect();
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Relationship, Stakeholder};

    fn canvas(names: &[&str], links: &[(usize, usize)]) -> Canvas {
        let mut c = Canvas::new("t");
        for n in names {
            c.add_stakeholder(Stakeholder { name: (*n).into(), ..Default::default() });
        }
        for (a, b) in links {
            let (from, to) = (format!("S{}", a + 1), format!("S{}", b + 1));
            c.add_relationship(Relationship { from, to, ..Default::default() });
        }
        c
    }

    #[test]
    fn a_star_through_one_stakeholder_has_it_as_articulation_point_and_hub() {
        // Field engineers (S1) link Service desk, Regional managers and Product engineering;
        // Product engineering and Quality (S5) also link each other and S1.
        let c = canvas(
            &[
                "Field engineers",
                "Service desk",
                "Regional managers",
                "Product engineering",
                "Quality",
                "Works council",
            ],
            &[(0, 1), (0, 2), (0, 3), (3, 4), (4, 0)],
        );
        let w = weak_points(&c);
        assert_eq!(w.linchpins, [LinchPin { id: "S1".into(), cut_off: vec!["S2".into(), "S3".into()] }]);
        assert_eq!(w.hubs, [Hub { id: "S1".into(), relationships: 4, of: 5 }]);
        assert_eq!(w.unconnected, ["S6"]);
    }

    #[test]
    fn a_ring_has_no_weak_point() {
        let c = canvas(&["a", "b", "c", "d", "e"], &[(0, 1), (1, 2), (2, 3), (3, 4), (4, 0)]);
        assert_eq!(weak_points(&c), WeakPoints::default());
    }

    #[test]
    fn a_chain_names_both_inner_links_and_what_each_cuts_off() {
        let c = canvas(&["a", "b", "c", "d"], &[(0, 1), (1, 2), (2, 3), (1, 1)]);
        let w = weak_points(&c);
        let ids: Vec<(&str, Vec<&str>)> = w
            .linchpins
            .iter()
            .map(|l| (l.id.as_str(), l.cut_off.iter().map(String::as_str).collect()))
            .collect();
        assert_eq!(ids, [("S2", vec!["S1"]), ("S3", vec!["S4"])], "a self-link counts for nothing");
        assert!(w.hubs.is_empty(), "two of three relationships, but fewer than three");
    }
}
