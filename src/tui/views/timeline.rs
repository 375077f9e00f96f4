//! The history screen: the four phases as coloured bands across the revisions, then a tab each
//! for the signals, the stakeholders' paths, the relationships' health strips and the actions.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::layout::inner;
use super::text::{fit, wrap};
use super::trail;
use crate::diff::history::{History, Link};
use crate::export::{
    LEVELS, link_notes, link_text, path_text, progress_text, reading_text, standing_text, wave_max,
};
use crate::model::Health;
use crate::tui::keys::Mode;
use crate::tui::style::Styles;
use crate::tui::timeline::{TABS, Timeline};
use crate::tui::workshop::Workshop;

/// From this height on each band is two rows high, so thickness has twice the steps.
const TALL_FROM: u16 = 40;

/// Draws the history screen, with the agenda clock of the workshop it was opened from.
pub(crate) fn draw(f: &mut Frame, area: Rect, t: &Timeline, workshop: Option<&Workshop>, s: &Styles) {
    let rows = if area.height >= TALL_FROM { 2 } else { 1 };
    let [title, waves, tabs, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(3 + 4 * rows),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let h = &t.history;
    let n = h.revisions.len();
    let heading = format!(" history  {} · {n} revision{}", h.title, if n == 1 { "" } else { "s" });
    // The agenda clock stays in sight on the right: the block and its time left (and the
    // session's, when there is room); the heading has what is left.
    let cols = usize::from(area.width);
    let clock = workshop.map(|w| clock_words(w, cols, s.tr())).unwrap_or_default();
    let style = workshop.map_or(s.muted(), |w| super::agenda::urgency_style(s, w.progress().urgency));
    let room = cols.saturating_sub(super::text::width(&clock));
    let line = Line::from(vec![
        Span::styled(format!("{:<room$}", fit(&heading, room.saturating_sub(1))), s.heading()),
        Span::styled(clock, style),
    ]);
    f.render_widget(Paragraph::new(line).style(s.base()), title);
    bands(f, waves, t, usize::from(rows), s);
    let mut spans = vec![Span::styled(" ", s.base())];
    for (i, name) in TABS.iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(" │ ", s.muted()));
        }
        let label = format!("{name} {}", count(h, i));
        spans.push(Span::styled(label, if i == t.tab { s.selected() } else { s.base() }));
    }
    f.render_widget(Paragraph::new(Line::from(spans)).style(s.base()), tabs);
    let mut inside = inner(body);
    let scale = trail::Scale::fitting(inside.width, inside.height, 40)
        .filter(|_| t.tab == 1 && h.stakeholders.get(t.picked).is_some());
    let mut side_area = None;
    if let Some(scale) = scale {
        let [list, side] =
            Layout::horizontal([Constraint::Fill(1), Constraint::Length(scale.width())]).areas(inside);
        side_area = Some((Rect { height: scale.height(), ..side }, scale));
        inside = Rect { width: list.width.saturating_sub(1), ..list };
    }
    let (lines, picked_at) = tab_lines(t, usize::from(inside.width), s);
    let room = usize::from(inside.height);
    let wanted = match picked_at {
        // The selected stakeholder's heading and path stay in view.
        Some((from, to)) => to.saturating_sub(room).min(from),
        None => t.scroll[t.tab],
    };
    let skip = wanted.min(lines.len().saturating_sub(room));
    let mut frame = Block::bordered().border_style(s.border(true)).style(s.base());
    if skip + room < lines.len() {
        frame = frame.title_bottom(Span::styled(
            format!(" {} ", s.tr().args("view-more-lines", &[("count", (lines.len() - skip - room).into())])),
            s.accent(),
        ));
    }
    f.render_widget(frame, body);
    if let Some((side, scale)) = side_area {
        trail::draw(f, side, h, &h.stakeholders[t.picked], scale, s);
    }
    let mut shown: Vec<Line> = lines.into_iter().skip(skip).take(room).collect();
    if shown.is_empty() {
        shown.push(Line::from(Span::styled("Nothing here in any revision.", s.muted())));
    }
    f.render_widget(Paragraph::new(shown).style(s.base()), inside);
    super::chrome::footer(f, footer, Mode::History, s);
}

