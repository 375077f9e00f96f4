//! Whether there is a second core to share a large piece of work with.

use std::sync::OnceLock;

/// Whether this machine lets cvc run two threads at once (asked once: on Linux it reads the
/// control group's files).
pub fn two() -> bool {
    static TWO: OnceLock<bool> = OnceLock::new();
    *TWO.get_or_init(|| std::thread::available_parallelism().is_ok_and(|n| n.get() > 1))
}
