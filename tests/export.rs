//! `cvc export` and the change report as their readers get them: what canvas text can and cannot
//! do to a Mermaid diagram, a calendar, a Markdown link or a picture's numbers.

use std::path::PathBuf;

use crate::common::{Sandbox, shipped};
use cvc::model::{Action, Canvas, Indicator, Reading, Relationship, Stakeholder};

/// Names that once changed a change report's chart or dropped the network: a directive inside a
/// name, a name that is only a directive, and a flowchart statement in a relationship's text.
const DIRECTIVE: &str = "a %%{init:{'theme':'forest'}}%% b";
const ONLY_DIRECTIVE: &str = "%%{init: {\"themeCSS\": \".node rect { fill: red }\"}}%%";

fn person(id: &str, name: &str, power: u8, interest: u8) -> Stakeholder {
    Stakeholder {
        id: id.into(),
        name: name.into(),
        power: Some(power),
        interest: Some(interest),
        ..Default::default()
    }
}

fn link(id: &str, from: &str, to: &str, exchange: &str) -> Relationship {
    Relationship {
        id: id.into(),
        from: from.into(),
        to: to.into(),
        exchange: exchange.into(),
        ..Default::default()
    }
}

fn save(s: &Sandbox, name: &str, c: &Canvas) -> PathBuf {
    s.write(name, cvc::store::to_ron(c))
}

/// The hostile names of tests/data with three more: an old revision and a new one in which they
/// all moved quadrant, one joined and one left.
fn hostile_revisions(s: &Sandbox) -> (PathBuf, PathBuf) {
    let mut old = cvc::store::load(std::path::Path::new("tests/data/hostile-names.ron")).unwrap();
    old.stakeholders.push(person("S11", DIRECTIVE, 1, 1));
    old.stakeholders.push(person("S12", ONLY_DIRECTIVE, 1, 5));
    old.stakeholders.push(person("S13", "direction LR", 5, 1));
    old.relationships.push(link("R13", "S11", "S12", "direction LR"));
    old.relationships.push(link("R14", "S12", "S13", "x\ndirection TB"));
    old.relationships.push(link("R15", "S13", "S11", ONLY_DIRECTIVE));
    let mut new = old.clone();
    new.revision += 1;
    for s in new.stakeholders.iter_mut() {
        (s.power, s.interest) = (Some(6 - s.power.unwrap_or(3)), Some(6 - s.interest.unwrap_or(3)));
    }
    new.stakeholders.push(person("S14", "Direction BT %%{init:{'themeCSS':'x'}}%%", 5, 5));
    new.stakeholders.retain(|s| s.id != "S1");
    new.relationships.retain(|r| r.from != "S1" && r.to != "S1");
    (save(s, "old.ron", &old), save(s, "new.ron", &new))
}

/// The text of every ```mermaid block.
fn mermaid_blocks(markdown: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut inside = false;
    for line in markdown.lines() {
        if inside && line == "```" {
            inside = false;
        } else if inside {
            let block = out.last_mut().unwrap();
            block.push_str(line);
            block.push('\n');
        } else if line == "```mermaid" {
            inside = true;
            out.push(String::new());
        }
    }
    out
}

/// The words cvc itself writes outside quoted labels: diagram kinds, keywords, node names, classes.
const OWN_WORDS: &[&str] = &[
    "flowchart",
    "TB",
    "LR",
    "quadrantChart",
    "xychart",
    "horizontal",
    "class",
    "classDef",
    "linchpin",
    "unconnected",
    "dasharray",
    "beta",
    "x",
    "y",
    "axis",
    "quadrant",
    "classDef",
    "champion",
    "supporter",
    "neutral",
    "sceptic",
    "blocker",
    "color",
    "radius",
    "linkStyle",
    "stroke",
    "width",
    "px",
    "bar",
    "line",
    "title",
    "joined",
    "left",
    "mc",
    "ks",
    "ki",
    "mo",
    "s",
    "Connect",
    "Share",
    "Solve",
    "Innovate",
];

/// cvc's own settings in a chart's first line: sizes, fonts, data labels and colours, nothing else.
fn check_config(v: &serde_json::Value, line: &str) {
    const KEYS: &[&str] = &[
        "xyChart",
        "quadrantChart",
        "themeVariables",
        "width",
        "height",
        "chartWidth",
        "chartHeight",
        "xAxis",
        "yAxis",
        "labelFontSize",
        "pointLabelFontSize",
        "showDataLabel",
        "plotColorPalette",
    ];
    match v {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                assert!(KEYS.contains(&k.as_str()), "{k} in {line}");
                check_config(v, line);
            }
        }
        serde_json::Value::Number(_) | serde_json::Value::Bool(_) => {}
        serde_json::Value::String(colours) => assert!(
            colours.split(", ").all(|c| c.len() == 7 && c[1..].bytes().all(|b| b.is_ascii_hexdigit())),
            "{line}"
        ),
        _ => panic!("{line}"),
    }
}

