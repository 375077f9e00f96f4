//! The exported Markdown is valid GFM: tables stay tables whatever the canvas text holds.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use cvc::diff::compare;
use cvc::export::{diff_markdown, plan_markdown};
use cvc::model::{Action, Canvas, Day, Indicator, Relationship, Stakeholder, Task};
use cvc::store::load;

/// Every table in the document as rows of cell texts (the header row first).
fn tables(markdown: &str) -> Vec<Vec<Vec<String>>> {
    let mut out: Vec<Vec<Vec<String>>> = Vec::new();
    let mut cell: Option<String> = None;
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Table(_)) => out.push(Vec::new()),
            Event::Start(Tag::TableHead | Tag::TableRow) => out.last_mut().unwrap().push(Vec::new()),
            Event::Start(Tag::TableCell) => cell = Some(String::new()),
            Event::End(TagEnd::TableCell) => {
                let text = cell.take().unwrap();
                out.last_mut().unwrap().last_mut().unwrap().push(text);
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(c) = cell.as_mut() {
                    c.push_str(&t);
                }
            }
            Event::InlineHtml(h) | Event::Html(h) => {
                if let Some(c) = cell.as_mut() {
                    c.push_str(&h);
                }
            }
            _ => {}
        }
    }
    out
}

const NASTY: &str = "pipe | back`tick` <b>bold</b> *star* _under_ \\slash [link](x) & &amp; #1";

fn nasty_canvas() -> Canvas {
    let mut c = Canvas::new("Plan | with `code`");
    c.id = "n1".into();
    let a = c.add_stakeholder(Stakeholder {
        name: NASTY.into(),
        role: "two\nlines".into(),
        ..Default::default()
    });
    let b = c.add_stakeholder(Stakeholder { name: "- looks like a list".into(), ..Default::default() });
    c.add_relationship(Relationship { from: a, to: b, exchange: "1. numbered".into(), ..Default::default() });
    c.add_task(Task { title: NASTY.into(), phase: Some(cvc::model::Phase::Share), ..Default::default() });
    let indicator = Some(Indicator {
        name: "x|y".into(),
        baseline: "<5".into(),
        target: ">9".into(),
        ..Default::default()
    });
    c.add_action(Action { title: NASTY.into(), owner: "Sam\r\nLee".into(), indicator, ..Default::default() });
    c
}

/// The cell under `header` in row `row` of table `t`.
fn at<'a>(t: &'a [Vec<String>], row: usize, header: &str) -> &'a str {
    let col = t[0].iter().position(|h| h == header).unwrap_or_else(|| panic!("no {header} in {:?}", t[0]));
    &t[row][col]
}

#[test]
fn plan_tables_keep_their_shape_and_their_text_whatever_the_entries_hold() {
    let md = plan_markdown(&nasty_canvas(), Day::new(2026, 11, 22).unwrap());
    let tables = tables(&md);
    assert!(tables.len() >= 7, "found {} tables in\n{md}", tables.len());
    for t in &tables {
        let width = t[0].len();
        assert!(t.iter().all(|row| row.len() == width), "ragged table {t:?}");
        for col in 0..width {
            assert!(
                t.len() == 1 || t[1..].iter().any(|r| !r[col].trim().is_empty()),
                "empty column {col} in {t:?}"
            );
        }
    }
    let people = tables.iter().find(|t| t[0][1] == "Name").unwrap();
    assert_eq!(at(people, 1, "Name"), NASTY);
    assert_eq!(at(people, 1, "Role"), "two<br>lines");
    assert_eq!(at(people, 2, "Name"), "- looks like a list");
    let actions = tables.iter().find(|t| t[0].iter().any(|h| h == "Baseline → target")).unwrap();
    assert_eq!(at(actions, 1, "Action"), NASTY);
    assert_eq!(at(actions, 1, "Owner"), "Sam<br>Lee");
    assert_eq!(at(actions, 1, "Baseline → target"), "<5 → >9");
    let links = tables.iter().find(|t| t[0][1] == "From").unwrap();
    assert_eq!(at(links, 1, "Exchange"), "1. numbered");
}

/// The text of every heading of `level`, in order.
fn headings(md: &str, level: pulldown_cmark::HeadingLevel) -> Vec<String> {
    let mut out = Vec::new();
    let mut inside = false;
    for e in Parser::new(md) {
        match e {
            Event::Start(Tag::Heading { level: l, .. }) if l == level => {
                inside = true;
                out.push(String::new());
            }
            Event::End(TagEnd::Heading(_)) => inside = false,
            Event::Text(t) | Event::Code(t) if inside => out.last_mut().unwrap().push_str(&t),
            _ => {}
        }
    }
    out
}

