//! AK/SK signature verification through the core crate's verifier, which checks all five
//! algorithms (SDK-HMAC-SHA256, SDK-HMAC-SM3, V11-HMAC-SHA256, SDK-ECDSA-P256-SHA256,
//! SDK-SM2-SM3) and the 15-minute window between `X-Sdk-Date` and the server clock.

use crate::api_error::ApiError;
use http::{HeaderMap, StatusCode};
use huaweicloud_sdk_core::credentials::Credentials;
use huaweicloud_sdk_core::signer::verify::{verify, ReceivedRequest};
use std::time::SystemTime;
use time::OffsetDateTime;

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

/// Verifies the signature of `parts` and returns the access key that signed it.
///
/// `secret_of` returns the secret key of an access key, or `None` for an unknown key. `now` is
/// the server clock, including any clock-skew fault.
pub(crate) fn verify_signature(
    parts: &SignedParts<'_>,
    secret_of: impl Fn(&str) -> Option<String>,
    now: OffsetDateTime,
) -> Result<String, ApiError> {
    let mut request = ReceivedRequest {
        method: parts.method,
        path: parts.raw_path,
        query: parts.raw_query,
        headers: Vec::with_capacity(parts.headers.len()),
        body: huaweicloud_sdk_core::signer::verify::ReceivedBody::Bytes(parts.body),
    };
    for (name, value) in parts.headers {
        // The verifier takes text values, so a non-ASCII value is left out. A request that
        // signed such a header then fails with a canonical-request mismatch.
        if let Ok(value) = value.to_str() {
            request.headers.push((name.as_str(), value));
        }
    }
    let store = |ak: &str| {
        let secret = secret_of(ak)?;
        Credentials::new(ak, secret).ok()
    };
    let verified = verify(&request, &store, to_system_time(now)).map_err(|e| {
        let status = StatusCode::from_u16(e.status()).unwrap_or(StatusCode::UNAUTHORIZED);
        ApiError::new(status, e.code(), e.message())
    })?;
    Ok(verified.access_key)
}

fn to_system_time(t: OffsetDateTime) -> SystemTime {
    let nanos = t.unix_timestamp_nanos();
    let magnitude =
        std::time::Duration::from_nanos(u64::try_from(nanos.unsigned_abs()).unwrap_or(u64::MAX));
    if nanos >= 0 {
        SystemTime::UNIX_EPOCH + magnitude
    } else {
        SystemTime::UNIX_EPOCH - magnitude
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;

    /// Verifies the `get_no_query` vector of the official Python core (AK `AKTEST`, SK
    /// `SKTEST`) with `signature` in place of the real one.
    fn verify_vector(signature: &str) -> Result<String, ApiError> {
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
        let parts = SignedParts {
            method: "GET",
            raw_path: "/v1/PROJECTTEST/vpcs",
            raw_query: "",
            headers: &headers,
            body: b"",
        };
        let now = OffsetDateTime::from_unix_timestamp(1_704_164_645 + 300).expect("valid time");
        verify_signature(
            &parts,
            |ak| (ak == "AKTEST").then(|| "SKTEST".to_owned()),
            now,
        )
    }

    #[test]
    fn official_vector_verifies() {
        let ak = verify_vector("3fd6de4869ac9f7f8f5434ca2eb6f9477ec26fd96f16c8475382303d5c707ce0")
            .expect("signature of the official vector is valid");
        assert_eq!(ak, "AKTEST");
    }

    #[test]
    fn altered_signature_is_rejected_with_canonical_request() {
        let err = verify_vector("3fd6de4869ac9f7f8f5434ca2eb6f9477ec26fd96f16c8475382303d5c707ce1")
            .unwrap_err();
        assert_eq!(err.status, StatusCode::UNAUTHORIZED);
        assert_eq!(err.code, "APIGW.0301");
        assert!(
            err.message
                .contains("canonicalRequest:GET|/v1/PROJECTTEST/vpcs/|"),
            "{}",
            err.message
        );
    }

    #[test]
    fn negative_times_convert() {
        let t = OffsetDateTime::from_unix_timestamp(-5).expect("valid time");
        assert_eq!(
            to_system_time(t),
            SystemTime::UNIX_EPOCH - std::time::Duration::from_secs(5)
        );
    }
}
