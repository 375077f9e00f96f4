//! `cvc reviews` over 1,000 canvas files (500 canvases, two revisions each, in client folders)
//! against reading and parsing the same files: following up must cost little more than loading.

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, criterion_group, criterion_main};
use cvc::commands::reviews::{portfolio, render};
use cvc::model::{Day, Reading};
use cvc::store::{canvas_files, load, to_ron};

#[path = "support/sample.rs"]
mod sample;

/// How many files the portfolio holds.
const FILES: usize = 1_000;

/// Writes the portfolio: a canvas of 40 entries per file, every action measured twice.
fn write_portfolio(dir: &Path) {
    let mut base = sample::canvas_of(40);
    for i in 0..base.actions.len() {
        let ind = base.actions.get_mut(i).and_then(|a| a.indicator.as_mut()).unwrap();
        for (day, value) in [(1, "40 hours"), (28, "30 hours")] {
            ind.add_reading(Reading {
                date: Day::new(2026, 8, day).unwrap(),
                value: value.into(),
                note: "desk rota".into(),
            });
        }
    }
    for n in 0..FILES {
        let client = dir.join(format!("client-{:02}", n % 20));
        std::fs::create_dir_all(&client).unwrap();
        let mut c = base.clone();
        (c.id, c.revision, c.organisation) =
            (format!("c{:07}", n / 2), 1 + (n % 2) as u32, format!("Client {}", n % 20));
        std::fs::write(client.join(format!("canvas-{n}.ron")), to_ron(&c)).unwrap();
    }
}

fn reviews(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    write_portfolio(dir.path());
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
