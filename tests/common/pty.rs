//! The real `cvc` binary in a pseudo-terminal, its screen read through the vt100 emulator.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// A running `cvc` and the screen it draws.
pub struct Term {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    /// When the last key was sent or the screen last showed what a test waited for.
    last: std::cell::Cell<Instant>,
    /// The terminal's side of the pty; `None` once the window is closed.
    master: Option<Box<dyn MasterPty + Send>>,
    /// Asks the screen reader to let go of its copy of the master side.
    closing: Arc<AtomicBool>,
    /// Says when the screen reader has let go.
    reader_gone: mpsc::Receiver<()>,
}

/// A person reads the screen between two commands: a letter that follows the last key sooner
/// than this is typing to cvc (see `TYPING_GAP_MS`), so a test presses commands at this pace.
const COMMAND_PACE: Duration = Duration::from_millis(cvc::tui::workshop::TYPING_GAP_MS + 70);

/// How long a test waits for the screen to show something before it fails.
const PATIENCE: Duration = Duration::from_secs(20);

impl Term {
    /// Starts `cvc ARGS` in `dir`, with that folder as the data and config folders. The terminal
    /// has no end-of-file key (`stty eof undef`, as cvc reads keys raw anyway): portable-pty's
    /// writer, let go when the window closes, would otherwise send a line end and Ctrl+D, keys no
    /// closing terminal sends (Ctrl+J wipes the line being typed), and a loaded machine could let
    /// cvc read them before it saw the terminal go.
    pub fn start(dir: &Path, args: &[&str], cols: u16, rows: u16) -> Term {
        let mut all = vec!["-c", r#"stty eof undef; exec "$0" "$@""#, env!("CARGO_BIN_EXE_cvc")];
        all.extend_from_slice(args);
        Term::start_program(dir, "sh", &all, cols, rows)
    }

    /// Starts `cvc ARGS` in `dir` from a shell that ignores SIGHUP, as a terminal's shell or a
    /// multiplexer may: when the window closes, cvc is not the one the kernel hangs up.
    pub fn start_under_shell_ignoring_hangup(dir: &Path, args: &[&str], cols: u16, rows: u16) -> Term {
        let script = r#"trap "" HUP; stty eof undef; "$0" "$@""#;
        let mut all = vec!["-c", script, env!("CARGO_BIN_EXE_cvc")];
        all.extend_from_slice(args);
        Term::start_program(dir, "sh", &all, cols, rows)
    }

    fn start_program(dir: &Path, program: &str, args: &[&str], cols: u16, rows: u16) -> Term {
        let pair = native_pty_system()
            .openpty(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.cwd(dir);
        cmd.env("CVC_DATA_DIR", dir.join("data"));
        cmd.env("CVC_CONFIG_DIR", dir.join("config"));
        cmd.env("TERM", "xterm-256color");
        cmd.env("CVC_TODAY", crate::common::TODAY);
        // English screens whatever the machine's locale (DESIGN.md §13).
        cmd.env_remove("LC_ALL");
        cmd.env_remove("LC_MESSAGES");
        cmd.env("LANG", "C.UTF-8");
        let child = pair.slave.spawn_command(cmd).expect("cvc starts");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let parser = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let feed = Arc::clone(&parser);
        let closing = Arc::new(AtomicBool::new(false));
        let asked = Arc::clone(&closing);
        let (gone, reader_gone) = mpsc::channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                feed.lock().unwrap().process(&buf[..n]);
                if asked.load(Ordering::Relaxed) {
                    break;
                }
            }
            drop(reader);
            let _ = gone.send(());
        });
        Term {
            parser,
            writer,
            child,
            last: std::cell::Cell::new(Instant::now()),
            master: Some(pair.master),
            closing,
            reader_gone,
        }
    }

    /// Closes the terminal window under the app `pid` (this process, or the one a shell runs),
    /// as a closed tmux pane or terminal emulator does: every copy of the pty's master side is
    /// closed; the test sends no signal that ends anything. The app is paused meanwhile, so it
    /// reads nothing more until the terminal is gone (and the terminal has no end-of-file key,
    /// so portable-pty's writer sends nothing as it goes: see `start`).
    pub fn close_window(&mut self, pid: u32) {
        self.closing.store(true, Ordering::Relaxed);
        // A resize makes the app draw, which wakes the screen reader so it can let go.
        if let Some(master) = &self.master {
            let size = master.get_size().unwrap();
            let _ = master.resize(PtySize { cols: size.cols.saturating_sub(1), ..size });
        }
        self.reader_gone.recv_timeout(PATIENCE).expect("the screen reader lets go of the pty");
        std::thread::sleep(Duration::from_millis(200));
        send_signal("STOP", pid);
        self.master = None;
        self.writer = Box::new(std::io::sink());
        send_signal("CONT", pid);
    }

    /// The process's id.
    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("a running child has a pid")
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
        // A person reads the box a command opened before typing into it ("P" then a question
        // typed at once would be the name "P…").
        let since = self.last.get().elapsed();
        if since < COMMAND_PACE {
            std::thread::sleep(COMMAND_PACE - since);
        }
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
        send_signal(name, self.child.process_id().expect("a running child has a pid"));
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
        self.wait_status().exit_code()
    }

    /// Waits for the process to end and returns how it ended (its code, or the signal).
    pub fn wait_status(&mut self) -> portable_pty::ExitStatus {
        let start = Instant::now();
        while start.elapsed() < PATIENCE {
            if let Some(status) = self.child.try_wait().unwrap() {
                // The screen is final once the reader has seen the end of the output.
                let _ = self.reader_gone.recv_timeout(Duration::from_secs(2));
                return status;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        panic!("cvc did not exit; the screen shows:\n{}", self.screen());
    }
}

/// Sends a signal by name to a process.
fn send_signal(name: &str, pid: u32) {
    let status = std::process::Command::new("kill").args([&format!("-{name}"), &pid.to_string()]).status();
    assert!(status.unwrap().success());
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
