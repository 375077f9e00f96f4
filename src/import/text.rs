//! A plain list, one entry a line (stickies pasted from anywhere): the line is the entry's needed
//! text (a stakeholder's name, a task's or action's title); a relationship is `FROM -> TO`, with
//! `: what flows` after it if wished. Blank lines are skipped, and so is a list's bullet or number.

use super::{Entry, Work};
use crate::model::{FieldKey, FieldValue, Shape};

/// The column (from 1, in characters) of byte `at` of `line`.
fn col(line: &str, at: usize) -> usize {
    line[..at].chars().count() + 1
}

/// Where the item on a line starts, past white space and a bullet (`-`, `*`, `+`, `•`, `–`) or a
/// number (`1.`, `2)`) followed by a space or by nothing (a bullet alone is a blank line).
fn item_start(line: &str) -> usize {
    let start = line.len() - line.trim_start().len();
    let rest = &line[start..];
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let marker = match rest.chars().next() {
        Some(c @ ('-' | '*' | '+' | '•' | '–')) => c.len_utf8(),
        Some(c) if c.is_ascii_digit() && matches!(rest[digits..].chars().next(), Some('.' | ')')) => {
            digits + 1
        }
        _ => return start,
    };
    let after = &rest[marker..];
    if after.is_empty() || after.starts_with(char::is_whitespace) {
        start + marker + (after.len() - after.trim_start().len())
    } else {
        start
    }
}

/// Reads the list into `work`.
pub(super) fn read<E: Entry>(work: &mut Work<E>, text: &str) {
    for (i, raw) in text.split('\n').enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let start = item_start(line);
        let item = line[start..].trim_end();
        if item.is_empty() {
            continue;
        }
        let mut e = E::default();
        let whole = match E::FIELDS.iter().find(|s| s.required && s.shape == Shape::Text) {
            Some(spec) => {
                (spec.set)(&mut e, FieldValue::Text(item.to_string()));
                true
            }
            None => link(work, &mut e, line, start, i + 1),
        };
        if whole {
            work.entries.push((e, i + 1));
        }
    }
}

/// Reads `FROM -> TO[: exchange]` (or `→`) from `line`, the item starting at byte `start`.
fn link<E: Entry>(work: &mut Work<E>, e: &mut E, line: &str, start: usize, n: usize) -> bool {
    let item = &line[start..];
    let Some((arrow, len)) = ["->", "→"].iter().find_map(|a| item.find(a).map(|at| (at, a.len()))) else {
        let msg = work.tr.get("import-expected-link");
        work.problem(n, col(line, start), msg);
        return false;
    };
    let to_at = start + arrow + len;
    let (to, exchange) = match line[to_at..].split_once(':') {
        Some((to, exchange)) => (to, exchange.trim()),
        None => (&line[to_at..], ""),
    };
    let ends = [(FieldKey::From, start, &item[..arrow]), (FieldKey::To, to_at, to)];
    let mut whole = true;
    for (key, at, text) in ends {
        let Some(spec) = E::spec(key) else { continue };
        let at = at + (text.len() - text.trim_start().len());
        whole &= work.set(e, spec, text.trim(), (n, col(line, at)), true);
    }
    if let Some(spec) = E::spec(FieldKey::Exchange) {
        (spec.set)(e, FieldValue::Text(exchange.to_string()));
    }
    whole
        && work.complete(
            e,
            |spec| (n, if spec.key == FieldKey::To { col(line, to_at) } else { col(line, start) }),
            |_| None,
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bullet_or_number_and_the_space_after_it_are_not_part_of_the_item() {
        for (line, item) in [
            ("- Field engineers", "Field engineers"),
            ("  * Ops", "Ops"),
            ("• Legal", "Legal"),
            ("12. Run a call", "Run a call"),
            ("3) Ask", "Ask"),
            ("-5% churn", "-5% churn"),
            ("2027 plan", "2027 plan"),
            ("Plain", "Plain"),
            ("  - ", ""),
            ("*", ""),
        ] {
            assert_eq!(&line[item_start(line)..], item, "{line}");
        }
    }
}
