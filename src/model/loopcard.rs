//! The facts of an action's loop card (DESIGN.md §11): its cost, gain and return, whether its loop
//! closed short of the target or was left open when the work was done, and its readings placed on
//! the calendar.

use super::measure::leading_number;
use super::{Action, ActionStatus, Day, Indicator, Language, LoopState, Measured};
use crate::i18n::Tr;

/// An amount of money read from the start of a text: `"8000 EUR"`, `"60 000 EUR a year"`.
#[derive(Debug, Clone, PartialEq)]
pub struct Money {
    /// How much.
    pub amount: f64,
    /// The currency as written after the number, upper case, `€ $ £` as their codes; empty when
    /// the number stands alone.
    pub currency: String,
}

/// The currency a word names: its code in upper case (`eur` → `EUR`, `€` → `EUR`).
fn currency(word: &str) -> String {
    match word {
        "€" => "EUR".into(),
        "$" => "USD".into(),
        "£" => "GBP".into(),
        w if w.eq_ignore_ascii_case("euro") || w.eq_ignore_ascii_case("euros") => "EUR".into(),
        w => w.to_uppercase(),
    }
}

/// The amount a text starts with, read the way `lang` writes numbers (`8 000,50 €` in French),
/// and the currency after it; `None` when it does not start with a number, or another number
/// follows (`8 000 € + 2 000 € a year`: read by half, the return would be wrong).
pub fn money(text: &str, lang: Language) -> Option<Money> {
    let (amount, rest) = leading_number(text.trim(), lang)?;
    if rest.starts_with(['.', ',']) || rest.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let word = rest.split_whitespace().next().unwrap_or("");
    Some(Money { amount, currency: currency(word) })
}

/// Why an action's return cannot be worked out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoReturn {
    /// No cost is written.
    NoCost,
    /// No gain is written.
    NoGain,
    /// The cost does not start with a number.
    CostNotNumber,
    /// The gain does not start with a number.
    GainNotNumber,
    /// Cost and gain are in different currencies (or one has none).
    MixedCurrencies {
        /// The cost's currency (empty: none written).
        cost: String,
        /// The gain's currency.
        gain: String,
    },
    /// The cost is zero: a return on nothing is not a number.
    FreeOfCost,
}

impl NoReturn {
    /// Why, in words: `"no gain written"`, `"cost in EUR, gain in USD: not one currency"`.
    pub fn why(&self) -> String {
        self.why_in(Tr::new(Language::En))
    }

    /// [`NoReturn::why`] in `tr`'s language: `aucun gain saisi`.
    pub fn why_in(&self, tr: Tr) -> String {
        let named = |c: &str| match c {
            "" => tr.get("return-no-currency"),
            c => tr.args("return-in-currency", &[("currency", c.into())]),
        };
        match self {
            NoReturn::NoCost => tr.get("return-no-cost"),
            NoReturn::NoGain => tr.get("return-no-gain"),
            NoReturn::CostNotNumber => tr.get("return-cost-not-number"),
            NoReturn::GainNotNumber => tr.get("return-gain-not-number"),
            NoReturn::MixedCurrencies { cost, gain } => tr.args(
                "return-mixed-currencies",
                &[("cost", named(cost).into()), ("gain", named(gain).into())],
            ),
            NoReturn::FreeOfCost => tr.get("return-free-of-cost"),
        }
    }
}

impl Action {
    /// The return on the action, (gain − cost) / cost, when cost and gain are numbers in one
    /// currency, read the way `lang` (the canvas's language) writes numbers: `6.5` is 650%.
    pub fn return_on_cost(&self, lang: Language) -> Result<f64, NoReturn> {
        let (cost, gain) = (self.cost.trim(), self.gain.trim());
        if cost.is_empty() {
            return Err(NoReturn::NoCost);
        }
        if gain.is_empty() {
            return Err(NoReturn::NoGain);
        }
        let cost = money(cost, lang).ok_or(NoReturn::CostNotNumber)?;
        let gain = money(gain, lang).ok_or(NoReturn::GainNotNumber)?;
        if cost.currency != gain.currency {
            return Err(NoReturn::MixedCurrencies { cost: cost.currency, gain: gain.currency });
        }
        if cost.amount == 0.0 {
            return Err(NoReturn::FreeOfCost);
        }
        Ok((gain.amount - cost.amount) / cost.amount)
    }

