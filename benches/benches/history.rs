//! `cvc history` and `cvc report` over 10 revisions of a 10,000-entry canvas against reading and
//! parsing the same files: following a canvas over time must cost little more than loading its
//! revisions.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use cvc::commands::history::revisions;
use cvc::diff::history::history;
use cvc::export::history_text;
use cvc::store::{canvas_files, load, to_ron};

#[path = "support/sample.rs"]
mod sample;

/// How many revisions, and how many entries each.
const REVISIONS: usize = 10;
const ENTRIES: usize = 10_000;

fn over_time(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut canvas = sample::canvas_of(ENTRIES);
    for n in 0..REVISIONS {
        std::fs::write(dir.path().join(format!("rev-{n:02}.ron")), to_ron(&canvas)).unwrap();
        canvas = sample::revised(&canvas);
    }
    let root = vec![dir.path().to_path_buf()];
    let files: Vec<PathBuf> = canvas_files(&root).unwrap().0;
    assert_eq!(files.len(), REVISIONS);
    let mut group = c.benchmark_group("history");
    group.sample_size(10);
    group.warm_up_time(std::time::Duration::from_secs(1));
    group.measurement_time(std::time::Duration::from_secs(10));
    group.bench_function("parse_all_10x10000", |b| {
        b.iter(|| {
            for f in &files {
                black_box(load(f).unwrap());
            }
        })
    });
    group.bench_function("history_10x10000", |b| {
        b.iter(|| {
            let found = revisions(&root, None, cvc::commands::history::Copies::Shown).ok().unwrap();
            let given: Vec<(String, &cvc::model::Canvas)> =
                found.iter().map(|(p, c)| (p.display().to_string(), c)).collect();
            black_box(history_text(&history(&given)))
        })
    });
    group.bench_function("report_10x10000", |b| {
        let day = cvc::model::Day::new(2027, 6, 1).unwrap();
        b.iter(|| {
            let found = revisions(&root, None, cvc::commands::history::Copies::Shown).ok().unwrap();
            let given: Vec<(String, &cvc::model::Canvas)> =
                found.iter().map(|(p, c)| (p.display().to_string(), c)).collect();
            black_box(cvc::export::report_html(&given, day))
        })
    });
    group.finish();
}

criterion_group!(benches, over_time);
criterion_main!(benches);
