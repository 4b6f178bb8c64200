//! A token's lower-case text. Most tokens are punctuation or words from the language's
//! lists (stop words, prepositions, verbs…), whose text already lives in a `'static` list:
//! those borrow it and cost no allocation. The other words of a sentence share one lowered
//! copy of the sentence and keep their range in it: one allocation a sentence instead of
//! one a word (the tokenizer made ~12 owned strings a sentence, each a malloc and a free).

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::rc::Rc;

#[derive(Clone)]
pub struct Lower(Repr);

/// See `Lower::is_pending`.
pub(super) const PENDING: &str = "";

#[derive(Clone)]
enum Repr {
    Fixed(&'static str),
    /// `text[start..end]`, `text` shared by the tokens of one sentence (24 bytes, as the
    /// `Cow` this replaces).
    Shared(Rc<str>, u32, u32),
}

impl Lower {
    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Fixed(s) => s,
            Repr::Shared(text, start, end) => text
                .get(*start as usize..*end as usize)
                .unwrap_or_default(),
        }
    }
    /// Borrowed text, no allocation.
    pub const fn fixed(s: &'static str) -> Self {
        Lower(Repr::Fixed(s))
    }
    /// `text[start..end]` of a shared text; a range that does not fit `u32` or is not on
    /// character boundaries gets a copy of its own (or the empty text).
    pub fn shared(text: &Rc<str>, start: usize, end: usize) -> Self {
        match (u32::try_from(start), u32::try_from(end)) {
            (Ok(s), Ok(e)) if text.get(start..end).is_some() => {
                Lower(Repr::Shared(Rc::clone(text), s, e))
            }
            _ => Lower::from(text.get(start..end).unwrap_or_default()),
        }
    }
    /// The tokenizer's mark for a text it fills in once the sentence is read (no token's
    /// text is empty).
    pub(super) fn is_pending(&self) -> bool {
        matches!(self.0, Repr::Fixed(s) if s.is_empty())
    }
    /// Borrowed, not shared or owned (for tests).
    pub fn is_fixed(&self) -> bool {
        matches!(self.0, Repr::Fixed(_))
    }
    pub fn into_string(self) -> String {
        self.as_str().to_owned()
    }
}

impl Default for Lower {
    fn default() -> Self {
        Lower::fixed("")
    }
}

impl PartialEq for Lower {
    fn eq(&self, other: &Lower) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Lower {}

impl PartialOrd for Lower {
    fn partial_cmp(&self, other: &Lower) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Lower {
    fn cmp(&self, other: &Lower) -> Ordering {
        self.as_str().cmp(other.as_str())
    }
}

/// As `str` hashes, so that `Borrow<str>` look-ups find it.
impl Hash for Lower {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl Deref for Lower {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Lower {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl std::borrow::Borrow<str> for Lower {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl From<String> for Lower {
    fn from(s: String) -> Self {
        Lower::from(s.as_str())
    }
}

impl From<&str> for Lower {
    fn from(s: &str) -> Self {
        let text: Rc<str> = Rc::from(s);
        // no token is near `u32::MAX` bytes; a longer text would read as its first `u32::MAX`
        // bytes (empty if that cuts a character)
        let end = u32::try_from(s.len()).unwrap_or(u32::MAX);
        Lower(Repr::Shared(text, 0, end))
    }
}

impl From<Lower> for String {
    fn from(l: Lower) -> String {
        l.into_string()
    }
}

impl PartialEq<str> for Lower {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Lower {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Lower {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<Lower> for &str {
    fn eq(&self, other: &Lower) -> bool {
        **self == *other.as_str()
    }
}

impl PartialEq<Lower> for str {
    fn eq(&self, other: &Lower) -> bool {
        *self == *other.as_str()
    }
}

impl fmt::Debug for Lower {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Lower {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
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
}
