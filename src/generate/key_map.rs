//! A map from word keys (`analyse::word_key`, `stem_key`: hashes already) to small values,
//! for the per-document sets and counts `analyse` fills with every word it reads. A key is
//! placed by one multiply and found by comparing integers; with the table at most half
//! full, nearly every look-up ends at its first slot, where a general hash map makes a
//! call, hashes again and probes a group.

/// Open addressing with linear probing over a power-of-two number of slots. The key 0
/// marks an empty slot, so a real key 0 keeps its value aside.
#[derive(Debug, Clone)]
pub struct KeyMap<V> {
    keys: Vec<u64>,
    values: Vec<V>,
    len: usize,
    shift: u32,
    zero: Option<V>,
}

impl<V: Copy + Default> KeyMap<V> {
    /// A map with room for `n` keys before it grows (about the memory a general map takes
    /// for them).
    pub fn with_capacity(n: usize) -> Self {
        let slots = (n * 2).next_power_of_two().max(16);
        KeyMap {
            keys: vec![0; slots],
            values: vec![V::default(); slots],
            len: 0,
            shift: 64 - slots.trailing_zeros(),
            zero: None,
        }
    }
    #[inline]
    fn slot(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }
    /// The slot that holds `key`, or the empty slot where it would go.
    #[inline]
    fn find(&self, key: u64) -> usize {
        let mask = self.keys.len() - 1;
        let mut s = self.slot(key);
        while let Some(&k) = self.keys.get(s) {
            if k == key || k == 0 {
                break;
            }
            s = (s + 1) & mask;
        }
        s
    }
    pub fn get(&self, key: u64) -> Option<V> {
        if key == 0 {
            return self.zero;
        }
        let s = self.find(key);
        match self.keys.get(s) {
            Some(&k) if k == key => self.values.get(s).copied(),
            _ => None,
        }
    }
    pub fn contains(&self, key: u64) -> bool {
        self.get(key).is_some()
    }
    /// The value of `key`, put in as `V::default()` when it is new.
    #[inline]
    pub fn entry(&mut self, key: u64) -> &mut V {
        if key == 0 {
            return self.zero.get_or_insert_with(V::default);
        }
        // at most half full after an insert, also when `key` is already in
        if self.len * 2 >= self.keys.len() {
            self.grow();
        }
        let s = self.find(key);
        if self.keys[s] == 0 {
            self.keys[s] = key;
            self.values[s] = V::default();
            self.len += 1;
        }
        &mut self.values[s]
    }
    #[cold]
    #[inline(never)]
    fn grow(&mut self) {
        let mut bigger = KeyMap::with_capacity(self.keys.len());
        for (&k, &v) in self.keys.iter().zip(&self.values) {
            if k != 0 {
                *bigger.entry(k) = v;
            }
        }
        bigger.zero = self.zero;
        *self = bigger;
    }
}

/// A set of word keys.
pub type KeySet = KeyMap<()>;

impl KeyMap<()> {
    pub fn insert(&mut self, key: u64) {
        self.entry(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_members_are_kept_across_growth() {
        let mut counts: KeyMap<u32> = KeyMap::with_capacity(4);
        let mut reference = std::collections::HashMap::new();
        // keys that share their top bits collide in the first slots; 0 is a key too
        let keys = (0..2000u64)
            .map(|i| i.wrapping_mul(0x1234_5678_9abc_def1) % 977)
            .chain([0, u64::MAX, 1 << 63, 0, 5]);
        for k in keys {
            *counts.entry(k) += 1;
            *reference.entry(k).or_insert(0u32) += 1;
        }
        for (k, v) in &reference {
            assert_eq!(counts.get(*k), Some(*v), "{k}");
        }
        for k in [977u64, 1000, 123_456_789, 2] {
            assert_eq!(counts.get(k), reference.get(&k).copied(), "{k}");
        }
        let mut set = KeySet::with_capacity(0);
        assert!(!set.contains(0) && !set.contains(7));
        set.insert(7);
        set.insert(0);
        assert!(set.contains(0) && set.contains(7) && !set.contains(8));
    }
}
