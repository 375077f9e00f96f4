//! The page's colours: the projector-light theme's meanings (dark text on white prints well).

use std::path::Path;

use crate::model::Phase;
use crate::theme::{Colour, SHIPPED_THEMES, Theme, parse_theme};

/// Colours as CSS hex strings, by meaning.
#[derive(Debug, Clone, PartialEq)]
pub struct Palette {
    /// Body text.
    pub text: String,
    /// Secondary text.
    pub muted: String,
    /// Links and highlights.
    pub accent: String,
    /// Rules and borders.
    pub border: String,
    /// Good: healthy, closed, done.
    pub ok: String,
    /// Needs care: at risk, a gap.
    pub warn: String,
    /// Needs action: broken, overdue.
    pub alert: String,
    /// One colour per phase, in phase order.
    pub phases: [String; 4],
}

/// The four phases on paper, Connect, Share, Solve, Innovate: navy, sky, violet and pink — no
/// green, amber or red, which say health — each a step lighter in greyscale than the one before
/// in darkness order (Connect 0.24, Solve 0.47, Share 0.68, Innovate 0.84), so a black-and-white
/// print still tells them apart.
pub const PAPER_PHASES: [&str; 4] = ["#1f3a93", "#6cc4e6", "#9b59b6", "#f7c6dc"];

/// A colour as `#rrggbb`.
fn hex(c: Colour) -> String {
    let (r, g, b) = c.rgb();
    format!("#{r:02x}{g:02x}{b:02x}")
}

impl Palette {
    /// The colours of a theme.
    pub fn of(t: &Theme) -> Palette {
        let p = &t.phases;
        Palette {
            text: hex(t.text),
            muted: hex(t.muted),
            accent: hex(t.accent),
            border: hex(t.border),
            ok: hex(t.ok),
            warn: hex(t.warn),
            alert: hex(t.alert),
            phases: [p.connect, p.share, p.solve, p.innovate].map(hex),
        }
    }

    /// The projector-light theme's colours: made for white backgrounds; the phases get colours of
    /// their own (`PAPER_PHASES`), apart from the health colours and apart in greyscale.
    pub fn paper() -> Palette {
        let light = SHIPPED_THEMES.iter().find(|t| t.name == "projector-light");
        let theme = light.and_then(|t| parse_theme(Path::new(t.name), t.text).ok());
        let mut palette = Palette::of(&theme.unwrap_or_else(Theme::default_dark));
        palette.phases = PAPER_PHASES.map(String::from);
        palette
    }

    /// A phase's colour.
    pub fn phase(&self, p: Phase) -> &str {
        &self.phases[p as usize]
    }

    /// The colours as CSS custom properties.
    pub fn css_variables(&self) -> String {
        format!(
            "--text: {}; --muted: {}; --accent: {}; --border: {}; --ok: {}; --warn: {}; --alert: {};",
            self.text, self.muted, self.accent, self.border, self.ok, self.warn, self.alert
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rgb(hex: &str) -> [f64; 3] {
        [1, 3, 5].map(|i| f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()))
    }

    /// A colour's grey in a black-and-white print, 0 to 1.
    fn grey(hex: &str) -> f64 {
        let [r, g, b] = rgb(hex);
        (0.299 * r + 0.587 * g + 0.114 * b) / 255.0
    }

    #[test]
    fn phase_colours_are_their_own_and_stay_apart_in_greyscale() {
        let p = Palette::paper();
        for phase in &p.phases {
            for health in [&p.ok, &p.warn, &p.alert] {
                let (a, b) = (rgb(phase), rgb(health));
                let distance = a.iter().zip(b).map(|(x, y)| (x - y).powi(2)).sum::<f64>().sqrt();
                assert!(distance > 120.0, "phase {phase} looks like health {health}: {distance:.0}");
            }
        }
        let mut greys: Vec<f64> = p.phases.iter().map(|c| grey(c)).collect();
        greys.sort_by(f64::total_cmp);
        for pair in greys.windows(2) {
            assert!(pair[1] - pair[0] >= 0.15, "two phases print as one grey: {greys:?}");
        }
    }
}
