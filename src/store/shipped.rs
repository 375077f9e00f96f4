//! Templates and worked examples from `canvases/`, compiled into the binary.

use std::path::Path;

use super::error::FileError;
use super::parse::parse_str;
use crate::model::Canvas;

/// A canvas file that ships with cvc.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShippedCanvas {
    /// The file's stem, used as the template name.
    pub name: &'static str,
    /// What it is for, in a few words.
    pub about: &'static str,
    /// The RON text.
    pub text: &'static str,
}

macro_rules! shipped {
    ($($name:literal: $about:literal),+ $(,)?) => {
        &[$(ShippedCanvas {
            name: $name,
            about: $about,
            text: include_str!(concat!("../../canvases/", $name, ".ron")),
        }),+]
    };
}

/// Every shipped canvas: templates first, then the worked example's three revisions.
pub const SHIPPED: &[ShippedCanvas] = shipped!(
    "blank": "empty canvas with the default 120-minute agenda",
    "short-90": "empty canvas with a 90-minute agenda",
    "acme-2026-05": "worked example: Acme field service, first workshop",
    "acme-2026-11": "worked example: Acme field service, six months later",
    "acme-2027-05": "worked example: Acme field service, a year later",
);

impl ShippedCanvas {
    /// The shipped canvas with this name.
    pub fn find(name: &str) -> Option<ShippedCanvas> {
        let name = name.strip_suffix(".ron").unwrap_or(name);
        SHIPPED.iter().copied().find(|s| s.name == name)
    }

    /// Parses the shipped text.
    pub fn canvas(&self) -> Result<Canvas, FileError> {
        parse_str(Path::new(&format!("canvases/{}.ron", self.name)), self.text)
    }
}
