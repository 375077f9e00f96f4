//! The loop review screen: the actions grouped by value driver with their progress, then the
//! community management tasks with their cadence kept; beside or under them the selected action's
//! loop card or the selected task's held dates (`loopcard.rs`). Every word in the screens'
//! language.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::layout::{WIDE, inner};
use super::loopcard::{action_parts, since, task_parts};
use super::text::{fit, width};
use crate::i18n::Tr;
use crate::model::{
    Action, ActionStatus, Canvas, Day, Language, LoopState, Measured, Task, TaskStatus, bar, sparkline,
};
use crate::tui::derived::{LoopGroup, LoopList, LoopRow};
use crate::tui::style::Styles;
use crate::tui::workshop::{Loops, Workshop};

/// The loop review's list from the derived facts, or worked out here in the moment before a
/// large canvas's facts arrive after a change.
fn with_list<R>(w: &Workshop, then: impl FnOnce(&LoopList) -> R) -> R {
    if w.derived.loops.is_for(&w.canvas, w.today) {
        then(&w.derived.loops)
    } else {
        then(&LoopList::of(&w.canvas, w.today))
    }
}

/// Draws the loop review over `area`.
pub(crate) fn draw(f: &mut Frame, area: Rect, w: &Workshop, loops: &Loops, s: &Styles) {
    with_list(w, |list| draw_with(f, area, w, list, loops, s));
}

fn draw_with(f: &mut Frame, area: Rect, w: &Workshop, list: &LoopList, loops: &Loops, s: &Styles) {
    f.render_widget(Clear, area);
    let (c, tr) = (&w.canvas, s.tr());
    let (closed, overdue) = (list.closed, list.overdue);
    let room = usize::from(area.width.saturating_sub(2));
    let title = title(loops.pass, (c.actions.len(), closed, overdue), room, tr);
    f.render_widget(Block::bordered().title(title).border_style(s.border(true)).style(s.base()), area);
    let body = inner(area);
    let order = &list.order;
    let wide = area.width >= WIDE;
    let detail_cols = if wide { usize::from(body.width) * 45 / 100 } else { usize::from(body.width) };
    let cols = detail_cols.saturating_sub(1);
    let parts = match (order.get(loops.cursor), w.loops_selected_task(loops)) {
        (Some(&i), _) => action_parts(&c.actions[i], (c.language, w.today), (cols, body.height >= 30), s),
        (None, Some(t)) => task_parts(c, &c.tasks[t], w.today, cols, s),
        (None, None) => return,
    };
    let (list_area, detail) = if wide {
        let [l, d] = Layout::horizontal([Constraint::Percentage(55), Constraint::Fill(1)]).areas(body);
        (l, Rect { x: d.x + 1, width: d.width.saturating_sub(1), ..d })
    } else {
        // The detail keeps the rows it needs (at least two thirds of them); the list has the rest.
        let tasks = if c.tasks.is_empty() { 0 } else { c.tasks.len() + 1 };
        let rows = (order.len() + list.groups + tasks) as u16;
        let needed = (parts.iter().map(Vec::len).sum::<usize>() + parts.len()) as u16;
        let most = body.height.saturating_sub(needed.min(body.height * 2 / 3)).max(5);
        let [l, d] = Layout::vertical([Constraint::Max(rows.min(most)), Constraint::Fill(1)]).areas(body);
        (l, d)
    };
    draw_list(f, list_area, w, list, loops.cursor, s);
    let room = usize::from(detail.height);
    // Blank lines between the parts only when everything fits with them.
    let total: usize = parts.iter().map(Vec::len).sum();
    let gap = total + parts.len() - 1 <= room;
    let mut lines: Vec<Line> = Vec::new();
    for (k, part) in parts.into_iter().enumerate() {
        if gap && k > 0 {
            lines.push(Line::default());
        }
        lines.extend(part);
    }
    let first = usize::from(loops.scroll).min(lines.len().saturating_sub(room.max(1)));
    let below = lines.len().saturating_sub(first + room);
    let mut shown: Vec<Line> = lines.into_iter().skip(first).take(room).collect();
    if below > 0 && room > 1 {
        shown.truncate(room - 1);
        let more = tr.args("view-more-lines", &[("count", (below + 1).into())]);
        let more = format!("{more} ({})", tr.get("keyname-page-down"));
        shown.push(Line::from(Span::styled(more, s.muted())));
    }
    f.render_widget(Paragraph::new(shown).style(s.base()), detail);
}

/// The title: how many actions (last time's, on a revisit's pass), how many closed, how many
/// reviews overdue; the longest wording that fits in `room` columns.
fn title(pass: bool, (count, closed, overdue): (usize, usize, usize), room: usize, tr: Tr) -> String {
    let overdue = (overdue > 0).then(|| tr.args("loops-title-overdue", &[("count", overdue.into())]));
    let args = [("count", count.into()), ("closed", closed.into())];
    let keys: &[&str] = if pass { &["loops-title-pass", "loops-title"] } else { &["loops-title"] };
    let wordings: Vec<String> = keys
        .iter()
        .map(|k| match &overdue {
            Some(o) => format!(" {} · {o} ", tr.args(k, &args)),
            None => format!(" {} ", tr.args(k, &args)),
        })
        .collect();
    let last = wordings.last().cloned().unwrap_or_default();
    wordings.into_iter().find(|t| width(t) <= room).unwrap_or(last)
}

