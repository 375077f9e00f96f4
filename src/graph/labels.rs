//! Names as labels: one line when it fits, else two lines split between words, shortened only
//! when even two lines cannot hold the name.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Whether a label's line starts with a mark before the name (`◆ Field`): one character that is
/// no letter or digit, then a space.
pub(super) fn marked(line: &str) -> bool {
    let mut chars = line.chars();
    chars.next().is_some_and(|c| !c.is_alphanumeric()) && chars.next() == Some(' ')
}

fn words(name: &str) -> Vec<&str> {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    // A mark before a name (`◆ Field engineers`, a weak point of the network) stays with the
    // name's first word, so it is never a line of its own.
    if words.len() > 1 && words[0].chars().count() == 1 && !words[0].chars().all(char::is_alphanumeric) {
        let start = name.len() - name.trim_start().len();
        let second = start + words[0].len();
        let end = second + name[second..].find(words[1]).unwrap_or(0) + words[1].len();
        words.splice(0..2, [&name[start..end]]);
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mark_before_a_name_stays_with_its_first_word() {
        assert_eq!(lines_for("◆ Field engineers", 10), ["◆ Field", "engineers"]);
        assert_eq!(lines_for("○ Works council", 9), ["○ Works", "council"]);
        assert_eq!(least_width("◆ Service desk"), 9, "◆ Service / desk");
        assert_eq!(lines_for("A team of four", 9), ["A team", "of four"]);
    }
}
