//! Just enough protobuf to read the few messages Anki stores as blobs (note type and template
//! configs, the media map). Malformed input ends the walk early; it never panics.

/// One field of a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value<'a> {
    Varint(u64),
    Bytes(&'a [u8]),
    Fixed,
}

fn varint(buf: &[u8], pos: &mut usize) -> Option<u64> {
    let mut value: u64 = 0;
    for shift in (0..64).step_by(7) {
        let byte = *buf.get(*pos)?;
        *pos += 1;
        value |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Some(value);
        }
    }
    None
}

/// The fields of a message, in order.
pub fn fields(buf: &[u8]) -> Vec<(u64, Value<'_>)> {
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < buf.len() {
        let Some(key) = varint(buf, &mut pos) else {
            break;
        };
        let value = match key & 7 {
            0 => match varint(buf, &mut pos) {
                Some(v) => Value::Varint(v),
                None => break,
            },
            1 => {
                pos += 8;
                Value::Fixed
            }
            2 => {
                let Some(len) = varint(buf, &mut pos) else {
                    break;
                };
                let Some(end) = usize::try_from(len).ok().and_then(|l| pos.checked_add(l)) else {
                    break;
                };
                let Some(bytes) = buf.get(pos..end) else {
                    break;
                };
                pos = end;
                Value::Bytes(bytes)
            }
            5 => {
                pos += 4;
                Value::Fixed
            }
            _ => break,
        };
        if pos > buf.len() {
            break;
        }
        out.push((key >> 3, value));
    }
    out
}

/// The last value of string field `number` (protobuf: the last one wins).
pub fn string(buf: &[u8], number: u64) -> Option<String> {
    fields(buf)
        .into_iter()
        .filter(|(n, _)| *n == number)
        .filter_map(|(_, v)| match v {
            Value::Bytes(b) => Some(String::from_utf8_lossy(b).into_owned()),
            _ => None,
        })
        .next_back()
}

pub fn uint(buf: &[u8], number: u64) -> Option<u64> {
    fields(buf)
        .into_iter()
        .filter(|(n, _)| *n == number)
        .filter_map(|(_, v)| match v {
            Value::Varint(x) => Some(x),
            _ => None,
        })
        .next_back()
}

/// Every embedded message (or bytes) in repeated field `number`.
pub fn repeated(buf: &[u8], number: u64) -> Vec<&[u8]> {
    fields(buf)
        .into_iter()
        .filter(|(n, _)| *n == number)
        .filter_map(|(_, v)| match v {
            Value::Bytes(b) => Some(b),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_template_config() {
        // q_format = "{{Front}}", a_format = "{{Back}}", then a varint field 8.
        let mut buf = vec![0x0a, 9];
        buf.extend_from_slice(b"{{Front}}");
        buf.extend_from_slice(&[0x12, 8]);
        buf.extend_from_slice(b"{{Back}}");
        buf.extend_from_slice(&[0x40, 0x96, 0x01]);
        assert_eq!(string(&buf, 1).as_deref(), Some("{{Front}}"));
        assert_eq!(string(&buf, 2).as_deref(), Some("{{Back}}"));
        assert_eq!(uint(&buf, 8), Some(150));
        assert_eq!(uint(&buf, 1), None);
    }

    #[test]
    fn survives_garbage() {
        assert!(fields(&[0x0a, 0xff, 0xff, 0xff]).is_empty());
        assert_eq!(fields(&[0x08]).len(), 0);
        assert_eq!(string(&[0x0a, 50, b'a'], 1), None);
    }
}
