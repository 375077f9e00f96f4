//! Property: whatever a canvas holds, saving then loading gives the same canvas and the same bytes.

use proptest::prelude::*;

use cvc::model::*;
use cvc::store::{parse_str, to_ron};

fn text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), "[a-z \"\\\\\n\t|#()\\[\\],:]{0,12}", Just(String::new())]
}

fn needed() -> impl Strategy<Value = String> {
    text().prop_map(|s| if s.trim().is_empty() { format!("x{s}") } else { s })
}

fn pick<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = Option<T>> {
    proptest::option::of(proptest::sample::select(all))
}

fn day() -> impl Strategy<Value = Option<Day>> {
    proptest::option::of((1900i16..2200, 1i8..13, 1i8..29).prop_map(|(y, m, d)| Day::new(y, m, d).unwrap()))
}

prop_compose! {
    fn stakeholder()(name in needed(), role in text(), notes in text(), kind in pick(StakeholderKind::ALL),
        power in proptest::option::of(1u8..=5), interest in proptest::option::of(1u8..=5),
        stance in pick(Stance::ALL), desired in pick(Stance::ALL)) -> Stakeholder {
        Stakeholder { name, role, notes, kind, power, interest, stance, desired, ..Default::default() }
    }
}

prop_compose! {
    fn task()(title in needed(), owner in text(), phase in pick(Phase::ALL), cadence in pick(Cadence::ALL),
        status in pick(TaskStatus::ALL), owner_role in pick(OwnerRole::ALL),
        held in proptest::collection::btree_set(day(), 0..4)) -> Task {
        let held = held.into_iter().flatten().collect();
        Task { title, owner, phase, cadence, status, owner_role, held, ..Default::default() }
    }
}

prop_compose! {
    /// Readings as the loader keeps them: in date order, a day's readings in the order written.
    fn readings()(mut list in proptest::collection::vec((day(), needed(), text()), 0..4)) -> Vec<Reading> {
        list.sort_by_key(|(date, _, _)| *date);
        list.into_iter().filter_map(|(date, value, note)| Some(Reading { date: date?, value, note })).collect()
    }
}

prop_compose! {
    fn indicator()(name in text(), unit in text(), baseline in text(), target in text(),
        kind in pick(IndicatorKind::ALL), readings in readings(), baseline_date in day()) -> Indicator {
        Indicator { name, unit, baseline, baseline_date, target, kind, readings }
    }
}

prop_compose! {
    fn action()(title in needed(), owner in text(), business_line in text(), due in day(), review in day(),
        phase in pick(Phase::ALL), driver in pick(Driver::ALL), status in pick(ActionStatus::ALL),
        loop_state in pick(LoopState::ALL), votes in 0u32..50, benefit in text(),
        money in (text(), text()), indicator in proptest::option::of(indicator())) -> Action {
        let indicator = indicator.filter(|i| !i.is_empty());
        let (cost, gain) = money;
        Action { title, owner, business_line, due, review, phase, driver, status, loop_state, votes, indicator,
            benefit, cost, gain, ..Default::default() }
    }
}

