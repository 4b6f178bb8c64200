//! A token's lower-case text. Most tokens are punctuation or words from the language's
//! lists (stop words, prepositions, verbs…), whose text already lives in a `'static` list:
//! those borrow it and cost no allocation; any other word owns a copy.

use std::borrow::Cow;
use std::fmt;
use std::ops::Deref;

#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Lower(Cow<'static, str>);

impl Lower {
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// Borrowed text, no allocation.
    pub const fn fixed(s: &'static str) -> Self {
        Lower(Cow::Borrowed(s))
    }
    /// Borrowed, not owned (for tests).
    pub fn is_fixed(&self) -> bool {
        matches!(self.0, Cow::Borrowed(_))
    }
    pub fn into_string(self) -> String {
        self.0.into_owned()
    }
}

impl Deref for Lower {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Lower {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for Lower {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl From<String> for Lower {
    fn from(s: String) -> Self {
        Lower(Cow::Owned(s))
    }
}

impl From<&str> for Lower {
    fn from(s: &str) -> Self {
        Lower(Cow::Owned(s.to_owned()))
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
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for Lower {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
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
