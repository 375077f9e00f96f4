//! Commands that write reports: the exported plan and the comparison.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use super::{Failure, Outcome};
use crate::cli::{DiffFormat, ExportFormat};
use crate::diff::compare;
use crate::export::{actions_csv, diff_markdown, diff_text, plan_markdown};
use crate::model::Day;
use crate::store::{load, write_atomic, write_new};

fn emit(text: &str, output: Option<&Path>, force: bool) -> Result<(), Failure> {
    match output {
        None => {
            let mut out = std::io::stdout().lock();
            // A closed pipe (`cvc export … | head`) is not an error worth reporting.
            let _ = out.write_all(text.as_bytes()).and_then(|_| out.flush());
            Ok(())
        }
        Some(path) if force => Ok(write_atomic(path, text.as_bytes())?),
        Some(path) if path.exists() => {
            Err(Failure::usage(format!("{}: already exists; add --force to overwrite it", path.display())))
        }
        Some(path) => Ok(write_new(path, text.as_bytes())?),
    }
}

/// `cvc export FILE [--format markdown|csv] [-o OUT] [--force]`.
pub fn export(file: &Path, format: ExportFormat, output: Option<&Path>, force: bool) -> Outcome {
    let canvas = load(file)?;
    let text = match format {
        ExportFormat::Markdown => plan_markdown(&canvas, Day::today()),
        ExportFormat::Csv => actions_csv(&canvas),
    };
    emit(&text, output, force)?;
    if let Some(path) = output {
        eprintln!("wrote {}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// `cvc diff OLD NEW [--format text|markdown] [--exit-code]`.
pub fn diff(old: &Path, new: &Path, format: DiffFormat, exit_code: bool) -> Outcome {
    let (a, b) = (load(old)?, load(new)?);
    let d = compare(&a, &b);
    let text = match format {
        DiffFormat::Text => diff_text(&d),
        DiffFormat::Markdown => diff_markdown(&d),
    };
    emit(&text, None, false)?;
    Ok(if exit_code && !d.is_empty() { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
