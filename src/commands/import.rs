//! `cvc import FILE --section S [--from text|csv|kumu] [--create-missing] INPUT`: adds entries read
//! by `crate::import` to a canvas, saved atomically as every save is; any problem leaves the
//! canvas exactly as it was.

use std::io::Read;
use std::path::Path;
use std::process::ExitCode;

use super::{Failure, Outcome, out};
use crate::cli::{ImportArgs, ImportFrom};
use crate::i18n::Tr;
use crate::import::{Problem, Source, import_in as read_entries};
use crate::model::EntryKind;
use crate::safe;
use crate::store::{self, Document, MAX_BYTES};

/// How many problems a failed import lists before it says how many more there are.
const SHOWN: usize = 20;

/// What INPUT is when `--from` does not say: CSV for a `.csv` or `.tsv` file, else a list.
fn source(args: &ImportArgs) -> Source {
    match args.from {
        Some(ImportFrom::Text) => Source::Text,
        Some(ImportFrom::Csv) => Source::Csv,
        Some(ImportFrom::Kumu) => Source::Kumu,
        None => {
            let ext = args.input.extension().and_then(|e| e.to_str()).map(str::to_lowercase);
            if matches!(ext.as_deref(), Some("csv" | "tsv")) { Source::Csv } else { Source::Text }
        }
    }
}

/// The input's bytes and the name its problems are reported under (`stdin` for `-`).
fn input(path: &Path, tr: Tr) -> Result<(Vec<u8>, String), Failure> {
    if path != Path::new("-") {
        return Ok((store::read_regular(path)?, path.display().to_string()));
    }
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Failure::usage(tr.args("import-stdin-unreadable", &[("why", e.to_string().into())])))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(Failure::usage(tr.get("import-stdin-too-large")));
    }
    Ok((bytes, "stdin".into()))
}

/// The failure of an import: a sentence, then each problem as `input:line:col: message`.
fn refused(file: &Path, name: &str, problems: &[Problem], tr: Tr) -> Failure {
    let n = problems.len();
    let args = [("file", file.display().to_string().into()), ("count", n.into()), ("input", name.into())];
    let mut lines = vec![tr.args("import-refused", &args)];
    let name = safe::line(name);
    for p in problems.iter().take(SHOWN) {
        lines.push(format!("{name}:{}:{}: {}", p.line, p.col, safe::message(&p.message)));
    }
    if n > SHOWN {
        lines.push(tr.args("import-more", &[("count", (n - SHOWN).into())]));
    }
    Failure { lines, code: 2 }
}

/// `cvc import`: reads INPUT, adds its entries to FILE with new ids, or changes nothing; says so
/// in `tr`'s language (the screens': `--lang`, the config, the locale).
pub fn import(args: &ImportArgs, tr: Tr) -> Outcome {
    let kind = args.section.kind();
    let source = source(args);
    if source == Source::Kumu && !matches!(kind, EntryKind::Stakeholder | EntryKind::Relationship) {
        return Err(Failure::usage(tr.get("import-kumu-section")));
    }
    if store::same_file(&args.file, &args.input) {
        let input = args.input.display().to_string();
        return Err(Failure::usage(tr.args("import-is-the-canvas", &[("input", input.into())])));
    }
    let mut doc = Document::open(&args.file)?;
    if doc.read_only() {
        let msg = tr.args("import-read-only", &[("file", args.file.display().to_string().into())]);
        return Err(Failure::usage(msg));
    }
    let (bytes, name) = input(&args.input, tr)?;
    let done = read_entries(&doc.canvas, kind, source, &bytes, args.create_missing, tr)
        .map_err(|problems| refused(&args.file, &name, &problems, tr))?;
    let file = args.file.display().to_string();
    if done.added.is_empty() {
        out::err(
            &tr.args("import-nothing", &[("input", name.as_str().into()), ("file", file.as_str().into())]),
        );
        return Ok(ExitCode::SUCCESS);
    }
    doc.canvas = done.canvas;
    doc.save().map_err(|e| Failure::usage(tr.args("import-not-saved", &[("why", e.to_string().into())])))?;
    let (first, last) = (&done.added[0], &done.added[done.added.len() - 1]);
    let ids = if first == last { first.clone() } else { format!("{first}–{last}") };
    let args = [
        ("count", done.added.len().into()),
        ("kind", kind.noun().into()),
        ("file", file.as_str().into()),
        ("ids", ids.into()),
    ];
    out::line(&tr.args("import-added", &args));
    if !done.created.is_empty() {
        let named = done.created.iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>().join(", ");
        let args =
            [("count", done.created.len().into()), ("input", name.as_str().into()), ("names", named.into())];
        out::line(&tr.args("import-created", &args));
    }
    if !done.ignored.is_empty() {
        out::err(&tr.args("import-ignored", &[("columns", done.ignored.join(", ").into())]));
    }
    Ok(ExitCode::SUCCESS)
}
