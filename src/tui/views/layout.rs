//! Where each part of a screen goes; shared by drawing and by mouse clicks.

use ratatui::layout::{Constraint, Layout, Rect};

use crate::tui::section::Section;

/// The smallest terminal cvc draws in.
pub(crate) const MIN: (u16, u16) = (80, 24);

/// From this width on, prompts and details sit beside the list.
pub(crate) const WIDE: u16 = 110;

/// The parts of the workshop screen.
#[derive(Debug, Clone, Copy)]
pub struct WorkshopAreas {
    /// The title bar.
    pub(crate) title: Rect,
    /// The section tabs.
    pub(crate) tabs: Rect,
    /// The agenda strip and the clock.
    pub(crate) strip: Rect,
    /// The section's prompts.
    pub(crate) prompts: Rect,
    /// The list (framed).
    pub list: Rect,
    /// The selected entry's details (framed).
    pub(crate) details: Rect,
    /// The input or status line.
    pub(crate) status: Rect,
    /// Key hints.
    pub(crate) footer: Rect,
}

/// Lays out the workshop screen.
pub fn workshop(area: Rect) -> WorkshopAreas {
    let [title, tabs, strip, body, status, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    if area.width >= WIDE {
        let side = (area.width * 2 / 5).min(70);
        let [list, right] = Layout::horizontal([Constraint::Fill(1), Constraint::Length(side)]).areas(body);
        let [prompts, details] = Layout::vertical([Constraint::Length(6), Constraint::Fill(1)]).areas(right);
        WorkshopAreas { title, tabs, strip, prompts, list, details, status, footer }
    } else {
        let details_rows = if body.height >= 24 { 9 } else { 6 };
        let [prompts, list, details] =
            Layout::vertical([Constraint::Length(2), Constraint::Fill(1), Constraint::Length(details_rows)])
                .areas(body);
        WorkshopAreas { title, tabs, strip, prompts, list, details, status, footer }
    }
}

/// The inside of a framed area.
pub fn inner(area: Rect) -> Rect {
    Rect {
        x: area.x + 1,
        y: area.y + 1,
        width: area.width.saturating_sub(2),
        height: area.height.saturating_sub(2),
    }
}

/// A centred box of at most this size, inside `area`.
pub(crate) fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let (w, h) = (width.min(area.width), height.min(area.height));
    Rect { x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h }
}

/// The text between tabs.
pub(crate) const TAB_GAP: &str = " │ ";

/// The text between tabs when even their short titles do not fit with [`TAB_GAP`] (French and
/// German at 80 columns), so the Review tab keeps its count of warnings.
pub(crate) const TAB_GAP_NARROW: &str = "│";

/// How many columns a row of tabs takes with `gap` between them.
pub(crate) fn tabs_width(labels: &[(Section, String)], gap: &str) -> usize {
    let gaps = labels.len().saturating_sub(1) * unicode_width::UnicodeWidthStr::width(gap);
    1 + gaps + labels.iter().map(|(_, l)| unicode_width::UnicodeWidthStr::width(l.as_str())).sum::<usize>()
}

/// Where the relationship map view puts the map, the relationships' list and the details, for
/// a workshop screen of `area` with `rel_rows` relationships shown. The map gets the width it
/// needs at every size: on a narrow screen it takes the details' rows too, the list and details
/// beside it; on a wide one it takes the whole left column, the list and the details share the
/// right one (a map squeezed beside the list was narrower at 120 columns than at 100).
pub(crate) fn map_view(area: Rect, rel_rows: usize) -> (Rect, Rect, Rect) {
    let l = workshop(area);
    if area.width >= WIDE {
        let rows =
            u16::try_from(rel_rows).unwrap_or(u16::MAX).saturating_add(2).max(5).min(l.details.height / 2);
        let [list_area, details_area] =
            Layout::vertical([Constraint::Length(rows), Constraint::Fill(1)]).areas(l.details);
        (l.list, list_area, details_area)
    } else {
        let whole = l.list.union(l.details);
        let [drawing, beside] =
            Layout::horizontal([Constraint::Percentage(62), Constraint::Fill(1)]).areas(whole);
        (
            drawing,
            Rect { height: beside.height.saturating_sub(l.details.height), ..beside },
            Rect { y: l.details.y, height: l.details.height, ..beside },
        )
    }
}

/// A drawing with the line being typed in a box under it (where the room looks): the drawing
/// and the box.
pub(crate) fn typing_box(area: Rect) -> (Rect, Rect) {
    let [drawing, input] = Layout::vertical([Constraint::Fill(1), Constraint::Length(3)]).areas(area);
    (drawing, input)
}

/// The cells the relationship map draws in (inside its frame), for a workshop screen of `area`.
pub fn map_cells(area: Rect, rel_rows: usize, typing: bool) -> Rect {
    let (drawing, _, _) = map_view(area, rel_rows);
    let drawing = if typing { typing_box(drawing).0 } else { drawing };
    inner(drawing)
}
