//! The loop card (DESIGN.md §11): the one place a loop closer reads an action — owner and
//! business line, the indicator with its baseline and the baseline's date, every reading placed
//! by its date, the target, progress and trend, cost, gain and return, the next review, and the
//! loop with its evidence; a loop closed short of its target, or left open on done work, is said
//! in words. [`LoopCard::of`] works the facts out once; [`markdown`] and [`html`] write them, for
//! the handout and for any report that shows a card.

use std::fmt::Write;

use super::html::Palette;
use super::picture::{Picture, Trend, trend};
use crate::model::{
    Action, ActionStatus, Aim, Day, Language, LoopState, LoopVerdict, Measured, review_overdue,
};
use crate::safe;

/// One fact of a card: what it is and what it says.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    /// What the fact is: `Owner`, `Baseline`.
    pub label: &'static str,
    /// What it says.
    pub text: String,
    /// Whether it needs attention (an overdue review, a loop closed short of its target).
    pub attention: bool,
}

/// A reading as the card lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct CardReading {
    /// When it was measured.
    pub date: Day,
    /// The value as written.
    pub value: String,
    /// The note, if any.
    pub note: String,
}

/// An action's loop card: its facts worked out once, ready to be written in any format.
#[derive(Debug, Clone, PartialEq)]
pub struct LoopCard {
    /// The action's id.
    pub id: String,
    /// The action's title.
    pub title: String,
    /// The facts, in the order the card shows them.
    pub facts: Vec<Fact>,
    /// Every reading, oldest first.
    pub readings: Vec<CardReading>,
    /// The baseline and the numeric readings placed by date, when there are any to draw.
    pub trend: Option<Trend>,
    /// What the card says of the loop in words, when it needs saying.
    pub verdict: Option<LoopVerdict>,
    /// Whether the readings are drawn as a chart (Mermaid or SVG); the text time line is always there.
    pub chart: bool,
}

/// Text, or what stands in for nothing written.
fn or(text: &str, none: &str) -> String {
    if text.trim().is_empty() { none.to_string() } else { text.trim().to_string() }
}

/// Which way the last two numbers went, and whether that is the good way: `improving`.
fn direction(points: &[f64], aim: Option<Aim>) -> Option<&'static str> {
    let [.., a, b] = points else { return None };
    if (b - a).abs() < 1e-9 {
        return Some("flat since the reading before");
    }
    let up = b > a;
    Some(match aim {
        Some(Aim::Up) if up => "improving",
        Some(Aim::Down) if !up => "improving",
        Some(_) => "worsening",
        None if up => "rising",
        None => "falling",
    })
}

/// The words a verdict is said in on the card, with why it matters.
pub fn verdict_words(v: LoopVerdict) -> String {
    match v {
        LoopVerdict::ClosedShortOfTarget => {
            format!("{}: the last reading falls short of the target", v.words())
        }
        LoopVerdict::DoneNotClosed => format!("{}: nobody has yet checked that it worked", v.words()),
    }
}

