//! AK/SK signature verification as Huawei API Gateway performs it.
//!
//! TODO: switch to the core crate's verifier once it exists. It checks all five algorithms
//! (SDK-HMAC-SHA256, SDK-HMAC-SM3, V11-HMAC-SHA256, SDK-ECDSA-P256-SHA256, SDK-SM2-SM3); this
//! stand-in checks only SDK-HMAC-SHA256 and rejects the others with `401`.

use crate::api_error::ApiError;
use hmac::{Hmac, Mac};
use http::HeaderMap;
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use sha2::{Digest, Sha256};
use time::{macros::format_description, OffsetDateTime, PrimitiveDateTime};

/// RFC 3986 unreserved characters stay as they are; everything else is percent-encoded.
const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// The parts of a received request that the signature covers.
#[derive(Debug)]
pub(crate) struct SignedParts<'a> {
    pub(crate) method: &'a str,
    /// Path as received, still percent-encoded.
    pub(crate) raw_path: &'a str,
    /// Query string as received, without `?`.
    pub(crate) raw_query: &'a str,
    pub(crate) headers: &'a HeaderMap,
    pub(crate) body: &'a [u8],
}

/// Parsed `Authorization` header value.
struct Authorization<'a> {
    algorithm: &'a str,
    access: &'a str,
    signed_headers: &'a str,
    signature: &'a str,
}

fn parse_authorization(value: &str) -> Option<Authorization<'_>> {
    let (algorithm, rest) = value.split_once(' ')?;
    let mut access = None;
    let mut signed_headers = None;
    let mut signature = None;
    for part in rest.split(',') {
        let (key, val) = part.trim().split_once('=')?;
        match key {
            "Access" => access = Some(val),
            "SignedHeaders" => signed_headers = Some(val),
            "Signature" => signature = Some(val),
            _ => {}
        }
    }
    Some(Authorization {
        algorithm,
        access: access?,
        signed_headers: signed_headers?,
        signature: signature?,
    })
}

/// Verifies the signature of `parts` and returns the access key that signed it.
///
/// `secret_of` returns the secret key of an access key, or `None` for an unknown key. `now` is
/// the server clock; `window_secs` is the accepted distance between it and `X-Sdk-Date`.
pub(crate) fn verify_signature(
    parts: &SignedParts<'_>,
    secret_of: impl Fn(&str) -> Option<String>,
    now: OffsetDateTime,
    window_secs: u64,
) -> Result<String, ApiError> {
    let header = parts
        .headers
        .get(http::header::AUTHORIZATION)
        .ok_or_else(|| {
            ApiError::auth(
                "Incorrect IAM authentication information: Authorization header is missing; \
                 sign the request with an AK/SK pair",
            )
        })?
        .to_str()
        .map_err(|_| {
            ApiError::auth(
                "Incorrect IAM authentication information: Authorization header is not ASCII",
            )
        })?;
    let auth = parse_authorization(header).ok_or_else(|| {
        ApiError::auth(format!(
            "Incorrect IAM authentication information: invalid Authorization header {header:?}: \
             expected '<algorithm> Access=<AK>, SignedHeaders=<names>, Signature=<hex>'"
        ))
    })?;
    if auth.algorithm != "SDK-HMAC-SHA256" {
        return Err(ApiError::auth(format!(
            "Incorrect IAM authentication information: signing algorithm {} is not supported \
             by this emulator yet; use SDK-HMAC-SHA256",
            auth.algorithm
        )));
    }
    let date_text = header_value(parts.headers, "x-sdk-date").ok_or_else(|| {
        ApiError::auth("Incorrect IAM authentication information: X-Sdk-Date header is missing")
    })?;
    let signed_at = parse_sdk_date(&date_text).ok_or_else(|| {
        ApiError::auth(format!(
            "Incorrect IAM authentication information: invalid X-Sdk-Date {date_text:?}: \
             expected YYYYMMDDTHHMMSSZ"
        ))
    })?;
    let skew = (now - signed_at).whole_seconds().unsigned_abs();
    if skew > window_secs {
        return Err(ApiError::auth(format!(
            "Incorrect IAM authentication information: verify aksk signature fail, signature \
             expired, signature time:{date_text},server time:{}",
            format_sdk_date(now)
        )));
    }
    let secret = secret_of(auth.access).ok_or_else(|| {
        ApiError::auth(format!(
            "Incorrect IAM authentication information: ak {} not exist",
            auth.access
        ))
    })?;
    let canonical = canonical_request(parts, auth.signed_headers);
    let string_to_sign = format!(
        "SDK-HMAC-SHA256\n{date_text}\n{}",
        hex::encode(Sha256::digest(canonical.as_bytes()))
    );
    let mut mac =
        Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC accepts keys of any length");
    mac.update(string_to_sign.as_bytes());
    let expected = hex::decode(auth.signature).unwrap_or_default();
    if mac.verify_slice(&expected).is_err() {
        return Err(ApiError::auth(format!(
            "Incorrect IAM authentication information: verify aksk signature fail, \
             canonicalRequest:{}",
            canonical.replace('\n', "|")
        )));
    }
    Ok(auth.access.to_owned())
}

