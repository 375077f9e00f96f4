//! The attack corpus (`tests/attacks/`) through every command of the real binary: canvases, file
//! names and arguments holding escape sequences (clear screen, window title, clipboard), carriage
//! returns, backspaces, C1 controls and bidirectional overrides. Nothing that would act on the
//! reader's terminal reaches standard output, standard error or a file a command writes.

use crate::common;

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::Command;

use common::Sandbox;

/// A file name that would clear the screen, set the title, rewrite the line and reverse the text.
const HOSTILE_NAME: &str =
    "evil\u{1b}[2J\u{1b}]0;pwned\u{7}\u{1b}]52;c;aGk=\u{7}\r\u{8}\u{202e}\u{2066}\u{9b}";

/// An argument (a theme, a template, a title, a format) holding the same and a line break.
const HOSTILE_ARG: &str = "x\u{1b}[2J\u{1b}]0;pwned\u{7}\nforged line\r\u{8}\u{202d}\u{2069}";

/// What one run printed, as bytes.
struct Output {
    code: Option<i32>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

/// Runs `cvc` in the sandbox with its data and config folders there.
fn cvc(s: &Sandbox, args: &[&OsStr]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_cvc"))
        .args(args)
        .current_dir(s.dir.path())
        .env("CVC_DATA_DIR", s.path("data"))
        .env("CVC_CONFIG_DIR", s.path("config"))
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    Output { code: out.status.code(), stdout: out.stdout, stderr: out.stderr }
}

/// The corpus: (file stem, RON text with `\u{…}` escapes), sorted by name.
fn corpus() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/attacks");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .map(|p| {
            (p.file_stem().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// The text with RON's `\u{…}` and `\r` escapes turned into the raw characters they stand for.
fn raw(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if let Some(hex) = rest.strip_prefix("\\u{").and_then(|r| r.split_once('}')).map(|(h, _)| h) {
            out.push(char::from_u32(u32::from_str_radix(hex, 16).unwrap()).unwrap());
            rest = &rest[3 + hex.len() + 1..];
        } else if let Some(after) = rest.strip_prefix("\\r") {
            out.push('\r');
            rest = after;
        } else {
            let two = rest.char_indices().nth(2).map_or(rest.len(), |(i, _)| i);
            out.push_str(&rest[..two]);
            rest = &rest[two..];
        }
    }
    out.push_str(rest);
    out
}

/// The first character in `bytes` that would act on a terminal rather than show: a control
/// character other than a line break or tab (a carriage return only as part of `\r\n` in CSV and ICS),
/// or a bidirectional override or isolate.
fn acting(bytes: &[u8], crlf_lines: bool) -> Option<String> {
    let Ok(text) = std::str::from_utf8(bytes) else { return Some("bytes that are not UTF-8".into()) };
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let crlf = crlf_lines && c == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n');
        let bidi = matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
        if (c.is_control() && c != '\n' && c != '\t' && !crlf) || bidi {
            let from = text[..at].char_indices().rev().nth(30).map_or(0, |(i, _)| i);
            return Some(format!("{c:?} after {:?}", &text[from..at]));
        }
    }
    None
}

/// The runs so far and what went wrong in them.
#[derive(Default)]
struct Audit {
    runs: usize,
    failures: Vec<String>,
}

impl Audit {
    /// Runs one command and checks everything it printed; returns what it printed.
    fn run(&mut self, s: &Sandbox, args: &[&OsStr], crlf_lines: bool) -> Output {
        let out = cvc(s, args);
        self.runs += 1;
        let shown: Vec<_> = args.iter().map(|a| a.to_string_lossy().escape_debug().to_string()).collect();
        if !matches!(out.code, Some(0..=2)) {
            self.failures.push(format!("cvc {shown:?} ended with {:?}", out.code));
        }
        for (stream, bytes, crlf_lines) in
            [("stdout", &out.stdout, crlf_lines), ("stderr", &out.stderr, false)]
        {
            if let Some(bad) = acting(bytes, crlf_lines) {
                self.failures.push(format!("cvc {shown:?} printed {bad} to {stream}"));
            }
        }
        out
    }

