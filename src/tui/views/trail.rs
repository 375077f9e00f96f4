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

/// Columns the trail needs: the power digits, five cells of three, the quadrant line, the border.
pub const WIDTH: u16 = 21;
/// Rows the trail needs: the power label, five rows of cells, the quadrant line, the interest
/// axis, the border.
pub const HEIGHT: u16 = 11;

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

/// Draws the trail of stakeholder `t` in `area` (at least [`WIDTH`] × [`HEIGHT`]).
pub fn draw(f: &mut Frame, area: Rect, h: &History, t: &Track<Standing>, s: &Styles) {
    let title = fit(&format!(" {} over time ", t.id), usize::from(area.width.saturating_sub(2)));
    let block = Block::bordered().title(title).border_style(s.border(false)).style(s.base());
    f.render_widget(block, area);
    let mut lines = vec![Line::from(Span::styled("↑ power", s.muted()))];
    for p in (1..=5u8).rev() {
        let mut spans = vec![Span::styled(format!("{p} "), s.muted())];
        for i in 1..=5u8 {
            if i == 3 {
                spans.push(Span::styled("│", s.muted()));
            }
            let (text, latest) = cell(h, t, p, i);
            let span = match (text.is_empty(), latest) {
                (true, _) => Span::styled(" · ".to_string(), s.muted()),
                (false, true) => Span::styled(format!("{text:^3}"), s.selected()),
                (false, false) => Span::styled(format!("{text:^3}"), s.accent()),
            };
            spans.push(span);
        }
        lines.push(Line::from(spans));
        if p == 3 {
            lines.push(Line::from(Span::styled("  ──────┼─────────", s.muted())));
        }
    }
    lines.push(Line::from(Span::styled("   1  2   3  4  5", s.muted())));
    lines.push(Line::from(Span::styled("   interest →", s.muted())));
    f.render_widget(Paragraph::new(lines).style(s.base()), inner(area));
}