impl LoopCard {
    /// The card of `a`, its values read the way `lang` (the canvas's language) writes numbers;
    /// `today` decides whether the review is overdue.
    pub fn of(a: &Action, lang: Language, today: Day) -> LoopCard {
        let mut facts = Vec::new();
        let mut fact = |label, text: String, attention| facts.push(Fact { label, text, attention });
        let owner = match (a.owner.trim(), a.business_line.trim()) {
            ("", "") => "no owner yet".to_string(),
            ("", line) => format!("no owner yet ({line})"),
            (owner, "") => owner.to_string(),
            (owner, line) => format!("{owner} ({line})"),
        };
        fact("Owner", owner, a.owner.trim().is_empty());
        let status = a.status.map_or("not set", ActionStatus::label);
        let due = a.due.map(|d| format!(", due {d}")).unwrap_or_default();
        let late = a.due.is_some_and(|d| d < today)
            && matches!(
                a.status,
                None | Some(ActionStatus::Proposed | ActionStatus::Committed | ActionStatus::InProgress)
            );
        fact("Status", format!("{status}{due}{}", if late { " (overdue)" } else { "" }), late);
        let ind = a.indicator();
        let measured = ind.map(|i| i.measured(lang));
        match ind {
            None => fact("Indicator", "none yet: the loop cannot be measured".into(), true),
            Some(i) => {
                let mut about: Vec<String> = Vec::new();
                if !i.unit.trim().is_empty() {
                    about.push(i.unit.trim().to_string());
                }
                about.extend(i.kind.map(|k| k.to_string()));
                let about = if about.is_empty() { String::new() } else { format!(" ({})", about.join(", ")) };
                fact("Indicator", format!("{}{about}", or(&i.name, "unnamed")), false);
                let when = i.baseline_date.map_or(" (date not written)".to_string(), |d| format!(" on {d}"));
                let baseline = if i.baseline.trim().is_empty() {
                    "not written".to_string()
                } else {
                    format!("{}{when}", i.baseline.trim())
                };
                fact("Baseline", baseline, false);
                fact("Target", or(&i.target, "not written"), i.target.trim().is_empty());
                let progress = match measured {
                    Some(Measured::Numeric(p)) => {
                        let trend = i.trend(lang);
                        let way = trend.as_deref().and_then(|t| direction(t, Some(p.aim)));
                        let way = way.map(|w| format!("; {w}")).unwrap_or_default();
                        let reached = if p.reached() { ", target reached" } else { "" };
                        format!("{}% of the way from baseline to target{reached}{way}", p.percent())
                    }
                    Some(Measured::NotNumeric) => match i.ambiguity(lang) {
                        Some(note) => format!("not numeric ({note})"),
                        None => "not numeric: the readings are shown as written".into(),
                    },
                    Some(Measured::NoReading) | None => "no reading yet".into(),
                };
                fact("Progress", progress, false);
            }
        }
        let money = !a.cost.trim().is_empty() || !a.gain.trim().is_empty();
        if money {
            let ret = match a.return_on_cost(lang) {
                Ok(r) => format!("return {}% ((gain − cost) / cost)", (r * 100.0).round() as i64),
                Err(why) => format!("no return worked out: {}", why.why()),
            };
            let text =
                format!("cost {}; gain {}; {ret}", or(&a.cost, "not written"), or(&a.gain, "not written"));
            fact("Cost and gain", text, false);
        }
        if !a.benefit.trim().is_empty() {
            fact("Benefit", a.benefit.trim().to_string(), false);
        }
        let closed = a.loop_state == Some(LoopState::Closed);
        let review = match a.review {
            Some(d) if review_overdue(a, today) => (format!("was due {d} (overdue)"), true),
            Some(d) if closed => (format!("none: the loop is closed (last review {d})"), false),
            Some(d) => (d.to_string(), false),
            None if closed || a.status == Some(ActionStatus::Dropped) => ("none needed".into(), false),
            None => ("none set".into(), true),
        };
        fact("Next review", review.0, review.1);
        let verdict = a.loop_verdict(lang);
        let state = a.loop_state.map_or("open", LoopState::label);
        let evidence = match (closed, ind.and_then(|i| i.latest())) {
            (true, Some(r)) => {
                let note =
                    if r.note.trim().is_empty() { String::new() } else { format!(" — {}", r.note.trim()) };
                format!("closed; evidence: {} on {}{note}", r.value.trim(), r.date)
            }
            (true, None) => "closed, with no reading as evidence".into(),
            (false, _) => state.to_string(),
        };
        let evidence = match verdict {
            Some(v) => format!("{evidence} — {}", verdict_words(v)),
            None => evidence,
        };
        fact("Loop", evidence, verdict.is_some() || (closed && ind.and_then(|i| i.latest()).is_none()));
        let readings = ind
            .map(|i| {
                i.readings
                    .iter()
                    .map(|r| CardReading { date: r.date, value: r.value.clone(), note: r.note.clone() })
                    .collect()
            })
            .unwrap_or_default();
        let trend = ind.and_then(|i| trend(&a.id, i, lang));
        LoopCard { id: a.id.clone(), title: a.title.clone(), facts, readings, trend, verdict, chart: true }
    }

    /// The card's heading: `A5 We will run a 30-minute fix clinic every Friday`.
    pub fn heading(&self) -> String {
        format!("{} {}", self.id, self.title.trim())
    }
}

/// How many characters wide the Markdown time line is.
const LINE: usize = 48;

