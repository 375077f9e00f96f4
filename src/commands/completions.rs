//! `cvc completions SHELL`: the shell's completion script, from the same clap definitions as the
//! arguments themselves, so it never falls behind them.

use std::process::ExitCode;

use clap::CommandFactory;
use clap_complete::Shell;

use super::{Outcome, out};
use crate::cli::Cli;

/// The completion script for `shell`, as text.
pub fn script(shell: Shell) -> String {
    let mut bytes = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "cvc", &mut bytes);
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Prints the completion script for `shell`.
pub fn completions(shell: Shell) -> Outcome {
    out::text(&script(shell));
    Ok(ExitCode::SUCCESS)
}
