//! The event loop: draw, then sleep until a key, a resize, a worker's answer or the next second.

use std::io::stdout;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture, Event,
    KeyCode, KeyEvent, KeyModifiers,
};
use ratatui::crossterm::execute;

use super::action::Intent;
use super::app::App;
use super::compare::Compare;
use super::keys::timed_action;
use super::runner::{Runner, Session};
use super::style::Styles;
use super::views;
use super::workshop::Tone;
use crate::store::Settings;
use crate::theme::Theme;

/// The time now; on the day `CVC_TODAY` names when it is set (scripts and tests).
fn now() -> jiff::civil::DateTime {
    let now = jiff::Zoned::now().datetime();
    match crate::model::Day::pinned() {
        Some(day) => {
            let (y, m, d) = day.ymd();
            jiff::civil::date(y, m, d).to_datetime(now.time())
        }
        None => now,
    }
}

/// Time left until the next whole second, when the clock ticks.
fn until_next_second() -> Duration {
    let nanos = jiff::Zoned::now().subsec_nanosecond().max(0) as u64;
    Duration::from_nanos(1_000_000_000 - nanos.min(999_999_999))
}

/// Leaves the terminal as it was found: mouse, paste mode, raw mode, screen. Each step is tried
/// on its own and failures are ignored: a closed terminal cannot be restored, nor told so.
fn restore_terminal() {
    let _ = execute!(stdout(), DisableMouseCapture, DisableBracketedPaste);
    let _ = ratatui::crossterm::terminal::disable_raw_mode();
    let _ = execute!(stdout(), ratatui::crossterm::terminal::LeaveAlternateScreen);
}

/// What the terminal's input holds after a wait.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ready {
    /// Something to read (or nothing known: crossterm is asked).
    Input,
    /// Nothing within the wait.
    Quiet,
    /// The terminal is gone: its window was closed (end of input) or it cannot be read.
    Gone,
}

/// The terminal's input, watched by the loop itself before crossterm reads it: crossterm retries
/// a read that finds end of input for ever, so a closed window would spin it at full speed.
struct Input {
    /// The terminal when standard input is not one (crossterm then reads `/dev/tty` too).
    #[cfg(unix)]
    tty: Option<std::fs::File>,
}

impl Input {
    fn new() -> Input {
        #[cfg(unix)]
        {
            use std::io::IsTerminal;
            let tty =
                if std::io::stdin().is_terminal() { None } else { std::fs::File::open("/dev/tty").ok() };
            Input { tty }
        }
        #[cfg(not(unix))]
        Input {}
    }

    /// Waits up to `timeout` for input; says at once when the terminal is gone.
    #[cfg(unix)]
    fn wait(&self, timeout: Duration) -> Ready {
        use rustix::event::{PollFd, PollFlags, Timespec, poll};
        use std::os::fd::AsFd;
        let stdin = std::io::stdin();
        let fd = match &self.tty {
            Some(tty) => tty.as_fd(),
            None => stdin.as_fd(),
        };
        let mut fds = [PollFd::from_borrowed_fd(fd, PollFlags::IN)];
        let timeout = Timespec {
            tv_sec: i64::try_from(timeout.as_secs()).unwrap_or(i64::MAX),
            tv_nsec: i64::from(timeout.subsec_nanos()),
        };
        match poll(&mut fds, Some(&timeout)) {
            // A signal woke the wait (a resize, or the hang-up of a closed window): look again,
            // without waiting, at what the terminal holds now.
            Err(rustix::io::Errno::INTR) => self.wait(Duration::ZERO),
            Err(_) => Ready::Gone,
            Ok(_) => {
                let seen = fds[0].revents();
                if seen.intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL) {
                    Ready::Gone
                } else if seen.contains(PollFlags::IN) {
                    Ready::Input
                } else {
                    Ready::Quiet
                }
            }
        }
    }

    #[cfg(not(unix))]
    fn wait(&self, timeout: Duration) -> Ready {
        match event::poll(timeout) {
            Ok(true) => Ready::Input,
            Ok(false) => Ready::Quiet,
            Err(_) => Ready::Gone,
        }
    }
}

/// The error that ends the loop when the terminal is gone.
fn gone() -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "the terminal was closed")
}

/// What the app opens on.
#[derive(Debug, Clone)]
pub(crate) enum Opening {
    /// The start screen.
    Start,
    /// A canvas file in the workshop screen; with `loop_review`, on last time's actions.
    File {
        /// The canvas (created when missing).
        path: PathBuf,
        /// Start with the revisit's loop review.
        loop_review: bool,
        /// The room: where it serves, and whether it opens at once (`--room`).
        room: RoomOptions,
    },
    /// The compare screen of `old` against `new`.
    Compare {
        /// The older canvas.
        old: PathBuf,
        /// The newer canvas.
        new: PathBuf,
    },
}

