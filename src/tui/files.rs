//! What the runner does with files for the screens: open or create a canvas, make one from a
//! template, export the plan, find canvases to compare with (the history's revisions are
//! `revisions.rs`'s).

use std::path::{Path, PathBuf};

use super::effect::Outcome;
use crate::export::{plan_html, plan_markdown};
use crate::i18n::Tr;
use crate::model::{Canvas, Day, Language, new_canvas_id};
use crate::store::{self, Document, ShippedCanvas};

/// Opens a canvas file, or creates a new canvas there when there is no file; remembers it as
/// recent in data folder `data_dir`.
pub(crate) fn open_document(path: &Path, data_dir: &Path, lang: Language) -> Result<Document, String> {
    let doc = if path.exists() {
        Document::open(path).map_err(|e| e.lines_in(Tr::new(lang)).join("\n"))?
    } else {
        let title = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let mut canvas = Canvas::started_from(&Canvas::new(&title), new_canvas_id(), Day::today());
        crate::i18n::new_canvas_in(&mut canvas, lang);
        let said = |e: store::FileError| e.lines_in(Tr::new(lang)).join("\n");
        store::write_new(path, store::to_ron(&canvas).as_bytes()).map_err(said)?;
        Document::open(path).map_err(said)?
    };
    // The recent list is a convenience: failing to update it must not stop the workshop.
    let _ = store::remember(data_dir, path);
    Ok(doc)
}

/// A new canvas file in the data folder from a template.
pub(super) fn create(
    template: ShippedCanvas,
    title: &str,
    today: Day,
    data_dir: &Path,
    lang: Language,
) -> Result<PathBuf, String> {
    let said = |e: store::FileError| e.lines_in(Tr::new(lang)).join("\n");
    let t = template.canvas().map_err(said)?;
    let mut canvas = Canvas::started_from(&t, new_canvas_id(), today);
    crate::i18n::new_canvas_in(&mut canvas, lang);
    canvas.title = title.to_string();
    let path = store::new_canvas_path(data_dir, title).map_err(said)?;
    store::write_new(&path, store::to_ron(&canvas).as_bytes()).map_err(said)?;
    Ok(path)
}

/// Writes the plan beside the canvas (an HTML page for a `.html` path, else Markdown), unless the
/// file exists and `overwrite` is off.
pub(super) fn export(path: &Path, canvas: &Canvas, today: Day, overwrite: bool, tr: Tr) -> Outcome {
    if path.exists() && !overwrite {
        return Outcome::ExportExists(path.to_path_buf());
    }
    let text = if path.extension().is_some_and(|x| x == "html") {
        plan_html(canvas, today, true)
    } else {
        plan_markdown(canvas, today)
    };
    Outcome::Exported(
        store::write_atomic(path, text.as_bytes())
            .map(|()| path.to_path_buf())
            .map_err(|e| e.lines_in(tr).join("\n")),
    )
}

/// The canvases of a file's folder to compare it with: earlier revisions of the same canvas
/// first (newest first), then other revisions of it, then the rest; each with its title, revision
/// and date, in `tr`'s words.
pub(super) fn compare_candidates(file: &Path, id: &str, revision: u32, tr: Tr) -> Vec<(PathBuf, String)> {
    let here = std::fs::canonicalize(file).unwrap_or_else(|_| file.to_path_buf());
    let folder = here.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut found: Vec<(bool, bool, u32, PathBuf, String)> = std::fs::read_dir(&folder)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron") && *p != here)
        .filter_map(|p| {
            let c = store::load(&p).ok()?;
            let same = !c.id.is_empty() && c.id == id;
            let earlier = same && c.revision < revision;
            let date = c.date.map(|d| d.to_string()).unwrap_or_default();
            let args =
                [("title", c.title.as_str().into()), ("revision", c.revision.into()), ("date", date.into())];
            let about = tr.args("compare-pick-about", &args);
            Some((!earlier, !same, u32::MAX - c.revision, p, about))
        })
        .collect();
    found.sort();
    found.into_iter().map(|(_, _, _, p, about)| (p, about)).collect()
}
