//! `cvc report` (DESIGN §6, §11): the follow-up report over a canvas's revisions, as Markdown
//! (read back with pulldown-cmark) and as one printable HTML page (read back with an HTML parser,
//! its pictures with an XML parser); `history` and `diff` give their parts alone as HTML. A canvas
//! full of hostile names puts no markup on the page and breaks no Mermaid label.

use crate::common::{Sandbox, shipped};

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Parser, Tag, TagEnd};
use scraper::{Html, Selector};

fn acme() -> Vec<String> {
    ["acme-2026-05", "acme-2026-11", "acme-2027-05"]
        .iter()
        .map(|n| shipped(n).display().to_string())
        .collect()
}

fn run(s: &Sandbox, args: &[&str]) -> String {
    let r = s.cvc(args);
    assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
    r.stdout
}

/// The H2 headings of a Markdown page, and its fenced blocks of `language`.
fn read_markdown(md: &str, language: &str) -> (Vec<String>, Vec<String>) {
    let (mut headings, mut blocks) = (Vec::new(), Vec::new());
    let (mut heading, mut inside): (Option<String>, bool) = (None, false);
    for event in Parser::new_ext(md, pulldown_cmark::Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Heading { level: HeadingLevel::H2, .. }) => heading = Some(String::new()),
            Event::Text(t) | Event::Code(t) if heading.is_some() => heading.as_mut().unwrap().push_str(&t),
            Event::End(TagEnd::Heading(_)) => headings.extend(heading.take()),
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(l))) if &*l == language => {
                inside = true;
                blocks.push(String::new());
            }
            Event::Text(t) if inside => blocks.last_mut().unwrap().push_str(&t),
            Event::End(TagEnd::CodeBlock) => inside = false,
            Event::Html(h) | Event::InlineHtml(h) => {
                assert!(h.trim() == "<br>", "markup on the page: {h:?}");
            }
            _ => {}
        }
    }
    (headings, blocks)
}

fn select<'a>(doc: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    doc.select(&Selector::parse(css).unwrap()).collect()
}

/// The page parsed, with no active element or attribute, and every SVG well-formed.
fn read_html(html: &str) -> Html {
    let doc = Html::parse_document(html);
    assert!(
        select(&doc, "script, iframe, object, embed, img, link, base, form").is_empty(),
        "no active element"
    );
    for e in doc.root_element().descendants().filter_map(scraper::ElementRef::wrap) {
        for (name, value) in e.value().attrs() {
            assert!(!name.starts_with("on"), "event attribute {name}={value}");
            assert!(!matches!(name, "src" | "href" | "srcset" | "action"), "{name}={value} fetches");
        }
    }
    for (at, _) in html.match_indices("<svg") {
        let svg = &html[at..at + html[at..].find("</svg>").unwrap() + 6];
        roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("{e}\n{svg}"));
    }
    let outside = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
    assert!(!outside.contains("http://") && !outside.contains("https://"), "the page fetches nothing");
    doc
}

const PARTS: [&str; 6] = [
    "What was achieved",
    "Loop cards",
    "What changed since revision 2 (2026-11-18)",
    "The waves over every revision",
    "The network's weak points",
    "What is due",
];

