//! Canvas files: RON reading with positioned errors, atomic writing, backups, folders.

mod backup;
mod document;
mod each;
mod error;
mod folders;
mod locate;
mod parse;
mod read;
mod recent;
mod settings;
mod shipped;
mod split;
mod walk;
mod write;

pub use document::{Document, SaveError, load, read_bytes};
pub use each::load_each;
pub use error::{Doing, FileError, Located, Position, as_is, io_message};
pub use folders::{config_dir, data_dir, typed_path};
pub use locate::locate;
pub use parse::{file_format, parse_bytes, parse_str};
pub use read::{MAX_BYTES, read_regular, same_file};
pub use recent::{new_canvas_path, recent_files, remember, revision_path, revisit_file};
pub use settings::{Settings, load_settings};
pub use shipped::{SHIPPED, ShippedCanvas};
pub use split::parse_in_parts;
pub use walk::{canvas_files, is_own_file};
pub use write::RonCache;
pub use write::{backup_path, canvas_text, regular_or_new, to_ron, write_atomic, write_new};

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_lang;
