//! `cvc report`: the follow-up report for one client over its revisions.

use std::path::PathBuf;
use std::process::ExitCode;

use super::reports::{Output, as_of_day, emit};
use super::{Outcome, out};
use crate::cli::ReportFormat;
use crate::export::{report_html_in, report_markdown_in};
use crate::i18n::{Tr, report_language};
use crate::model::{Canvas, Day, Language};

/// `cvc report FILE... [--id ID] [--format html|markdown] [--as-of DATE] [-o OUT] [--force]`:
/// counted from `--as-of`, else today; in `--lang`'s language, else the latest revision's.
pub fn report(
    paths: &[PathBuf],
    id: Option<&str>,
    format: ReportFormat,
    as_of: Option<&str>,
    to: Output,
    lang: Option<Language>,
) -> Outcome {
    let day = as_of_day(as_of, Day::today())?;
    let found = super::history::revisions(paths, id, super::history::Copies::OneUsed)?;
    let given: Vec<(String, &Canvas)> = found.iter().map(|(p, c)| (p.display().to_string(), c)).collect();
    let own = given.last().map(|(_, c)| c.language).unwrap_or_default();
    let tr = Tr::new(report_language(lang, own));
    let text = match format {
        ReportFormat::Markdown => report_markdown_in(&given, day, tr),
        ReportFormat::Html => report_html_in(&given, day, tr),
    };
    let output = to.path.filter(|path| *path != std::path::Path::new("-"));
    // Never over any of the revisions read.
    if let Some(path) = output
        && let Some((canvas, _)) = found.iter().find(|(p, _)| crate::store::same_file(p, path))
    {
        let args =
            [("file", path.display().to_string().into()), ("canvas", canvas.display().to_string().into())];
        return Err(super::Failure::usage(super::out::tr().args("cli-output-is-a-revision-reported", &args)));
    }
    let latest = found.last().map(|(p, _)| p.as_path()).unwrap_or(std::path::Path::new(""));
    emit(&text, latest, output, to.force)?;
    if let Some(path) = output {
        out::err(&out::tr().args("cli-wrote", &[("file", path.display().to_string().into())]));
    }
    super::leave(given);
    super::leave(found);
    Ok(ExitCode::SUCCESS)
}