/// The block and its time left, `Review & close ⏸ 0:10 over`, and the session's too when the
/// heading keeps 30 of the `cols` columns.
fn clock_words(w: &crate::tui::workshop::Workshop, cols: usize, tr: crate::i18n::Tr) -> String {
    let p = w.progress();
    let block = w.canvas.agenda.get(p.block).map(|b| b.title.as_str()).unwrap_or_default();
    let full = format!(" {block} {} ", super::agenda::clock_line(w, tr));
    if super::text::width(&full) + 30 <= cols {
        return full;
    }
    let icon = if w.clock.running { "▶" } else { "⏸" };
    format!(" {block} {icon} {} ", super::agenda::left_or_over(p.block_left, tr))
}

fn count(h: &History, tab: usize) -> usize {
    [h.signals.len(), h.stakeholders.len(), h.relationships.len(), h.actions.len()][tab]
}

/// What the waves' lower border says: how to compare two revisions, or what is marked.
fn compare_hint(t: &Timeline, s: &Styles) -> Span<'static> {
    let h = &t.history;
    let text = match (&t.note, t.pair()) {
        (Some(note), _) => return Span::styled(format!(" {note} "), s.warn()),
        (None, Ok((a, b))) => format!(" Enter compares {} with {} ", h.tag(a), h.tag(b)),
        (None, Err(_)) if t.marked.len() == 1 => {
            format!(" {} marked: ← → to another, Space or Enter ", h.tag(t.marked[0]))
        }
        _ => " ← → a revision · Space marks it · mark two, Enter compares ".to_string(),
    };
    Span::styled(text, s.accent())
}

/// The four bands: per phase, a segment per revision as thick as its ongoing work, with the count.
fn bands(f: &mut Frame, area: Rect, t: &Timeline, rows: usize, s: &Styles) {
    let h = &t.history;
    let block = Block::bordered()
        .title(" Waves: ongoing work per phase (active tasks, committed or running actions) ")
        .title_bottom(compare_hint(t, s));
    f.render_widget(block.border_style(s.border(false)).style(s.base()), area);
    let inside = inner(area);
    let n = h.revisions.len().max(1);
    let seg = (usize::from(inside.width).saturating_sub(10) / n).max(3);
    // Each revision's tag: ● when marked, highlighted under the cursor.
    let tag = |i: usize| {
        let mark = if t.marked.contains(&i) { "●" } else { "" };
        let dated = h.revisions[i].date.map(|d| format!("{mark}{} {d}", h.tag(i)));
        let short = format!("{mark}{}", h.tag(i));
        let text = dated.filter(|d| super::text::width(d) < seg).unwrap_or(short);
        let text = fit(&text, seg.saturating_sub(1));
        let pad = " ".repeat(seg.saturating_sub(super::text::width(&text)));
        let style = if i == t.cursor {
            s.selected()
        } else if mark.is_empty() {
            s.muted()
        } else {
            s.accent()
        };
        [Span::styled(text, style), Span::styled(pad, s.muted())]
    };
    let mut head = vec![Span::styled(" ".repeat(10), s.muted())];
    head.extend((0..h.revisions.len()).flat_map(tag));
    let mut lines = vec![Line::from(head)];
    let steps = LEVELS.len() * rows;
    let max = wave_max(h);
    for w in &h.waves {
        let colour = s.phase(w.phase);
        for row in (0..rows).rev() {
            let name = if row == 0 { format!("{:<10}", w.phase.label()) } else { " ".repeat(10) };
            let mut spans = vec![Span::styled(name, colour)];
            for &amount in &w.ongoing {
                let level =
                    if max == 0 || amount == 0 { 0 } else { (amount * steps).div_ceil(max).clamp(1, steps) };
                let here = level.saturating_sub(row * LEVELS.len()).min(LEVELS.len());
                let (mark, style): (char, Style) = match (level, here) {
                    (0, _) if row == 0 => ('·', s.muted()),
                    (_, 0) => (' ', s.base()),
                    (_, k) => (LEVELS[k - 1], colour),
                };
                let text = if row == 0 { format!(" {amount:<2}") } else { "   ".into() };
                spans.push(Span::styled(mark.to_string().repeat(seg.saturating_sub(3)), style));
                spans.push(Span::styled(text, s.base()));
            }
            lines.push(Line::from(spans));
        }
    }
    f.render_widget(Paragraph::new(lines).style(s.base()), inside);
}

