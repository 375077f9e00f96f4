//! The roll-up of `cvc reviews`: one line per client, what is overdue, due and missing across
//! its canvases.

use serde::Serialize;

use super::{GapRow, ReviewRow};
use crate::i18n::Tr;
use crate::model::Canvas;

/// One client's line of the roll-up: what is overdue, due and missing across its canvases.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ClientRow {
    /// The client: the canvases' organisation (or title, when no organisation is written).
    pub client: String,
    /// How many canvases (latest revisions) the client has.
    pub canvases: usize,
    /// Dates passed: due dates, loop reviews and revisits.
    pub overdue: usize,
    /// Dates still ahead.
    pub due: usize,
    /// Actions whose loop is still to review with no date.
    pub undated: usize,
    /// Actions whose loop is still to review with no owner.
    pub unowned: usize,
    /// Relationships still broken.
    pub broken: usize,
    /// The earliest next revisit among the client's canvases.
    pub revisit: Option<String>,
    /// Whether that revisit is overdue (the latest workshop is older than six months).
    pub revisit_overdue: bool,
}

/// Who a canvas is for: its organisation, else its title, else a name that says both are blank
/// (the roll-up's key; [`client_name`] words it for people).
pub(super) fn client_of(organisation: &str, title: &str) -> String {
    match (organisation.trim(), title.trim()) {
        ("", "") => NO_CLIENT.to_string(),
        ("", _) => title.to_string(),
        _ => organisation.to_string(),
    }
}

/// The client of a canvas with neither organisation nor title (JSON and CSV keep these words).
const NO_CLIENT: &str = "(no organisation, no title)";

/// A client's name for people, in `tr`'s language.
pub(super) fn client_name(client: &str, tr: Tr) -> String {
    if client == NO_CLIENT { tr.get("reviews-no-client") } else { client.to_string() }
}

/// The roll-up: one line per client, those with the most overdue first, then by name; each
/// client's next revisit is taken from `revisits` (every canvas's, whatever `--until` keeps).
pub fn clients(
    canvases: &[(std::path::PathBuf, Canvas)],
    rows: &[ReviewRow],
    revisits: &[ReviewRow],
    gaps: &[GapRow],
) -> Vec<ClientRow> {
    let mut by: std::collections::BTreeMap<String, ClientRow> = std::collections::BTreeMap::new();
    fn at(by: &mut std::collections::BTreeMap<String, ClientRow>, client: String) -> &mut ClientRow {
        by.entry(client.clone()).or_insert_with(|| ClientRow { client, ..ClientRow::default() })
    }
    for (_, c) in canvases {
        at(&mut by, client_of(&c.organisation, &c.title)).canvases += 1;
    }
    for r in rows {
        let line = at(&mut by, client_of(&r.organisation, &r.canvas));
        if r.overdue {
            line.overdue += 1;
        } else {
            line.due += 1;
        }
    }
    for r in revisits.iter().filter(|r| r.kind == "revisit") {
        let line = at(&mut by, client_of(&r.organisation, &r.canvas));
        if line.revisit.as_ref().is_none_or(|d| r.date < *d) {
            (line.revisit, line.revisit_overdue) = (Some(r.date.clone()), r.overdue);
        }
    }
    for g in gaps {
        let line = at(&mut by, client_of(&g.organisation, &g.canvas));
        match g.kind {
            "undated" => line.undated += 1,
            "unowned" => line.unowned += 1,
            _ => line.broken += 1,
        }
    }
    let mut out: Vec<ClientRow> = by.into_values().collect();
    out.sort_by_key(|c| std::cmp::Reverse(c.overdue));
    out
}

impl ClientRow {
    /// The line's words after the client: `2 overdue, 3 due; 1 action without a date; …`.
    pub(super) fn words(&self, tr: Tr) -> String {
        let count = |key: &str, n: usize| tr.args(key, &[("count", n.into())]);
        let mut parts =
            vec![tr.args(
                "reviews-client-counts",
                &[("overdue", self.overdue.into()), ("due", self.due.into())],
            )];
        if self.undated > 0 {
            parts.push(count("reviews-client-undated", self.undated));
        }
        if self.unowned > 0 {
            parts.push(count("reviews-client-unowned", self.unowned));
        }
        if self.broken > 0 {
            parts.push(count("reviews-client-broken", self.broken));
        }
        let day = |d: &String| d.parse().map_or_else(|_| d.clone(), |d| tr.day(d));
        match (&self.revisit, self.revisit_overdue) {
            (Some(d), true) => {
                parts.push(tr.args("reviews-client-revisit-overdue", &[("date", day(d).into())]));
            }
            (Some(d), false) => parts.push(tr.args("reviews-client-revisit", &[("date", day(d).into())])),
            (None, _) => parts.push(tr.get("reviews-client-no-date")),
        }
        parts.join(&tr.get("reviews-parts-joined"))
    }
}
