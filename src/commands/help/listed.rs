//! `cvc`'s command line worded for what is generated from it: the completion scripts and the man
//! page. clap builds it as always (its own flags, the `help` command and its copy of every
//! command, in the same order), then each text is given in the language: a command's about, an
//! argument's help, a possible value's help and clap's own flags. Names and values stay.

use clap::builder::PossibleValuesParser;
use clap::{Arg, ArgAction, Command, CommandFactory};

use super::texts::{Part, key};
use crate::cli::Cli;
use crate::i18n::Tr;

/// Who reads the worded command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reader {
    /// The shells' completion scripts: each text alone, shown beside a command, flag or value.
    Completion,
    /// `cvc man`: the same, and an argument's default said after its help (clap_mangen would
    /// write it in English).
    Man,
}

/// `cvc`'s command line, built, with its texts in `tr`'s language as a completion script shows
/// them: each command's about, each argument's help and each possible value's.
pub fn completion_command_in(tr: Tr) -> Command {
    built_in(tr, Reader::Completion)
}

/// `cvc`'s command line, built, with its texts in `tr`'s language as the man page shows them:
/// as the completion scripts, and each default in the language after the argument's help.
pub fn man_command_in(tr: Tr) -> Command {
    built_in(tr, Reader::Man)
}

/// `cvc`'s command line as clap builds it, then worded for `reader`.
fn built_in(tr: Tr, reader: Reader) -> Command {
    let mut cmd = Cli::command();
    cmd.build();
    worded(cmd, tr, reader)
}

/// `cmd` and its subcommands with their texts in `tr`'s language.
fn worded(mut cmd: Command, tr: Tr, reader: Reader) -> Command {
    let name = cmd.get_name().to_string();
    if let Some(about) = key(&name, Part::About) {
        cmd = cmd.about(tr.get(about));
    }
    if let Some(long) = key(&name, Part::LongAbout) {
        cmd = cmd.long_about(tr.get(long));
    }
    cmd.mut_args(|arg| arg_worded(arg, &name, tr, reader)).mut_subcommands(|sub| worded(sub, tr, reader))
}

/// One argument of `command` with its help and its possible values' helps in `tr`'s language;
/// clap's help and version flags in cvc's words.
fn arg_worded(arg: Arg, command: &str, tr: Tr, reader: Reader) -> Arg {
    match arg.get_action() {
        ArgAction::Help if arg.get_long_help().is_some() => {
            return arg.help(tr.get("help-flag-summary")).long_help(tr.get("help-flag-long"));
        }
        ArgAction::Help => return arg.help(tr.get("help-flag")),
        ArgAction::Version => return arg.help(tr.get("help-version")),
        _ => {}
    }
    // clap copies a global argument into every command as it builds: its texts are the program's.
    let command = if arg.is_global_set() { "cvc" } else { command };
    let id = arg.get_id().as_str().to_string();
    let text = key(command, Part::Arg(&id)).map(|k| tr.get(k));
    let text = text.or_else(|| arg.get_help().map(ToString::to_string)).unwrap_or_default();
    let takes_values = arg.get_action().takes_values();
    let defaults: Vec<_> = arg.get_default_values().iter().map(|v| v.to_string_lossy()).collect();
    let said_default = reader == Reader::Man && takes_values && !arg.is_hide_default_value_set();
    let mut arg = match (said_default && !defaults.is_empty(), text.is_empty()) {
        (true, _) => {
            let default = tr.args("help-default", &[("value", defaults.join(" ").into())]);
            let said = [text, default].into_iter().filter(|t| !t.is_empty()).collect::<Vec<_>>();
            arg.help(said.join(" ")).hide_default_value(true)
        }
        (false, true) => arg,
        (false, false) => arg.help(text),
    };
    let values = arg.get_possible_values();
    if takes_values && values.iter().any(|v| v.get_help().is_some()) {
        let values = values.into_iter().map(|v| match key(command, Part::Value(&id, v.get_name())) {
            Some(k) => v.help(tr.get(k)),
            None => v,
        });
        // Only the values' texts change: the same names, aliases and hidden ones, in one order.
        arg = arg.value_parser(PossibleValuesParser::new(values));
    }
    arg
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;
    use clap_complete::Shell;

    use super::completion_command_in;
    use crate::cli::Cli;
    use crate::i18n::Tr;
    use crate::model::Language;

    /// The completion script clap_complete writes for `cmd`.
    fn script(shell: Shell, mut cmd: clap::Command) -> String {
        let mut bytes = Vec::new();
        clap_complete::generate(shell, &mut cmd, "cvc", &mut bytes);
        String::from_utf8(bytes).unwrap()
    }

    const SHELLS: [Shell; 5] = [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::PowerShell, Shell::Elvish];

    #[test]
    fn worded_in_english_every_completion_script_is_claps_own_byte_for_byte() {
        // The wording changes texts only: the same commands, flags and values in the same order.
        for shell in SHELLS {
            let worded = script(shell, completion_command_in(Tr::new(Language::En)));
            assert_eq!(worded, script(shell, Cli::command()), "{shell}");
        }
    }

    #[test]
    fn worded_in_french_and_german_only_the_descriptions_change() {
        let english = script(Shell::Bash, Cli::command());
        for lang in [Language::Fr, Language::De] {
            // bash shows no descriptions: its script is the same in every language.
            assert_eq!(script(Shell::Bash, completion_command_in(Tr::new(lang))), english, "{lang}");
            let zsh = script(Shell::Zsh, completion_command_in(Tr::new(lang)));
            for said in
                ["[Output format]", "\"The plan as a Markdown page\"", "[Print help]", "-- The shell:"]
            {
                assert!(!zsh.contains(said), "{lang}: {said} left in zsh");
            }
            for global in ["The language of screens", "Colour theme by name"] {
                assert!(!zsh.contains(global), "{lang}: a global flag says {global:?} in a command");
            }
        }
        let fr = script(Shell::Zsh, completion_command_in(Tr::new(Language::Fr)));
        assert!(
            fr.contains("'--format=[Format de sortie]:FORMAT:((markdown\\:\"Le plan en page Markdown\""),
            "{fr}"
        );
    }
}
