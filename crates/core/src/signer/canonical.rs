//! Canonical forms of the request line: percent-encoding, canonical URI, canonical query
//! string, and the wire form of a path.

use std::borrow::Cow;

use percent_encoding::{percent_decode, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use smallvec::SmallVec;

/// Indices into a request's query pairs or headers, in signing order. Sixteen fit on the stack,
/// more than a typical API request has, so sorting them does not allocate.
pub(crate) type IndexOrder = SmallVec<[usize; 16]>;

/// RFC 3986 encoding: everything except `A-Z a-z 0-9 - _ . ~` becomes `%XX` with upper-case
/// hex. Used for query keys and values and for path segments.
const RFC3986: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// [`RFC3986`] with `/` kept, for encoding a whole decoded path in one pass (the same result as
/// splitting on `/`, encoding each segment and joining).
const RFC3986_PATH: &AsciiSet = &RFC3986.remove(b'/');

/// Returns true for the RFC 3986 unreserved characters `A-Z a-z 0-9 - _ . ~`, which
/// [`RFC3986`] leaves as they are.
fn is_unreserved(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~')
}

/// Appends `value` percent-encoded with the RFC 3986 unreserved set to `out`.
pub(crate) fn encode_into(out: &mut String, value: &str) {
    // Most keys and values need no escape. Checking that first and copying the whole value is
    // faster than pushing the encoder's output chunk by chunk.
    if value.bytes().all(is_unreserved) {
        out.push_str(value);
        return;
    }
    for chunk in utf8_percent_encode(value, RFC3986) {
        out.push_str(chunk);
    }
}

/// Percent-decodes `value` as UTF-8, replacing invalid sequences with U+FFFD (the reference
/// SDK's `unquote` does the same). A `+` stays a `+`: it is data, never a space.
pub(crate) fn decode(value: &str) -> Cow<'_, str> {
    percent_decode(value.as_bytes()).decode_utf8_lossy()
}

/// Appends the canonical URI of `path` to `out`: the whole path percent-decoded, each segment
/// re-encoded, and a `/` appended unless the result already ends with one. An empty path is `/`.
///
/// Decoding first means a pre-encoded path and its raw form give the same canonical URI, a `%2F`
/// inside a path parameter is signed as a real `/`, and nothing is ever encoded twice.
pub(crate) fn canonical_uri_into(out: &mut String, path: &str) {
    let start = out.len();
    // A path of unreserved characters and `/` has nothing to decode or encode.
    if path.bytes().all(|byte| byte == b'/' || is_unreserved(byte)) {
        out.push_str(path);
    } else {
        for chunk in utf8_percent_encode(&decode(path), RFC3986_PATH) {
            out.push_str(chunk);
        }
    }
    if !out[start..].ends_with('/') {
        out.push('/');
    }
}

/// Appends the canonical query string of raw `(key, value)` pairs to `out`: sorted by raw key,
/// then raw value (byte order), each encoded with the RFC 3986 set, joined as `k=v` with `&`.
/// An empty value keeps its `=`. The wire query string is exactly this string.
pub(crate) fn canonical_query_into<K, V>(out: &mut String, pairs: &[(K, V)])
where
    K: AsRef<str>,
    V: AsRef<str>,
{
    let pair = |index: usize| (pairs[index].0.as_ref(), pairs[index].1.as_ref());
    let mut order: IndexOrder = (0..pairs.len()).collect();
    // Unstable sorting is safe: pairs that compare equal are the same text.
    order.sort_unstable_by(|&a, &b| pair(a).cmp(&pair(b)));
    for (position, &index) in order.iter().enumerate() {
        if position > 0 {
            out.push('&');
        }
        let (key, value) = pair(index);
        encode_into(out, key);
        out.push('=');
        encode_into(out, value);
    }
}

/// Splits a raw query string (without the `?`) into percent-decoded `(key, value)` pairs.
/// Empty pieces between `&` are skipped and a piece without `=` has an empty value.
pub(crate) fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|piece| !piece.is_empty())
        .map(|piece| {
            let (key, value) = piece.split_once('=').unwrap_or((piece, ""));
            (decode(key).into_owned(), decode(value).into_owned())
        })
        .collect()
}

/// Appends the wire form of `path` to `out`: valid `%XX` escapes, `/` and RFC 3986 unreserved
/// characters are kept, every other byte is percent-encoded. A path that is already in wire
/// form comes out unchanged, and a raw path (say `/v1/files/a b:c`) is encoded exactly once.
/// An empty path becomes `/`.
///
/// Hand-written because the `percent-encoding` crate has no mode that keeps existing escapes.
pub(crate) fn wire_path_into(out: &mut String, path: &str) {
    if path.is_empty() {
        out.push('/');
        return;
    }
    let bytes = path.as_bytes();
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        let is_escape = byte == b'%'
            && index + 2 < bytes.len()
            && bytes[index + 1].is_ascii_hexdigit()
            && bytes[index + 2].is_ascii_hexdigit();
        if is_escape {
            out.push_str(&path[index..index + 3]);
            index += 3;
            continue;
        }
        if byte == b'/' || is_unreserved(byte) {
            out.push(char::from(byte));
        } else {
            push_percent_byte(out, byte);
        }
        index += 1;
    }
}

