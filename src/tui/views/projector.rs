//! Projector mode: the block and the clock in big glyphs, the section's entries large and clean.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use tui_big_text::{BigText, PixelSize};

use super::agenda::{left_or_over, schedule_text, urgency_style};
use super::text::{fit, wrap};
use crate::model::{EntryKind, clock_text};
use crate::tui::section::Section;
use crate::tui::style::Styles;
use crate::tui::workshop::{Popup, Projector, Workshop};

/// Whether the terminal is large enough for entries in big glyphs.
fn roomy(area: Rect) -> bool {
    area.width >= 160 && area.height >= 44
}

/// The clean text of an entry for the room: no ids, no notes.
fn entry_text(w: &Workshop, kind: EntryKind, i: usize) -> String {
    let c = &w.canvas;
    match kind {
        EntryKind::Stakeholder => c.stakeholders[i].name.clone(),
        EntryKind::Relationship => {
            let r = &c.relationships[i];
            let arrow = if r.direction == Some(crate::model::Direction::OneWay) { "→" } else { "↔" };
            let what = if r.exchange.is_empty() { String::new() } else { format!(": {}", r.exchange) };
            format!("{} {arrow} {}{what}", w.derived.name(&r.from), w.derived.name(&r.to))
        }
        EntryKind::Task => {
            let t = &c.tasks[i];
            if t.owner.is_empty() { t.title.clone() } else { format!("{} — {}", t.title, t.owner) }
        }
        EntryKind::Action => {
            let a = &c.actions[i];
            let due = a.due.map(|d| format!(", by {d}")).unwrap_or_default();
            let dots = if a.votes > 0 {
                format!("  {}", "●".repeat(a.votes.min(12) as usize))
            } else {
                String::new()
            };
            if a.owner.is_empty() {
                format!("{}{due}{dots}", a.title)
            } else {
                format!("{} — {}{due}{dots}", a.title, a.owner)
            }
        }
    }
}

/// The lines the room reads for the current section: at most `count` from `first`.
fn texts(w: &Workshop, first: usize, count: usize) -> (Vec<String>, usize) {
    let c = &w.canvas;
    let all: Vec<String> = match w.section {
        Section::Context => {
            let mut out = vec![c.context.goal.clone()];
            out.extend(c.context.drivers.iter().map(|d| format!("{}: {}", d.driver.label(), d.answer)));
            out.retain(|t| !t.trim().is_empty());
            out
        }
        Section::Review => w.derived.warnings.iter().map(|x| x.message.clone()).collect(),
        s => {
            let kind = s.kind().expect("list sections have a kind");
            let rows = w.rows(s);
            let shown = (first..rows.len().min(first + count)).filter_map(|r| rows.get(r));
            return (shown.map(|i| entry_text(w, kind, i)).collect(), rows.len());
        }
    };
    let total = all.len();
    (all.into_iter().skip(first).take(count).collect(), total)
}

fn header(f: &mut Frame, area: Rect, roomy: bool, w: &Workshop, s: &Styles) {
    let p = w.progress();
    let big = if roomy { PixelSize::Full } else { PixelSize::HalfHeight };
    let clock_cols = if roomy { 64 } else { 42 };
    let [left, right] = Layout::horizontal([Constraint::Fill(1), Constraint::Length(clock_cols)]).areas(area);
    let block = w.canvas.agenda.get(p.block).map(|b| b.title.clone()).unwrap_or_default();
    let icon = if w.clock.running { "" } else { "  (paused)" };
    let lines = vec![
        Line::from(Span::styled(format!(" {block}{icon}"), s.heading())),
        Line::from(Span::styled(format!(" {}", w.section.title()), s.accent())),
        Line::from(Span::styled(
            format!(" session {} · {}", left_or_over(p.session_left), schedule_text(&p)),
            s.muted(),
        )),
    ];
    f.render_widget(Paragraph::new(lines).style(s.base()), left);
    let sign = if p.block_left < 0 { "+" } else { "" };
    let time = format!("{sign}{}", clock_text(p.block_left.abs()));
    let clock = BigText::builder()
        .pixel_size(big)
        .style(urgency_style(s, p.urgency))
        .lines(vec![Line::from(time)])
        .right_aligned()
        .build();
    f.render_widget(clock, right);
}