#[test]
fn the_acme_report_has_every_part_in_order_and_says_the_day_it_counts_from() {
    let s = Sandbox::new();
    let files = acme();
    let mut args: Vec<&str> = vec!["report"];
    args.extend(files.iter().map(String::as_str));
    let md = run(&s, &args);
    assert!(md.contains("**As of:** 2026-12-07 (what is overdue"), "today by default:\n{md}");
    let (headings, mermaid) = read_markdown(&md, "mermaid");
    assert_eq!(headings, PARTS);
    assert_eq!(mermaid.iter().filter(|m| m.contains("\"ongoing work\"")).count(), 4, "a wave per phase");
    let share = mermaid.iter().find(|m| m.contains("title \"Share\"")).unwrap();
    assert!(share.trim_end().ends_with(", 2, 2, 0]"), "the band thins when T2 stops being held: {share}");
    assert!(md.contains("- **A1 We will answer every field question within 24h**: loop closed — 16 hours on 2027-04-30; gain 60000 EUR for 8000 EUR (return 650%)"), "{md}");
    assert!(
        md.contains("**⚠ done, loop not closed: the review that confirms it worked is still to come**"),
        "A6 in words:\n{md}"
    );
    assert!(
        !md.contains("was due 2027-06-15 (overdue)"),
        "counted from today by default: A6 is not late yet"
    );
    assert!(
        md.contains("| T1 Weekly champions call | active | active, held 21 of 26 weekly times (81%) |"),
        "{md}"
    );
    assert!(md.contains("if Field engineers leave,"), "{md}");
    args.extend(["--as-of", "2027-06-20", "--format", "html"]);
    let html = run(&s, &args);
    // Each date stays on one line in print.
    assert!(html.contains("<span class=\"date\">2027-06-20</span> (what is overdue"), "{html}");
    let doc = read_html(&html);
    let h2: Vec<String> = select(&doc, "h2").iter().map(|h| h.text().collect()).collect();
    assert_eq!(h2, PARTS);
    let due: String = select(&doc, "table").last().unwrap().text().collect();
    assert!(due.contains("2027-06-15 (overdue)") && due.contains("A6"), "counted from --as-of: {due}");
    assert!(select(&doc, "svg").len() >= 7, "six trends on the cards and the waves");
    assert_eq!(select(&doc, "figure.picture svg polygon").len(), 4, "the waves: a band per phase");
    let cards: String = doc.root_element().text().collect();
    assert!(cards.contains("was due 2027-06-15 (overdue)"), "the cards count from --as-of too");
}

#[test]
fn history_and_diff_give_their_parts_alone_as_html() {
    let s = Sandbox::new();
    let files = acme();
    let mut args: Vec<&str> = vec!["history"];
    args.extend(files.iter().map(String::as_str));
    args.extend(["--format", "html"]);
    let doc = read_html(&run(&s, &args));
    let h2: Vec<String> = select(&doc, "h2").iter().map(|h| h.text().collect()).collect();
    assert_eq!(h2, ["The waves over every revision"]);
    assert_eq!(select(&doc, "figure.picture svg polygon").len(), 4, "a band per phase");
    let diff = run(&s, &["diff", &files[1], &files[2], "--format", "html"]);
    let doc = read_html(&diff);
    let h2: Vec<String> = select(&doc, "h2").iter().map(|h| h.text().collect()).collect();
    assert_eq!(h2, ["What changed since revision 2 (2026-11-18)"]);
    let text: String = doc.root_element().text().collect();
    let attention = text.find("Needs attention").unwrap();
    assert!(
        attention < text.find("Good news").unwrap() && attention < text.find("Stakeholders").unwrap(),
        "signals first"
    );
}

#[test]
fn hostile_names_put_no_markup_on_the_page_and_break_no_mermaid_label() {
    let s = Sandbox::new();
    let first = cvc::store::load(std::path::Path::new("tests/data/hostile-names.ron")).unwrap();
    let mut second = first.clone();
    (second.revision, second.date) = (2, "2027-05-20".parse().ok());
    second.stakeholders[0].name = "<img src=x onerror=alert(2)> \"]) --> x".into();
    second.tasks[0].held = vec!["2027-01-07".parse().unwrap(), "2027-01-14".parse().unwrap()];
    second.actions[0].loop_state = Some(cvc::model::LoopState::Closed);
    s.write("r1.ron", cvc::store::to_ron(&first));
    s.write("r2.ron", cvc::store::to_ron(&second));
    let md = run(&s, &["report", "r1.ron", "r2.ron"]);
    let (headings, mermaid) = read_markdown(&md, "mermaid");
    assert_eq!(headings[0], "What was achieved", "{md}");
    for block in &mermaid {
        for line in block.lines().filter(|l| l.contains('"') && !l.starts_with("%%")) {
            assert_eq!(line.matches('"').count() % 2, 0, "a label left open: {line}");
            for label in line.split('"').skip(1).step_by(2) {
                let mut bare = label.to_string();
                // Entity codes (`#60;`) are how a label says a character; nothing else may remain.
                while let Some(at) = bare.find('#') {
                    let end = bare[at..].find(';').map_or(bare.len(), |e| at + e + 1);
                    bare.replace_range(at..end, "");
                }
                assert!(!bare.contains(['<', '>', '|', ';', '`', '[', ']']), "{line}");
            }
        }
    }
    let html = run(&s, &["report", "r1.ron", "r2.ron", "--format", "html"]);
    let doc = read_html(&html);
    let text: String = doc.root_element().text().collect();
    assert!(text.contains("<img src=x onerror=alert(2)>"), "the name is shown as written");
    assert!(text.contains("<script>alert(1)</script>"));
    let title: String = select(&doc, "title")[0].text().collect();
    assert_eq!(title, format!("Follow-up report: {}", first.title));
}

