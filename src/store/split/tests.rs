use super::*;
use crate::model::{Canvas, Relationship, Stakeholder};

fn whole(text: &str) -> Result<Canvas, ron::error::SpannedError> {
    options().from_str(text)
}

fn sample() -> Canvas {
    let mut c = Canvas::new("Split");
    let a = c
        .add_stakeholder(Stakeholder { name: "Ana (\"the\" lead) ], tasks: [".into(), ..Default::default() });
    let b = c.add_stakeholder(Stakeholder { name: "Ben /* not a comment".into(), ..Default::default() });
    c.add_relationship(Relationship {
        from: a,
        to: b,
        exchange: "r#\"raw\"#, ')'".into(),
        ..Default::default()
    });
    c.add_task(crate::model::Task { title: "Weekly // call".into(), ..Default::default() });
    c.add_action(crate::model::Action { title: "Close the loop".into(), ..Default::default() });
    c
}

#[test]
fn a_saved_canvas_is_cut_at_its_four_lists_and_reads_back_the_same() {
    let c = sample();
    let text = crate::store::to_ron(&c);
    let spans = section_spans(&text).expect("a saved canvas reads plainly");
    for (span, name) in spans.iter().zip(SECTIONS) {
        let span = span.clone().expect("every section is written");
        assert!(text[..span.start].ends_with(&format!("{name}:")), "{name} starts after its name");
        assert!(text[span].trim_start().starts_with('['));
    }
    assert_eq!(parse_in_parts(&text), Some(c));
}

#[test]
fn comments_raw_strings_and_brackets_in_text_do_not_move_the_cuts() {
    let text = r###"#![enable(implicit_some)]
// a canvas: [ ( {
Canvas( /* outer /* nested ) ] */ still a comment, actions: [ */
    format: 3,
    title: r#"A "raw" title ], stakeholders: ["#,
    stakeholders: [
        Stakeholder(id: "S1", name: "Ana \" ], relationships: [ \\", kind: Group),
        Stakeholder(id: "S2", name: r"Ben ) ]"), // Ben ], tasks: [
    ] /* after the list */ ,
    parking: ["a", "b)"],
    actions: [Action(id: "A1", title: "One, two")]
)
"###;
    let whole = whole(text).expect("the hand-written canvas parses");
    let parts = parse_in_parts(text).expect("and reads in parts");
    assert_eq!(parts, whole);
    assert_eq!(parts.stakeholders.len(), 2);
    assert_eq!(parts.actions[0].title, "One, two");
    assert_eq!(parts.title, r#"A "raw" title ], stakeholders: ["#);
}

#[test]
fn what_the_scan_cannot_follow_plainly_is_left_to_the_whole_parse() {
    let twice = "Canvas(format: 3, tasks: [], tasks: [])";
    let other_attribute = "#![enable(unwrap_newtypes)]\nCanvas(format: 3, tasks: [])";
    let character = "Canvas(format: 3, title: 'x', tasks: [])";
    let raw_ident = "Canvas(format: 3, r#tasks: [])";
    let unclosed = "Canvas(format: 3, tasks: [Task(title: \"x\")";
    let mismatched = "Canvas(format: 3, tasks: [Task(title: \"x\"]))";
    let trailing = "Canvas(format: 3, tasks: []) junk";
    let other_struct = "Plan(format: 3, tasks: [])";
    for text in [twice, other_attribute, character, raw_ident, unclosed, mismatched, trailing, other_struct] {
        assert_eq!(section_spans(text), None, "{text}");
        assert_eq!(parse_in_parts(text), None, "{text}");
    }
}

#[test]
fn a_part_that_does_not_parse_gives_the_text_back_to_the_whole_parse() {
    let bad_list = "Canvas(format: 3, tasks: [Task(title: \"x\", colour: 3)])";
    let bad_rest = "Canvas(format: 3, colour: 3, tasks: [])";
    for text in [bad_list, bad_rest] {
        assert!(section_spans(text).is_some(), "{text}");
        assert!(whole(text).is_err());
        assert_eq!(parse_in_parts(text), None, "{text}");
    }
}

#[test]
fn a_canvas_without_sections_or_with_only_some_reads_the_same() {
    for text in ["Canvas(format: 3)", "(format: 3, title: \"t\",)", "Canvas(format: 3, actions: [],)"] {
        assert_eq!(parse_in_parts(text), Some(whole(text).unwrap()), "{text}");
    }
}

#[test]
fn long_strings_and_indentation_are_passed_over_eight_bytes_at_a_time_wherever_a_quote_falls() {
    for len in 0..40 {
        for at in 0..=len {
            let title: String = (0..len).map(|i| if i == at { '"' } else { 'x' }).collect();
            let mut c = Canvas::new("Eight");
            c.add_task(crate::model::Task { title: title.clone(), ..Default::default() });
            let text = crate::store::to_ron(&c).replace("    ", &" ".repeat(len % 9 + 1));
            assert_eq!(parse_in_parts(&text), Some(whole(&text).unwrap()), "{len} {at}");
        }
    }
    assert!(has_byte(u64::from_ne_bytes(*b"abcdefg\""), b'"'));
    assert!(!has_byte(u64::from_ne_bytes(*b"abcdefgh"), b'"'));
    assert!(!has_byte(u64::from_ne_bytes(*b"caf\xc3\xa9 \xc3\xa9"), b'"'), "bytes of é are not a quote");
}

#[test]
fn a_section_the_whole_parse_refuses_or_reads_in_another_order_is_left_to_it() {
    // A part's own parse would take `#![…]` for its document's attribute; the whole refuses it.
    for text in [
        "Canvas(format: 3, tasks: #![enable(implicit_some)] [])",
        "Canvas(format: 3, actions: /* a */ #![type = \"x\"] [])",
    ] {
        assert!(whole(text).is_err(), "{text}");
        assert_eq!(parse_in_parts(text), None, "{text}");
    }
    // The rest's text is cut in the order of `SECTIONS`: another order once made it panic.
    let reordered = "Canvas(format: 3, tasks: [Task(title: \"t\")], stakeholders: [])";
    assert!(whole(reordered).is_ok());
    assert_eq!(section_spans(reordered), None);
    assert_eq!(parse_in_parts(reordered), None);
}

#[test]
fn raw_strings_nested_comments_and_blank_space_between_tokens_read_as_whole() {
    for text in [
        "Canvas(format: 3, tasks: [Task(title: r##\"x\"#, ]\"##), Task(title: r\"y\\\")])",
        "Canvas(format: 3, tasks: [/*/*/ ] */ */ Task(title: /**/\"\\u{22}, ]\")])",
        "Canvas (format: 3, tasks /* : */ : [Task(title: \"a\",)]\u{2029}, // ) \r ]\n)",
        "#![enable(implicit_some)] /* ( */ (format: 3, actions: [] /*, tasks: [*/,)",
    ] {
        let whole = whole(text).expect(text);
        assert_eq!(parse_in_parts(text), Some(whole), "{text}");
    }
}

#[test]
fn a_text_cut_off_anywhere_is_given_up_without_a_panic() {
    // Among the cuts: one just after the `\` of an escape, which once sliced past the text's end.
    let text = crate::store::to_ron(&sample());
    assert!(text.contains("\\\""));
    for cut in (0..text.len()).filter(|&end| text.is_char_boundary(end)).map(|end| &text[..end]) {
        if let Some(parts) = parse_in_parts(cut) {
            assert_eq!(Ok(parts), whole(cut), "{cut}");
        }
    }
}
