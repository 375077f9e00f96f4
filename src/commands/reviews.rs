//! `cvc reviews`: what is due across every canvas a consultant holds.

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::ExitCode;

use super::{Failure, Outcome, out};
use crate::cli::ReviewsFormat;
use crate::export::reviews::{GapRow, Reviews, clients, rows};
use crate::export::{
    CsvStyle, reviews_calendar, reviews_csv_in, reviews_json, reviews_markdown, reviews_text,
};
use crate::i18n::Tr;
use crate::model::{Day, Language, Portfolio};
use crate::store::{FileError, canvas_files, data_dir};

/// Reads every canvas under `paths` (files as given, folders recursively) into a portfolio that
/// keeps the latest revision of each canvas id; returns it with the files that could not be read.
/// Each file is read once and dropped as soon as a later revision of its canvas is seen.
/// Two files holding one revision of one canvas (a sync-conflict copy) are named on stderr: the
/// one whose name sorts last is used, as before, but not without a word.
pub fn portfolio(paths: &[PathBuf]) -> Result<(Portfolio, Vec<FileError>), FileError> {
    let mut held = Portfolio::new();
    let (files, mut unreadable) = canvas_files(paths)?;
    for e in &unreadable {
        out::err(&out::tr().args("cli-warning", &[("what", e.lines_in(out::tr())[0].as_str().into())]));
    }
    unreadable.clear();
    let mut revisions: HashMap<(String, u32), (PathBuf, Option<Day>)> = HashMap::new();
    crate::store::load_each(&files, |file, read| {
        match read {
            Ok(canvas) => {
                let key = (canvas.id.clone(), canvas.revision);
                if !canvas.id.is_empty()
                    && let Some((earlier, date)) = revisions.insert(key, (file.to_path_buf(), canvas.date))
                {
                    // The portfolio keeps the later workshop date, else the later name.
                    let used = if canvas.date >= date { file } else { &earlier };
                    let args = [
                        ("first", earlier.display().to_string().into()),
                        ("second", file.display().to_string().into()),
                        ("revision", canvas.revision.into()),
                        ("id", canvas.id.as_str().into()),
                        ("used", used.display().to_string().into()),
                    ];
                    let what = out::tr().args("cli-conflicting-copy-of", &args);
                    out::err(&out::tr().args("cli-warning", &[("what", what.into())]));
                }
                held.add(file.to_path_buf(), canvas);
            }
            Err(e) => unreadable.push(e),
        }
    });
    Ok((held, unreadable))
}

/// What `cvc reviews` prints for a portfolio as of `today`: the roll-up per client, the dates on
/// or before `until`, and the gaps, in `format` (text and Markdown in English).
pub fn render(held: &Portfolio, today: Day, until: Option<Day>, format: ReviewsFormat) -> String {
    render_in(held, today, until, format, Tr::default())
}

/// [`render`], the text and Markdown lists in `tr`'s language.
pub fn render_in(held: &Portfolio, today: Day, until: Option<Day>, format: ReviewsFormat, tr: Tr) -> String {
    let revisits = held.revisits(today, until);
    let items = held.follow_ups(today, until);
    let listed = rows(&items, &revisits, today);
    let gaps: Vec<GapRow> = held.gaps(today).iter().map(GapRow::of).collect();
    // The roll-up names each client's next revisit even when `--until` leaves it out of the list.
    let every_revisit = rows(&[], &held.revisits(today, None), today);
    let clients = clients(held.canvases(), &listed, &every_revisit, &gaps);
    let all = Reviews { clients: &clients, rows: &listed, gaps: &gaps, until, as_of: today, tr };
    match format {
        ReviewsFormat::Text => reviews_text(&all),
        ReviewsFormat::Markdown => reviews_markdown(&all),
        ReviewsFormat::Csv => reviews_csv_in(&listed, &gaps, CsvStyle::of(tr.lang())),
        ReviewsFormat::Ics => reviews_calendar(&items, &revisits, tr),
        ReviewsFormat::Json => reviews_json(&all),
    }
}

/// The languages `cvc reviews` may speak: `--lang`'s, and the screens' (the config's, the
/// locale's) for a portfolio whose canvases do not share one.
#[derive(Debug, Clone, Copy)]
pub struct Speaking {
    /// `--lang`, when given.
    pub flag: Option<Language>,
    /// The screens' language.
    pub screens: Language,
}

/// `cvc reviews [PATH...] [--until DATE] [--format text|markdown|csv|ics|json] [--exit-code]`.
pub fn reviews(
    paths: &[PathBuf],
    until: Option<&str>,
    as_of: Option<&str>,
    format: ReviewsFormat,
    exit_code: bool,
    speaking: Speaking,
) -> Outcome {
    // Everything "overdue" is counted from this day: --as-of, else today.
    let today = super::reports::as_of_day(as_of, Day::today())?;
    let until = until
        .map(|u| Day::resolve_in(u, today, out::tr().lang()))
        .transpose()
        .map_err(|e| Failure::usage(out::tr().args("cli-until", &[("why", e.text(out::tr()).into())])))?;
    let paths = if paths.is_empty() {
        let dir = data_dir();
        if !dir.exists() {
            let tr = Tr::new(speaking.flag.unwrap_or(speaking.screens));
            let folder = dir.display().to_string();
            out::line(&tr.args("reviews-no-data-folder", &[("folder", folder.into())]));
            return Ok(ExitCode::SUCCESS);
        }
        vec![dir]
    } else {
        paths.to_vec()
    };
    let (held, unreadable) = portfolio(&paths)?;
    for e in &unreadable {
        out::err(&out::tr().args("cli-skipped", &[("what", e.lines_in(out::tr())[0].as_str().into())]));
    }
    let overdue = held.follow_ups(today, None).iter().any(|f| f.overdue)
        || held.revisits(today, None).iter().any(|r| r.overdue);
    let lang = crate::i18n::portfolio_language(
        speaking.flag,
        held.canvases().iter().map(|(_, c)| c.language),
        speaking.screens,
    );
    let tr = Tr::new(lang);
    let text = render_in(&held, today, until, format, tr);
    out::text(&text);
    if held.canvases().is_empty() && unreadable.is_empty() {
        let searched: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        out::err(&tr.args("reviews-none-found", &[("paths", searched.join(", ").into())]));
    }
    Ok(if exit_code && overdue { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
