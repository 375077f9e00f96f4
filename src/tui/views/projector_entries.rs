//! What projector mode says of each entry, and how large: the entry in focus in big glyphs (its
//! title; owner, date, dots and marks in bold under it), the rest in bold, never cut mid-word.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use tui_big_text::{BigText, PixelSize};

use crate::model::{Change, EntryKind, Health};
use crate::tui::hits::{Hit, Hits};
use crate::tui::section::Section;
use crate::tui::style::Styles;
use crate::tui::workshop::Workshop;

/// A colour of the theme, as a function of the styles.
type Colour = fn(&Styles) -> Style;

/// An entry as the room reads it: its title, and what the room needs beside it (owner, due date,
/// dots, health and reconnect marks). No ids, no notes.
pub(crate) struct Said {
    /// The name or title.
    pub(crate) head: String,
    /// The marks and facts, empty when there are none.
    pub(crate) tail: String,
    /// The colour it carries (a relationship's health), beside the symbol in `tail`.
    pub(crate) style: Option<Colour>,
}

impl Said {
    fn plain(text: String) -> Said {
        Said { head: text, tail: String::new(), style: None }
    }

    /// Head and tail on one line, for bold text.
    fn joined(&self) -> String {
        if self.tail.is_empty() { self.head.clone() } else { format!("{} — {}", self.head, self.tail) }
    }

    fn look(&self, s: &Styles) -> Style {
        self.style.map_or_else(|| s.heading(), |f| f(s)).add_modifier(Modifier::BOLD)
    }
}

/// Dot votes as the room placed them: `●●●`.
fn dots(votes: u32) -> String {
    "●".repeat(votes.min(12) as usize)
}

/// Facts joined by `, `, leaving out the empty ones.
fn facts(parts: &[String]) -> String {
    parts.iter().filter(|p| !p.is_empty()).cloned().collect::<Vec<_>>().join(", ")
}

/// What the room reads of one entry.
pub(crate) fn said(w: &Workshop, kind: EntryKind, i: usize) -> Said {
    let c = &w.canvas;
    match kind {
        EntryKind::Stakeholder => Said::plain(c.stakeholders[i].name.clone()),
        EntryKind::Relationship => {
            let r = &c.relationships[i];
            let arrow = crate::tui::derived::arrow(r.direction);
            let head = format!("{} {arrow} {}", w.derived.name(&r.from), w.derived.name(&r.to));
            let tr = w.tr;
            let (mark, style): (String, Option<Colour>) = match r.health {
                Some(h @ Health::Healthy) => (format!("✓ {}", tr.label(h)), Some(Styles::ok)),
                Some(h @ Health::AtRisk) => (format!("! {}", tr.label(h)), Some(Styles::warn)),
                Some(h @ Health::Broken) => (format!("✗ {}", tr.label(h)), Some(Styles::alert)),
                None => (String::new(), None),
            };
            let again = match r.change {
                Some(c @ Change::Reconnect) => format!("↻ {}", tr.label(c)),
                _ => String::new(),
            };
            Said { head, tail: facts(&[mark, r.exchange.clone(), again]), style }
        }
        EntryKind::Task => {
            let t = &c.tasks[i];
            Said { head: t.title.clone(), tail: facts(&[t.owner.clone(), dots(t.votes)]), style: None }
        }
        EntryKind::Action => {
            let a = &c.actions[i];
            let due =
                a.due.map(|d| w.tr.args("projector-by", &[("date", w.tr.day(d).into())])).unwrap_or_default();
            Said { head: a.title.clone(), tail: facts(&[a.owner.clone(), due, dots(a.votes)]), style: None }
        }
    }
}

