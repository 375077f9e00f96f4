//! `cvc man`: the man page, from the same clap definitions as the arguments: the top-level page
//! (name, synopsis, description, options), then a section per command with its own synopsis,
//! description and options, then the exit status. It speaks the screens' language: French and
//! German render the command line with its texts in the language, and the few words clap_mangen
//! writes in English (its headings, `Possible values:`) are given in the language.

use std::process::ExitCode;

use clap::{Command, CommandFactory};
use clap_mangen::Man;

use super::{Outcome, help, out};
use crate::cli::Cli;
use crate::i18n::Tr;
use crate::model::Language;

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

/// The headings clap_mangen writes, in English, and the message saying each in the language.
const HEADINGS: [(&str, &str); 5] = [
    ("NAME", "man-name"),
    ("SYNOPSIS", "man-synopsis"),
    ("DESCRIPTION", "man-description"),
    ("OPTIONS", "man-options"),
    ("VERSION", "man-version"),
];

/// `text` as roff text: backslashes, dashes and apostrophes escaped as clap_mangen escapes them,
/// a leading control character made plain (non-ASCII is left to [`ascii`]).
fn roff_text(text: &str) -> String {
    let text = text.replace('\\', "\\\\").replace('-', "\\-").replace('\'', "\\*(Aq");
    if text.starts_with('.') { format!("\\&{text}") } else { text }
}

/// A `.SH` line with `heading`, quoted when it has spaces (as clap_mangen quotes its own).
fn heading_line(heading: &str) -> String {
    let heading = roff_text(heading);
    if heading.contains(' ') { format!(".SH \"{heading}\"") } else { format!(".SH {heading}") }
}

/// The page with the English words clap_mangen writes in `tr`'s language, each in the one line
/// it can be in (text lines are escaped, so none looks like these): its `.SH` headings, the
/// `Possible values:` line and the colon after a listed value's name.
fn worded(page: &str, tr: Tr) -> String {
    let possible = format!("\\fI{}\\fR", roff_text(&tr.get("help-possible-values")));
    let colon = roff_text(&tr.args("help-value", &[("value", "".into()), ("pad", "".into())]));
    let mut after_bullet = false;
    let mut out = String::with_capacity(page.len());
    for line in page.lines() {
        let heading = line.strip_prefix(".SH ").and_then(|h| HEADINGS.iter().find(|(e, _)| *e == h));
        match heading {
            Some((_, key)) => out.push_str(&heading_line(&tr.get(key))),
            None if line == "\\fIPossible values:\\fR" => out.push_str(&possible),
            // A listed value, `name: help` (a value's name has no colon).
            None if after_bullet && line.contains(": ") => {
                let (name, help) = line.split_once(": ").unwrap_or((line, ""));
                out.push_str(&format!("{name}{colon} {help}"));
            }
            None => out.push_str(line),
        }
        out.push('\n');
        after_bullet = line == ".IP \\(bu 2";
    }
    out
}

/// Every character outside ASCII as groff's `\[uXXXX]`, as `preconv` writes it, so accents, « »
/// and no-break spaces read the same whatever encoding `man`, `groff` or `mandoc` assume.
fn ascii(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    for c in page.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            out.push_str(&format!("\\[u{:04X}]", u32::from(c)));
        }
    }
    out
}

/// The `.TH` line of a page in another language: its manual's name in the language (English leaves
/// it to `man`, which says "General Commands Manual") and every argument quoted, the empty date
/// too (clap_mangen leaves it out, and `man` then reads the next argument as the date).
fn title_line(cmd: &Command, tr: Tr) -> String {
    let name = cmd.get_name();
    let source = roff_text(&format!("{name} {}", cmd.get_version().unwrap_or_default()));
    format!(".TH {name} 1 \"\" \"{source}\" \"{}\"\n", roff_text(&tr.get("man-manual")))
}

/// The EXIT STATUS section in `tr`'s language, the commands named in bold.
fn exit_status(tr: Tr) -> String {
    // The commands go in as marks no sentence holds, so the sentence is escaped as text first.
    let (validate, diff) = ("\u{1}", "\u{2}");
    let problems = tr.args("man-exit-problems", &[("validate", validate.into()), ("diff", diff.into())]);
    let bold = |command: &str| format!("\\fB{}\\fR", roff_text(command));
    let problems =
        roff_text(&problems).replace(validate, &bold("validate")).replace(diff, &bold("diff --exit-code"));
    let (success, usage) = (roff_text(&tr.get("man-exit-success")), roff_text(&tr.get("man-exit-usage")));
    let heading = heading_line(&tr.get("man-exit-status"));
    format!("{heading}\n.TP\n0\n{success}\n.TP\n1\n{problems}\n.TP\n2\n{usage}\n")
}

