//! The `cvc` binary: parse the arguments, run the command, turn the outcome into an exit code.
#![forbid(unsafe_code)]

use std::process::ExitCode;

use clap::Parser;
use cvc::cli::Cli;

fn main() -> ExitCode {
    match cvc::commands::run(Cli::parse()) {
        Ok(code) => code,
        Err(failure) => {
            for line in &failure.lines {
                eprintln!("{line}");
            }
            ExitCode::from(failure.code)
        }
    }
}
