//! The `cvc` binary: parse the arguments, run the command, turn the outcome into an exit code.
#![forbid(unsafe_code)]
#![deny(clippy::print_stdout, clippy::print_stderr)]

use std::process::ExitCode;

use cvc::commands::out;

fn main() -> ExitCode {
    let args: Vec<_> = std::env::args_os().collect();
    let cli = match cvc::commands::help::parse(&args) {
        Ok(cli) => cli,
        // Help (in the screens' language) and version, with clap's colours.
        Err(e) if !e.use_stderr() => e.exit(),
        // A usage error quotes the argument: printed plain, its control characters shown, in the
        // screens' language.
        Err(e) => {
            out::err_text(&cvc::commands::usage::usage_error(&e, &args));
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    match cvc::commands::run(cli) {
        Ok(code) => code,
        Err(failure) => {
            for line in &failure.lines {
                out::err(line);
            }
            ExitCode::from(failure.code)
        }
    }
}