/// Draws projector mode.
pub fn draw(f: &mut Frame, area: Rect, w: &Workshop, s: &Styles) {
    let head_rows = if roomy(area) { 9 } else { 5 };
    let [head, _, body, input] = Layout::vertical([
        Constraint::Length(head_rows),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    header(f, head, roomy(area), w, s);
    if w.projector == Projector::Focus {
        focus(f, body, w, s);
        let hint = " ← → the previous / next · Esc back to the list · p leaves projector mode";
        f.render_widget(Paragraph::new(Line::from(Span::styled(hint, s.muted()))).style(s.base()), input);
        return;
    }
    let cursor = w.cursor(w.section);
    let cols = usize::from(body.width).saturating_sub(2);
    let per_line: u16 = if roomy(area) { 5 } else { 2 };
    let fit_rows = usize::from(body.height / per_line).max(1);
    let first = cursor.saturating_sub(fit_rows - 1);
    let (shown, total) = texts(w, first, fit_rows);
    if roomy(area) {
        let chars = usize::from(body.width / 4);
        for (n, text) in shown.iter().enumerate() {
            let y = body.y + n as u16 * per_line;
            let row = Rect { x: body.x + 1, y, width: body.width.saturating_sub(1), height: per_line - 1 };
            let big = BigText::builder()
                .pixel_size(PixelSize::Quadrant)
                .style(s.heading())
                .lines(vec![Line::from(fit(text, chars))])
                .build();
            f.render_widget(big, row);
        }
    } else {
        let mut lines = Vec::new();
        for text in &shown {
            for part in wrap(text, cols) {
                lines.push(Line::from(Span::styled(format!(" {part}"), s.heading())));
            }
            lines.push(Line::from(""));
        }
        f.render_widget(Paragraph::new(lines).style(s.base()), body);
    }
    if total == 0 {
        let hint =
            Line::from(Span::styled(" Nothing here yet: press a and type what the room says.", s.muted()));
        f.render_widget(Paragraph::new(hint).style(s.base()), body);
    }
    match &w.popup {
        Popup::QuickAdd(line) => super::popup::input_line(f, input, " + ", line, s),
        _ => {
            let hint = " p leaves projector mode · a adds · t clock · n next block";
            f.render_widget(Paragraph::new(Line::from(Span::styled(hint, s.muted()))).style(s.base()), input);
        }
    }
}

/// The selected entry alone, as large as it fits: big glyphs wrapped by words when they fit,
/// bold text otherwise; never cut mid-word.
fn focus(f: &mut Frame, body: Rect, w: &Workshop, s: &Styles) {
    let Some(kind) = w.section.kind() else { return };
    let Some(index) = w.selected() else { return };
    let text = entry_text(w, kind, index);
    let position = format!(" {} of {}", w.cursor(w.section) + 1, w.rows(w.section).len());
    // Largest first: full-height glyphs (8×8 cells per letter), half height, quadrants.
    let sizes = [(PixelSize::Full, 8u16, 8u16), (PixelSize::HalfHeight, 8, 4), (PixelSize::Quadrant, 4, 4)];
    let room = Rect { height: body.height.saturating_sub(1), ..body };
    for (size, char_w, char_h) in sizes {
        let per_line = usize::from(room.width / char_w);
        let lines = words(&text, per_line.max(1));
        let fits = lines.iter().all(|l| super::text::width(l) <= per_line)
            && lines.len() as u16 * char_h <= room.height;
        if per_line >= 6 && fits {
            let big = BigText::builder()
                .pixel_size(size)
                .style(s.heading())
                .lines(lines.into_iter().map(Line::from).collect::<Vec<_>>())
                .centered()
                .build();
            f.render_widget(big, room);
            let at = Rect { y: body.bottom().saturating_sub(1), height: 1, ..body };
            f.render_widget(Paragraph::new(Span::styled(position, s.muted())), at);
            return;
        }
    }
    let mut lines: Vec<Line> = words(&text, usize::from(body.width).saturating_sub(2))
        .into_iter()
        .map(|l| {
            Line::from(Span::styled(
                format!(" {l}"),
                s.heading().add_modifier(ratatui::style::Modifier::BOLD),
            ))
        })
        .collect();
    lines.push(Line::from(Span::styled(position, s.muted())));
    f.render_widget(Paragraph::new(lines).style(s.base()), body);
}

/// Lines of at most `width` columns broken only at spaces: words, dates and hyphenated names stay
/// whole (a word longer than a line overflows, so the caller tries a smaller size).
fn words(text: &str, width: usize) -> Vec<String> {
    let options = textwrap::Options::new(width)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(false);
    textwrap::wrap(text, options).into_iter().map(|l| l.into_owned()).collect()
}
