//! The HTML plan is one self-contained page: no script, nothing fetched, every name as text,
//! well-formed SVG pictures, and the summary first.

use std::path::Path;
use std::process::Command;

use cvc::export::plan_html;
use cvc::model::Day;
use cvc::store::load;
use scraper::{Html, Selector};

fn day() -> Day {
    Day::new(2026, 11, 25).unwrap()
}

fn page(file: &str, diagrams: bool) -> String {
    plan_html(&load(Path::new(file)).unwrap(), day(), diagrams)
}

fn select<'a>(doc: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    doc.select(&Selector::parse(css).unwrap()).collect()
}

/// Every `<svg>…</svg>` of the page's source.
fn svgs(html: &str) -> Vec<&str> {
    html.match_indices("<svg").map(|(at, _)| &html[at..at + html[at..].find("</svg>").unwrap() + 6]).collect()
}

#[test]
fn hostile_names_are_text_never_markup() {
    let html = page("tests/data/hostile-names.ron", true);
    let doc = Html::parse_document(&html);
    assert!(
        select(&doc, "script, iframe, object, embed, img, link, base, form").is_empty(),
        "no active element"
    );
    for e in doc.root_element().descendants().filter_map(scraper::ElementRef::wrap) {
        for (name, value) in e.value().attrs() {
            assert!(!name.starts_with("on"), "event attribute {name}={value}");
            assert!(!matches!(name, "src" | "href" | "srcset" | "action"), "{name}={value} fetches");
            if name == "marker-start" || name == "marker-end" {
                assert!(value.starts_with("url(#arrow-"), "{value}");
            }
        }
    }
    let text: String = doc.root_element().text().collect();
    let canvas = load(Path::new("tests/data/hostile-names.ron")).unwrap();
    for s in &canvas.stakeholders {
        assert!(text.contains(s.name.trim()), "{:?} missing from the page's text", s.name);
    }
    assert!(text.contains("<script>alert(1)</script>"), "the name is shown as written");
    let title = select(&doc, "title")[0].text().collect::<String>();
    assert_eq!(title, canvas.title);
}

#[test]
fn the_page_needs_no_network_and_no_font() {
    for file in ["canvases/acme-2026-11.ron", "tests/data/hostile-names.ron"] {
        let html = page(file, true);
        let outside = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
        for word in ["http://", "https://", "//", "@import", "@font-face", "<script"] {
            assert!(!outside.contains(word), "{file}: {word}");
        }
        let css = html.split("<style>").nth(1).unwrap().split("</style>").next().unwrap();
        assert!(!css.contains("url("), "{file}: the stylesheet fetches nothing");
        assert!(css.contains("@page { size: A4;"), "print stylesheet");
        assert!(!css.contains("break-before: page"), "no page forced before a section or a picture");
        assert!(css.contains("break-inside: avoid"), "tables and pictures stay whole");
    }
}

#[test]
fn every_picture_is_well_formed_svg() {
    for file in ["canvases/acme-2026-11.ron", "tests/data/hostile-names.ron"] {
        let html = page(file, true);
        let found = svgs(&html);
        assert!(found.len() >= 5, "{file}: grid, network, coverage, agenda and trends: {}", found.len());
        for svg in found {
            let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("{file}: {e}\n{svg}"));
            assert_eq!(doc.root_element().tag_name().name(), "svg");
        }
    }
}

#[test]
fn the_acme_page_opens_with_the_summary_and_draws_its_pictures() {
    let html = page("canvases/acme-2026-11.ron", true);
    let doc = Html::parse_document(&html);
    let h2: Vec<String> = select(&doc, "h2").iter().map(|h| h.text().collect()).collect();
    assert_eq!(&h2[..4], ["Summary", "Who owes what", "Pictures", "Value goal"]);
    assert_eq!(select(&doc, "figure.picture svg").len(), 4, "grid, network, coverage, agenda");
    assert_eq!(select(&doc, "section.loopcard").len(), 5, "a card per action not dropped");
    assert_eq!(select(&doc, "section.loopcard svg").len(), 3, "readings drawn on A1, A2 and A5's cards");
    let broken = select(&doc, "td .alert");
    assert!(
        broken.iter().any(|e| e.text().collect::<String>() == "✗broken"),
        "a colour with a symbol beside it"
    );
    let without = Html::parse_document(&page("canvases/acme-2026-11.ron", false));
    assert!(select(&without, "svg").is_empty() && select(&without, "h2").len() == h2.len() - 1);
}

#[test]
fn the_command_writes_the_page_and_refuses_no_diagrams_for_a_csv() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("plan.html");
    let run = |args: &[&str]| Command::new(env!("CARGO_BIN_EXE_cvc")).args(args).output().unwrap();
    let done = run(&["export", "canvases/acme-2026-11.ron", "--format", "html", "-o", out.to_str().unwrap()]);
    assert!(done.status.success(), "{}", String::from_utf8_lossy(&done.stderr));
    assert!(std::fs::read_to_string(&out).unwrap().starts_with("<!DOCTYPE html>"));
    let md = run(&["export", "canvases/acme-2026-11.ron", "--no-diagrams"]);
    assert!(md.status.success() && !String::from_utf8_lossy(&md.stdout).contains("```mermaid"));
    let csv = run(&["export", "canvases/acme-2026-11.ron", "--format", "csv", "--no-diagrams"]);
    assert_eq!(csv.status.code(), Some(2));
}

