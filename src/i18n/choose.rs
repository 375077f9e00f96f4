//! Which language cvc speaks (DESIGN.md §6, §13): `--lang`, then the config file, then the
//! locale (`LC_ALL`, `LC_MESSAGES`, `LANG`) for the screens; a canvas's own language for its
//! reports unless `--lang` says otherwise. A canvas made new records the screens' language.

use crate::model::Language;

/// The language a locale name asks for: `fr_FR.UTF-8`, `de-CH`, `en_GB` and bare `fr` are
/// French, German and English; `C`, `POSIX` and languages cvc does not speak are `None`.
pub fn from_locale(locale: &str) -> Option<Language> {
    let code: String = locale.trim().chars().take_while(char::is_ascii_alphabetic).collect();
    code.to_ascii_lowercase().parse().ok()
}

/// The language the environment asks for, `var` reading a variable: the first of `LC_ALL`,
/// `LC_MESSAGES` and `LANG` that is set and not empty decides, as POSIX orders them (a `C`
/// locale there means English by default, not a look further down).
pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Option<Language> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|name| var(name).filter(|v| !v.trim().is_empty()))
        .and_then(|locale| from_locale(&locale))
}

/// The screens' language (and a new canvas's): `--lang`, then the config's `language`, then the
/// locale, then English.
pub fn screens_language(flag: Option<Language>, config: Option<Language>) -> Language {
    flag.or(config).or_else(|| from_env(|name| std::env::var(name).ok())).unwrap_or_default()
}

/// The language of a canvas's reports: `--lang` when given, else the canvas's own.
pub fn report_language(flag: Option<Language>, canvas: Language) -> Language {
    flag.unwrap_or(canvas)
}

/// The language of a report over many canvases (`cvc reviews`): `--lang` when given, else the
/// one language every canvas shares (a French consultant's French clients), else `screens`, the
/// reader's own (the config's, the locale's).
pub fn portfolio_language(
    flag: Option<Language>,
    canvases: impl IntoIterator<Item = Language>,
    screens: Language,
) -> Language {
    if let Some(lang) = flag {
        return lang;
    }
    let mut langs = canvases.into_iter();
    match langs.next() {
        Some(first) if langs.all(|l| l == first) => first,
        _ => screens,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_name_their_language_and_the_first_variable_set_decides() {
        assert_eq!(from_locale("fr_FR.UTF-8"), Some(Language::Fr));
        assert_eq!(from_locale("de-CH"), Some(Language::De));
        assert_eq!(from_locale("DE_at@euro"), Some(Language::De));
        assert_eq!(from_locale("en_GB.UTF-8"), Some(Language::En));
        assert_eq!(from_locale("C.UTF-8"), None);
        assert_eq!(from_locale("POSIX"), None);
        assert_eq!(from_locale("es_ES.UTF-8"), None);
        assert_eq!(from_locale("french"), None, "a name that is not a code");
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string())
        };
        assert_eq!(from_env(env(&[("LANG", "de_DE.UTF-8")])), Some(Language::De));
        assert_eq!(from_env(env(&[("LANG", "de_DE.UTF-8"), ("LC_MESSAGES", "fr_FR")])), Some(Language::Fr));
        assert_eq!(from_env(env(&[("LC_MESSAGES", "fr_FR"), ("LC_ALL", "C")])), None, "LC_ALL decides");
        assert_eq!(from_env(env(&[("LC_ALL", ""), ("LANG", "fr_BE")])), Some(Language::Fr), "empty is unset");
        assert_eq!(from_env(env(&[])), None);
    }

    #[test]
    fn the_flag_comes_first_then_the_config_and_a_canvas_speaks_for_its_reports() {
        assert_eq!(screens_language(Some(Language::De), Some(Language::Fr)), Language::De);
        assert_eq!(screens_language(None, Some(Language::Fr)), Language::Fr);
        assert_eq!(report_language(None, Language::Fr), Language::Fr);
        assert_eq!(report_language(Some(Language::De), Language::Fr), Language::De);
    }

    #[test]
    fn a_portfolio_speaks_the_flag_else_its_canvases_shared_language_else_the_readers() {
        use Language::*;
        assert_eq!(portfolio_language(Some(De), [Fr, Fr], En), De);
        assert_eq!(portfolio_language(None, [Fr, Fr], En), Fr);
        assert_eq!(portfolio_language(None, [Fr, De], En), En);
        assert_eq!(portfolio_language(None, [Fr, De], De), De);
        assert_eq!(portfolio_language(None, [], Fr), Fr);
    }
}
