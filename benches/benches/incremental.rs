//! What one edit costs behind the screen: a task added to a canvas of 10 … 100,000 entries, then
//! the canvas's file text and its derived facts worked out — the new way (the entries' texts
//! kept from the save before, the facts of untouched sections kept; `RonCache`, `Deriver`)
//! against the old (`to_ron` and `Derived::of` from scratch), interleaved in the same run so
//! both see the same machine. Also the clock's 30-second save (only the agenda's seconds
//! changed) both ways, and a stakeholder moved on the grid (power and interest changed).
//!
//! `cargo bench -p cvc-benches --bench incremental -- --quick` prints the means and the ratios.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use cvc::model::{Canvas, Day, Task};
use cvc::store::{RonCache, to_ron};
use cvc::tui::derived::{Derived, Deriver};

#[path = "support/sample.rs"]
mod sample;

/// An edit made to a canvas, the `u64` telling one edit from the next.
type Edit = fn(&Canvas, u64) -> Canvas;

fn today() -> Day {
    Day::new(2026, 11, 22).unwrap()
}

/// The canvas after one quick add on the Tasks list.
fn added(base: &Canvas, i: u64) -> Canvas {
    let mut c = base.clone();
    c.add_task(Task { title: format!("idea {i}"), ..Default::default() });
    c
}

/// The canvas after the clock's save: the timed block's seconds grew.
fn ticked(base: &Canvas, i: u64) -> Canvas {
    let mut c = base.clone();
    c.agenda[2].spent_secs = 30 * (i % 1000);
    c
}

/// The canvas after a stakeholder moved on the grid.
fn moved(base: &Canvas, i: u64) -> Canvas {
    let mut c = base.clone();
    let s = &mut c.stakeholders[0];
    s.power = Some((i % 5) as u8 + 1);
    s.interest = Some((i % 3) as u8 + 1);
    c
}

fn edits(c: &mut Criterion) {
    let mut group = c.benchmark_group("incremental");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(300));
    group.measurement_time(Duration::from_secs(2));
    for n in [10, 1_000, 10_000, 100_000] {
        let mut base = sample::canvas_of(n);
        base.context.participants = vec!["Priya Nair".into(), "Sam Lee".into()];
        let kinds: [(&str, Edit); 3] = [("add", added), ("clock", ticked), ("move", moved)];
        for (what, edit) in kinds {
            let (mut cache, mut deriver) = (RonCache::new(), Deriver::new());
            // The text's buffer is kept from one save to the next, as the open document keeps it.
            let mut text = String::new();
            cache.write(&base, "", &mut text);
            black_box(deriver.derive(&base, today()));
            let mut i = 0;
            group.bench_function(BenchmarkId::new(format!("{what}_new"), n), |b| {
                b.iter(|| {
                    i += 1;
                    let c = edit(&base, i);
                    cache.write(&c, "", &mut text);
                    black_box((text.len(), deriver.derive(&c, today())))
                })
            });
            group.bench_function(BenchmarkId::new(format!("{what}_old"), n), |b| {
                b.iter(|| {
                    i += 1;
                    let c = edit(&base, i);
                    black_box((to_ron(&c).len(), Derived::of(&c, today())))
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, edits);
criterion_main!(benches);
