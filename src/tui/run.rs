//! The event loop: draw, then sleep until a key, a resize or the next second.

use std::io::stdout;
use std::path::PathBuf;
use std::time::Duration;

use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;

use super::action::Action;
use super::app::{App, Screen};
use super::compare::Compare;
use super::event::to_action;
use super::start::open_document;
use super::style::Styles;
use super::views;
use super::workshop::Tone;
use crate::store::Settings;
use crate::theme::Theme;

fn now() -> jiff::civil::DateTime {
    jiff::Zoned::now().datetime()
}

/// Time left until the next whole second, when the clock ticks.
fn until_next_second() -> Duration {
    let nanos = jiff::Zoned::now().subsec_nanosecond().max(0) as u64;
    Duration::from_nanos(1_000_000_000 - nanos.min(999_999_999))
}

/// Rings the terminal bell when the last update asked for it.
fn ring(app: &App) -> std::io::Result<()> {
    if app.bell() {
        use std::io::Write;
        let mut out = stdout();
        out.write_all(b"\x07")?;
        out.flush()?;
    }
    Ok(())
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

fn first_app(opening: Opening, styles: Styles) -> App {
    let data = crate::store::data_dir();
    let start = |styles, e: String| {
        let mut app = App::start(styles, &data, now());
        app.say(Tone::Alert, e.replace('\n', "; "));
        app
    };
    match opening {
        Opening::Start => App::start(styles, &data, now()),
        Opening::File { path, loop_review } => match open_document(&path, &data) {
            Ok(doc) => {
                let mut app = App::workshop(styles, doc, now());
                if loop_review && let Screen::Workshop(w) = &mut app.screen {
                    w.start_loop_review();
                }
                app
            }
            Err(e) => start(styles, e),
        },
        Opening::Compare { old, new } => match (crate::store::load(&old), crate::store::load(&new)) {
            (Ok(a), Ok(b)) => App::comparing(styles, Compare::new(a, &old, b, &new), now()),
            (a, b) => {
                let errors: Vec<String> =
                    [a.err(), b.err()].into_iter().flatten().map(|e| e.to_string()).collect();
                start(styles, errors.join("; "))
            }
        },
    }
}

/// Runs the terminal app until the user quits.
pub fn run(
    opening: Opening,
    theme: Theme,
    settings: Settings,
    warning: Option<String>,
) -> std::io::Result<()> {
    let mut app = first_app(opening, Styles::new(theme));
    app.bell_enabled = settings.bell;
    if let Some(w) = warning {
        app.say(Tone::Alert, w);
    }
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
        app.update(Action::Resize(size.width, size.height));
        loop {
            terminal.draw(|f| views::draw(f, &app))?;
            if app.quit {
                return Ok(());
            }
            let woke = event::poll(until_next_second())?;
            app.update(Action::Tick(now()));
            ring(&app)?;
            if woke {
                while {
                    if let Some(action) = to_action(event::read()?, app.mode()) {
                        app.update(action);
                        ring(&app)?;
                    }
                    !app.quit && event::poll(Duration::ZERO)?
                } {}
            }
        }
    })();
    restore_terminal();
    result
}
