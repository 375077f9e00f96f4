//! Reading canvas text: format check, parse, validation, with positions for every problem.

use std::path::Path;

use ron::extensions::Extensions;

use super::error::{FileError, Located, Position, as_is, said};
use super::locate::{locate, offset_of};
use crate::model::{Canvas, FORMAT, Said, Word, validate};

/// The number in the top-level `format` field, read before the rest (without a full parse) so
/// that a newer file is refused by its number rather than by the fields it adds.
fn format_number(text: &str) -> Option<u32> {
    let at = offset_of(text, &[crate::model::Step::Field("format")])?;
    let digits: String = text[at..].chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// The format a canvas file says it is written in, read without parsing the rest; `None` when
/// the bytes are not text or name no format.
pub fn file_format(bytes: &[u8]) -> Option<u32> {
    format_number(std::str::from_utf8(bytes).ok()?)
}

fn options() -> ron::Options {
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

/// From this length (a canvas of about 3,000 entries) a canvas is read on two cores, where the
/// machine has them: below it, a second thread would cost more than it saves.
const IN_PARTS_FROM: usize = 1 << 20;

/// The canvas in `text`, before validation: read in parts on two cores when it is large, else
/// (and whenever the parts cannot be read) as a whole, which tells what is wrong and where.
fn parse_canvas(text: &str) -> Result<Canvas, ron::error::SpannedError> {
    if text.len() >= IN_PARTS_FROM
        && crate::cores::two()
        && let Some(canvas) = super::split::parse_in_parts(text)
    {
        return Ok(canvas);
    }
    options().from_str(text)
}

/// Parses and validates canvas bytes; `file` names them in errors.
pub fn parse_bytes(file: &Path, bytes: &[u8]) -> Result<Canvas, FileError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let ok = &bytes[..e.valid_up_to()];
        let at = Position::of_offset(std::str::from_utf8(ok).unwrap_or_default(), ok.len());
        FileError::at(file, Some(at), said("store-not-utf8"))
    })?;
    parse_str(file, text)
}

/// Parses and validates canvas text; `file` names it in errors.
pub fn parse_str(file: &Path, text: &str) -> Result<Canvas, FileError> {
    if text.trim().is_empty() {
        return Err(FileError::new(file, Said::new("store-empty", vec![("format", format_word(FORMAT))])));
    }
    if let Some(found) = format_number(text) {
        let at = locate(text, &[crate::model::Step::Field("format")]);
        if found > FORMAT {
            let args = vec![("found", format_word(found)), ("format", format_word(FORMAT))];
            return Err(FileError::at(file, at, Said::new("store-newer-format", args)));
        }
        if found < 1 {
            let args = vec![("found", format_word(found)), ("format", format_word(FORMAT))];
            return Err(FileError::at(file, at, Said::new("store-unknown-format", args)));
        }
    }
    let mut canvas = parse_canvas(text).map_err(|e| {
        let at = Position { line: e.span.start.line, col: e.span.start.col };
        let message = if let Some(found) = not_a_canvas(&e.code) {
            // Checked first: junk such as `zzz` also ends the file where it stops.
            Said::new("store-not-a-canvas", vec![("found", Word::part(found))])
        } else if e.code != ron::Error::Eof && ends_at(text, e.span.end) {
            Said::new("store-cut-off", vec![("why", Word::part(describe(&e.code)))])
        } else {
            describe(&e.code)
        };
        FileError::at(file, Some(at), message)
    })?;
    let problems = validate(&canvas);
    if !problems.is_empty() {
        let problems =
            problems.into_iter().map(|p| Located { position: locate(text, &p.path), said: p.said }).collect();
        return Err(FileError { file: file.to_path_buf(), problems });
    }
    canvas.raise_next_ids();
    canvas.sort_readings();
    // An older format loads unchanged (every newer field has a default) and is saved as this one.
    canvas.format = FORMAT;
    Ok(canvas)
}

/// A format's number as a message's argument (a text: a format is a name, not a quantity).
fn format_word(format: u32) -> Word {
    Word::text(format.to_string())
}

/// What stands where the canvas should begin, when the text does not begin as one.
fn not_a_canvas(code: &ron::Error) -> Option<Said> {
    match code {
        ron::Error::ExpectedDifferentStructName { expected: "Canvas", found } => {
            Some(as_is(format!("`{}`", crate::safe::line(&cut(found, 40)))))
        }
        ron::Error::ExpectedNamedStructLike("Canvas") => Some(said("store-found-something-else")),
        // A `#` that does not open `#![enable(…)]`: a Markdown file, a shell script.
        ron::Error::ExpectedAttribute => Some(said("store-found-hash")),
        _ => None,
    }
}

