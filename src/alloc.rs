//! The memory allocator, mimalloc (the binary's global allocator, see `main.rs`): its entry
//! points and its settings.
//!
//! The only module allowed `unsafe` code: a global allocator is an `unsafe` trait, and
//! mimalloc's options have no safe binding.
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::{c_int, c_long, c_void};

// Links the allocator's C library wherever this module is (the library's tests too).
use mimalloc as _;

/// `mi_option_purge_delay` in mimalloc 3's `mi_option_t` (`include/mimalloc.h`); the test
/// below checks that the number still names it.
const PURGE_DELAY: c_int = 15;

unsafe extern "C" {
    #[cfg(test)]
    fn mi_option_get(option: c_int) -> c_long;
    fn mi_option_set(option: c_int, value: c_long);
    fn mi_malloc(size: usize) -> *mut c_void;
    fn mi_zalloc(size: usize) -> *mut c_void;
    fn mi_realloc(p: *mut c_void, newsize: usize) -> *mut c_void;
    fn mi_malloc_aligned(size: usize, alignment: usize) -> *mut c_void;
    fn mi_zalloc_aligned(size: usize, alignment: usize) -> *mut c_void;
    fn mi_realloc_aligned(p: *mut c_void, newsize: usize, alignment: usize) -> *mut c_void;
    fn mi_free(p: *mut c_void);
}

/// The alignment of every block mimalloc hands out (a machine word): mimalloc's own
/// `mi_realloc_aligned` takes its plain path up to this alignment.
const WORD: usize = std::mem::size_of::<usize>();

/// The global allocator: mimalloc, as `mimalloc::MiMalloc`, but an allocation aligned to a
/// word or less (the strings and vectors of words that are nearly all of the generator's
/// million allocations per 2 MB) goes to `mi_malloc`, not `mi_malloc_aligned`: every
/// mimalloc block is word-aligned, and the aligned entry tests the alignment, the block and
/// its address on every call before it reaches the same small-block path.
pub struct Alloc;

// SAFETY: each method passes the layout's size (and, above a word, its alignment) to the
// mimalloc function for it; mimalloc returns blocks aligned to a word at least, null on
// failure, and frees any block of its own with `mi_free`.
unsafe impl GlobalAlloc for Alloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            unsafe { mi_malloc(layout.size()).cast() }
        } else {
            unsafe { mi_malloc_aligned(layout.size(), layout.align()).cast() }
        }
    }
    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            unsafe { mi_zalloc(layout.size()).cast() }
        } else {
            unsafe { mi_zalloc_aligned(layout.size(), layout.align()).cast() }
        }
    }
    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        unsafe { mi_free(ptr.cast()) }
    }
    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= WORD {
            unsafe { mi_realloc(ptr.cast(), new_size).cast() }
        } else {
            unsafe { mi_realloc_aligned(ptr.cast(), new_size, layout.align()).cast() }
        }
    }
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
    fn blocks_have_their_alignment_and_keep_their_bytes() {
        // every size up to a few pages, every alignment from a byte to a page: the word
        // alignments go through `mi_malloc`, the larger ones through `mi_malloc_aligned`
        for align in [1, 2, 4, 8, 16, 32, 64, 4096] {
            for size in (1..=80).chain([127, 128, 129, 1000, 4096, 70_000]) {
                let layout = Layout::from_size_align(size, align).unwrap();
                unsafe {
                    let p = Alloc.alloc(layout);
                    assert!(!p.is_null());
                    assert_eq!(p as usize % align, 0, "size {size}, alignment {align}");
                    p.write_bytes(0xa5, size);
                    let q = Alloc.realloc(p, layout, size * 3);
                    assert_eq!(q as usize % align, 0, "realloc {size}, alignment {align}");
                    assert!((0..size).all(|i| *q.add(i) == 0xa5));
                    Alloc.dealloc(q, Layout::from_size_align(size * 3, align).unwrap());
                    let z = Alloc.alloc_zeroed(layout);
                    assert_eq!(z as usize % align, 0, "zeroed {size}, alignment {align}");
                    assert!((0..size).all(|i| *z.add(i) == 0));
                    Alloc.dealloc(z, layout);
                }
            }
        }
    }

    #[test]
    fn the_option_number_names_the_purge_delay() {
        // 1,000 ms is the purge delay's default in the mimalloc that the crate builds
        // (src/options.c), and no other option defaults to 1,000.
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            assert_eq!(unsafe { mi_option_get(PURGE_DELAY) }, 1000);
        }
    }
}
