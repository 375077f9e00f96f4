//! The power/interest field: a 5×5 grid where each stakeholder stands at their power and
//! interest, stacked when several share a cell, quadrants named at the edges, stance by mark and
//! colour. Shift+arrows move the selected one, so the room rates by placing.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::grid::stance_mark;
use super::text::{fit, wrap};
use crate::model::EntryKind;
use crate::model::{Canvas, Quadrant, Stance};
use crate::tui::hits::{Hit, Hits};
use crate::tui::style::Styles;

/// The colour of a stance: allies green, doubters amber, blockers red.
pub(crate) fn stance_style(s: &Styles, stance: Option<Stance>) -> Style {
    match stance {
        Some(Stance::Champion | Stance::Supporter) => s.ok(),
        Some(Stance::Sceptic) => s.warn(),
        Some(Stance::Blocker) => s.alert(),
        Some(Stance::Neutral) | None => s.base(),
    }
}

/// A stakeholder as the field writes them: stance mark, name, and where the room wants them
/// when it differs from where they stand (`? Works council →+`).
fn label(p: &crate::model::Stakeholder) -> String {
    let wanted = match p.desired {
        Some(d) if Some(d) != p.stance => format!(" →{}", stance_mark(Some(d))),
        _ => String::new(),
    };
    format!("{} {}{wanted}", stance_mark(p.stance), p.name)
}

/// The rows each power row gets (power 5 first): every row at least one, a row whose names need
/// more lines (stacked, wrapped) gets them first, and what is left is shared out evenly, so a
/// crowded row borrows from an empty one instead of shortening names.
fn row_heights(c: &Canvas, cells: &[[Vec<usize>; 5]; 5], cols: usize, total: u16) -> [u16; 5] {
    let need = needed_lines(c, cells, cols, total);
    let mut heights = [1u16; 5];
    let mut used: u16 = 5;
    while used < total {
        let before = used;
        for row in 0..5 {
            if used < total && heights[row] < need[row] {
                heights[row] += 1;
                used += 1;
            }
        }
        if used == before {
            break;
        }
    }
    let mut row = 0;
    while used < total {
        heights[row % 5] += 1;
        used += 1;
        row += 1;
    }
    heights
}

/// The lines each power row's fullest cell needs (power 5 first), counted up to `total`: a
/// crowded cell shows "+N more" anyway.
fn needed_lines(c: &Canvas, cells: &[[Vec<usize>; 5]; 5], cols: usize, total: u16) -> [u16; 5] {
    let lines = |here: &Vec<usize>| -> usize {
        let mut sum = 0;
        for &i in here {
            sum += super::text::line_count(&label(&c.stakeholders[i]), cols.max(4));
            if sum >= usize::from(total) {
                break;
            }
        }
        sum
    };
    let mut need = [1u16; 5];
    for (row, slot) in need.iter_mut().enumerate() {
        *slot = cells[4 - row].iter().map(lines).max().unwrap_or(0).max(1) as u16;
    }
    need
}

