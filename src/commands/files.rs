//! Commands that make, check and list canvas files.

use std::path::Path;
use std::process::ExitCode;

use super::{Failure, Outcome};
use crate::model::{Canvas, Day, new_canvas_id};
use crate::store::{self, ShippedCanvas, data_dir, load, to_ron, write_new};
use crate::theme::{ThemeSource, available};

fn template(name: &str) -> Result<Canvas, Failure> {
    if let Some(shipped) = ShippedCanvas::find(name) {
        return Ok(shipped.canvas()?);
    }
    let path = Path::new(name);
    if path.exists() {
        return Ok(load(path)?);
    }
    let names: Vec<_> = store::SHIPPED.iter().map(|s| s.name).collect();
    Err(Failure::usage(format!(
        "no template named \"{name}\": use one of {} or a canvas file",
        names.join(", ")
    )))
}

/// `cvc new FILE [--template NAME] [--title T]`.
pub fn new(file: &Path, template_name: Option<&str>, title: Option<&str>) -> Outcome {
    let name = template_name.unwrap_or("blank");
    let mut canvas = Canvas::started_from(&template(name)?, new_canvas_id(), Day::today());
    if let Some(t) = title {
        canvas.title = t.to_string();
    } else if canvas.title.is_empty() {
        canvas.title = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    }
    write_new(file, to_ron(&canvas).as_bytes())?;
    let minutes = crate::model::planned_minutes(&canvas.agenda);
    println!(
        "created {} from template {name}: \"{}\", {minutes}-minute agenda",
        file.display(),
        canvas.title
    );
    Ok(ExitCode::SUCCESS)
}

/// `cvc revisit OLD NEW`: same canvas id, revision + 1, entries carried over, timers reset, today's date.
pub fn revisit(old: &Path, new: &Path) -> Outcome {
    let path = store::revisit_file(old, Some(new), Day::today())?;
    let canvas = load(&path)?;
    println!(
        "created {}: revision {} of \"{}\", with {} actions to review",
        path.display(),
        canvas.revision,
        canvas.title,
        canvas.actions.len()
    );
    Ok(ExitCode::SUCCESS)
}

/// `cvc validate FILE...`: one line per problem, exit 1 if any.
pub fn validate(files: &[std::path::PathBuf]) -> Outcome {
    let mut bad = false;
    for file in files {
        match load(file) {
            Ok(_) => println!("{}: ok", file.display()),
            Err(e) => {
                bad = true;
                for line in e.lines() {
                    println!("{line}");
                }
            }
        }
    }
    Ok(if bad { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

fn pad(s: &str, w: usize) -> String {
    format!("{s}{}", " ".repeat(w.saturating_sub(width(s))))
}

/// `cvc list [DIR]`: the canvases in a folder, newest first.
pub fn list(dir: Option<&Path>) -> Outcome {
    let dir = dir.map_or_else(data_dir, Path::to_path_buf);
    let entries = match std::fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            println!("no canvases yet in {}", dir.display());
            return Ok(ExitCode::SUCCESS);
        }
        Err(e) => {
            return Err(Failure::usage(format!("{}: {}", dir.display(), store::io_message(&e, "list it"))));
        }
    };
    let mut paths: Vec<_> =
        entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "ron")).collect();
    paths.sort();
    let mut rows = Vec::new();
    for path in paths {
        match load(&path) {
            Ok(c) => rows.push((c.date, row(&path, &c))),
            Err(e) => eprintln!("{}", e.lines()[0]),
        }
    }
    if rows.is_empty() {
        println!("no canvases in {}", dir.display());
        return Ok(ExitCode::SUCCESS);
    }
    rows.sort_by_key(|r| std::cmp::Reverse(r.0));
    let header = ["FILE", "TITLE", "ORGANISATION", "DATE", "REV", "S/R/T/A"].map(String::from).to_vec();
    let table: Vec<Vec<String>> = std::iter::once(header).chain(rows.into_iter().map(|(_, r)| r)).collect();
    let widths: Vec<usize> = (0..6).map(|i| table.iter().map(|r| width(&r[i])).max().unwrap_or(0)).collect();
    for r in &table {
        let cells: Vec<String> = r.iter().zip(&widths).map(|(c, w)| pad(c, *w)).collect();
        println!("{}", cells.join("  ").trim_end());
    }
    Ok(ExitCode::SUCCESS)
}

fn row(path: &Path, c: &Canvas) -> Vec<String> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let counts =
        format!("{}/{}/{}/{}", c.stakeholders.len(), c.relationships.len(), c.tasks.len(), c.actions.len());
    let date = c.date.map(|d| d.to_string()).unwrap_or_else(|| "-".into());
    vec![name, c.title.clone(), c.organisation.clone(), date, c.revision.to_string(), counts]
}

/// `cvc themes`: every theme and where it comes from.
pub fn themes() -> Outcome {
    for (name, source) in available() {
        match source {
            ThemeSource::BuiltIn => println!("{name}  (built in)"),
            ThemeSource::File(path) => {
                let (_, warning) = crate::theme::Theme::load(&name);
                match warning {
                    None => println!("{name}  {}", path.display()),
                    Some(w) => println!("{name}  {}  (broken: {w})", path.display()),
                }
            }
        }
    }
    if let Some(dir) = crate::theme::user_theme_dir() {
        println!("\nyour themes go in {}", dir.display());
    }
    Ok(ExitCode::SUCCESS)
}