/// What the room reads for the current section, at most `count` from `first` (the section's
/// entries, Context's goal and answers, Review's warnings), and how many there are.
fn texts(w: &Workshop, first: usize, count: usize) -> (Vec<Said>, usize) {
    let c = &w.canvas;
    let all: Vec<String> = match w.section {
        Section::Context => {
            let mut out = vec![c.context.goal.clone()];
            out.extend(c.context.drivers.iter().map(|d| format!("{}: {}", w.tr.label(d.driver), d.answer)));
            out.retain(|t| !t.trim().is_empty());
            out
        }
        Section::Review => {
            // Only the warnings on screen are worded: a large canvas has tens of thousands.
            let found = &w.derived.warnings;
            let shown = found.iter().skip(first).take(count);
            return (shown.map(|x| Said::plain(format!("! {}", x.text(w.tr)))).collect(), found.len());
        }
        s => {
            let kind = s.kind().expect("list sections have a kind");
            let rows = w.rows(s);
            let shown = (first..rows.len().min(first + count)).filter_map(|r| rows.get(r));
            return (shown.map(|i| said(w, kind, i)).collect(), rows.len());
        }
    };
    let total = all.len();
    (all.into_iter().skip(first).take(count).map(Said::plain).collect(), total)
}

/// A big-glyph size: the size, and the columns and rows one character takes.
type Size = (PixelSize, u16, u16);

/// One entry as drawn: its head in big glyphs (size, lines, rows per line) or not, and the bold
/// text lines that follow.
struct Shape {
    big: Option<(PixelSize, Vec<String>, u16)>,
    text: Vec<String>,
}

impl Shape {
    /// The rows it takes, a blank one after.
    fn rows(&self) -> u16 {
        let big = self.big.as_ref().map_or(0, |(_, lines, h)| lines.len() as u16 * h);
        big + self.text.len() as u16 + 1
    }
}

/// The largest shape for an entry in `width` columns and fewer than `most` rows: its head in
/// the first size whose lines, broken at spaces, fit whole; else all of it as bold text.
fn shape(said: &Said, width: u16, most: u16, sizes: &[Size]) -> Shape {
    let text_w = usize::from(width).saturating_sub(1);
    let tail = if said.tail.is_empty() { Vec::new() } else { words(&said.tail, text_w) };
    for &(size, char_w, char_h) in sizes {
        let per_line = usize::from(width / char_w);
        let lines = words(&drawable(&said.head), per_line.max(1));
        let fits = lines.iter().all(|l| super::text::width(l) <= per_line);
        if per_line >= 6 && fits && lines.len() as u16 * char_h + (tail.len() as u16) < most {
            return Shape { big: Some((size, lines, char_h)), text: tail };
        }
    }
    Shape { big: None, text: words(&said.joined(), text_w) }
}

/// Draws a shape at `y`; returns the row after it.
fn draw_shape(f: &mut Frame, body: Rect, y: u16, sh: &Shape, style: Style, centred: bool) -> u16 {
    let mut y = y;
    if let Some((size, lines, char_h)) = &sh.big {
        let height = (lines.len() as u16 * char_h).min(body.bottom().saturating_sub(y));
        let rect = Rect { y, height, ..body };
        let lines: Vec<Line> = lines.iter().map(|l| Line::from(drawable(l))).collect();
        let mut big = BigText::builder();
        big.pixel_size(*size).style(style).lines(lines);
        f.render_widget(if centred { big.centered().build() } else { big.build() }, rect);
        y += height;
    }
    let height = (sh.text.len() as u16).min(body.bottom().saturating_sub(y));
    let text: Vec<Line> = sh.text.iter().map(|l| Line::from(Span::styled(l.clone(), style))).collect();
    let para = Paragraph::new(text);
    let para = if centred { para.centered() } else { para };
    f.render_widget(para, Rect { y, height, ..body });
    y + height + 1
}

