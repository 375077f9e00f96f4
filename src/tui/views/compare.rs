//! The compare screen: older and newer side by side, marked +, -, ~, with a summary and the signals.

use std::collections::HashMap;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::layout::{centred, inner};
use super::text::{fit, wrap};
use crate::diff::{Mark, Side};
use crate::i18n::Tr;
use crate::model::{Canvas, EntryKind};
use crate::tui::compare::{Compare, TABS};
use crate::tui::derived::Derived;
use crate::tui::keys::Mode;
use crate::tui::style::Styles;

fn side(name: &str, s: &Side, tr: Tr) -> String {
    match s.date {
        Some(d) => {
            let args =
                [("file", name.into()), ("revision", s.revision.into()), ("date", d.to_string().into())];
            tr.args("compare-side-dated", &args)
        }
        None => tr.args("compare-side", &[("file", name.into()), ("revision", s.revision.into())]),
    }
}

/// A tab's name and what changed in it; `compact` drops the spaces and the zero counts, and
/// `counted` false the counts.
fn tab_label(c: &Compare, tab: usize, compact: bool, counted: bool, tr: Tr) -> String {
    match EntryKind::ALL.get(tab) {
        Some(kind) => {
            let d = c.diff.section(*kind);
            let title = crate::tui::section::Section::of(*kind).short_name(tr);
            let counts = [('+', d.added.len()), ('-', d.removed.len()), ('~', d.changed.len())];
            if !counted {
                title
            } else if compact {
                let shown: String =
                    counts.iter().filter(|(_, n)| *n > 0).map(|(m, n)| format!("{m}{n}")).collect();
                format!("{title} {}", if shown.is_empty() { "=" } else { &shown })
            } else {
                let shown: Vec<String> = counts.iter().map(|(m, n)| format!("{m}{n}")).collect();
                format!("{title} {}", shown.join(" "))
            }
        }
        None if !counted => tr.get("tab-signals"),
        None => format!("{} {}", tr.get("tab-signals"), c.diff.signals.len()),
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
    let tr = s.tr();
    let sides = [
        ("old", side(&c.old_name, &c.diff.old, tr).into()),
        ("new", side(&c.new_name, &c.diff.new, tr).into()),
    ];
    let heading = format!(" {}", tr.args("compare-screen-title", &sides));
    f.render_widget(
        Paragraph::new(Span::styled(fit(&heading, usize::from(area.width)), s.heading())).style(s.base()),
        title,
    );
    let cols = usize::from(area.width);
    let full: usize = (0..TABS).map(|t| super::text::width(&tab_label(c, t, false, true, tr)) + 3).sum();
    let compact = full > cols;
    // Still too wide (long French names): the tabs not shown lose their counts.
    let squeezed: usize = (0..TABS).map(|t| super::text::width(&tab_label(c, t, true, true, tr)) + 1).sum();
    let counted = |t: usize| squeezed <= cols || t == c.tab;
    let mut spans = vec![Span::styled(" ", s.base())];
    for t in 0..TABS {
        if t > 0 {
            spans.push(Span::styled(if compact { "│" } else { " │ " }, s.muted()));
        }
        let label = tab_label(c, t, compact, counted(t), tr);
        spans.push(Span::styled(label, if t == c.tab { s.selected() } else { s.base() }));
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
    let tr = s.tr();
    let before = tr.args("compare-before", &[("file", c.old_name.as_str().into())]);
    let now = tr.args("compare-now", &[("file", c.new_name.as_str().into())]);
    let mut lines = vec![Line::from(vec![
        Span::styled(format!("  {:<half$}", fit(&before, half)), s.muted()),
        Span::styled(fit(&now, half), s.muted()),
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
        lines.push(Line::from(Span::styled(format!("  {}", tr.get("compare-no-entries")), s.muted())));
    }
    f.render_widget(Paragraph::new(lines).style(s.base()), body);
}

fn signals(f: &mut Frame, area: Rect, c: &Compare, s: &Styles) {
    let body = inner(area);
    let t = c.tab;
    let all = super::signals::lines(&c.diff.signals, usize::from(body.width), Some(c.cursors[t].selected), s);
    let skip = super::signals::first_line(&all, c.cursors[t].offset);
    let skip = super::signals::keep_visible(&all, skip, c.cursors[t].selected, usize::from(body.height));
    let (tr, room) = (s.tr(), usize::from(body.width));
    let title = fit(&format!(" {} ", tr.get("compare-signals-title")), room);
    let mut block = Block::bordered().title(title);
    let below = all.len().saturating_sub(skip + usize::from(body.height));
    if below > 0 {
        let more = tr.args("view-more-lines", &[("count", below.into())]);
        let args = [("more", more.into()), ("count", c.diff.signals.len().into())];
        let text = fit(&format!(" {} ", tr.args("compare-more-signals", &args)), room);
        block = block.title_bottom(Span::styled(text, s.accent()));
    }
    f.render_widget(block.border_style(s.border(true)).style(s.base()), area);
    let mut lines: Vec<Line> = all.into_iter().skip(skip).map(|(_, l)| l).collect();
    if lines.is_empty() {
        lines.push(Line::from(Span::styled(tr.get("compare-nothing-moved"), s.ok())));
    }
    f.render_widget(Paragraph::new(lines).style(s.base()), body);
}

fn detail(f: &mut Frame, screen: Rect, c: &Compare, s: &Styles) {
    let Some(change) = c.selected_change() else { return };
    let cols = usize::from(screen.width.min(90)).saturating_sub(4);
    let tr = s.tr();
    let none = tr.get("diff-none");
    let mut lines = Vec::new();
    for fc in &change.fields {
        // As `cvc diff` shows it: the file's name in English, the language's words in others.
        let text = crate::i18n::change_said(c.kind(), fc, &none, tr);
        for (n, part) in wrap(&text, cols).into_iter().enumerate() {
            let style = if n == 0 { s.changed() } else { s.base() };
            lines.push(Line::from(Span::styled(format!(" {part}"), style)));
        }
    }
    let area = centred(screen, 90, (lines.len() as u16 + 2).min(screen.height));
    f.render_widget(Clear, area);
    let args = [("id", change.id.as_str().into()), ("label", change.label.as_str().into())];
    let title = fit(
        &format!(" {} ", tr.args("compare-detail-title", &args)),
        usize::from(area.width.saturating_sub(2)),
    );
    f.render_widget(Block::bordered().title(title).border_style(s.border(true)).style(s.base()), area);
    f.render_widget(Paragraph::new(lines).style(s.base()), inner(area));
}