/// Draws the field in `area`; `cells` says who stands where (worked out once per change),
/// `selected` is the selected stakeholder's index.
pub(crate) fn draw(
    f: &mut Frame,
    area: Rect,
    c: &Canvas,
    cells: &[[Vec<usize>; 5]; 5],
    selected: Option<usize>,
    s: &Styles,
    hits: &mut Hits,
) {
    let tr = s.tr();
    // A language's longer words take the short title rather than lose the end of the long one.
    let title = match tr.get("grid-title") {
        long if super::text::width(&long) + 2 <= usize::from(area.width) => long,
        _ => tr.get("grid-title-short"),
    };
    let block = Block::bordered().title(title).border_style(s.border(true)).style(s.base());
    let body = block.inner(area);
    f.render_widget(block, area);
    if body.width < 20 || body.height < 8 {
        return;
    }
    // Rows: a quadrant caption, five power rows, the lower caption, the interest axis, the legend
    // (or who is not placed yet, every name whole, on as many lines as it takes).
    let axis = 3u16;
    let legend = legend_lines(c, selected, usize::from(body.width), body.height.saturating_sub(8), s);
    let rows_for_cells = body.height.saturating_sub(3 + legend.len() as u16);
    let col_w = (body.width.saturating_sub(axis)) / 5;
    let heights = row_heights(c, cells, usize::from(col_w.saturating_sub(1)), rows_for_cells);
    let top_of = |row: u16| body.y + 1 + heights[..usize::from(row)].iter().sum::<u16>();
    let x0 = body.x + axis;
    let captions = [
        (tr.label(Quadrant::KeepSatisfied), tr.label(Quadrant::ManageClosely)),
        (tr.label(Quadrant::Monitor), tr.label(Quadrant::KeepInformed)),
    ];
    let caption = |f: &mut Frame, y: u16, (low, high): &(String, String)| {
        let left = Rect { x: x0, y, width: col_w * 2, height: 1 };
        let right = Rect { x: x0 + col_w * 2, y, width: col_w * 3, height: 1 };
        f.render_widget(Paragraph::new(Span::styled(fit(low, usize::from(left.width)), s.muted())), left);
        let line = Line::from(Span::styled(fit(high, usize::from(right.width)), s.heading())).right_aligned();
        f.render_widget(Paragraph::new(line), right);
    };
    caption(f, body.y, &captions[0]);
    for row in 0..5u16 {
        let power = 5 - row;
        let (y, row_h) = (top_of(row), heights[usize::from(row)]);
        let label = Rect { x: body.x, y, width: axis, height: 1 };
        let high = power >= 3;
        let axis_style = if high { s.heading() } else { s.muted() };
        f.render_widget(Paragraph::new(Span::styled(format!("{power} │"), axis_style)), label);
        for col in 0..5u16 {
            let interest = col + 1;
            let at = Rect { x: x0 + col * col_w, y, width: col_w, height: row_h };
            let here = &cells[usize::from(power) - 1][usize::from(interest) - 1];
            let cell = Cell { at, here, manage_closely: high && interest >= 3 };
            draw_cell(f, cell, c, selected, s, hits);
        }
    }
    let bottom = top_of(5);
    caption(f, bottom, &captions[1]);
    let mut axis_line = String::from("   ");
    for i in 1..=5 {
        axis_line.push_str(&format!("{:<w$}", format!("└ {i}"), w = usize::from(col_w)));
    }
    let axis_area = Rect { x: body.x, y: bottom + 1, width: body.width, height: 1 };
    f.render_widget(
        Paragraph::new(Span::styled(fit(&axis_line, usize::from(body.width)), s.muted())),
        axis_area,
    );
    let legend_area = Rect { x: body.x, y: bottom + 2, width: body.width, height: legend.len() as u16 };
    let legend_area = legend_area.intersection(body);
    f.render_widget(Paragraph::new(legend), legend_area);
}

/// The line under the field: the stance marks; or, when some stakeholders have no power or
/// interest yet, their names, each whole (a name is never cut: the lines wrap between words), the
/// selected one marked `▶` and highlighted, since it has no place on the field to be seen in. At
/// most `most` lines (at least one); a list longer than that ends by counting the names left.
fn legend_lines<'a>(
    c: &Canvas,
    selected: Option<usize>,
    cols: usize,
    most: u16,
    s: &Styles,
) -> Vec<Line<'a>> {
    let loose: Vec<usize> =
        (0..c.stakeholders.len()).filter(|&i| c.stakeholders[i].quadrant().is_none()).collect();
    if loose.is_empty() {
        let legend = s.tr().get("grid-legend");
        return wrap(&legend, cols)
            .into_iter()
            .take(1)
            .map(|l| Line::from(Span::styled(l, s.muted())))
            .collect();
    }
    // Words with their style; a name's words stay together as far as the width allows.
    let mut words: Vec<(String, Style)> =
        s.tr().get("grid-not-placed").split(' ').map(|w| (w.to_string(), s.warn())).collect();
    let mut starts = Vec::new();
    for (n, &i) in loose.iter().enumerate() {
        starts.push(words.len());
        let chosen = Some(i) == selected;
        let style = if chosen { s.selected() } else { s.warn() };
        if chosen {
            words.push(("▶".to_string(), style));
        }
        let name = &c.stakeholders[i].name;
        let mut parts: Vec<String> = name.split_whitespace().map(str::to_string).collect();
        if n + 1 < loose.len()
            && let Some(last) = parts.last_mut()
        {
            last.push(',');
        }
        words.extend(parts.into_iter().map(|p| (p, style)));
    }
    let most = usize::from(most.max(1));
    // Each row is its spans and, per word shown, the word's index (to take whole names back).
    let mut lines: Vec<(Vec<Span>, Vec<usize>)> = vec![(Vec::new(), Vec::new())];
    let mut used = 0usize;
    for (k, (word, style)) in words.iter().enumerate() {
        let w = super::text::width(word).min(cols);
        if used > 0 && used + 1 + w > cols {
            if lines.len() == most {
                // No room for the rest: take back the name begun on this line, if any, until the
                // count fits, and say how many names are left; never half a name.
                let (row, shown) = lines.last_mut().expect("a line");
                let mut first_hidden = k;
                loop {
                    let name_start = starts.iter().rev().find(|&&at| at <= first_hidden).copied();
                    if let Some(at) = name_start.filter(|&at| at < first_hidden) {
                        while shown.last().is_some_and(|&x| x >= at) {
                            shown.pop();
                            row.truncate(row.len().saturating_sub(2));
                        }
                        first_hidden = at;
                    }
                    let left = starts.iter().filter(|&&at| at >= first_hidden).count();
                    let more = format!(" +{left} more");
                    let width: usize = row.iter().map(|sp| super::text::width(&sp.content)).sum();
                    if width + super::text::width(&more) <= cols || shown.is_empty() {
                        row.push(Span::styled(more, s.warn()));
                        break;
                    }
                    first_hidden = shown.last().copied().unwrap_or(0);
                    shown.pop();
                    row.truncate(row.len().saturating_sub(2));
                }
                return lines.into_iter().map(|(row, _)| Line::from(row)).collect();
            }
            lines.push((Vec::new(), Vec::new()));
            used = 0;
        }
        let (row, shown) = lines.last_mut().expect("a line");
        // The space before a word, highlighted between two words of the selected name.
        let joined = used > 0 && !starts.contains(&k) && words[k - 1].1 == *style;
        let space = if used > 0 { " " } else { "" };
        row.push(Span::styled(space, if joined { *style } else { s.base() }));
        row.push(Span::styled(fit(word, cols), *style));
        shown.push(k);
        used += space.len() + w;
    }
    lines.into_iter().map(|(row, _)| Line::from(row)).collect()
}

