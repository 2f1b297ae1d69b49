//! Request signing with AK/SK, as the API Gateway in front of every Huawei Cloud service expects.
//!
//! The runtime builds a [`SigningRequest`] (method, host, encoded path, raw query pairs, headers,
//! payload), calls [`sign`], then sends exactly [`SigningRequest::url`] and
//! [`SigningRequest::headers`]. Signing adds `X-Project-Id`/`X-Domain-Id` and `X-Security-Token`
//! from the credentials, `X-Sdk-Content-Sha256`/`X-Sdk-Content-Sm3: UNSIGNED-PAYLOAD` when the
//! body is not hashed, `X-Sdk-Date`, `Host` and `Authorization`. Nothing here reads the clock:
//! the signing time is part of [`SigningParams`].
//!
//! Canonical request, shared by all five algorithms:
//!
//! ```text
//! METHOD
//! canonical URI      path percent-decoded, each segment re-encoded (RFC 3986), always ending in /
//! canonical query    pairs sorted by raw key then raw value, encoded, k=v joined by &
//! name:value         one line per signed header: lower-case name, value trimmed at both ends
//! (empty line)
//! signed headers     lower-case names without `_`, sorted, joined by ;
//! payload hash       hex hash of the body, hash of nothing for an empty body, else the
//!                    content header's value (normally UNSIGNED-PAYLOAD)
//! ```
//!
//! The server side lives in [`verify`]: it rebuilds the canonical request from what it received
//! and checks the signature, as the emulator does.
//!
//! ```
//! use std::time::{Duration, UNIX_EPOCH};
//! use huaweicloud_sdk_core::credentials::Credentials;
//! use huaweicloud_sdk_core::signer::{sign, SigningParams, SigningRequest};
//!
//! let credentials = Credentials::new("AKTEST", "SKTEST")?.with_project_id("PROJECTTEST");
//! let mut request = SigningRequest::new("GET", "https", "vpc.example.test", "/v1/PROJECTTEST/vpcs")
//!     .with_query("limit", "10")
//!     .with_header("Content-Type", "application/json");
//! let time = UNIX_EPOCH + Duration::from_secs(1_704_164_645); // 2024-01-02T03:04:05Z
//! let output = sign(&mut request, &credentials, &SigningParams::new(time))?;
//! assert!(output.authorization.starts_with("SDK-HMAC-SHA256 Access=AKTEST, SignedHeaders="));
//! assert_eq!(request.url(), "https://vpc.example.test/v1/PROJECTTEST/vpcs?limit=10");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod algorithm;
mod canonical;
mod date;
pub(crate) mod keys;
mod request;
mod sign;
pub mod verify;

pub use algorithm::{ParseAlgorithmError, SigningAlgorithm, UNSIGNED_PAYLOAD};
pub use request::{Payload, SigningRequest};
pub use sign::{sign, IdentityHeaders, SigningError, SigningOutput, SigningParams};

/// The `ecdsa` crate, for the DER signature type of the verifying side.
pub use ecdsa;
/// The `p256` crate, whose signing key [`Credentials::p256_signing_key`] returns.
///
/// [`Credentials::p256_signing_key`]: crate::credentials::Credentials::p256_signing_key
pub use p256;
/// The `sm2` crate, whose signing key [`Credentials::sm2_signing_key`] returns.
///
/// [`Credentials::sm2_signing_key`]: crate::credentials::Credentials::sm2_signing_key
pub use sm2;

/// SM2 user id (distinguishing identifier) used by `SDK-SM2-SM3`.
pub const SM2_USER_ID: &str = keys::SM2_USER_ID;

/// Maximum distance between `X-Sdk-Date` and the server clock that [`verify::verify`] accepts.
pub const MAX_CLOCK_SKEW: std::time::Duration = std::time::Duration::from_secs(15 * 60);

/// Formats `time` as an `X-Sdk-Date` value, `YYYYMMDDTHHMMSSZ` in UTC. Returns `None` when the
/// year does not fit four digits.
pub fn format_sdk_date(time: std::time::SystemTime) -> Option<String> {
    date::format_sdk_date(time)
}

/// Parses an `X-Sdk-Date` value (`YYYYMMDDTHHMMSSZ`, UTC). Returns `None` for any other format.
pub fn parse_sdk_date(value: &str) -> Option<std::time::SystemTime> {
    let seconds = date::parse_sdk_date(value)?;
    let magnitude = std::time::Duration::from_secs(seconds.unsigned_abs());
    if seconds >= 0 {
        std::time::UNIX_EPOCH.checked_add(magnitude)
    } else {
        std::time::UNIX_EPOCH.checked_sub(magnitude)
    }
}
