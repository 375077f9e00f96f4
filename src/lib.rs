//! cvc: run Collaboration Value Canvas workshops in a terminal, and compare and export them.
#![forbid(unsafe_code)]

pub mod cli;
pub mod commands;
pub mod cores;
pub mod diff;
pub mod export;
pub mod graph;
pub mod i18n;
pub mod import;
pub mod model;
pub mod room;
pub mod safe;
pub mod store;
pub mod theme;
pub mod tui;
