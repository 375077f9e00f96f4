//! The grid trail on the history screen: where the selected stakeholder stood on the 5×5
//! power/interest field in each revision, each cell marked with the revision numbers there, the
//! field cut into its four quadrants (power and interest 3 or more: manage closely, top right).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::layout::inner;
use super::text::fit;
use crate::diff::history::{History, Standing, Track};
use crate::tui::style::Styles;

/// The trail's size: cells of three columns and one row, or on a large screen five by two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Scale(u16);

impl Scale {
    /// Cell width in columns.
    fn cell(self) -> usize {
        if self.0 == 1 { 3 } else { 5 }
    }

    /// Columns the trail needs: the power digits, five cells, the quadrant line, a margin, the
    /// border.
    pub(crate) fn width(self) -> u16 {
        2 + 5 * self.cell() as u16 + 1 + 1 + 2
    }

    /// Rows the trail needs: the power label, five levels, the quadrant line, the interest axis,
    /// the border.
    pub(crate) fn height(self) -> u16 {
        1 + 5 * self.0 + 1 + 2 + 2
    }

    /// The largest scale that fits `width` × `height` beside `room` columns of text, if any.
    pub(crate) fn fitting(width: u16, height: u16, room: u16) -> Option<Scale> {
        [Scale(2), Scale(1)].into_iter().find(|s| height >= s.height() && width >= room * s.0 + s.width())
    }
}

/// The revision numbers that stood at power `p`, interest `i`: "1", "23", "1+" when crowded.
fn cell(h: &History, t: &Track<Standing>, p: u8, i: u8) -> (String, bool) {
    let here: Vec<usize> = (0..t.steps.len())
        .filter(|&r| t.steps[r].is_some_and(|s| s.power == Some(p) && s.interest == Some(i)))
        .collect();
    let latest = here.last().is_some_and(|&r| r + 1 == t.steps.len());
    let nums: String = here.iter().map(|&r| h.revisions[r].revision.to_string()).collect();
    let text = if nums.chars().count() > 3 { format!("{}+", &nums[..1]) } else { nums };
    (text, latest)
}

/// Draws the trail of stakeholder `t` in `area` (at least `scale`'s size).
pub(crate) fn draw(f: &mut Frame, area: Rect, h: &History, t: &Track<Standing>, scale: Scale, s: &Styles) {
    let tr = s.tr();
    let title = tr.args("history-trail-title", &[("id", t.id.as_str().into())]);
    let title = fit(&format!(" {title} "), usize::from(area.width.saturating_sub(2)));
    let block = Block::bordered().title(title).border_style(s.border(false)).style(s.base());
    f.render_widget(block, area);
    let cw = scale.cell();
    let mut lines = vec![Line::from(Span::styled(tr.get("history-trail-power"), s.muted()))];
    for p in (1..=5u8).rev() {
        for row in 0..scale.0 {
            let label = if row == 0 { format!("{p} ") } else { "  ".to_string() };
            let mut spans = vec![Span::styled(label, s.muted())];
            for i in 1..=5u8 {
                if i == 3 {
                    spans.push(Span::styled("│", s.muted()));
                }
                let (text, latest) = cell(h, t, p, i);
                let span = match (text.is_empty(), latest, row) {
                    (_, _, 1..) => Span::styled(" ".repeat(cw), s.base()),
                    (true, _, _) => Span::styled(format!("{:^cw$}", "·"), s.muted()),
                    (false, true, _) => Span::styled(format!("{text:^cw$}"), s.selected()),
                    (false, false, _) => Span::styled(format!("{text:^cw$}"), s.accent()),
                };
                spans.push(span);
            }
            lines.push(Line::from(spans));
        }
        if p == 3 {
            let rule = format!("  {}┼{}", "─".repeat(2 * cw), "─".repeat(3 * cw));
            lines.push(Line::from(Span::styled(rule, s.muted())));
        }
    }
    let axis: Vec<String> = (1..=5).map(|i| format!("{i:^cw$}")).collect();
    let axis = format!("  {} {}", axis[..2].concat(), axis[2..].concat());
    lines.push(Line::from(Span::styled(axis, s.muted())));
    lines.push(Line::from(Span::styled(format!("   {}", tr.get("history-trail-interest")), s.muted())));
    f.render_widget(Paragraph::new(lines).style(s.base()), inner(area));
}
