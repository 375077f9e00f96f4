//! Themes: colours by meaning, loaded from RON with a warning and a fallback, never a failure.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Deserializer};

use crate::store::{FileError, Position, config_dir, read_bytes};

/// A colour: `"#rrggbb"` or a named ANSI colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Colour {
    /// An exact colour.
    Rgb(u8, u8, u8),
    /// One of the sixteen ANSI colours, by its index 0–15.
    Ansi(u8),
}

/// The ANSI colour names in index order, with the RGB values xterm shows them as.
const ANSI: [(&str, (u8, u8, u8)); 16] = [
    ("black", (0, 0, 0)),
    ("red", (205, 0, 0)),
    ("green", (0, 205, 0)),
    ("yellow", (205, 205, 0)),
    ("blue", (0, 0, 238)),
    ("magenta", (205, 0, 205)),
    ("cyan", (0, 205, 205)),
    ("gray", (229, 229, 229)),
    ("darkgray", (127, 127, 127)),
    ("lightred", (255, 0, 0)),
    ("lightgreen", (0, 255, 0)),
    ("lightyellow", (255, 255, 0)),
    ("lightblue", (92, 92, 255)),
    ("lightmagenta", (255, 0, 255)),
    ("lightcyan", (0, 255, 255)),
    ("white", (255, 255, 255)),
];

impl Colour {
    /// Reads `"#rrggbb"` or an ANSI name such as `"lightblue"`.
    pub fn parse(text: &str) -> Option<Colour> {
        if let Some(hex) = text.strip_prefix('#') {
            let byte = |i: usize| hex.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok());
            return match (hex.len(), byte(0), byte(2), byte(4)) {
                (6, Some(r), Some(g), Some(b)) => Some(Colour::Rgb(r, g, b)),
                _ => None,
            };
        }
        let name = text.to_ascii_lowercase().replace(['_', '-', ' '], "");
        let name = name.replace("grey", "gray");
        ANSI.iter().position(|(n, _)| *n == name).map(|i| Colour::Ansi(i as u8))
    }

    /// The colour's RGB value (ANSI colours as xterm shows them).
    pub fn rgb(self) -> (u8, u8, u8) {
        match self {
            Colour::Rgb(r, g, b) => (r, g, b),
            Colour::Ansi(i) => ANSI[usize::from(i) % 16].1,
        }
    }

    /// WCAG relative luminance, 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        let (r, g, b) = self.rgb();
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.03928 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    }
}

/// The WCAG contrast ratio of two colours, from 1 to 21.
pub fn contrast(a: Colour, b: Colour) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

impl<'de> Deserialize<'de> for Colour {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Colour, D::Error> {
        let text = String::deserialize(d)?;
        Colour::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "expected a colour as \"#rrggbb\" or an ANSI name like \"lightblue\", found \"{text}\""
            ))
        })
    }
}

/// One colour per phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhaseColours {
    /// Connect.
    pub connect: Colour,
    /// Share.
    pub share: Colour,
    /// Solve.
    pub solve: Colour,
    /// Innovate.
    pub innovate: Colour,
}

/// A theme: colours by what they mean, so views never pick raw colours.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// The theme's name.
    pub name: String,
    /// Screen background.
    pub background: Colour,
    /// Body text.
    pub text: Colour,
    /// Secondary text: hints, ids.
    pub muted: Colour,
    /// The thing to look at: focus, the clock.
    pub accent: Colour,
    /// Titles.
    pub heading: Colour,
    /// Frames.
    pub border: Colour,
    /// Background of the selected row.
    pub selection: Colour,
    /// Added in a comparison.
    pub added: Colour,
    /// Removed in a comparison.
    pub removed: Colour,
    /// Changed in a comparison.
    pub changed: Colour,
    /// Good news.
    pub ok: Colour,
    /// Needs attention soon.
    pub warn: Colour,
    /// Needs attention now.
    pub alert: Colour,
    /// One colour per phase.
    pub phases: PhaseColours,
}

/// A theme file shipped with cvc.
pub struct ShippedTheme {
    /// The theme's name and file stem.
    pub name: &'static str,
    /// The RON text.
    pub text: &'static str,
}

/// The themes in `themes/`, compiled in; the first is the default.
pub const SHIPPED_THEMES: &[ShippedTheme] = &[
    ShippedTheme { name: "dark", text: include_str!("../themes/dark.ron") },
    ShippedTheme { name: "projector-light", text: include_str!("../themes/projector-light.ron") },
    ShippedTheme { name: "high-contrast", text: include_str!("../themes/high-contrast.ron") },
];

/// Where a theme was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ThemeSource {
    /// Compiled into cvc.
    BuiltIn,
    /// A file in the user's config folder.
    File(PathBuf),
}

/// Parses theme text; `file` names it in errors.
pub fn parse_theme(file: &Path, text: &str) -> Result<Theme, FileError> {
    ron::from_str(text).map_err(|e| {
        let at = Position { line: e.span.start.line, col: e.span.start.col };
        FileError::at(file, Some(at), crate::store::as_is(e.code.to_string()))
    })
}

/// The folder user themes live in, when there is a config folder.
pub fn user_theme_dir() -> Option<PathBuf> {
    config_dir().map(|d| d.join("themes"))
}

impl Theme {
    /// The default theme.
    pub fn default_dark() -> Theme {
        parse_theme(Path::new("themes/dark.ron"), SHIPPED_THEMES[0].text)
            .expect("the shipped dark theme parses")
    }

