//! Projector mode: the block and the clock in big glyphs, the section's entries large and clean.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use tui_big_text::{BigText, PixelSize};

use super::agenda::{left_or_over, schedule_text, urgency_style};

use crate::model::clock_text;
use crate::tui::section::Section;
use crate::tui::style::Styles;
use crate::tui::workshop::{Popup, Projector, Workshop};

/// Whether the terminal is large enough for entries in big glyphs.
fn roomy(area: Rect) -> bool {
    area.width >= 160 && area.height >= 44
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
        super::projector_entries::focus(f, body, w, s);
        let hint = " ← → the previous / next · Esc back to the list · p leaves projector mode";
        f.render_widget(Paragraph::new(Line::from(Span::styled(hint, s.muted()))).style(s.base()), input);
        return;
    }
    let total = super::projector_entries::list(f, body, roomy(area), w, s);
    if total == 0 {
        let say = match w.section {
            Section::Context => " The value goal and the drivers show here once the context form has them.",
            Section::Review => " No warnings: every phase has ongoing work.",
            _ => " Nothing here yet: press a and type what the room says.",
        };
        let hint = Line::from(Span::styled(say, s.muted()));
        f.render_widget(Paragraph::new(hint).style(s.base()), body);
    }
    match &w.popup {
        // The status line is not drawn in projector mode: the question a first Esc asks is put
        // where the room looks, in the prompt.
        Popup::QuickAdd(line) if line.leaving => {
            super::popup::input_line(f, input, " Esc again drops this line, Enter adds it: ", line, s);
        }
        Popup::QuickAdd(line) => super::popup::input_line(f, input, " + ", line, s),
        _ => {
            let hint = " p leaves projector mode · a adds · t clock · n next block";
            f.render_widget(Paragraph::new(Line::from(Span::styled(hint, s.muted()))).style(s.base()), input);
        }
    }
}
