//! The relationship map's title: all of the map, or whose neighbours it shows of a network too
//! large to draw whole, in the screens' language.

use super::text::width;
use crate::i18n::Tr;
use crate::tui::map_focus::Scope;

/// What the title says: all of the map, or whose neighbours it shows and how to choose another;
/// the longest wording that fits in `room` columns.
pub(super) fn title(scope: &Scope, total: usize, room: usize, tr: Tr) -> String {
    let wordings = match scope {
        Scope::All => vec![tr.get("map-title")],
        Scope::Focus { name, shown, links } => {
            // "engineers' connections", "Ann's connections" in English; French and German put the
            // name after the noun ("les 9 liens de Sam"), as it is.
            let owner = match tr.lang() {
                crate::model::Language::En if name.ends_with('s') => format!("{name}'"),
                crate::model::Language::En => format!("{name}'s"),
                _ => name.clone(),
            };
            let (name, owner) = (name.as_str(), owner.as_str());
            let (shown, links) = (*shown, *links);
            let whose = if shown == links {
                tr.args(
                    "map-whose",
                    &[("owner", owner.into()), ("name", name.into()), ("links", links.into())],
                )
            } else {
                let args = [
                    ("shown", shown.into()),
                    ("owner", owner.into()),
                    ("name", name.into()),
                    ("links", links.into()),
                ];
                tr.args("map-whose-some", &args)
            };
            let count = if shown == links {
                links.to_string()
            } else {
                tr.args("map-count-some", &[("shown", shown.into()), ("links", links.into())])
            };
            let args = [
                ("whose", whose.as_str().into()),
                ("total", total.into()),
                ("name", name.into()),
                ("count", count.as_str().into()),
            ];
            [
                "map-focus-longest",
                "map-focus-long",
                "map-focus-medium",
                "map-focus-whose-total",
                "map-focus-whose",
                "map-focus-name-count",
                "map-focus-name",
                "map-focus-count",
            ]
            .iter()
            .map(|key| format!(" {} ", tr.args(key, &args)))
            .collect()
        }
        Scope::First { shown } => {
            let args = [("shown", (*shown).into()), ("total", total.into())];
            vec![
                format!(" {} ", tr.args("map-first", &args)),
                format!(" {} ", tr.args("map-first-short", &args)),
            ]
        }
    };
    let last = wordings.last().cloned().unwrap_or_default();
    wordings.into_iter().find(|t| width(t) <= room).unwrap_or(last)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;

    #[test]
    fn the_title_of_part_of_a_network_is_in_the_screens_language() {
        let focus = Scope::Focus { name: "Sam".into(), shown: 5, links: 9 };
        let en = title(&focus, 120, 200, Tr::new(Language::En));
        assert_eq!(en, " Showing 5 of Sam's 9 connections (120 stakeholders in all) — ↑↓ to choose ");
        let fr = title(&focus, 120, 200, Tr::new(Language::Fr));
        assert_eq!(fr, " Affiche 5 des 9 liens de Sam (120 parties prenantes en tout) — ↑↓ pour choisir ");
        let de = title(&focus, 120, 24, Tr::new(Language::De));
        assert_eq!(de, " Sam: 5 von 9 · ↑↓ ", "the shortest wording that fits");
        let first = title(&Scope::First { shown: 40 }, 120, 200, Tr::new(Language::De));
        assert!(first.contains("Zeigt 40 von 120 Stakeholdern"), "{first}");
    }
}