/// One cell: its stakeholders stacked, the selected one highlighted, "+N" when they do not fit.
/// One cell of the field: where it is drawn, who is in it, whether it is "manage closely".
struct Cell<'a> {
    at: Rect,
    here: &'a [usize],
    manage_closely: bool,
}

fn draw_cell(
    f: &mut Frame,
    cell: Cell<'_>,
    c: &Canvas,
    selected: Option<usize>,
    s: &Styles,
    hits: &mut Hits,
) {
    let Cell { at, here, manage_closely } = cell;
    let cols = usize::from(at.width.saturating_sub(1));
    let room = usize::from(at.height);
    let mut lines: Vec<Line> = Vec::new();
    // The selected one is always shown, even in a crowded cell.
    let mut order: Vec<usize> = here.to_vec();
    if let Some(sel) = selected
        && let Some(pos) = order.iter().position(|&i| i == sel)
    {
        order.remove(pos);
        order.insert(0, sel);
    }
    // Names are packed side by side while they fit, then stacked; what does not fit is counted.
    let mut rows: Vec<Vec<Span>> = Vec::new();
    let mut used = 0usize;
    let mut placed = 0usize;
    for (n, &i) in order.iter().enumerate() {
        let p = &c.stakeholders[i];
        let text = label(p);
        let style = if Some(i) == selected { s.selected() } else { stance_style(s, p.stance) };
        let left = order.len() - n;
        let last_row = rows.len() + 1 >= room;
        let reserve = if left > 1 && last_row { 9 } else { 0 };
        let w = super::text::width(&text);
        if let Some(row) = rows.last_mut()
            && used + 2 + w + reserve <= cols
        {
            row.push(Span::styled("  ", s.base()));
            row.push(Span::styled(text, style));
            let y = at.y.saturating_add((rows.len() - 1) as u16);
            let x = at.x.saturating_add((used + 2) as u16);
            hits.add(
                Rect { x, y, width: w as u16, height: 1 }.intersection(at),
                Hit::Entry(EntryKind::Stakeholder, i),
            );
            used += 2 + w;
        } else if rows.len() < room {
            // A long name wraps onto the rows left before it is shortened.
            let spare = room - rows.len() - usize::from(left > 1);
            let wrapped = super::text::wrap(&text, cols.max(4));
            let take = wrapped.len().min(spare.max(1));
            for (k, part) in wrapped.iter().take(take).enumerate() {
                let part = if k + 1 == take && take < wrapped.len() {
                    fit(&format!("{part} {}", wrapped[take..].join(" ")), cols.saturating_sub(reserve).max(4))
                } else {
                    part.clone()
                };
                used = super::text::width(&part);
                let y = at.y.saturating_add(rows.len() as u16);
                hits.add(
                    Rect { x: at.x, y, width: used as u16, height: 1 }.intersection(at),
                    Hit::Entry(EntryKind::Stakeholder, i),
                );
                rows.push(vec![Span::styled(part, style)]);
            }
        } else {
            break;
        }
        placed += 1;
    }
    if placed < order.len() {
        let more = Span::styled(format!(" +{} more", order.len() - placed), s.muted());
        match rows.last_mut() {
            Some(row) => row.push(more),
            None => rows.push(vec![more]),
        }
    }
    lines.extend(rows.into_iter().map(Line::from));
    if lines.is_empty() {
        // A shade, not a dot: `·` is the neutral stance's mark.
        let dot = if manage_closely { "░" } else { " " };
        lines.push(Line::from(Span::styled(dot, s.muted())));
    }
    f.render_widget(Paragraph::new(lines), at);
}
