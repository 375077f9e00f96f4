//! The one way the commands print and write: every text passes through `crate::safe` on its way out
//! (a streamed text through its writer's own use of it).
//!
//! `main.rs` and the commands never use `println!` or `eprintln!` (clippy refuses them there), so
//! nothing from a canvas, a file name or an argument reaches a terminal or a report unescaped.

use std::io::Write;
use std::sync::OnceLock;

use crate::i18n::Tr;
use crate::model::Language;
use crate::safe;

/// The language the commands' own messages speak, chosen once by `commands::run`.
static SPEAKING: OnceLock<Language> = OnceLock::new();

/// Sets the language of the commands' own messages (the screens' language: `--lang`, the
/// config, the locale); the first call wins.
pub fn speak(lang: Language) {
    let _ = SPEAKING.set(lang);
}

/// The commands' own messages, in the language [`speak`] chose (English before it is called).
pub fn tr() -> Tr {
    Tr::new(SPEAKING.get().copied().unwrap_or_default())
}

fn put(mut to: impl Write, text: &str) {
    // A closed pipe (`cvc export … | head`) is not an error worth reporting.
    let _ = to.write_all(text.as_bytes()).and_then(|()| to.flush());
}

/// Prints one line to standard output; a line break inside it is shown, not obeyed.
pub fn line(text: &str) {
    put(std::io::stdout().lock(), &format!("{}\n", safe::line(text)));
}

/// Prints multi-line text (a report, a page, a CSV) to standard output as it will be written to a file.
pub fn text(text: &str) {
    put(std::io::stdout().lock(), &file_text(text));
}

/// Standard output given to a writer that makes its text safe itself (the canvas's JSON, whose
/// strings escape every character that would act on a terminal, through `crate::safe`), so a
/// large text is written as it is made; a closed pipe is not reported, as [`text`] does not.
pub fn stream(write: impl FnOnce(Box<dyn Write>) -> std::io::Result<()>) {
    let _ = write(Box::new(std::io::stdout().lock()));
}

/// Prints one line to standard error; a line break inside it is shown, not obeyed.
pub fn err(text: &str) {
    put(std::io::stderr().lock(), &format!("{}\n", safe::line(text)));
}

/// Prints multi-line text (clap's usage errors) to standard error.
pub fn err_text(text: &str) {
    put(std::io::stderr().lock(), &safe::text(text));
}

/// The text a command writes to a file: line breaks and tabs kept, every other control shown.
pub fn file_text(text: &str) -> std::borrow::Cow<'_, str> {
    safe::text(text)
}
