//! Commands that make, check and list canvas files.

use std::path::Path;
use std::process::ExitCode;

use super::{Failure, Outcome, out};
use crate::model::{Canvas, Day, Language, new_canvas_id};
use crate::store::{self, ShippedCanvas, load, to_ron, write_new};
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
    let args = [("name", name.into()), ("names", names.join(", ").into())];
    Err(Failure::usage(out::tr().args("cli-no-such-template", &args)))
}

/// `cvc new FILE [--template NAME] [--title T]`.
pub fn new(file: &Path, template_name: Option<&str>, title: Option<&str>, language: Language) -> Outcome {
    let name = template_name.unwrap_or("blank");
    let mut canvas = Canvas::started_from(&template(name)?, new_canvas_id(), Day::today());
    crate::i18n::new_canvas_in(&mut canvas, language);
    if let Some(t) = title {
        canvas.title = t.to_string();
    } else if canvas.title.is_empty() {
        canvas.title = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    }
    write_new(file, to_ron(&canvas).as_bytes())?;
    let minutes = crate::model::planned_minutes(&canvas.agenda);
    let args = [
        ("file", file.display().to_string().into()),
        ("template", name.into()),
        ("title", canvas.title.as_str().into()),
        ("minutes", minutes.into()),
    ];
    out::line(&out::tr().args("cli-created", &args));
    Ok(ExitCode::SUCCESS)
}

/// `cvc revisit OLD NEW`: same canvas id, revision + 1, entries carried over, timers reset, today's date.
pub fn revisit(old: &Path, new: &Path) -> Outcome {
    let path = store::revisit_file(old, Some(new), Day::today())?;
    let canvas = load(&path)?;
    let args = [
        ("file", path.display().to_string().into()),
        ("revision", canvas.revision.into()),
        ("title", canvas.title.as_str().into()),
        ("count", canvas.actions.len().into()),
    ];
    out::line(&out::tr().args("cli-revisited", &args));
    Ok(ExitCode::SUCCESS)
}

/// `cvc validate FILE...`: one line per problem, exit 1 if any.
pub fn validate(files: &[std::path::PathBuf]) -> Outcome {
    let mut bad = false;
    for (i, file) in files.iter().enumerate() {
        match load(file) {
            // Each canvas is freed before the next is read: `cvc validate *.ron` holds one at a
            // time; the last is left to the process's exit, which reclaims it at once.
            Ok(canvas) => {
                out::line(&out::tr().args("validate-ok", &[("file", file.display().to_string().into())]));
                if i + 1 == files.len() {
                    super::leave(canvas);
                }
            }
            Err(e) => {
                bad = true;
                for line in e.lines_in(out::tr()) {
                    out::line(&line);
                }
            }
        }
    }
    Ok(if bad { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// `cvc themes`: every theme and where it comes from.
pub fn themes() -> Outcome {
    for (name, source) in available() {
        match source {
            ThemeSource::BuiltIn => {
                out::line(&out::tr().args("themes-built-in", &[("name", name.as_str().into())]));
            }
            ThemeSource::File(path) => {
                let (_, warning) = crate::theme::Theme::load(&name);
                match warning {
                    None => out::line(&format!("{name}  {}", path.display())),
                    Some(w) => {
                        let args = [
                            ("name", name.as_str().into()),
                            ("path", path.display().to_string().into()),
                            ("why", w.text(out::tr()).into()),
                        ];
                        out::line(&out::tr().args("themes-broken", &args));
                    }
                }
            }
        }
    }
    if let Some(dir) = crate::theme::user_theme_dir() {
        out::line("");
        out::line(&out::tr().args("themes-folder", &[("folder", dir.display().to_string().into())]));
    }
    Ok(ExitCode::SUCCESS)
}
