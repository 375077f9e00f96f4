//! What the relationship map shows: every stakeholder when all fit whole, else the selected
//! relationship's first stakeholder and as many of its neighbours as fit. Worked out by the
//! workshop when what it depends on changes (the derived facts, the selection, the map's size)
//! and kept there, so drawing only reads it: the layout is the only part of the map that is not
//! cheap.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use crate::graph::{Layout, fits, layout};
use crate::model::Canvas;
use crate::tui::derived::Derived;

/// More stakeholders than this are never tried all at once (no map holds them whole).
const ALL_MAX: usize = 80;
/// The most neighbours shown around a focused stakeholder: more lines into one name tangle.
const NEIGHBOURS_MAX: usize = 8;

/// How much of the canvas the map shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Scope {
    /// Every stakeholder.
    All,
    /// A stakeholder (by name) and `shown` of its `links` neighbours.
    Focus {
        /// The stakeholder's name.
        name: String,
        /// How many neighbours are drawn.
        shown: usize,
        /// How many it has.
        links: usize,
    },
    /// The first `shown` stakeholders, when nothing is selected to focus on.
    First {
        /// How many are drawn.
        shown: usize,
    },
}

/// How a weak point of the network (DESIGN.md §11) is marked before its name on the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WeakMark {
    /// Others' only link to the network (an articulation point): `◆`.
    OnlyLink,
    /// A hub carrying most relationships: `◎`, as the handout's network marks it.
    Hub,
    /// No relationship at all: `○`.
    NoLink,
}

impl WeakMark {
    /// The mark drawn.
    pub(crate) fn symbol(self) -> &'static str {
        match self {
            WeakMark::OnlyLink => "◆",
            WeakMark::Hub => "◎",
            WeakMark::NoLink => "○",
        }
    }
}

/// The mark of stakeholder `id` when it is a weak point of the network: others' only link
/// before a hub, a hub before none.
pub(crate) fn weak_mark(d: &Derived, id: &str) -> Option<WeakMark> {
    use crate::model::WarningKind::{Hub, LinchPin, NoRelationship, UnconnectedPower};
    let kinds = d.warnings.iter().filter(|w| w.target.as_ref().is_some_and(|t| t.1 == id)).map(|w| w.kind);
    kinds
        .filter_map(|k| match k {
            LinchPin => Some(WeakMark::OnlyLink),
            Hub => Some(WeakMark::Hub),
            NoRelationship | UnconnectedPower => Some(WeakMark::NoLink),
            _ => None,
        })
        .min_by_key(|m| *m as u8)
}

/// The stakeholders, lines and layout to draw.
#[derive(Debug, Clone)]
pub struct Shown {
    /// The stakeholder ids drawn, in the layout's label order.
    pub(crate) ids: Vec<String>,
    /// The relationship index of each of the layout's routes.
    pub(crate) rels: Vec<usize>,
    /// Where everything goes.
    pub(crate) layout: Arc<Layout>,
    /// How much of the canvas this is.
    pub(crate) scope: Scope,
    /// The focused stakeholder's id, drawn apart.
    pub(crate) focus: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Key {
    names: Vec<String>,
    edges: Vec<(usize, usize)>,
    size: (u16, u16),
    shrink: bool,
}

/// A layout and how many of its candidates it holds.
#[derive(Debug)]
struct Picture {
    shown: usize,
    layout: Option<Arc<Layout>>,
}

/// The picture for `key`: as many candidates as fit, laid out.
fn picture(key: &Key) -> Picture {
    let names: Vec<&str> = key.names.iter().map(String::as_str).collect();
    let (w, h) = key.size;
    let shown = if !key.shrink {
        names.len()
    } else {
        // The most candidates that fit, the first always; fitting only gets harder with more names.
        let (mut lo, mut hi) = (1, names.len());
        while lo < hi {
            let mid = (lo + hi).div_ceil(2);
            if fits(&names[..mid], w, h) { lo = mid } else { hi = mid - 1 }
        }
        lo.min(names.len())
    };
    let edges: Vec<(usize, usize)> =
        key.edges.iter().copied().filter(|&(a, b)| a < shown && b < shown).collect();
    let made = layout(&names[..shown], &edges, w, h).map(Arc::new);
    Picture { shown: if made.is_some() { shown } else { 0 }, layout: made }
}

/// Candidates (ids in order) and the relationships among them — only those touching `hub`
/// when there is one — as local (from, to) and relationship index.
fn among(
    c: &Canvas,
    d: &Derived,
    ids: Vec<String>,
    hub: Option<&str>,
) -> (Vec<String>, Vec<(usize, usize)>, Vec<usize>) {
    let at: HashMap<&str, usize> = ids.iter().enumerate().map(|(i, id)| (id.as_str(), i)).collect();
    let mut edges = Vec::new();
    let mut rels = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        for &r in d.links.get(id).map_or(&[][..], Vec::as_slice) {
            // The derived facts may be a step behind the canvas (a relationship just deleted):
            // a link to a relationship no longer there is passed over until they catch up.
            let Some(rel) = c.relationships.get(r) else { continue };
            if rel.from == *id
                && hub.is_none_or(|h| rel.from == h || rel.to == h)
                && let Some(&j) = at.get(rel.to.as_str())
                && j != i
            {
                edges.push((i, j));
                rels.push(r);
            }
        }
    }
    (ids, edges, rels)
}

