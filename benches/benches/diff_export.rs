//! Comparing two revisions and exporting the plan, from 10 to 10,000 entries.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use cvc::diff::compare;
use cvc::export::{actions_csv, diff_markdown, diff_text, plan_html, plan_markdown};
use cvc::model::Day;

#[path = "support/sample.rs"]
mod sample;

fn diff_export(c: &mut Criterion) {
    let mut group = c.benchmark_group("diff_export");
    group.sample_size(20);
    group.warm_up_time(std::time::Duration::from_millis(500));
    group.measurement_time(std::time::Duration::from_secs(2));
    let today = Day::new(2026, 11, 22).unwrap();
    for n in [10, 1_000, 10_000] {
        let old = sample::canvas_of(n);
        let new = sample::revised(&old);
        group.bench_with_input(BenchmarkId::new("compare", n), &(&old, &new), |b, (o, n)| {
            b.iter(|| black_box(compare(o, n)))
        });
        let d = compare(&old, &new);
        group.bench_with_input(BenchmarkId::new("diff_text", n), &d, |b, d| {
            b.iter(|| black_box(diff_text(d)))
        });
        group.bench_with_input(BenchmarkId::new("diff_markdown", n), &d, |b, d| {
            b.iter(|| black_box(diff_markdown(d)))
        });
        // The reference: reading the canvas the export is made from (RON text to a checked canvas).
        let text = cvc::store::to_ron(&new);
        group.bench_with_input(BenchmarkId::new("parse", n), &text, |b, t| {
            b.iter(|| black_box(cvc::store::parse_str(std::path::Path::new("bench.ron"), t).unwrap()))
        });
        group.bench_with_input(BenchmarkId::new("export_markdown", n), &new, |b, c| {
            b.iter(|| black_box(plan_markdown(c, today)))
        });
        group.bench_with_input(BenchmarkId::new("export_html", n), &new, |b, c| {
            b.iter(|| black_box(plan_html(c, today, true)))
        });
        group.bench_with_input(BenchmarkId::new("export_csv", n), &new, |b, c| {
            b.iter(|| black_box(actions_csv(c)))
        });
    }
    group.finish();
}

criterion_group!(benches, diff_export);
criterion_main!(benches);
