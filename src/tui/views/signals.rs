//! Signals drawn as a list under their group headings ("Needs attention", "Good news"), each
//! wrapped whole, for the compare screen's Signals tab and the history screen.

use ratatui::text::{Line, Span};

use super::text::wrap;
use crate::diff::{Signal, SignalGroup, grouped};
use crate::tui::style::Styles;

/// One drawn line and the signal it belongs to (`None` for a heading or a gap).
pub(crate) type SignalLine = (Option<usize>, Line<'static>);

/// The lines of `signals` at `width` columns: headings, then each signal wrapped under its mark;
/// `selected` (an index into `signals`) is highlighted. Signals must come grouped, as a diff
/// and a history give them.
pub(crate) fn lines(
    signals: &[Signal],
    width: usize,
    selected: Option<usize>,
    s: &Styles,
) -> Vec<SignalLine> {
    let mut out: Vec<SignalLine> = Vec::new();
    let mut index = 0;
    for (group, list) in grouped(signals) {
        if !out.is_empty() {
            out.push((None, Line::default()));
        }
        out.push((None, heading(group, list.len(), s)));
        for sig in list {
            let lines = signal(sig, width, selected == Some(index), s);
            out.extend(lines.into_iter().map(|l| (Some(index), l)));
            index += 1;
        }
    }
    out
}

/// A group's heading: "Needs attention (5)".
pub(crate) fn heading(group: SignalGroup, count: usize, s: &Styles) -> Line<'static> {
    let title = match group {
        SignalGroup::Attention => s.tr().get("report-needs-attention"),
        SignalGroup::Good => s.tr().get("report-good-news"),
    };
    Line::from(Span::styled(format!("{title} ({count})"), s.heading()))
}

/// One signal wrapped whole under its group's mark, padded to `width`.
pub(crate) fn signal(sig: &Signal, width: usize, selected: bool, s: &Styles) -> Vec<Line<'static>> {
    let tone = match sig.group {
        SignalGroup::Attention => s.warn(),
        SignalGroup::Good => s.ok(),
    };
    let style = if selected { s.selected() } else { tone };
    let mut out = Vec::new();
    for (n, part) in wrap(&sig.text(s.tr()), width.saturating_sub(2)).into_iter().enumerate() {
        let lead = if n == 0 { format!("{} ", sig.group.mark()) } else { "  ".to_string() };
        let text = format!("{lead}{part}");
        let pad = width.saturating_sub(super::text::width(&text));
        out.push(Line::from(Span::styled(format!("{text}{}", " ".repeat(pad)), style)));
    }
    out
}

/// The first line to show so that signal `first` starts the view (with its heading when it
/// is the first of its group).
pub(crate) fn first_line(lines: &[SignalLine], first: usize) -> usize {
    let at = lines.iter().position(|(i, _)| *i == Some(first)).unwrap_or(0);
    let heading = at > 0 && lines[at - 1].0.is_none();
    if heading { at - 1 } else { at }
}

/// `skip` moved down as far as needed for every line of signal `selected` to fit in `height` rows.
pub(crate) fn keep_visible(lines: &[SignalLine], skip: usize, selected: usize, height: usize) -> usize {
    match lines.iter().rposition(|(i, _)| *i == Some(selected)) {
        Some(last) if last >= skip + height => last + 1 - height.max(1),
        _ => skip,
    }
}
