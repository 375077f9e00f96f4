//! The adoption actions as CSV (RFC 4180), for spreadsheets and trackers.

use super::markdown::opt;
use crate::model::Canvas;

/// Quotes a field when it holds a comma, a quote or a line break.
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// One header row and one row per action, lines ended with CRLF as RFC 4180 asks.
pub fn actions_csv(c: &Canvas) -> String {
    let header = [
        "id",
        "title",
        "owner",
        "due",
        "phase",
        "driver",
        "indicator",
        "baseline",
        "target",
        "indicator_kind",
        "review",
        "status",
        "loop",
        "votes",
        "notes",
    ];
    let mut out = header.join(",") + "\r\n";
    for a in &c.actions {
        let ind = a.indicator.clone().unwrap_or_default();
        let row = [
            a.id.clone(),
            a.title.clone(),
            a.owner.clone(),
            opt(a.due),
            opt(a.phase),
            opt(a.driver),
            ind.name,
            ind.baseline,
            ind.target,
            opt(ind.kind),
            opt(a.review),
            opt(a.status),
            opt(a.loop_state),
            a.votes.to_string(),
            a.notes.clone(),
        ];
        let cells: Vec<String> = row.iter().map(|c| field(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Action;

    #[test]
    fn fields_with_commas_quotes_and_newlines_are_quoted() {
        let mut c = Canvas::new("t");
        c.actions.push(Action {
            id: "A1".into(),
            title: "a, \"b\"\nc".into(),
            votes: 2,
            ..Default::default()
        });
        let text = actions_csv(&c);
        let row = text.lines().nth(1).unwrap();
        assert!(row.starts_with("A1,\"a, \"\"b\"\""));
        assert!(text.ends_with(",2,\r\n"));
    }
}
