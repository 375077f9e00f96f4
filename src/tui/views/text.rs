//! Text helpers for views: width-aware truncation and wrapping.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// `text` cut to `width` columns, ending in `…` when cut; wide characters count as two.
pub(crate) fn fit(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// `text` cut like [`fit`], but at the end of a word when one ends in the line's second half, so
/// a sentence is never cut mid-word ("…Beziehungen e…" read as a word of its own).
pub(crate) fn fit_words(text: &str, width: usize) -> String {
    let cut = fit(text, width);
    let Some(kept) = cut.strip_suffix('…') else {
        return cut;
    };
    match kept.trim_end().rfind(' ') {
        Some(at) if kept[..at].width() * 2 >= width => {
            format!("{}…", kept[..at].trim_end_matches([' ', ',', ';', ':', '·']))
        }
        _ => cut,
    }
}

/// `text`, parts joined by ` · `, cut to `width` columns after the last whole part that fits
/// (`keep informed · power 2 …`), else like [`fit_words`]: a fact is never cut mid-word.
pub(crate) fn fit_parts(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let end =
        text.match_indices(" · ").map(|(at, _)| at).take_while(|&at| text[..at].width() + 2 <= width).last();
    match end {
        Some(at) => format!("{} …", &text[..at]),
        None => fit_words(text, width),
    }
}

/// `text` wrapped to `width` columns (at least 1), one string per line, broken at spaces only:
/// a date (`2026-06-15`) or a hyphenated word stays whole; only a word longer than a line is cut.
pub(crate) fn wrap(text: &str, width: usize) -> Vec<String> {
    let options = textwrap::Options::new(width.max(1)).word_splitter(textwrap::WordSplitter::NoHyphenation);
    textwrap::wrap(text, options).into_iter().map(|l| l.into_owned()).collect()
}

/// `text` wrapped to `width` columns at spaces only, a word longer than a line ending in `…`
/// rather than going on at the start of the next (`Geschäftsfü…`, never `Geschäftsfü` / `hrung`).
pub(crate) fn wrap_whole(text: &str, width: usize) -> Vec<String> {
    let options = textwrap::Options::new(width.max(1))
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(false);
    textwrap::wrap(text, options).into_iter().map(|l| fit(&l, width.max(1))).collect()
}

/// `text` wrapped like [`wrap`], the lines after the first indented by `indent` (a hanging
/// indent, so a list's marks and dates stay in their column).
pub(crate) fn wrap_hanging(text: &str, width: usize, indent: &str) -> Vec<String> {
    let options = textwrap::Options::new(width.max(indent.len() + 1))
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .subsequent_indent(indent);
    textwrap::wrap(text, options).into_iter().map(|l| l.into_owned()).collect()
}

/// How many lines `wrap` makes of `text` at `width` columns (plain ASCII counted without building them):
/// words go on a line while they fit, a word longer than a line is broken.
pub(crate) fn line_count(text: &str, width: usize) -> usize {
    // Wide characters are never split between lines, so a long word of them breaks where the
    // wrapper breaks it, not at a column count: such text is counted by wrapping it.
    // Leading spaces are a word of their own to the wrapper, and a run of spaces is as wide as
    // it is: such text is counted the same way.
    if !text.is_ascii() || text.starts_with(' ') || text.contains("  ") {
        return wrap(text, width).len().max(1);
    }
    let width = width.max(1);
    let (mut lines, mut used) = (1, 0);
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let w = word.width();
        if used > 0 && used + 1 + w <= width {
            used += 1 + w;
            continue;
        }
        if used > 0 {
            lines += 1;
        }
        lines += w.saturating_sub(1) / width;
        used = if w % width == 0 && w > 0 { width } else { w % width };
    }
    lines
}

/// The width of `text` in columns.
pub(crate) fn width(text: &str) -> usize {
    text.width()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Tr;
    use crate::model::{Day, Language};

    #[test]
    fn a_french_or_german_date_is_never_broken_across_lines() {
        let day = Day::new(2027, 2, 15).unwrap();
        for lang in [Language::Fr, Language::De] {
            let date = Tr::new(lang).day(day);
            let said = format!("la revue est prévue le {date} avec tout le monde");
            for width in date.chars().count() + 2..said.chars().count() {
                let lines = wrap(&said, width);
                assert!(lines.iter().any(|l| l.contains(&date)), "{lang} at {width}: {lines:?}");
                let hanging = wrap_hanging(&said, width, "  ");
                assert!(hanging.iter().any(|l| l.contains(&date)), "{lang} at {width}: {hanging:?}");
            }
        }
    }

    #[test]
    fn line_count_agrees_with_wrap() {
        for text in [
            "Field engineers",
            "? Regional managers →+",
            "+ Product engineering",
            "a",
            "Supercalifragilistic x",
            "one two three four five six",
            "was due 2026-06-15 and is still committed",
            "Night-shift dispatchers",
        ] {
            for width in [3, 4, 8, 10, 14, 18, 40] {
                assert_eq!(line_count(text, width), wrap(text, width).len(), "{text:?} at {width}");
            }
        }
    }

    proptest::proptest! {
        /// The counter that sizes the stakeholder field and the wrapper that draws it agree for
        /// any name: ASCII, hyphenated, wide (CJK) or emoji, at any width.
        #[test]
        fn line_count_agrees_with_wrap_for_any_name(
            text in "[a-zA-Z \\-\u{4e00}-\u{4e20}\u{1F600}-\u{1F610}]{0,40}",
            width in 1usize..30,
        ) {
            proptest::prop_assert_eq!(line_count(&text, width), wrap(&text, width).len().max(1));
        }
    }

    #[test]
    fn a_date_is_one_word() {
        assert_eq!(wrap("was due 2026-06-15 and", 12), ["was due", "2026-06-15", "and"]);
    }

    #[test]
    fn fitting_counts_wide_characters_as_two_columns() {
        assert_eq!(fit("abc", 5), "abc");
        assert_eq!(fit("abcdef", 4), "abc…");
        assert_eq!(fit("日本語テキスト", 7), "日本語…");
        assert!(width(&fit("日本語テキスト", 6)) <= 6);
    }

    #[test]
    fn a_cut_sentence_ends_at_a_word_and_a_fitting_one_is_whole() {
        let german = "v: Liste oder Matrix der Stakeholder, Beziehungen ein oder aus";
        assert_eq!(fit_words(german, 40), "v: Liste oder Matrix der Stakeholder…");
        assert_eq!(fit_words("short", 40), "short");
        // One long word: cut inside it, as there is no word end to cut at.
        assert_eq!(fit_words("Donaudampfschifffahrtsgesellschaft", 10), "Donaudamp…");
        let facts = "ständig einbinden · Einfluss 5 · Interesse 3 · Befürworter · Gruppe";
        assert_eq!(fit_parts(facts, 50), "ständig einbinden · Einfluss 5 · Interesse 3 …");
        assert_eq!(fit_parts(facts, 200), facts);
        assert_eq!(fit_parts("Befürworter und Gegner", 14), "Befürworter…", "no part fits: at a word");
    }

    #[test]
    fn a_word_longer_than_the_line_ends_in_an_ellipsis_never_on_the_next_line() {
        assert_eq!(wrap_whole("Von Geschäftsführung", 12), ["Von", "Geschäftsfü…"]);
        assert_eq!(wrap_whole("Head of Service", 12), ["Head of", "Service"]);
        assert!(wrap_whole("Geschäftsführung", 12).iter().all(|l| l.width() <= 12));
    }
}
