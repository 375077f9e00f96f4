//! The canvas JSON's `derived` object: the facts cvc works out as of a day, each action's and
//! task's made as it is written. Every struct's fields are declared in name order, the order
//! the JSON writes them in (a sorted map's), so none is reordered when written.

use serde::ser::{Serialize, Serializer};

use crate::graph::WeakPoints;
use crate::model::{Action, Canvas, Day, Task};

/// The facts cvc works out from the canvas, as of a day: each action's progress, return and loop
/// verdict, each task's cadence kept (since its first held day or the workshop), and the
/// network's weak points.
#[derive(serde::Serialize)]
pub(super) struct Derived<'a> {
    actions: ActionsFacts<'a>,
    as_of: Day,
    network: Network,
    tasks: TasksFacts<'a>,
}

impl Derived<'_> {
    /// The facts of `c` as of `as_of` (the network's worked out now, the entries' when written).
    pub(super) fn of(c: &Canvas, as_of: Day) -> Derived<'_> {
        Derived {
            actions: ActionsFacts(c),
            as_of,
            network: Network::of(crate::graph::weak_points(c)),
            tasks: TasksFacts { c, since: c.date.unwrap_or(as_of), as_of },
        }
    }
}

/// Each action's facts, in list order.
struct ActionsFacts<'a>(&'a Canvas);

impl Serialize for ActionsFacts<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let c = self.0;
        s.collect_seq(c.actions.iter().map(|a| ActionFacts::of(a, c)))
    }
}

/// One action's facts: progress in percent, return on cost (to three decimals) or why there is
/// none, and the loop's verdict.
#[derive(serde::Serialize)]
struct ActionFacts<'a> {
    id: &'a str,
    loop_verdict: Option<&'static str>,
    no_return: Option<String>,
    progress: Option<i64>,
    #[serde(rename = "return")]
    ret: Option<f64>,
}

impl ActionFacts<'_> {
    fn of<'a>(a: &'a Action, c: &Canvas) -> ActionFacts<'a> {
        let (ret, no_return) = match a.return_on_cost(c.language) {
            Ok(r) => (Some((r * 1000.0).round() / 1000.0), None),
            Err(why) => (None, Some(why.why())),
        };
        ActionFacts {
            id: &a.id,
            loop_verdict: a.loop_verdict(c.language).map(|v| v.key()),
            no_return,
            progress: a.indicator().and_then(|i| i.measured(c.language).progress()).map(|p| p.percent()),
            ret,
        }
    }
}

/// Each task's facts, in list order: the cadence kept from `since` to `as_of`.
struct TasksFacts<'a> {
    c: &'a Canvas,
    since: Day,
    as_of: Day,
}

impl Serialize for TasksFacts<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.c.tasks.iter().map(|t| TaskFacts::of(t, self.since, self.as_of)))
    }
}

/// One task's facts: how often its cadence was kept, and whether it slipped.
#[derive(serde::Serialize)]
struct TaskFacts<'a> {
    cadence_kept: Option<Kept>,
    id: &'a str,
    slipped: bool,
}

impl TaskFacts<'_> {
    fn of(t: &Task, since: Day, as_of: Day) -> TaskFacts<'_> {
        let kept = t.cadence_kept(since, as_of);
        TaskFacts {
            cadence_kept: kept.map(|k| Kept {
                asked: k.asked,
                fraction: k.fraction(),
                held: k.held,
                last: k.last,
                since: k.since,
            }),
            id: &t.id,
            slipped: kept.is_some_and(|k| k.slipped),
        }
    }
}

/// A task's cadence kept: held of asked since a day, and the last day held.
#[derive(serde::Serialize)]
struct Kept {
    asked: usize,
    fraction: Option<f64>,
    held: usize,
    last: Option<Day>,
    since: Day,
}

/// The network's weak points.
#[derive(serde::Serialize)]
struct Network {
    articulation_points: Vec<LinchPin>,
    hubs: Vec<Hub>,
    unconnected: Vec<String>,
}

impl Network {
    fn of(weak: WeakPoints) -> Network {
        Network {
            articulation_points: weak
                .linchpins
                .into_iter()
                .map(|l| LinchPin { cut_off: l.cut_off, id: l.id })
                .collect(),
            hubs: weak
                .hubs
                .into_iter()
                .map(|h| Hub { id: h.id, of: h.of, relationships: h.relationships })
                .collect(),
            unconnected: weak.unconnected,
        }
    }
}

/// A stakeholder whose leaving cuts others off.
#[derive(serde::Serialize)]
struct LinchPin {
    cut_off: Vec<String>,
    id: String,
}

/// A stakeholder carrying at least half the relationships.
#[derive(serde::Serialize)]
struct Hub {
    id: String,
    of: usize,
    relationships: usize,
}
