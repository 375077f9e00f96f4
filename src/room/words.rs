//! The participant's page in the room's language: the page's own words (`{T:name}` in its HTML)
//! and the words its script says (a JSON block the script reads), from the `page-*` messages.

use crate::i18n::Tr;

/// The page's own words: each `{T:key}` in its HTML names one of these messages.
const PAGE_WORDS: [&str; 12] = [
    "page-title",
    "page-connecting",
    "page-the-room",
    "page-your-dots",
    "page-your-idea",
    "page-one-idea",
    "page-your-name",
    "page-name-hint",
    "page-send",
    "page-send-to-parking",
    "page-on-the-canvas",
    "page-footer",
];

/// The words the script says: the name it asks for, and the message.
const SCRIPT_WORDS: [(&str, &str); 20] = [
    ("the-room", "page-the-room"),
    ("on-the-canvas", "page-on-the-canvas"),
    ("nothing-yet", "page-nothing-yet"),
    ("send-to", "page-send-to"),
    ("take-dot", "page-take-dot"),
    ("give-dot", "page-give-dot"),
    ("not-counted", "page-not-counted"),
    ("no-connection", "page-no-connection"),
    ("write-first", "page-write-first"),
    ("sending", "page-sending"),
    ("arrived", "page-arrived"),
    ("not-arrived", "page-not-arrived"),
    ("text-kept", "page-text-kept"),
    ("not-arrived-offline", "page-not-arrived-offline"),
    ("live", "page-live"),
    ("reconnecting", "page-reconnecting"),
    ("section-context", "page-section-context"),
    ("section-stakeholders", "page-section-stakeholders"),
    ("section-relationships", "page-section-relationships"),
    ("section-parking", "page-section-parking"),
];

/// The most dots a vote's budget is said for; the script falls back to the last one.
const MOST_DOTS: usize = 10;

/// Text as HTML writes it (the messages are cvc's own, but nothing is taken on trust).
fn html(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The page's HTML for the room with join `code`, in `tr`'s language: `{CODE}` is the code,
/// `{LANG}` the language's code, `{T:name}` the message `page-name`, and `{WORDS}` the script's
/// words as JSON (with `<` written `\u003c`, so nothing in it can end the block it is in).
pub(crate) fn page(template: &str, code: &str, tr: Tr) -> String {
    let mut out = String::with_capacity(template.len() + 2048);
    let mut rest = template;
    while let Some(at) = rest.find("{T:") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 3..];
        let Some(end) = after.find('}') else { break };
        // Only the page's own words: a name no message of the page has shows nothing.
        let key = &after[..end];
        if PAGE_WORDS.contains(&key) {
            out.push_str(&html(&tr.get(key)));
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    let mut words = serde_json::Map::new();
    for (name, key) in SCRIPT_WORDS {
        words.insert(name.to_string(), tr.get(key).into());
    }
    // "2 of 3 dots left": by the dots left (Fluent chooses the plural), the budget filled in by
    // the script.
    let left: Vec<serde_json::Value> = (0..=MOST_DOTS)
        .map(|n| tr.args("page-dots-left", &[("count", n.into()), ("budget", "{budget}".into())]).into())
        .collect();
    words.insert("dots-left".into(), left.into());
    let json = serde_json::Value::Object(words).to_string().replace('<', "\\u003c");
    // The code is from the code alphabet: nothing in it needs escaping in HTML.
    out.replace("{CODE}", code).replace("{LANG}", tr.lang().code()).replace("{WORDS}", &json)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;

    #[test]
    fn every_word_of_the_page_is_in_its_language_and_english_reads_as_before() {
        let template = include_str!("page/index.html");
        let english = page(template, "ABCD2345", Tr::default());
        assert!(english.contains("<html lang=\"en\">") && english.contains("Send to the parking lot"));
        assert!(!english.contains("{T:") && !english.contains("{WORDS}") && !english.contains("page-"));
        for placeholder in template.split("{T:").skip(1) {
            let key = placeholder.split('}').next().unwrap();
            assert!(PAGE_WORDS.contains(&key), "{key} is one of the page's words");
        }
        let french = page(template, "ABCD2345", Tr::new(Language::Fr));
        assert!(french.contains("<html lang=\"fr\">") && french.contains("/j/ABCD2345/app.js"));
        for english_word in ["Your idea", "Send to the parking lot", "Nothing you send", "Connecting"] {
            assert!(!french.contains(english_word), "{english_word} left in:\n{french}");
        }
        let words = french.split("id=\"words\">").nth(1).unwrap().split("</script>").next().unwrap();
        let words: serde_json::Value = serde_json::from_str(words).unwrap();
        for (name, _) in SCRIPT_WORDS {
            assert!(words[name].as_str().is_some_and(|w| !w.is_empty()), "{name}");
        }
        assert_eq!(
            words["dots-left"][1],
            "Il vous reste 1 gommette sur {budget}. Vos gommettes ne sont visibles que par vous."
        );
    }
}
