//! Parser of the temporary-credential JSON returned by the ECS metadata service, IAM, STS and
//! the CCE pod identity agent.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::Value;
use time::format_description::well_known::Rfc3339;
use time::{OffsetDateTime, PrimitiveDateTime};

use crate::credentials::Credentials;
use crate::error::Error;

/// Credentials with the time they stop working.
#[derive(Debug, Clone)]
pub struct ExpiringCredentials {
    /// The credentials.
    pub credentials: Credentials,
    /// When the credentials expire; `None` for credentials that do not expire.
    pub expires_at: Option<SystemTime>,
}

impl ExpiringCredentials {
    /// Wraps credentials that do not expire.
    pub fn permanent(credentials: Credentials) -> Self {
        ExpiringCredentials {
            credentials,
            expires_at: None,
        }
    }
}

const ACCESS_KEYS: [&str; 3] = ["access", "accessKeyId", "access_key_id"];
const SECRET_KEYS: [&str; 3] = ["secret", "secretAccessKey", "secret_access_key"];
const TOKEN_KEYS: [&str; 3] = ["securitytoken", "securityToken", "security_token"];
const EXPIRY_KEYS: [&str; 2] = ["expires_at", "expiration"];

/// Parses a temporary-credential JSON body.
///
/// The fields may sit at the top level or inside a `credential` or `credentials` object:
///
/// - access key: `access`, `accessKeyId` or `access_key_id`;
/// - secret key: `secret`, `secretAccessKey` or `secret_access_key`;
/// - security token: `securitytoken`, `securityToken` or `security_token`;
/// - expiry: `expires_at` or `expiration`, in RFC 3339 with or without fractional seconds (a
///   missing offset means UTC), or in seconds since the Unix epoch.
///
/// `source` names the service in error messages.
///
/// # Errors
///
/// A [`Credentials`](crate::error::ErrorKind::Credentials) error naming `source` and the
/// missing or invalid field. The message never contains the secret key or the token.
pub fn parse_credentials_json(body: &[u8], source: &str) -> Result<ExpiringCredentials, Error> {
    let value: Value = serde_json::from_slice(body).map_err(|error| {
        Error::credentials(format!(
            "invalid credentials response from {source}: the body is not JSON ({error})"
        ))
    })?;
    let object = ["credential", "credentials"]
        .iter()
        .find_map(|key| value.get(key).filter(|inner| inner.is_object()))
        .unwrap_or(&value);
    let field = |keys: &[&str]| -> Option<&str> {
        keys.iter()
            .find_map(|key| object.get(key).and_then(Value::as_str))
            .filter(|text| !text.trim().is_empty())
    };
    let missing = |what: &str, keys: &[&str]| {
        Error::credentials(format!(
            "invalid credentials response from {source}: no {what} (expected one of {})",
            keys.join(", ")
        ))
    };
    let access = field(&ACCESS_KEYS).ok_or_else(|| missing("access key", &ACCESS_KEYS))?;
    let secret = field(&SECRET_KEYS).ok_or_else(|| missing("secret key", &SECRET_KEYS))?;
    let mut credentials = Credentials::new(access.trim(), secret.trim()).map_err(|error| {
        Error::credentials(format!(
            "invalid credentials response from {source}: {error}"
        ))
    })?;
    if let Some(token) = field(&TOKEN_KEYS) {
        credentials = credentials.with_security_token(token.trim());
    }
    let expires_at = match EXPIRY_KEYS.iter().find_map(|key| object.get(key)) {
        None | Some(Value::Null) => None,
        Some(raw) => Some(parse_expiry(raw).ok_or_else(|| {
            Error::credentials(format!(
                "invalid credentials response from {source}: expiry {raw} is neither an RFC \
                 3339 time such as 2024-01-01T00:00:00.000000Z nor seconds since the Unix epoch"
            ))
        })?),
    };
    Ok(ExpiringCredentials {
        credentials,
        expires_at,
    })
}

/// Parses an expiry: RFC 3339 (fractional seconds optional), the same without an offset
/// (read as UTC), or epoch seconds as a number or a string of digits.
pub(crate) fn parse_expiry(raw: &Value) -> Option<SystemTime> {
    match raw {
        Value::Number(number) => epoch_seconds(number.as_f64()?),
        Value::String(text) => parse_expiry_text(text.trim()),
        _ => None,
    }
}