/// An entry's heading and its path wrapped under it.
fn entry(out: &mut Vec<Line<'static>>, head: String, path: String, width: usize, s: &Styles) {
    out.push(Line::from(Span::styled(fit(&head, width), s.heading())));
    for part in wrap(&path, width.saturating_sub(4)) {
        out.push(Line::from(Span::styled(format!("    {part}"), s.base())));
    }
}

/// The mark and style of a relationship's health in one revision: a symbol beside every colour.
fn health_mark(l: Option<&Link>, s: &Styles) -> (char, Style) {
    match l.map(|l| l.health) {
        None => ('·', s.muted()),
        Some(None) => ('?', s.muted()),
        Some(Some(Health::Healthy)) => ('✓', s.ok()),
        Some(Some(Health::AtRisk)) => ('!', s.warn()),
        Some(Some(Health::Broken)) => ('✗', s.alert()),
    }
}

/// The lines of the tab shown at `width` columns, and on the stakeholders tab the lines the
/// selected stakeholder takes (first, end).
fn tab_lines(t: &Timeline, width: usize, s: &Styles) -> (Vec<Line<'static>>, Option<(usize, usize)>) {
    let (h, mut out, mut picked) = (&t.history, Vec::new(), None);
    match t.tab {
        0 => out.extend(super::signals::lines(&h.signals, width, None, s).into_iter().map(|(_, l)| l)),
        1 => {
            for (i, p) in h.stakeholders.iter().enumerate() {
                let from = out.len();
                entry(&mut out, format!("{} {}", p.id, p.label), path_text(h, p, standing_text), width, s);
                if i == t.picked {
                    out[from] =
                        Line::from(Span::styled(fit(&format!("{} {}", p.id, p.label), width), s.selected()));
                    picked = Some((from, out.len()));
                }
            }
        }
        2 => {
            for r in &h.relationships {
                let mut spans: Vec<Span> = r
                    .steps
                    .iter()
                    .map(|l| {
                        let (mark, style) = health_mark(l.as_ref(), s);
                        Span::styled(mark.to_string(), style)
                    })
                    .collect();
                spans.push(Span::styled(
                    fit(&format!(" {} {}", r.id, r.label), width.saturating_sub(r.steps.len())),
                    s.heading(),
                ));
                out.push(Line::from(spans));
                let mut notes = vec![path_text(h, r, link_text)];
                notes.extend(link_notes(h, r));
                for part in wrap(&notes.join("; "), width.saturating_sub(4)) {
                    out.push(Line::from(Span::styled(format!("    {part}"), s.base())));
                }
            }
        }
        _ => {
            for a in &h.actions {
                let t = &a.track;
                entry(&mut out, format!("{} {}", t.id, t.label), path_text(h, t, progress_text), width, s);
                for r in &a.readings {
                    for part in wrap(&format!("reading {}", reading_text(r)), width.saturating_sub(6)) {
                        out.push(Line::from(Span::styled(format!("      {part}"), s.muted())));
                    }
                }
            }
        }
    }
    (out, picked)
}
