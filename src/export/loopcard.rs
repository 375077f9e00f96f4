//! The loop card (DESIGN.md §11): the one place a loop closer reads an action — owner and
//! business line, the indicator with its baseline and the baseline's date, every reading placed
//! by its date, the target, progress and trend, cost, gain and return, the next review, and the
//! loop with its evidence; a loop closed short of its target, or left open on done work, is said
//! in words. [`LoopCard::of`] works the facts out once; [`markdown`] and [`html`] write them, for
//! the handout and for any report that shows a card.

use std::fmt::Write;

use super::html::Palette;
use super::picture::{Picture, Trend, trend};
use crate::i18n::Tr;
use crate::model::{
    Action, ActionStatus, Aim, Day, Language, LoopState, LoopVerdict, Measured, review_overdue,
};
use crate::safe;

/// One fact of a card: what it is and what it says.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    /// What the fact is, in the card's language: `Owner`, `Baseline`.
    pub label: String,
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
    /// The language the card is written in.
    pub tr: Tr,
}

/// Text, or what stands in for nothing written.
fn or(text: &str, none: &str) -> String {
    if text.trim().is_empty() { none.to_string() } else { text.trim().to_string() }
}

/// Which way the last two numbers went, and whether that is the good way: `improving` (the
/// message's key).
fn direction(points: &[f64], aim: Option<Aim>) -> Option<&'static str> {
    let [.., a, b] = points else { return None };
    if (b - a).abs() < 1e-9 {
        return Some("card-flat");
    }
    let up = b > a;
    Some(match aim {
        Some(Aim::Up) if up => "card-improving",
        Some(Aim::Down) if !up => "card-improving",
        Some(_) => "card-worsening",
        None if up => "card-rising",
        None => "card-falling",
    })
}

/// The words a verdict is said in on the card, with why it matters.
pub fn verdict_words(v: LoopVerdict) -> String {
    verdict_words_in(v, Tr::default())
}

/// [`verdict_words`] in `tr`'s language.
pub fn verdict_words_in(v: LoopVerdict, tr: Tr) -> String {
    match v {
        LoopVerdict::ClosedShortOfTarget => tr.get("card-verdict-short"),
        LoopVerdict::DoneNotClosed => tr.get("card-verdict-unclosed"),
    }
}

impl LoopCard {
    /// The card of `a`, its values read the way `lang` (the canvas's language) writes numbers;
    /// `today` decides whether the review is overdue.
    pub fn of(a: &Action, lang: Language, today: Day) -> LoopCard {
        LoopCard::of_in(a, lang, today, Tr::default())
    }

