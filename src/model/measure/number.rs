//! Numbers as each language writes them: `1,200.5` in English, `1 200,5` in French, `1.200,5`
//! in German.

use super::Language;

/// The most digits a number may have before its point, and after it: more is no measurement
/// (a pasted id, a slip on the keyboard), and no longer exact as an `f64`.
const DIGITS_MAX: usize = 15;

/// The spaces that may stand between groups of three digits in every language: a space, a
/// no-break space or a narrow no-break space (`1 200`, `60 000`).
const SPACES: [char; 3] = [' ', '\u{a0}', '\u{202f}'];

/// How a language writes a number: what may stand between groups of three digits, and the mark
/// before the decimals.
fn marks(lang: Language) -> (&'static [char], u8) {
    match lang {
        Language::En => (&[',', ' ', '\u{a0}', '\u{202f}'], b'.'),
        Language::Fr => (&SPACES, b','),
        Language::De => (&['.', ' ', '\u{a0}', '\u{202f}'], b','),
    }
}

/// The number at the start of `text` and the rest, read the way `lang` writes numbers: digits
/// with optional thousands separators (`1,200.5` in English, `1 200,5` in French, `1.200,5` in
/// German, spaces in all three) and a decimal mark, after an optional minus sign.
/// `None` when it is not a finite number of sane length, when digits follow a space without
/// making a group of three (`1 80`, `1234 567`, `5 3`): which number was meant is a guess, and in
/// English when a single comma group stands alone (`1,234`: see [`ambiguity`]).
pub(crate) fn leading_number(text: &str, lang: Language) -> Option<(f64, &str)> {
    let (groups, decimal) = marks(lang);
    let bytes = text.as_bytes();
    let digits_from = |at: usize| bytes[at..].iter().take_while(|b| b.is_ascii_digit()).count();
    let mut end = usize::from(bytes.first() == Some(&b'-'));
    let first = digits_from(end);
    if first == 0 {
        return None;
    }
    end += first;
    let mut number: String = text[..end].to_string();
    let mut whole = first;
    // Thousands groups: a separator and exactly three digits, only after a group of one to three,
    // one kind of separator throughout.
    let separator = text[end..].chars().next().filter(|c| groups.contains(c));
    let mut group_count = 0;
    if let Some(sep) = separator.filter(|_| first <= 3) {
        let step = sep.len_utf8();
        while text[end..].starts_with(sep) && digits_from(end + step) == 3 {
            number.push_str(&text[end + step..end + step + 3]);
            end += step + 3;
            whole += 3;
            group_count += 1;
        }
    }
    let mut fraction = 0;
    if bytes.get(end) == Some(&decimal) && digits_from(end + 1) > 0 {
        fraction = digits_from(end + 1);
        number.push('.');
        number.push_str(&text[end + 1..end + 1 + fraction]);
        end += 1 + fraction;
    }
    // `1,234` alone in English: a thousands comma or a decimal comma, nobody can tell.
    if lang == Language::En && separator == Some(',') && group_count == 1 && fraction == 0 {
        return None;
    }
    let rest = &text[end..];
    let after_space = rest.trim_start();
    if after_space.len() < rest.len() && after_space.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if whole > DIGITS_MAX || fraction > DIGITS_MAX {
        return None;
    }
    let value: f64 = number.parse().ok()?;
    value.is_finite().then_some((value, rest))
}
