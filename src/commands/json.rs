//! The JSON that commands print about files (the canvas and diff JSON are in `crate::export`).

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::export::json_text;
use crate::model::Canvas;
use crate::store::FileError;

fn shown(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// One canvas of a listing: where it is, what it is, how many entries each section holds.
fn listed(path: &Path, c: &Canvas) -> Value {
    json!({
        "file": path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
        "path": shown(path),
        "id": c.id,
        "revision": c.revision,
        "title": c.title,
        "organisation": c.organisation,
        "facilitator": c.facilitator,
        "date": c.date.map(|d| d.to_string()),
        "format": c.format,
        "counts": {
            "stakeholders": c.stakeholders.len(),
            "relationships": c.relationships.len(),
            "tasks": c.tasks.len(),
            "actions": c.actions.len(),
        },
    })
}

/// `cvc list --format json`: the folder, its canvases newest first, and the files that did not load.
pub fn list(dir: &Path, found: &[(PathBuf, Canvas)], broken: &[(PathBuf, FileError)]) -> String {
    let broken: Vec<Value> = broken
        .iter()
        .map(|(path, e)| json!({ "path": shown(path), "message": e.lines().join("\n") }))
        .collect();
    let value = json!({
        "folder": shown(dir),
        "canvases": found.iter().map(|(path, c)| listed(path, c)).collect::<Vec<_>>(),
        "broken": broken,
    });
    json_text(&value)
}
