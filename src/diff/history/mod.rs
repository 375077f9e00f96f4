//! A canvas over time: every revision of one canvas id read together into the four phases'
//! waves, each stakeholder's, relationship's and action's path, and the signals across time
//! (DESIGN.md §6 `cvc history`, §11). Linear in the entries of all revisions together.

mod held;
mod signals;
mod track;

use std::collections::{HashMap, HashSet};

pub use held::{Kept, Month};
pub use track::{Run, Track};

use super::Signal;
use crate::model::{
    ActionStatus, Canvas, Day, Health, List, LoopState, Phase, Quadrant, Reading, Stance, ongoing_work,
};

/// One revision read: its number, its workshop day, and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    /// The canvas's revision number.
    pub revision: u32,
    /// The workshop's day.
    pub date: Option<Day>,
    /// Where it was read from (a file name), for people.
    pub source: String,
}

/// One phase over time: its ongoing work and its emphasis in each revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wave {
    /// The phase.
    pub phase: Phase,
    /// Active tasks plus committed or in-progress actions, per revision.
    pub ongoing: Vec<usize>,
    /// The emphasis the context gave the phase (0–3), per revision.
    pub emphasis: Vec<u8>,
}

/// Where a stakeholder stood in one revision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    /// Power/interest quadrant, once both are rated.
    pub quadrant: Option<Quadrant>,
    /// Stance.
    pub stance: Option<Stance>,
    /// The stance the plan wants.
    pub desired: Option<Stance>,
    /// Power, 1–5.
    pub power: Option<u8>,
    /// Interest, 1–5.
    pub interest: Option<u8>,
}

/// A relationship's health in one revision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link {
    /// Healthy, at risk or broken.
    pub health: Option<Health>,
}

impl Link {
    /// Whether the relationship is broken.
    pub fn broken(&self) -> bool {
        self.health == Some(Health::Broken)
    }
}

impl Track<Link> {
    /// The revision index from which the relationship has been broken to the last revision.
    pub fn broken_since(&self) -> Option<usize> {
        self.spans(Link::broken).last().filter(|s| s.1 + 1 == self.steps.len()).map(|s| s.0)
    }

    /// The revision indices in which it was no longer broken after being broken in the one before.
    pub fn reconnected_in(&self) -> Vec<usize> {
        let works = |i: usize| self.steps[i].as_ref().is_some_and(|l| l.health.is_some() && !l.broken());
        (1..self.steps.len())
            .filter(|&i| self.steps[i - 1].as_ref().is_some_and(Link::broken) && works(i))
            .collect()
    }
}

/// An action's status and loop in one revision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Where it stands.
    pub status: Option<ActionStatus>,
    /// Whether its loop was closed.
    pub loop_state: Option<LoopState>,
    /// Whether its review date had passed on the workshop day with the loop still open.
    pub past_review: bool,
}

/// An action over time, with every reading recorded in any revision, in date order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionPath {
    /// Status and loop per revision.
    pub track: Track<Progress>,
    /// The readings of all revisions, each once, in date order.
    pub readings: Vec<Reading>,
    /// Its review date in each revision that has it, for the signals.
    pub reviews: Vec<Option<Day>>,
}

/// Every revision of one canvas over time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct History {
    /// The canvas id.
    pub id: String,
    /// The title of the latest revision.
    pub title: String,
    /// The organisation of the latest revision.
    pub organisation: String,
    /// The revisions, in the order given (by revision).
    pub revisions: Vec<Revision>,
    /// The four phases' waves, in `Phase::ALL` order.
    pub waves: Vec<Wave>,
    /// Each stakeholder's path, in the order first seen.
    pub stakeholders: Vec<Track<Standing>>,
    /// Each relationship's health path, in the order first seen.
    pub relationships: Vec<Track<Link>>,
    /// Each action's status, loop and readings, in the order first seen.
    pub actions: Vec<ActionPath>,
    /// Each task's status and cadence kept since the workshop before, in the order first seen.
    pub tasks: Vec<Track<Kept>>,
    /// The waves month by month between the first workshop and the last, from the days the
    /// community work was held (empty with fewer than two dated revisions).
    pub months: Vec<Month>,
    /// The signals across time: needs attention first, then good news.
    pub signals: Vec<Signal>,
}

impl History {
    /// How a revision index is named for people: "revision 2".
    pub fn name(&self, index: usize) -> String {
        format!("revision {}", self.revisions[index].revision)
    }

    /// Revision index `index` as a short tag: "r2".
    pub fn tag(&self, index: usize) -> String {
        format!("r{}", self.revisions[index].revision)
    }
}