    /// Checks a file a command wrote.
    fn file(&mut self, path: &Path, crlf_lines: bool) {
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        if let Some(bad) = acting(&bytes, crlf_lines) {
            self.failures.push(format!("{} holds {bad}", path.display().to_string().escape_debug()));
        }
    }
}

fn os(s: impl AsRef<OsStr>) -> OsString {
    s.as_ref().to_os_string()
}

/// The commands run over one canvas file `f`, compared with `other`.
fn over_one_canvas(s: &Sandbox, f: &Path, other: &Path, tag: &str, audit: &mut Audit) {
    let out_md = s.path(&format!("{HOSTILE_NAME}{tag}.md"));
    let out_csv = s.path(&format!("{HOSTILE_NAME}{tag}.csv"));
    let (f, other) = (f.as_os_str(), other.as_os_str());
    let hex = OsStr::new("0000000");
    let mode = OsStr::new("100644");
    let git_path = os(format!("{HOSTILE_NAME}.ron"));
    let runs_of: Vec<(Vec<&OsStr>, bool)> = vec![
        (vec!["validate".as_ref(), f], false),
        (vec!["export".as_ref(), f], false),
        (vec!["export".as_ref(), f, "--format".as_ref(), "csv".as_ref()], true),
        (vec!["diff".as_ref(), f, other], false),
        (vec!["diff".as_ref(), other, f], false),
        (vec!["diff".as_ref(), f, other, "--format".as_ref(), "markdown".as_ref()], false),
        (vec!["diff".as_ref(), other, f, "--format".as_ref(), "markdown".as_ref()], false),
        (vec!["diff".as_ref(), &git_path, f, hex, mode, other, hex, mode], false),
        (vec!["export".as_ref(), f, "-o".as_ref(), out_md.as_os_str()], false),
        (vec!["export".as_ref(), f, "-o".as_ref(), out_md.as_os_str()], false),
        (vec!["export".as_ref(), f, "--format".as_ref(), "html".as_ref()], false),
        (vec!["export".as_ref(), f, "--format".as_ref(), "ics".as_ref()], true),
        (vec!["export".as_ref(), f, "--format".as_ref(), "json".as_ref()], false),
        (vec!["history".as_ref(), f, other], false),
        (
            vec![
                "export".as_ref(),
                f,
                "--format".as_ref(),
                "csv".as_ref(),
                "-o".as_ref(),
                out_csv.as_os_str(),
            ],
            true,
        ),
    ];
    for (args, crlf_lines) in runs_of {
        audit.run(s, &args, crlf_lines);
    }
    if out_md.exists() {
        audit.file(&out_md, false);
        audit.file(&out_csv, true);
    }
    let made = s.path(&format!("{HOSTILE_NAME}{tag}-new.ron"));
    let next = s.path(&format!("{HOSTILE_NAME}{tag}-next.ron"));
    audit.run(s, &["new".as_ref(), made.as_os_str(), "--template".as_ref(), f], false);
    audit.run(s, &["revisit".as_ref(), f, next.as_os_str()], false);
    audit.run(s, &["revisit".as_ref(), f, next.as_os_str()], false);
}