    /// [`LoopCard::of`], the card written in `tr`'s language.
    pub fn of_in(a: &Action, lang: Language, today: Day, tr: Tr) -> LoopCard {
        let mut facts = Vec::new();
        let mut fact =
            |key: &str, text: String, attention| facts.push(Fact { label: tr.get(key), text, attention });
        let nobody = tr.get("handout-no-owner");
        let owner = match (a.owner.trim(), a.business_line.trim()) {
            ("", "") => nobody,
            ("", line) => format!("{nobody} ({line})"),
            (owner, "") => owner.to_string(),
            (owner, line) => format!("{owner} ({line})"),
        };
        fact("plan-owner", owner, a.owner.trim().is_empty());
        let status = a.status.map_or_else(|| tr.get("card-not-set"), |s| tr.label(s));
        let due =
            a.due.map(|d| format!(", {}", tr.arg("handout-due", "date", &tr.day(d)))).unwrap_or_default();
        let late = a.due.is_some_and(|d| d < today)
            && matches!(
                a.status,
                None | Some(ActionStatus::Proposed | ActionStatus::Committed | ActionStatus::InProgress)
            );
        let overdue = if late { format!(" {}", tr.get("card-late")) } else { String::new() };
        fact("column-status", format!("{status}{due}{overdue}"), late);
        let ind = a.indicator();
        let measured = ind.map(|i| i.measured(lang));
        // The readings placed by date: drawn, and the last two say which way it went.
        let trend = ind.and_then(|i| trend(&a.id, i, lang));
        match ind {
            None => fact("plan-indicator", tr.get("card-no-indicator"), true),
            Some(i) => {
                let mut about: Vec<String> = Vec::new();
                if !i.unit.trim().is_empty() {
                    about.push(i.unit.trim().to_string());
                }
                about.extend(i.kind.map(|k| tr.label(k)));
                let about = if about.is_empty() { String::new() } else { format!(" ({})", about.join(", ")) };
                fact("plan-indicator", format!("{}{about}", or(&i.name, &tr.get("card-unnamed"))), false);
                let not_written = tr.get("card-not-written");
                let value = i.baseline.trim();
                let baseline = match i.baseline_date {
                    _ if value.is_empty() => not_written.clone(),
                    Some(d) => {
                        tr.args("card-baseline-dated", &[("value", value.into()), ("date", tr.day(d).into())])
                    }
                    None => tr.args("card-baseline-undated", &[("value", value.into())]),
                };
                fact("card-baseline", baseline, false);
                fact("card-target", or(&i.target, &not_written), i.target.trim().is_empty());
                let progress = match measured {
                    Some(Measured::Numeric(p)) => {
                        let points: Vec<f64> =
                            trend.iter().flat_map(|t| t.points.iter().map(|p| p.1)).collect();
                        let way = direction(&points, Some(p.aim));
                        let way = way.map(|w| tr.arg("card-way", "way", &tr.get(w))).unwrap_or_default();
                        let reached = if p.reached() {
                            format!(", {}", tr.get("card-target-reached"))
                        } else {
                            String::new()
                        };
                        let percent = crate::i18n::percent(p.percent() as f64, 0, tr.lang());
                        let of_the_way = tr.args("card-of-the-way", &[("percent", percent.into())]);
                        format!("{of_the_way}{reached}{way}")
                    }
                    Some(Measured::NotNumeric) => match i.ambiguity_in(lang, tr) {
                        Some(note) => format!("{} ({note})", tr.get("scorecard-not-numeric")),
                        None => tr.get("card-not-numeric-as-written"),
                    },
                    Some(Measured::NoReading) | None => tr.get("scorecard-no-reading"),
                };
                fact("scorecard-progress", progress, false);
            }
        }
        let money = !a.cost.trim().is_empty() || !a.gain.trim().is_empty();
        if money {
            let ret = match a.return_on_cost(lang) {
                Ok(r) => {
                    let percent = crate::i18n::percent((r * 100.0).round(), 0, tr.lang());
                    tr.args("card-return", &[("percent", percent.into())])
                }
                Err(why) => tr.args("card-no-return", &[("why", why.why_in(tr).into())]),
            };
            let not_written = tr.get("card-not-written");
            let (cost, gain) = (or(&a.cost, &not_written), or(&a.gain, &not_written));
            let text = tr.args(
                "card-cost-gain-text",
                &[("cost", cost.into()), ("gain", gain.into()), ("return", ret.into())],
            );
            fact("card-cost-gain", text, false);
        }
        if !a.benefit.trim().is_empty() {
            fact("card-benefit", a.benefit.trim().to_string(), false);
        }
        let closed = a.loop_state == Some(LoopState::Closed);
        let on = |key: &'static str, d: Day| tr.arg(key, "date", &tr.day(d));
        let review = match a.review {
            Some(d) if review_overdue(a, today) => (on("card-review-overdue", d), true),
            Some(d) if closed => (on("card-review-closed", d), false),
            Some(d) => (tr.day(d), false),
            None if closed || a.status == Some(ActionStatus::Dropped) => {
                (tr.get("card-review-not-needed"), false)
            }
            None => (tr.get("card-review-none"), true),
        };
        fact("card-next-review", review.0, review.1);
        let verdict = a.loop_verdict(lang);
        let state = tr.label(a.loop_state.unwrap_or(LoopState::Open));
        let evidence = match (closed, ind.and_then(|i| i.latest())) {
            (true, Some(r)) => {
                let note =
                    if r.note.trim().is_empty() { String::new() } else { format!(" — {}", r.note.trim()) };
                let value = r.value.trim();
                let evidence =
                    tr.args("card-evidence", &[("value", value.into()), ("date", tr.day(r.date).into())]);
                format!("{evidence}{note}")
            }
            (true, None) => tr.get("card-no-evidence"),
            (false, _) => state,
        };
        let evidence = match verdict {
            Some(v) => format!("{evidence} — {}", verdict_words_in(v, tr)),
            None => evidence,
        };
        fact("plan-loop", evidence, verdict.is_some() || (closed && ind.and_then(|i| i.latest()).is_none()));
        let readings = ind
            .map(|i| {
                i.readings
                    .iter()
                    .map(|r| CardReading { date: r.date, value: r.value.clone(), note: r.note.clone() })
                    .collect()
            })
            .unwrap_or_default();
        LoopCard {
            id: a.id.clone(),
            title: a.title.clone(),
            facts,
            readings,
            trend,
            verdict,
            chart: true,
            tr,
        }
    }

    /// The card's heading: `A5 We will run a 30-minute fix clinic every Friday`.
    pub fn heading(&self) -> String {
        format!("{} {}", self.id, self.title.trim())
    }
}