/// Lays out `ids` (shrinking to the first that fit when `shrink`, and with only the lines of
/// `hub` when there is one); `None` when they do not fit.
fn laid_out(
    c: &Canvas,
    d: &Derived,
    ids: Vec<String>,
    size: (u16, u16),
    (shrink, hub): (bool, Option<&str>),
) -> Option<(Vec<String>, Vec<usize>, Arc<Layout>)> {
    let (mut ids, edges, mut rels) = among(c, d, ids, hub);
    // A weak point's mark is part of its label, so no line ever takes its cell.
    let names = ids
        .iter()
        .map(|id| match weak_mark(d, id) {
            Some(mark) => format!("{} {}", mark.symbol(), d.name(id)),
            None => d.name(id).to_string(),
        })
        .collect();
    let pic = picture(&Key { names, edges: edges.clone(), size, shrink });
    let layout = pic.layout.clone()?;
    ids.truncate(pic.shown);
    let keep: Vec<bool> = edges.iter().map(|&(a, b)| a < pic.shown && b < pic.shown).collect();
    let mut k = keep.iter();
    rels.retain(|_| *k.next().unwrap_or(&false));
    Some((ids, rels, layout))
}

/// What to draw in `width` × `height` cells with relationship `selected` under the cursor.
pub(crate) fn shown(
    c: &Canvas,
    d: &Derived,
    selected: Option<usize>,
    width: u16,
    height: u16,
) -> Option<Shown> {
    let size = (width, height);
    let total = c.stakeholders.len();
    if total <= ALL_MAX {
        let ids = c.stakeholders.iter().map(|p| p.id.clone()).collect();
        if let Some((ids, rels, layout)) = laid_out(c, d, ids, size, (false, None)) {
            return Some(Shown { ids, rels, layout, scope: Scope::All, focus: None });
        }
    }
    let chosen = selected.and_then(|i| c.relationships.get(i)).filter(|r| d.names.contains_key(&r.from));
    let Some(rel) = chosen else {
        let ids = c.stakeholders.iter().take(ALL_MAX).map(|p| p.id.clone()).collect();
        let (ids, rels, layout) = laid_out(c, d, ids, size, (true, None))?;
        let scope = Scope::First { shown: ids.len() };
        return Some(Shown { ids, rels, layout, scope, focus: None });
    };
    let focus = rel.from.clone();
    let mut seen: HashSet<&str> = HashSet::from([focus.as_str()]);
    let mut ids = vec![focus.clone()];
    let others =
        d.links.get(&focus).map_or(&[][..], Vec::as_slice).iter().filter_map(|&r| c.relationships.get(r));
    for r in std::iter::once(rel).chain(others) {
        let other = if r.from == focus { &r.to } else { &r.from };
        if d.names.contains_key(other) && seen.insert(other.as_str()) {
            ids.push(other.clone());
        }
    }
    let links = ids.len() - 1;
    ids.truncate(NEIGHBOURS_MAX + 1);
    // Only the focused stakeholder's own lines: lines between its neighbours would tangle the star.
    let (ids, rels, layout) = laid_out(c, d, ids, size, (true, Some(focus.as_str())))?;
    let scope = Scope::Focus { name: d.name(&focus).to_string(), shown: ids.len() - 1, links };
    Some(Shown { ids, rels, layout, scope, focus: Some(focus) })
}
