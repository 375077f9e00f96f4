//! Drawing: one file per screen; views read state and never change it.

pub(crate) mod agenda;
pub(crate) mod chrome;
pub(crate) mod compare;
pub(crate) mod context;
pub(crate) mod details;
pub(crate) mod field;
mod form;
pub(crate) mod grid;
pub(crate) mod help;
pub mod layout;
pub(crate) mod list;
mod loopcard;
pub(crate) mod loops;
pub(crate) mod map;
mod map_title;
pub(crate) mod popup;
pub(crate) mod projector;
pub(crate) mod projector_entries;
pub(crate) mod question;
pub(crate) mod review;
pub(crate) mod room;
pub(crate) mod signals;
pub(crate) mod start;
pub(crate) mod text;
pub(crate) mod timeline;
mod timeline_tabs;
pub(crate) mod trail;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::tui::app::{App, Screen};
use crate::tui::hits::Hits;
use crate::tui::layers::{self, Layer};
use crate::tui::section::Section;
use crate::tui::style::Styles;
use crate::tui::workshop::Workshop;

/// Draws the whole app for one frame.
pub fn draw(f: &mut Frame, app: &App) {
    draw_with_hits(f, app);
}

/// Draws the whole app for one frame; returns what was drawn where a click can choose it.
pub fn draw_with_hits(f: &mut Frame, app: &App) -> Hits {
    let mut hits = Hits::default();
    let area = f.area();
    let s = &app.styles;
    f.render_widget(Block::new().style(s.base()), area);
    if area.width < layout::MIN.0 || area.height < layout::MIN.1 {
        too_small(f, area, s);
        return hits;
    }
    // Only what shows is drawn: the base screen unless a layer covers it, then every layer
    // from the last one that covers the screen up.
    let covered = app.layers.iter().rposition(Layer::covers_screen);
    if covered.is_none() {
        match &app.screen {
            Screen::Start(start) => start::draw(f, area, start, s, &mut hits),
            Screen::Workshop(w) => workshop(f, area, w, app, s, &mut hits),
        }
    }
    for layer in &app.layers[covered.unwrap_or(0)..] {
        match layer {
            Layer::Help(h) => help::draw(f, area, h.below, h.scroll, s),
            Layer::Compare(c) => compare::draw(f, area, c, s),
            Layer::History(t) => timeline::draw(f, area, t, app.workshop(), s),
            Layer::Inbox(chosen) => {
                if let Some(w) = app.workshop() {
                    room::inbox(f, area, w, *chosen, s);
                }
            }
            Layer::RoomCard(card) => {
                if let Some(w) = app.workshop() {
                    room::card(f, area, card, w, s);
                }
            }
            // Drawn with the workshop's screen, below.
            _ => {}
        }
    }
    // Under a layer, the screen below takes no clicks.
    if !app.layers.is_empty() {
        hits = Hits::default();
    }
    hits
}

fn too_small(f: &mut Frame, area: Rect, s: &Styles) {
    let text = s.tr().args(
        "too-small",
        &[
            ("size", format!("{}×{}", layout::MIN.0, layout::MIN.1).into()),
            ("now", format!("{}×{}", area.width, area.height).into()),
        ],
    );
    f.render_widget(
        Paragraph::new(Line::from(Span::styled(text, s.alert()))).wrap(Wrap { trim: true }),
        area,
    );
}

/// In the grid and the map, the line being typed is drawn in a box under the drawing, where the
/// room looks; returns what is left for the drawing.
fn typing_below(f: &mut Frame, area: Rect, w: &Workshop, top: Option<&Layer>, s: &Styles) -> Rect {
    // Who is being connected goes in the box's title, so what is typed always has the room.
    let (title, prompt, line) = match top {
        Some(Layer::QuickAdd(line)) => (
            s.tr().get("typing-adding"),
            format!("+ {} ", w.canvas.peek_id(crate::model::EntryKind::Stakeholder)),
            line,
        ),
        Some(Layer::Exchange(layers::Exchange { from, to, line })) => (
            // No direction yet: the same `—` the list shows once it is added.
            s.tr().args(
                "typing-adding-between",
                &[
                    ("from", w.derived.name(from).into()),
                    ("arrow", crate::tui::derived::arrow(None).into()),
                    ("to", w.derived.name(to).into()),
                ],
            ),
            format!("{} ", s.tr().get("list-what-flows")),
            line,
        ),
        _ => return area,
    };
    let (drawing, input) = layout::typing_box(area);
    let block = ratatui::widgets::Block::bordered().title(title).border_style(s.border(true)).style(s.base());
    f.render_widget(block, input);
    popup::input_line(f, layout::inner(input), &prompt, line, s);
    drawing
}