/// The readings on a line of text by their date (`●` a reading, `○` the baseline), with the first
/// and last day under it, so a seven-month gap looks like one even where no chart is drawn.
pub fn time_line(t: &Trend) -> Option<String> {
    let dated: Vec<(f64, bool)> =
        t.at.iter().zip(&t.points).map(|(x, (label, _))| (*x, label == "baseline")).collect();
    if dated.len() < 2 {
        return None;
    }
    let mut cells = vec!['─'; LINE];
    for (x, baseline) in &dated {
        let at = ((x.clamp(0.0, 1.0)) * (LINE - 1) as f64).round() as usize;
        if cells[at] != '●' {
            cells[at] = if *baseline { '○' } else { '●' };
        }
    }
    let days: Vec<Day> = t.days.iter().flatten().copied().collect();
    let (first, last) = (days.iter().min()?, days.iter().max()?);
    // A baseline without its date sits before the first day, undated.
    let start =
        if t.days.iter().any(Option::is_none) { "baseline (undated)".to_string() } else { first.to_string() };
    Some(format!("{start} {} {last}", cells.into_iter().collect::<String>()))
}

/// The card as Markdown: a heading (level 3), the facts as a list, the readings placed by date on
/// a time line and as a Mermaid chart on the calendar, and each reading with its note. Canvas text is escaped; nothing in it can format.
pub fn markdown(card: &LoopCard) -> String {
    use super::markdown::inline;
    let mut out = String::new();
    let _ = writeln!(out, "### {}\n", inline(&card.heading()));
    if let Some(v) = card.verdict {
        let _ = writeln!(out, "**⚠ {}**\n", inline(&verdict_words(v)));
    }
    for f in &card.facts {
        let mark = if f.attention { "⚠ " } else { "" };
        let _ = writeln!(out, "- **{}:** {mark}{}", f.label, inline(&f.text));
    }
    out.push('\n');
    if let Some(line) = card.trend.as_ref().and_then(time_line) {
        let _ = writeln!(out, "Readings placed by date (○ baseline, ● reading):\n\n```text\n{line}\n```\n");
    }
    if let Some(t) = card.trend.as_ref().filter(|_| card.chart) {
        let _ = writeln!(out, "```mermaid\n{}```\n", super::mermaid::diagram(&Picture::Trend(t.clone())));
    }
    if !card.readings.is_empty() {
        for r in &card.readings {
            let note =
                if r.note.trim().is_empty() { String::new() } else { format!(" — {}", r.note.trim()) };
            let _ = writeln!(out, "- {}: {}", r.date, inline(&format!("{}{note}", r.value.trim())));
        }
        out.push('\n');
    }
    out
}

