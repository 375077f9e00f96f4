//! The agenda strip with the clock: each block's share of the session, what is spent, what is left.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::text::{fit, fit_words, width};
use crate::i18n::Tr;
use crate::model::{Language, Progress, Urgency, clock_text};
use crate::tui::style::Styles;
use crate::tui::workshop::Workshop;

/// The style of the clock for its urgency.
pub(crate) fn urgency_style(s: &Styles, u: Urgency) -> Style {
    match u {
        Urgency::Calm => s.accent(),
        Urgency::Amber => s.warn(),
        Urgency::Red => s.alert(),
    }
}

/// "3 min behind", "2 min ahead" or "on time".
pub(crate) fn schedule_text(p: &Progress, tr: Tr) -> String {
    let minutes = (p.behind.abs() + 30) / 60;
    match (p.behind, minutes) {
        (_, 0) => tr.get("clock-on-time"),
        (b, m) if b > 0 => tr.args("clock-behind", &[("minutes", m.into())]),
        (_, m) => tr.args("clock-ahead", &[("minutes", m.into())]),
    }
}

/// "12:34 left", or "1:05 over" once the time is gone.
pub(crate) fn left_or_over(secs: i64, tr: Tr) -> String {
    if secs < 0 {
        tr.args("clock-over", &[("time", clock_text(-secs).into())])
    } else {
        tr.args("clock-left", &[("time", clock_text(secs).into())])
    }
}

/// The clock in words: running or paused, block time left, session left, ahead or behind.
pub(crate) fn clock_line(w: &Workshop, tr: Tr) -> String {
    let p = w.progress();
    let icon = if w.clock.running { "▶" } else { "⏸" };
    format!(
        "{icon} {} · {} · {}",
        left_or_over(p.block_left, tr),
        tr.args("clock-session", &[("time", left_or_over(p.session_left, tr).into())]),
        schedule_text(&p, tr)
    )
}

/// The columns each block gets in a strip `cols` wide: every block at least two (a mark and a
/// gap), the current one enough for its whole name, the rest by minutes.
pub(crate) fn strip_shares(agenda: &[crate::model::AgendaBlock], current: usize, cols: usize) -> Vec<usize> {
    let n = agenda.len();
    if n == 0 {
        return Vec::new();
    }
    let floor = if cols >= 2 * n { 2 } else { usize::from(cols >= n) };
    let mut shares = vec![floor; n];
    let mut left = cols.saturating_sub(floor * n);
    if let Some(b) = agenda.get(current) {
        let extra = (width(&b.title) + 1).saturating_sub(floor).min(left);
        shares[current] += extra;
        left -= extra;
    }
    let total: u64 = agenda.iter().map(|b| u64::from(b.minutes)).sum::<u64>().max(1);
    let mut given = 0;
    for (share, b) in shares.iter_mut().zip(agenda) {
        let more = (left as u64 * u64::from(b.minutes) / total) as usize;
        *share += more;
        given += more;
    }
    if let Some(last) = shares.last_mut() {
        *last += left - given;
    }
    shares
}

/// Draws the strip: blocks sized by their minutes, filled as time is spent; the clock on the right.
pub(crate) fn strip(f: &mut Frame, area: Rect, w: &Workshop, s: &Styles) {
    let agenda = &w.canvas.agenda;
    if agenda.is_empty() {
        let hint = Span::styled(s.tr().get("agenda-none"), s.muted());
        f.render_widget(Paragraph::new(Line::from(hint)).style(s.base()), area);
        return;
    }
    let p = w.progress();
    let clock = format!(" {} ", clock_line(w, s.tr()));
    let cols = usize::from(area.width).saturating_sub(width(&clock) + 1);
    let shares = strip_shares(agenda, p.block, cols);
    let mut spans = vec![Span::styled(" ", s.base())];
    for (i, (b, &share)) in agenda.iter().zip(&shares).enumerate() {
        if share == 0 {
            continue;
        }
        // The current block is named in full; the others as much as fits, cut with `…`, and in
        // a share of three columns or fewer a mark of one or two letters.
        let name = if share <= 3 {
            format!("{} ", initials(&b.title, share.saturating_sub(1).max(1)))
        } else {
            format!("{} ", cut_title(s, &b.title, share - 1))
        };
        let label: String = format!("{name:<share$}").chars().take(share).collect();
        let planned = u64::from(b.minutes).max(1) * 60;
        let filled = ((share as u64).saturating_mul(b.spent_secs) / planned).min(share as u64) as usize;
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

/// The time left in the block in big glyphs, the block's name under it: the clock where the
/// eye is, for wide screens.
pub(crate) fn big_clock(f: &mut Frame, area: Rect, w: &Workshop, s: &Styles) {
    let p = w.progress();
    let sign = if p.block_left < 0 { "+" } else { "" };
    let time = format!("{sign}{}", clock_text(p.block_left.abs()));
    let [glyphs, caption] = ratatui::layout::Layout::vertical([
        ratatui::layout::Constraint::Length(4),
        ratatui::layout::Constraint::Fill(1),
    ])
    .areas(area);
    let clock = tui_big_text::BigText::builder()
        .pixel_size(tui_big_text::PixelSize::Quadrant)
        .style(urgency_style(s, p.urgency))
        .lines(vec![Line::from(time)])
        .centered()
        .build();
    f.render_widget(clock, glyphs);
    let title = w.canvas.agenda.get(p.block).map(|b| b.title.as_str()).unwrap_or_default();
    let icon = if w.clock.running { "▶".to_string() } else { s.tr().get("clock-paused-mark") };
    let words = cut_title(s, &format!("{icon} {title}"), usize::from(caption.width));
    let line = Line::from(Span::styled(words, urgency_style(s, p.urgency))).centered();
    f.render_widget(Paragraph::new(line).style(s.base()), caption);
}

/// A block's title cut to `width` columns. French and German titles are cut after a whole word
/// where one ends in the line's second half (`Einstieg und…`, not `Einstieg und Rahme…`); English
/// ones keep their own cut, whose short titles would end on a symbol a word's cut leaves alone
/// (`Open &…`).
fn cut_title(s: &Styles, title: &str, width: usize) -> String {
    if s.tr().lang() == Language::En { fit(title, width) } else { fit_words(title, width) }
}

/// The first characters of `title` that fit in `cols` columns (at least one): a block's mark.
fn initials(title: &str, cols: usize) -> String {
    let mut used = 0;
    let mut out = String::new();
    for c in title.chars() {
        used += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used > cols && !out.is_empty() {
            break;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::default_agenda;

    #[test]
    fn every_block_shows_and_the_current_one_is_named_in_full() {
        let mut agenda = default_agenda();
        agenda[4].minutes = 1;
        for current in 0..agenda.len() {
            for cols in [30, 33, 60, 150] {
                let shares = strip_shares(&agenda, current, cols);
                assert_eq!(shares.iter().sum::<usize>(), cols, "all columns used");
                assert!(shares.iter().all(|&c| c >= 2), "every block visible: {shares:?}");
                let need = width(&agenda[current].title) + 1;
                assert!(shares[current] >= need.min(cols - 2 * (agenda.len() - 1)), "{shares:?}");
            }
        }
    }
}
