//! The terminal app: the workshop screen, the start screen, and the loop that runs them.

pub mod action;
pub mod app;
pub mod compare;
pub mod cursor;
pub mod derived;
pub mod effect;
mod files;
pub mod form;
pub mod history;
pub mod hits;
pub mod keys;
pub mod layers;
pub mod line;
pub mod map_focus;
pub mod room_link;
pub mod run;
pub mod runner;
pub mod section;
pub mod start;
pub mod style;
pub mod summary;
pub mod timeline;
pub mod views;
mod workers;
pub mod workshop;
