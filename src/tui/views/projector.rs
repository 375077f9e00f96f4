//! Projector mode: the block and the clock in big glyphs, the section's entries large and clean.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use tui_big_text::{BigText, PixelSize};

use super::agenda::{left_or_over, schedule_text, urgency_style};

use crate::model::{Change, EntryKind, Health, clock_text};
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
            let mark = match r.health {
                Some(Health::Healthy) => "✓ ",
                Some(Health::AtRisk) => "! ",
                Some(Health::Broken) => "✗ ",
                None => "",
            };
            let again = if r.change == Some(Change::Reconnect) { "  ↻ reconnect" } else { "" };
            format!("{mark}{} {arrow} {}{what}{again}", w.derived.name(&r.from), w.derived.name(&r.to))
        }
        EntryKind::Task => {
            let t = &c.tasks[i];
            let owner = if t.owner.is_empty() { String::new() } else { format!(" — {}", t.owner) };
            format!("{}{owner}{}", t.title, dots(t.votes))
        }
        EntryKind::Action => {
            let a = &c.actions[i];
            let due = a.due.map(|d| format!(", by {d}")).unwrap_or_default();
            let owner = if a.owner.is_empty() { String::new() } else { format!(" — {}", a.owner) };
            format!("{}{owner}{due}{}", a.title, dots(a.votes))
        }
    }
}

/// Dot votes as the room placed them: `  ●●●`, nothing for none.
fn dots(votes: u32) -> String {
    if votes == 0 { String::new() } else { format!("  {}", "●".repeat(votes.min(12) as usize)) }
}

/// How an entry's line looks: relationships in their health's colour (beside its symbol).
fn entry_style(w: &Workshop, kind: Option<EntryKind>, i: usize, s: &Styles) -> ratatui::style::Style {
    match kind {
        Some(EntryKind::Relationship) => match w.canvas.relationships[i].health {
            Some(Health::Healthy) => s.ok(),
            Some(Health::AtRisk) => s.warn(),
            Some(Health::Broken) => s.alert(),
            None => s.heading(),
        },
        _ => s.heading(),
    }
    .add_modifier(ratatui::style::Modifier::BOLD)
}

/// One entry as the list draws it: big glyphs (their size and lines) or bold wrapped text.
enum Shape {
    Big(PixelSize, Vec<String>, u16),
    Text(Vec<String>),
}

impl Shape {
    fn rows(&self) -> u16 {
        match self {
            Shape::Big(_, lines, char_h) => lines.len() as u16 * char_h + 1,
            Shape::Text(lines) => lines.len() as u16 + 1,
        }
    }
}

/// The largest shape that fits `text` in `width` columns and `most` rows, never cut mid-word.
fn shape(text: &str, width: u16, most: u16, sizes: &[(PixelSize, u16, u16)]) -> Shape {
    for &(size, char_w, char_h) in sizes {
        let per_line = usize::from(width / char_w);
        let lines = words(text, per_line.max(1));
        let fits = lines.iter().all(|l| super::text::width(l) <= per_line);
        if per_line >= 6 && fits && lines.len() as u16 * char_h < most {
            return Shape::Big(size, lines, char_h);
        }
    }
    Shape::Text(words(text, usize::from(width).saturating_sub(1)))
}

/// The section's entries: the selected one in the largest glyphs that fit in half the rows, the
/// others in bold (on a roomy screen in small glyphs when they fit on one line); the list
/// scrolls to keep the selected entry in view. Returns how many entries the section has.
fn list(f: &mut Frame, body: Rect, roomy: bool, w: &Workshop, s: &Styles) -> usize {
    let cursor = w.cursor(w.section);
    let window = usize::from(body.height);
    let from = cursor.saturating_sub(window);
    let (shown, total) = texts(w, from, window * 2 + 1);
    let kind = w.section.kind();
    let index_of = |n: usize| kind.and_then(|_| w.rows(w.section).get(from + n)).unwrap_or(from + n);
    let width = body.width.saturating_sub(1);
    let featured: &[(PixelSize, u16, u16)] = &[(PixelSize::HalfHeight, 8, 4), (PixelSize::Quadrant, 4, 4)];
    let small: &[(PixelSize, u16, u16)] = if roomy { &[(PixelSize::Quadrant, 4, 4)] } else { &[] };
    let shapes: Vec<Shape> = shown
        .iter()
        .enumerate()
        .map(|(n, text)| {
            if from + n == cursor {
                shape(text, width, body.height / 2 + 1, featured)
            } else {
                shape(text, width, 5, small)
            }
        })
        .collect();
    // The first entry shown: as early as lets the selected one still fit.
    let at = cursor - from;
    let mut first = at.min(shapes.len());
    let mut used: u16 = shapes.get(at).map_or(0, Shape::rows);
    while first > 0 && used + shapes[first - 1].rows() <= body.height {
        first -= 1;
        used += shapes[first].rows();
    }
    let mut y = body.y;
    for (n, sh) in shapes.iter().enumerate().skip(first) {
        if y >= body.bottom() {
            break;
        }
        let style = entry_style(w, kind, index_of(n), s);
        let rect = Rect { x: body.x + 1, y, width, height: sh.rows().min(body.bottom() - y) };
        match sh {
            Shape::Big(size, lines, _) => {
                let lines = lines.iter().map(|l| Line::from(l.clone())).collect::<Vec<_>>();
                f.render_widget(BigText::builder().pixel_size(*size).style(style).lines(lines).build(), rect);
            }
            Shape::Text(lines) => {
                let text: Vec<Line> =
                    lines.iter().map(|l| Line::from(Span::styled(l.clone(), style))).collect();
                f.render_widget(Paragraph::new(text).style(s.base()), rect);
            }
        }
        y += sh.rows();
    }
    total
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
    // The section is named under the block only when the block's title does not already say it.
    let section = w.section.title();
    let repeats = block.to_lowercase().contains(&section.to_lowercase());
    let lines = vec![
        Line::from(Span::styled(format!(" {block}{icon}"), s.heading())),
        Line::from(Span::styled(if repeats { String::new() } else { format!(" {section}") }, s.accent())),
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
    let total = list(f, body, roomy(area), w, s);
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
