//! The relationship map: stakeholders as whole names placed by `graph`, relationships as lines
//! routed around them — health by colour and by line (solid, dashed, dotted with ✗), one-way
//! ones with an arrowhead — the selected relationship and its two ends highlighted. A crowded
//! canvas shows the selected relationship's stakeholder and its neighbours, and says so.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::map_title::title;
use super::text::{fit, width};
use crate::graph::{Route, Step};
use crate::model::{Canvas, Change, Direction, EntryKind, Health, Relationship};
use crate::tui::hits::{Hit, Hits};
use crate::tui::map_focus::{Shown, WeakMark, shown, weak_mark};
use crate::tui::style::Styles;
use crate::tui::workshop::Workshop;

/// How a line is drawn: its strokes say its health without colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stroke {
    /// Healthy: heavy and solid.
    Solid,
    /// At risk: heavy and dashed.
    Dashed,
    /// Broken: light and dotted, with ✗ halfway.
    Dotted,
    /// Health not rated: light and solid.
    Plain,
}

fn stroke(health: Option<Health>) -> Stroke {
    match health {
        Some(Health::Healthy) => Stroke::Solid,
        Some(Health::AtRisk) => Stroke::Dashed,
        Some(Health::Broken) => Stroke::Dotted,
        None => Stroke::Plain,
    }
}

/// The colour of a health: green, amber, red, or muted when not rated.
fn health_style(s: &Styles, health: Option<Health>) -> Style {
    match health {
        Some(Health::Healthy) => s.ok(),
        Some(Health::AtRisk) => s.warn(),
        Some(Health::Broken) => s.alert(),
        None => s.muted(),
    }
}

/// The box-drawing character for a cell whose line leaves by the sides in `mask` (up 1, right
/// 2, down 4, left 8).
fn glyph(stroke: Stroke, mask: u8) -> &'static str {
    const HEAVY: [&str; 16] =
        ["╋", "┃", "━", "┗", "┃", "┃", "┏", "┣", "━", "┛", "━", "┻", "┓", "┫", "┳", "╋"];
    const LIGHT: [&str; 16] =
        ["┼", "│", "─", "└", "│", "│", "┌", "├", "─", "┘", "─", "┴", "┐", "┤", "┬", "┼"];
    let straight_down = mask & 0b1010 == 0;
    let straight_across = mask & 0b0101 == 0;
    match stroke {
        Stroke::Dashed if straight_down => "╏",
        Stroke::Dashed if straight_across => "╍",
        Stroke::Dotted if straight_down => "┊",
        Stroke::Dotted if straight_across => "┈",
        Stroke::Solid | Stroke::Dashed => HEAVY[usize::from(mask & 15)],
        Stroke::Dotted | Stroke::Plain => LIGHT[usize::from(mask & 15)],
    }
}

fn arrowhead(step: Step) -> &'static str {
    match step {
        Step::Up => "▲",
        Step::Right => "▶",
        Step::Down => "▼",
        Step::Left => "◀",
    }
}

/// The key to the weak points' marks that are on the map and to the lines, each in its own
/// colour, as much of it as fits in `room` columns: the marks first, as nothing else explains a
/// ◆ or a ○ (a line's health shows in its colour and a broken line's ✗), so at 80 columns in
/// German they are still there.
fn legend(s: &Styles, room: usize, marks: &[Option<WeakMark>]) -> Line<'static> {
    use crate::model::{Change, Direction, Health};
    let tr = s.tr();
    let mut parts = Vec::new();
    for mark in [WeakMark::OnlyLink, WeakMark::Hub, WeakMark::NoLink] {
        if marks.contains(&Some(mark)) {
            let key = match mark {
                WeakMark::OnlyLink => "map-only-link",
                WeakMark::Hub => "map-hub",
                WeakMark::NoLink => "map-no-link",
            };
            parts.push((format!("{} {}", mark.symbol(), tr.get(key)), mark_style(mark, s)));
        }
    }
    parts.extend([
        (format!("━ {}", tr.label(Health::Healthy)), s.ok()),
        (format!("╍ {}", tr.label(Health::AtRisk)), s.warn()),
        (format!("┈✗ {}", tr.label(Health::Broken)), s.alert()),
        (format!("? {}", tr.label(Change::Reconnect)), s.alert()),
        (format!("▶ {}", tr.label(Direction::OneWay)), s.base()),
        (format!("─ {}", tr.get("map-not-rated")), s.muted()),
    ]);
    let mut used = 2;
    let mut spans = vec![Span::styled(" ", s.base())];
    for (text, style) in parts {
        if used + width(&text) + 2 > room {
            break;
        }
        used += width(&text) + 2;
        spans.push(Span::styled(text, style));
        spans.push(Span::styled("  ", s.base()));
    }
    spans.pop();
    spans.push(Span::styled(" ", s.base()));
    Line::from(spans)
}

