//! The help's texts: each has a message, the English messages are clap's help word for word, and
//! French and German leave no English behind.

use clap::{Command, CommandFactory};

use super::command_in;
use super::texts::{Part, all, key};
use crate::cli::Cli;
use crate::i18n::Tr;
use crate::model::Language;

/// Every text the clap definitions give, with the command, part and text.
fn english_texts(cmd: &Command, out: &mut Vec<(String, Part<'static>, String)>) {
    let name = cmd.get_name().to_string();
    let leak = |s: &str| -> &'static str { Box::leak(s.to_string().into_boxed_str()) };
    if let Some(about) = cmd.get_about() {
        out.push((name.clone(), Part::About, about.to_string()));
    }
    if let Some(long) = cmd.get_long_about() {
        out.push((name.clone(), Part::LongAbout, long.to_string()));
    }
    for arg in cmd.get_arguments() {
        let id = leak(arg.get_id().as_str());
        assert!(arg.get_long_help().is_none(), "{name} {id}: a long help needs a Part of its own");
        if let Some(help) = arg.get_help() {
            out.push((name.clone(), Part::Arg(id), help.to_string()));
        }
        if arg.get_action().takes_values() {
            for value in arg.get_possible_values() {
                if let Some(help) = value.get_help() {
                    out.push((name.clone(), Part::Value(id, leak(value.get_name())), help.to_string()));
                }
            }
        }
    }
    for sub in cmd.get_subcommands() {
        english_texts(sub, out);
    }
}

#[test]
fn every_text_of_the_help_has_a_message_saying_it_word_for_word_in_english() {
    let en = Tr::new(Language::En);
    let mut texts = Vec::new();
    english_texts(&Cli::command(), &mut texts);
    assert!(texts.len() > 70, "{}", texts.len());
    for (command, part, text) in &texts {
        let key = key(command, *part).unwrap_or_else(|| panic!("{command} {part:?} has no message: {text}"));
        assert_eq!(&en.get(key), text, "{key}: en.ftl says what cli.rs says");
    }
    // clap's own texts, as clap builds them.
    let mut top = Cli::command();
    top.render_usage();
    let help = top.find_subcommand("help").unwrap();
    for (command, part, text) in all().iter().filter(|(c, ..)| *c == "help") {
        let said = match part {
            Part::About => help.get_about(),
            Part::Arg(id) => help.get_arguments().find(|a| a.get_id() == id).and_then(|a| a.get_help()),
            _ => None,
        };
        assert_eq!(said.map(ToString::to_string), Some(en.get(text)), "{command} {part:?}");
        texts.push((command.to_string(), *part, en.get(text)));
    }
    let flag = |cmd: &Command, id: &str| {
        let arg = cmd.get_arguments().find(|a| a.get_id() == id).unwrap();
        (arg.get_help().map(ToString::to_string), arg.get_long_help().map(ToString::to_string))
    };
    assert_eq!(flag(&top, "help"), (Some(en.get("help-flag")), None));
    assert_eq!(flag(&top, "version"), (Some(en.get("help-version")), None));
    let mut built = Cli::command();
    built.build();
    let export = built.find_subcommand("export").unwrap();
    assert_eq!(flag(export, "help"), (Some(en.get("help-flag-summary")), Some(en.get("help-flag-long"))));
    // No message is kept for a text that is gone.
    for (command, part, key) in all() {
        let used = texts.iter().any(|(c, p, _)| c == command && p == part);
        assert!(used, "{command} {part:?}: {key} names no text of the help");
    }
}

/// What `cmd` answers to `args` (help is an error in clap's terms), with its styles or as plain
/// text, each line's trailing spaces cut.
fn answer(cmd: Command, args: &[&str], styles: bool) -> String {
    let e = cmd.try_get_matches_from(args).expect_err("help is clap's answer");
    let text = if styles { e.render().ansi().to_string() } else { e.render().to_string() };
    text.lines().map(str::trim_end).collect::<Vec<_>>().join("\n")
}

/// Every way to ask for help: the program's and each command's, with `-h`, `--help` and `help`.
fn asked() -> Vec<Vec<&'static str>> {
    let mut all =
        vec![vec!["cvc", "--help"], vec!["cvc", "-h"], vec!["cvc", "help"], vec!["cvc", "help", "help"]];
    let cmd = Cli::command();
    for sub in cmd.get_subcommands() {
        let name: &'static str = Box::leak(sub.get_name().to_string().into_boxed_str());
        all.extend([vec!["cvc", name, "--help"], vec!["cvc", name, "-h"], vec!["cvc", "help", name]]);
    }
    all
}

#[test]
fn worded_in_english_the_help_is_claps_own_line_for_line_with_its_styles() {
    for args in asked() {
        let clap = answer(Cli::command(), &args, true);
        let worded = answer(command_in(Tr::new(Language::En)), &args, true);
        assert_eq!(worded, clap, "{args:?}");
    }
}

#[test]
fn french_and_german_help_leave_no_english_behind() {
    let mut texts = Vec::new();
    english_texts(&Cli::command(), &mut texts);
    // Sentences and phrases (a single word such as "Stakeholders" may be the language's too).
    let mut english: Vec<String> = texts.into_iter().map(|(.., t)| t).filter(|t| t.contains(' ')).collect();
    let clap_words = ["Usage:", "Commands:", "Arguments:", "Options:", "Possible values:", "[default:"];
    english.extend(clap_words.map(String::from));
    english
        .extend(["[possible values:", "Print help", "Print version", "Print this message"].map(String::from));
    for lang in [Language::Fr, Language::De] {
        for args in asked() {
            let said = answer(command_in(Tr::new(lang)), &args, false);
            let said = said.replace('\n', " ");
            for text in &english {
                assert!(!said.contains(text.as_str()), "{lang} {args:?} says {text:?}:\n{said}");
            }
        }
    }
}
