//! The command line, as clap definitions: DESIGN.md §6.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// cvc — run Collaboration Value Canvas workshops in a terminal.
#[derive(Debug, Parser)]
#[command(name = "cvc", version, about)]
pub struct Cli {
    /// Canvas file to open in the workshop screen (a missing file becomes a new canvas).
    pub file: Option<PathBuf>,
    /// Open the compare screen of this older canvas against FILE.
    #[arg(long, value_name = "OTHER", requires = "file")]
    pub compare: Option<PathBuf>,
    /// Open the room with the canvas: participants join from their phones.
    #[arg(long, requires = "file")]
    pub room: bool,
    /// The address the room serves on (default: this laptop's address on the network with the
    /// default route; 127.0.0.1 for a rehearsal on this laptop only).
    #[arg(long, value_name = "ADDR", requires = "file")]
    pub bind: Option<std::net::IpAddr>,
    /// The room's port (default: any free one).
    #[arg(long, value_name = "N", default_value_t = 0, requires = "file")]
    pub port: u16,
    /// Colour theme by name (see `cvc themes`).
    #[arg(long, global = true, value_name = "NAME")]
    pub theme: Option<String>,
    /// The language of screens and reports: en, fr or de (default: a canvas's own for its
    /// reports; for screens and new canvases the config's `language`, then LANG). A French or
    /// German CSV has its headers in the language, `;` between cells and a UTF-8 byte-order mark;
    /// a calendar's summaries are in the language; JSON keeps the format's keys and values.
    #[arg(long, global = true, value_name = "LANG", ignore_case = true, hide_possible_values = true, value_parser = language())]
    pub lang: Option<crate::model::Language>,
    /// A headless command.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// `--lang`'s values, whatever their case (`FR`), said in a mistake's message as the only ones.
fn language() -> impl clap::builder::TypedValueParser<Value = crate::model::Language> {
    use clap::builder::TypedValueParser;
    let codes = crate::model::Language::ALL.iter().map(|l| l.code());
    clap::builder::PossibleValuesParser::new(codes)
        .map(|code| crate::i18n::from_locale(&code).unwrap_or_default())
}

/// The headless commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a canvas file (never overwrites one).
    New {
        /// Where to create it.
        file: PathBuf,
        /// A shipped template (`blank`, `short-90`, …) or a canvas file to start from.
        #[arg(long, value_name = "NAME")]
        template: Option<String>,
        /// The canvas title.
        #[arg(long, value_name = "T")]
        title: Option<String>,
    },
    /// Start the follow-up workshop: same canvas id, next revision, entries carried over.
    Revisit {
        /// The earlier canvas.
        old: PathBuf,
        /// The new file to create.
        new: PathBuf,
    },
    /// Export the plan as Markdown or a printable HTML page, a section as CSV, the whole canvas as
    /// JSON, or due dates and loop reviews as iCalendar.
    Export {
        /// The canvas to export.
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ExportFormat::Markdown)]
        format: ExportFormat,
        /// The section a CSV holds (default: actions).
        #[arg(long, value_enum)]
        section: Option<Section>,
        /// Write the CSV in Kumu's layout (stakeholders as elements, relationships as connections).
        #[arg(long)]
        kumu: bool,
        /// How the CSV's cells are separated (default: excel-fr for a French or German sheet).
        #[arg(long, value_enum, value_name = "DIALECT")]
        csv_dialect: Option<CsvDialectArg>,
        /// Leave the pictures (Mermaid diagrams, SVG) out of the Markdown or HTML plan.
        #[arg(long)]
        no_diagrams: bool,
        /// Write here instead of to standard output (`-` is standard output).
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
        /// Overwrite OUT if it exists.
        #[arg(long)]
        force: bool,
        /// The day "overdue" and "next" are counted from (default: the canvas's date): YYYY-MM-DD,
        /// `today`, a weekday, or ahead as +2w.
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
    },
    /// Show what changed between two canvases, section by section, field by field.
    ///
    /// Also works as a git diff driver: given git's seven arguments
    /// (path old-file old-hex old-mode new-file new-hex new-mode) it reports on the two files.
    Diff {
        /// The older canvas, then the newer.
        #[arg(num_args = 2..=7, required = true, value_names = ["OLD", "NEW"])]
        files: Vec<PathBuf>,
        /// Report format.
        #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
        format: DiffFormat,
        /// Exit with 1 when the canvases differ.
        #[arg(long)]
        exit_code: bool,
    },
    /// The revisions of one canvas over time: the four phases' waves, each stakeholder's,
    /// relationship's and action's path, and the signals across time.
    History {
        /// Canvas files or folders (searched recursively) holding the revisions of one canvas.
        #[arg(required = true, value_name = "FILE")]
        paths: Vec<PathBuf>,
        /// The canvas id to follow, when the files hold several canvases.
        #[arg(long, value_name = "ID")]
        id: Option<String>,
        /// Report format.
        #[arg(long, value_enum, default_value_t = HistoryFormat::Text)]
        format: HistoryFormat,
        /// Write here instead of to standard output (`-` is standard output).
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
        /// Overwrite OUT if it exists.
        #[arg(long)]
        force: bool,
    },
    /// The follow-up report for one client over its revisions: what was achieved, the loop cards,
    /// what changed since the previous revision, the waves over every revision, the network's
    /// weak points and what is due; one printable page.
    Report {
        /// Canvas files or folders (searched recursively) holding the revisions of one canvas.
        #[arg(required = true, value_name = "FILE")]
        paths: Vec<PathBuf>,
        /// The canvas id to follow, when the files hold several canvases.
        #[arg(long, value_name = "ID")]
        id: Option<String>,
        /// Report format.
        #[arg(long, value_enum, default_value_t = ReportFormat::Markdown)]
        format: ReportFormat,
        /// The day "overdue" and "next" are counted from (default: today): YYYY-MM-DD, `today`, a
        /// weekday, or ahead as +2w.
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
        /// Write here instead of to standard output (`-` is standard output).
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
        /// Overwrite OUT if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Check canvas files; print `file:line:col: message` per problem.
    Validate {
        /// The files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// List saved canvases with title, organisation, date, revision and counts.
    List {
        /// The folder to list (default: the data folder).
        dir: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// The follow-up list across a portfolio: due dates and loop reviews of actions whose loop is
    /// not closed, in the latest revision of every canvas found, overdue first.
    Reviews {
        /// Canvas files or folders, searched recursively (default: the data folder).
        paths: Vec<PathBuf>,
        /// Only what is dated on or before this day: YYYY-MM-DD, `today`, `tomorrow`, a weekday,
        /// or ahead as +10d, +2w, +3m.
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
        /// The day "overdue" is counted from (default: today): YYYY-MM-DD, `today`, a weekday, or
        /// ahead as +2w.
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
        /// Report format.
        #[arg(long, value_enum, default_value_t = ReviewsFormat::Text)]
        format: ReviewsFormat,
        /// Exit with 1 when something is overdue (for a weekly cron job).
        #[arg(long)]
        exit_code: bool,
    },
    /// List the themes cvc finds, and where.
    Themes,
    /// Add entries to a canvas from a list, a CSV or a Kumu sheet (all or nothing, new ids).
    Import(ImportArgs),
    /// Print the completion script for a shell.
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page.
    Man,
}

/// The arguments of `cvc import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The canvas to add to.
    pub file: PathBuf,
    /// The section the entries go to.
    #[arg(long, value_enum)]
    pub section: Section,
    /// What INPUT is (default: csv for a `.csv` or `.tsv` file, else text).
    #[arg(long, value_enum)]
    pub from: Option<ImportFrom>,
    /// A stakeholder named in INPUT that the canvas lacks is created instead of refused.
    #[arg(long)]
    pub create_missing: bool,
    /// The file to read; `-` reads standard input.
    pub input: PathBuf,
}

/// A section of entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Section {
    /// Stakeholders.
    Stakeholders,
    /// Relationships between stakeholders.
    Relationships,
    /// Community management tasks.
    Tasks,
    /// Adoption actions.
    Actions,
}