/// Where the room serves (`--bind`, `--port`) and whether it opens with the canvas (`--room`).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct RoomOptions {
    /// Open the room as soon as the canvas is open.
    pub(crate) open: bool,
    /// The address to serve on; the laptop's address on the network when `None`.
    pub(crate) bind: Option<std::net::IpAddr>,
    /// The port; any free one when 0.
    pub(crate) port: u16,
}

fn first_session(opening: Opening, styles: Styles) -> Session {
    let data = crate::store::data_dir();
    let runner = Runner::threaded(&data);
    match opening {
        Opening::Start => Session { app: App::start(styles, &data, now()), runner },
        Opening::File { path, loop_review, room } => {
            // Opening a file reads only that file: the recent list (every canvas in it parsed)
            // is read when the start screen shows, here only if the file cannot be opened.
            let mut s = Session::open(App::empty(styles, &data, now()), runner, &path, loop_review);
            if let super::app::Screen::Start(start) = &mut s.app.screen {
                let mut shown = super::start::Start::load(&data, s.app.styles.tr());
                shown.prompt = start.prompt.take();
                shown.note = start.note.take().map(|mut note| {
                    note.text = note.text.replace('\n', "; ");
                    note
                });
                **start = shown;
            }
            if let super::app::Screen::Workshop(w) = &mut s.app.screen {
                (w.room.bind, w.room.port) = (room.bind, room.port);
            }
            if room.open && matches!(s.app.screen, super::app::Screen::Workshop(_)) {
                s.update(Intent::Room);
            }
            s
        }
        Opening::Compare { old, new } => match (crate::store::load(&old), crate::store::load(&new)) {
            (Ok(a), Ok(b)) => {
                let today = crate::model::Day::from_civil(now().date());
                let compare = Compare::new(a, &old, b, &new, today);
                Session { app: App::comparing(styles, compare, now()), runner }
            }
            (a, b) => {
                let errors: Vec<String> = [a.err(), b.err()]
                    .into_iter()
                    .flatten()
                    .map(|e| e.lines_in(styles.tr()).join("\n"))
                    .collect();
                let mut app = App::start(styles, &data, now());
                app.say(Tone::Alert, errors.join("; "));
                Session { app, runner }
            }
        },
    }
}

/// The signals that end the program: the flag is set when one arrives, and the loop saves what
/// is pending and leaves (within a nap: it never waits on the terminal longer). Should the loop
/// not get there, the program ends anyway after a grace period: every save already asked for
/// is atomic, so the file is whole either way.
fn watch_signals() -> std::io::Result<Arc<AtomicBool>> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let flag = Arc::new(AtomicBool::new(false));
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    let raised = Arc::clone(&flag);
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            raised.store(true, Ordering::Relaxed);
            std::thread::sleep(GRACE);
            restore_terminal();
            std::process::exit(128 + signal);
        }
    });
    Ok(flag)
}

/// How long the loop has to save and leave after a signal before the program ends anyway.
const GRACE: Duration = Duration::from_secs(3);

/// How long to sleep: until the next second, sooner while a worker's answer is awaited or a
/// signal may need handling.
fn nap(session: &Session) -> Duration {
    // With the room open, what phones send is looked for ten times a second (an idea is on
    // the facilitator's screen and acknowledged within a fraction of a second).
    let limit = if session.runner.busy() {
        Duration::from_millis(15)
    } else if session.runner.room_open() {
        Duration::from_millis(100)
    } else {
        Duration::from_millis(250)
    };
    until_next_second().min(limit)
}

/// The most events handled between two frames.
const BURST: usize = 512;

