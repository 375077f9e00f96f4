//! The room on screen: the join card (QR code, address and code, big enough to scan and read
//! from the back of the room) and the inbox of ideas the room sent.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use tui_big_text::{BigText, PixelSize};

use super::layout::{centred, inner};
use super::text::{fit, width, wrap};
use crate::i18n::Tr;
use crate::model::IdeaSection;
use crate::tui::effect::RoomCard;
use crate::tui::style::Styles;
use crate::tui::workshop::Workshop;

/// Draws how to join: the QR code (dark on light, whatever the theme, so every phone reads it),
/// the code in big glyphs when they fit, the address, and who has joined.
pub(crate) fn card(f: &mut Frame, area: Rect, card: &RoomCard, w: &Workshop, s: &Styles) {
    let tr = s.tr();
    f.render_widget(Clear, area);
    f.render_widget(Block::new().style(s.base()), area);
    let qr_w = card.qr.first().map_or(0, |l| width(l)) as u16;
    let qr_h = card.qr.len() as u16;
    // The QR code comes first: on a small screen the words around it get fewer, not the code.
    let roomy = qr_h + 8 <= area.height;
    let fits_qr = qr_w + 2 <= area.width && qr_h + 4 <= area.height;
    let mut y = area.y;
    if fits_qr {
        let qr_area = Rect { x: area.x + (area.width - qr_w) / 2, y, width: qr_w, height: qr_h };
        let paper = Style::new().fg(Color::Rgb(0, 0, 0)).bg(Color::Rgb(255, 255, 255));
        let lines: Vec<Line> = card.qr.iter().map(|l| Line::from(Span::styled(l.clone(), paper))).collect();
        f.render_widget(Paragraph::new(lines), qr_area);
        y += qr_h;
    }
    let rest = Rect { y, height: area.bottom().saturating_sub(y), ..area };
    if fits_qr && !roomy {
        let cols = usize::from(area.width);
        let code = tr.args(
            "room-code-joined",
            &[("code", card.code.as_str().into()), ("count", w.room.devices.into())],
        );
        let lines = vec![
            Line::from(Span::styled(fit(&card.url, cols), s.accent())).centered(),
            Line::from(Span::styled(fit(&code, cols), s.heading())).centered(),
        ];
        f.render_widget(Paragraph::new(lines).style(s.base()), rest);
        let hint = tr.get("room-card-hint-short");
        let bottom = Rect { y: area.bottom().saturating_sub(1), height: 1, ..area };
        f.render_widget(
            Paragraph::new(Line::from(Span::styled(fit(&hint, cols), s.muted())).centered()),
            bottom,
        );
        return;
    }
    let mut lines = vec![Line::from(Span::styled(tr.get("room-join"), s.heading())).centered()];
    if !fits_qr {
        let say = tr.get("room-taller");
        lines.push(Line::from(Span::styled(fit(&say, usize::from(area.width)), s.warn())).centered());
    }
    lines.push(Line::from(Span::styled(fit(&card.url, usize::from(area.width)), s.accent())).centered());
    let joined = tr.args("room-joined", &[("count", w.room.devices.into())]);
    let scope = tr.get(if card.loopback { "room-rehearsal" } else { "room-network" });
    lines.push(Line::from(Span::styled(joined, s.muted())).centered());
    lines.push(Line::from(Span::styled(fit(&scope, usize::from(area.width)), s.muted())).centered());
    let code_line = tr.args("room-code", &[("code", card.code.as_str().into())]);
    let big_w = (width(&code_line) * 4) as u16;
    let tail = Rect { y: rest.y + 4, height: rest.height.saturating_sub(5), ..rest };
    if big_w <= tail.width && tail.height >= 4 {
        let big = BigText::builder()
            .pixel_size(PixelSize::Quadrant)
            .style(s.heading())
            .lines(vec![Line::from(code_line)])
            .centered()
            .build();
        f.render_widget(big, tail);
    } else {
        lines.push(Line::from(Span::styled(code_line, s.heading())).centered());
    }
    lines.push(Line::default());
    f.render_widget(Paragraph::new(lines).style(s.base()), rest);
    let hint = fit(&tr.get("room-card-hint"), usize::from(area.width));
    let bottom = Rect { y: area.bottom().saturating_sub(1), height: 1, ..area };
    f.render_widget(Paragraph::new(Line::from(Span::styled(hint, s.muted())).centered()), bottom);
}

fn section_word(section: IdeaSection, tr: Tr) -> String {
    tr.get(match section {
        IdeaSection::Context => "room-idea-context",
        IdeaSection::Stakeholders => "room-idea-stakeholder",
        IdeaSection::Relationships => "room-idea-relationship",
        IdeaSection::Tasks => "room-idea-task",
        IdeaSection::Actions => "room-idea-action",
        IdeaSection::Parking => "room-idea-parking",
    })
}

/// Draws the inbox over the screen: every idea with where it was sent and who sent it, oldest
/// first, the chosen one highlighted; the keys under it.
pub(crate) fn inbox(f: &mut Frame, screen: Rect, w: &Workshop, chosen: usize, s: &Styles) {
    let ideas = &w.canvas.inbox;
    let height = (ideas.len() as u16 * 2 + 2).min(screen.height.saturating_sub(2)).max(4);
    let area = centred(screen, screen.width.saturating_sub(4).min(100), height);
    f.render_widget(Clear, area);
    let tr = s.tr();
    let title = match ideas.len() {
        0 => tr.get("room-inbox-empty"),
        n => tr.args("room-inbox-title", &[("count", n.into())]),
    };
    f.render_widget(Block::bordered().title(title).border_style(s.border(true)).style(s.base()), area);
    let body = inner(area);
    let cols = usize::from(body.width);
    let rows = usize::from(body.height);
    let mut lines: Vec<Line> = Vec::new();
    let first = chosen.saturating_sub(rows / 2);
    for (i, idea) in ideas.iter().enumerate().skip(first) {
        let who = if idea.from.is_empty() {
            tr.get("room-anonymous")
        } else {
            crate::safe::line(&idea.from).into_owned()
        };
        let at = idea.at.to_string();
        let when = at.get(11..16).unwrap_or(&at);
        let head = format!("{} · {who} · {when}", section_word(idea.section, tr));
        let style = if i == chosen { s.selected() } else { s.base() };
        let text = crate::safe::line(&idea.text).into_owned();
        let mut block = vec![Line::from(Span::styled(fit(&head, cols), s.muted()))];
        block.extend(
            wrap(&text, cols.saturating_sub(2))
                .into_iter()
                .map(|l| Line::from(Span::styled(format!("  {l}"), style))),
        );
        if lines.len() + block.len() > rows {
            break;
        }
        lines.extend(block);
    }
    // The keys are in the footer, from the key table.
    f.render_widget(Paragraph::new(lines).style(s.base()), body);
}

/// The room's word for the title bar: open, how many joined, how many ideas wait.
pub(crate) fn status_word(w: &Workshop) -> Option<String> {
    let waiting = w.canvas.inbox.len();
    match (w.room.open, waiting) {
        (false, 0) => None,
        (false, n) => Some(w.tr.args("room-status-inbox", &[("count", n.into())])),
        (true, n) => {
            let vote = if w.room.voting {
                w.tr.args("room-status-vote", &[("count", w.room.voters.into())])
            } else {
                String::new()
            };
            let args = [("joined", w.room.devices.into()), ("count", n.into()), ("vote", vote.into())];
            Some(w.tr.args("room-status", &args))
        }
    }
}
