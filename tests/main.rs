//! The integration tests, linked as one binary (each module was once its own test file, and
//! linking 28 of them was most of a clean CI run). `common` and `docs` are their helpers.
#![allow(clippy::unwrap_used, missing_docs)]

mod common;
mod docs;

mod app;
mod asof;
mod attacks;
mod bad_input;
mod browser;
mod cli;
mod compare;
mod crash;
mod export;
mod facilitate;
mod file_kinds;
mod format_doc;
mod formats;
mod forms;
mod git;
mod history;
mod history_screen;
mod html;
mod import;
mod json_doc;
mod lang;
mod limits;
mod loops;
mod map;
mod markdown;
mod opening;
mod permissions;
mod pty;
mod random_keys;
mod report;
mod reviews;
mod reviews_lang;
mod room;
mod roundtrip;
mod runner;
mod screens;
mod screens_lang;
mod shell;
mod signals;
mod start;
mod typing;
