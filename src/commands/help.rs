//! `cvc --help`, `cvc help` and `cvc <command> --help` in the screens' language. clap writes the
//! help from the English doc comments of `cli.rs`; for French and German the same command is
//! given each of its texts from the messages (`texts.rs` names which), and clap's own words too:
//! the headings, the help and version flags, the `help` command, "default" and "possible values".

use std::ffi::OsString;

use clap::builder::{StyledStr, Styles};
use clap::error::ErrorKind;
use clap::{Arg, ArgAction, Command, CommandFactory, Parser};

use crate::cli::Cli;
use crate::i18n::Tr;
use crate::model::Language;

mod listed;
#[cfg(test)]
mod tests;
mod texts;

pub use listed::{completion_command_in, man_command_in};
use texts::{Part, key};

/// The command line understood; else clap's answer instead of it: the help (in the screens'
/// language), the version, or a mistake for [`super::usage::usage_error`] to tell.
pub fn parse(args: &[OsString]) -> Result<Cli, clap::Error> {
    let english = match Cli::try_parse_from(args) {
        Ok(cli) => return Ok(cli),
        Err(e) => e,
    };
    let help = matches!(
        english.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    let lang = if help { super::usage::asked_language(args) } else { Language::En };
    if lang == Language::En {
        return Err(english);
    }
    match command_in(Tr::new(lang)).try_get_matches_from(args) {
        Err(said) => Err(said),
        Ok(_) => Err(english),
    }
}

/// `cvc`'s command line with every text of its help in `tr`'s language.
pub fn command_in(tr: Tr) -> Command {
    let mut cmd = said(Cli::command(), tr);
    // clap adds its `help` command when it builds the top level, as parsing does first: build
    // the top level now (only it, as parsing does) so that command is worded too.
    cmd.render_usage();
    cmd.mut_subcommand("help", |help| said(help, tr))
}

/// `cmd` and its subcommands with their texts in `tr`'s language.
fn said(mut cmd: Command, tr: Tr) -> Command {
    let name = cmd.get_name().to_string();
    if let Some(about) = key(&name, Part::About) {
        cmd = cmd.about(tr.get(about));
    }
    if let Some(long) = key(&name, Part::LongAbout) {
        cmd = cmd.long_about(tr.get(long));
    }
    let long = has_long_help(&cmd);
    let styles = cmd.get_styles().clone();
    cmd = cmd.mut_args(|arg| arg_said(arg, &name, long, tr, &styles));
    // clap's own flags are its own words: cvc's instead, listed last as clap lists its own.
    cmd = cmd.next_display_order(None);
    if !cmd.is_disable_help_flag_set() {
        let flag = Arg::new("help").short('h').long("help").action(ArgAction::Help);
        let flag = if long {
            flag.help(tr.get("help-flag-summary")).long_help(tr.get("help-flag-long"))
        } else {
            flag.help(tr.get("help-flag"))
        };
        cmd = cmd.disable_help_flag(true).arg(flag);
    }
    if cmd.get_version().is_some() && !cmd.is_disable_version_flag_set() {
        let flag = Arg::new("version").short('V').long("version").action(ArgAction::Version);
        cmd = cmd.disable_version_flag(true).arg(flag.help(tr.get("help-version")));
    }
    let template = template(&cmd, tr, &styles);
    cmd.help_template(template).mut_subcommands(|sub| said(sub, tr))
}

/// Whether `--help` says more than `-h` for `cmd`, as clap decides it: a long about, or an
/// argument with a long help or possible values explained one by one.
fn has_long_help(cmd: &Command) -> bool {
    let long = |a: &Arg| {
        !a.is_hide_set()
            && (a.get_long_help().is_some()
                || a.is_hide_long_help_set()
                || a.is_hide_short_help_set()
                || (a.get_action().takes_values()
                    && !a.is_hide_possible_values_set()
                    && a.get_possible_values().iter().any(|v| !v.is_hide_set() && v.get_help().is_some())))
    };
    cmd.get_long_about().is_some()
        || cmd.get_before_long_help().is_some()
        || cmd.get_after_long_help().is_some()
        || cmd.get_arguments().any(long)
}

/// `text` in `style` (nothing added when the style is plain, or colours are off when printed).
fn styled(style: &clap::builder::styling::Style, text: &str) -> String {
    format!("{style}{text}{style:#}")
}

/// Paragraphs joined by a blank line, the empty ones left out.
fn paragraphs(parts: &[String]) -> String {
    parts.iter().filter(|p| !p.is_empty()).cloned().collect::<Vec<_>>().join("\n\n")
}

/// One argument of `command` with its help in `tr`'s language; its default and possible values
/// are written by cvc in the language (clap would write them in English), in the short help
/// after the text and, when `long`, in the long help below it.
fn arg_said(arg: Arg, command: &str, long: bool, tr: Tr, styles: &Styles) -> Arg {
    let id = arg.get_id().as_str().to_string();
    let text = key(command, Part::Arg(&id)).map(|k| tr.get(k));
    let text = text.or_else(|| arg.get_help().map(ToString::to_string)).unwrap_or_default();
    let takes_values = arg.get_action().takes_values();
    let values: Vec<_> = arg.get_possible_values().into_iter().filter(|v| !v.is_hide_set()).collect();
    let show_values = takes_values && !arg.is_hide_possible_values_set() && !values.is_empty();
    let listed = show_values && values.iter().any(|v| v.get_help().is_some());
    let defaults: Vec<_> = arg.get_default_values().iter().map(|v| v.to_string_lossy()).collect();
    let show_default = takes_values && !arg.is_hide_default_value_set() && !defaults.is_empty();
    let value_style = styles.get_context_value();
    let default = show_default.then(|| {
        let value = styled(value_style, &defaults.join(" "));
        tr.args("help-default", &[("value", value.into())])
    });
    let possible = show_values.then(|| {
        let names: Vec<_> = values.iter().map(|v| styled(value_style, v.get_name())).collect();
        tr.args("help-possible", &[("values", names.join(", ").into())])
    });
    // Short, all in one line (as clap: the default, then the possible values); long, the values
    // listed one a line when they have a help, and what is left below.
    let short = [Some(text.clone()), default.clone(), possible.clone()];
    let short: Vec<_> = short.into_iter().flatten().filter(|s| !s.is_empty()).collect();
    let specs: Vec<_> = [default, possible.filter(|_| !listed)].into_iter().flatten().collect();
    let mut arg = arg.help(short.join(" "));
    if show_default {
        arg = arg.hide_default_value(true);
    }
    if show_values {
        arg = arg.hide_possible_values(true);
    }
    if long && (listed || !specs.is_empty()) {
        let list = if listed { value_list(&values, command, &id, tr, styles) } else { String::new() };
        arg = arg.long_help(paragraphs(&[text, list, specs.join("\n")]));
    }
    arg
}

/// How far clap indents a long help below its argument.
const LONG_INDENT: usize = 10;

/// The width clap wraps help at: the terminal's, else `COLUMNS`, else 100 columns.
fn term_width() -> usize {
    let columns = || std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok());
    terminal_size::terminal_size().map(|(w, _)| usize::from(w.0)).or_else(columns).unwrap_or(100)
}