    /// What the loop card says of the loop beyond its state, if anything; `lang` is the canvas's
    /// language, which its readings are written in.
    pub fn loop_verdict(&self, lang: Language) -> Option<LoopVerdict> {
        let closed = self.loop_state == Some(LoopState::Closed);
        if closed {
            let ind = self.indicator()?;
            let short = match ind.measured(lang) {
                Measured::Numeric(p) => !p.reached(),
                _ => false,
            };
            return short.then_some(LoopVerdict::ClosedShortOfTarget);
        }
        (self.status == Some(ActionStatus::Done)).then_some(LoopVerdict::DoneNotClosed)
    }
}

/// A state of an action's loop worth saying in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoopVerdict {
    /// The loop is closed but the latest reading falls short of the target.
    ClosedShortOfTarget,
    /// The action is done but its loop is not closed: nobody has checked it worked.
    DoneNotClosed,
}

impl LoopVerdict {
    /// The words for it, in English.
    pub fn words(self) -> &'static str {
        match self {
            LoopVerdict::ClosedShortOfTarget => "closed short of target",
            LoopVerdict::DoneNotClosed => "done, loop not closed",
        }
    }

    /// The words for it in `tr`'s language: `bouclée sans atteindre la cible`.
    pub fn words_in(self, tr: Tr) -> String {
        match self {
            LoopVerdict::ClosedShortOfTarget => tr.get("verdict-closed-short-of-target"),
            LoopVerdict::DoneNotClosed => tr.get("verdict-done-not-closed"),
        }
    }

    /// The key scripts read: `closed_short_of_target`, `done_not_closed`.
    pub fn key(self) -> &'static str {
        match self {
            LoopVerdict::ClosedShortOfTarget => "closed_short_of_target",
            LoopVerdict::DoneNotClosed => "done_not_closed",
        }
    }
}

/// One point of an indicator on the calendar.
#[derive(Debug, Clone, PartialEq)]
pub struct DatedPoint {
    /// The day measured; `None` for a baseline without its date.
    pub day: Option<Day>,
    /// The value, in the unit of the target.
    pub value: f64,
    /// Whether it is the baseline.
    pub baseline: bool,
}

impl Indicator {
    /// The baseline (at its date, when known) and every reading in date order, as numbers in the
    /// unit of the target, read the way `lang` writes numbers; values in another unit or not
    /// numbers are left out.
    pub fn dated_points(&self, lang: Language) -> Vec<DatedPoint> {
        let Some(target) = self.quantity_of(&self.target, lang) else { return Vec::new() };
        let mut out = Vec::new();
        if let Some(b) = self.quantity_of(&self.baseline, lang).filter(|q| q.unit == target.unit) {
            out.push(DatedPoint { day: self.baseline_date, value: b.amount, baseline: true });
        }
        for r in &self.readings {
            if let Some(q) = self.quantity_of(&r.value, lang).filter(|q| q.unit == target.unit) {
                out.push(DatedPoint { day: Some(r.date), value: q.amount, baseline: false });
            }
        }
        out
    }
}