/// The questions for the room on `section`, in `tr`'s language, as the questions panel shows them.
pub fn prompts_for(section: crate::tui::section::Section, tr: crate::i18n::Tr) -> Vec<String> {
    details::prompts_in(section.block(), tr)
}

/// From this width on the normal view shows the block's time left in big glyphs.
pub(crate) const BIG_CLOCK_FROM: u16 = 120;

fn workshop(f: &mut Frame, area: Rect, w: &Workshop, app: &App, s: &Styles, hits: &mut Hits) {
    // What is open over the lists (under help, the inbox or the room card, if open).
    let top = layers::workshop_top(&app.layers);
    if w.projector.is_on() {
        projector::draw(f, area, w, top, s, hits);
        // The loop review is a screen of its own: in projector mode it goes under the block and
        // the clock (they stay in sight), above the bottom line, where its forms' questions and
        // notes go; large and bold like the rest of projector mode.
        if let Some(loops) = app.loops_shown() {
            loops::draw_projected(f, projector::under_header(area), w, &loops, s);
        }
        if let Some(top) = top.filter(|l| !matches!(l, Layer::QuickAdd(_))) {
            popup::draw(f, area, Rect { y: area.bottom().saturating_sub(1), height: 1, ..area }, w, top, s);
        }
        return;
    }
    let mut l = layout::workshop(area);
    if area.width >= layout::WIDE {
        // The questions panel grows to show every question whole (German ones run long), taking
        // rows from the details below it, never more than a third of the column.
        let text =
            if area.width >= BIG_CLOCK_FROM { l.prompts.width.saturating_sub(26) } else { l.prompts.width };
        let column = l.prompts.height + l.details.height;
        let want =
            details::prompts_height(w, text, s).clamp(l.prompts.height, (column / 3).max(l.prompts.height));
        let extra = want - l.prompts.height;
        l.prompts.height = want;
        l.details.y += extra;
        l.details.height -= extra;
    }
    chrome::title_bar(f, l.title, w, s);
    chrome::tabs(f, l.tabs, w, s, hits);
    agenda::strip(f, l.strip, w, s);
    if area.width >= BIG_CLOCK_FROM {
        let [clock, prompts] = ratatui::layout::Layout::horizontal([
            ratatui::layout::Constraint::Length(26),
            ratatui::layout::Constraint::Fill(1),
        ])
        .areas(l.prompts);
        agenda::big_clock(f, clock, w, s);
        details::prompts_panel(f, prompts, w, s);
    } else {
        details::prompts_panel(f, l.prompts, w, s);
    }
    match (w.section, w.section.kind()) {
        (Section::Context, _) => {
            context::draw(f, l.list, w, s);
            context::agenda_panel(f, l.details, w, s);
        }
        (Section::Review, _) => {
            review::draw(f, l.list, w, s);
            review::schedule_panel(f, l.details, w, s);
        }
        (Section::Stakeholders, _) if w.view(Section::Stakeholders).alt_view => {
            // On a narrow screen the field takes the details' rows too: people need the room.
            let wide = area.width >= layout::WIDE;
            let whole = if wide { l.list } else { l.list.union(l.details) };
            let grid_area = typing_below(f, whole, w, top, s);
            field::draw(f, grid_area, &w.canvas, &w.derived.field, w.selected(), s, hits);
            if wide {
                details::entry_panel(f, l.details, w, s);
            }
        }
        (Section::Relationships, _) if w.view(Section::Relationships).alt_view => {
            let rel_rows = w.rows(Section::Relationships).len();
            let (drawing, list_area, details_area) = layout::map_view(area, rel_rows);
            let drawing = typing_below(f, drawing, w, top, s);
            map::draw(f, drawing, w, s, hits);
            list::draw(f, list_area, w, top, crate::model::EntryKind::Relationship, s, hits);
            details::entry_panel(f, details_area, w, s);
        }
        (_, Some(kind)) => {
            list::draw(f, l.list, w, top, kind, s, hits);
            details::entry_panel(f, l.details, w, s);
        }
        _ => {}
    }
    if let Some(loops) = app.loops_shown() {
        // The loop review covers the sections, never the clock: the agenda strip takes the tabs'
        // row, over the review.
        let over = Rect { y: l.tabs.y + 1, height: l.status.y.saturating_sub(l.tabs.y + 1), ..area };
        loops::draw(f, over, w, &loops, s);
        f.render_widget(ratatui::widgets::Clear, l.tabs);
        agenda::strip(f, l.tabs, w, s);
    }
    let waiting = w.waiting_question(top.is_some());
    chrome::status(
        f,
        l.status,
        waiting.as_ref().or(w.note.as_ref()),
        &chrome::idle_status(w, top, s.tr()),
        s,
    );
    if let Some(top) = top {
        popup::draw(f, area, l.status, w, top, s);
    }
    chrome::footer(f, l.footer, app.mode(), s);
}