/// The whole man page in `tr`'s language, as roff: English from the clap definitions as they are,
/// French and German from the same command line worded in the language.
pub fn page(tr: Tr) -> String {
    let cmd = match tr.lang() {
        Language::En => Cli::command(),
        _ => help::man_command_in(tr),
    };
    let mut cmd =
        cmd.about(tr.get("man-about")).long_about(tr.get("man-long-about")).subcommand_value_name("COMMAND");
    cmd.build();
    let man = Man::new(cmd.clone());
    let mut text = rendered(|w| man.render_title(w));
    if tr.lang() != Language::En {
        text = text
            .lines()
            .map(|line| if line.starts_with(".TH ") { title_line(&cmd, tr) } else { format!("{line}\n") })
            .collect();
    }
    text.push_str(&rendered(|w| man.render_name_section(w)));
    text.push_str(&rendered(|w| man.render_synopsis_section(w)));
    text.push_str(&rendered(|w| man.render_description_section(w)));
    text.push_str(&rendered(|w| man.render_options_section(w)));
    text.push_str(&format!("{}\n", heading_line(&tr.get("man-commands"))));
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
    text.push_str(&exit_status(tr));
    text.push_str(&rendered(|w| man.render_version_section(w)));
    let text = worded(&text, tr);
    // English stays as it has always been printed, byte for byte (its one `…` as UTF-8).
    if tr.lang() == Language::En { text } else { ascii(&text) }
}

/// Prints the man page in the screens' language.
pub fn man() -> Outcome {
    out::text(&page(out::tr()));
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NB: char = '\u{a0}';

    #[test]
    fn english_keeps_clap_mangens_words_and_its_exit_status_as_it_always_was() {
        let en = Tr::new(Language::En);
        for (english, key) in HEADINGS {
            assert_eq!(en.get(key), english, "{key}");
        }
        let page = page(en);
        assert_eq!(worded(&page, en), page, "nothing for English to change");
        assert!(page.contains("\n.TH cvc 1  \"cvc "), "clap_mangen's own title line");
        assert!(
            page.contains("\n.SH NAME\ncvc \\- run Collaboration Value Canvas workshops in a terminal\n")
        );
        let exit = ".SH \"EXIT STATUS\"\n.TP\n0\nsuccess\n.TP\n1\na check found problems (\\fBvalidate\\fR; \
                    \\fBdiff \\-\\-exit\\-code\\fR when the canvases differ)\n.TP\n2\nbad usage or unreadable \
                    input; errors go to standard error, one clear sentence first\n";
        assert!(page.contains(exit), "{page}");
    }

    #[test]
    fn only_clap_mangens_heading_lines_are_worded() {
        let fr = Tr::new(Language::Fr);
        let roff = ".SH NAME\nNAME\n\\&.SH NAME\n.SH NAMES\n.SH OPTIONS\n.SS NAME\n";
        assert_eq!(worded(roff, fr), ".SH NOM\nNAME\n\\&.SH NAME\n.SH NAMES\n.SH OPTIONS\n.SS NAME\n");
        let de = Tr::new(Language::De);
        assert_eq!(ascii(&worded(".SH SYNOPSIS\n.SH VERSION\n", de)), ".SH \\[u00DC]BERSICHT\n.SH VERSION\n");
        assert_eq!(heading_line("CODE DE SORTIE"), ".SH \"CODE DE SORTIE\"");
    }

    #[test]
    fn french_text_keeps_its_accents_quotes_and_apostrophes_as_roff_reads_them() {
        let said = format!("l'écran «{NB}ci-dessous{NB}» .");
        assert_eq!(
            ascii(&roff_text(&said)),
            "l\\*(Aq\\[u00E9]cran \\[u00AB]\\[u00A0]ci\\-dessous\\[u00A0]\\[u00BB] ."
        );
        assert_eq!(roff_text(".profile"), "\\&.profile", "a text line never reads as a request");
        let exit = ascii(&exit_status(Tr::new(Language::Fr)));
        let problems =
            "(\\fBvalidate\\fR\\[u00A0]; \\fBdiff \\-\\-exit\\-code\\fR quand les canevas diff\\[u00E8]rent)";
        assert!(exit.starts_with(".SH \"CODE DE SORTIE\"\n") && exit.contains(problems), "{exit}");
    }
}