/// Checks one block: no directive or comment but cvc's own colour line first, no `direction`
/// statement, and outside its quoted labels nothing but cvc's own words, numbers and marks.
fn check_block(block: &str) {
    let mut lines = block.lines().peekable();
    if let Some(first) = lines.peek()
        && let Some(config) = first.strip_prefix("%%{init: ").and_then(|r| r.strip_suffix("}%%"))
    {
        let config: serde_json::Value =
            serde_json::from_str(config).unwrap_or_else(|e| panic!("{e}: {first}"));
        check_config(&config, first);
        lines.next();
    }
    let body: Vec<&str> = lines.collect();
    let body = body.join("\n");
    assert!(!body.contains("%%"), "a directive or comment from canvas text:\n{block}");
    assert!(!body.to_lowercase().contains("direction"), "a direction statement:\n{block}");
    for line in body.lines() {
        assert_eq!(line.matches('"').count() % 2, 0, "every label is closed: {line}");
        let outside: String = line.split('"').step_by(2).collect::<Vec<_>>().join(" ");
        assert!(outside.is_ascii(), "canvas text outside a label: {line}");
        let outside: String = outside
            .split('#')
            .enumerate()
            .map(|(i, part)| {
                if i > 0 && part.len() >= 6 && part[..6].bytes().all(|b| b.is_ascii_hexdigit()) {
                    &part[6..]
                } else {
                    part
                }
            })
            .collect::<Vec<_>>()
            .join(" ");
        for word in outside.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()) {
            assert!(OWN_WORDS.contains(&word), "\"{word}\" outside a label: {line}");
        }
    }
}

#[test]
fn no_canvas_text_reaches_a_mermaid_block_but_as_a_quoted_label() {
    let s = Sandbox::new();
    let (old, new) = hostile_revisions(&s);
    let (old, new) = (old.to_str().unwrap(), new.to_str().unwrap());
    let mut all = Vec::new();
    for args in [
        vec!["export", old],
        vec!["export", new],
        vec!["diff", old, new, "--format", "markdown"],
        vec!["diff", new, old, "--format", "markdown"],
        vec!["export", shipped("acme-2026-11").to_str().unwrap()],
    ] {
        let run = s.cvc(&args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        let blocks = mermaid_blocks(&run.stdout);
        assert!(!blocks.is_empty(), "{args:?}");
        for block in &blocks {
            check_block(block);
        }
        all.extend(blocks);
    }
    let network = all.iter().find(|b| b.starts_with("flowchart TB\n")).expect("the network is drawn");
    assert!(network.contains("|\"#100;irection LR\"| s"), "the edge is drawn:\n{network}");
    assert!(network.contains("|\"x #100;irection TB\"| s"), "{network}");
    let all = all.join("\n");
    // The names are there, as labels: coded, not gone.
    assert!(
        all.contains("a #37;#37;#123;init#58;#123;#39;theme#39;#58;#39;forest#39;#125;#125;#37;#37; b"),
        "{all}"
    );
    assert!(all.contains("#68;irection BT #37;#37;#123;init"), "{all}");
}

#[test]
fn a_dash_as_output_means_standard_output() {
    let s = Sandbox::new();
    let plan = shipped("acme-2026-11");
    let plan = plan.to_str().unwrap();
    for format in ["markdown", "ics", "json"] {
        let to_stdout = s.cvc(&["export", plan, "--format", format]);
        let dash = s.cvc(&["export", plan, "--format", format, "-o", "-"]);
        assert_eq!(dash.code, 0, "{}", dash.stderr);
        assert!(!s.path("-").exists(), "no file named -");
        assert!(dash.stderr.is_empty(), "{}", dash.stderr);
        let without_stamps =
            |t: &str| t.lines().filter(|l| !l.starts_with("DTSTAMP:")).collect::<Vec<_>>().join("\n");
        assert_eq!(without_stamps(&dash.stdout), without_stamps(&to_stdout.stdout), "{format}");
        assert!(!dash.stdout.is_empty());
    }
}

#[test]
fn a_canvas_id_with_a_carriage_return_is_refused() {
    let s = Sandbox::new();
    let mut c = Canvas::new("Plan");
    c.id = "c7f3\ra9e2".into();
    let file = save(&s, "cr.ron", &c);
    let run = s.cvc(&["export", file.to_str().unwrap(), "--format", "ics"]);
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(run.stderr.contains("canvas id \"c7f3\\ra9e2\" holds a control character"), "{}", run.stderr);
    assert!(run.stdout.is_empty());
}

/// A canvas whose action reads `text` as its latest reading, from 10 towards 40.
fn reading_canvas(values: &[&str]) -> Canvas {
    let mut c = Canvas::new("Readings");
    let readings = values
        .iter()
        .enumerate()
        .map(|(i, v)| Reading {
            date: cvc::model::Day::new(2026, 12, 1 + i as i8).unwrap(),
            value: v.to_string(),
            note: String::new(),
        })
        .collect();
    let indicator = Indicator {
        name: "n".into(),
        baseline: "10".into(),
        target: "40".into(),
        readings,
        ..Default::default()
    };
    c.add_action(Action {
        title: "Measure".into(),
        owner: "x".into(),
        indicator: Some(indicator),
        ..Default::default()
    });
    c
}

#[test]
fn readings_that_are_not_finite_numbers_draw_no_nan_and_no_inf() {
    let s = Sandbox::new();
    let huge = "1".repeat(400);
    let file = save(&s, "r.ron", &reading_canvas(&["20", "NaN", "inf", "-inf", &huge]));
    let file = file.to_str().unwrap();
    let html = s.cvc(&["export", file, "--format", "html"]);
    assert_eq!(html.code, 0, "{}", html.stderr);
    let words = |t: &str| t.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| matches!(w, "NaN" | "inf"));
    let svg: String = html.stdout.split("<svg").skip(1).map(|s| s.split("</svg>").next().unwrap()).collect();
    assert!(!svg.is_empty() && !words(&svg), "{svg}");
    let md = s.cvc(&["export", file]);
    let blocks = mermaid_blocks(&md.stdout).join("\n");
    assert!(blocks.contains("line [10, 20]"), "only the finite reading is drawn:\n{blocks}");
    assert!(!words(&blocks), "{blocks}");
    let only_huge = save(&s, "h.ron", &reading_canvas(&[&huge]));
    let md = s.cvc(&["export", only_huge.to_str().unwrap()]).stdout;
    assert!(md.contains("not numeric"), "{md}");
}

