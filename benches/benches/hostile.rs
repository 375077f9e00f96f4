//! Hostile sizes (issue 20, point 6): paths that were quadratic on input a client's file or a
//! paste can hold, each now linear. Every group measures the path at 1 KB, 100 KB and 1 MB (or
//! 100 to 30,000 columns) beside a reference that only copies the same bytes, in the same run:
//! linear means the ratio to the reference stays flat as the size grows.
//!
//! - `ics_title`: the calendar of a canvas whose title is that long (escaping and folding at
//!   75 octets; a 1 MB title took 2.2 s before);
//! - `csv_header`: a CSV import whose header has that many columns (30,000 took 12–34 s);
//! - `paste_line`: one line of that length pasted into quick add and drawn (100 KB froze the
//!   screen for 7 s).

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use cvc::import::Source;
use cvc::model::{Canvas, Day, EntryKind};
use cvc::theme::Theme;
use cvc::tui::action::Intent;
use cvc::tui::app::App;
use cvc::tui::keys::action_for;
use cvc::tui::runner::{Runner, Session};
use cvc::tui::style::Styles;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// The reference: the bytes copied one character at a time, the least any path must do.
fn copy(text: &str) -> String {
    text.chars().collect()
}

fn group<'a>(
    c: &'a mut Criterion,
    name: &str,
) -> criterion::BenchmarkGroup<'a, criterion::measurement::WallTime> {
    let mut g = c.benchmark_group(name);
    g.sample_size(10);
    g.warm_up_time(Duration::from_millis(300));
    g.measurement_time(Duration::from_secs(2));
    g
}

fn ics_title(c: &mut Criterion) {
    let mut g = group(c, "ics_title");
    let today = Day::new(2026, 12, 7).unwrap();
    for n in [1_000, 100_000, 1_000_000] {
        // Line feeds, commas and semicolons: every one is escaped, every line folded.
        let title: String = "Plan, phase; one\n".chars().cycle().take(n).collect();
        let canvas = Canvas::new(&title);
        let file = std::path::Path::new("plan.ron");
        g.bench_function(BenchmarkId::new("calendar", n), |b| {
            b.iter(|| {
                cvc::export::canvas_calendar(file, black_box(&canvas), today, cvc::i18n::Tr::default())
            });
        });
        g.bench_function(BenchmarkId::new("reference_copy", n), |b| b.iter(|| copy(black_box(&title))));
    }
    g.finish();
}

fn csv_header(c: &mut Criterion) {
    let mut g = group(c, "csv_header");
    let canvas = Canvas::new("Import");
    for n in [100, 1_000, 30_000] {
        let header: Vec<String> = (0..n).map(|i| format!("column {i}")).collect();
        let text = format!("{}\n{}\n", header.join(","), vec!["x"; n].join(","));
        g.bench_function(BenchmarkId::new("import", n), |b| {
            b.iter(|| {
                cvc::import::import(&canvas, EntryKind::Task, Source::Csv, black_box(text.as_bytes()), false)
            });
        });
        g.bench_function(BenchmarkId::new("reference_copy", n), |b| b.iter(|| copy(black_box(&text))));
    }
    g.finish();
}

fn press(s: &mut Session, code: KeyCode) {
    if let Some(a) = action_for(s.mode(), &KeyEvent::new(code, KeyModifiers::NONE), s.styles.tr().lang()) {
        s.update(a);
    }
}

fn paste_line(c: &mut Criterion) {
    let mut g = group(c, "paste_line");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("paste.ron");
    std::fs::write(&path, cvc::store::to_ron(&Canvas::new("Paste"))).unwrap();
    let now = jiff::civil::date(2026, 12, 7).at(10, 0, 0, 0);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    for n in [1_000, 100_000, 1_000_000] {
        let line: String = "idea ".chars().cycle().take(n).collect();
        let app = App::empty(Styles::new(Theme::default_dark()), &dir.path().join("data"), now);
        let mut s = Session::open(app, Runner::inline(&dir.path().join("data")), &path, false);
        s.update(Intent::Resize(80, 24));
        press(&mut s, KeyCode::Tab);
        g.bench_function(BenchmarkId::new("paste_and_draw", n), |b| {
            b.iter(|| {
                press(&mut s, KeyCode::Char('a'));
                s.update(Intent::Paste(line.clone()));
                terminal.draw(|f| cvc::tui::views::draw(f, &s.app)).unwrap();
                press(&mut s, KeyCode::Esc);
            });
        });
        g.bench_function(BenchmarkId::new("reference_copy", n), |b| b.iter(|| copy(black_box(&line))));
    }
    g.finish();
}

criterion_group!(benches, ics_title, csv_header, paste_line);
criterion_main!(benches);
