//! The loop review screen: the actions grouped by value driver with their progress, then the
//! community management tasks with their cadence kept; the selected action's loop card
//! (indicator, readings, trend, cost, gain and return, loop) or the selected task's held dates.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::layout::{WIDE, inner};
use super::text::{fit, wrap};
use crate::model::{
    Action, ActionStatus, Aim, Canvas, Day, Language, LoopState, Measured, Task, TaskStatus, bar, sparkline,
};
use crate::tui::derived::{LoopList, LoopRow};
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
    let c = &w.canvas;
    let (closed, overdue) = (list.closed, list.overdue);
    let what = if loops.pass { "last time's actions" } else { "actions" };
    let mut title = format!(" Loop review · {} {what} · {closed} closed", c.actions.len());
    if overdue > 0 {
        let reviews = if overdue == 1 { "review" } else { "reviews" };
        title.push_str(&format!(" · {overdue} {reviews} overdue"));
    }
    title.push(' ');
    f.render_widget(Block::bordered().title(title).border_style(s.border(true)).style(s.base()), area);
    let body = inner(area);
    let order = &list.order;
    let wide = area.width >= WIDE;
    let detail_cols = if wide { usize::from(body.width) * 45 / 100 } else { usize::from(body.width) };
    let cols = detail_cols.saturating_sub(1);
    let parts = match (order.get(loops.cursor), w.loops_selected_task(loops)) {
        (Some(&i), _) => detail_parts(&c.actions[i], c.language, w.today, cols, s),
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
        let more = format!("{} (PgDn)", s.tr().args("view-more-lines", &[("count", (below + 1).into())]));
        shown.push(Line::from(Span::styled(more, s.muted())));
    }
    f.render_widget(Paragraph::new(shown).style(s.base()), detail);
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

/// The columns after an action's title (owner aside): progress, trend, loop and their spaces.
const TAIL: usize = 1 + 14 + 1 + 6 + 1 + 8;

