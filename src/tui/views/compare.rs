//! The compare screen: older and newer side by side, marked +, -, ~, with a summary and the signals.

use std::collections::HashMap;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::layout::{centred, inner};
use super::text::{fit, wrap};
use crate::diff::{Mark, Side};
use crate::model::{Canvas, EntryKind};
use crate::tui::compare::{Compare, TABS};
use crate::tui::derived::Derived;
use crate::tui::keys::Mode;
use crate::tui::style::Styles;

fn side(name: &str, s: &Side) -> String {
    let date = s.date.map(|d| format!(" {d}")).unwrap_or_default();
    format!("{name} · rev {}{date}", s.revision)
}

fn tab_label(c: &Compare, tab: usize, compact: bool) -> String {
    match EntryKind::ALL.get(tab) {
        Some(kind) => {
            let d = c.diff.section(*kind);
            let title = crate::tui::section::Section::of(*kind).short_title();
            let counts = [('+', d.added.len()), ('-', d.removed.len()), ('~', d.changed.len())];
            if compact {
                let shown: String =
                    counts.iter().filter(|(_, n)| *n > 0).map(|(m, n)| format!("{m}{n}")).collect();
                format!("{title} {}", if shown.is_empty() { "=" } else { &shown })
            } else {
                let shown: Vec<String> = counts.iter().map(|(m, n)| format!("{m}{n}")).collect();
                format!("{title} {}", shown.join(" "))
            }
        }
        None => format!("Signals {}", c.diff.signals.len()),
    }
}

fn label(c: &Canvas, d: &Derived, kind: EntryKind, index: Option<usize>) -> String {
    index
        .map(|i| format!("{} {}", c.id_at(kind, i).unwrap_or_default(), d.label(c, kind, i)))
        .unwrap_or_default()
}

/// Draws the compare screen.
pub(crate) fn draw(f: &mut Frame, area: Rect, c: &Compare, s: &Styles) {
    let [title, tabs, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let heading =
        format!(" compare  {}  →  {}", side(&c.old_name, &c.diff.old), side(&c.new_name, &c.diff.new));
    f.render_widget(
        Paragraph::new(Span::styled(fit(&heading, usize::from(area.width)), s.heading())).style(s.base()),
        title,
    );
    let full: usize = (0..TABS).map(|t| super::text::width(&tab_label(c, t, false)) + 3).sum();
    let compact = full > usize::from(area.width);
    let mut spans = vec![Span::styled(" ", s.base())];
    for t in 0..TABS {
        if t > 0 {
            spans.push(Span::styled(if compact { "│" } else { " │ " }, s.muted()));
        }
        spans.push(Span::styled(tab_label(c, t, compact), if t == c.tab { s.selected() } else { s.base() }));
    }
    f.render_widget(Paragraph::new(Line::from(spans)).style(s.base()), tabs);
    match c.kind() {
        Some(EntryKind::Stakeholder) if c.grid => {
            let moved: HashMap<String, crate::model::Quadrant> = c
                .diff
                .section(EntryKind::Stakeholder)
                .rows
                .iter()
                .filter_map(|r| {
                    let (o, n) = (&c.old.stakeholders[r.old?], &c.new.stakeholders[r.new?]);
                    let (qo, qn) = (o.quadrant()?, n.quadrant()?);
                    (qo != qn).then(|| (n.id.clone(), qo))
                })
                .collect();
            super::grid::draw(f, body, &c.new, &c.new_derived.quadrants, None, &moved, s);
        }
        Some(kind) => rows(f, body, c, kind, s),
        None => signals(f, body, c, s),
    }
    super::chrome::footer(f, footer, Mode::Compare, s);
    if c.detail {
        detail(f, area, c, s);
    }
}

fn rows(f: &mut Frame, area: Rect, c: &Compare, kind: EntryKind, s: &Styles) {
    f.render_widget(Block::bordered().border_style(s.border(true)).style(s.base()), area);
    let body = inner(area);
    let half = usize::from(body.width.saturating_sub(3)) / 2;
    let mut lines = vec![Line::from(vec![
        Span::styled(format!("  {:<half$}", fit(&format!("before: {}", c.old_name), half)), s.muted()),
        Span::styled(fit(&format!("now: {}", c.new_name), half), s.muted()),
    ])];
    let all = &c.diff.section(kind).rows;
    let t = c.tab;
    let room = usize::from(body.height).saturating_sub(1);
    for (n, r) in all.iter().enumerate().skip(c.cursors[t].offset).take(room) {
        let selected = n == c.cursors[t].selected;
        let style = match r.mark {
            Mark::Same => s.base(),
            Mark::Changed => s.changed(),
            Mark::Added => s.added(),
            Mark::Removed => s.removed(),
        };
        let style = if selected { s.selected() } else { style };
        let left = fit(&label(&c.old, &c.old_derived, kind, r.old), half);
        let right = fit(&label(&c.new, &c.new_derived, kind, r.new), half);
        lines.push(Line::from(Span::styled(
            format!("{} {left:<half$} {right:<half$}", r.mark.symbol()),
            style,
        )));
    }
    if all.is_empty() {
        lines.push(Line::from(Span::styled("  Neither canvas has entries here.", s.muted())));
    }
    f.render_widget(Paragraph::new(lines).style(s.base()), body);
}

fn signals(f: &mut Frame, area: Rect, c: &Compare, s: &Styles) {
    let body = inner(area);
    let t = c.tab;
    let all = super::signals::lines(&c.diff.signals, usize::from(body.width), Some(c.cursors[t].selected), s);
    let skip = super::signals::first_line(&all, c.cursors[t].offset);
    let skip = super::signals::keep_visible(&all, skip, c.cursors[t].selected, usize::from(body.height));
    let mut block = Block::bordered().title(" Keep reconnecting: who left, what broke, what reconnected ");
    let below = all.len().saturating_sub(skip + usize::from(body.height));
    if below > 0 {
        block = block.title_bottom(Span::styled(
            format!(
                " {} ({} signals) ",
                s.tr().args("view-more-lines", &[("count", below.into())]),
                c.diff.signals.len()
            ),
            s.accent(),
        ));
    }
    f.render_widget(block.border_style(s.border(true)).style(s.base()), area);
    let mut lines: Vec<Line> = all.into_iter().skip(skip).map(|(_, l)| l).collect();
    if lines.is_empty() {
        lines.push(Line::from(Span::styled("Nobody left, nothing broke, no loop moved.", s.ok())));
    }
    f.render_widget(Paragraph::new(lines).style(s.base()), body);
}

fn detail(f: &mut Frame, screen: Rect, c: &Compare, s: &Styles) {
    let Some(change) = c.selected_change() else { return };
    let cols = usize::from(screen.width.min(90)).saturating_sub(4);
    let mut lines = Vec::new();
    for fc in &change.fields {
        let text = format!("{}: {} → {}", fc.field, or_none(&fc.old), or_none(&fc.new));
        for (n, part) in wrap(&text, cols).into_iter().enumerate() {
            let style = if n == 0 { s.changed() } else { s.base() };
            lines.push(Line::from(Span::styled(format!(" {part}"), style)));
        }
    }
    let area = centred(screen, 90, (lines.len() as u16 + 2).min(screen.height));
    f.render_widget(Clear, area);
    let title = format!(" ~ {} {} — Esc closes ", change.id, change.label);
    f.render_widget(Block::bordered().title(title).border_style(s.border(true)).style(s.base()), area);
    f.render_widget(Paragraph::new(lines).style(s.base()), inner(area));
}

fn or_none(v: &str) -> &str {
    if v.is_empty() { "(none)" } else { v }
}