/// The possible values of argument `id` of `command`, one a line with its help, names aligned.
fn value_list(
    values: &[clap::builder::PossibleValue],
    command: &str,
    id: &str,
    tr: Tr,
    styles: &Styles,
) -> String {
    let width = values.iter().map(|v| v.get_name().chars().count()).max().unwrap_or(0);
    let mut lines = vec![tr.get("help-possible-values")];
    for value in values {
        let name = value.get_name();
        let help = key(command, Part::Value(id, name)).map(|k| tr.get(k));
        let shown = styled(styles.get_literal(), name);
        match help.or_else(|| value.get_help().map(ToString::to_string)) {
            Some(help) => {
                let pad = " ".repeat(width - name.chars().count());
                let named = tr.args("help-value", &[("value", shown.into()), ("pad", pad.into())]);
                // Wrapped as clap wraps its own list: under the text, two columns in from the dash.
                let line = format!("- {named} {help}");
                let wrap = textwrap::Options::new(term_width().saturating_sub(LONG_INDENT))
                    .subsequent_indent("  ")
                    .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit)
                    .word_splitter(textwrap::WordSplitter::NoHyphenation)
                    .break_words(false);
                lines.extend(textwrap::wrap(&line, wrap).into_iter().map(|l| l.into_owned()));
            }
            None => lines.push(format!("- {shown}")),
        }
    }
    lines.join("\n")
}

/// clap's layout of a help page with cvc's headings: about, usage, then the commands, arguments
/// and options there are.
fn template(cmd: &Command, tr: Tr, styles: &Styles) -> StyledStr {
    let heading = |key| styled(styles.get_header(), &tr.get(key));
    let mut sections = Vec::new();
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        sections.push(format!("{}\n{{subcommands}}", heading("help-commands")));
    }
    if cmd.get_positionals().any(|a| !a.is_hide_set()) {
        sections.push(format!("{}\n{{positionals}}", heading("help-arguments")));
    }
    if cmd.get_arguments().any(|a| !a.is_positional() && !a.is_hide_set()) {
        sections.push(format!("{}\n{{options}}", heading("help-options")));
    }
    let usage = styled(styles.get_usage(), &tr.get("help-usage"));
    let sections = if sections.is_empty() { String::new() } else { format!("\n\n{}", sections.join("\n\n")) };
    format!("{{before-help}}{{about-with-newline}}\n{usage} {{usage}}{sections}{{after-help}}").into()
}
