//! Settings of the memory allocator, mimalloc (the binary's global allocator, see `main.rs`).
//!
//! The only module allowed `unsafe` code: mimalloc's options have no safe binding.
#![allow(unsafe_code)]

use std::ffi::{c_int, c_long};

// Links the allocator's C library wherever this module is (the library's tests too).
use mimalloc as _;

/// `mi_option_purge_delay` in mimalloc 3's `mi_option_t` (`include/mimalloc.h`); the test
/// below checks that the number still names it.
const PURGE_DELAY: c_int = 15;

unsafe extern "C" {
    #[cfg(test)]
    fn mi_option_get(option: c_int) -> c_long;
    fn mi_option_set(option: c_int, value: c_long);
}

/// Keep freed memory for reuse instead of giving it back to the system after a delay
/// (mimalloc's default: 1,000 ms, and whenever a thread ends). recall's processes are short,
/// and a large import frees and allocates its batches all along: every page given back and
/// touched again costs a fault and is zeroed again by the kernel. On a 100,000-note package
/// (medians of 12, busy host): system time 81 -> 62 ms, CPU 534 -> 497 ms, for up to ~10 MB
/// more peak memory.
pub fn keep_freed_memory() {
    // SAFETY: an option setter of the allocator linked into the program, with a valid option.
    unsafe { mi_option_set(PURGE_DELAY, -1) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_option_number_names_the_purge_delay() {
        // 1,000 ms is the purge delay's default in the mimalloc that the crate builds
        // (src/options.c), and no other option defaults to 1,000.
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            assert_eq!(unsafe { mi_option_get(PURGE_DELAY) }, 1000);
        }
    }
}
