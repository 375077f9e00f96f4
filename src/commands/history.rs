//! `cvc history`: every revision of one canvas over time.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

use super::{Failure, Outcome, out};
use crate::cli::HistoryFormat;
use crate::diff::history::history as over_time;
use crate::export::{history_json, history_markdown_in, history_text_in};
use crate::model::Canvas;
use crate::store::{canvas_files, load};

/// What to do with two files holding one revision (a sync-conflict copy): said on stderr either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Copies {
    /// Both are shown, side by side (the history: nothing is hidden).
    Shown,
    /// One is used, the later workshop date, else the name that sorts last (a report compares
    /// each revision with the one before, never a revision with itself).
    OneUsed,
}

/// The revisions of one canvas id among `paths` (files, folders searched recursively), in
/// revision order; `id` chooses when the files hold several canvases. Files that do not load and
/// canvases without an id (templates) are named on stderr and passed over.
pub fn revisions(
    paths: &[PathBuf],
    id: Option<&str>,
    copies: Copies,
) -> Result<Vec<(PathBuf, Canvas)>, Failure> {
    let mut by_id: BTreeMap<String, Vec<(PathBuf, Canvas)>> = BTreeMap::new();
    let (files, skipped) = canvas_files(paths)?;
    for e in &skipped {
        out::err(&out::tr().args("cli-warning", &[("what", e.lines_in(out::tr())[0].as_str().into())]));
    }
    for file in files {
        match load(&file) {
            Ok(c) if c.id.is_empty() => {
                let file = file.display().to_string();
                out::err(&out::tr().args("cli-passed-over", &[("file", file.into())]));
            }
            Ok(c) => by_id.entry(c.id.clone()).or_default().push((file, c)),
            Err(e) => out::err(
                &out::tr().args("cli-skipped", &[("what", e.lines_in(out::tr())[0].as_str().into())]),
            ),
        }
    }
    let searched = || paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ");
    let describe = |(id, found): (&String, &Vec<(PathBuf, Canvas)>)| {
        let title = found.last().map(|(_, c)| c.title.as_str()).unwrap_or_default();
        let files: Vec<String> = found.iter().map(|(p, _)| p.display().to_string()).collect();
        format!("{id} \"{title}\" ({})", files.join(", "))
    };
    let mut found = match id {
        Some(id) => by_id.remove(id).ok_or_else(|| {
            let there: Vec<String> = by_id.iter().map(describe).collect();
            let args =
                [("id", quoted(id).into()), ("paths", searched().into()), ("found", there.join("; ").into())];
            let key = if there.is_empty() { "cli-no-such-id" } else { "cli-no-such-id-found" };
            Failure::usage(out::tr().args(key, &args))
        })?,
        None if by_id.len() > 1 => {
            let args = [("paths", searched().into()), ("count", by_id.len().into())];
            let mut lines = vec![out::tr().args("cli-several-canvases", &args)];
            lines.extend(by_id.iter().map(|entry| format!("  {}", describe(entry))));
            return Err(Failure { lines, code: 2 });
        }
        None => by_id.into_values().next().ok_or_else(|| {
            Failure::usage(out::tr().args("cli-no-revisions", &[("paths", searched().into())]))
        })?,
    };
    found.sort_by(|(p, a), (q, b)| (a.revision, a.date, p).cmp(&(b.revision, b.date, q)));
    for pair in found.windows(2).filter(|w| w[0].1.revision == w[1].1.revision) {
        let used = match copies {
            Copies::Shown => "none".to_string(),
            Copies::OneUsed => pair[1].0.display().to_string(),
        };
        let args = [
            ("first", pair[0].0.display().to_string().into()),
            ("second", pair[1].0.display().to_string().into()),
            ("revision", pair[0].1.revision.into()),
            ("used", used.into()),
        ];
        let what = out::tr().args("cli-conflicting-copy", &args);
        out::err(&out::tr().args("cli-warning", &[("what", what.into())]));
    }
    if copies == Copies::OneUsed {
        // Sorted by revision, then date and name: the last of each revision is the one used.
        let mut kept: Vec<(PathBuf, Canvas)> = Vec::with_capacity(found.len());
        for entry in found {
            if kept.last().is_some_and(|(_, c)| c.revision == entry.1.revision) {
                kept.pop();
            }
            kept.push(entry);
        }
        found = kept;
    }
    Ok(found)
}

/// What the user typed, as a message quotes it: at most [`QUOTED`] characters, then `…`.
fn quoted(typed: &str) -> String {
    match typed.char_indices().nth(QUOTED) {
        Some((at, _)) => format!("{}…", &typed[..at]),
        None => typed.to_string(),
    }
}

/// The most characters of typed input a message repeats.
const QUOTED: usize = 80;

/// `cvc history FILE... [--id ID] [--format text|markdown|json|html] [-o OUT] [--force]`.
/// In `--lang`'s language, else the latest revision's (JSON is for scripts: English keys).
pub fn history(
    paths: &[PathBuf],
    id: Option<&str>,
    format: HistoryFormat,
    lang: Option<crate::model::Language>,
    to: super::reports::Output,
) -> Outcome {
    let found = revisions(paths, id, Copies::Shown)?;
    let given: Vec<(String, &Canvas)> = found.iter().map(|(p, c)| (p.display().to_string(), c)).collect();
    let h = over_time(&given);
    let own = given.last().map(|(_, c)| c.language).unwrap_or_default();
    let tr = crate::i18n::Tr::new(crate::i18n::report_language(lang, own));
    let text = match format {
        HistoryFormat::Text => history_text_in(&h, tr),
        HistoryFormat::Markdown => history_markdown_in(&h, tr),
        HistoryFormat::Json => history_json(&h),
        HistoryFormat::Html => crate::export::history_html_in(&h, tr),
    };
    let output = to.path.filter(|path| *path != std::path::Path::new("-"));
    // Never over any of the revisions read.
    if let Some(path) = output
        && let Some((canvas, _)) = found.iter().find(|(p, _)| crate::store::same_file(p, path))
    {
        let args =
            [("file", path.display().to_string().into()), ("canvas", canvas.display().to_string().into())];
        return Err(Failure::usage(out::tr().args("cli-output-is-a-revision-followed", &args)));
    }
    let latest = found.last().map(|(p, _)| p.as_path()).unwrap_or(std::path::Path::new(""));
    super::reports::emit(&text, latest, output, to.force)?;
    if let Some(path) = output {
        out::err(&out::tr().args("cli-wrote", &[("file", path.display().to_string().into())]));
    }
    super::leave(h);
    super::leave(given);
    super::leave(found);
    Ok(ExitCode::SUCCESS)
}