    /// The theme with this name: a user file first, then a shipped one; otherwise the default and why.
    pub fn load(name: &str) -> (Theme, Option<ThemeProblem>) {
        // A theme is named, not pathed: `--theme ../x` must not read a file outside the folder.
        let plain = !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_');
        if plain
            && let Some(path) = user_theme_dir().map(|d| d.join(format!("{name}.ron")))
            && path.exists()
        {
            let loaded = read_bytes(&path).and_then(|b| {
                let text = String::from_utf8_lossy(&b).into_owned();
                parse_theme(&path, &text)
            });
            return match loaded {
                Ok(theme) => (theme, None),
                Err(e) => (Theme::default_dark(), Some(ThemeProblem::Unreadable(e))),
            };
        }
        match SHIPPED_THEMES.iter().find(|t| t.name == name) {
            Some(t) => {
                (parse_theme(Path::new(t.name), t.text).unwrap_or_else(|_| Theme::default_dark()), None)
            }
            None => {
                let names: Vec<_> = available().into_iter().map(|(n, _)| n).collect();
                (Theme::default_dark(), Some(ThemeProblem::Unknown { name: name.to_string(), names }))
            }
        }
    }
}

/// Why a named theme is not used (the dark one is, instead): a fact, worded where it is shown.
#[derive(Debug, Clone)]
pub enum ThemeProblem {
    /// The user's theme file could not be read.
    Unreadable(FileError),
    /// No theme has that name; `names` are the ones there are.
    Unknown {
        /// The name asked for.
        name: String,
        /// The themes cvc finds.
        names: Vec<String>,
    },
}

impl ThemeProblem {
    /// What went wrong and what is used instead, in `tr`'s language.
    pub fn text(&self, tr: crate::i18n::Tr) -> String {
        match self {
            ThemeProblem::Unreadable(e) => {
                tr.args("theme-unreadable", &[("why", e.lines_in(tr).join("\n").into())])
            }
            ThemeProblem::Unknown { name, names } => {
                let name = crate::safe::line(name);
                tr.args(
                    "theme-unknown",
                    &[("name", name.as_ref().into()), ("names", names.join(", ").into())],
                )
            }
        }
    }
}

/// The theme to use: `--theme`, else the settings', else the default; with why a named one is not.
pub fn chosen(flag: Option<&str>, settings: &crate::store::Settings) -> (Theme, Option<ThemeProblem>) {
    match flag.or(settings.theme.as_deref()) {
        Some(name) => Theme::load(name),
        None => (Theme::default_dark(), None),
    }
}

/// Every theme cvc can find, by name, with where it is; user files replace shipped ones of the same name.
pub fn available() -> Vec<(String, ThemeSource)> {
    let mut found: Vec<(String, ThemeSource)> =
        SHIPPED_THEMES.iter().map(|t| (t.name.to_string(), ThemeSource::BuiltIn)).collect();
    let files = user_theme_dir().and_then(|d| std::fs::read_dir(d).ok());
    for entry in files.into_iter().flatten().flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "ron")
            && let Some(stem) = path.file_stem().map(|s| s.to_string_lossy().into_owned())
        {
            found.retain(|(n, _)| *n != stem);
            found.push((stem, ThemeSource::File(path)));
        }
    }
    found.sort_by(|a, b| a.0.cmp(&b.0));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_theme_name_is_never_a_path() {
        for name in ["../dark", "/etc/passwd", "a/b", ""] {
            let (theme, warning) = Theme::load(name);
            assert_eq!(theme.name, "dark", "{name}");
            let said = warning.map(|w| w.text(crate::i18n::Tr::default()));
            assert!(said.is_some_and(|w| w.contains("no theme named")), "{name}");
        }
    }

    #[test]
    fn every_shipped_theme_parses_and_reaches_aaa_contrast() {
        for t in SHIPPED_THEMES {
            let theme = parse_theme(Path::new(t.name), t.text).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(theme.name, t.name);
            for (slot, colour) in [("text", theme.text), ("heading", theme.heading)] {
                let ratio = contrast(colour, theme.background);
                assert!(ratio >= 7.0, "{}: {slot} on background is {ratio:.2}:1, below 7:1", t.name);
            }
        }
    }

    #[test]
    fn contrast_of_black_on_white_is_21() {
        let ratio = contrast(Colour::Rgb(0, 0, 0), Colour::Rgb(255, 255, 255));
        assert!((ratio - 21.0).abs() < 1e-9);
    }

    #[test]
    fn colours_parse_from_hex_and_names() {
        assert_eq!(Colour::parse("#0a0B0c"), Some(Colour::Rgb(10, 11, 12)));
        assert_eq!(Colour::parse("light-blue"), Some(Colour::Ansi(12)));
        assert_eq!(Colour::parse("DarkGrey"), Some(Colour::Ansi(8)));
        assert_eq!(Colour::parse("#12345"), None);
        assert_eq!(Colour::parse("mauve"), None);
    }

    #[test]
    fn a_bad_theme_is_reported_with_its_position() {
        let err = parse_theme(Path::new("t.ron"), "Theme(\n  name: \"x\",\n  background: \"#zzzzzz\",\n)")
            .unwrap_err();
        let line = &err.lines()[0];
        assert!(line.starts_with("t.ron:3:"), "{line}");
        assert!(line.contains("expected a colour"), "{line}");
    }
}