/// Draws the map; `selected` is the relationship under the list's cursor.
pub(crate) fn draw(f: &mut Frame, area: Rect, w: &Workshop, s: &Styles, hits: &mut Hits) {
    let (c, selected) = (&w.canvas, w.selected());
    let inner = super::layout::inner(area);
    // The workshop worked the map out for its screen; a drawing of another size (a test, a
    // bench) works its own out.
    let what = match w.map_for(inner.width, inner.height) {
        Some(known) => known.cloned(),
        None => shown(c, &w.derived, selected, inner.width, inner.height),
    };
    let room = usize::from(area.width.saturating_sub(2));
    // The weak points' marks on the map, for the legend to explain them.
    let marks: Vec<Option<WeakMark>> = what
        .as_ref()
        .map(|sh| sh.ids.iter().map(|id| weak_mark(&w.derived, id)).collect())
        .unwrap_or_default();
    let heading = match &what {
        Some(w) => title(&w.scope, c.stakeholders.len(), room, s.tr()),
        None => s.tr().get("map-title"),
    };
    let block = Block::bordered()
        .title(Span::styled(fit(&heading, room), s.heading()))
        .title_bottom(legend(s, room, &marks))
        .border_style(s.border(true))
        .style(s.base());
    f.render_widget(block, area);
    let Some(what) = what.filter(|_| !c.stakeholders.is_empty()) else {
        let text = if c.stakeholders.is_empty() {
            s.tr().get("map-no-stakeholders")
        } else {
            s.tr().get("map-too-small")
        };
        f.render_widget(Paragraph::new(Span::styled(text, s.muted())).wrap(Wrap { trim: true }), inner);
        return;
    };
    lines(f, inner, c, &what, selected, s);
    labels(f, inner, c, &what, (selected, &marks), s);
    // A click on a line chooses its relationship; on a name, that stakeholder's relationships.
    for (route, &rel) in what.layout.routes.iter().zip(&what.rels) {
        for &(x, y) in &route.cells {
            let cell =
                Rect { x: inner.x.saturating_add(x), y: inner.y.saturating_add(y), width: 1, height: 1 };
            hits.add(cell.intersection(inner), Hit::Entry(EntryKind::Relationship, rel));
        }
    }
    for (label, id) in what.layout.labels.iter().zip(&what.ids) {
        for (k, line) in label.lines.iter().enumerate() {
            let x = inner.x.saturating_add(label.span(k).0);
            let y = inner.y.saturating_add(label.y + k as u16);
            let width = super::text::width(line) as u16;
            hits.add(Rect { x, y, width, height: 1 }.intersection(inner), Hit::MapStakeholder(id.clone()));
        }
    }
}

