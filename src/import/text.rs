//! Bytes to text, refusing what is not UTF-8 text, with the line of the first bad byte.

use super::ImportError;

/// UTF-8 with or without a byte-order mark; a NUL byte or invalid UTF-8 refuses the file.
pub fn decode_text<'a>(bytes: &'a [u8], path: &str) -> Result<&'a str, ImportError> {
    let bytes = &bytes[text_start(bytes, path)?..];
    std::str::from_utf8(bytes).map_err(|e| not_utf8(bytes, e.valid_up_to(), path))
}

/// [`decode_text`] for bytes read into memory: the text is taken over rather than copied (a
/// large file would briefly be in memory twice), and checked once.
pub fn decode_text_owned(mut bytes: Vec<u8>, path: &str) -> Result<String, ImportError> {
    let start = text_start(&bytes, path)?;
    bytes.drain(..start);
    String::from_utf8(bytes).map_err(|e| not_utf8(e.as_bytes(), e.utf8_error().valid_up_to(), path))
}

/// Where the text of `bytes` starts (after a UTF-8 byte-order mark), once it is known not to
/// be UTF-16 and to have no NUL byte.
fn text_start(bytes: &[u8], path: &str) -> Result<usize, ImportError> {
    // Windows tools often save "Unicode" as UTF-16: say so rather than "NUL byte".
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(ImportError::Utf16 {
            path: path.to_string(),
        });
    }
    let start = if bytes.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    if let Some(pos) = memchr::memchr(0, &bytes[start..]) {
        return Err(ImportError::Nul {
            path: path.to_string(),
            line: line_at(&bytes[start..], pos),
        });
    }
    Ok(start)
}

fn not_utf8(text: &[u8], offset: usize, path: &str) -> ImportError {
    ImportError::NotUtf8 {
        path: path.to_string(),
        line: line_at(text, offset),
        byte: offset,
    }
}

/// The 1-based line of byte `offset`.
pub(super) fn line_at(text: &[u8], offset: usize) -> usize {
    memchr::memchr_iter(b'\n', &text[..offset]).count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_is_named() {
        let err = decode_text(b"\xFF\xFEa\x00", "deck.csv").unwrap_err();
        assert_eq!(
            err.to_string(),
            "deck.csv: UTF-16 text; save the file as UTF-8"
        );
    }

    #[test]
    fn strips_a_bom() {
        assert_eq!(decode_text(b"\xEF\xBB\xBFabc", "f").unwrap(), "abc");
    }

    #[test]
    fn names_the_line_of_bad_bytes() {
        let err = decode_text(b"ok\nok\n\xff\n", "deck.toml").unwrap_err();
        assert_eq!(
            err.to_string(),
            "deck.toml:3: not UTF-8 text (byte 6); save the file as UTF-8"
        );
        let err = decode_text(b"a\n\0", "deck.toml").unwrap_err();
        assert_eq!(
            err.to_string(),
            "deck.toml:2: contains a NUL byte; this is not a text file"
        );
    }

    #[test]
    fn owned_text_says_the_same() {
        let owned = |b: &[u8]| decode_text_owned(b.to_vec(), "deck.csv");
        assert_eq!(owned(b"\xEF\xBB\xBFa\tb\n").unwrap(), "a\tb\n");
        // Offsets and lines count from after the byte-order mark, as `decode_text` does.
        for bytes in [
            &b"\xEF\xBB\xBFok\nok\n\xff\n"[..],
            b"\xEF\xBB\xBFa\n\0",
            b"\xFF\xFEa\x00",
        ] {
            assert_eq!(
                owned(bytes).unwrap_err().to_string(),
                decode_text(bytes, "deck.csv").unwrap_err().to_string()
            );
        }
        assert_eq!(
            owned(b"\xEF\xBB\xBFok\nok\n\xff\n")
                .unwrap_err()
                .to_string(),
            "deck.csv:3: not UTF-8 text (byte 6); save the file as UTF-8"
        );
    }
}