/// The card as HTML: a `<section class="loopcard">` with the heading, the facts beside the
/// readings drawn by date (inline SVG), and each reading with its note. Every canvas text is
/// escaped.
pub fn html(card: &LoopCard, palette: &Palette) -> String {
    let mut out = String::with_capacity(4096);
    let class = if card.verdict.is_some() { "loopcard attention" } else { "loopcard" };
    let _ = writeln!(out, "<section class=\"{class}\">\n<h3>{}</h3>", safe::html(&card.heading()));
    if let Some(v) = card.verdict {
        let _ = writeln!(
            out,
            "<p class=\"verdict warn\"><span class=\"mark\" aria-hidden=\"true\">⚠</span>{}</p>",
            safe::html(&verdict_words(v))
        );
    }
    out.push_str("<div class=\"card-body\">\n<dl>\n");
    for f in &card.facts {
        let text = if f.attention {
            format!(
                "<span class=\"warn\"><span class=\"mark\" aria-hidden=\"true\">⚠</span>{}</span>",
                safe::html(&f.text)
            )
        } else {
            safe::html(&f.text).into_owned()
        };
        let _ = writeln!(out, "<dt>{}</dt><dd>{text}</dd>", safe::html(f.label));
    }
    out.push_str("</dl>\n");
    if let Some(t) = card.trend.as_ref().filter(|_| card.chart) {
        let _ = writeln!(out, "<div class=\"card-chart\">{}</div>", super::svg::card_trend(t, palette));
    }
    out.push_str("</div>\n");
    if !card.readings.is_empty() {
        out.push_str("<ul class=\"readings\">\n");
        for r in &card.readings {
            let note = if r.note.trim().is_empty() {
                String::new()
            } else {
                format!(" — {}", safe::html(r.note.trim()))
            };
            let _ =
                writeln!(out, "<li>{}: <strong>{}</strong>{note}</li>", r.date, safe::html(r.value.trim()));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Indicator, Reading};

    fn reading(date: &str, value: &str, note: &str) -> Reading {
        Reading { date: date.parse().unwrap(), value: value.into(), note: note.into() }
    }

    fn clinic() -> Action {
        Action {
            id: "A5".into(),
            title: "We will run a fix clinic".into(),
            owner: "Ana Costa".into(),
            business_line: "Field service operations".into(),
            review: "2027-06-30".parse().ok(),
            status: Some(ActionStatus::InProgress),
            loop_state: Some(LoopState::Measured),
            cost: "1500 EUR".into(),
            gain: "9000 EUR".into(),
            indicator: Some(Indicator {
                name: "engineers attending".into(),
                unit: "engineers".into(),
                baseline: "0".into(),
                baseline_date: "2026-05-15".parse().ok(),
                target: "15".into(),
                readings: vec![
                    reading("2026-07-10", "6", "three Fridays in"),
                    reading("2027-02-05", "9", ""),
                    reading("2027-05-07", "12", "announced"),
                ],
                ..Default::default()
            }),
            ..Default::default()
        }
    }

    fn text(card: &LoopCard, label: &str) -> String {
        card.facts.iter().find(|f| f.label == label).map(|f| f.text.clone()).unwrap_or_default()
    }

    #[test]
    fn the_card_says_every_fact_of_the_loop() {
        let card = LoopCard::of(&clinic(), Language::En, Day::new(2027, 5, 19).unwrap());
        assert_eq!(text(&card, "Owner"), "Ana Costa (Field service operations)");
        assert_eq!(text(&card, "Baseline"), "0 on 2026-05-15");
        assert_eq!(text(&card, "Target"), "15");
        assert_eq!(text(&card, "Progress"), "80% of the way from baseline to target; improving");
        assert_eq!(
            text(&card, "Cost and gain"),
            "cost 1500 EUR; gain 9000 EUR; return 500% ((gain − cost) / cost)"
        );
        assert_eq!(text(&card, "Next review"), "2027-06-30");
        assert_eq!(text(&card, "Loop"), "measured");
        assert_eq!(card.readings.len(), 3);
        let late = LoopCard::of(&clinic(), Language::En, Day::new(2027, 7, 1).unwrap());
        assert_eq!(text(&late, "Next review"), "was due 2027-06-30 (overdue)");
    }

    #[test]
    fn a_seven_month_gap_looks_like_one_on_the_time_line() {
        let card = LoopCard::of(&clinic(), Language::En, Day::new(2027, 5, 19).unwrap());
        let line = time_line(card.trend.as_ref().unwrap()).unwrap();
        assert!(line.starts_with("2026-05-15 ○") && line.ends_with("● 2027-05-07"), "{line}");
        let marks: String = line.chars().filter(|c| matches!(c, '○' | '●' | '─')).collect();
        let at: Vec<usize> = marks.char_indices().filter(|(_, c)| *c != '─').map(|(i, _)| i / 3).collect();
        assert_eq!(at.len(), 4, "{line}");
        assert!(at[2] - at[1] > 3 * (at[1] - at[0]), "July to February is long: {line}");
    }

    #[test]
    fn a_closed_loop_shows_its_evidence_and_a_short_one_says_so() {
        let mut a = clinic();
        a.loop_state = Some(LoopState::Closed);
        a.status = Some(ActionStatus::Done);
        let card = LoopCard::of(&a, Language::En, Day::new(2027, 5, 19).unwrap());
        assert_eq!(card.verdict, Some(LoopVerdict::ClosedShortOfTarget));
        assert!(
            text(&card, "Loop")
                .starts_with("closed; evidence: 12 on 2027-05-07 — announced — closed short of target"),
            "{}",
            text(&card, "Loop")
        );
        assert!(markdown(&card).contains("**⚠ closed short of target: the last reading falls short"));
        a.loop_state = Some(LoopState::Measured);
        let card = LoopCard::of(&a, Language::En, Day::new(2027, 5, 19).unwrap());
        assert!(html(&card, &Palette::paper()).contains("done, loop not closed: nobody has yet checked"));
    }

    #[test]
    fn money_in_two_currencies_gives_no_return_and_says_why() {
        let mut a = clinic();
        a.gain = "9000 USD".into();
        let card = LoopCard::of(&a, Language::En, Day::new(2027, 5, 19).unwrap());
        assert_eq!(
            text(&card, "Cost and gain"),
            "cost 1500 EUR; gain 9000 USD; no return worked out: cost in EUR, gain in USD: not one currency"
        );
        a.gain.clear();
        let card = LoopCard::of(&a, Language::En, Day::new(2027, 5, 19).unwrap());
        assert!(
            text(&card, "Cost and gain").ends_with("gain not written; no return worked out: no gain written")
        );
    }
}
