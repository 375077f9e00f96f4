//! `cvc man`: the man page, from the same clap definitions as the arguments: the top-level page
//! (name, synopsis, description, options), then a section per command with its own synopsis,
//! description and options, then the exit status.

use std::process::ExitCode;

use clap::CommandFactory;
use clap_mangen::Man;

use super::{Outcome, out};
use crate::cli::Cli;

/// What a renderer wrote.
fn rendered(render: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>) -> String {
    let mut bytes = Vec::new();
    render(&mut bytes).expect("writing to memory does not fail");
    String::from_utf8_lossy(&bytes).into_owned()
}

/// What a section renderer wrote after its `.SH` heading line (to go under a `.SS` instead).
fn body(render: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>) -> String {
    let text = rendered(render);
    match text.split_once(".SH ").and_then(|(_, rest)| rest.split_once('\n')) {
        Some((_, body)) => body.to_string(),
        None => text,
    }
}

/// What the page says cvc is, under NAME and DESCRIPTION.
const ABOUT: &str = "run Collaboration Value Canvas workshops in a terminal";

/// The page's DESCRIPTION.
const LONG_ABOUT: &str = "cvc helps a facilitator run a two-hour workshop that maps an organisation's plan \
for community management and adoption work, and helps a consultant compare that plan with a later \
one and hand the client a report. Without a command it opens the start screen (or FILE in the \
workshop screen); the commands below work without a terminal, for scripts and git.";

const EXIT_STATUS: &str = ".SH \"EXIT STATUS\"
.TP
0
success
.TP
1
a check found problems (\\fBvalidate\\fR; \\fBdiff \\-\\-exit\\-code\\fR when the canvases differ)
.TP
2
bad usage or unreadable input; errors go to standard error, one clear sentence first
";

/// The whole man page, as roff.
pub fn page() -> String {
    let mut cmd = Cli::command().about(ABOUT).long_about(LONG_ABOUT).subcommand_value_name("COMMAND");
    cmd.build();
    let man = Man::new(cmd.clone());
    let mut text = rendered(|w| man.render_title(w));
    text.push_str(&rendered(|w| man.render_name_section(w)));
    text.push_str(&rendered(|w| man.render_synopsis_section(w)));
    text.push_str(&rendered(|w| man.render_description_section(w)));
    text.push_str(&rendered(|w| man.render_options_section(w)));
    text.push_str(".SH COMMANDS\n");
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set() && s.get_name() != "help") {
        let name = sub.get_bin_name().unwrap_or(sub.get_name()).to_string();
        let page = Man::new(sub.clone());
        text.push_str(&format!(".SS \"{name}\"\n"));
        text.push_str(&body(|w| page.render_description_section(w)));
        text.push_str(".PP\n");
        text.push_str(&body(|w| page.render_synopsis_section(w)));
        if sub.get_arguments().any(|a| !a.is_hide_set()) {
            text.push_str(&body(|w| page.render_options_section(w)));
        }
    }
    text.push_str(EXIT_STATUS);
    text.push_str(&rendered(|w| man.render_version_section(w)));
    text
}

/// Prints the man page.
pub fn man() -> Outcome {
    out::text(&page());
    Ok(ExitCode::SUCCESS)
}
