//! The headless commands of DESIGN.md §6, each returning the exit code or an error for stderr.
#![deny(clippy::print_stdout, clippy::print_stderr)]

mod completions;
mod files;
pub mod help;
pub mod history;
mod import;
mod json;
mod list;
mod man;
pub mod out;
mod report;
mod reports;
pub mod reviews;
pub mod usage;

use std::process::ExitCode;

use crate::cli::{Cli, Command};
use crate::store::FileError;

/// A command that could not do its work: the lines for stderr and the exit code.
#[derive(Debug)]
pub struct Failure {
    /// What to print, first line a clear sentence.
    pub lines: Vec<String>,
    /// The exit code: 2 for bad usage or unreadable input.
    pub code: u8,
}

impl Failure {
    /// Bad usage or unreadable input (exit 2) with one sentence.
    pub fn usage(message: impl Into<String>) -> Failure {
        Failure { lines: vec![message.into()], code: 2 }
    }
}

impl From<FileError> for Failure {
    fn from(e: FileError) -> Failure {
        Failure { lines: e.lines_in(out::tr()), code: 2 }
    }
}

/// What a command printed and how it ended.
pub type Outcome = Result<ExitCode, Failure>;

/// Leaves a value the command no longer needs for the process's exit to reclaim: a command ends
/// right after its output, and freeing a canvas of 100,000 entries (or the page written from
/// it) piece by piece cost up to a tenth of the whole command.
fn leave<T>(value: T) {
    std::mem::forget(value);
}

/// Whether a person is at a terminal (both ends), so the workshop screen can open.
fn interactive() -> bool {
    use std::io::IsTerminal;
    std::io::stdout().is_terminal() && std::io::stdin().is_terminal()
}

/// Runs the command the arguments name.
pub fn run(cli: Cli) -> Outcome {
    let (mut settings, settings_warning) = crate::store::load_settings();
    // The screens' language, which a new canvas records and the commands' own messages speak; a
    // canvas's reports speak its own language unless --lang is given (DESIGN.md §13).
    settings.language = Some(crate::i18n::screens_language(cli.lang, settings.language));
    out::speak(settings.language.unwrap_or_default());
    let (theme, theme_warning) = crate::theme::chosen(cli.theme.as_deref(), &settings);
    // Said in the screens' language, and only when there is something to say (the messages are
    // not read for a command with no warning): a config that cannot be read, a theme not used.
    let settings_warning = settings_warning.map(|e| {
        let tr = out::tr();
        tr.args("config-unreadable", &[("why", e.lines_in(tr).join("\n").into())])
    });
    let theme_warning = theme_warning.map(|p| p.text(out::tr()));
    let warning = [settings_warning, theme_warning].into_iter().flatten().collect::<Vec<_>>().join("; ");
    let warning = (!warning.is_empty()).then_some(warning);
    if cli.command.is_some()
        && let Some(w) = &warning
    {
        out::err(&out::tr().args("cli-warning", &[("what", w.as_str().into())]));
    }
    if let (Some(file), Some(_)) = (&cli.file, &cli.command) {
        let file = file.display().to_string();
        return Err(Failure::usage(out::tr().args("cli-file-and-command", &[("file", file.into())])));
    }
    if let Some(problem) = crate::model::Day::pinned_problem() {
        return Err(Failure::usage(problem));
    }
    let lang = cli.lang;
    match cli.command {
        Some(Command::New { file, template, title }) => {
            files::new(&file, template.as_deref(), title.as_deref(), settings.language.unwrap_or_default())
        }
        Some(Command::Revisit { old, new }) => {
            let made = files::revisit(&old, &new)?;
            if !interactive() {
                return Ok(made);
            }
            let room = crate::tui::run::RoomOptions::default();
            let opening = crate::tui::run::Opening::File { path: new, loop_review: true, room };
            crate::tui::run::run(opening, theme, settings, warning).map(|()| ExitCode::SUCCESS).map_err(|e| {
                Failure::usage(out::tr().args("cli-terminal-failed", &[("why", e.to_string().into())]))
            })
        }
        Some(Command::Export {
            file,
            format,
            section,
            kumu,
            csv_dialect,
            no_diagrams,
            output,
            force,
            as_of,
        }) => {
            let sheet = reports::Sheet { section, kumu, lang, dialect: csv_dialect };
            let to = reports::Output { path: output.as_deref(), force };
            reports::export(&file, format, sheet, !no_diagrams, to, as_of.as_deref())
        }
        Some(Command::Diff { files, format, exit_code }) => match files.as_slice() {
            [old, new] => reports::diff(old, new, format, exit_code, lang),
            [path, old, _, _, new, _, _] => reports::git_diff(path, old, new, format, lang),
            _ => Err(Failure::usage(out::tr().get("cli-diff-arguments"))),
        },
        Some(Command::History { paths, id, format, output, force }) => {
            let to = reports::Output { path: output.as_deref(), force };
            history::history(&paths, id.as_deref(), format, lang, to)
        }
        Some(Command::Report { paths, id, format, as_of, output, force }) => {
            let to = reports::Output { path: output.as_deref(), force };
            report::report(&paths, id.as_deref(), format, as_of.as_deref(), to, lang)
        }
        Some(Command::Validate { files }) => files::validate(&files),
        Some(Command::List { dir, format }) => list::list(dir.as_deref(), format),
        Some(Command::Reviews { paths, until, as_of, format, exit_code }) => {
            let speaking = reviews::Speaking { flag: lang, screens: settings.language.unwrap_or_default() };
            reviews::reviews(&paths, until.as_deref(), as_of.as_deref(), format, exit_code, speaking)
        }
        Some(Command::Themes) => files::themes(),
        Some(Command::Import(args)) => {
            import::import(&args, crate::i18n::Tr::new(settings.language.unwrap_or_default()))
        }
        Some(Command::Completions { shell }) => completions::completions(shell),
        Some(Command::Man) => man::man(),
        None => {
            if !interactive() {
                return Err(Failure::usage(out::tr().get("cli-needs-terminal")));
            }
            use crate::tui::run::Opening;
            let opening = match (cli.file, cli.compare) {
                (Some(new), Some(old)) => Opening::Compare { old, new },
                (Some(path), None) => {
                    let room =
                        crate::tui::run::RoomOptions { open: cli.room, bind: cli.bind, port: cli.port };
                    Opening::File { path, loop_review: false, room }
                }
                (None, _) => Opening::Start,
            };
            crate::tui::run::run(opening, theme, settings, warning).map(|()| ExitCode::SUCCESS).map_err(|e| {
                Failure::usage(out::tr().args("cli-terminal-failed", &[("why", e.to_string().into())]))
            })
        }
    }
}
