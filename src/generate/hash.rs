//! A small, fast, non-cryptographic hash for the generator's word lookups (the FxHash
//! function of rustc): SipHash's protection against hash flooding buys nothing for word
//! lists, and these lookups are the generator's hottest path. Maps and sets built with it are
//! never iterated where order matters (output order never depends on a hash).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        // the last 1-7 bytes, zero-padded, as one word: read in 4-, 2- and 1-byte pieces, as a
        // copy of a variable length is a call to `memcpy` (most words end here)
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let (mut word, mut shift, mut r) = (0u64, 0, rest);
            if let [a, b, c, d, tail @ ..] = r {
                word = u64::from(u32::from_le_bytes([*a, *b, *c, *d]));
                shift = 32;
                r = tail;
            }
            if let [a, b, tail @ ..] = r {
                word |= u64::from(u16::from_le_bytes([*a, *b])) << shift;
                shift += 16;
                r = tail;
            }
            if let [a] = r {
                word |= u64::from(*a) << shift;
            }
            self.add(word);
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

pub type FxBuild = BuildHasherDefault<FxHasher>;
pub type FxHashMap<K, V> = HashMap<K, V, FxBuild>;
pub type FxHashSet<T> = HashSet<T, FxBuild>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tail_is_one_zero_padded_word() {
        for len in 0..20 {
            let bytes: Vec<u8> = (1..=len as u8).collect();
            let mut h = FxHasher::default();
            h.write(&bytes);
            let mut want = FxHasher::default();
            for c in bytes.chunks(8) {
                let mut b = [0u8; 8];
                b[..c.len()].copy_from_slice(c);
                want.add(u64::from_le_bytes(b));
            }
            assert_eq!(h.finish(), want.finish(), "{len}");
        }
    }

    #[test]
    fn sets_and_maps_work() {
        let mut s: FxHashSet<&str> = FxHashSet::default();
        s.insert("vitamine");
        s.insert("eiwit");
        assert!(s.contains("vitamine"));
        assert!(!s.contains("vitamines"));
        let mut m: FxHashMap<String, u32> = FxHashMap::default();
        *m.entry("a".into()).or_insert(0) += 2;
        assert_eq!(m.get("a"), Some(&2));
    }
}