prop_compose! {
    fn canvas()(title in text(), goal in text(), date in day(), people in proptest::collection::vec(stakeholder(), 0..6),
        links in proptest::collection::vec((0usize..6, 0usize..6, text(), pick(Health::ALL), proptest::collection::vec(proptest::sample::select(Phase::ALL), 0..3)), 0..6),
        tasks in proptest::collection::vec(task(), 0..4), actions in proptest::collection::vec(action(), 0..4),
        emphasis in (0u8..=3, 0u8..=3, 0u8..=3, 0u8..=3), deleted in 0usize..3,
        parking in proptest::collection::vec(text(), 0..3), language in proptest::sample::select(Language::ALL),
        inbox in proptest::collection::vec((proptest::sample::select(IdeaSection::ALL), text(), text(), day(), 0i8..24, 0i8..60), 0..3)) -> Canvas {
        let mut c = Canvas::new(&title);
        c.parking = parking;
        c.language = language;
        c.inbox = inbox.into_iter().filter_map(|(section, text, from, day, h, m)| {
            Some(Idea { section, text, from, at: Moment::new(day?, h, m, 59)? })
        }).collect();
        c.date = date;
        c.context.goal = goal;
        c.context.emphasis = Emphasis { connect: emphasis.0, share: emphasis.1, solve: emphasis.2, innovate: emphasis.3 };
        let ids: Vec<String> = people.into_iter().map(|p| c.add_stakeholder(p)).collect();
        for (from, to, exchange, health, phases) in links {
            if !ids.is_empty() {
                let (from, to) = (ids[from % ids.len()].clone(), ids[to % ids.len()].clone());
                c.add_relationship(Relationship { from, to, exchange, health, phases, ..Default::default() });
            }
        }
        for t in tasks { c.add_task(t); }
        for a in actions { c.add_action(a); }
        for _ in 0..deleted { if let Some(s) = c.stakeholders.first().map(|s| s.id.clone()) { c.remove_stakeholder(&s); } }
        c
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn save_then_load_gives_the_same_canvas(c in canvas()) {
        let text = to_ron(&c);
        let loaded = parse_str(std::path::Path::new("p.ron"), &text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(&loaded, &c);
        prop_assert_eq!(to_ron(&loaded), text);
    }

    #[test]
    fn a_canvas_compared_with_itself_has_no_changes(c in canvas()) {
        prop_assert!(cvc::diff::compare(&c, &c).is_empty());
    }

    #[test]
    fn any_text_never_panics_the_loader(text in prop_oneof![any::<String>(), "Canvas\\(format: [123],[a-zA-Z0-9_:,\"\\\\()\\[\\] #!]{0,80}"]) {
        let _ = parse_str(std::path::Path::new("p.ron"), &text);
    }
}

// Each case of these two runs a dozen edits, each checked against the whole computation: fewer
// cases cover as many edits as the others' 256 single checks (and keep `cargo test` quick).
proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The save writes only the entries an edit changed, from texts kept of the rest: after any
    /// edits, what it writes is byte for byte what writing the whole canvas gives.
    #[test]
    fn a_save_from_kept_entry_texts_writes_what_a_whole_save_writes(c in canvas(),
        edits in proptest::collection::vec((0u8..9, 0usize..8, needed(), task(), action(), stakeholder()), 0..12)) {
        let mut cache = cvc::store::RonCache::new();
        let mut c = c;
        prop_assert_eq!(cache.text(&c), to_ron(&c));
        for (what, at, words, task, action, person) in edits {
            match what {
                0 => { c.add_task(task); }
                1 => { c.add_action(action); }
                2 => { c.add_stakeholder(person); }
                3 => if let Some(s) = c.stakeholders.get_mut(at % c.stakeholders.len().max(1)) { s.name = words; },
                4 => if !c.tasks.is_empty() { let i = at % c.tasks.len(); c.tasks.remove(i); },
                5 => if let Some(a) = c.actions.get_mut(at % c.actions.len().max(1)) { a.title = words; a.votes += 1; },
                6 => { let n = c.agenda.len(); c.agenda[at % n].spent_secs += 30; c.title = words; }
                7 => if c.relationships.len() > 1 { c.relationships.swap(0, at % c.relationships.len()); },
                _ => { let kept = c.clone(); c = kept; c.parking.push(words); }
            }
            prop_assert_eq!(cache.text(&c), to_ron(&c));
        }
    }

    /// The derived facts worked out again after each edit from those before (only the sections
    /// an edit touched) are those worked out from scratch.
    #[test]
    fn derived_facts_after_edits_are_those_worked_out_afresh(c in canvas(),
        edits in proptest::collection::vec((0u8..12, 0usize..8, needed(), task(), action(), stakeholder()), 0..10)) {
        use cvc::tui::derived::{Derived, Deriver};
        let mut deriver = Deriver::new();
        let mut c = c;
        c.context.participants = vec!["Priya Nair".into()];
        let mut today = Day::new(2026, 11, 22).unwrap();
        prop_assert_eq!(deriver.derive(&c, today), Derived::of(&c, today));
        for (what, at, words, task, action, person) in edits {
            match what {
                0 => { c.add_task(task); }
                1 => { c.add_action(action); }
                2 => { c.add_stakeholder(person); }
                3 => if let Some(s) = c.stakeholders.get_mut(at % c.stakeholders.len().max(1)) { s.name = words; },
                4 => if let Some(s) = c.stakeholders.get_mut(at % c.stakeholders.len().max(1)) {
                    s.power = Some((at % 5) as u8 + 1); s.interest = Some((at % 3) as u8 + 1);
                },
                5 => if let Some(a) = c.actions.get_mut(at % c.actions.len().max(1)) { a.owner = words; a.votes += 1; },
                6 => today = Day::new(2026 + at as i16, 3, 1).unwrap(),
                7 => if c.relationships.len() > 1 { c.relationships.swap(0, at % c.relationships.len()); },
                8 => if !c.actions.is_empty() { let i = at % c.actions.len(); c.actions.remove(i); },
                9 => c.context.participants.push(words),
                10 => c.language = Language::ALL[at % Language::ALL.len()],
                _ => if let Some(s) = c.stakeholders.first().map(|s| s.id.clone()) { c.remove_stakeholder(&s); },
            }
            prop_assert_eq!(deriver.derive(&c, today), Derived::of(&c, today));
        }
    }
}

/// The whole-text parse, as a large canvas falls back to it.
fn whole(text: &str) -> Option<Canvas> {
    let options = ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    options.from_str(text).ok()
}

/// Pieces of RON's syntax a hand edit (or an attacker) puts anywhere in a canvas's text.
fn syntax() -> impl Strategy<Value = String> {
    let pieces = [
        "\"",
        "\\",
        "r#\"",
        "\"#",
        "/*",
        "*/",
        "//",
        "\n",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ",",
        ":",
        "'",
        "#",
        "r",
        "b",
        " tasks: [",
        "actions: []",
        "Task(title: \"t\")",
    ];
    proptest::collection::vec(proptest::sample::select(pieces.to_vec()), 1..4).prop_map(|p| p.concat())
}

// A large canvas is read in parts on two cores (store/split.rs); it must never read a text
// otherwise than the whole-text parse does, and must read every text cvc writes.
proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_saved_canvas_reads_in_parts_as_it_reads_whole(c in canvas()) {
        let text = to_ron(&c);
        prop_assert_eq!(cvc::store::parse_in_parts(&text), whole(&text));
    }

    /// Whatever is cut out of a saved canvas or put into it, reading in parts either gives the
    /// text up (the whole parse then says what is wrong) or reads what the whole parse reads.
    #[test]
    fn an_edited_text_reads_in_parts_as_it_reads_whole_or_not_at_all(c in canvas(),
        edits in proptest::collection::vec((any::<prop::sample::Index>(), 0usize..6, syntax()), 1..4)) {
        let mut text = to_ron(&c);
        for (at, cut, put) in edits {
            let mut at = at.index(text.len() + 1);
            while !text.is_char_boundary(at) { at -= 1; }
            let mut end = (at + cut).min(text.len());
            while !text.is_char_boundary(end) { end -= 1; }
            text.replace_range(at..end, &put);
        }
        if let Some(parts) = cvc::store::parse_in_parts(&text) {
            prop_assert_eq!(Some(parts), whole(&text), "{}", text);
        }
    }
}

