//! Where cvc keeps files: the data folder for canvases and the config folder for themes.

use std::path::PathBuf;

fn project() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "cvc")
}

/// The folder new canvases are saved in (`CVC_DATA_DIR` overrides it).
pub fn data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("CVC_DATA_DIR") {
        return PathBuf::from(dir);
    }
    project().map_or_else(|| PathBuf::from("."), |p| p.data_dir().to_path_buf())
}

/// The folder user settings and themes live in (`CVC_CONFIG_DIR` overrides it).
pub fn config_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("CVC_CONFIG_DIR") {
        return Some(PathBuf::from(dir));
    }
    project().map(|p| p.config_dir().to_path_buf())
}
