//! The room's address as a QR code: a square of modules the terminal draws in cells.

use qrcode::{Color, EcLevel, QrCode};

/// A QR code's modules, row by row, without the quiet zone (draw at least 4 light modules
/// around it; a terminal draws two rows of modules per cell with `▀` `▄` `█`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrMatrix {
    width: usize,
    dark: Vec<bool>,
}

impl QrMatrix {
    /// The QR code of `text` at the lowest error correction (fewest modules: a URL of a room is
    /// about 35 characters, a 29 × 29 code), or `None` when the text is too long for any code.
    pub fn new(text: &str) -> Option<QrMatrix> {
        let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L).ok()?;
        let width = code.width();
        let dark = code.to_colors().into_iter().map(|c| c == Color::Dark).collect();
        Some(QrMatrix { width, dark })
    }

    /// How many modules a side has.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Whether the module at column `x`, row `y` is dark; outside the code, light.
    pub fn dark(&self, x: usize, y: usize) -> bool {
        x < self.width && y < self.width && self.dark[y * self.width + x]
    }

    /// The code as text lines, two module rows per line in half blocks (`▀ ▄ █` and space), with
    /// a quiet zone of `quiet` modules: dark is drawn, so show it dark on light.
    pub fn half_blocks(&self, quiet: usize) -> Vec<String> {
        let side = self.width + 2 * quiet;
        let at = |x: usize, y: usize| x >= quiet && y >= quiet && self.dark(x - quiet, y - quiet);
        (0..side.div_ceil(2))
            .map(|row| {
                (0..side)
                    .map(|x| match (at(x, 2 * row), at(x, 2 * row + 1)) {
                        (true, true) => '█',
                        (true, false) => '▀',
                        (false, true) => '▄',
                        (false, false) => ' ',
                    })
                    .collect()
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_room_url_fits_a_small_code_with_its_finder_patterns() {
        let qr = QrMatrix::new("http://192.168.100.200:51234/j/ABCDEFGH").unwrap();
        assert!(qr.width() <= 33, "{}", qr.width());
        // The three finder patterns: dark corners, and the top-left one's 7-module dark edge.
        let w = qr.width();
        assert!(qr.dark(0, 0) && qr.dark(w - 1, 0) && qr.dark(0, w - 1));
        assert!((0..7).all(|x| qr.dark(x, 0)));
        assert!(!qr.dark(w, 0));
        let lines = qr.half_blocks(2);
        assert_eq!(lines.len(), (w + 4).div_ceil(2));
        assert!(lines.iter().all(|l| l.chars().count() == w + 4));
    }
}
