//! The event loop: draw, then sleep until a key, a resize, a worker's answer or the next second.

use std::io::stdout;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;

use super::action::Action;
use super::app::App;
use super::compare::Compare;
use super::event::{timed_action, unmerge};
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

/// Leaves the terminal as it was found: mouse, paste mode, raw mode, screen.
fn restore_terminal() {
    let _ = execute!(stdout(), DisableMouseCapture, DisableBracketedPaste);
    ratatui::restore();
}

/// What the app opens on.
#[derive(Debug, Clone)]
pub enum Opening {
    /// The start screen.
    Start,
    /// A canvas file in the workshop screen; with `loop_review`, on last time's actions.
    File {
        /// The canvas (created when missing).
        path: PathBuf,
        /// Start with the revisit's loop review.
        loop_review: bool,
    },
    /// The compare screen of `old` against `new`.
    Compare {
        /// The older canvas.
        old: PathBuf,
        /// The newer canvas.
        new: PathBuf,
    },
}

fn first_session(opening: Opening, styles: Styles) -> Session {
    let data = crate::store::data_dir();
    let runner = Runner::threaded(&data);
    match opening {
        Opening::Start => Session { app: App::start(styles, &data, now()), runner },
        Opening::File { path, loop_review } => {
            // Opening a file reads only that file: the recent list (every canvas in it parsed)
            // is read when the start screen shows, here only if the file cannot be opened.
            let mut s = Session::open(App::empty(styles, &data, now()), runner, &path, loop_review);
            if let super::app::Screen::Start(start) = &mut s.app.screen {
                let mut shown = super::start::Start::load(&data);
                shown.prompt = start.prompt.take();
                shown.note = start.note.take().map(|mut note| {
                    note.text = note.text.replace('\n', "; ");
                    note
                });
                **start = shown;
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
                let errors: Vec<String> =
                    [a.err(), b.err()].into_iter().flatten().map(|e| e.to_string()).collect();
                let mut app = App::start(styles, &data, now());
                app.say(Tone::Alert, errors.join("; "));
                Session { app, runner }
            }
        },
    }
}

/// The signals that end the program: the flag is set when one arrives, and the loop saves what
/// is pending and leaves. If the loop does not get there (a closed terminal can keep the input
/// read busy forever), the program ends anyway after a grace period: every save already asked
/// for is atomic, so the file is whole either way.
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
    let limit = if session.runner.busy() { Duration::from_millis(15) } else { Duration::from_millis(250) };
    until_next_second().min(limit)
}

/// The most events handled between two frames.
const BURST: usize = 512;

/// Runs the terminal app until the user quits.
pub fn run(
    opening: Opening,
    theme: Theme,
    settings: Settings,
    warning: Option<String>,
) -> std::io::Result<()> {
    let mut session = first_session(opening, Styles::new(theme));
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
    let result = (|| {
        execute!(stdout(), EnableMouseCapture, EnableBracketedPaste)?;
        let size = terminal.size()?;
        session.update(Action::Resize(size.width, size.height));
        let mut second = jiff::Zoned::now().timestamp().as_second();
        let mut redraw = true;
        let started = std::time::Instant::now();
        loop {
            if redraw {
                terminal.draw(|f| views::draw(f, &session.app))?;
            }
            if session.quit() {
                return Ok(());
            }
            if signalled.load(Ordering::Relaxed) {
                session.update(Action::Terminate);
                return Ok(());
            }
            let woke = event::poll(nap(&session))?;
            let was_busy = session.runner.busy();
            session.poll();
            redraw = was_busy;
            let this_second = jiff::Zoned::now().timestamp().as_second();
            if this_second != second || woke {
                second = this_second;
                session.update(Action::Tick(now()));
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
                    if session.quit() || signalled.load(Ordering::Relaxed) || !event::poll(Duration::ZERO)? {
                        break;
                    }
                }
            }
        }
    })();
    // Whatever ended the loop, what is pending is written before the program goes.
    session.apply(vec![super::effect::Effect::Flush]);
    restore_terminal();
    result
}