/// Where each point sits on a time axis from 0 (the first day) to 1 (the last): by its day, so a
/// seven-month gap looks like one. A baseline without a date sits a tenth of the span (at least a
/// month) before the first reading; a single day puts every point at 0.
pub fn time_positions(points: &[DatedPoint]) -> Vec<f64> {
    let days: Vec<Day> = points.iter().filter_map(|p| p.day).collect();
    let (Some(first), Some(last)) = (days.iter().min().copied(), days.iter().max().copied()) else {
        return points.iter().enumerate().map(|(i, _)| i as f64).collect();
    };
    let span = first.days_until(last) as f64;
    let lead = if points.iter().any(|p| p.day.is_none()) { (span / 10.0).max(30.0) } else { 0.0 };
    let whole = span + lead;
    points
        .iter()
        .map(|p| match p.day {
            Some(d) if whole > 0.0 => (lead + first.days_until(d) as f64) / whole,
            // One day alone (and no undated baseline): every point at the start.
            Some(_) | None => 0.0,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Indicator, Reading};

    fn action(cost: &str, gain: &str) -> Action {
        Action { cost: cost.into(), gain: gain.into(), ..Default::default() }
    }

    #[test]
    fn the_return_is_gain_less_cost_over_cost_when_both_are_numbers_in_one_currency() {
        assert_eq!(action("8000 EUR", "60000 EUR").return_on_cost(Language::En), Ok(6.5));
        assert_eq!(action("8 000 EUR", "60 000 eur a year").return_on_cost(Language::En), Ok(6.5));
        assert_eq!(
            action("8,000 EUR", "60000 EUR").return_on_cost(Language::En),
            Err(NoReturn::CostNotNumber),
            "8,000 in English reads two ways"
        );
        assert_eq!(
            action("8.000,50 €", "60.000 EUR").return_on_cost(Language::De).map(|r| r > 6.49),
            Ok(true)
        );
        assert_eq!(action("8 000 €", "60 000 euros").return_on_cost(Language::Fr), Ok(6.5));
        assert_eq!(action("1000 €", "1500 euros").return_on_cost(Language::En), Ok(0.5));
        assert_eq!(
            action("100", "50").return_on_cost(Language::En),
            Ok(-0.5),
            "bare numbers are one currency"
        );
    }

    #[test]
    fn mixed_currencies_give_no_return_and_say_why() {
        let err = action("8000 EUR", "9000 USD").return_on_cost(Language::En).unwrap_err();
        assert_eq!(err, NoReturn::MixedCurrencies { cost: "EUR".into(), gain: "USD".into() });
        assert_eq!(err.why(), "cost in EUR, gain in USD: not one currency");
        let bare = action("8000", "9000 USD").return_on_cost(Language::En).unwrap_err();
        assert_eq!(bare.why(), "cost no currency, gain in USD: not one currency");
    }

    #[test]
    fn missing_or_wordy_values_give_no_return_and_say_why() {
        assert_eq!(
            action("8 000 € + 2 000 € a year", "60 000 €").return_on_cost(Language::Fr),
            Err(NoReturn::CostNotNumber),
            "two amounts are not read as the first"
        );
        assert_eq!(action("", "60000 EUR").return_on_cost(Language::En), Err(NoReturn::NoCost));
        assert_eq!(action("1500 EUR", " ").return_on_cost(Language::En), Err(NoReturn::NoGain));
        assert_eq!(
            action("about 8000 EUR", "1 EUR").return_on_cost(Language::En),
            Err(NoReturn::CostNotNumber)
        );
        assert_eq!(
            action("8000 EUR", "fewer visits").return_on_cost(Language::En),
            Err(NoReturn::GainNotNumber)
        );
        assert_eq!(action("0 EUR", "10 EUR").return_on_cost(Language::En), Err(NoReturn::FreeOfCost));
        assert_eq!(NoReturn::NoGain.why(), "no gain written");
    }

    fn reading(date: &str, value: &str) -> Reading {
        Reading { date: date.parse().unwrap(), value: value.into(), note: String::new() }
    }

    #[test]
    fn a_loop_closed_short_of_target_and_a_done_loop_left_open_are_named() {
        let ind = Indicator {
            baseline: "35".into(),
            target: "20".into(),
            readings: vec![reading("2027-04-30", "28")],
            ..Default::default()
        };
        let mut a =
            Action { indicator: Some(ind), loop_state: Some(LoopState::Closed), ..Default::default() };
        assert_eq!(a.loop_verdict(Language::En), Some(LoopVerdict::ClosedShortOfTarget));
        a.indicator.as_mut().unwrap().add_reading(reading("2027-05-30", "19"));
        assert_eq!(a.loop_verdict(Language::En), None, "closed at the target");
        a.loop_state = Some(LoopState::Measured);
        a.status = Some(ActionStatus::Done);
        assert_eq!(a.loop_verdict(Language::En), Some(LoopVerdict::DoneNotClosed));
        assert_eq!(a.loop_verdict(Language::En).unwrap().words(), "done, loop not closed");
        a.status = Some(ActionStatus::InProgress);
        assert_eq!(a.loop_verdict(Language::En), None);
    }

    #[test]
    fn readings_are_placed_by_their_date_so_a_long_gap_looks_long() {
        let ind = Indicator {
            baseline: "0".into(),
            baseline_date: "2026-07-01".parse().ok(),
            target: "15".into(),
            readings: vec![
                reading("2026-07-11", "6"),
                reading("2027-02-05", "9"),
                reading("2027-05-07", "12"),
            ],
            ..Default::default()
        };
        let points = ind.dated_points(Language::En);
        assert_eq!(points.iter().map(|p| p.value).collect::<Vec<_>>(), [0.0, 6.0, 9.0, 12.0]);
        let x = time_positions(&points);
        assert_eq!(x[0], 0.0);
        assert_eq!(x[3], 1.0);
        assert!(x[2] - x[1] > 0.6, "seven months between the second and third: {x:?}");
        assert!(x[1] < 0.05, "ten days after the baseline: {x:?}");
        let undated = Indicator { baseline_date: None, ..ind };
        let x = time_positions(&undated.dated_points(Language::En));
        assert!(x[0] == 0.0 && x[1] > 0.0 && x[3] == 1.0, "{x:?}");
    }
}