fn header_value(headers: &HeaderMap, name: &str) -> Option<String> {
    let values: Vec<&str> = headers
        .get_all(name)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    (!values.is_empty()).then(|| values.join(","))
}

fn parse_sdk_date(text: &str) -> Option<OffsetDateTime> {
    let format = format_description!("[year][month][day]T[hour][minute][second]Z");
    PrimitiveDateTime::parse(text, format)
        .ok()
        .map(PrimitiveDateTime::assume_utc)
}

/// Formats a time as `X-Sdk-Date` does (`20240102T030405Z`).
pub(crate) fn format_sdk_date(t: OffsetDateTime) -> String {
    let format = format_description!("[year][month][day]T[hour][minute][second]Z");
    t.format(format)
        .expect("a UTC date in the supported range always formats")
}

fn encode(text: &str) -> String {
    utf8_percent_encode(text, UNRESERVED).to_string()
}

fn decode(text: &str) -> String {
    percent_decode_str(text).decode_utf8_lossy().into_owned()
}

/// Builds the canonical request from the bytes received.
fn canonical_request(parts: &SignedParts<'_>, signed_headers: &str) -> String {
    let decoded_path = decode(parts.raw_path);
    let mut uri: String = decoded_path
        .split('/')
        .map(encode)
        .collect::<Vec<_>>()
        .join("/");
    if !uri.ends_with('/') {
        uri.push('/');
    }

    let mut pairs: Vec<(String, String)> = parts
        .raw_query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect();
    pairs.sort();
    let query = pairs
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&");

    let mut headers = String::new();
    for name in signed_headers.split(';') {
        let value = header_value(parts.headers, name).unwrap_or_default();
        headers.push_str(name);
        headers.push(':');
        headers.push_str(value.trim());
        headers.push('\n');
    }

    let payload_hash = if parts.body.is_empty() {
        hex::encode(Sha256::digest(b""))
    } else if let Some(declared) = header_value(parts.headers, "x-sdk-content-sha256") {
        declared
    } else {
        hex::encode(Sha256::digest(parts.body))
    };

    format!(
        "{}\n{uri}\n{query}\n{headers}\n{signed_headers}\n{payload_hash}",
        parts.method.to_ascii_uppercase()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;

    /// The `get_no_query` vector of the official Python core: AK `AKTEST`, SK `SKTEST`.
    fn vector_headers(signature: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        let pairs = [
            ("content-type", "application/json"),
            ("host", "vpc.cn-north-4.example.test"),
            ("user-agent", "huaweicloud-usdk-python/3.0; test-ua/1.0"),
            ("x-project-id", "PROJECTTEST"),
            ("x-sdk-date", "20240102T030405Z"),
        ];
        for (k, v) in pairs {
            headers.insert(k, HeaderValue::from_static(v));
        }
        let auth = format!(
            "SDK-HMAC-SHA256 Access=AKTEST, SignedHeaders=content-type;host;user-agent;\
             x-project-id;x-sdk-date, Signature={signature}"
        );
        headers.insert(
            "authorization",
            HeaderValue::from_str(&auth).expect("ASCII header"),
        );
        headers
    }

    fn verify_vector(signature: &str) -> Result<String, ApiError> {
        let headers = vector_headers(signature);
        let parts = SignedParts {
            method: "GET",
            raw_path: "/v1/PROJECTTEST/vpcs",
            raw_query: "",
            headers: &headers,
            body: b"",
        };
        let now = parse_sdk_date("20240102T031000Z").expect("valid date");
        verify_signature(
            &parts,
            |ak| (ak == "AKTEST").then(|| "SKTEST".to_owned()),
            now,
            900,
        )
    }

    #[test]
    fn official_vector_verifies() {
        let ak = verify_vector("3fd6de4869ac9f7f8f5434ca2eb6f9477ec26fd96f16c8475382303d5c707ce0")
            .expect("signature of the official vector is valid");
        assert_eq!(ak, "AKTEST");
    }

    #[test]
    fn altered_signature_is_rejected() {
        let err = verify_vector("3fd6de4869ac9f7f8f5434ca2eb6f9477ec26fd96f16c8475382303d5c707ce1")
            .unwrap_err();
        assert_eq!(err.status, http::StatusCode::UNAUTHORIZED);
        assert_eq!(err.code, "APIGW.0301");
        assert!(
            err.message
                .contains("canonicalRequest:GET|/v1/PROJECTTEST/vpcs/||content-type:"),
            "{}",
            err.message
        );
    }

    #[test]
    fn query_is_sorted_by_raw_key() {
        let headers = HeaderMap::new();
        let parts = SignedParts {
            method: "get",
            raw_path: "/a%20b/c",
            raw_query: "b=2&a=%2F&a=1",
            headers: &headers,
            body: b"",
        };
        let canonical = canonical_request(&parts, "");
        let lines: Vec<&str> = canonical.split('\n').collect();
        assert_eq!(lines[0], "GET");
        assert_eq!(lines[1], "/a%20b/c/");
        assert_eq!(lines[2], "a=%2F&a=1&b=2");
    }
}