fn parse_expiry_text(text: &str) -> Option<SystemTime> {
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        return epoch_seconds(text.parse::<f64>().ok()?);
    }
    if let Ok(time) = OffsetDateTime::parse(text, &Rfc3339) {
        return Some(time.into());
    }
    // Some services omit the offset; their timestamps are UTC.
    let without_offset = time::macros::format_description!(
        version = 2,
        "[year]-[month]-[day]T[hour]:[minute]:[second][optional [.[subsecond]]]"
    );
    PrimitiveDateTime::parse(text, &without_offset)
        .ok()
        .map(|time| time.assume_utc().into())
}

fn epoch_seconds(seconds: f64) -> Option<SystemTime> {
    if !seconds.is_finite() || seconds < 0.0 {
        return None;
    }
    UNIX_EPOCH.checked_add(Duration::try_from_secs_f64(seconds).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seconds(time: SystemTime) -> u64 {
        time.duration_since(UNIX_EPOCH)
            .expect("after the epoch")
            .as_secs()
    }

    #[test]
    fn parses_wrapped_metadata_shape() {
        let body = br#"{"credential":{"access":"TMPAK1","secret":"TMPSK1","securitytoken":"TOKEN1","expires_at":"2024-01-01T01:00:00.000000Z"}}"#;
        let parsed = parse_credentials_json(body, "test").expect("valid body");
        assert_eq!(parsed.credentials.access_key(), "TMPAK1");
        assert!(parsed.credentials.security_token_matches("TOKEN1"));
        assert_eq!(seconds(parsed.expires_at.expect("expiry")), 1_704_070_800);
    }

    #[test]
    fn parses_sts_shape_and_aliases() {
        let body = br#"{"credentials":{"access_key_id":"AK2","secret_access_key":"SK2","security_token":"T2","expiration":"2024-01-01T01:00:00Z"}}"#;
        let parsed = parse_credentials_json(body, "test").expect("valid body");
        assert_eq!(parsed.credentials.access_key(), "AK2");
        assert!(parsed.credentials.security_token_matches("T2"));
        assert_eq!(seconds(parsed.expires_at.expect("expiry")), 1_704_070_800);

        let body = br#"{"accessKeyId":"AK3","secretAccessKey":"SK3","securityToken":"T3"}"#;
        let parsed = parse_credentials_json(body, "test").expect("valid body");
        assert_eq!(parsed.credentials.access_key(), "AK3");
        assert!(parsed.expires_at.is_none());
    }

    #[test]
    fn expiry_formats() {
        let expected = 1_704_070_800;
        for raw in [
            serde_json::json!("2024-01-01T01:00:00.000000Z"),
            serde_json::json!("2024-01-01T01:00:00Z"),
            serde_json::json!("2024-01-01T09:00:00+08:00"),
            serde_json::json!("2024-01-01T01:00:00.123"),
            serde_json::json!("2024-01-01T01:00:00"),
            serde_json::json!(1_704_070_800),
            serde_json::json!("1704070800"),
        ] {
            let parsed = parse_expiry(&raw).unwrap_or_else(|| panic!("{raw} should parse"));
            assert_eq!(seconds(parsed), expected, "{raw}");
        }
        for raw in [
            serde_json::json!("yesterday"),
            serde_json::json!(-5),
            serde_json::json!(true),
        ] {
            assert!(parse_expiry(&raw).is_none(), "{raw}");
        }
    }

    #[test]
    fn missing_fields_are_named_without_secrets() {
        let body = br#"{"credential":{"access":"AK","securitytoken":"SECRET-TOKEN"}}"#;
        let error = parse_credentials_json(body, "the metadata service").expect_err("no secret");
        let message = error.to_string();
        assert!(message.contains("no secret key"), "{message}");
        assert!(message.contains("the metadata service"), "{message}");
        assert!(!message.contains("SECRET-TOKEN"), "{message}");

        let error = parse_credentials_json(b"<html>", "x").expect_err("not JSON");
        assert!(error.to_string().contains("not JSON"), "{error}");

        let body = br#"{"access":"AK","secret":"SK","expires_at":"soon"}"#;
        let error = parse_credentials_json(body, "x").expect_err("bad expiry");
        assert!(error.to_string().contains("\"soon\""), "{error}");
    }
}
