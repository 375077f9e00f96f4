//! Helpers for tests that run the real `cvc` binary.
#![allow(dead_code)]

pub mod pty;
pub mod tui;

use std::path::{Path, PathBuf};
use std::process::Command;

/// What a run of `cvc` printed and how it ended.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// A scratch folder that is also the data and config folder of the runs in it.
pub struct Sandbox {
    pub dir: tempfile::TempDir,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        Sandbox { dir: tempfile::tempdir().unwrap() }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn write(&self, name: &str, text: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path(name);
        std::fs::write(&p, text).unwrap();
        p
    }

    /// Runs `cvc` with these arguments inside the sandbox.
    pub fn cvc(&self, args: &[&str]) -> Run {
        self.cvc_with_input(args, &[])
    }

    /// Runs `cvc` with these arguments inside the sandbox, `input` on its standard input.
    pub fn cvc_with_input(&self, args: &[&str], input: &[u8]) -> Run {
        use std::io::Write;
        let mut child = Command::new(env!("CARGO_BIN_EXE_cvc"))
            .args(args)
            .current_dir(self.dir.path())
            .env("CVC_DATA_DIR", self.path("data"))
            .env("CVC_CONFIG_DIR", self.path("config"))
            .env("NO_COLOR", "1")
            .env("CVC_TODAY", TODAY)
            // English screens and new canvases whatever the machine's locale (DESIGN.md §13).
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C.UTF-8")
            // Help wrapped at a width that leaves every line whole, whatever runs the tests.
            .env("COLUMNS", "400")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // A command that does not read its input closes the pipe early: that is not a failure.
        let _ = child.stdin.take().unwrap().write_all(input);
        let out = child.wait_with_output().unwrap();
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

/// A canvas shipped in `canvases/`.
/// The day every run of `cvc` in a sandbox takes as today, so no test depends on the calendar.
pub const TODAY: &str = "2026-12-07";

/// `TODAY` as a day.
pub fn today() -> cvc::model::Day {
    TODAY.parse().unwrap()
}

pub fn shipped(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("canvases").join(format!("{name}.ron"))
}

/// The example canvas of DESIGN.md §4.
pub fn design_example() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/design-example.ron"))
        .unwrap()
}

/// Waits up to five seconds for a condition on the file system (saves happen off the keystroke
/// path, within a second); fails the test with `what` if it never holds.
pub fn eventually(what: &str, mut holds: impl FnMut() -> bool) {
    let start = std::time::Instant::now();
    while !holds() {
        assert!(start.elapsed() < std::time::Duration::from_secs(5), "never happened: {what}");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}
