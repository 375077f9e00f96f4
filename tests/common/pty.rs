//! The real `cvc` binary in a pseudo-terminal, its screen read through the vt100 emulator.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};

/// A running `cvc` and the screen it draws.
pub struct Term {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    /// When the last key was sent or the screen last showed what a test waited for.
    last: std::cell::Cell<Instant>,
}

/// A person reads the screen between two commands: a letter that follows the last key sooner
/// than this is typing to cvc (see `TYPING_GAP_MS`), so a test presses commands at this pace.
const COMMAND_PACE: Duration = Duration::from_millis(cvc::tui::workshop::TYPING_GAP_MS + 70);

/// How long a test waits for the screen to show something before it fails.
const PATIENCE: Duration = Duration::from_secs(20);

impl Term {
    /// Starts `cvc ARGS` in `dir`, with that folder as the data and config folders.
    pub fn start(dir: &Path, args: &[&str], cols: u16, rows: u16) -> Term {
        let pair = native_pty_system()
            .openpty(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_cvc"));
        cmd.args(args);
        cmd.cwd(dir);
        cmd.env("CVC_DATA_DIR", dir.join("data"));
        cmd.env("CVC_CONFIG_DIR", dir.join("config"));
        cmd.env("TERM", "xterm-256color");
        cmd.env("CVC_TODAY", crate::common::TODAY);
        let child = pair.slave.spawn_command(cmd).expect("cvc starts");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let parser = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let feed = Arc::clone(&parser);
        std::thread::spawn(move || {
            let _keep_master_open = pair.master;
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                feed.lock().unwrap().process(&buf[..n]);
            }
        });
        Term { parser, writer, child, last: std::cell::Cell::new(Instant::now()) }
    }

    /// The screen's text now.
    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Whether the app is still on the alternate screen.
    pub fn on_alternate_screen(&self) -> bool {
        self.parser.lock().unwrap().screen().alternate_screen()
    }

    /// Waits until the screen shows `text`; fails with the screen if it never does.
    pub fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while start.elapsed() < PATIENCE {
            if self.screen().contains(text) {
                self.last.set(Instant::now());
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("the screen never showed {text:?}; it shows:\n{}", self.screen());
    }

    /// Sends raw bytes, then lets the app read them on their own. A letter is a command: it is
    /// pressed at a person's pace after the last key.
    pub fn send(&mut self, bytes: &str) {
        if bytes.chars().count() == 1 && bytes.chars().all(char::is_alphabetic) {
            let since = self.last.get().elapsed();
            if since < COMMAND_PACE {
                std::thread::sleep(COMMAND_PACE - since);
            }
        }
        self.last.set(Instant::now());
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        std::thread::sleep(Duration::from_millis(60));
    }

    /// Types text one key at a time, as a person would.
    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            self.writer.write_all(c.to_string().as_bytes()).unwrap();
            self.writer.flush().unwrap();
            std::thread::sleep(Duration::from_millis(5));
        }
        std::thread::sleep(Duration::from_millis(40));
        self.last.set(Instant::now());
    }

    /// Kills the process with SIGKILL: no chance to save or clean up.
    pub fn kill9(&mut self) {
        let pid = self.child.process_id().expect("a running child has a pid");
        let status = std::process::Command::new("kill").args(["-9", &pid.to_string()]).status().unwrap();
        assert!(status.success());
        let _ = self.child.wait();
    }

    /// Sends a signal by name (`TERM`, `HUP`, `INT`) to the process.
    pub fn signal(&mut self, name: &str) {
        let pid = self.child.process_id().expect("a running child has a pid");
        let status =
            std::process::Command::new("kill").args([&format!("-{name}"), &pid.to_string()]).status();
        assert!(status.unwrap().success());
    }

    /// Whether the terminal was left as it was found: main screen, no mouse reporting, no
    /// bracketed paste, cursor shown.
    pub fn restored(&self) -> bool {
        let p = self.parser.lock().unwrap();
        let screen = p.screen();
        !screen.alternate_screen()
            && screen.mouse_protocol_mode() == vt100::MouseProtocolMode::None
            && !screen.bracketed_paste()
            && !screen.hide_cursor()
    }

    /// Writes bytes without waiting afterwards.
    pub fn write_now(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Waits for the process to end and returns its exit code.
    pub fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        while start.elapsed() < PATIENCE {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.exit_code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        panic!("cvc did not exit; the screen shows:\n{}", self.screen());
    }
}

impl Drop for Term {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

/// Keys as a terminal sends them.
pub mod keys {
    pub const TAB: &str = "\t";
    pub const BACKTAB: &str = "\x1b[Z";
    pub const ENTER: &str = "\r";
    pub const ESC: &str = "\x1b";
    pub const DOWN: &str = "\x1b[B";
    pub const CTRL_S: &str = "\x13";
    pub const CTRL_R: &str = "\x12";
}

/// A new canvas `room.ron` in the sandbox, open in cvc at that size, its first screen drawn.
pub fn room(s: &crate::common::Sandbox, cols: u16, rows: u16) -> Term {
    assert_eq!(s.cvc(&["new", "room.ron", "--title", "Room"]).code, 0);
    let t = Term::start(s.dir.path(), &["room.ron"], cols, rows);
    t.wait_for("Agenda");
    t
}
