//! The handout's pictures as inline SVG drawn by cvc: the stakeholder grid, the relationship
//! network (on a circle), bars for phase coverage and the agenda, and indicator lines. Text is
//! escaped and clipped; the same canvas always draws the same picture.

mod bars;
mod grid;
mod network;
mod routed;
mod trend;

use std::fmt::Write;

use crate::export::html::Palette;
use crate::export::picture::Picture;
use crate::i18n::Tr;
use crate::safe;

/// A picture as an `<svg>` element.
/// Its words (titles, axes, quadrants, keys) are in `tr`'s language.
pub fn picture(p: &Picture, palette: &Palette, tr: Tr) -> String {
    match p {
        Picture::Grid(points) => grid::grid(points, palette, tr),
        Picture::Network(net) => network::network(net, palette, tr),
        Picture::Coverage(rows) => bars::coverage(rows, palette, tr),
        Picture::Agenda(blocks) => bars::agenda(blocks, palette, tr),
        Picture::Trend(t) => trend::trend(t, palette, tr),
    }
}

/// An indicator's readings drawn small, for a loop card, its words in `tr`'s language.
pub fn card_trend(t: &crate::export::picture::Trend, palette: &Palette, tr: Tr) -> String {
    trend::card(t, palette, tr)
}

/// An SVG being drawn: its text so far.
pub struct Svg(String);

impl Svg {
    /// An SVG of `width` × `height` units, named `title` for screen readers.
    pub fn new(width: f64, height: f64, title: &str) -> Svg {
        let mut s = String::with_capacity(4096);
        let _ = writeln!(
            s,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{}\">",
            safe::html(title)
        );
        Svg(s)
    }

    /// An SVG showing the part `x`, `y`, `width` × `height` of its drawing, named `title`.
    pub fn view(x: f64, y: f64, width: f64, height: f64, title: &str) -> Svg {
        let mut s = String::with_capacity(4096);
        let _ = writeln!(
            s,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{x:.1} {y:.1} {width:.1} {height:.1}\" role=\"img\" aria-label=\"{}\">",
            safe::html(title)
        );
        Svg(s)
    }

    /// Raw SVG markup cvc wrote itself (never canvas text).
    pub fn raw(&mut self, markup: &str) {
        self.0.push_str(markup);
        self.0.push('\n');
    }

    /// Text at a point: `anchor` start, middle or end; `style` extra attributes cvc wrote.
    pub fn text(&mut self, x: f64, y: f64, anchor: &str, style: &str, text: &str) {
        let _ = writeln!(
            self.0,
            "<text x=\"{x:.1}\" y=\"{y:.1}\" text-anchor=\"{anchor}\" {style}>{}</text>",
            safe::html(text)
        );
    }

    /// The finished element.
    pub fn finish(mut self) -> String {
        self.0.push_str("</svg>\n");
        self.0
    }
}

/// The longest line of a "what flows" label, and how many lines it may take before it is cut.
const FLOW_WIDTH: usize = 20;
const FLOW_LINES: usize = 3;

/// What flows along a line as the lines it is written on: wrapped onto up to three short lines,
/// so it is shown whole where a single line would be cut; none when nothing is written.
pub fn flow_lines(text: &str) -> Vec<String> {
    let one_line = clip(text, usize::MAX);
    if one_line.trim().is_empty() {
        return Vec::new();
    }
    let mut lines: Vec<String> =
        textwrap::wrap(one_line.trim(), FLOW_WIDTH).into_iter().map(|l| l.into_owned()).collect();
    if lines.len() > FLOW_LINES {
        let rest = lines[FLOW_LINES - 1..].join(" ");
        lines.truncate(FLOW_LINES - 1);
        lines.push(clip(&rest, FLOW_WIDTH));
    }
    lines
}

/// The space between two lines of a "what flows" label.
pub const FLOW_STEP: f64 = 11.0;

/// What flows along a line, wrapped onto up to three short lines centred on `at` (the last line
/// at `at`), so it is shown whole where a single line would be cut.
pub fn flow_label(s: &mut Svg, at: (f64, f64), text: &str, style: &str) {
    let lines = flow_lines(text);
    if lines.is_empty() {
        return;
    }
    let step = FLOW_STEP;
    let top = at.1 - step * (lines.len() - 1) as f64;
    for (k, line) in lines.iter().enumerate() {
        s.text(at.0, top + step * k as f64, "middle", style, line);
    }
}

/// A name clipped to fit a picture.
pub fn clip(text: &str, max: usize) -> String {
    let one_line: String = text.trim().chars().map(|c| if safe::is_unsafe(c) { ' ' } else { c }).collect();
    safe::clip(&one_line, max).into_owned()
}
