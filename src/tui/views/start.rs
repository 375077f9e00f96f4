//! The start screen: new canvas, recent canvases, templates and examples, open a path.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::layout::inner;
use super::text::fit;
use crate::i18n::Tr;
use crate::tui::hits::{Hit, Hits};
use crate::tui::start::{Item, Start};
use crate::tui::style::Styles;

/// What a shipped canvas is, in the screens' language (`about`, the English, for one no message
/// knows).
fn template_about(name: &str, about: &str, tr: Tr) -> String {
    let key = match name {
        "blank" => "template-about-blank",
        "short-90" => "template-about-short-90",
        "acme-2026-05" => "template-about-acme-2026-05",
        "acme-2026-11" => "template-about-acme-2026-11",
        "acme-2027-05" => "template-about-acme-2027-05",
        _ => return about.to_string(),
    };
    tr.get(key)
}

fn item_text(item: &Item, tr: Tr) -> (String, String) {
    match item {
        Item::New => (tr.get("start-new"), tr.get("start-new-about")),
        Item::Open => (tr.get("start-open"), tr.get("start-open-about")),
        Item::Template(t) => {
            (tr.args("start-template", &[("name", t.name.into())]), template_about(t.name, t.about, tr))
        }
        Item::Recent(r) => match &r.canvas {
            Ok(c) => {
                let date = c.date.map(|d| d.to_string()).unwrap_or_default();
                let counts = tr.args(
                    "start-counts",
                    &[
                        ("stakeholders", c.stakeholders.len().into()),
                        ("relationships", c.relationships.len().into()),
                        ("tasks", c.tasks.len().into()),
                        ("actions", c.actions.len().into()),
                    ],
                );
                // Files with the same title are told apart by name, revision and when they changed.
                let file = r.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                let changed = r
                    .changed
                    .map(|t| {
                        let when = t.to_zoned(jiff::tz::TimeZone::system()).strftime("%Y-%m-%d %H:%M");
                        format!(" · {}", tr.args("start-changed", &[("when", when.to_string().into())]))
                    })
                    .unwrap_or_default();
                (
                    format!(
                        "  {}  · {file} · {}",
                        c.title,
                        tr.args("title-revision", &[("revision", c.revision.into())])
                    ),
                    format!("{} {date}{changed} · {counts}", c.organisation).trim().to_string(),
                )
            }
            Err(e) => (format!("  {}", r.path.display()), tr.args("start-cannot-open", &[("why", e.into())])),
        },
    }
}

/// Draws the start screen.
pub(crate) fn draw(f: &mut Frame, area: Rect, start: &Start, s: &Styles, hits: &mut Hits) {
    // With a prompt open, its status line is the prompt: a message (why a file did not open)
    // is shown whole above it, wrapped, not hidden until Esc.
    let message: Vec<String> = match (&start.prompt, &start.note) {
        (Some(_), Some(note)) => {
            textwrap::wrap(&note.text, usize::from(area.width.saturating_sub(2)).max(10))
                .into_iter()
                .map(|l| format!(" {l}"))
                .take(usize::from(area.height / 3))
                .collect()
        }
        _ => Vec::new(),
    };
    let [title, body, said, status, footer] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Fill(1),
        Constraint::Length(u16::try_from(message.len()).unwrap_or(0)),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let tone = start.note.as_ref().map(|n| n.tone);
    let style = if tone == Some(crate::tui::workshop::Tone::Alert) { s.alert() } else { s.base() };
    let said_lines: Vec<Line> = message.into_iter().map(|l| Line::from(Span::styled(l, style))).collect();
    f.render_widget(Paragraph::new(said_lines).style(s.base()), said);
    let tr = s.tr();
    let heading = vec![
        Line::from(Span::styled(tr.get("start-heading"), s.heading())),
        Line::from(Span::styled(tr.get("start-inspired"), s.muted())),
    ];
    f.render_widget(Paragraph::new(heading).style(s.base()), title);
    let list = inner(body);
    let cols = usize::from(list.width);
    let rows = usize::from(list.height) / 2;
    let first = start.cursor.saturating_sub(rows.saturating_sub(1));
    let mut frame =
        Block::bordered().title(tr.get("start-title")).border_style(s.border(true)).style(s.base());
    let below = start.items.len().saturating_sub(first + rows);
    if below > 0 && rows > 0 {
        frame =
            frame.title_bottom(Span::styled(tr.args("start-more", &[("count", below.into())]), s.accent()));
    }
    f.render_widget(frame, body);
    let mut lines = Vec::new();
    for (i, item) in start.items.iter().enumerate().skip(first).take(rows) {
        let (head, about) = item_text(item, tr);
        let selected = i == start.cursor;
        let style = if selected { s.selected() } else { s.base() };
        let y = list.y.saturating_add(2 * (i - first) as u16);
        hits.add(Rect { y, height: 2, ..list }.intersection(list), Hit::StartItem(i));
        lines.push(Line::from(Span::styled(format!("{:<cols$}", fit(&head, cols)), style)));
        lines.push(Line::from(Span::styled(
            format!("      {}", super::text::fit_parts(&about, cols.saturating_sub(6))),
            s.muted(),
        )));
    }
    f.render_widget(Paragraph::new(lines).style(s.base()), list);
    match &start.prompt {
        Some((crate::tui::start::Prompt::Create(path), _)) => {
            let ask = tr.args("start-create", &[("path", path.display().to_string().into())]);
            let line = Line::from(Span::styled(fit(&ask, usize::from(status.width)), s.accent()));
            f.render_widget(Paragraph::new(line).style(s.base()), status);
        }
        Some((prompt, line)) => {
            let label = match prompt {
                crate::tui::start::Prompt::Title(_) => tr.get("start-ask-title"),
                _ => tr.get("start-ask-path"),
            };
            super::popup::input_line(f, status, &label, line, s);
        }
        None => super::chrome::status(f, status, start.note.as_ref(), &tr.get("start-choose"), s),
    }
    super::chrome::footer(f, footer, start.mode(), s);
}