#[test]
fn no_command_lets_a_canvas_file_name_or_argument_act_on_the_terminal() {
    let s = Sandbox::new();
    std::fs::create_dir_all(s.path("data")).unwrap();
    std::fs::create_dir_all(s.path("config")).unwrap();
    let mut files = Vec::new();
    for (stem, text) in corpus() {
        for (variant, bytes) in [("", text.clone()), (HOSTILE_NAME, raw(&text))] {
            let name = format!("{variant}{stem}.ron");
            std::fs::write(s.path(&name), &bytes).unwrap();
            std::fs::write(s.path("data").join(&name), &bytes).unwrap();
            files.push((format!("{stem}{}", if variant.is_empty() { "" } else { "-raw" }), s.path(&name)));
        }
    }
    let loads: Vec<_> =
        files.iter().filter(|(_, p)| cvc::store::load(p).is_ok()).map(|(t, _)| t.clone()).collect();
    for valid in ["every-field", "every-field-raw", "every-field-revised-raw", "other-canvas-raw"] {
        assert!(loads.contains(&valid.to_string()), "{valid} must load, so that every command prints it");
    }

    let mut audit = Audit::default();
    let other = files.iter().find(|(t, _)| t == "every-field-revised-raw").unwrap().1.clone();
    for (tag, path) in &files {
        over_one_canvas(&s, path, &other, tag, &mut audit);
    }
    let plain = &files.iter().find(|(t, _)| t == "every-field").unwrap().1;
    let export = audit.run(&s, &["export".as_ref(), plain.as_os_str()], false);
    let missing = s.path(&format!("{HOSTILE_NAME}.ron"));
    let hostile_dir: PathBuf = s.path(HOSTILE_NAME);
    let global: Vec<Vec<OsString>> = vec![
        vec![os("list")],
        vec![os("list"), os(s.dir.path())],
        vec![os("list"), os(&hostile_dir)],
        vec![os("reviews"), os(s.dir.path())],
        vec![os("history"), os(s.dir.path())],
        vec![os("--theme"), os(HOSTILE_ARG), os("themes")],
        vec![os("--theme"), os(HOSTILE_ARG), os("validate"), os(&missing)],
        vec![os("diff"), os("--format"), os(HOSTILE_ARG), os("a.ron"), os("b.ron")],
        vec![os("export"), os(HOSTILE_ARG)],
        vec![os("validate"), os(&missing), os(HOSTILE_ARG)],
        vec![os("diff"), os(&missing), os(HOSTILE_ARG)],
        vec![os("new"), os("from-arg.ron"), os("--template"), os(HOSTILE_ARG)],
        vec![os("new"), os(format!("{HOSTILE_NAME}-titled.ron")), os("--title"), os(HOSTILE_ARG)],
        vec![os(HOSTILE_ARG), os("list")],
    ];
    for args in &global {
        let args: Vec<&OsStr> = args.iter().map(OsString::as_os_str).collect();
        audit.run(&s, &args, false);
    }
    std::fs::write(s.path("config/config.ron"), "Config(theme: \"\\u{1b}]0;pwned\\u{7}\\r\")").unwrap();
    audit.run(&s, &["list".as_ref()], false);

    let runs = audit.runs;
    eprintln!("{} corpus files (each also as raw bytes under a hostile name), {runs} runs", files.len() / 2);
    assert!(
        audit.failures.is_empty(),
        "{} of {runs} runs let a sequence through:\n{}",
        audit.failures.len(),
        audit.failures.join("\n")
    );
    let page = String::from_utf8_lossy(&export.stdout);
    assert!(page.contains("\\u{1b}") && page.contains("\\u{202e}"), "the sequences are shown: {page:?}");
}

#[test]
fn raw_turns_ron_escapes_into_characters() {
    assert_eq!(raw(r#""a\u{1b}[2J\r\n\\x""#), "\"a\u{1b}[2J\r\\n\\\\x\"");
}

#[test]
fn acting_finds_each_kind_of_sequence() {
    for bad in ["\u{1b}[2J", "\u{7}", "\u{8}", "a\rb", "\u{9b}", "\u{202e}", "\u{2066}", "\u{7f}"] {
        assert!(acting(bad.as_bytes(), false).is_some(), "{bad:?}");
    }
    assert!(acting(b"a\tb\nc\r\n", true).is_none());
    assert!(acting(b"a\r\n", false).is_some(), "CRLF only in CSV");
}