/// Follows the entries of one list across revisions by id.
fn follow<E, S>(
    revisions: &[(String, &Canvas)],
    list: impl Fn(&Canvas) -> &List<E>,
    id: impl Fn(&E) -> &str,
    label: impl Fn(usize, &E) -> String,
    step: impl Fn(&Canvas, &E) -> S,
) -> Vec<Track<S>>
where
    E: Clone,
    S: Clone,
{
    let n = revisions.len();
    let mut at: HashMap<String, usize> = HashMap::new();
    let mut out: Vec<Track<S>> = Vec::new();
    for (r, (_, c)) in revisions.iter().enumerate() {
        for e in list(c).iter() {
            let i = *at.entry(id(e).to_string()).or_insert_with(|| {
                out.push(Track { id: id(e).to_string(), label: String::new(), steps: vec![None; n] });
                out.len() - 1
            });
            out[i].label = label(r, e);
            out[i].steps[r] = Some(step(c, e));
        }
    }
    out
}

/// Follows the actions, gathering each one's readings across revisions (each reading once).
fn actions(revisions: &[(String, &Canvas)]) -> Vec<ActionPath> {
    let tracks = follow(
        revisions,
        |c| &c.actions,
        |a| a.id.as_str(),
        |_, a| a.title.clone(),
        |c, a| Progress {
            status: a.status,
            loop_state: a.loop_state,
            past_review: c.date.is_some_and(|d| crate::model::review_overdue(a, d)),
        },
    );
    let at: HashMap<&str, usize> = tracks.iter().enumerate().map(|(i, t)| (t.id.as_str(), i)).collect();
    let n = revisions.len();
    let mut readings: Vec<Vec<Reading>> = vec![Vec::new(); tracks.len()];
    let mut reviews: Vec<Vec<Option<Day>>> = vec![vec![None; n]; tracks.len()];
    let mut seen: Vec<HashSet<Reading>> = vec![HashSet::new(); tracks.len()];
    for (r, (_, c)) in revisions.iter().enumerate() {
        for a in &c.actions {
            let i = at[a.id.as_str()];
            reviews[i][r] = a.review;
            for reading in a.indicator.iter().flat_map(|ind| &ind.readings) {
                if seen[i].insert(reading.clone()) {
                    readings[i].push(reading.clone());
                }
            }
        }
    }
    tracks
        .into_iter()
        .zip(readings)
        .zip(reviews)
        .map(|((track, mut readings), reviews)| {
            readings.sort_by_key(|r| r.date);
            ActionPath { track, readings, reviews }
        })
        .collect()
}

/// Reads the revisions of one canvas, given in revision order with where each came from.
pub fn history(revisions: &[(String, &Canvas)]) -> History {
    let latest = revisions.last().map(|(_, c)| *c);
    let waves = Phase::ALL
        .iter()
        .map(|&phase| Wave { phase, ongoing: Vec::new(), emphasis: Vec::new() })
        .collect::<Vec<_>>();
    let mut waves = waves;
    for (_, c) in revisions {
        let work = ongoing_work(c);
        for w in &mut waves {
            w.ongoing.push(work[w.phase as usize]);
            w.emphasis.push(c.context.emphasis.get(w.phase));
        }
    }
    let stakeholders = follow(
        revisions,
        |c| &c.stakeholders,
        |s| s.id.as_str(),
        |_, s| s.name.clone(),
        |_, s| Standing {
            quadrant: s.quadrant(),
            stance: s.stance,
            desired: s.desired,
            power: s.power,
            interest: s.interest,
        },
    );
    let names: Vec<_> = revisions.iter().map(|(_, c)| c.names()).collect();
    let relationships = follow(
        revisions,
        |c| &c.relationships,
        |r| r.id.as_str(),
        |i, r| format!("{} – {}", names[i].of(&r.from), names[i].of(&r.to)),
        |_, r| Link { health: r.health },
    );
    let mut h = History {
        id: latest.map(|c| c.id.clone()).unwrap_or_default(),
        title: latest.map(|c| c.title.clone()).unwrap_or_default(),
        organisation: latest.map(|c| c.organisation.clone()).unwrap_or_default(),
        revisions: revisions
            .iter()
            .map(|(source, c)| Revision { revision: c.revision, date: c.date, source: source.clone() })
            .collect(),
        waves,
        stakeholders,
        relationships,
        actions: actions(revisions),
        tasks: held::tasks(revisions),
        months: held::monthly(revisions),
        signals: Vec::new(),
    };
    h.signals = signals::across(&h, revisions, &names);
    h
}

#[cfg(test)]
mod tests;
