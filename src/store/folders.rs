//! Where cvc keeps files: the data folder for canvases and the config folder for themes.

use std::path::{Path, PathBuf};

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

/// A path typed by a person: `~` and `~/…` are the home folder, an absolute path is itself,
/// anything else is relative to `base`.
pub fn typed_path(base: &Path, typed: &str) -> PathBuf {
    let home = || std::env::var_os("HOME").map(PathBuf::from);
    match typed.strip_prefix('~') {
        Some("") => home().unwrap_or_else(|| base.join(typed)),
        Some(rest) if rest.starts_with('/') => match home() {
            Some(h) => h.join(rest.trim_start_matches('/')),
            None => base.join(typed),
        },
        _ => base.join(typed),
    }
}

#[cfg(test)]
mod typed_tests {
    use super::*;

    #[test]
    fn a_tilde_is_the_home_folder_and_the_rest_is_relative_to_the_base() {
        let home = PathBuf::from(std::env::var_os("HOME").expect("HOME is set in tests"));
        let base = Path::new("/canvases");
        assert_eq!(typed_path(base, "~/acme.ron"), home.join("acme.ron"));
        assert_eq!(typed_path(base, "~"), home);
        assert_eq!(typed_path(base, "acme.ron"), Path::new("/canvases/acme.ron"));
        assert_eq!(typed_path(base, "/tmp/a.ron"), Path::new("/tmp/a.ron"));
        assert_eq!(typed_path(base, "~bob/a.ron"), Path::new("/canvases/~bob/a.ron"));
    }
}
