//! A token's lower-case text. Most tokens are punctuation or words from the language's
//! lists (stop words, prepositions, verbs…), whose text already lives in a `'static` list:
//! those borrow it. Any other word borrows its thread's one copy of that text, made the
//! first time the word is seen (`intern`): a look-up where each such token made, cloned and
//! freed a `String` of its own (~12 a sentence), and a token of 40 bytes instead of 48.

use std::cell::RefCell;
use std::fmt;
use std::ops::Deref;

use std::hash::BuildHasherDefault;

use super::hash::FxHashSet;

#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Lower(&'static str);

impl Lower {
    pub fn as_str(&self) -> &str {
        self.0
    }
    /// Borrowed text, no look-up.
    pub const fn fixed(s: &'static str) -> Self {
        Lower(s)
    }
    pub fn into_string(self) -> String {
        self.0.to_owned()
    }
}

/// The texts `intern` has handed out on this thread, and a direct-mapped cache of them in
/// front: a word mostly comes back within its document, and a hit costs a multiply and a
/// comparison where the set hashes the whole word and probes.
struct Words {
    cache: Vec<&'static str>,
    all: FxHashSet<&'static str>,
}

/// log2 of the cache's slots (256 KB of them: the distinct words of a few dozen texts).
const CACHE_BITS: u32 = 14;

thread_local! {
    static WORDS: RefCell<Words> = const {
        RefCell::new(Words {
            cache: Vec::new(),
            all: FxHashSet::with_hasher(BuildHasherDefault::new()),
        })
    };
}

/// The cache slot of a word: its length and its first and last four bytes (or its first,
/// middle and last byte when shorter), multiplied and the top bits kept. Two words alike
/// in those only take turns in the slot.
fn slot(w: &[u8]) -> usize {
    let n = w.len();
    let four = |x: &[u8]| <[u8; 4]>::try_from(x).map_or(0, |a| u64::from(u32::from_le_bytes(a)));
    let key = match (w.get(..4), w.get(n.saturating_sub(4)..)) {
        (Some(first), Some(last)) if n >= 4 => four(first) << 32 | four(last),
        _ => w.first().map_or(0, |&f| {
            u64::from(f) << 16 | u64::from(w[n / 2]) << 8 | u64::from(w[n - 1])
        }),
    };
    let mixed = (key ^ n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (mixed >> (64 - CACHE_BITS)) as usize
}

/// The thread's one `'static` copy of `s`. The copies are never freed: they are the
/// distinct lower-case words (and numbers) a process has read, which a 50 MB run of the
/// seeds keeps under a megabyte; a text of nothing but distinct words would keep about its
/// own size.
fn intern(s: &str) -> &'static str {
    WORDS.with(|words| {
        let mut words = words.borrow_mut();
        let words = &mut *words;
        if words.cache.is_empty() {
            words.cache = vec![""; 1 << CACHE_BITS];
        }
        let k = slot(s.as_bytes());
        let cached = words.cache.get(k).copied().unwrap_or_default();
        if cached.len() == s.len()
            && cached.as_bytes().first() == s.as_bytes().first()
            && cached == s
        {
            return cached;
        }
        let w = match words.all.get(s) {
            Some(&w) => w,
            None => {
                let w: &'static str = Box::leak(Box::<str>::from(s));
                words.all.insert(w);
                w
            }
        };
        if let Some(c) = words.cache.get_mut(k) {
            *c = w;
        }
        w
    })
}

impl Deref for Lower {
    type Target = str;
    fn deref(&self) -> &str {
        self.0
    }
}

impl AsRef<str> for Lower {
    fn as_ref(&self) -> &str {
        self.0
    }
}

impl std::borrow::Borrow<str> for Lower {
    fn borrow(&self) -> &str {
        self.0
    }
}

impl From<String> for Lower {
    fn from(s: String) -> Self {
        Lower(intern(&s))
    }
}

impl From<&str> for Lower {
    fn from(s: &str) -> Self {
        Lower(intern(s))
    }
}

impl From<Lower> for String {
    fn from(l: Lower) -> String {
        l.into_string()
    }
}

impl PartialEq<str> for Lower {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Lower {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<String> for Lower {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<Lower> for &str {
    fn eq(&self, other: &Lower) -> bool {
        **self == *other.0
    }
}

impl PartialEq<Lower> for str {
    fn eq(&self, other: &Lower) -> bool {
        *self == *other.0
    }
}

impl fmt::Debug for Lower {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0, f)
    }
}

impl fmt::Display for Lower {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.0, f)
    }
}

/// The one-byte string of an ASCII character, borrowed from a static text: punctuation
/// tokens need no allocation.
pub fn ascii_char(b: u8) -> Option<&'static str> {
    const ALL: &str = "\0\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\
        \x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f \
        !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`\
        abcdefghijklmnopqrstuvwxyz{|}~\x7f";
    let i = usize::from(b);
    ALL.get(i..i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_ascii_byte_has_its_own_one_byte_string() {
        for b in 0u8..128 {
            let s = ascii_char(b);
            assert_eq!(s, Some((b as char).to_string().as_str()), "byte {b}");
        }
        assert_eq!(ascii_char(128), None);
        assert_eq!(ascii_char(255), None);
    }

    #[test]
    fn borrowed_and_owned_text_compare_as_text() {
        let a = Lower::fixed("de");
        let b = Lower::from("de".to_string());
        assert_eq!(a, b);
        assert_eq!(a, "de");
        assert_eq!("de", b);
        assert_eq!(b.as_str(), "de");
        assert_eq!(format!("{a:?} {b}"), "\"de\" de");
    }

    #[test]
    fn a_word_is_copied_once_a_thread() {
        let a = Lower::from("zwartgeel-7");
        let b = Lower::from("zwartgeel-7".to_string());
        assert_eq!(a, "zwartgeel-7");
        assert!(std::ptr::eq(a.as_str(), b.as_str()));
        let c = Lower::from("zwartgeel-8");
        assert!(!std::ptr::eq(a.as_str(), c.as_str()));
        // one text of the thread's words; another thread makes its own
        let other = std::thread::spawn(|| Lower::from("zwartgeel-7").as_str().as_ptr() as usize)
            .join()
            .unwrap_or_default();
        assert_ne!(other, a.as_str().as_ptr() as usize);
    }

    #[test]
    fn a_token_is_40_bytes() {
        assert_eq!(std::mem::size_of::<Lower>(), 16);
        assert!(std::mem::size_of::<super::super::tokens::Tok>() <= 40);
    }
}
