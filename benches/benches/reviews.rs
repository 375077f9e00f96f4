//! `cvc reviews` over 1,000 canvas files (500 canvases, two revisions each, in client folders)
//! against reading and parsing the same files: following up must cost little more than loading.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use cvc::commands::reviews::{portfolio, render};
use cvc::model::Day;
use cvc::store::{canvas_files, load};

#[path = "support/sample.rs"]
mod sample;

/// How many files the portfolio holds.
const FILES: usize = 1_000;

fn reviews(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    sample::write_portfolio(dir.path(), FILES);
    let root = vec![dir.path().to_path_buf()];
    let files: Vec<PathBuf> = canvas_files(&root).unwrap().0;
    assert_eq!(files.len(), FILES);
    let today = Day::new(2026, 11, 25).unwrap();
    let mut group = c.benchmark_group("reviews");
    group.sample_size(10);
    group.warm_up_time(std::time::Duration::from_secs(1));
    group.measurement_time(std::time::Duration::from_secs(8));
    group.bench_function("parse_all_1000", |b| {
        b.iter(|| {
            for f in &files {
                black_box(load(f).unwrap());
            }
        })
    });
    group.bench_function("reviews_1000", |b| {
        b.iter(|| {
            let (held, unreadable) = portfolio(&root).unwrap();
            assert!(unreadable.is_empty());
            black_box(render(&held, today, None, cvc::cli::ReviewsFormat::Text))
        })
    });
    group.finish();
}

criterion_group!(benches, reviews);
criterion_main!(benches);
