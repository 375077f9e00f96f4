//! Helpers for the tests that hold the documentation to the program.

pub mod markdown;
pub mod trace;