/// The top-level fields of a saved canvas's text, each with its lines (cvc writes one a line at
/// four spaces), between the text's head and its closing line.
fn top_level_fields(text: &str) -> (String, Vec<String>, String) {
    let lines: Vec<&str> = text.lines().collect();
    let starts = |l: &&str| l.starts_with("    ") && l.as_bytes().get(4).is_some_and(u8::is_ascii_lowercase);
    let first = lines.iter().position(&starts).unwrap_or(lines.len());
    let last = lines.iter().rposition(|l| *l == ")").unwrap_or(lines.len());
    let mut fields: Vec<String> = Vec::new();
    for line in &lines[first..last] {
        match fields.last_mut() {
            Some(field) if !starts(line) => {
                field.push_str(line);
                field.push('\n');
            }
            _ => fields.push(format!("{line}\n")),
        }
    }
    let head = lines[..first].iter().map(|l| format!("{l}\n")).collect();
    (head, fields, lines[last..].join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// The fields of a canvas in any order, one of them written twice, read in parts as they read
    /// whole, or not at all (never a panic, never another canvas).
    #[test]
    fn fields_in_any_order_or_twice_read_in_parts_as_whole_or_not_at_all(c in canvas(),
        order in Just(()).prop_perturb(|_, mut rng| rng.random::<u64>()), twice in 0usize..20) {
        let (head, mut fields, tail) = top_level_fields(&to_ron(&c));
        let mut seed = order;
        for i in (1..fields.len()).rev() {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            fields.swap(i, (seed >> 33) as usize % (i + 1));
        }
        if let Some(field) = fields.get(twice).cloned() {
            fields.insert(twice / 2, field);
        }
        let text = format!("{head}{}{tail}", fields.concat());
        if let Some(parts) = cvc::store::parse_in_parts(&text) {
            prop_assert_eq!(Some(parts), whole(&text), "{}", text);
        }
    }
}
