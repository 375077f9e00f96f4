//! Which message says each text of `cvc`'s help: the clap definitions in `cli.rs` keep the
//! English as doc comments, and this table names the message that says the same in every
//! language (en.ftl repeats the doc comments word for word; a test checks it).

/// Where a text of the help is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Part<'a> {
    /// A command's line in the list of commands, and the top of its own help.
    About,
    /// The top of a command's own help when it says more than its line.
    LongAbout,
    /// An argument's help, by the argument's id.
    Arg(&'a str),
    /// One possible value's help, by the argument's id and the value.
    Value(&'a str, &'a str),
}

use Part::{About, Arg, LongAbout, Value};

/// Every text of the help and the message saying it: the command's name (`cvc` for the program
/// itself), the part, the message's key.
const TEXTS: &[(&str, Part<'static>, &str)] = &[
    ("cvc", About, "help-about"),
    ("cvc", Arg("file"), "help-file"),
    ("cvc", Arg("compare"), "help-compare"),
    ("cvc", Arg("room"), "help-room"),
    ("cvc", Arg("bind"), "help-bind"),
    ("cvc", Arg("port"), "help-port"),
    ("cvc", Arg("theme"), "help-theme"),
    ("cvc", Arg("lang"), "help-lang"),
    ("new", About, "help-new"),
    ("new", Arg("file"), "help-new-file"),
    ("new", Arg("template"), "help-new-template"),
    ("new", Arg("title"), "help-new-title"),
    ("revisit", About, "help-revisit"),
    ("revisit", Arg("old"), "help-revisit-old"),
    ("revisit", Arg("new"), "help-revisit-new"),
    ("export", About, "help-export"),
    ("export", Arg("file"), "help-export-file"),
    ("export", Arg("format"), "help-output-format"),
    ("export", Value("format", "markdown"), "help-export-markdown"),
    ("export", Value("format", "html"), "help-export-html"),
    ("export", Value("format", "csv"), "help-export-csv"),
    ("export", Value("format", "ics"), "help-export-ics"),
    ("export", Value("format", "json"), "help-export-json"),
    ("export", Arg("section"), "help-export-section"),
    ("export", Value("section", "stakeholders"), "help-section-stakeholders"),
    ("export", Value("section", "relationships"), "help-section-relationships"),
    ("export", Value("section", "tasks"), "help-section-tasks"),
    ("export", Value("section", "actions"), "help-section-actions"),
    ("export", Arg("kumu"), "help-export-kumu"),
    ("export", Arg("csv_dialect"), "help-export-csv-dialect"),
    ("export", Value("csv_dialect", "rfc"), "help-csv-rfc"),
    ("export", Value("csv_dialect", "excel-fr"), "help-csv-excel-fr"),
    ("export", Arg("no_diagrams"), "help-export-no-diagrams"),
    ("export", Arg("output"), "help-output"),
    ("export", Arg("force"), "help-force"),
    ("export", Arg("as_of"), "help-export-as-of"),
    ("diff", About, "help-diff"),
    ("diff", LongAbout, "help-diff-long"),
    ("diff", Arg("files"), "help-diff-files"),
    ("diff", Arg("format"), "help-report-format"),
    ("diff", Value("format", "text"), "help-diff-text"),
    ("diff", Value("format", "markdown"), "help-diff-markdown"),
    ("diff", Value("format", "html"), "help-diff-html"),
    ("diff", Value("format", "json"), "help-json-object"),
    ("diff", Arg("exit_code"), "help-diff-exit-code"),
    ("history", About, "help-history"),
    ("history", Arg("paths"), "help-revision-paths"),
    ("history", Arg("id"), "help-canvas-id"),
    ("history", Arg("format"), "help-report-format"),
    ("history", Value("format", "text"), "help-history-text"),
    ("history", Value("format", "markdown"), "help-history-markdown"),
    ("history", Value("format", "html"), "help-history-html"),
    ("history", Value("format", "json"), "help-json-object"),
    ("history", Arg("output"), "help-output"),
    ("history", Arg("force"), "help-force"),
    ("report", About, "help-report"),
    ("report", Arg("paths"), "help-revision-paths"),
    ("report", Arg("id"), "help-canvas-id"),
    ("report", Arg("format"), "help-report-format"),
    ("report", Value("format", "markdown"), "help-report-markdown"),
    ("report", Value("format", "html"), "help-report-html"),
    ("report", Arg("as_of"), "help-report-as-of"),
    ("report", Arg("output"), "help-output"),
    ("report", Arg("force"), "help-force"),
    ("validate", About, "help-validate"),
    ("validate", Arg("files"), "help-validate-files"),
    ("list", About, "help-list"),
    ("list", Arg("dir"), "help-list-dir"),
    ("list", Arg("format"), "help-output-format"),
    ("list", Value("format", "text"), "help-list-text"),
    ("list", Value("format", "json"), "help-json-object"),
    ("reviews", About, "help-reviews"),
    ("reviews", Arg("paths"), "help-reviews-paths"),
    ("reviews", Arg("until"), "help-reviews-until"),
    ("reviews", Arg("as_of"), "help-reviews-as-of"),
    ("reviews", Arg("format"), "help-report-format"),
    ("reviews", Value("format", "text"), "help-reviews-text"),
    ("reviews", Value("format", "markdown"), "help-reviews-markdown"),
    ("reviews", Value("format", "csv"), "help-reviews-csv"),
    ("reviews", Value("format", "ics"), "help-reviews-ics"),
    ("reviews", Value("format", "json"), "help-reviews-json"),
    ("reviews", Arg("exit_code"), "help-reviews-exit-code"),
    ("themes", About, "help-themes"),
    ("import", About, "help-import"),
    ("import", Arg("file"), "help-import-file"),
    ("import", Arg("section"), "help-import-section"),
    ("import", Value("section", "stakeholders"), "help-section-stakeholders"),
    ("import", Value("section", "relationships"), "help-section-relationships"),
    ("import", Value("section", "tasks"), "help-section-tasks"),
    ("import", Value("section", "actions"), "help-section-actions"),
    ("import", Arg("from"), "help-import-from"),
    ("import", Value("from", "text"), "help-import-text"),
    ("import", Value("from", "csv"), "help-import-csv"),
    ("import", Value("from", "kumu"), "help-import-kumu"),
    ("import", Arg("create_missing"), "help-import-create-missing"),
    ("import", Arg("input"), "help-import-input"),
    ("completions", About, "help-completions"),
    ("completions", Arg("shell"), "help-completions-shell"),
    ("man", About, "help-man"),
    // What clap adds itself: the help and version flags and the `help` command.
    ("help", About, "help-help"),
    ("help", Arg("subcommand"), "help-help-commands"),
];

/// The message saying `part` of `command`'s help, if the table has one.
pub(super) fn key(command: &str, part: Part<'_>) -> Option<&'static str> {
    TEXTS.iter().find(|(c, p, _)| *c == command && *p == part).map(|(_, _, key)| *key)
}

/// Every entry of the table (for the tests).
#[cfg(test)]
pub(super) fn all() -> &'static [(&'static str, Part<'static>, &'static str)] {
    TEXTS
}
