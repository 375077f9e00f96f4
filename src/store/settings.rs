//! The user's settings: `config.ron` in the config folder.

use serde::Deserialize;

use super::document::read_bytes;
use super::error::{FileError, Position};
use super::folders::config_dir;

/// What the user chose in `config.ron`: `Config(theme: "projector-light", bell: false,
/// language: "fr")`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields, rename = "Config")]
pub struct Settings {
    /// The theme to use when `--theme` is not given.
    pub theme: Option<String>,
    /// Whether the terminal bell rings when a block's time is up.
    pub bell: bool,
    /// The language of the screens and of new canvases when `--lang` is not given (`LANG` when
    /// this is not set either).
    pub language: Option<crate::model::Language>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings { theme: None, bell: true, language: None }
    }
}

/// The settings, or the defaults and a warning (file, line, column) when the file is broken.
pub fn load_settings() -> (Settings, Option<FileError>) {
    let Some(path) = config_dir().map(|d| d.join("config.ron")).filter(|p| p.exists()) else {
        return (Settings::default(), None);
    };
    let parsed = read_bytes(&path).and_then(|b| {
        ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
            .from_bytes::<Settings>(&b)
            .map_err(|e| {
                let at = Position { line: e.span.start.line, col: e.span.start.col };
                FileError::at(&path, Some(at), super::error::as_is(e.code.to_string()))
            })
    });
    match parsed {
        Ok(settings) => (settings, None),
        Err(e) => (Settings::default(), Some(e)),
    }
}
