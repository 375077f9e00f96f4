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

    /// The projector-light theme's colours: made for white backgrounds.
    pub fn paper() -> Palette {
        let light = SHIPPED_THEMES.iter().find(|t| t.name == "projector-light");
        let theme = light.and_then(|t| parse_theme(Path::new(t.name), t.text).ok());
        Palette::of(&theme.unwrap_or_else(Theme::default_dark))
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