#[test]
fn the_network_is_laid_out_like_the_terminal_map_with_every_name_whole() {
    let html = page("canvases/acme-2026-11.ron", true);
    let doc = Html::parse_document(&html);
    let svg = Selector::parse("svg[aria-label=\"Relationship network\"]").unwrap();
    let net = doc.select(&svg).next().expect("the network picture");
    assert!(net.html().contains("<polyline"), "lines routed around the names, not straight across");
    let words: String = net.text().collect::<Vec<_>>().join(" ");
    let canvas = load(Path::new("canvases/acme-2026-11.ron")).unwrap();
    for s in canvas
        .stakeholders
        .iter()
        .filter(|s| canvas.relationships.iter().any(|r| r.from == s.id || r.to == s.id))
    {
        assert!(words.contains(&format!("{} {}", s.id, s.name)), "{} {} whole in {words}", s.id, s.name);
    }
}

#[test]
fn what_flows_is_shown_whole_in_the_network_where_it_can_wrap() {
    for file in ["canvases/acme-2026-05.ron", "canvases/acme-2026-11.ron", "canvases/acme-2027-05.ron"] {
        let html = page(file, true);
        let doc = Html::parse_document(&html);
        let svg = Selector::parse("svg[aria-label=\"Relationship network\"]").unwrap();
        let net = doc.select(&svg).next().expect("the network picture");
        let words: String = net.text().collect::<Vec<_>>().join(" ");
        let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
        let canvas = load(Path::new(file)).unwrap();
        for r in &canvas.relationships {
            assert!(words.contains(r.exchange.trim()), "{file}: {:?} whole in {words}", r.exchange);
        }
        assert!(!words.contains('…'), "{file}: nothing cut: {words}");
    }
}

/// The hostile canvas with hostile money, business lines and a loop closed on a hostile note.
fn hostile_loops() -> cvc::model::Canvas {
    let mut c = load(Path::new("tests/data/hostile-names.ron")).unwrap();
    for (i, a) in c.actions.iter_mut().enumerate() {
        a.business_line = "<img src=x onerror=alert(1)> & co".into();
        a.cost = format!("{} EUR <b>", 1000 * (i + 1));
        a.gain = "9000 EUR\"><script>x</script>".into();
        a.benefit = "</dd></dl><script>alert(2)</script>".into();
    }
    c.actions[0].loop_state = Some(cvc::model::LoopState::Closed);
    c.actions[1].status = Some(cvc::model::ActionStatus::Done);
    c
}

#[test]
fn loop_cards_of_hostile_names_are_text_never_markup() {
    let c = hostile_loops();
    let html = cvc::export::plan_html(&c, day(), true);
    let doc = Html::parse_document(&html);
    assert!(select(&doc, "script, img, iframe, object").is_empty(), "no active element");
    let cards = select(&doc, "section.loopcard");
    assert_eq!(cards.len(), c.actions.len());
    for (card, a) in cards.iter().zip(&c.actions) {
        let heading: String = card.select(&Selector::parse("h3").unwrap()).next().unwrap().text().collect();
        assert_eq!(heading, format!("{} {}", a.id, a.title.trim()));
        let text: String = card.text().collect();
        for said in [a.owner.trim(), a.business_line.trim(), a.cost.trim(), a.gain.trim(), a.benefit.trim()] {
            assert!(text.contains(said), "{said:?} shown as written in {text}");
        }
        for r in &a.indicator.as_ref().unwrap().readings {
            assert!(text.contains(r.note.trim()) && text.contains(r.value.trim()), "{r:?} in {text}");
        }
        let dt: Vec<String> =
            card.select(&Selector::parse("dt").unwrap()).map(|e| e.text().collect()).collect();
        assert_eq!(dt[..3], ["Owner", "Status", "Indicator"], "the facts keep their shape");
        assert!(
            text.contains("no return worked out: the cost does not start with a number")
                || text.contains("return")
        );
    }
    let first: String = cards[0].text().collect();
    assert!(first.contains("closed; evidence: 30 <b> on 2027-01-01 — x|y"), "{first}");
    let second: String = cards[1].text().collect();
    assert!(
        second.contains("done, loop not closed: the review that confirms it worked is still to come"),
        "{second}"
    );
}

#[test]
fn the_network_names_its_weak_points_and_draws_the_unconnected() {
    let html = page("canvases/acme-2027-05.ron", true);
    let doc = Html::parse_document(&html);
    let svg = Selector::parse("svg[aria-label=\"Relationship network\"]").unwrap();
    let net = doc.select(&svg).next().expect("the network picture");
    let words: String = net.text().collect::<Vec<_>>().join(" ");
    assert!(words.contains("○ S7 Works council"), "the unconnected council is drawn: {words}");
    assert!(words.contains("◆◎ S1 Field engineers"), "the linchpin and hub is marked: {words}");
    assert!(net.html().contains("stroke-dasharray=\"4 3\""), "a dashed box for no relationship");
    let text: String = doc.root_element().text().collect();
    let at = text.find("Weak points of the network").expect("named under the picture");
    let after = &text[at..];
    assert!(
        after.contains("If Field engineers leave, Head of Service, Service desk, Product engineering, Regional managers, Platform vendor and Customer success lose their only link"),
        "{}",
        &after[..400.min(after.len())]
    );
    assert!(after.contains("Works council has power 3 and no relationship"));
    let md = cvc::export::plan_markdown(&load(Path::new("canvases/acme-2027-05.ron")).unwrap(), day());
    assert!(md.contains("**Weak points of the network:**\n\n- If Field engineers leave"), "the Markdown too");
}