/// The loop review in projector mode, under the block and the clock: the selected action's title
/// in big glyphs when they fit in a third of the rows, and everything in bold, as projector mode
/// writes for the back of the room.
pub(crate) fn draw_projected(f: &mut Frame, area: Rect, w: &Workshop, loops: &Loops, s: &Styles) {
    f.render_widget(Clear, area);
    f.render_widget(Block::new().style(s.base()), area);
    let c = &w.canvas;
    let at = with_list(w, |list| list.order.get(loops.cursor).copied());
    let title = match (at, w.loops_selected_task(loops)) {
        (Some(i), _) => c.actions[i].title.clone(),
        (None, Some(t)) => c.tasks[t].title.clone(),
        (None, None) => String::new(),
    };
    let inside = Rect { x: area.x + 1, width: area.width.saturating_sub(1), ..area };
    let rows = super::projector_entries::big_head(f, inside, &title, area.height / 3, s.heading());
    let rest = Rect { y: area.y + rows, height: area.height.saturating_sub(rows), ..area };
    draw(f, rest, w, loops, s);
    f.buffer_mut().set_style(rest, Style::new().add_modifier(ratatui::style::Modifier::BOLD));
}

/// Whether an action's loop review date has passed with its loop not closed.
fn review_overdue(a: &Action, today: Day) -> bool {
    let live = a.status != Some(ActionStatus::Dropped) && a.loop_state != Some(LoopState::Closed);
    live && a.review.is_some_and(|d| d < today)
}

/// The widths of the list's columns after an action's title: its progress and its loop, each as
/// wide as its widest word in the language (14 and 8 in English).
#[derive(Clone, Copy)]
struct Columns {
    progress: usize,
    loop_word: usize,
}

impl Columns {
    fn of(tr: Tr) -> Columns {
        let words = ["scorecard-no-indicator", "scorecard-no-reading", "scorecard-not-numeric"];
        let progress = words.iter().map(|k| width(&tr.get(k))).max().unwrap_or(0).max(14);
        let loop_word = LoopState::ALL.iter().map(|l| width(&tr.label(*l))).max().unwrap_or(0).max(8);
        Columns { progress, loop_word }
    }

    /// The columns after the title (owner aside): progress, trend, loop and their spaces.
    fn tail(self) -> usize {
        1 + self.progress + 1 + 6 + 1 + self.loop_word
    }
}

/// One action's short progress: `████░░ 57%`, or what stands in for it.
fn progress_cell(a: &Action, lang: Language, tr: Tr) -> (String, bool) {
    match a.indicator().map(|i| i.measured(lang)) {
        None => (tr.get("scorecard-no-indicator"), false),
        Some(Measured::Numeric(p)) => {
            let percent = crate::i18n::percent(p.percent() as f64, 0, tr.lang());
            (format!("{} {percent:>5}", bar(p.fraction, 6)), p.reached())
        }
        Some(Measured::NoReading) => (tr.get("scorecard-no-reading"), false),
        Some(Measured::NotNumeric) => (tr.get("scorecard-not-numeric"), false),
    }
}

/// A group's heading in the screens' language.
fn group_name(g: LoopGroup, tr: Tr) -> String {
    match g {
        LoopGroup::Driver(d) => tr.label(d),
        LoopGroup::NoDriver => tr.get("scorecard-no-driver"),
        LoopGroup::Dropped => tr.get("loops-group-dropped"),
        LoopGroup::Tasks => tr.get("loops-group-tasks"),
    }
}

fn draw_list(f: &mut Frame, area: Rect, w: &Workshop, list: &LoopList, cursor: usize, s: &Styles) {
    let c = &w.canvas;
    let cols = usize::from(area.width);
    let rows = usize::from(area.height);
    // Each action is a row, each new group a heading row before it; the list scrolls so the
    // selected action stays in view. Only the rows in sight are made.
    let all = &list.rows;
    // When not everything fits, one line is kept to say how many more actions lie below.
    let room = if all.len() <= rows { rows } else { rows.saturating_sub(1).max(1) };
    let at = list.row_of.get(cursor).copied().unwrap_or(0);
    let first = (at + 1).saturating_sub(room);
    let heading = |r: usize| matches!(all.get(r), Some(LoopRow::Heading(_)));
    let first = if first > 0 && heading(first - 1) && first - 1 + room > at { first - 1 } else { first };
    let hidden = list.entries_from(first + room);
    let order = &list.order;
    let tr = s.tr();
    let columns = Columns::of(tr);
    let mut lines: Vec<Line> = all
        .iter()
        .skip(first)
        .take(room)
        .map(|r| match *r {
            LoopRow::Heading(g) => Line::from(Span::styled(group_name(g, tr), s.heading())),
            LoopRow::Entry(pos) => match order.get(pos) {
                Some(&i) => row(&c.actions[i], (c.language, columns), pos == cursor, w.today, cols, s),
                None => task_row(c, &c.tasks[pos - order.len()], pos == cursor, w.today, cols, s),
            },
        })
        .collect();
    if hidden > 0 {
        let more = tr.args("loops-more-rows", &[("count", hidden.into())]);
        lines.push(Line::from(Span::styled(more, s.muted())));
    }
    f.render_widget(Paragraph::new(lines).style(s.base()), area);
}