/// One action's short progress: `████░░ 57%`, or what stands in for it.
fn progress_cell(a: &Action, lang: Language) -> (String, bool) {
    match a.indicator().map(|i| i.measured(lang)) {
        None => ("no indicator".into(), false),
        Some(Measured::Numeric(p)) => (format!("{} {:>4}%", bar(p.fraction, 6), p.percent()), p.reached()),
        Some(m) => (m.label(), false),
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
    let mut lines: Vec<Line> = all
        .iter()
        .skip(first)
        .take(room)
        .map(|r| match *r {
            LoopRow::Heading(h) => Line::from(Span::styled(h, s.heading())),
            LoopRow::Entry(pos) => match order.get(pos) {
                Some(&i) => row(&c.actions[i], c.language, pos == cursor, w.today, cols, s),
                None => task_row(c, &c.tasks[pos - order.len()], pos == cursor, w.today, cols, s),
            },
        })
        .collect();
    if hidden > 0 {
        let more = if hidden == 1 { "↓ 1 more row".to_string() } else { format!("↓ {hidden} more rows") };
        lines.push(Line::from(Span::styled(more, s.muted())));
    }
    f.render_widget(Paragraph::new(lines).style(s.base()), area);
}

fn row<'a>(a: &Action, lang: Language, selected: bool, today: Day, cols: usize, s: &Styles) -> Line<'a> {
    let (progress, reached) = progress_cell(a, lang);
    let trend = a.indicator().and_then(|i| i.trend(lang)).map(|t| sparkline(&t)).unwrap_or_default();
    let loop_word = a.loop_state.map_or("open", LoopState::label);
    let owner = if cols >= 84 { format!(" {:<16}", fit(&a.owner, 16)) } else { String::new() };
    // Every column has a fixed width, so the rows line up whatever their words.
    let (progress, trend) = (fit(&progress, 14), fit(&trend, 6));
    let tail = format!("{owner} {progress:<14} {trend:<6} {loop_word:<8}");
    let head_w = cols.saturating_sub(TAIL + owner.chars().count()).max(8);
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

/// The workshop cadence is counted from (or from the task's first held day before it,
/// [`Task::kept_from`]): the canvas's date, or `today` when it has none.
fn since(c: &Canvas, today: Day) -> Day {
    c.date.unwrap_or(today)
}

/// One task's row: `T1 Weekly champions call … weekly  held 3/4  last 2026-11-12`; `!` when its
/// cadence slipped.
fn task_row<'a>(c: &Canvas, t: &Task, selected: bool, today: Day, cols: usize, s: &Styles) -> Line<'a> {
    let kept = t.cadence_kept(since(c, today), today);
    let slipped = kept.is_some_and(|k| k.slipped);
    let held = match kept {
        Some(k) if k.asked > 0 => format!("held {}/{}", k.held, k.asked),
        _ => format!("held {}", t.held.len()),
    };
    let cadence = t.cadence.map_or("no cadence", |c| c.label());
    let last = match (t.held.last(), kept) {
        (Some(d), _) => format!("last {d}"),
        (None, Some(k)) if k.held > 0 => "done".to_string(),
        (None, _) => "never held".to_string(),
    };
    let tail = format!(" {:<11} {:<11} {:<15}", fit(cadence, 11), fit(&held, 11), last);
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

/// The selected task: who and how often, its cadence kept since the workshop, the days held.
fn task_parts<'a>(c: &Canvas, t: &Task, today: Day, cols: usize, s: &Styles) -> Vec<Vec<Line<'a>>> {
    let mut out = para(&format!("{} {}", t.id, t.title), cols, s.heading());
    let mut who = Vec::new();
    if !t.owner.is_empty() {
        who.push(format!("owner {}", t.owner));
    }
    who.extend(t.phase.map(|p| p.label().to_string()));
    who.push(t.cadence.map_or("no cadence".to_string(), |c| c.label().to_string()));
    who.push(format!("status {}", t.status.map_or("not set", TaskStatus::label)));
    out.extend(para(&who.join(" · "), cols, s.base()));
    let kept = match t.cadence_kept(since(c, today), today) {
        Some(k) if k.slipped => (format!("{} since {}: slipped", k.words(), k.since), s.alert()),
        Some(k) => (format!("{} since {}", k.words(), k.since), s.base()),
        None => ("cadence kept: no count asked (ongoing or no cadence)".to_string(), s.muted()),
    };
    out.extend(para(&kept.0, cols, kept.1));
    out.extend(para("h marks it held today; u undoes", cols, s.muted()));
    if t.held.is_empty() {
        return vec![out, para("Never marked held yet.", cols, s.muted())];
    }
    let mut held = vec![Line::from(Span::styled(format!("Held ({})", t.held.len()), s.heading()))];
    let days: Vec<String> = t.held.iter().rev().map(Day::to_string).collect();
    held.extend(para(&days.join(", "), cols, s.base()));
    vec![out, held]
}

/// Wrapped lines, each in one style.
fn para<'a>(text: &str, cols: usize, style: Style) -> Vec<Line<'a>> {
    wrap(text, cols).into_iter().map(|l| Line::from(Span::styled(l, style))).collect()
}

/// The selected action in full, in parts: who and when; the indicator, its progress and trend;
/// the readings, newest first.
fn detail_parts<'a>(a: &Action, lang: Language, today: Day, cols: usize, s: &Styles) -> Vec<Vec<Line<'a>>> {
    let mut out = para(&format!("{} {}", a.id, a.title), cols, s.heading());
    let mut who = Vec::new();
    if !a.owner.is_empty() {
        let line = if a.business_line.is_empty() { String::new() } else { format!(" ({})", a.business_line) };
        who.push(format!("owner {}{line}", a.owner));
    }
    who.extend(a.due.map(|d| format!("due {d}")));
    who.push(format!("status {}", a.status.map_or("not set", ActionStatus::label)));
    out.extend(para(&who.join(" · "), cols, s.base()));
    let loop_word = a.loop_state.map_or("open", LoopState::label);
    let review = match a.review {
        Some(d) if review_overdue(a, today) => (format!("loop {loop_word} · review was due {d}"), s.alert()),
        Some(d) => (format!("loop {loop_word} · next review {d}"), s.base()),
        None => (format!("loop {loop_word} · no review date: Enter sets one"), s.warn()),
    };
    out.extend(para(&review.0, cols, review.1));
    if !a.benefit.is_empty() {
        out.extend(para(&format!("benefit: {}", a.benefit), cols, s.base()));
    }
    if !a.cost.trim().is_empty() || !a.gain.trim().is_empty() {
        let or_none = |t: &str| if t.trim().is_empty() { "none written".to_string() } else { t.to_string() };
        let ret = match a.return_on_cost(lang) {
            Ok(r) => format!("return {}%", (r * 100.0).round() as i64),
            Err(why) => format!("no return: {}", why.why()),
        };
        let text = format!("cost {} · gain {} · {ret}", or_none(&a.cost), or_none(&a.gain));
        out.extend(para(&text, cols, s.base()));
    }
    if let Some(v) = a.loop_verdict(lang) {
        out.extend(para(&format!("⚠ {}", v.words()), cols, s.warn()));
    }
    let Some(ind) = a.indicator() else {
        let none = para("No indicator yet: Enter names one, so the loop can be measured.", cols, s.warn());
        return vec![out, none];
    };
    let who = std::mem::take(&mut out);
    let unit = if ind.unit.is_empty() { String::new() } else { format!(" ({})", ind.unit) };
    let kind = ind.kind.map(|k| format!(", {k}")).unwrap_or_default();
    out.extend(para(&format!("Indicator: {}{unit}{kind}", ind.name), cols, s.heading()));
    let latest = ind.latest().map_or("?".to_string(), |r| format!("{} ({})", r.value, r.date));
    let or_q = |t: &str| if t.trim().is_empty() { "?".to_string() } else { t.to_string() };
    let dated = ind.baseline_date.map(|d| format!(" ({d})")).unwrap_or_default();
    let path = format!("{}{dated} → {latest} → {}", or_q(&ind.baseline), or_q(&ind.target));
    out.extend(para(&format!("baseline {path} target"), cols, s.base()));
    match ind.measured(lang) {
        Measured::Numeric(p) => {
            let aim = if p.aim == Aim::Down { " (down is good)" } else { "" };
            let trend = ind.trend(lang).map(|t| format!("  trend {}", sparkline(&t))).unwrap_or_default();
            let bar_w = cols.saturating_sub(30).clamp(6, 20);
            let text = format!("{} {}%{trend}{aim}", bar(p.fraction, bar_w), p.percent());
            let style = if p.reached() {
                s.ok()
            } else if p.fraction < 0.0 {
                s.alert()
            } else {
                s.base()
            };
            out.extend(para(&text, cols, style));
        }
        m => out.extend(para(&format!("progress: {}", m.label()), cols, s.muted())),
    }
    if let Some(note) = ind.ambiguity(lang) {
        out.extend(para(&format!("not read as a number: {note}"), cols, s.warn()));
    }
    if ind.target_reached(lang) && a.loop_state != Some(LoopState::Closed) {
        out.extend(para(
            "✓ target reached: Enter closes the loop, the last reading is the evidence",
            cols,
            s.ok(),
        ));
    }
    if ind.readings.is_empty() {
        return vec![who, out, para("No readings yet: a adds what was measured.", cols, s.muted())];
    }
    let mut readings =
        vec![Line::from(Span::styled(format!("Readings ({})", ind.readings.len()), s.heading()))];
    for r in ind.readings.iter().rev() {
        let note = if r.note.is_empty() { String::new() } else { format!(" — {}", r.note) };
        readings.extend(para(&format!("{}  {}{note}", r.date, r.value), cols, s.base()));
    }
    vec![who, out, readings]
}
