//! Forms never lose typing: a field that does not check keeps the focus, Tab takes a shown
//! completion, and pre-filled text is replaced by typing.

use crate::common::Sandbox;
use crate::common::tui::*;
use cvc::tui::keys::Mode;
use cvc::tui::layers::Layer;
use cvc::tui::runner::Session;
use ratatui::crossterm::event::KeyCode;

fn focused_label(app: &Session) -> &'static str {
    match app.top() {
        Some(Layer::Form(form)) => form.fields[form.focus].label,
        other => panic!("no form open: {other:?}"),
    }
}

fn acme_action_form(s: &Sandbox) -> (std::path::PathBuf, Session) {
    let (file, mut app) = app_on_copy(s.dir.path(), "acme-2026-11");
    for _ in 0..4 {
        press(&mut app, KeyCode::Tab);
    }
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::Form);
    (file, app)
}

#[test]
fn a_date_that_does_not_check_keeps_the_focus_and_the_next_words_stay_in_it() {
    let s = Sandbox::new();
    let (file, mut app) = acme_action_form(&s);
    while !focused_label(&app).starts_with("due") {
        press(&mut app, KeyCode::Tab);
    }
    type_text(&mut app, "2026-02-30");
    press(&mut app, KeyCode::Tab);
    assert!(focused_label(&app).starts_with("due"), "Tab stays on the date that does not check");
    let shown = screen(&app, 80, 24);
    assert!(shown.contains("2026-02-30"), "the problem is shown:\n{shown}");
    assert!(shown.contains("✗ \"2026-02-30\" is not a real date"), "whole:\n{shown}");
    press(&mut app, KeyCode::Enter);
    assert!(focused_label(&app).starts_with("due"), "Enter stays too");
    for _ in 0..2 {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "28");
    press(&mut app, KeyCode::Tab);
    assert!(!focused_label(&app).starts_with("due"), "a date that checks lets the focus go");
    ctrl(&mut app, 's');
    let due = cvc::store::load(&file).unwrap().actions[0].due.map(|d| d.to_string());
    assert_eq!(due.as_deref(), Some("2026-02-28"));
}

#[test]
fn tab_takes_the_owner_that_is_offered() {
    let s = Sandbox::new();
    let (file, mut app) = acme_action_form(&s);
    press(&mut app, KeyCode::Tab);
    assert!(focused_label(&app).starts_with("owner"), "{}", focused_label(&app));
    type_text(&mut app, "pri");
    press(&mut app, KeyCode::Tab);
    assert!(!focused_label(&app).starts_with("owner"), "Tab moves on once the name is taken");
    ctrl(&mut app, 's');
    assert_eq!(cvc::store::load(&file).unwrap().actions[0].owner, "Priya Nair");
}

#[test]
fn a_new_agenda_block_is_named_by_typing_over_its_placeholder() {
    let s = Sandbox::new();
    let (file, mut app) = app_on_copy(s.dir.path(), "acme-2026-11");
    press(&mut app, KeyCode::Char('A'));
    press(&mut app, KeyCode::Char('a'));
    assert_eq!(app.mode(), Mode::Form);
    type_text(&mut app, "Energiser");
    ctrl(&mut app, 's');
    let agenda = cvc::store::load(&file).unwrap().agenda;
    assert!(
        agenda.iter().any(|b| b.title == "Energiser"),
        "{:?}",
        agenda.iter().map(|b| &b.title).collect::<Vec<_>>()
    );
    assert!(!agenda.iter().any(|b| b.title.contains("New block")));
}

#[test]
fn leaving_a_new_agenda_blocks_form_adds_no_block() {
    // `a` in the agenda editor adds a block and opens its form; Esc there said "no change" and
    // kept a "New block" of ten minutes, carried into the next revision.
    let s = Sandbox::new();
    let (file, mut app) = app_on_copy(s.dir.path(), "acme-2026-11");
    let before = cvc::store::load(&file).unwrap().agenda;
    let clock = workshop(&app).clock.block;
    press(&mut app, KeyCode::Char('A'));
    press(&mut app, KeyCode::Char('a'));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Agenda, "back in the agenda editor");
    assert_eq!(workshop(&app).canvas.agenda, before, "no block added");
    assert_eq!(workshop(&app).clock.block, clock, "the clock stays on its block");
    assert!(screen(&app, 80, 24).contains("no block added"), "{}", screen(&app, 80, 24));
    // Typed in, then thrown away with Esc twice: no block either.
    press(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Energiser");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc);
    assert_eq!(workshop(&app).canvas.agenda, before);
    press(&mut app, KeyCode::Esc);
    crate::common::eventually("the file holds the agenda as it was", || {
        cvc::store::load(&file).unwrap().agenda == before
    });
}
