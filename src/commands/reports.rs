//! Commands that write reports: the exported plan and the comparison.

use std::path::Path;
use std::process::ExitCode;

use super::{Failure, Outcome, out};
use crate::cli::{CsvDialectArg, DiffFormat, ExportFormat, Section};
use crate::diff::{Diff, compare};
use crate::export::page::Sink;
use crate::export::{
    CsvDialect, CsvStyle, canvas_calendar, canvas_json, canvas_json_to, diff_json, diff_markdown_in,
    diff_text_in, kumu, plan_html_into, plan_markdown_into, section_csv_in,
};
use crate::i18n::Tr;
use crate::model::{Day, Language};
use crate::safe;
use crate::store::{self, load, write_atomic, write_new};

/// Writes a report to OUT (never over the canvas `input` itself, nor over anything but a regular
/// file) or to standard output, with its control characters shown.
pub fn emit(text: &str, input: &Path, output: Option<&Path>, force: bool) -> Result<(), Failure> {
    let Some(path) = output else {
        out::text(text);
        return Ok(());
    };
    if store::same_file(input, path) {
        let file = path.display().to_string();
        return Err(Failure::usage(out::tr().args("cli-output-is-the-canvas", &[("file", file.into())])));
    }
    let bytes = out::file_text(text);
    if !store::regular_or_new(path)? {
        return Ok(write_new(path, bytes.as_bytes())?);
    }
    if !force {
        let file = path.display().to_string();
        return Err(Failure::usage(out::tr().args("cli-exists-use-force", &[("file", file.into())])));
    }
    Ok(write_atomic(path, bytes.as_bytes())?)
}

/// Which sheet a CSV export writes: the section (actions when not given), in Kumu's layout or cvc's.
#[derive(Debug, Clone, Copy)]
pub struct Sheet {
    /// The section asked for.
    pub section: Option<Section>,
    /// Kumu's layout instead of cvc's.
    pub kumu: bool,
    /// The language of cvc's layout (default: the canvas's).
    pub lang: Option<Language>,
    /// How its cells are separated (default: as a spreadsheet in its language expects).
    pub dialect: Option<CsvDialectArg>,
}

/// The CSV text a sheet asks for, or why there is none; a Kumu sheet warns of names it would merge.
fn csv(canvas: &crate::model::Canvas, sheet: Sheet) -> Result<String, Failure> {
    let section = sheet.section.unwrap_or(Section::Actions);
    if !sheet.kumu {
        let mut style = CsvStyle::of(sheet.lang.unwrap_or(canvas.language));
        style.dialect = match sheet.dialect {
            Some(CsvDialectArg::Rfc) => CsvDialect::Rfc4180,
            Some(CsvDialectArg::ExcelFr) => CsvDialect::ExcelFr,
            None => style.dialect,
        };
        return Ok(section_csv_in(canvas, section.kind(), style));
    }
    if sheet.lang.is_some() || sheet.dialect.is_some() {
        return Err(Failure::usage(out::tr().get("cli-kumu-layout")));
    }
    let text = match section {
        Section::Stakeholders => kumu::elements_csv(canvas),
        Section::Relationships => kumu::connections_csv(canvas),
        _ => {
            return Err(Failure::usage(out::tr().get("cli-kumu-section")));
        }
    };
    for name in kumu::shared_names(canvas) {
        out::err(&format!(
            "warning: more than one stakeholder is named \"{name}\": Kumu will draw them as one element"
        ));
    }
    Ok(text)
}

/// Where an export goes: a file (`None` or `-` is standard output), overwritten only when forced.
pub struct Output<'a> {
    /// The file to write.
    pub path: Option<&'a Path>,
    /// Whether an existing file may be overwritten.
    pub force: bool,
}

/// The day a report counts from: `--as-of` (a date, `today`, a weekday, `+2w`), else `default`.
pub fn as_of_day(given: Option<&str>, default: Day) -> Result<Day, Failure> {
    given
        .map(|text| Day::resolve_in(text, Day::today(), out::tr().lang()))
        .transpose()
        .map_err(|e| Failure::usage(out::tr().args("cli-as-of", &[("why", e.text(out::tr()).into())])))
        .map(|d| d.unwrap_or(default))
}

