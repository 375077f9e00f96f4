//! Reading canvas text: format check, parse, validation, with positions for every problem.

use std::path::Path;

use ron::extensions::Extensions;

use super::error::{FileError, Located, Position};
use super::locate::{locate, offset_of};
use crate::model::{Canvas, FORMAT, validate};

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

/// Parses and validates canvas bytes; `file` names them in errors.
pub fn parse_bytes(file: &Path, bytes: &[u8]) -> Result<Canvas, FileError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let ok = &bytes[..e.valid_up_to()];
        let at = Position::of_offset(std::str::from_utf8(ok).unwrap_or_default(), ok.len());
        FileError::at(file, Some(at), "the file is not UTF-8 text: expected a RON canvas")
    })?;
    parse_str(file, text)
}

/// Parses and validates canvas text; `file` names it in errors.
pub fn parse_str(file: &Path, text: &str) -> Result<Canvas, FileError> {
    if text.trim().is_empty() {
        return Err(FileError::new(
            file,
            format!("the file is empty: expected a canvas, Canvas(format: {FORMAT}, …)"),
        ));
    }
    if let Some(found) = format_number(text) {
        let at = locate(text, &[crate::model::Step::Field("format")]);
        if found > FORMAT {
            let msg = format!(
                "the file has format {found}, newer than the format {FORMAT} this cvc reads: update cvc to open it"
            );
            return Err(FileError::at(file, at, msg));
        }
        if found < 1 {
            return Err(FileError::at(file, at, format!("unknown format {found}: expected {FORMAT}")));
        }
    }
    let mut canvas: Canvas = options().from_str(text).map_err(|e| {
        let at = Position { line: e.span.start.line, col: e.span.start.col };
        let message = if let Some(found) = not_a_canvas(&e.code) {
            // Checked first: junk such as `zzz` also ends the file where it stops.
            format!("this is not a canvas: expected `Canvas(` at the start, found {found}")
        } else if e.code != ron::Error::Eof && ends_at(text, e.span.end) {
            format!("the file ends too early (is it cut off?): {}", describe(&e.code))
        } else {
            describe(&e.code)
        };
        FileError::at(file, Some(at), message)
    })?;
    let problems = validate(&canvas);
    if !problems.is_empty() {
        let problems = problems
            .into_iter()
            .map(|p| Located { position: locate(text, &p.path), message: p.message })
            .collect();
        return Err(FileError { file: file.to_path_buf(), problems });
    }
    canvas.raise_next_ids();
    canvas.sort_readings();
    // An older format loads unchanged (every newer field has a default) and is saved as this one.
    canvas.format = FORMAT;
    Ok(canvas)
}

/// What stands where the canvas should begin, when the text does not begin as one.
fn not_a_canvas(code: &ron::Error) -> Option<String> {
    match code {
        ron::Error::ExpectedDifferentStructName { expected: "Canvas", found } => {
            Some(format!("`{}`", crate::safe::line(&cut(found, 40))))
        }
        ron::Error::ExpectedNamedStructLike("Canvas") => Some("something else".into()),
        // A `#` that does not open `#![enable(…)]`: a Markdown file, a shell script.
        ron::Error::ExpectedAttribute => Some("`#`, which only starts `#![enable(…)]` in a canvas".into()),
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

fn one_of(names: &[&str]) -> String {
    match names {
        [] => "nothing here".to_string(),
        [one] => format!("expected {one}"),
        _ => format!("expected one of {}", names.join(", ")),
    }
}

fn inside(outer: &Option<String>) -> String {
    outer.as_ref().map(|o| format!(" in {o}")).unwrap_or_default()
}

/// Says what ron found wrong in plain words, with what was expected.
fn describe(code: &ron::Error) -> String {
    use ron::Error::*;
    match code {
        Eof => "the file ends too early: a bracket or quote is not closed".into(),
        Message(m) => m.clone(),
        NoSuchStructField { expected, found, outer } => {
            format!("unknown field `{found}`{}: {}", inside(outer), one_of(expected))
        }
        NoSuchEnumVariant { expected, found, outer } => {
            format!("unknown value `{found}`{}: {}", inside(outer), one_of(expected))
        }
        MissingStructField { field, outer } => format!("missing field `{field}`{}", inside(outer)),
        DuplicateStructField { field, outer } => {
            format!("field `{field}` is given twice{}", inside(outer))
        }
        InvalidValueForType { expected, found } => format!("expected {expected}, found {found}"),
        ExpectedDifferentStructName { expected, found } => {
            format!("expected {expected}(…) here, found {found}")
        }
        ExpectedString => "expected text in double quotes".into(),
        ExpectedStringEnd => "a text is not closed: expected a closing \"".into(),
        ExpectedInteger => "expected a whole number".into(),
        IntegerOutOfBounds => "the number is out of range".into(),
        ExpectedComma => "expected a comma between values".into(),
        ExceededRecursionLimit => "brackets are nested too deeply for a canvas".into(),
        TrailingCharacters => "unexpected text after the end of the canvas".into(),
        ExpectedStructLikeEnd => "expected a closing `)`".into(),
        ExpectedArrayEnd => "expected a closing `]`".into(),
        other => {
            let text = other.to_string();
            let mut chars = text.chars();
            chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or(text)
        }
    }
}