#[test]
fn the_title_stays_one_heading_and_the_summary_comes_first() {
    let md = plan_markdown(&nasty_canvas(), Day::new(2026, 11, 22).unwrap());
    assert!(md.starts_with("# Plan \\| with \\`code\\`\n"));
    assert_eq!(headings(&md, pulldown_cmark::HeadingLevel::H1), ["Plan | with `code`"]);
    assert_eq!(
        headings(&md, pulldown_cmark::HeadingLevel::H2),
        [
            "Summary",
            "Who owes what",
            "Pictures",
            "Value goal",
            "Stakeholders",
            "Relationships",
            "Community management tasks",
            "Adoption action plan",
            "Loop cards",
            "Value scorecard",
            "Coverage",
            "Warnings",
            "Loop-review schedule",
            "Agenda: plan and actual",
        ]
    );
}

#[test]
fn the_change_report_is_valid_markdown_with_intact_tables() {
    let old = nasty_canvas();
    let mut new = old.clone();
    new.stakeholders[0].name = format!("{NASTY} (renamed)");
    new.actions[0].notes = "closed | done".into();
    let md = diff_markdown(&compare(&old, &new));
    let tables = tables(&md);
    for t in &tables {
        assert!(t.iter().all(|row| row.len() == t[0].len()), "ragged table {t:?}");
    }
    let people = tables.iter().find(|t| t.iter().any(|r| r.len() > 3 && r[3] == "name")).unwrap();
    let row = people.iter().find(|r| r.len() > 3 && r[3] == "name").unwrap();
    assert_eq!((row[4].as_str(), row[5].as_str()), (NASTY, format!("{NASTY} (renamed)").as_str()));
}

/// The Acme example's plan, fixed to a day so the overdue marks do not move.
fn acme() -> String {
    let c = load(std::path::Path::new("canvases/acme-2026-11.ron")).unwrap();
    plan_markdown(&c, Day::new(2026, 11, 25).unwrap())
}

#[test]
fn the_acme_summary_and_who_owes_what() {
    let md = acme();
    let start = md.find("## Summary").unwrap();
    let end = md.find("## Pictures").unwrap();
    insta::assert_snapshot!("acme_summary", &md[start..end]);
}

#[test]
fn no_task_table_has_a_votes_column_when_nobody_voted_on_tasks() {
    let md = acme();
    let tables = tables(&md);
    let tasks: Vec<_> = tables.iter().filter(|t| t[0][1] == "Task").collect();
    assert_eq!(tasks.len(), 3, "Connect, Share and Innovate have tasks");
    assert!(tasks.iter().all(|t| !t[0].iter().any(|h| h == "Votes")), "{tasks:?}");
    let actions = tables.iter().find(|t| t[0].iter().any(|h| h == "Baseline → target")).unwrap();
    assert!(actions[0].iter().any(|h| h == "Votes"), "the room voted on actions");
}

#[test]
fn a_note_sits_beside_its_entry() {
    let tables = tables(&acme());
    let actions = tables.iter().find(|t| t[0].iter().any(|h| h == "Baseline → target")).unwrap();
    let a1 = actions.iter().position(|r| r[0] == "A1").unwrap();
    assert_eq!(at(actions, a1, "Notes"), "Median reached 19 hours in August");
    assert!(!acme().contains("## Notes"), "no notes list at the end");
}

#[test]
fn the_plan_draws_each_picture_as_a_mermaid_block() {
    let md = acme();
    let blocks: Vec<String> = Parser::new(&md)
        .scan(false, |inside, e| {
            Some(match e {
                Event::Start(Tag::CodeBlock(pulldown_cmark::CodeBlockKind::Fenced(lang))) => {
                    *inside = &*lang == "mermaid";
                    None
                }
                Event::Text(t) if *inside => Some(t.to_string()),
                Event::End(TagEnd::CodeBlock) => {
                    *inside = false;
                    None
                }
                _ => None,
            })
        })
        .flatten()
        .collect();
    let kinds: Vec<&str> = blocks.iter().map(|b| b.lines().find(|l| !l.starts_with("%%")).unwrap()).collect();
    assert_eq!(
        kinds,
        [
            "quadrantChart",
            "flowchart TB",
            "xychart-beta",
            "xychart-beta horizontal",
            "xychart-beta",
            "xychart-beta",
            "xychart-beta"
        ],
        "grid, network, coverage, agenda and the three indicators with readings"
    );
}

/// The text of every fenced code block of a language.
fn code_blocks(markdown: &str, language: &str) -> Vec<String> {
    use pulldown_cmark::CodeBlockKind;
    let mut out = Vec::new();
    let mut inside = false;
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(l))) if &*l == language => {
                inside = true;
                out.push(String::new());
            }
            Event::Text(t) if inside => out.last_mut().unwrap().push_str(&t),
            Event::End(TagEnd::CodeBlock) => inside = false,
            _ => {}
        }
    }
    out
}