/// At most `max` characters of `text`, with `…` when some were left out.
fn cut(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

/// True when nothing but white space follows the position: the parser ran out of text.
fn ends_at(text: &str, at: ron::error::Position) -> bool {
    let mut lines = text.split('\n').skip(at.line.saturating_sub(1));
    let first = lines.next().unwrap_or("");
    let tail: String = first.chars().skip(at.col.saturating_sub(1)).collect();
    tail.trim().is_empty() && lines.all(|l| l.trim().is_empty())
}

/// What was expected instead: nothing, one name, or one of several.
fn one_of(names: &[&str]) -> Word {
    Word::part(match names {
        [] => said("ron-expected-nothing"),
        [one] => Said::new("ron-expected-one", vec![("name", Word::text(*one))]),
        _ => Said::new("ron-expected-any", vec![("names", Word::text(names.join(", ")))]),
    })
}

/// Where the parser was (` in Stakeholder`), or nothing.
fn inside(outer: &Option<String>) -> Word {
    Word::Part(outer.as_ref().map(|o| Box::new(Said::new("ron-inside", vec![("outer", Word::text(o))]))))
}

/// The fact behind one of cvc's own field errors (a date, a time, a language), which reaches
/// here as its English sentence: worded again in the reader's language, not shown in English.
fn read_back(m: &str) -> Option<Said> {
    let quoted = |prefix: &str, suffix: &str| m.strip_prefix(prefix)?.strip_suffix(suffix).map(Word::text);
    let fact = |key: &'static str, text: Word| Some(Said::new(key, vec![("text", text)]));
    if let Some(text) = quoted("expected a date as YYYY-MM-DD, found \"", "\"") {
        return fact("day-shape", text);
    }
    if let Some(text) = quoted("expected a date and time as YYYY-MM-DDTHH:MM:SS, found \"", "\"") {
        return fact("store-moment-shape", text);
    }
    if let Some(text) = quoted("\"", "\" is not a real date") {
        return fact("day-no-such-day", text);
    }
    if let Some(text) = quoted("\"", "\" is not a real time") {
        return fact("store-no-such-time", text);
    }
    let language = quoted("unknown language \"", "\": expected en, fr or de")?;
    fact("store-unknown-language", language)
}

/// Says what ron found wrong in plain words, with what was expected.
fn describe(code: &ron::Error) -> Said {
    use ron::Error::*;
    let text = |t: &str| Word::text(t);
    match code {
        Eof => said("ron-eof"),
        Message(m) => read_back(m).unwrap_or_else(|| as_is(m.clone())),
        NoSuchStructField { expected, found, outer } => Said::new(
            "ron-unknown-field",
            vec![("found", text(found)), ("inside", inside(outer)), ("expected", one_of(expected))],
        ),
        NoSuchEnumVariant { expected, found, outer } => Said::new(
            "ron-unknown-value",
            vec![("found", text(found)), ("inside", inside(outer)), ("expected", one_of(expected))],
        ),
        MissingStructField { field, outer } => {
            Said::new("ron-missing-field", vec![("field", text(field)), ("inside", inside(outer))])
        }
        DuplicateStructField { field, outer } => {
            Said::new("ron-field-twice", vec![("field", text(field)), ("inside", inside(outer))])
        }
        InvalidValueForType { expected, found } => {
            Said::new("ron-expected-found", vec![("expected", text(expected)), ("found", text(found))])
        }
        ExpectedDifferentStructName { expected, found } => {
            Said::new("ron-expected-struct", vec![("expected", text(expected)), ("found", text(found))])
        }
        ExpectedString => said("ron-expected-string"),
        ExpectedStringEnd => said("ron-string-not-closed"),
        ExpectedInteger => said("ron-expected-integer"),
        IntegerOutOfBounds => said("ron-out-of-range"),
        ExpectedComma => said("ron-expected-comma"),
        ExceededRecursionLimit => said("ron-too-deep"),
        TrailingCharacters => said("ron-trailing"),
        ExpectedStructLikeEnd => said("ron-expected-paren"),
        ExpectedArrayEnd => said("ron-expected-bracket"),
        other => {
            let text = other.to_string();
            let mut chars = text.chars();
            as_is(chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or(text))
        }
    }
}