#[test]
fn a_space_between_groups_of_three_digits_is_a_thousands_separator() {
    let s = Sandbox::new();
    let mut c = reading_canvas(&["1 800"]);
    let ind = c.actions[0].indicator.as_mut().unwrap();
    (ind.baseline, ind.target) = ("1 000".into(), "2 000".into());
    let file = save(&s, "t.ron", &c);
    let md = s.cvc(&["export", file.to_str().unwrap()]).stdout;
    assert!(md.contains("80%"), "(1800 − 1000) / (2000 − 1000):\n{md}");
}

#[test]
fn underscores_inside_words_stay_as_written_and_emphasis_stays_text() {
    use pulldown_cmark::{Event, Parser, Tag};
    let s = Sandbox::new();
    let mut c = Canvas::new("a_b_c plan");
    let name = "a_b_c see https://example.com/x_y_z, _not emphasis_ and __init__ a__b";
    c.add_action(Action { title: name.into(), owner: "snake_case_owner".into(), ..Default::default() });
    let file = save(&s, "u.ron", &c);
    let md = s.cvc(&["export", file.to_str().unwrap()]).stdout;
    assert!(md.contains("# a_b_c plan\n"), "{md}");
    assert!(
        md.contains("a_b_c see https://example.com/x_y_z, \\_not emphasis\\_ and \\_\\_init\\_\\_ a__b"),
        "{md}"
    );
    assert!(md.contains("snake_case_owner"), "{md}");
    let mut text = String::new();
    for event in Parser::new(&md) {
        match event {
            Event::Start(Tag::Emphasis | Tag::Strong) => text.push('<'),
            Event::Text(t) => text.push_str(&t),
            _ => {}
        }
    }
    assert!(text.contains(name), "the name reads back as written: {text}");
}