/// The section's entries: the selected one always the largest — its head in the largest glyphs
/// that fit in about half the rows, else in quadrant glyphs if they fit at all, else highlighted
/// bold text at the top — the others in bold (on a roomy screen, heads in glyphs smaller than the
/// selected one's when they fit on one line); the list scrolls to keep the selected entry in
/// view. Returns how many entries the section has.
pub(crate) fn list(
    f: &mut Frame,
    body: Rect,
    roomy: bool,
    w: &Workshop,
    s: &Styles,
    hits: &mut Hits,
) -> usize {
    let cursor = w.cursor(w.section);
    let window = usize::from(body.height);
    let from = cursor.saturating_sub(window);
    let (shown, total) = texts(w, from, window * 2 + 1);
    let area = Rect { x: body.x + 1, width: body.width.saturating_sub(1), ..body };
    let featured: &[Size] = &[(PixelSize::HalfHeight, 8, 4), (PixelSize::Quadrant, 4, 4)];
    let at = (cursor - from).min(shown.len());
    let chosen = shown.get(at).map(|said| {
        let sh = shape(said, area.width, body.height / 2 + 3, featured);
        if sh.big.is_some() {
            return sh;
        }
        let sh = shape(said, area.width, body.height + 1, &featured[1..]);
        if sh.big.is_some() {
            return sh;
        }
        // Bold text, highlighted, with a mark beside the highlight.
        let marked = Said { head: format!("▶ {}", said.head), tail: said.tail.clone(), style: said.style };
        shape(&marked, area.width, body.height + 1, &[])
    });
    // The others never as large as the selected one: glyphs only smaller than its glyphs.
    let small: &[Size] = match chosen.as_ref().and_then(|c| c.big.as_ref()) {
        Some((PixelSize::HalfHeight, _, _)) if roomy => &featured[1..],
        _ => &[],
    };
    let big_chosen = chosen.as_ref().is_some_and(|c| c.big.is_some());
    let mut chosen = chosen;
    let shapes: Vec<Shape> = shown
        .iter()
        .enumerate()
        .map(|(n, said)| match chosen.take().filter(|_| n == at) {
            Some(sh) => sh,
            None if n == at => shape(said, area.width, body.height + 1, featured),
            None => shape(said, area.width, 6, small),
        })
        .collect();
    // The first entry shown: as early as lets the selected one still fit; the selected one first
    // when its head is not in glyphs, so it stands out by place as well as by highlight.
    let mut first = at;
    let mut used: u16 = shapes.get(at).map_or(0, Shape::rows);
    while big_chosen && first > 0 && used + shapes[first - 1].rows() <= body.height {
        first -= 1;
        used += shapes[first].rows();
    }
    // Entries above or below that do not fit are counted on the last row, never hidden silently.
    let mut count = whole(&shapes[first.min(shapes.len())..], area.height);
    let mut area = area;
    if from + first > 0 || from + first + count < total {
        area.height = area.height.saturating_sub(1);
        count = whole(&shapes[first.min(shapes.len())..], area.height).max(1);
        let (above, below) = (from + first, total.saturating_sub(from + first + count));
        more_mark(f, Rect { y: area.bottom(), height: 1, ..area }, above, below, s);
    }
    let mut y = area.y;
    for (n, (sh, said)) in shapes.iter().zip(&shown).enumerate().skip(first).take(count) {
        if y >= area.bottom() {
            break;
        }
        let style = if n == at && !big_chosen { s.selected() } else { said.look(s) };
        let top = y;
        y = draw_shape(f, area, y, sh, style, false);
        let drawn = Rect { y: top, height: y.min(area.bottom()).saturating_sub(top), ..area };
        if let Some(kind) = w.section.kind()
            && let Some(index) = w.rows(w.section).get(from + n)
        {
            hits.add(drawn, Hit::Entry(kind, index));
        }
    }
    total
}

/// How many of `shapes`, from the first, fit whole in `height` rows (the blank row after the last
/// one may fall off the bottom).
fn whole(shapes: &[Shape], height: u16) -> usize {
    let mut used: u16 = 0;
    let mut n = 0;
    for sh in shapes {
        if used + sh.rows() > height + 1 {
            break;
        }
        used += sh.rows();
        n += 1;
    }
    n
}