/// `cvc export FILE [--format markdown|html|csv|ics|json] [--section S] [--kumu] [--no-diagrams]
/// [-o OUT] [--force] [--as-of DATE]`; `diagrams` off leaves the plan's pictures out; the plan
/// counts "overdue" and "next" from `--as-of`, else the canvas's date, else today.
pub fn export(
    file: &Path,
    format: ExportFormat,
    sheet: Sheet,
    diagrams: bool,
    to: Output,
    as_of: Option<&str>,
) -> Outcome {
    if format != ExportFormat::Csv && (sheet.section.is_some() || sheet.kumu) {
        let option = if sheet.kumu { "--kumu" } else { "--section" };
        return Err(Failure::usage(out::tr().args("cli-csv-only", &[("option", option.into())])));
    }
    if format != ExportFormat::Csv && sheet.dialect.is_some() {
        return Err(Failure::usage(out::tr().get("cli-csv-dialect-only")));
    }
    let plan = matches!(format, ExportFormat::Markdown | ExportFormat::Html);
    if !diagrams && !plan {
        return Err(Failure::usage(out::tr().get("cli-no-diagrams-only")));
    }
    // `-o -` is standard output, as `-` is standard input for `cvc import`.
    let output = to.path.filter(|path| *path != Path::new("-"));
    let canvas = load(file)?;
    let day = as_of_day(as_of, canvas.date.unwrap_or_else(Day::today))?;
    let lang = crate::i18n::report_language(sheet.lang, canvas.language);
    if format == ExportFormat::Json && output.is_none() {
        // Tens of megabytes for a large canvas: written as they are made, never held whole.
        out::stream(|sink| canvas_json_to(&canvas, day, sink));
        super::leave(canvas);
        return Ok(ExitCode::SUCCESS);
    }
    let text = match format {
        // A canvas's plan speaks its own language unless --lang says otherwise (DESIGN.md §13);
        // to standard output it is written as it is worked out, never held whole (a large plan
        // holds only the part a second core wrote ahead).
        ExportFormat::Markdown | ExportFormat::Html => {
            let mut put = |piece: &str| out::text(piece);
            let sink = if output.is_none() { Sink::streaming(&mut put) } else { Sink::keep() };
            if format == ExportFormat::Markdown {
                plan_markdown_into(&canvas, day, diagrams, lang, sink)
            } else {
                plan_html_into(&canvas, day, diagrams, lang, sink)
            }
        }
        ExportFormat::Csv => csv(&canvas, sheet)?,
        // JSON is for scripts: its keys and values are the format's in every language (it holds
        // no sentence), so --lang is accepted and changes nothing.
        ExportFormat::Json => canvas_json(&canvas, day),
        ExportFormat::Ics => canvas_calendar(file, &canvas, day, Tr::new(lang)),
    };
    if !(plan && output.is_none()) {
        emit(&text, file, output, to.force)?;
    }
    if let Some(path) = output {
        out::err(&out::tr().args("cli-wrote", &[("file", path.display().to_string().into())]));
    }
    super::leave(canvas);
    Ok(ExitCode::SUCCESS)
}

/// The report of a comparison in the format asked for.
/// Written in `--lang`'s language, else the newer canvas's (JSON is for scripts: English keys).
fn report(d: &Diff, format: DiffFormat, lang: Option<Language>, newer: Language) -> String {
    let tr = Tr::new(crate::i18n::report_language(lang, newer));
    match format {
        DiffFormat::Text => diff_text_in(d, tr),
        DiffFormat::Markdown => diff_markdown_in(d, tr),
        DiffFormat::Json => diff_json(d),
        DiffFormat::Html => crate::export::diff_html_in(d, tr),
    }
}

/// `cvc diff OLD NEW [--format text|markdown|json] [--exit-code]`.
pub fn diff(old: &Path, new: &Path, format: DiffFormat, exit_code: bool, lang: Option<Language>) -> Outcome {
    let (a, b) = (load(old)?, load(new)?);
    let d = compare(&a, &b);
    out::text(&report(&d, format, lang, b.language));
    let code = if exit_code && !d.is_empty() { ExitCode::from(1) } else { ExitCode::SUCCESS };
    super::leave((d, a, b));
    Ok(code)
}

/// A side of a git diff: `/dev/null` (added or deleted file) is an empty canvas.
fn git_side(path: &Path) -> Result<crate::model::Canvas, crate::store::FileError> {
    if path == Path::new("/dev/null") { Ok(crate::model::Canvas::new("")) } else { load(path) }
}

/// `cvc diff` as git's external diff driver: a header naming the path, then the report.
///
/// A file that does not load is reported in the output rather than as a failure, so that
/// `git diff` goes on with the other files.
pub fn git_diff(path: &Path, old: &Path, new: &Path, format: DiffFormat, lang: Option<Language>) -> Outcome {
    let shown = path.display().to_string();
    let mut text = format!("cvc diff a/{0} b/{0}\n", safe::line(&shown));
    match (git_side(old), git_side(new)) {
        (Ok(a), Ok(b)) => {
            text.push_str(&report(&compare(&a, &b), format, lang, b.language));
        }
        (a, b) => {
            for e in [a.err(), b.err()].into_iter().flatten() {
                let why = e.lines_in(out::tr()).join("; ");
                text.push_str(&out::tr().args("cli-cannot-compare", &[("why", why.into())]));
                text.push('\n');
            }
        }
    }
    out::text(&text);
    Ok(ExitCode::SUCCESS)
}
