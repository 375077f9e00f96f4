//! Drawing each screen at 80×24 and 200×60 for canvases of 10, 1,000 and 10,000 entries,
//! against ratatui drawing a plain full-screen paragraph of the same size.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use cvc::theme::Theme;
use cvc::tui::action::Intent;
use cvc::tui::app::App;
use cvc::tui::compare::Compare;
use cvc::tui::keys::action_for;
use cvc::tui::runner::{Runner, Session};
use cvc::tui::style::Styles;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::widgets::Paragraph;

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

/// The screens measured: a name and the keys that reach it from a fresh workshop.
const SCREENS: &[(&str, &[KeyCode])] = &[
    ("context", &[]),
    ("stakeholders", &[KeyCode::Tab, KeyCode::End]),
    ("relationships", &[KeyCode::Tab, KeyCode::Tab]),
    ("tasks", &[KeyCode::Tab, KeyCode::Tab, KeyCode::Tab]),
    ("actions", &[KeyCode::BackTab, KeyCode::BackTab]),
    ("review", &[KeyCode::BackTab]),
    ("grid", &[KeyCode::Tab, KeyCode::Char('v')]),
    ("map", &[KeyCode::Tab, KeyCode::Tab, KeyCode::Char('v')]),
    ("projector", &[KeyCode::Tab, KeyCode::Char('p')]),
    ("form", &[KeyCode::Tab, KeyCode::Enter]),
];

fn draw(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("draw");
    group.sample_size(30);
    group.warm_up_time(std::time::Duration::from_millis(500));
    group.measurement_time(std::time::Duration::from_secs(2));
    for (w, h) in [(80u16, 24u16), (200, 60)] {
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        let text =
            "The quick brown fox jumps over the lazy dog. ".repeat(usize::from(w) * usize::from(h) / 45 + 1);
        group.bench_function(BenchmarkId::new(format!("paragraph_{w}x{h}"), 0), |b| {
            b.iter(|| {
                terminal
                    .draw(|f| {
                        let p = Paragraph::new(text.as_str()).wrap(ratatui::widgets::Wrap { trim: false });
                        f.render_widget(p, f.area())
                    })
                    .unwrap();
            })
        });
        for n in [10, 1_000, 10_000] {
            let path = dir.path().join(format!("c{n}.ron"));
            let canvas = sample::canvas_of(n);
            std::fs::write(&path, cvc::store::to_ron(&canvas)).unwrap();
            for (name, keys) in SCREENS {
                let data = dir.path().join("data");
                let app = App::empty(Styles::new(Theme::default_dark()), &data, now());
                let mut app = Session::open(app, Runner::inline(&data), &path, false);
                app.update(Intent::Resize(w, h));
                for k in *keys {
                    press(&mut app, *k);
                }
                group.bench_function(BenchmarkId::new(format!("{name}_{w}x{h}"), n), |b| {
                    b.iter(|| {
                        terminal.draw(|f| cvc::tui::views::draw(f, black_box(&app.app))).unwrap();
                    })
                });
            }
            let today = cvc::model::Day::from_civil(now().date());
            let cmp = Compare::new(canvas.clone(), &path, sample::revised(&canvas), &path, today);
            let app = App::comparing(Styles::new(Theme::default_dark()), cmp, now());
            let mut app = Session { app, runner: Runner::inline(dir.path()) };
            app.update(Intent::Resize(w, h));
            press(&mut app, KeyCode::End);
            group.bench_function(BenchmarkId::new(format!("compare_{w}x{h}"), n), |b| {
                b.iter(|| {
                    terminal.draw(|f| cvc::tui::views::draw(f, black_box(&app.app))).unwrap();
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, draw);
criterion_main!(benches);
