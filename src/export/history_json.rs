//! `cvc history --format json`: the canvas over time for scripts (shape in README.md).

use serde_json::{Value, json};

use super::json::{day, signal, to_text, variant};
use crate::diff::history::{History, Track};

/// A revision index as the revision number, or null.
fn revision(h: &History, index: Option<usize>) -> Value {
    index.map_or(Value::Null, |i| json!(h.revisions[i].revision))
}

/// The fields every path has: id, label, joined and left (revision numbers), and the steps.
fn path<S>(h: &History, t: &Track<S>, step: impl Fn(&S) -> Value) -> serde_json::Map<String, Value>
where
    S: PartialEq,
{
    let steps: Vec<Value> = t.steps.iter().map(|s| s.as_ref().map_or(Value::Null, &step)).collect();
    let mut m = serde_json::Map::new();
    m.insert("id".into(), json!(t.id));
    m.insert("label".into(), json!(t.label));
    m.insert("joined".into(), revision(h, t.joined()));
    m.insert("left".into(), revision(h, t.left()));
    m.insert("path".into(), Value::Array(steps));
    m
}

/// The history as one JSON object.
pub fn history_json(h: &History) -> String {
    let revisions: Vec<Value> = h
        .revisions
        .iter()
        .map(|r| json!({ "revision": r.revision, "date": day(r.date), "file": r.source }))
        .collect();
    let waves: Vec<Value> = h
        .waves
        .iter()
        .map(|w| json!({ "phase": w.phase, "ongoing": w.ongoing, "emphasis": w.emphasis }))
        .collect();
    let people: Vec<Value> = h
        .stakeholders
        .iter()
        .map(|t| {
            Value::Object(path(h, t, |s| {
                json!({
                    "quadrant": s.quadrant.map(|q| q.label()),
                    "stance": variant(s.stance),
                    "desired": variant(s.desired),
                    "power": s.power,
                    "interest": s.interest,
                })
            }))
        })
        .collect();
    let links: Vec<Value> = h
        .relationships
        .iter()
        .map(|t| {
            let mut m = path(h, t, |l| json!({ "health": variant(l.health) }));
            let reconnected: Vec<Value> =
                t.reconnected_in().into_iter().map(|i| json!(h.revisions[i].revision)).collect();
            m.insert("broken_since".into(), revision(h, t.broken_since()));
            m.insert("reconnected_in".into(), Value::Array(reconnected));
            Value::Object(m)
        })
        .collect();
    let actions: Vec<Value> = h
        .actions
        .iter()
        .map(|a| {
            let mut m =
                path(h, &a.track, |p| {
                json!({ "status": variant(p.status), "loop": variant(p.loop_state), "past_review": p.past_review })
            });
            let readings: Vec<Value> = a
                .readings
                .iter()
                .map(|r| json!({ "date": r.date.to_string(), "value": r.value, "note": r.note }))
                .collect();
            m.insert("readings".into(), Value::Array(readings));
            Value::Object(m)
        })
        .collect();
    let tasks: Vec<Value> = h
        .tasks
        .iter()
        .map(|t| {
            Value::Object(path(h, t, |k| {
                let kept = k.kept.map_or(Value::Null, |k| {
                    json!({
                        "cadence": k.cadence,
                        "since": k.since.to_string(),
                        "held": k.held,
                        "asked": k.asked,
                        "fraction": k.fraction(),
                    })
                });
                json!({ "status": variant(k.status), "kept": kept })
            }))
        })
        .collect();
    let months: Vec<Value> = h
        .months
        .iter()
        .map(|m| {
            let (y, mo, _) = m.start.ymd();
            json!({ "month": format!("{y:04}-{mo:02}"), "ongoing": m.work })
        })
        .collect();
    let value = json!({
        "id": h.id,
        "title": h.title,
        "organisation": h.organisation,
        "revisions": revisions,
        "signals": h.signals.iter().map(signal).collect::<Vec<_>>(),
        "waves": waves,
        "stakeholders": people,
        "relationships": links,
        "actions": actions,
        "tasks": tasks,
        "months": months,
    });
    to_text(&value)
}