/// How many characters wide the Markdown time line is.
const LINE: usize = 48;

/// The readings on a line of text by their date (`●` a reading, `○` the baseline), with the first
/// and last day beside it in `tr`'s language, so a seven-month gap looks like one even where no
/// chart is drawn.
pub fn time_line(t: &Trend, tr: Tr) -> Option<String> {
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
        if t.days.iter().any(Option::is_none) { tr.get("card-time-line-undated") } else { tr.day(*first) };
    Some(format!("{start} {} {}", cells.into_iter().collect::<String>(), tr.day(*last)))
}

/// The card as Markdown: a heading (level 3), the facts as a list, the readings placed by date on
/// a time line and as a Mermaid chart on the calendar, and each reading with its note. Canvas text is escaped; nothing in it can format.
pub fn markdown(card: &LoopCard) -> String {
    let mut out = String::new();
    markdown_into(&mut out, card);
    out
}

/// [`markdown`], written at the end of `out`.
pub fn markdown_into(out: &mut String, card: &LoopCard) {
    use super::markdown::{inline, inline_into};
    out.push_str("### ");
    inline_into(out, &card.heading());
    out.push_str("\n\n");
    if let Some(v) = card.verdict {
        let _ = writeln!(out, "**⚠ {}**\n", inline(&verdict_words_in(v, card.tr)));
    }
    for f in &card.facts {
        out.push_str("- **");
        out.push_str(&card.tr.arg("plan-label", "label", &f.label));
        out.push_str("** ");
        if f.attention {
            out.push_str("⚠ ");
        }
        inline_into(out, &f.text);
        out.push('\n');
    }
    out.push('\n');
    if let Some(line) = card.trend.as_ref().and_then(|t| time_line(t, card.tr)) {
        let _ = writeln!(out, "{}\n\n```text\n{line}\n```\n", card.tr.get("card-time-line"));
    }
    if let Some(t) = card.trend.as_ref().filter(|_| card.chart) {
        let _ = writeln!(
            out,
            "```mermaid\n{}```\n",
            super::mermaid::diagram(&Picture::Trend(t.clone()), card.tr)
        );
    }
    if !card.readings.is_empty() {
        for r in &card.readings {
            let note =
                if r.note.trim().is_empty() { String::new() } else { format!(" — {}", r.note.trim()) };
            let date = card.tr.day(r.date);
            out.push_str("- ");
            let label = card.tr.arg("plan-label", "label", &date);
            inline_into(out, &format!("{label} {}{note}", r.value.trim()));
            out.push('\n');
        }
        out.push('\n');
    }
}

/// The card as HTML: a `<section class="loopcard">` with the heading, the facts beside the
/// readings drawn by date (inline SVG), and each reading with its note. Every canvas text is
/// escaped.
pub fn html(card: &LoopCard, palette: &Palette) -> String {
    let mut out = String::with_capacity(4096);
    html_into(&mut out, card, palette);
    out
}

/// [`html`], written at the end of `out`.
pub fn html_into(out: &mut String, card: &LoopCard, palette: &Palette) {
    let class = if card.verdict.is_some() { "loopcard attention" } else { "loopcard" };
    let _ = writeln!(out, "<section class=\"{class}\">\n<h3>{}</h3>", safe::html(&card.heading()));
    if let Some(v) = card.verdict {
        let _ = writeln!(
            out,
            "<p class=\"verdict warn\"><span class=\"mark\" aria-hidden=\"true\">⚠</span>{}</p>",
            safe::html(&verdict_words_in(v, card.tr))
        );
    }
    out.push_str("<div class=\"card-body\">\n<dl>\n");
    for f in &card.facts {
        out.push_str("<dt>");
        out.push_str(&safe::html(&f.label));
        out.push_str("</dt><dd>");
        if f.attention {
            out.push_str("<span class=\"warn\"><span class=\"mark\" aria-hidden=\"true\">⚠</span>");
            out.push_str(&safe::html(&f.text));
            out.push_str("</span>");
        } else {
            out.push_str(&safe::html(&f.text));
        }
        out.push_str("</dd>\n");
    }
    out.push_str("</dl>\n");
    if let Some(t) = card.trend.as_ref().filter(|_| card.chart) {
        let _ =
            writeln!(out, "<div class=\"card-chart\">{}</div>", super::svg::card_trend(t, palette, card.tr));
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
            let _ = writeln!(
                out,
                "<li>{} <strong>{}</strong>{note}</li>",
                safe::html(&card.tr.arg("plan-label", "label", &card.tr.day(r.date))),
                safe::html(r.value.trim())
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

#[cfg(test)]
mod tests;
