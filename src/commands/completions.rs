//! `cvc completions SHELL`: the shell's completion script, from the same clap definitions as the
//! arguments themselves, so it never falls behind them. The descriptions a shell shows beside the
//! commands, flags and values speak the screens' language; the names completed stay as they are.

use std::process::ExitCode;

use clap::CommandFactory;
use clap_complete::Shell;

use super::{Outcome, help, out};
use crate::cli::Cli;
use crate::i18n::Tr;
use crate::model::Language;

/// The completion script for `shell`, its descriptions in `tr`'s language.
pub fn script(shell: Shell, tr: Tr) -> String {
    let mut cmd = match tr.lang() {
        Language::En => Cli::command(),
        _ => help::completion_command_in(tr),
    };
    let mut bytes = Vec::new();
    clap_complete::generate(shell, &mut cmd, "cvc", &mut bytes);
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Prints the completion script for `shell` in the screens' language.
pub fn completions(shell: Shell) -> Outcome {
    out::text(&script(shell, out::tr()));
    Ok(ExitCode::SUCCESS)
}