/// What `cvc import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportFrom {
    /// One entry a line.
    Text,
    /// A header row naming the file's fields, then one entry a row.
    Csv,
    /// A Kumu elements (stakeholders) or connections (relationships) sheet.
    Kumu,
}

/// What `cvc list` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// A table.
    Text,
    /// A JSON object for scripts.
    Json,
}

/// What `cvc export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// The plan as a Markdown page.
    Markdown,
    /// The plan as one self-contained printable HTML page.
    Html,
    /// A section as CSV.
    Csv,
    /// Due dates and loop reviews as an iCalendar file.
    Ics,
    /// The whole canvas as JSON.
    Json,
}

/// How `cvc export --format csv` separates cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CsvDialectArg {
    /// RFC 4180: `,` between cells (an English spreadsheet).
    Rfc,
    /// Excel in French or German: `;` between cells and a UTF-8 byte-order mark.
    ExcelFr,
}

/// What `cvc reviews` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReviewsFormat {
    /// An aligned table.
    Text,
    /// A Markdown page.
    Markdown,
    /// CSV, one row per date.
    Csv,
    /// An iCalendar file, one all-day event per date.
    Ics,
    /// JSON for scripts.
    Json,
}

/// What `cvc diff` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// A summary like `git diff --stat`, then the detail.
    Text,
    /// A "what changed since last time" page.
    Markdown,
    /// The follow-up report's "what changed" part as a printable HTML page.
    Html,
    /// A JSON object for scripts.
    Json,
}

/// What `cvc report` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// A Markdown page with Mermaid pictures.
    Markdown,
    /// One self-contained printable HTML page with SVG pictures.
    Html,
}

/// What `cvc history` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum HistoryFormat {
    /// Waves as bands of block characters, then each path in one line.
    Text,
    /// A Markdown page with a column per revision.
    Markdown,
    /// The follow-up report's part over time (the waves as a picture, cadence kept, signals) as a
    /// printable HTML page.
    Html,
    /// A JSON object for scripts.
    Json,
}

impl Section {
    /// The kind of entry the section holds.
    pub fn kind(self) -> crate::model::EntryKind {
        use crate::model::EntryKind;
        match self {
            Section::Stakeholders => EntryKind::Stakeholder,
            Section::Relationships => EntryKind::Relationship,
            Section::Tasks => EntryKind::Task,
            Section::Actions => EntryKind::Action,
        }
    }
}
