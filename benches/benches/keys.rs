//! Two keystrokes whose cost grew with the canvas: a stakeholder moved on the power/interest
//! grid (Shift+Up, until grid and detail pane agree: the derived facts back from the worker and
//! the frame drawn), and the loop review's frame (redrawn every second while it is open), at
//! 1,000, 10,000 and 100,000 entries. The target: 10,000 within 1.2× of 1,000.
//!
//! `cargo bench -p cvc-benches --bench keys -- --quick`

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use cvc::theme::Theme;
use cvc::tui::action::Intent;
use cvc::tui::app::{App, Screen};
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

fn press(app: &mut Session, code: KeyCode, modifiers: KeyModifiers) {
    if let Some(a) = action_for(app.mode(), &KeyEvent::new(code, modifiers), app.styles.tr().lang()) {
        app.update(a);
    }
}

/// A session on a canvas of `n` entries, with the app's worker threads, after `keys`.
fn session(dir: &std::path::Path, n: usize, keys: &[KeyCode]) -> Session {
    let path = dir.join(format!("c{n}.ron"));
    if !path.exists() {
        std::fs::write(&path, cvc::store::to_ron(&sample::canvas_of(n))).unwrap();
    }
    let data = dir.join("data");
    let app = App::empty(Styles::new(Theme::default_dark()), &data, now());
    let mut s = Session::open(app, Runner::inline(&data), &path, false);
    // The app's runner: derived facts of a large canvas on the worker, as in the app. It holds
    // no file, so saves are not written (the store and incremental benchmarks measure those).
    s.runner = Runner::threaded(&data);
    s.update(Intent::Resize(100, 30));
    for k in keys {
        press(&mut s, *k, KeyModifiers::NONE);
    }
    settle(&mut s);
    s
}

/// Waits until the workers have answered, handing their outcomes to the app.
fn settle(s: &mut Session) {
    while s.runner.busy() {
        s.poll();
        std::thread::yield_now();
    }
    s.poll();
}

/// Whether the grid shows the selected stakeholder where the canvas (and the detail pane) has
/// it: the derived facts of the change are back.
fn agree(s: &Session) -> bool {
    let Screen::Workshop(w) = &s.app.screen else { return true };
    let Some(i) = w.selected() else { return true };
    let p = &w.canvas.stakeholders[i];
    let (Some(power), Some(interest)) = (p.power, p.interest) else { return true };
    w.derived.field[usize::from(power) - 1][usize::from(interest) - 1].contains(&i)
}

fn keys(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("keys");
    group.sample_size(20);
    group.warm_up_time(Duration::from_millis(300));
    group.measurement_time(Duration::from_secs(2));
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    for n in [1_000, 10_000, 100_000] {
        let mut s = session(dir.path(), n, &[KeyCode::Tab, KeyCode::Char('v')]);
        let mut up = true;
        group.bench_function(BenchmarkId::new("grid_place", n), |b| {
            b.iter_custom(|iters| {
                let start = Instant::now();
                for _ in 0..iters {
                    // Up and down in turn, so the stakeholder stays near the middle.
                    let key = if up { KeyCode::Up } else { KeyCode::Down };
                    up = !up;
                    press(&mut s, key, KeyModifiers::SHIFT);
                    // The save worker holds no file here and never answers, so only the
                    // derived facts are waited for.
                    while !agree(&s) {
                        s.poll();
                        std::thread::yield_now();
                    }
                    terminal.draw(|f| cvc::tui::views::draw(f, &s.app)).unwrap();
                }
                start.elapsed()
            })
        });
        let s = session(dir.path(), n, &[KeyCode::Char('L'), KeyCode::End, KeyCode::Up]);
        group.bench_function(BenchmarkId::new("loop_review_frame", n), |b| {
            b.iter(|| {
                terminal.draw(|f| cvc::tui::views::draw(f, black_box(&s.app))).unwrap();
            })
        });
    }
    group.finish();
}

criterion_group!(benches, keys);
criterion_main!(benches);
