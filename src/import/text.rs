//! Bytes to text, refusing what is not UTF-8 text, with the line of the first bad byte.

use super::ImportError;

/// UTF-8 with or without a byte-order mark; a NUL byte or invalid UTF-8 refuses the file.
pub fn decode_text<'a>(bytes: &'a [u8], path: &str) -> Result<&'a str, ImportError> {
    // Windows tools often save "Unicode" as UTF-16: say so rather than "NUL byte".
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(ImportError::Utf16 {
            path: path.to_string(),
        });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let line_at = |offset: usize| bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        return Err(ImportError::Nul {
            path: path.to_string(),
            line: line_at(pos),
        });
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        ImportError::NotUtf8 {
            path: path.to_string(),
            line: line_at(offset),
            byte: offset,
        }
    })
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
}
