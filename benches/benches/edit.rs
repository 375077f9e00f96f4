//! The keystroke path: a quick-add Enter to the updated screen, for canvases of 10, 10,000 and
//! 100,000 entries. The 10-entry canvas is the reference: the path must not depend on the
//! canvas's size. Its effects are dispatched as in the app (a save request, derived facts
//! worked out on a worker thread for large canvases); the writing itself is off this path and
//! is measured by the store benchmark (`save_atomic` against `serialise`).
//!
//! Also prints the resident memory after opening a 10,000-entry canvas and after 200 edits.

use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use cvc::theme::Theme;
use cvc::tui::action::Intent;
use cvc::tui::app::App;
use cvc::tui::keys::action_for;
use cvc::tui::runner::{Runner, Session};
use cvc::tui::style::Styles;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

#[path = "support/sample.rs"]
mod sample;

fn now() -> jiff::civil::DateTime {
    jiff::civil::date(2026, 11, 22).at(10, 0, 0, 0)
}

fn press(app: &mut Session, code: KeyCode) {
    if let Some(a) = action_for(app.mode(), &KeyEvent::new(code, KeyModifiers::NONE), app.styles.tr().lang())
    {
        app.update(a);
    }
}

/// Writes a canvas of `n` entries in `dir`.
fn write(dir: &std::path::Path, n: usize) -> std::path::PathBuf {
    let path = dir.join(format!("c{n}.ron"));
    std::fs::write(&path, cvc::store::to_ron(&sample::canvas_of(n))).unwrap();
    path
}

/// A session on the canvas at `path`, on the Tasks list with quick add open.
fn session(dir: &std::path::Path, path: &std::path::Path, runner: Runner) -> Session {
    let app = App::empty(Styles::new(Theme::default_dark()), &dir.join("data"), now());
    let mut s = Session::open(app, runner, path, false);
    s.update(Intent::Resize(80, 24));
    for _ in 0..3 {
        press(&mut s, KeyCode::Tab);
    }
    press(&mut s, KeyCode::Char('a'));
    s
}

fn quick_add(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("edit");
    group.sample_size(30);
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(3));
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    for n in [10, 10_000, 100_000] {
        let path = write(dir.path(), n);
        let mut s = session(dir.path(), &path, Runner::inline(&dir.path().join("data")));
        // The app's runner, with its worker threads; it holds no file, so saves are not written
        // (the store benchmark measures writing) and do not compete for the two cores here.
        s.runner = Runner::threaded(&dir.path().join("data"));
        group.bench_function(BenchmarkId::new("quick_add_enter", n), |b| {
            b.iter_custom(|iters| {
                let mut spent = Duration::ZERO;
                for _ in 0..iters {
                    press(&mut s, KeyCode::Char('x'));
                    let start = Instant::now();
                    press(&mut s, KeyCode::Enter);
                    terminal.draw(|f| cvc::tui::views::draw(f, &s.app)).unwrap();
                    spent += start.elapsed();
                    // Back to the same size for the next key (not timed).
                    press(&mut s, KeyCode::Esc);
                    s.update(Intent::Undo);
                    press(&mut s, KeyCode::Char('a'));
                    s.poll();
                }
                spent
            })
        });
    }
    group.finish();
}

/// Counts the bytes this process holds on the heap, so memory is measured exactly, not through
/// the allocator's habit of keeping freed pages.
struct Counting;

static LIVE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

unsafe impl std::alloc::GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), std::sync::atomic::Ordering::Relaxed);
        unsafe { std::alloc::System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        LIVE.fetch_sub(layout.size(), std::sync::atomic::Ordering::Relaxed);
        unsafe { std::alloc::System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The bytes held on the heap now.
fn resident() -> usize {
    LIVE.load(std::sync::atomic::Ordering::Relaxed)
}

/// The heap after opening a 10,000-entry canvas and after 200 edits on it, both counted from
/// the heap before opening; only this thread allocates meanwhile (the runner is inline).
fn memory(_: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), 10_000);
    let base = resident();
    let mut s = session(dir.path(), &path, Runner::inline(&dir.path().join("data")));
    // Signed: a heap below its level before opening shows as negative, not as a silent zero.
    let opened = resident() as f64 - base as f64;
    for i in 0..200 {
        if i % 2 == 0 {
            for ch in format!("idea {i}").chars() {
                press(&mut s, KeyCode::Char(ch));
            }
            press(&mut s, KeyCode::Enter);
        } else {
            press(&mut s, KeyCode::Esc);
            press(&mut s, KeyCode::Up);
            press(&mut s, KeyCode::Char('+'));
            press(&mut s, KeyCode::Char('a'));
        }
    }
    let edited = resident() as f64 - base as f64;
    let steps = match &s.app.screen {
        cvc::tui::app::Screen::Workshop(w) => w.history.depth(),
        _ => 0,
    };
    println!(
        "memory/10000: heap after opening {:.1} MB, after 200 edits ({steps} undo steps) {:.1} MB: {:.2}x (target under 2x)",
        opened / 1e6,
        edited / 1e6,
        edited / opened.max(1.0)
    );
}

// Memory first: the quick-add benchmark leaves worker threads behind that free their copies of a
// 100,000-entry canvas a little later, and those frees, counted while the edits ran, once made
// the heap after the edits read as less than before opening ("0.0 MB … 0.00x").
criterion_group!(benches, memory, quick_add);
criterion_main!(benches);