#[test]
fn the_canvas_calendar_reads_back_with_repeating_tasks_alarmed_reviews_and_the_revisit() {
    use icalendar::Component;
    let s = Sandbox::new();
    let run = s.cvc(&["export", shipped("acme-2027-05").to_str().unwrap(), "--format", "ics"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let cal: icalendar::Calendar = run.stdout.parse().unwrap();
    let events: Vec<&icalendar::Event> = cal.events().collect();
    let rules: Vec<(&str, &str)> =
        events.iter().filter_map(|e| Some((e.get_uid()?, e.property_value("RRULE")?))).collect();
    assert!(rules.contains(&("a3c9e1f4-T1-cadence@cvc", "FREQ=WEEKLY")), "{rules:?}");
    assert!(rules.contains(&("a3c9e1f4-T2-cadence@cvc", "FREQ=WEEKLY;INTERVAL=2")), "{rules:?}");
    assert!(rules.contains(&("a3c9e1f4-T5-cadence@cvc", "FREQ=MONTHLY;INTERVAL=3")), "{rules:?}");
    let t1 = events.iter().find(|e| e.get_uid() == Some("a3c9e1f4-T1-cadence@cvc")).unwrap();
    assert_eq!(t1.property_value("DTSTART"), Some("20270513"), "repeats from the last held day");
    let revisit = events.iter().find(|e| e.get_uid() == Some("a3c9e1f4-revisit@cvc")).unwrap();
    assert_eq!(revisit.property_value("DTSTART"), Some("20271119"), "six months after 2027-05-19");
    // The parser keeps alarms inside their event; the raw text shows each review has one.
    let unfolded = run.stdout.replace("\r\n ", "");
    for event in
        unfolded.split("BEGIN:VEVENT").filter(|e| e.contains("-review@cvc") && e.contains("STATUS:CONFIRMED"))
    {
        assert!(event.contains("BEGIN:VALARM") && event.contains("TRIGGER:-P1D"), "{event}");
    }
    assert!(unfolded.contains("PRODID:-//cvc//cvc "));
}

/// The issue's canvas: French, an indicator from `5 jours` to `2 jours` that read `4,5 jours`, its
/// loop closed. Saved as format 3 with `language: "fr"`.
fn french_loop(s: &Sandbox, lang: &str) -> PathBuf {
    let mut c = Canvas::new("Boucle");
    c.language = lang.parse().unwrap();
    let (baseline, target, value) = match lang {
        "de" => ("5 Tage", "2 Tage", "4,5 Tage"),
        _ => ("5 jours", "2 jours", "4,5 jours"),
    };
    let reading = Reading { date: "2026-12-19".parse().unwrap(), value: value.into(), note: String::new() };
    let ind = Indicator {
        name: "délai".into(),
        baseline: baseline.into(),
        target: target.into(),
        readings: vec![reading],
        ..Default::default()
    };
    c.add_action(Action {
        title: "Nous répondrons".into(),
        indicator: Some(ind),
        loop_state: Some(cvc::model::LoopState::Closed),
        cost: "8 000 €".into(),
        gain: "60 000,50 €".into(),
        ..Default::default()
    });
    save(s, &format!("{lang}.ron"), &c)
}

#[test]
fn a_french_or_german_reading_is_read_as_the_client_wrote_it_in_every_export() {
    let s = Sandbox::new();
    for lang in ["fr", "de"] {
        let file = french_loop(&s, lang);
        let run = s.cvc(&["export", file.to_str().unwrap(), "--format", "json"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        let a1 = &v["derived"]["actions"][0];
        assert_eq!(a1["progress"], 17, "{lang}: (108 − 120) / (48 − 120) hours, 16.7 %");
        assert_eq!(a1["loop_verdict"], "closed_short_of_target", "{lang}: not a loop closed on target");
        if lang == "fr" {
            assert_eq!(a1["return"], 6.5, "8 000 € → 60 000,50 €: {a1}");
        }
        let plan = s.cvc(&["export", file.to_str().unwrap()]).stdout;
        // Drawn in days, as the target is written (not 120 → 108 hours against 48).
        assert!(plan.contains("line [5, 4.5]"), "{lang}: the chart falls from 5 days to 4.5:\n{plan}");
        assert!(plan.contains("line [2, 2]"), "{lang}: the target is 2 days");
    }
}

#[test]
fn a_huge_time_spent_is_written_whole_never_wrapped_to_a_minute() {
    let s = Sandbox::new();
    let text = std::fs::read_to_string(shipped("acme-2026-05")).unwrap();
    let huge = text.replacen("spent_secs: 690", &format!("spent_secs: {}", u64::MAX), 1);
    let file = s.write("huge.ron", huge);
    let run = s.cvc(&["export", file.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let total = run.stdout.lines().find(|l| l.starts_with("| Total")).unwrap();
    assert!(total.contains(&format!("{}:", u64::MAX / 60)), "{total}");
}
