//! The terminal app: the workshop screen, the start screen, and the loop that runs them.

pub mod action;
pub mod app;
pub mod compare;
pub(crate) mod cursor;
pub mod derived;
pub mod effect;
mod files;
pub(crate) mod form;
pub(crate) mod history;
pub mod hits;
pub mod keys;
pub mod layers;
pub(crate) mod line;
pub(crate) mod map_focus;
pub mod revisions;
pub(crate) mod room_link;
pub(crate) mod run;
pub mod runner;
pub mod section;
pub mod start;
pub mod style;
pub(crate) mod summary;
pub mod timeline;
pub mod views;
mod workers;
pub mod workshop;
