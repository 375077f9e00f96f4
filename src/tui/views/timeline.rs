//! The history screen: the four phases as coloured bands across the revisions, then a tab each
//! for the signals, the stakeholders' paths, the relationships' health strips, the actions and
//! the community tasks' cadence kept; while the revisions are read, how far that has come.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::layout::inner;
use super::text::{fit, width, wrap};
use super::timeline_tabs::{Below, window};
use super::trail;
use crate::diff::history::History;
use crate::export::{LEVELS, wave_max};
use crate::i18n::Tr;
use crate::model::Phase;
use crate::tui::keys::Mode;
use crate::tui::revisions::Progress;
use crate::tui::style::Styles;
use crate::tui::timeline::{TABS, Timeline};
use crate::tui::workshop::Workshop;

/// From this height on each band is two rows high, so thickness has twice the steps.
const TALL_FROM: u16 = 40;

/// Draws the history screen, with the agenda clock of the workshop it was opened from.
pub(crate) fn draw(f: &mut Frame, area: Rect, t: &Timeline, workshop: Option<&Workshop>, s: &Styles) {
    let tr = s.tr();
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
    let heading = match t.loading {
        Some(_) => tr.args("history-screen-reading", &[("title", t.title.as_str().into())]),
        None => {
            let args = [("title", h.title.as_str().into()), ("count", h.revisions.len().into())];
            tr.args("history-screen-title", &args)
        }
    };
    let heading = format!(" {heading}");
    // The agenda clock stays in sight on the right: the block and its time left (and the
    // session's, when there is room); the heading has what is left.
    let cols = usize::from(area.width);
    let clock = workshop.map(|w| clock_words(w, cols, tr)).unwrap_or_default();
    let style = workshop.map_or(s.muted(), |w| super::agenda::urgency_style(s, w.progress().urgency));
    let room = cols.saturating_sub(width(&clock));
    let line = Line::from(vec![
        Span::styled(format!("{:<room$}", fit(&heading, room.saturating_sub(1))), s.heading()),
        Span::styled(clock, style),
    ]);
    f.render_widget(Paragraph::new(line).style(s.base()), title);
    match &t.loading {
        Some(loading) => reading(f, waves, loading.progress.as_ref(), s),
        None => bands(f, waves, t, usize::from(rows), s),
    }
    tab_row(f, tabs, t, s);
    if t.loading.is_some() {
        let note = wrap(&tr.get("history-loading-note"), usize::from(inner(body).width));
        let lines: Vec<Line> = note.into_iter().map(|l| Line::from(Span::styled(l, s.muted()))).collect();
        f.render_widget(Block::bordered().border_style(s.border(true)).style(s.base()), body);
        f.render_widget(Paragraph::new(lines).style(s.base()), inner(body));
        super::chrome::footer(f, footer, Mode::History, s);
        return;
    }
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
    let (mut shown, below) = window(t, usize::from(inside.width), usize::from(inside.height), s);
    let mut frame = Block::bordered().border_style(s.border(true)).style(s.base());
    let more = match below {
        Some(Below::Lines(count)) => Some(tr.args("view-more-lines", &[("count", count.into())])),
        Some(Below::Entries(count)) => Some(tr.args("history-more-entries", &[("count", count.into())])),
        None => None,
    };
    if let Some(more) = more {
        frame = frame.title_bottom(Span::styled(format!(" {more} "), s.accent()));
    }
    f.render_widget(frame, body);
    if let Some((side, scale)) = side_area {
        trail::draw(f, side, h, &h.stakeholders[t.picked], scale, s);
    }
    if shown.is_empty() {
        shown.push(Line::from(Span::styled(tr.get("history-nothing-here"), s.muted())));
    }
    f.render_widget(Paragraph::new(shown).style(s.base()), inside);
    super::chrome::footer(f, footer, Mode::History, s);
}

/// The tabs' names with how many each lists (names alone while reading); the separators shrink,
/// then the counts of the tabs not shown go, when the row is too narrow.
fn tab_row(f: &mut Frame, area: Rect, t: &Timeline, s: &Styles) {
    let tr = s.tr();
    let label = |i: usize, counted: bool| match (&t.loading, counted) {
        (None, true) => format!("{} {}", tr.get(TABS[i]), count(&t.history, i)),
        _ => tr.get(TABS[i]),
    };
    // 0: " │ " between tabs with their counts; 1: "│"; 2: "│" and only the shown tab's count.
    let cols = usize::from(area.width).saturating_sub(1);
    let total = |gap: usize| (0..TABS.len()).map(|i| width(&label(i, true)) + gap).sum::<usize>() - gap;
    let squeeze = [total(3), total(1)].iter().take_while(|n| **n > cols).count();
    let gap = if squeeze == 0 { " │ " } else { "│" };
    let counted = |i: usize| squeeze < 2 || i == t.tab;
    let mut spans = vec![Span::styled(" ", s.base())];
    for i in 0..TABS.len() {
        if i > 0 {
            spans.push(Span::styled(gap, s.muted()));
        }
        spans.push(Span::styled(label(i, counted(i)), if i == t.tab { s.selected() } else { s.base() }));
    }
    f.render_widget(Paragraph::new(Line::from(spans)).style(s.base()), area);
}

/// The block and its time left, `Review & close ⏸ 0:10 over`, and the session's too when the
/// heading keeps 30 of the `cols` columns.
fn clock_words(w: &Workshop, cols: usize, tr: Tr) -> String {
    let p = w.progress();
    let block = w.canvas.agenda.get(p.block).map(|b| b.title.as_str()).unwrap_or_default();
    let full = format!(" {block} {} ", super::agenda::clock_line(w, tr));
    if width(&full) + 30 <= cols {
        return full;
    }
    let icon = if w.clock.running { "▶" } else { "⏸" };
    format!(" {block} {icon} {} ", super::agenda::left_or_over(p.block_left, tr))
}

