//! Writes the benchmarks' sample canvases as files, and parses canvas files the bare way, so
//! `benches/speed.sh` can time whole `cvc` commands against a plain RON parse of the same file.
//!
//! ```text
//! cvc-sample write N FILE     a canvas of N entries (the benchmarks' sample, with participants)
//! cvc-sample revise OLD NEW   a later revision of OLD: a tenth of its entries changed
//! cvc-sample parse FILE…      reads each file and parses it with ron into a canvas, nothing more
//! ```

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

fn run(args: &[String]) -> Result<(), String> {
    match args {
        [cmd, n, file] if cmd == "write" => {
            let n: usize = n.parse().map_err(|_| format!("not a number: {n}"))?;
            std::fs::write(file, cvc::store::to_ron(&canvas(n))).map_err(|e| format!("{file}: {e}"))
        }
        [cmd, old, new] if cmd == "revise" => {
            let c = parse(old)?;
            std::fs::write(new, cvc::store::to_ron(&sample::revised(&c))).map_err(|e| format!("{new}: {e}"))
        }
        [cmd, files @ ..] if cmd == "parse" && !files.is_empty() => {
            for f in files {
                std::hint::black_box(parse(f)?);
            }
            Ok(())
        }
        _ => Err("usage: cvc-sample write N FILE | revise OLD NEW | parse FILE…".into()),
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