#[test]
fn the_change_report_puts_signals_first_then_a_line_per_section_pictures_and_detail_last() {
    let load = |n: &str| cvc::store::ShippedCanvas::find(n).unwrap().canvas().unwrap();
    let md = diff_markdown(&compare(&load("acme-2026-05"), &load("acme-2026-11")));
    let mut headings = Vec::new();
    let mut text: Option<String> = None;
    for event in Parser::new(&md) {
        match event {
            Event::Start(Tag::Heading { level: pulldown_cmark::HeadingLevel::H2, .. }) => {
                text = Some(String::new());
            }
            Event::Text(t) if text.is_some() => text.as_mut().unwrap().push_str(&t),
            Event::End(TagEnd::Heading(_)) => headings.extend(text.take()),
            _ => {}
        }
    }
    assert_eq!(headings, ["Needs attention", "Good news", "Summary", "What moved", "In detail"]);
    assert!(md.contains("- **Stakeholders**: 2 added (Platform vendor, Customer success), 1 removed (Intranet team), 5 changed, 1 as before."), "{md}");
    let pictures = code_blocks(&md, "mermaid");
    assert_eq!(pictures.len(), 2, "{md}");
    assert!(pictures[0].contains("ks -->|\"Regional managers\"| mc"), "{}", pictures[0]);
    assert!(pictures[0].contains("mc -->|\"Intranet team\"| left"), "{}", pictures[0]);
    assert!(pictures[1].contains("bar [2, 1, 1, 0]\n    line [3, 3, 0, 0]"), "{}", pictures[1]);
}

#[test]
fn names_in_the_change_pictures_cannot_break_a_mermaid_label() {
    let mut old = nasty_canvas();
    old.stakeholders[0].power = Some(5);
    old.stakeholders[0].interest = Some(5);
    let mut new = old.clone();
    new.stakeholders[0].power = Some(1);
    new.stakeholders[0].interest = Some(1);
    new.stakeholders[0].name = "a \"quoted\" |pipe| ; #1 `tick`\nline".into();
    let pictures = code_blocks(&diff_markdown(&compare(&old, &new)), "mermaid");
    let edge = pictures[0].lines().find(|l| l.contains("-->|")).expect("an arrow for the move");
    let label = edge.split("-->|\"").nth(1).unwrap().split("\"|").next().unwrap();
    assert!(!label.contains(['"', '|', '`', '\n']), "{label}");
    assert!(label.contains("#quot;quoted#quot; #124;pipe#124; #59; #35;1 #96;tick#96; line"), "{label}");
}

#[test]
fn loop_cards_of_hostile_names_keep_their_shape_and_their_text() {
    let mut c = cvc::store::load(std::path::Path::new("tests/data/hostile-names.ron")).unwrap();
    for a in c.actions.iter_mut() {
        a.business_line = "*not bold* <b>x</b> | pipe".into();
        a.cost = "1000 EUR".into();
        a.gain = "9000 USD [link](x)".into();
    }
    c.actions[0].loop_state = Some(cvc::model::LoopState::Closed);
    for a in &c.actions {
        let card = cvc::export::loopcard::LoopCard::of(a, c.language, Day::new(2027, 5, 1).unwrap());
        let md = cvc::export::loopcard::markdown(&card);
        let events: Vec<Event> = Parser::new(&md).collect();
        assert!(
            !events.iter().any(|e| matches!(e, Event::Html(_) | Event::InlineHtml(_))),
            "no canvas text becomes HTML: {md}"
        );
        assert!(
            !events
                .iter()
                .any(|e| matches!(e, Event::Start(Tag::Link { .. } | Tag::Emphasis | Tag::Table(_)))),
            "no canvas text becomes a link, emphasis or table: {md}"
        );
        assert_eq!(headings(&md, pulldown_cmark::HeadingLevel::H3), [format!("{} {}", a.id, a.title.trim())]);
        let text: String = events
            .iter()
            .filter_map(|e| match e {
                Event::Text(t) | Event::Code(t) => Some(t.to_string()),
                Event::SoftBreak | Event::HardBreak => Some(" ".into()),
                _ => None,
            })
            .collect();
        for said in [a.owner.trim(), a.business_line.trim(), "no return worked out: cost in EUR, gain in USD"]
        {
            assert!(text.contains(said), "{said:?} as written in {text}");
        }
        for r in &a.indicator.as_ref().unwrap().readings {
            assert!(text.contains(r.note.trim()), "{:?} in {text}", r.note);
        }
        let items = events.iter().filter(|e| matches!(e, Event::Start(Tag::Item))).count();
        assert!(items >= 9, "every fact and reading an item of its own: {md}");
        for block in code_blocks(&md, "mermaid") {
            assert!(block.contains("xychart-beta") && !block.contains("<"), "{block}");
        }
    }
}
