//! `cvc list`: the canvases in a folder as a table, or as JSON for scripts.

use std::path::Path;
use std::process::ExitCode;

use super::{Failure, Outcome, out};
use crate::cli::ListFormat;
use crate::model::Canvas;
use crate::safe;
use crate::store::{self, data_dir, file_format, parse_bytes, read_bytes};

fn width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

fn pad(s: &str, w: usize) -> String {
    format!("{s}{}", " ".repeat(w.saturating_sub(width(s))))
}

/// The widest a column of the table grows: a longer cell is cut, ending in `…`, so one long
/// title cannot make every row as long as it.
const MAX_COLUMN: usize = 40;

/// A cell cut to `max` columns, its last one `…` when something was left out.
fn fit(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// The `.ron` files in `dir` and the folders inside it, sorted; a folder that is missing or is a
/// file is a failure.
fn ron_files(dir: &Path, given: bool) -> Result<Option<Vec<std::path::PathBuf>>, Failure> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !given => return Ok(None),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let folder = dir.display().to_string();
            return Err(Failure::usage(out::tr().args("cli-list-no-folder", &[("folder", folder.into())])));
        }
        Err(_) if dir.is_file() => {
            let file = dir.display().to_string();
            return Err(Failure::usage(out::tr().args("cli-list-is-a-file", &[("file", file.into())])));
        }
        Err(e) => {
            let why = store::io_message(&e, store::Doing::List).words(out::tr());
            return Err(Failure::usage(format!("{}: {why}", dir.display())));
        }
    };
    drop(entries);
    // Folders inside are searched too, links followed once each (a link back up ends there); a
    // folder inside that cannot be read is named and passed over.
    let (paths, skipped) = store::canvas_files(&[dir.to_path_buf()]).map_err(Failure::from)?;
    for e in &skipped {
        out::err(&out::tr().args("cli-warning", &[("what", e.lines_in(out::tr())[0].as_str().into())]));
    }
    Ok(Some(paths))
}

/// `cvc list [DIR] [--format text|json]`: the canvases in a folder and the folders inside it,
/// newest first.
pub fn list(dir: Option<&Path>, format: ListFormat) -> Outcome {
    let given = dir.is_some();
    let dir = dir.map_or_else(data_dir, Path::to_path_buf);
    let paths = ron_files(&dir, given)?;
    let mut found = Vec::new();
    let mut broken = Vec::new();
    for path in paths.iter().flatten() {
        let loaded = read_bytes(path).and_then(|bytes| {
            // The listing shows the format the file is written in, not the one it loads as.
            let written = file_format(&bytes);
            parse_bytes(path, &bytes).map(|c| Canvas { format: written.unwrap_or(c.format), ..c })
        });
        match loaded {
            Ok(c) => found.push((path.clone(), c)),
            Err(_) if store::is_own_file(path) => {}
            Err(e) => {
                out::err(&e.lines()[0]);
                broken.push((path.clone(), e));
            }
        }
    }
    found.sort_by_key(|(_, c)| std::cmp::Reverse(c.date));
    if format == ListFormat::Json {
        out::text(&super::json::list(&dir, &found, &broken));
        super::leave(found);
        return Ok(ExitCode::SUCCESS);
    }
    let tr = out::tr();
    let folder = dir.display().to_string();
    if paths.is_none() {
        out::line(&tr.args("cli-list-no-data-folder", &[("folder", folder.into())]));
        return Ok(ExitCode::SUCCESS);
    }
    if found.is_empty() {
        out::line(&tr.args("cli-list-none-in", &[("folder", folder.into())]));
        return Ok(ExitCode::SUCCESS);
    }
    let header =
        ["cli-list-file", "cli-list-title", "cli-list-organisation", "cli-list-date", "cli-list-rev"]
            .map(|k| tr.get(k))
            .into_iter()
            .chain(["S/R/T/A".to_string()])
            .collect();
    let rows = found.iter().map(|(path, c)| row(path.strip_prefix(&dir).unwrap_or(path), c));
    let table: Vec<Vec<String>> = std::iter::once(header).chain(rows).collect();
    let widths: Vec<usize> = (0..6).map(|i| table.iter().map(|r| width(&r[i])).max().unwrap_or(0)).collect();
    for r in &table {
        let cells: Vec<String> = r.iter().zip(&widths).map(|(c, w)| pad(c, *w)).collect();
        out::line(cells.join("  ").trim_end());
    }
    super::leave(found);
    Ok(ExitCode::SUCCESS)
}

/// A table row; each cell is one line with its control characters shown, so the columns line up.
fn row(path: &Path, c: &Canvas) -> Vec<String> {
    let name = path.to_string_lossy().into_owned();
    let counts =
        format!("{}/{}/{}/{}", c.stakeholders.len(), c.relationships.len(), c.tasks.len(), c.actions.len());
    let date = c.date.map(|d| d.to_string()).unwrap_or_else(|| "-".into());
    let cell = |s: &str| fit(&safe::line(s), MAX_COLUMN);
    vec![cell(&name), cell(&c.title), cell(&c.organisation), date, c.revision.to_string(), counts]
}