/// Runs the terminal app until the user quits, a signal ends it or its terminal goes away (the
/// window was closed: the end of input is an end like SIGHUP, and it exits 0 the same way).
pub(crate) fn run(
    opening: Opening,
    theme: Theme,
    settings: Settings,
    warning: Option<String>,
) -> std::io::Result<()> {
    // The screens speak the facilitator's language (--lang, the config, the locale), whatever
    // the canvas's: the keys and help she works by stay put from one canvas to the next, and a
    // canvas she makes takes that language, so in Lyon screens and handout agree. The canvas's
    // language is its reports' (`cvc export`), the client's.
    let lang = settings.language.unwrap_or_default();
    let mut session = first_session(opening, Styles::new(theme).speaking(lang));
    session.app.bell_enabled = settings.bell;
    if let Some(w) = warning {
        session.app.say(Tone::Alert, w);
    }
    let signalled = watch_signals()?;
    // Our hook runs inside ratatui's, which restores the screen first; ours then frees the mouse.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(stdout(), DisableMouseCapture, DisableBracketedPaste);
        default_hook(info);
    }));
    let mut terminal = ratatui::init();
    let input = Input::new();
    // Every error in the loop is the terminal's (drawing to it, reading from it).
    let result = (|| -> std::io::Result<()> {
        execute!(stdout(), EnableMouseCapture, EnableBracketedPaste)?;
        let size = terminal.size()?;
        session.update(Intent::Resize(size.width, size.height));
        let mut second = jiff::Zoned::now().timestamp().as_second();
        let mut redraw = true;
        let started = std::time::Instant::now();
        loop {
            if redraw {
                let mut hits = super::hits::Hits::default();
                terminal.draw(|f| hits = views::draw_with_hits(f, &session.app))?;
                session.update(Intent::Drawn(Box::new(hits)));
            }
            if session.quit() {
                return Ok(());
            }
            if signalled.load(Ordering::Relaxed) {
                session.update(Intent::Terminate);
                return Ok(());
            }
            // Crossterm is asked only once the terminal is known to be there: reading a closed
            // one, it would spin. A hang-up between the two looks is all that can slip through.
            let woke = match input.wait(nap(&session)) {
                Ready::Gone => return Err(gone()),
                // Quiet too: crossterm may hold events already read, or a resize.
                Ready::Quiet | Ready::Input => event::poll(Duration::ZERO)?,
            };
            let was_busy = session.runner.busy();
            let arrived = session.poll();
            redraw = was_busy || arrived;
            let this_second = jiff::Zoned::now().timestamp().as_second();
            if this_second != second || woke {
                second = this_second;
                session.update(Intent::Tick(now()));
                redraw = true;
            }
            if woke {
                // A burst of events is handled before the next frame, but never forever: a
                // signal or quitting stops it, and so does a terminal that keeps reporting input.
                for _ in 0..BURST {
                    for event in unmerge(event::read()?) {
                        let ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
                        if let Some(action) = timed_action(event, session.app.mode(), ms) {
                            session.update(action);
                        }
                    }
                    if session.quit() || signalled.load(Ordering::Relaxed) {
                        break;
                    }
                    if input.wait(Duration::ZERO) == Ready::Gone {
                        return Err(gone());
                    }
                    if !event::poll(Duration::ZERO)? {
                        break;
                    }
                }
            }
        }
    })();
    // A terminal that cannot be read or written is one whose window was closed: as on SIGHUP,
    // what is half typed is kept (the quick-add line, the open form) and the program ends well.
    if result.is_err() && !session.quit() {
        session.update(Intent::Terminate);
    }
    // Whatever ended the loop, what is pending is written before the program goes.
    session.apply(vec![super::effect::Effect::Flush]);
    restore_terminal();
    // Dropping a terminal whose cursor cannot be shown again would print that to a closed
    // standard error, a panic that aborts the program: a closed terminal is simply let go.
    if terminal.show_cursor().is_err() {
        std::mem::forget(terminal);
    }
    Ok(())
}

/// The events a terminal event stands for. Esc followed quickly by a key reaches the program as
/// Alt+key (a terminal cannot tell the two apart, and under load the gap is easily short
/// enough); cvc binds nothing to Alt, so Alt with a character is read as the two keys the
/// person pressed: Esc, then the key.
pub(crate) fn unmerge(event: Event) -> Vec<Event> {
    match event {
        Event::Key(key)
            if key.modifiers.contains(KeyModifiers::ALT) && matches!(key.code, KeyCode::Char(_)) =>
        {
            let esc = KeyEvent::new_with_kind(KeyCode::Esc, KeyModifiers::NONE, key.kind);
            let plain = KeyEvent::new_with_kind(key.code, key.modifiers - KeyModifiers::ALT, key.kind);
            vec![Event::Key(esc), Event::Key(plain)]
        }
        other => vec![other],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn esc_then_a_key_read_as_alt_is_both_keys() {
        let alt_e = Event::Key(KeyEvent::new(KeyCode::Char('e'), KeyModifiers::ALT));
        let keys = unmerge(alt_e);
        assert_eq!(
            keys,
            vec![
                Event::Key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)),
                Event::Key(KeyEvent::new(KeyCode::Char('e'), KeyModifiers::NONE)),
            ]
        );
        let plain = Event::Key(KeyEvent::new(KeyCode::Char('e'), KeyModifiers::NONE));
        assert_eq!(unmerge(plain.clone()), vec![plain]);
    }
}