/// A mark to draw: where, what and how.
type Mark = ((u16, u16), &'static str, Style);

/// The lines as cells: how each cell's line leaves it, how it looks, how many lines pass.
struct Strokes {
    width: usize,
    masks: Vec<u8>,
    looks: Vec<Option<(Stroke, Style)>>,
    uses: Vec<u8>,
}

impl Strokes {
    fn at(&self, (x, y): (u16, u16)) -> usize {
        usize::from(y) * self.width + usize::from(x)
    }
}

/// The style of a relationship's line: the accent when selected, else its health's colour.
fn line_style(s: &Styles, rel: &Relationship, chosen: bool) -> Style {
    if chosen { s.accent() } else { health_style(s, rel.health) }
}

/// Draws every route, the selected one last so it stays whole where lines cross, then the marks.
fn lines(f: &mut Frame, inner: Rect, c: &Canvas, what: &Shown, selected: Option<usize>, s: &Styles) {
    let size = usize::from(inner.width) * usize::from(inner.height);
    let mut st = Strokes {
        width: usize::from(inner.width),
        masks: vec![0; size],
        looks: vec![None; size],
        uses: vec![0; size],
    };
    let mut order: Vec<usize> =
        (0..what.rels.len()).filter(|&e| !what.layout.routes[e].cells.is_empty()).collect();
    order.sort_by_key(|&e| selected == Some(what.rels[e]));
    for &e in &order {
        // The map may be a step behind the canvas (a relationship just deleted): pass it over.
        let Some(rel) = c.relationships.get(what.rels[e]) else { continue };
        let route = &what.layout.routes[e];
        let chosen = selected == Some(what.rels[e]);
        for (k, &cell) in route.cells.iter().enumerate() {
            let i = st.at(cell);
            st.masks[i] = if chosen { route.mask(k) } else { st.masks[i] | route.mask(k) };
            st.looks[i] = Some((stroke(rel.health), line_style(s, rel, chosen)));
            st.uses[i] = st.uses[i].saturating_add(1);
        }
    }
    let marks = marks(inner, c, what, &order, &st, selected, s);
    let buf = f.buffer_mut();
    for (i, look) in st.looks.iter().enumerate() {
        if let Some((stroke, style)) = look {
            let at = (inner.x + (i % st.width) as u16, inner.y + (i / st.width) as u16);
            buf[at].set_symbol(glyph(*stroke, st.masks[i])).set_style(*style);
        }
    }
    for ((x, y), mark, style) in marks {
        buf[(inner.x + x, inner.y + y)].set_symbol(mark).set_style(style);
    }
}

/// Every line's arrowhead and marks; what does not fit on a short line goes in a free cell
/// beside it, never on a name nor at either end of one, where it would read as part of it.
fn marks(
    inner: Rect,
    c: &Canvas,
    what: &Shown,
    order: &[usize],
    st: &Strokes,
    selected: Option<usize>,
    s: &Styles,
) -> Vec<Mark> {
    let mut marks: Vec<Mark> = Vec::new();
    let mut later: Vec<(&Route, &'static str)> = Vec::new();
    for &e in order {
        // The map may be a step behind the canvas (a relationship just deleted): pass it over.
        let Some(rel) = c.relationships.get(what.rels[e]) else { continue };
        let route = &what.layout.routes[e];
        let crossed = |cell: (u16, u16)| st.uses[st.at(cell)] > 1;
        let (on, off) =
            route_marks(route, rel, crossed, line_style(s, rel, selected == Some(what.rels[e])), s);
        marks.extend(on);
        later.extend(off.into_iter().map(|m| (route, m)));
    }
    let mut taken: Vec<bool> = st.looks.iter().map(Option::is_some).collect();
    for l in &what.layout.labels {
        for y in l.y..(l.y + l.height()).min(inner.height) {
            for x in l.x.saturating_sub(1)..(l.x + l.width + 1).min(inner.width) {
                taken[st.at((x, y))] = true;
            }
        }
    }
    for (route, mark) in later {
        let beside =
            route.cells.iter().flat_map(|&c| Step::ALL.map(|d| d.from(c, inner.width, inner.height)));
        if let Some(at) = beside.flatten().find(|&cell| !taken[st.at(cell)]) {
            taken[st.at(at)] = true;
            marks.push((at, mark, s.alert()));
        }
    }
    marks
}

/// The arrowhead of a one-way line and the ✗ and ? marks halfway along a broken or reconnect
/// one; the marks a short line has no cell for come back second.
fn route_marks(
    route: &Route,
    rel: &Relationship,
    crossed: impl Fn((u16, u16)) -> bool,
    style: Style,
    s: &Styles,
) -> (Vec<Mark>, Vec<&'static str>) {
    let mut on = Vec::new();
    let last = route.cells.len() - 1;
    let arrow = rel.direction == Some(Direction::OneWay) && route.end.is_some();
    if let Some(end) = route.end.filter(|_| arrow) {
        on.push((route.cells[last], arrowhead(end), style));
    }
    // Marks go halfway, off the cells that touch a name or cross another line, never on the arrowhead.
    let mut free: Vec<usize> =
        (0..=last).filter(|&k| !(arrow && k == last) && (k != 0 || last < 2)).collect();
    free.sort_by_key(|&k| (k == 0 || k == last, crossed(route.cells[k]), k.abs_diff(last / 2)));
    let mut free = free.into_iter();
    let wanted = [(rel.health == Some(Health::Broken), "✗"), (rel.change == Some(Change::Reconnect), "?")];
    let mut off = Vec::new();
    for (_, mark) in wanted.into_iter().filter(|w| w.0) {
        match free.next() {
            Some(k) => on.push((route.cells[k], mark, s.alert())),
            None => off.push(mark),
        }
    }
    (on, off)
}

/// The colour of a weak point's mark.
fn mark_style(mark: WeakMark, s: &Styles) -> Style {
    match mark {
        WeakMark::OnlyLink | WeakMark::Hub => s.warn(),
        WeakMark::NoLink => s.muted(),
    }
}

/// Draws each name, centred on its lines; the selected relationship's two ends stand out. A weak
/// point's mark (`marks`, by label) is the first cell of its label, drawn in its own colour.
fn labels(
    f: &mut Frame,
    inner: Rect,
    c: &Canvas,
    what: &Shown,
    (selected, marks): (Option<usize>, &[Option<WeakMark>]),
    s: &Styles,
) {
    let ends = selected.and_then(|i| c.relationships.get(i)).map(|r| (r.from.as_str(), r.to.as_str()));
    let buf = f.buffer_mut();
    for (k_label, (label, id)) in what.layout.labels.iter().zip(&what.ids).enumerate() {
        let style = if ends.is_some_and(|(a, b)| a == id || b == id) {
            s.selected()
        } else if what.focus.as_ref() == Some(id) {
            s.accent()
        } else {
            s.heading()
        };
        for (k, line) in label.lines.iter().enumerate() {
            let x = inner.x + label.span(k).0;
            buf.set_string(x, inner.y + label.y + k as u16, line, style);
        }
        let mark = marks.get(k_label).copied().flatten();
        if let (Some(mark), Some(first)) = (mark, label.lines.first())
            && first.starts_with(mark.symbol())
        {
            let at = (inner.x + label.span(0).0, inner.y + label.y);
            buf[at].set_style(mark_style(mark, s));
        }
    }
}
