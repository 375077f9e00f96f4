//! Writes the benchmarks' sample canvases as files, and parses canvas files the bare way, so
//! `benches/speed.sh` can time whole `cvc` commands against a plain RON parse of the same file.
//!
//! ```text
//! cvc-sample write N FILE     a canvas of N entries (the benchmarks' sample, with participants)
//! cvc-sample revise OLD NEW   a later revision of OLD: a tenth of its entries changed
//! cvc-sample parse FILE…      reads each file and parses it with ron into a canvas, nothing more
//! cvc-sample history N R DIR  R revisions of a canvas of N entries, each a tenth changed
//! cvc-sample portfolio N DIR  N canvas files of 40 entries in client folders (for `cvc reviews`)
//! cvc-sample people N FILE    the sample's N stakeholders added to the canvas FILE, saved as cvc saves
//! ```
//!
//! `people` is what `cvc import` is measured against: the same entries, built in memory and
//! written by cvc's own save (the old file backed up, then the new one written atomically),
//! without reading any input.

use std::process::ExitCode;

use cvc::model::Canvas;

#[path = "../benches/support/sample.rs"]
mod sample;

/// A canvas of `n` entries that lists its participants, so the owner checks have people to
/// look owners up in (the task and action owners are among them).
fn canvas(n: usize) -> Canvas {
    let mut c = sample::canvas_of(n);
    c.context.participants =
        ["Priya Nair", "Sam Lee", "Ana Souza", "Field service"].map(String::from).to_vec();
    c
}

/// Reads and parses one file the way a bare RON parse does: no format check, no validation.
fn parse(path: &str) -> Result<Canvas, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let options = ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    options.from_str::<Canvas>(&text).map_err(|e| format!("{path}: {e}"))
}

fn number(n: &str) -> Result<usize, String> {
    n.parse().map_err(|_| format!("not a number: {n}"))
}

fn run(args: &[String]) -> Result<(), String> {
    match args {
        [cmd, n, file] if cmd == "write" => {
            std::fs::write(file, cvc::store::to_ron(&canvas(number(n)?))).map_err(|e| format!("{file}: {e}"))
        }
        [cmd, old, new] if cmd == "revise" => {
            let c = parse(old)?;
            std::fs::write(new, cvc::store::to_ron(&sample::revised(&c))).map_err(|e| format!("{new}: {e}"))
        }
        [cmd, n, revisions, dir] if cmd == "history" => {
            let (n, revisions) = (number(n)?, number(revisions)?);
            let mut c = canvas(n);
            for r in 0..revisions {
                let file = format!("{dir}/rev-{r:02}.ron");
                std::fs::write(&file, cvc::store::to_ron(&c)).map_err(|e| format!("{file}: {e}"))?;
                c = sample::revised(&c);
            }
            Ok(())
        }
        [cmd, n, dir] if cmd == "portfolio" => {
            sample::write_portfolio(std::path::Path::new(dir), number(n)?);
            Ok(())
        }
        [cmd, n, file] if cmd == "people" => {
            // Into the canvas FILE already holds, as `cvc import` adds to one: its backup, then it.
            let mut doc = cvc::store::Document::open(std::path::Path::new(file)).map_err(|e| e.to_string())?;
            for i in 0..number(n)? {
                doc.canvas.add_stakeholder(sample::stakeholder(i));
            }
            doc.save().map_err(|e| format!("{file}: {e}"))
        }
        [cmd, files @ ..] if cmd == "parse" && !files.is_empty() => {
            for f in files {
                std::hint::black_box(parse(f)?);
            }
            Ok(())
        }
        _ => Err("usage: cvc-sample write N FILE | revise OLD NEW | parse FILE… | history N R DIR | portfolio N DIR | people N FILE".into()),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cvc-sample: {e}");
            ExitCode::from(2)
        }
    }
}