fn row<'a>(
    a: &Action,
    (lang, columns): (Language, Columns),
    selected: bool,
    today: Day,
    cols: usize,
    s: &Styles,
) -> Line<'a> {
    let tr = s.tr();
    let (progress, reached) = progress_cell(a, lang, tr);
    let trend = a.indicator().and_then(|i| i.trend(lang)).map(|t| sparkline(&t)).unwrap_or_default();
    let loop_word = tr.label(a.loop_state.unwrap_or(LoopState::Open));
    let owner = if cols >= 84 { format!(" {:<16}", fit(&a.owner, 16)) } else { String::new() };
    // Every column has a fixed width, so the rows line up whatever their words.
    let (pw, lw) = (columns.progress, columns.loop_word);
    let (progress, trend) = (fit(&progress, pw), fit(&trend, 6));
    let tail = format!("{owner} {progress:<pw$} {trend:<6} {loop_word:<lw$}");
    let head_w = cols.saturating_sub(columns.tail() + owner.chars().count()).max(8);
    // A symbol beside every colour: `!` a review overdue, `✓` a closed loop.
    let mark = match (review_overdue(a, today), a.loop_state) {
        (true, _) => '!',
        (false, Some(LoopState::Closed)) => '✓',
        _ => ' ',
    };
    let head = fit(&format!("{mark} {} {}", a.id, a.title), head_w);
    let base = if selected {
        s.selected()
    } else if a.status == Some(ActionStatus::Dropped) {
        s.muted()
    } else if review_overdue(a, today) {
        s.alert()
    } else {
        s.base()
    };
    let tail_style = if selected {
        base
    } else if reached {
        s.ok()
    } else {
        s.base()
    };
    Line::from(vec![Span::styled(format!("{head:<head_w$}"), base), Span::styled(tail, tail_style)])
}

/// One task's row: `T1 Weekly champions call … weekly  held 3/4  last 2026-11-12`; `!` when its
/// cadence slipped.
fn task_row<'a>(c: &Canvas, t: &Task, selected: bool, today: Day, cols: usize, s: &Styles) -> Line<'a> {
    let tr = s.tr();
    let kept = t.cadence_kept(since(c, today), today);
    let slipped = kept.is_some_and(|k| k.slipped);
    let held = match kept {
        Some(k) if k.asked > 0 => {
            tr.args("loops-held-of", &[("held", k.held.into()), ("asked", k.asked.into())])
        }
        _ => tr.args("loops-held-times", &[("count", t.held.len().into())]),
    };
    let cadence = t.cadence.map_or_else(|| tr.get("loops-no-cadence"), |c| tr.label(c));
    let last = match (t.held.last(), kept) {
        (Some(d), _) => tr.args("loops-last-held", &[("date", d.to_string().into())]),
        (None, Some(k)) if k.held > 0 => tr.get("loops-task-done"),
        (None, _) => tr.get("loops-task-never-held"),
    };
    // The columns as wide as their widest words in the language (11 in English).
    let cadence_w = cadence_width(tr);
    let held_w = width(&tr.args("loops-held-of", &[("held", 99.into()), ("asked", 99.into())]))
        .max(width(&tr.args("loops-held-times", &[("count", 99.into())])))
        .max(11);
    let last_w = [tr.args("loops-last-held", &[("date", "2026-11-12".into())]), tr.get("loops-task-done")]
        .iter()
        .chain([&tr.get("loops-task-never-held")])
        .map(|t| width(t))
        .max()
        .unwrap_or(0)
        .max(15);
    let tail = format!(
        " {:<cadence_w$} {:<held_w$} {:<last_w$}",
        fit(&cadence, cadence_w),
        fit(&held, held_w),
        last
    );
    let head_w = cols.saturating_sub(tail.chars().count()).max(8);
    let mark = if slipped { '!' } else { ' ' };
    let head = fit(&format!("{mark} {} {}", t.id, t.title), head_w);
    let style = if selected {
        s.selected()
    } else if t.status != Some(TaskStatus::Active) {
        s.muted()
    } else if slipped {
        s.alert()
    } else {
        s.base()
    };
    Line::from(Span::styled(format!("{head:<head_w$}{tail}"), style))
}

/// The widest cadence in the language, `no cadence` among them, and at least 11.
fn cadence_width(tr: Tr) -> usize {
    crate::model::Cadence::ALL
        .iter()
        .map(|c| width(&tr.label(*c)))
        .chain([width(&tr.get("loops-no-cadence"))])
        .max()
        .unwrap_or(0)
        .max(11)
}
