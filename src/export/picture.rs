//! The handout's pictures as plain data worked out from the canvas once, then drawn as Mermaid
//! (Markdown) or as SVG (HTML): the stakeholder grid, the relationship network, phase coverage,
//! the agenda planned against actual, and each indicator's readings against its target.

use crate::i18n::Tr;
use crate::model::{
    Canvas, DatedPoint, Day, Health, Indicator, Language, Phase, PhaseCoverage, Quadrant, Stance, Unit,
    coverage, time_positions,
};

mod network;

pub use network::{Edge, Network, Weak, network};

/// The most stakeholders or relationships a picture draws; beyond that the tables say it all.
pub const MOST: usize = 60;

/// A stakeholder placed on the power/interest field.
#[derive(Debug, Clone, PartialEq)]
pub struct GridPoint {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Power, 1–5.
    pub power: u8,
    /// Interest, 1–5.
    pub interest: u8,
    /// Its stance, when rated.
    pub stance: Option<Stance>,
    /// Its place among the stakeholders on the same spot, and how many share it.
    pub slot: (usize, usize),
}

/// One agenda block: minutes planned and spent.
#[derive(Debug, Clone, PartialEq)]
pub struct AgendaBar {
    /// The block's title.
    pub title: String,
    /// Minutes planned.
    pub planned: f64,
    /// Minutes spent.
    pub actual: f64,
}

/// One indicator's values over time against its target, in one unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Trend {
    /// The action's id.
    pub id: String,
    /// The indicator's name.
    pub name: String,
    /// The unit the values are in (`hours`, `%`, or the indicator's own unit).
    pub unit: String,
    /// The baseline then each numeric reading: label (`baseline` or the date) and value.
    pub points: Vec<(String, f64)>,
    /// Each point's day (`None` for a baseline without its date), for a time axis.
    pub days: Vec<Option<Day>>,
    /// Each point's place on the time axis, 0 (first day) to 1 (last), by its day.
    pub at: Vec<f64>,
    /// The target.
    pub target: f64,
}

/// A picture of part of the plan.
#[derive(Debug, Clone, PartialEq)]
pub enum Picture {
    /// Stakeholders by power and interest.
    Grid(Vec<GridPoint>),
    /// Who is connected to whom, and how well.
    Network(Network),
    /// Tasks and actions per phase, and the phase's ongoing work (active tasks, actions under way).
    Coverage([(Phase, PhaseCoverage); 4]),
    /// The agenda, planned against actual.
    Agenda(Vec<AgendaBar>),
    /// An indicator's readings against its target.
    Trend(Trend),
}

impl Picture {
    /// Its heading.
    pub fn title(&self) -> String {
        self.title_in(crate::i18n::Tr::default())
    }

    /// Its heading in `tr`'s language.
    pub fn title_in(&self, tr: crate::i18n::Tr) -> String {
        match self {
            Picture::Grid(_) => tr.get("picture-grid"),
            Picture::Network(_) => tr.get("picture-network"),
            Picture::Coverage(_) => tr.get("picture-coverage"),
            Picture::Agenda(_) => tr.get("picture-agenda"),
            Picture::Trend(t) => {
                let name = format!("{} {}", t.id, t.name.trim());
                tr.args("picture-trend", &[("indicator", name.into())])
            }
        }
    }

    /// One sentence that says how to read it.
    pub fn legend(&self) -> String {
        self.legend_in(Tr::default())
    }

    /// [`Picture::legend`] in `tr`'s language.
    pub fn legend_in(&self, tr: Tr) -> String {
        match self {
            Picture::Grid(_) => tr.get("picture-legend-grid"),
            Picture::Network(net) => {
                let mut legend = tr.get("picture-legend-network");
                let any = |f: fn(&Weak) -> bool| net.weak.iter().any(f);
                for (on, key) in [
                    (any(|w| w.linchpin), "picture-legend-linchpin"),
                    (any(|w| w.hub), "picture-legend-hub"),
                    (any(|w| w.unconnected), "picture-legend-unconnected"),
                ] {
                    if on {
                        legend.push(' ');
                        legend.push_str(&tr.get(key));
                    }
                }
                legend
            }
            Picture::Coverage(_) => tr.get("picture-legend-coverage"),
            Picture::Agenda(_) => tr.get("picture-legend-agenda"),
            Picture::Trend(t) => {
                let unit =
                    if t.unit.is_empty() { tr.get("picture-its-unit") } else { trend_word(&t.unit, tr) };
                let args = [("unit", unit.into()), ("target", number_in(t.target, tr).into())];
                tr.args("picture-legend-trend", &args)
            }
        }
    }
}

/// The mark of a stance, as the terminal's grid shows it.
pub fn stance_mark(stance: Option<Stance>) -> &'static str {
    match stance {
        Some(Stance::Champion) => "★",
        Some(Stance::Supporter) => "+",
        Some(Stance::Neutral) => "·",
        Some(Stance::Sceptic) => "?",
        Some(Stance::Blocker) => "✗",
        None => "○",
    }
}

/// The mark of a relationship's health, beside its colour.
pub fn health_mark(health: Option<Health>) -> &'static str {
    match health {
        Some(Health::Healthy) => "✓",
        Some(Health::AtRisk) => "!",
        Some(Health::Broken) => "✗",
        None => "",
    }
}