fn count(h: &History, tab: usize) -> usize {
    [h.signals.len(), h.stakeholders.len(), h.relationships.len(), h.actions.len(), h.tasks.len()][tab]
}

/// `full` when it fits in `room` columns, else `short`, cut with … if even that does not fit.
fn fitting(full: String, short: impl FnOnce() -> String, room: usize) -> String {
    if width(&full) <= room { full } else { fit(&short(), room) }
}

/// While the revisions are read: what is being read, and a bar of how far it has come.
fn reading(f: &mut Frame, area: Rect, progress: Option<&Progress>, s: &Styles) {
    let tr = s.tr();
    let title = fitting(
        format!(" {} ", tr.get("history-waves-title")),
        || format!(" {} ", tr.get("history-waves-title-short")),
        usize::from(area.width.saturating_sub(2)),
    );
    f.render_widget(Block::bordered().title(title).border_style(s.border(false)).style(s.base()), area);
    let inside = inner(area);
    let cols = usize::from(inside.width).saturating_sub(2);
    let (text, done) = match progress {
        None => (tr.get("history-looking"), None),
        Some(Progress::Reading { at, of, file }) => {
            let file = crate::safe::line(file);
            let args = [("at", (*at).into()), ("of", (*of).into()), ("file", file.as_ref().into())];
            (tr.args("history-reading-file", &args), Some((*at, *of)))
        }
        Some(Progress::Following { count }) => {
            (tr.args("history-following", &[("count", (*count).into())]), Some((1, 1)))
        }
    };
    let mut lines: Vec<Line> = wrap(&text, cols)
        .into_iter()
        .take(2)
        .map(|l| Line::from(Span::styled(format!(" {l}"), s.base())))
        .collect();
    if let Some((at, of)) = done {
        let bar = cols.saturating_sub(10).max(1);
        let full = (at * bar).checked_div(of).unwrap_or(bar).min(bar);
        lines.push(Line::from(vec![
            Span::styled(format!(" {}", "█".repeat(full)), s.accent()),
            Span::styled("░".repeat(bar - full), s.muted()),
            Span::styled(format!(" {at}/{of}"), s.muted()),
        ]));
    }
    f.render_widget(Paragraph::new(lines).style(s.base()), inside);
}

/// What the waves' lower border says: how to compare two revisions, or what is marked.
fn compare_hint(t: &Timeline, room: usize, s: &Styles) -> Span<'static> {
    let (h, tr) = (&t.history, s.tr());
    if let Some((_, a, b)) = t.comparing {
        let text = tr.args("history-comparing", &[("older", h.tag(a).into()), ("newer", h.tag(b).into())]);
        return Span::styled(fit(&format!(" {text} "), room), s.accent());
    }
    let text = match (&t.note, t.pair()) {
        (Some(note), _) => return Span::styled(fit(&format!(" {} ", tr.get(note)), room), s.warn()),
        (None, Ok((a, b))) => {
            tr.args("history-enter-compares", &[("older", h.tag(a).into()), ("newer", h.tag(b).into())])
        }
        (None, Err(_)) if t.marked.len() == 1 => {
            tr.args("history-one-marked", &[("tag", h.tag(t.marked[0]).into())])
        }
        _ => tr.get("history-how-to-compare"),
    };
    Span::styled(fit(&format!(" {text} "), room), s.accent())
}

/// The width of the phases' names before their bands: 10, or more for a longer name.
fn name_width(tr: Tr) -> usize {
    Phase::ALL.iter().map(|p| width(&tr.label(*p)) + 1).max().unwrap_or(0).max(10)
}

/// The four bands: per phase, a segment per revision as thick as its ongoing work, with the count.
fn bands(f: &mut Frame, area: Rect, t: &Timeline, rows: usize, s: &Styles) {
    let (h, tr) = (&t.history, s.tr());
    let room = usize::from(area.width.saturating_sub(2));
    let title = fitting(
        format!(" {} ", tr.get("history-waves-title")),
        || format!(" {} ", tr.get("history-waves-title-short")),
        room,
    );
    let block = Block::bordered().title(title).title_bottom(compare_hint(t, room, s));
    f.render_widget(block.border_style(s.border(false)).style(s.base()), area);
    let inside = inner(area);
    let n = h.revisions.len().max(1);
    let names = name_width(tr);
    let seg = (usize::from(inside.width).saturating_sub(names) / n).max(3);
    // Each revision's tag: ● when marked, highlighted under the cursor.
    let tag = |i: usize| {
        let mark = if t.marked.contains(&i) { "●" } else { "" };
        let dated = h.revisions[i].date.map(|d| format!("{mark}{} {d}", h.tag(i)));
        let short = format!("{mark}{}", h.tag(i));
        let text = dated.filter(|d| width(d) < seg).unwrap_or(short);
        let text = fit(&text, seg.saturating_sub(1));
        let pad = " ".repeat(seg.saturating_sub(width(&text)));
        let style = if i == t.cursor {
            s.selected()
        } else if mark.is_empty() {
            s.muted()
        } else {
            s.accent()
        };
        [Span::styled(text, style), Span::styled(pad, s.muted())]
    };
    let mut head = vec![Span::styled(" ".repeat(names), s.muted())];
    head.extend((0..h.revisions.len()).flat_map(tag));
    let mut lines = vec![Line::from(head)];
    let steps = LEVELS.len() * rows;
    let max = wave_max(h);
    for w in &h.waves {
        let colour = s.phase(w.phase);
        for row in (0..rows).rev() {
            let name = if row == 0 { format!("{:<names$}", tr.label(w.phase)) } else { " ".repeat(names) };
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
