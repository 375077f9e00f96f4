//! The relationship map: stakeholders on a circle, relationships as lines coloured by health.

use std::f64::consts::TAU;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line as TextLine, Span};
use ratatui::widgets::Block;
use ratatui::widgets::canvas::{Canvas as Drawing, Line, Points};

use crate::model::{Canvas, Change, Health};
use crate::tui::derived::MAP_NODES;
use crate::tui::style::Styles;

/// Where stakeholder `i` of `n` sits: on a circle, in list order, so the same canvas draws the same map.
pub fn node_position(i: usize, n: usize) -> (f64, f64) {
    if n <= 1 {
        return (50.0, 50.0);
    }
    let angle = TAU * i as f64 / n as f64 - TAU / 4.0;
    (50.0 + 40.0 * angle.cos(), 50.0 - 40.0 * angle.sin())
}

fn health_style(s: &Styles, health: Option<Health>) -> Style {
    match health {
        Some(Health::Healthy) => s.ok(),
        Some(Health::AtRisk) => s.warn(),
        Some(Health::Broken) => s.alert(),
        None => s.muted(),
    }
}

/// Draws the map; the selected relationship is drawn in the accent colour.
pub fn draw(f: &mut Frame, area: Rect, c: &Canvas, links: &[usize], selected: Option<usize>, s: &Styles) {
    let n = c.stakeholders.len().min(MAP_NODES);
    let place: std::collections::HashMap<&str, (f64, f64)> = c
        .stakeholders
        .iter()
        .take(n)
        .enumerate()
        .map(|(i, p)| (p.id.as_str(), node_position(i, n)))
        .collect();
    let title = if c.stakeholders.len() > n {
        format!(" Map of the first {n} of {} stakeholders ", c.stakeholders.len())
    } else {
        " Map: healthy · at risk · broken (dotted) · ? reconnect ".to_string()
    };
    let unit = 100.0 / f64::from(area.width.saturating_sub(2).max(1));
    let room = usize::from(area.width / 5).clamp(6, 18);
    let drawing = Drawing::default()
        .block(Block::bordered().title(title).border_style(s.border(true)).style(s.base()))
        .background_color(s.base().bg.unwrap_or_default())
        .marker(Marker::Braille)
        .x_bounds([0.0, 100.0])
        .y_bounds([0.0, 100.0])
        .paint(|ctx| {
            for &i in links {
                let r = &c.relationships[i];
                let (Some(a), Some(b)) = (place.get(r.from.as_str()), place.get(r.to.as_str())) else {
                    continue;
                };
                let style = if selected == Some(i) { s.accent() } else { health_style(s, r.health) };
                let colour = style.fg.unwrap_or_default();
                if r.health == Some(Health::Broken) {
                    let dots: Vec<(f64, f64)> = (0..=24)
                        .filter(|k| k % 3 != 2)
                        .map(|k| {
                            let t = f64::from(k) / 24.0;
                            (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t)
                        })
                        .collect();
                    ctx.draw(&Points { coords: &dots, color: colour });
                } else {
                    ctx.draw(&Line { x1: a.0, y1: a.1, x2: b.0, y2: b.1, color: colour });
                }
                if r.change == Some(Change::Reconnect) {
                    ctx.print((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0, Span::styled("?", s.alert()));
                }
            }
            ctx.layer();
            for (i, p) in c.stakeholders.iter().take(n).enumerate() {
                let (x, y) = node_position(i, n);
                let name: String = p.name.chars().take(room).collect();
                let width = super::text::width(&name) as f64 + 1.0;
                // Names on the right half end at their node, so they stay inside the frame.
                let (x, label) = if x > 55.0 {
                    ((x - (width - 1.0) * unit).max(0.0), format!("{name}●"))
                } else {
                    (x, format!("●{name}"))
                };
                ctx.print(x, y, TextLine::from(Span::styled(label, s.heading())));
            }
        });
    f.render_widget(drawing, area);
}