fn push_percent_byte(out: &mut String, byte: u8) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    out.push('%');
    out.push(char::from(HEX[usize::from(byte >> 4)]));
    out.push(char::from(HEX[usize::from(byte & 0x0f)]));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canonical_uri(path: &str) -> String {
        let mut out = String::new();
        canonical_uri_into(&mut out, path);
        out
    }

    fn wire_path(path: &str) -> String {
        let mut out = String::new();
        wire_path_into(&mut out, path);
        out
    }

    fn canonical_query(pairs: &[(&str, &str)]) -> String {
        let mut out = String::new();
        canonical_query_into(&mut out, pairs);
        out
    }

    #[test]
    fn canonical_uri_appends_slash() {
        assert_eq!(canonical_uri("/v1/vpcs"), "/v1/vpcs/");
        assert_eq!(canonical_uri("/v1/vpcs/"), "/v1/vpcs/");
        assert_eq!(canonical_uri(""), "/");
        assert_eq!(canonical_uri("/"), "/");
    }

    #[test]
    fn canonical_uri_decodes_then_encodes() {
        assert_eq!(
            canonical_uri("/v1/a%20b%2Bc%2Fd~%C3%A9"),
            "/v1/a%20b%2Bc/d~%C3%A9/"
        );
        assert_eq!(canonical_uri("/v1/urn:fss:x"), "/v1/urn%3Afss%3Ax/");
        assert_eq!(canonical_uri("/v1/urn%3Afss%3Ax"), "/v1/urn%3Afss%3Ax/");
    }

    #[test]
    fn canonical_uri_keeps_invalid_escape_as_data() {
        assert_eq!(canonical_uri("/a%zz"), "/a%25zz/");
        assert_eq!(canonical_uri("/a%"), "/a%25/");
    }

    #[test]
    fn canonical_uri_replaces_invalid_utf8() {
        assert_eq!(canonical_uri("/a%FF"), "/a%EF%BF%BD/");
    }

    #[test]
    fn canonical_query_sorts_raw_keys() {
        let pairs = [
            ("中", "1"),
            ("é", "1"),
            ("a~", "1"),
            ("a[", "1"),
            ("aZ", "1"),
            ("a0", "1"),
        ];
        assert_eq!(
            canonical_query(&pairs),
            "a0=1&aZ=1&a%5B=1&a~=1&%C3%A9=1&%E4%B8%AD=1"
        );
    }

    #[test]
    fn canonical_query_sorts_repeated_values() {
        let pairs = [("id", "b"), ("id", "a"), ("k", ""), ("id", "c")];
        assert_eq!(canonical_query(&pairs), "id=a&id=b&id=c&k=");
    }

    #[test]
    fn canonical_query_empty() {
        assert_eq!(canonical_query(&[]), "");
    }

    #[test]
    fn parse_query_round_trip() {
        let pairs = parse_query("b=2&a=x%20y&&c&d=a+b");
        let expected = [
            ("b".to_string(), "2".to_string()),
            ("a".to_string(), "x y".to_string()),
            ("c".to_string(), String::new()),
            ("d".to_string(), "a+b".to_string()),
        ];
        assert_eq!(pairs, expected);
    }

    /// The unreserved-only shortcut must give what the encoder gives, for every ASCII byte and
    /// for text around it.
    #[test]
    fn encode_shortcut_matches_encoder() {
        let mut samples: Vec<String> = (0u8..0x80)
            .map(|byte| char::from(byte).to_string())
            .collect();
        samples.extend(
            [
                "",
                "limit",
                "a-b_c.d~e",
                "a b",
                "é",
                "a%2Fb",
                "0a1b2c3d-0000",
            ]
            .map(String::from),
        );
        for sample in &samples {
            let mut shortcut = String::new();
            encode_into(&mut shortcut, sample);
            let encoder = utf8_percent_encode(sample, RFC3986).to_string();
            assert_eq!(shortcut, encoder, "{sample:?}");

            let path = format!("/v1/{sample}/x");
            let expected = format!("{}/", utf8_percent_encode(&decode(&path), RFC3986_PATH));
            assert_eq!(canonical_uri(&path), expected, "{path:?}");
        }
    }

    #[test]
    fn wire_path_keeps_escapes() {
        assert_eq!(wire_path("/v1/a%2Fb%3a"), "/v1/a%2Fb%3a");
        assert_eq!(wire_path("/v1/urn:fss:x"), "/v1/urn%3Afss%3Ax");
        assert_eq!(wire_path("/v1/测 试"), "/v1/%E6%B5%8B%20%E8%AF%95");
        assert_eq!(wire_path("/a%zz%"), "/a%25zz%25");
        assert_eq!(wire_path(""), "/");
    }
}
