//! Names as labels: one line when it fits, else two lines split between words, shortened only
//! when even two lines cannot hold the name.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

fn words(name: &str) -> Vec<&str> {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() { vec!["?"] } else { words }
}

/// The two-line split of `words` with the narrowest wider line, ties to the longer first line.
fn best_split(words: &[&str]) -> Option<(String, String)> {
    (1..words.len())
        .map(|k| (words[..k].join(" "), words[k..].join(" ")))
        .min_by_key(|(a, b)| (a.width().max(b.width()), std::cmp::Reverse(a.width())))
}

/// The fewest columns that hold `name` whole on at most two lines.
pub fn least_width(name: &str) -> usize {
    let words = words(name);
    let one = words.join(" ").width();
    best_split(&words).map_or(one, |(a, b)| one.min(a.width().max(b.width())))
}

/// `name` as the lines of a label at most `limit` columns wide: one line, two lines split
/// between words, or — when no split fits — two lines cut, the second ending in `…`.
pub fn lines_for(name: &str, limit: usize) -> Vec<String> {
    let limit = limit.max(1);
    let words = words(name);
    let one = words.join(" ");
    if one.width() <= limit {
        return vec![one];
    }
    if let Some((a, b)) = best_split(&words)
        && a.width() <= limit
        && b.width() <= limit
    {
        return vec![a, b];
    }
    let (first, rest) = cut(&one, limit);
    let (second, more) = cut(rest.trim_start(), limit);
    if more.is_empty() {
        return vec![first, second];
    }
    let (second, _) = cut(rest.trim_start(), limit.saturating_sub(1));
    vec![first, format!("{second}…")]
}

/// The longest start of `text` within `limit` columns, and the rest.
fn cut(text: &str, limit: usize) -> (String, &str) {
    let mut used = 0;
    for (at, c) in text.char_indices() {
        used += c.width().unwrap_or(0);
        if used > limit {
            return (text[..at].to_string(), &text[at..]);
        }
    }
    (text.to_string(), "")
}
