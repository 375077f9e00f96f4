//! The agenda strip with the clock: each block's share of the session, what is spent, what is left.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::text::{fit, width};
use crate::model::{Progress, Urgency, clock_text};
use crate::tui::style::Styles;
use crate::tui::workshop::Workshop;

/// The style of the clock for its urgency.
pub fn urgency_style(s: &Styles, u: Urgency) -> Style {
    match u {
        Urgency::Calm => s.accent(),
        Urgency::Amber => s.warn(),
        Urgency::Red => s.alert(),
    }
}

/// "3 min behind", "2 min ahead" or "on time".
pub fn schedule_text(p: &Progress) -> String {
    let minutes = (p.behind.abs() + 30) / 60;
    match (p.behind, minutes) {
        (_, 0) => "on time".to_string(),
        (b, m) if b > 0 => format!("{m} min behind"),
        (_, m) => format!("{m} min ahead"),
    }
}

/// "12:34 left", or "1:05 over" once the time is gone.
pub fn left_or_over(secs: i64) -> String {
    if secs < 0 { format!("{} over", clock_text(-secs)) } else { format!("{} left", clock_text(secs)) }
}

/// The clock in words: running or paused, block time left, session left, ahead or behind.
pub fn clock_line(w: &Workshop) -> String {
    let p = w.progress();
    let icon = if w.clock.running { "▶" } else { "⏸" };
    format!(
        "{icon} {} · session {} · {}",
        left_or_over(p.block_left),
        left_or_over(p.session_left),
        schedule_text(&p)
    )
}

/// Draws the strip: blocks sized by their minutes, filled as time is spent; the clock on the right.
pub fn strip(f: &mut Frame, area: Rect, w: &Workshop, s: &Styles) {
    let agenda = &w.canvas.agenda;
    if agenda.is_empty() {
        let hint = Span::styled(" no agenda: press A to add blocks", s.muted());
        f.render_widget(Paragraph::new(Line::from(hint)).style(s.base()), area);
        return;
    }
    let p = w.progress();
    let clock = format!(" {} ", clock_line(w));
    let cols = usize::from(area.width).saturating_sub(width(&clock) + 1);
    let total: u64 = agenda.iter().map(|b| u64::from(b.minutes)).sum::<u64>().max(1);
    let mut spans = vec![Span::styled(" ", s.base())];
    let mut used = 0usize;
    for (i, b) in agenda.iter().enumerate() {
        let share = if i + 1 == agenda.len() {
            cols.saturating_sub(used)
        } else {
            (cols as u64 * u64::from(b.minutes) / total) as usize
        };
        used += share;
        if share == 0 {
            continue;
        }
        let short: String = b.title.chars().take(share.saturating_sub(1)).collect();
        let name = if share < 6 { format!("{short} ") } else { fit(&format!("{} ", b.title), share) };
        let label = format!("{name:<share$}");
        let planned = u64::from(b.minutes).max(1) * 60;
        let filled = ((share as u64 * b.spent_secs) / planned).min(share as u64) as usize;
        let (done, rest): (String, String) = {
            let chars: Vec<char> = label.chars().collect();
            let cut = chars.len().min(filled);
            (chars[..cut].iter().collect(), chars[cut..].iter().collect())
        };
        let current = i == p.block;
        let (fill, empty) = match (current, i < p.block) {
            (true, _) => (s.selected(), s.accent()),
            (false, true) => (s.selected(), s.muted()),
            _ => (s.selected(), s.base()),
        };
        spans.push(Span::styled(done, fill));
        spans.push(Span::styled(rest, empty));
    }
    spans.push(Span::styled(clock, urgency_style(s, p.urgency)));
    f.render_widget(Paragraph::new(Line::from(spans)).style(s.base()), area);
}