#[test]
fn the_report_is_never_written_over_a_revision_nor_over_a_file_without_force() {
    let s = Sandbox::new();
    let files = acme();
    std::fs::copy(&files[2], s.path("may.ron")).unwrap();
    let over = s.cvc(&["report", "may.ron", "-o", "may.ron"]);
    assert_eq!(over.code, 2);
    assert!(over.stderr.contains("a revision being reported on"), "{}", over.stderr);
    let first = s.cvc(&["report", "may.ron", "-o", "report.html", "--format", "html"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let again = s.cvc(&["report", "may.ron", "-o", "report.html", "--format", "html"]);
    assert_eq!(again.code, 2, "{}", again.stderr);
    assert!(s.cvc(&["report", "may.ron", "-o", "report.html", "--force"]).code == 0);
    let bad = s.cvc(&["report", "may.ron", "--as-of", "2027-02-30"]);
    assert_eq!(bad.code, 2);
}

#[test]
fn a_conflicting_copy_is_named_and_one_revision_is_compared_with_the_one_before() {
    let s = Sandbox::new();
    std::fs::create_dir(s.path("acme")).unwrap();
    for name in ["acme-2026-11", "acme-2027-05"] {
        std::fs::copy(shipped(name), s.path(&format!("acme/{name}.ron"))).unwrap();
    }
    // A sync-conflict copy of revision 3, changed a little.
    let copy = std::fs::read_to_string(shipped("acme-2027-05")).unwrap().replacen("Jo Park", "Jo Parker", 1);
    std::fs::write(s.path("acme/acme (conflicted copy).ron"), copy).unwrap();
    let r = s.cvc(&["report", s.path("acme").to_str().unwrap(), "--as-of", "2027-06-20"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("are both revision 3 (a conflicting copy?);") && r.stderr.contains("is used"),
        "{}",
        r.stderr
    );
    assert!(r.stdout.contains("From revision 2 (2026-11-18) to revision 3"), "{}", r.stdout);
    assert!(!r.stdout.contains("to revision 3 (2027-05-19) to revision 3"), "{}", r.stdout);
    assert!(!r.stdout.contains("From revision 3"), "revision 3 is not compared with itself:\n{}", r.stdout);
}

#[test]
fn changes_a_client_reads_name_fields_as_the_form_does_not_as_the_file_does() {
    let s = Sandbox::new();
    let (old, new) = (shipped("acme-2026-11"), shipped("acme-2027-05"));
    let (old, new) = (old.to_str().unwrap(), new.to_str().unwrap());
    let md = run(&s, &["diff", old, new, "--format", "markdown"]);
    let html = run(&s, &["diff", old, new, "--format", "html"]);
    let report = run(&s, &["report", old, new, "--as-of", "2027-06-20"]);
    for (what, page) in [("diff markdown", &md), ("diff html", &html), ("report", &report)] {
        assert!(page.contains("baseline date"), "{what}:\n{page}");
        assert!(!page.contains("baseline_date") && !page.contains("indicator_kind"), "{what}:\n{page}");
    }
    // Scripts keep the file's names.
    let json = run(&s, &["diff", old, new, "--format", "json"]);
    assert!(json.contains("\"baseline_date\""), "{json}");
}

#[test]
fn what_changed_field_by_field_speaks_the_reports_language_and_english_keeps_the_forms_labels() {
    let s = Sandbox::new();
    let files = acme();
    let report = |lang: &str| {
        let mut args = vec!["report"];
        args.extend(files.iter().map(String::as_str));
        args.extend(["--as-of", "2027-06-15", "--lang", lang]);
        run(&s, &args)
    };
    let (french, german, english) = (report("fr"), report("de"), report("en"));
    assert!(
        french.contains("S3 Service desk — posture\u{a0}: sceptique → soutien\u{a0}; notes\u{a0}: "),
        "{french}"
    );
    assert!(
        french.contains("séances tenues\u{a0}: 21 → 45 (la dernière le 13\u{a0}mai\u{a0}2027)"),
        "{french}"
    );
    assert!(
        german.contains("S6 Regional managers — Interesse: 3 → 4; Haltung: Skeptiker → Unterstützer"),
        "{german}"
    );
    assert!(
        german.contains(
            "Überprüfung: 1.\u{a0}Dezember\u{a0}2026 → 15.\u{a0}April\u{a0}2027; Status: in Arbeit → erledigt"
        ),
        "{german}"
    );
    for left in ["stance:", "health:", "next loop review", "held on", "readings:", "sceptic →"] {
        assert!(!french.contains(left) && !german.contains(left), "{left:?} left in English");
    }
    // English keeps the form's labels and the file's days, as before.
    assert!(
        english.contains("next loop review (date, +2w): 2026-12-01 → 2027-04-15; status: in progress → done")
    );
    assert!(english.contains("held on 21 → 45 days (the last 2027-05-13)"), "{english}");
    // The diff's Markdown table says the same in French.
    let (old, new) = (files[1].as_str(), files[2].as_str());
    let table = run(&s, &["diff", old, new, "--format", "markdown", "--lang", "fr"]);
    assert!(table.contains("| posture | sceptique | soutien |"), "{table}");
}

#[test]
fn the_markdown_waves_caption_says_what_the_bar_charts_show() {
    let s = Sandbox::new();
    let mut args = vec!["report"];
    let files = acme();
    args.extend(files.iter().map(String::as_str));
    args.extend(["--as-of", "2027-06-20"]);
    let md = run(&s, &args);
    let after = md.split("## The waves over every revision").nth(1).expect("the waves");
    let caption = after.lines().find(|l| l.starts_with('*')).expect("a caption under the charts");
    assert!(!caption.contains("Dashed") && !caption.contains("band"), "Mermaid draws bars: {caption}");
    assert!(caption.contains("bar chart per phase"), "{caption}");
    assert!(caption.contains("2026-05 (r1), 2026-11 (r2), 2027-05 (r3)"), "the workshops named: {caption}");
    let history = run(&s, &["history", &files[0], &files[1], &files[2], "--format", "markdown"]);
    let between = history.split("### Between workshops").nth(1).expect("between workshops");
    let note = between.lines().find(|l| !l.trim().is_empty()).unwrap();
    assert!(!note.contains("band") && note.contains("bar chart per phase"), "{note}");
}

#[test]
fn the_text_diff_names_each_changed_field_in_the_readers_language() {
    // `cvc --lang fr diff` printed "~ goal: …", "stance: supporter → champion", "Connect emphasis".
    let s = Sandbox::new();
    let files = acme();
    let (old, new) = (files[0].as_str(), files[1].as_str());
    let french = run(&s, &["diff", old, new, "--lang", "fr"]);
    for said in [
        "objectif de valeur\u{a0}: ",
        "pondération Connecter\u{a0}: 3 → 2",
        "posture\u{a0}: neutre → ambassadeur",
    ] {
        assert!(french.contains(said), "{said:?} in:\n{french}");
    }
    let german = run(&s, &["diff", old, new, "--lang", "de"]);
    assert!(german.contains("Haltung: neutral → Fürsprecher"), "{german}");
    for left in ["goal:", "stance:", "emphasis", "interest:"] {
        assert!(!french.contains(left) && !german.contains(left), "{left:?} left in English");
    }
    let english = run(&s, &["diff", old, new]);
    assert!(english.contains("~ goal: ") && english.contains("stance: neutral → champion"), "{english}");
}