/// The row that says how many entries are above and below what the room sees.
fn more_mark(f: &mut Frame, row: Rect, above: usize, below: usize, s: &Styles) {
    let mut parts = Vec::new();
    if above > 0 {
        parts.push(s.tr().args("projector-more-above", &[("count", above.into())]));
    }
    if below > 0 {
        parts.push(s.tr().args("projector-more-below", &[("count", below.into())]));
    }
    let mark = Line::from(Span::styled(parts.join("   "), s.muted()));
    f.render_widget(Paragraph::new(mark).right_aligned(), row);
}

/// A head in the largest glyphs that fit `area`'s width in fewer than `most` rows, drawn at the
/// top of `area`; returns the rows it took, 0 when no glyphs fit (the caller writes it in bold).
pub(crate) fn big_head(f: &mut Frame, area: Rect, head: &str, most: u16, style: Style) -> u16 {
    let said = Said::plain(head.to_string());
    let sizes: &[Size] = &[(PixelSize::HalfHeight, 8, 4), (PixelSize::Quadrant, 4, 4)];
    let sh = shape(&said, area.width, most, sizes);
    if sh.big.is_none() {
        return 0;
    }
    draw_shape(f, area, area.y, &sh, style, false) - area.y
}

/// The selected entry alone, as large as it fits, centred: its head in big glyphs broken at
/// spaces, its marks in bold under it; bold text when no size fits. Never cut mid-word.
pub(crate) fn focus(f: &mut Frame, body: Rect, w: &Workshop, s: &Styles) {
    let Some(kind) = w.section.kind() else { return };
    let Some(index) = w.selected() else { return };
    let said = said(w, kind, index);
    let (at, all) = (w.cursor(w.section) + 1, w.rows(w.section).len());
    let position =
        format!(" {}", s.tr().args("projector-position", &[("at", at.into()), ("all", all.into())]));
    // Largest first: full-height glyphs (8×8 cells per letter), half height, quadrants.
    let sizes: &[Size] =
        &[(PixelSize::Full, 8, 8), (PixelSize::HalfHeight, 8, 4), (PixelSize::Quadrant, 4, 4)];
    let room = Rect { height: body.height.saturating_sub(1), ..body };
    let sh = shape(&said, room.width, room.height + 1, sizes);
    let top = room.y + room.height.saturating_sub(sh.rows()) / 2;
    draw_shape(f, room, top, &sh, said.look(s), true);
    let at = Rect { y: body.bottom().saturating_sub(1), height: 1, ..body };
    f.render_widget(Paragraph::new(Span::styled(position, s.muted())), at);
}

/// A head as the big-glyph font can draw it: the font has no arrows or dashes, so `→` `↔` `—`
/// are drawn with the letters it has (`->` `<->` `-`); everywhere else they stay as written.
fn drawable(text: &str) -> String {
    text.replace('→', "->").replace('↔', "<->").replace('—', "-")
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_never_cut_and_a_head_too_long_for_glyphs_becomes_bold_text() {
        assert_eq!(words("Field engineers of the north", 12), ["Field", "engineers of", "the north"]);
        let said = Said { head: "Supercalifragilistic".into(), tail: "Sam".into(), style: None };
        let sh = shape(&said, 40, 30, &[(PixelSize::HalfHeight, 8, 4)]);
        assert!(sh.big.is_none(), "a 20-letter word does not fit 5 glyphs a line");
        assert_eq!(sh.text, ["Supercalifragilistic — Sam"]);
        let short = Said { head: "Field engineers".into(), tail: "Sam, ●●".into(), style: None };
        let sh = shape(&short, 80, 30, &[(PixelSize::HalfHeight, 8, 4)]);
        assert_eq!(sh.big.map(|(_, lines, _)| lines), Some(vec!["Field".into(), "engineers".into()]));
        assert_eq!(sh.text, ["Sam, ●●"]);
    }
}