/// The stakeholders rated on both power and interest, each with its place among those on its spot.
pub fn grid(c: &Canvas) -> Vec<GridPoint> {
    let rated =
        c.stakeholders.iter().filter_map(|s| Some((s, s.power?.clamp(1, 5), s.interest?.clamp(1, 5))));
    let mut points: Vec<GridPoint> = rated
        .map(|(s, power, interest)| GridPoint {
            id: s.id.clone(),
            name: s.name.clone(),
            power,
            interest,
            stance: s.stance,
            slot: (0, 1),
        })
        .collect();
    let mut counts = [[0usize; 5]; 5];
    for p in &points {
        counts[usize::from(p.power - 1)][usize::from(p.interest - 1)] += 1;
    }
    let mut seen = [[0usize; 5]; 5];
    for p in &mut points {
        let (r, k) = (usize::from(p.power - 1), usize::from(p.interest - 1));
        p.slot = (seen[r][k], counts[r][k]);
        seen[r][k] += 1;
    }
    points
}

/// The agenda's blocks with minutes planned and spent.
pub fn agenda(c: &Canvas) -> Vec<AgendaBar> {
    c.agenda
        .iter()
        .map(|b| AgendaBar {
            title: b.title.clone(),
            planned: f64::from(b.minutes),
            actual: b.spent_secs as f64 / 60.0,
        })
        .collect()
}

/// The unit words of a trend.
fn unit_word(unit: Unit, ind: &Indicator) -> String {
    match unit {
        Unit::Hours => "hours".into(),
        Unit::Percent => "%".into(),
        Unit::Count => ind.unit.trim().to_string(),
    }
}

/// The indicator's baseline and readings against its target, when the target and at least one
/// reading are numbers in one unit, read the way `lang` (the canvas's language) writes them.
pub fn trend(id: &str, ind: &Indicator, lang: Language) -> Option<Trend> {
    let target = ind.quantity_of(&ind.target, lang)?;
    let dated = ind.dated_points(lang);
    if !dated.iter().any(|p| !p.baseline) {
        return None;
    }
    let label = |p: &DatedPoint| match (p.baseline, p.day) {
        (true, _) => "baseline".to_string(),
        (false, Some(d)) => d.to_string(),
        (false, None) => String::new(),
    };
    // A time is drawn in the unit its target is written in (`2 jours`: days, not 48 hours).
    let (unit, per) = match target.unit {
        Unit::Hours => crate::model::time_unit(&ind.target, lang)
            .filter(|(_, hours)| *hours != 1.0)
            .unwrap_or_else(|| (unit_word(target.unit, ind), 1.0)),
        _ => (unit_word(target.unit, ind), 1.0),
    };
    Some(Trend {
        id: id.to_string(),
        name: ind.name.clone(),
        unit,
        points: dated.iter().map(|p| (label(p), p.value / per)).collect(),
        days: dated.iter().map(|p| p.day).collect(),
        at: time_positions(&dated),
        target: target.amount / per,
    })
}

/// Every picture of the plan, in the order the handout shows them; a picture with nothing to
/// draw, or more than [`MOST`] to draw, is left out.
pub fn pictures(c: &Canvas) -> Vec<Picture> {
    let mut out = Vec::new();
    let points = grid(c);
    if !points.is_empty() && points.len() <= MOST {
        out.push(Picture::Grid(points));
    }
    let net = network(c);
    if !net.edges.is_empty() && net.edges.len() <= MOST && net.nodes.len() <= MOST {
        out.push(Picture::Network(net));
    }
    out.push(Picture::Coverage(coverage(c)));
    if !c.agenda.is_empty() && c.agenda.len() <= MOST {
        out.push(Picture::Agenda(agenda(c)));
    }
    let trends = c.actions.iter().filter_map(|a| trend(&a.id, a.indicator()?, c.language));
    out.extend(trends.take(MOST).map(Picture::Trend));
    out
}

/// What is left out of the pictures and why, as sentences for the reader.
pub fn left_out(c: &Canvas) -> Vec<String> {
    left_out_in(c, crate::i18n::Tr::default())
}

/// [`left_out`] in `tr`'s language.
pub fn left_out_in(c: &Canvas, tr: crate::i18n::Tr) -> Vec<String> {
    let mut out = Vec::new();
    let unrated = c.stakeholders.iter().filter(|s| s.power.is_none() || s.interest.is_none()).count();
    if unrated > 0 {
        out.push(tr.args("picture-unrated", &[("count", unrated.into())]));
    }
    let placed = c.stakeholders.len() - unrated;
    if placed > MOST {
        out.push(tr.args("picture-too-many-stakeholders", &[("count", placed.into())]));
    }
    if c.relationships.len() > MOST {
        let n = c.relationships.len();
        out.push(tr.args("picture-too-many-relationships", &[("count", n.into())]));
    }
    out
}

/// A number for a chart label: whole when it is, else one decimal.
pub fn number(x: f64) -> String {
    if (x - x.round()).abs() < 1e-9 { format!("{}", x.round() as i64) } else { format!("{x:.1}") }
}

/// [`number`] for a reader of `tr`'s language: `40.5` in English, `40,5` and `1 200` in French.
/// (Mermaid's own series keep [`number`]: they are its syntax, not words.)
pub fn number_in(x: f64, tr: Tr) -> String {
    match tr.lang() {
        Language::En => number(x),
        lang => crate::i18n::number(x, 1, lang),
    }
}

/// A word a trend carries as data (`baseline` under the first point, `hours` as its unit) in
/// `tr`'s language; an indicator's own unit stays as written.
pub fn trend_word(word: &str, tr: Tr) -> String {
    match word {
        "baseline" => tr.get("picture-baseline"),
        "hours" => tr.get("picture-hours"),
        _ => word.to_string(),
    }
}

/// A quadrant's name on a picture, capitalised: `Manage closely`, `Gérer de près`.
pub fn quadrant_name(q: Quadrant, tr: Tr) -> String {
    let name = tr.label(q);
    let mut chars = name.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests;
