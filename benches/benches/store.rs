//! Loading (parse, validate), saving, against ron parsing the same text into the same types.

use std::hint::black_box;
use std::path::Path;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use cvc::model::Canvas;
use cvc::store::{parse_str, to_ron};

#[path = "support/sample.rs"]
mod sample;

fn store(c: &mut Criterion) {
    let mut group = c.benchmark_group("store");
    group.sample_size(20);
    group.warm_up_time(std::time::Duration::from_millis(500));
    group.measurement_time(std::time::Duration::from_secs(2));
    for n in [10, 1_000, 10_000] {
        let text = to_ron(&sample::canvas_of(n));
        group.bench_with_input(BenchmarkId::new("ron_parse_only", n), &text, |b, t| {
            let options =
                ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
            b.iter(|| black_box(options.from_str::<Canvas>(t).unwrap()))
        });
        group.bench_with_input(BenchmarkId::new("load_validate", n), &text, |b, t| {
            b.iter(|| black_box(parse_str(Path::new("bench.ron"), t).unwrap()))
        });
        let canvas = sample::canvas_of(n);
        group.bench_with_input(BenchmarkId::new("serialise", n), &canvas, |b, c| {
            b.iter(|| black_box(to_ron(c)))
        });
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bench.ron");
        let mut doc = cvc::store::Document::create(&path, canvas.clone());
        group.bench_function(BenchmarkId::new("save_atomic", n), |b| {
            b.iter(|| {
                doc.canvas.revision += 1;
                doc.save().unwrap()
            })
        });
    }
    // Saving a large canvas: the write (temporary file, sync, rename; no read-back) against
    // serialising the same canvas to a string, interleaved so both see the same machine.
    group.sample_size(10);
    let n = 100_000;
    let canvas = sample::canvas_of(n);
    group.bench_with_input(BenchmarkId::new("serialise", n), &canvas, |b, c| b.iter(|| black_box(to_ron(c))));
    let dir = tempfile::tempdir().unwrap();
    let mut doc = cvc::store::Document::create(&dir.path().join("bench.ron"), canvas.clone());
    group.bench_function(BenchmarkId::new("save_atomic", n), |b| {
        b.iter(|| {
            doc.canvas.revision += 1;
            doc.save().unwrap()
        })
    });
    group.finish();
}

criterion_group!(benches, store);
criterion_main!(benches);
