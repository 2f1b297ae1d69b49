//! The server side: checks the `Authorization` of a received request the way API Gateway does,
//! for all five algorithms. Used by the emulator and by tests.
//!
//! ```
//! use std::collections::HashMap;
//! use std::time::{Duration, UNIX_EPOCH};
//! use huaweicloud_sdk_core::credentials::Credentials;
//! use huaweicloud_sdk_core::signer::{sign, SigningParams, SigningRequest};
//! use huaweicloud_sdk_core::signer::verify::{verify, ReceivedRequest};
//!
//! let credentials = Credentials::new("AKTEST", "SKTEST")?;
//! let now = UNIX_EPOCH + Duration::from_secs(1_704_164_645);
//! let mut request = SigningRequest::new("GET", "http", "127.0.0.1:8080", "/v1/vpcs").with_query("limit", "1");
//! sign(&mut request, &credentials, &SigningParams::new(now))?;
//!
//! let store = HashMap::from([(credentials.access_key().to_string(), credentials.clone())]);
//! let mut received = ReceivedRequest::new("GET", "/v1/vpcs?limit=1").with_body(b"");
//! for (name, value) in &request.headers {
//!     received = received.with_header(name, value);
//! }
//! let verified = verify(&received, &store, now)?;
//! assert_eq!(verified.access_key, "AKTEST");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::HashMap;
use std::fmt;
use std::time::SystemTime;

use hmac::Mac;
use p256::ecdsa::signature::Verifier as _;

use super::algorithm::{self, SigningAlgorithm, UNSIGNED_PAYLOAD};
use super::canonical;
use super::date;
use super::sign::{mask_canonical_request, string_to_sign, CanonicalParts};
use super::MAX_CLOCK_SKEW;
use crate::credentials::Credentials;

/// API Gateway error code of every authentication failure reported here.
pub const AUTH_ERROR_CODE: &str = "APIGW.0301";

const MESSAGE_PREFIX: &str = "Incorrect IAM authentication information: ";

/// Source of the credentials that belong to an access key.
pub trait CredentialStore {
    /// Returns the credentials of `access_key`, or `None` if it is unknown.
    fn credentials(&self, access_key: &str) -> Option<Credentials>;
}

impl<F> CredentialStore for F
where
    F: Fn(&str) -> Option<Credentials>,
{
    fn credentials(&self, access_key: &str) -> Option<Credentials> {
        self(access_key)
    }
}

impl CredentialStore for HashMap<String, Credentials> {
    fn credentials(&self, access_key: &str) -> Option<Credentials> {
        self.get(access_key).cloned()
    }
}

/// The body of a received request.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ReceivedBody<'a> {
    /// The complete body (empty for none).
    Bytes(&'a [u8]),
    /// The body was not read; verification succeeds only if the request signed a content header
    /// (normally `UNSIGNED-PAYLOAD`).
    Unread,
}

impl fmt::Debug for ReceivedBody<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReceivedBody::Bytes(bytes) => write!(f, "Bytes({} bytes)", bytes.len()),
            ReceivedBody::Unread => f.write_str("Unread"),
        }
    }
}

/// A request as a server received it: nothing decoded or normalized.
#[derive(Clone)]
pub struct ReceivedRequest<'a> {
    /// HTTP method.
    pub method: &'a str,
    /// Path exactly as in the request line, still percent-encoded.
    pub path: &'a str,
    /// Query string exactly as in the request line, without the `?` (empty for none).
    pub query: &'a str,
    /// Headers in received order; a repeated name is joined with `,` in the canonical request.
    pub headers: Vec<(&'a str, &'a str)>,
    /// The body.
    pub body: ReceivedBody<'a>,
}

impl<'a> ReceivedRequest<'a> {
    /// Creates a request from its method and request target (`/path?query`), with no headers and
    /// an unread body.
    pub fn new(method: &'a str, target: &'a str) -> Self {
        let (path, query) = target.split_once('?').unwrap_or((target, ""));
        ReceivedRequest {
            method,
            path,
            query,
            headers: Vec::new(),
            body: ReceivedBody::Unread,
        }
    }

    /// Appends a header.
    pub fn with_header(mut self, name: &'a str, value: &'a str) -> Self {
        self.headers.push((name, value));
        self
    }

    /// Sets the complete body.
    pub fn with_body(mut self, body: &'a [u8]) -> Self {
        self.body = ReceivedBody::Bytes(body);
        self
    }

    fn header_values(&self, name: &str) -> impl Iterator<Item = &'a str> + '_ {
        let name = name.to_string();
        self.headers
            .iter()
            .filter(move |(candidate, _)| candidate.eq_ignore_ascii_case(&name))
            .map(|(_, value)| *value)
    }

    fn header(&self, name: &str) -> Option<&'a str> {
        self.header_values(name).next()
    }
}

impl fmt::Debug for ReceivedRequest<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let headers: Vec<(&str, &str)> = self
            .headers
            .iter()
            .map(|&(name, value)| {
                let shown = if super::request::is_sensitive_header(name) {
                    "***"
                } else {
                    value
                };
                (name, shown)
            })
            .collect();
        f.debug_struct("ReceivedRequest")
            .field("method", &self.method)
            .field("path", &self.path)
            .field("query", &self.query)
            .field("headers", &headers)
            .field("body", &self.body)
            .finish()
    }
}

/// The scope of a `V11-HMAC-SHA256` signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DerivedScope {
    /// `YYYYMMDD`, equal to the date part of `X-Sdk-Date`.
    pub date: String,
    /// Region id, e.g. `cn-north-4`.
    pub region: String,
    /// Service name, e.g. `iotdm`.
    pub service: String,
}

/// A request whose signature checked out.
#[derive(Debug, Clone)]
pub struct Verified {
    /// The access key that signed the request.
    pub access_key: String,
    /// Its credentials as the store returned them (to check the security token, say).
    pub credentials: Credentials,
    /// Algorithm of the signature.
    pub algorithm: SigningAlgorithm,
    /// Signed header names as listed in `Authorization`.
    pub signed_headers: Vec<String>,
    /// The derived-signing scope, for `V11-HMAC-SHA256` only.
    pub scope: Option<DerivedScope>,
}

/// Reason a request failed verification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum VerifyErrorKind {
    /// No `Authorization` header.
    MissingAuthorization,
    /// `Authorization` cannot be parsed, names an unknown algorithm, or lists a header the
    /// request lacks.
    MalformedAuthorization,
    /// The access key is not in the store.
    UnknownAccessKey,
    /// No `X-Sdk-Date` header, or it is not signed.
    MissingDate,
    /// `X-Sdk-Date` is not `YYYYMMDDTHHMMSSZ`.
    MalformedDate,
    /// `X-Sdk-Date` is more than [`MAX_CLOCK_SKEW`] away from the server clock.
    Expired,
    /// The signature does not match the canonical request the server built.
    SignatureMismatch,
    /// The body was not read but the signature covers its hash.
    BodyRequired,
}

/// A verification failure as API Gateway reports it: HTTP status, error code and message.
///
/// A signature mismatch carries the server's canonical request (newlines shown as `|`, the
/// security token masked) so a client can compare it with its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyError {
    kind: VerifyErrorKind,
    message: String,
}

impl VerifyError {
    fn new(kind: VerifyErrorKind, detail: impl fmt::Display) -> Self {
        VerifyError {
            kind,
            message: format!("{MESSAGE_PREFIX}{detail}"),
        }
    }

    /// Returns the kind of failure.
    pub fn kind(&self) -> VerifyErrorKind {
        self.kind
    }

    /// Returns the HTTP status of the error response: 401 for every kind.
    pub fn status(&self) -> u16 {
        401
    }

    /// Returns the API Gateway error code, [`AUTH_ERROR_CODE`] for every kind.
    ///
    /// NOTE: the gateway's messages for a bad signature and an expired date come from public
    /// reports. The messages of the other kinds are this SDK's own wording.
    pub fn code(&self) -> &'static str {
        AUTH_ERROR_CODE
    }

    /// Returns the error message, e.g. `Incorrect IAM authentication information: verify aksk
    /// signature fail, canonicalRequest:GET|/v1/|...`.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}: {}", self.status(), self.code(), self.message)
    }
}

impl std::error::Error for VerifyError {}

/// The parsed `Authorization` header.
struct Authorization<'a> {
    algorithm: SigningAlgorithm,
    access_key: &'a str,
    scope: Option<&'a str>,
    signed_headers: &'a str,
    signature: &'a str,
}

fn parse_authorization(value: &str) -> Result<Authorization<'_>, String> {
    let (name, fields) = value.trim().split_once(' ').ok_or_else(|| {
        "expected `<algorithm> Access=..., SignedHeaders=..., Signature=...`".to_string()
    })?;
    let algorithm: SigningAlgorithm = name
        .parse()
        .map_err(|_| format!("unsupported signing algorithm `{name}`"))?;
    let (mut access, mut credential, mut signed_headers, mut signature) = (None, None, None, None);
    for field in fields.split(',') {
        let field = field.trim();
        let (key, field_value) = field
            .split_once('=')
            .ok_or_else(|| format!("field `{field}` is not key=value"))?;
        let slot = match key {
            "Access" => &mut access,
            "Credential" => &mut credential,
            "SignedHeaders" => &mut signed_headers,
            "Signature" => &mut signature,
            _ => return Err(format!("unknown field `{key}`")),
        };
        if slot.replace(field_value).is_some() {
            return Err(format!("field `{key}` appears twice"));
        }
    }
    let signed_headers = signed_headers
        .filter(|value| !value.is_empty())
        .ok_or("SignedHeaders is missing")?;
    let signature = signature
        .filter(|value| !value.is_empty())
        .ok_or("Signature is missing")?;
    let (access_key, scope) = if algorithm == SigningAlgorithm::V11HmacSha256 {
        let credential =
            credential.ok_or("V11-HMAC-SHA256 needs Credential=<AK>/<date>/<region>/<service>")?;
        let (access_key, scope) = credential
            .split_once('/')
            .ok_or("Credential must be <AK>/<date>/<region>/<service>")?;
        (access_key, Some(scope))
    } else {
        (access.ok_or("Access is missing")?, None)
    };
    if access_key.is_empty() {
        return Err("the access key is empty".to_string());
    }
    Ok(Authorization {
        algorithm,
        access_key,
        scope,
        signed_headers,
        signature,
    })
}

fn parse_scope(scope: &str, sdk_date: &str) -> Result<DerivedScope, String> {
    let mut parts = scope.split('/');
    let (Some(date), Some(region), Some(service), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err("Credential must be <AK>/<date>/<region>/<service>".to_string());
    };
    if region.is_empty() || service.is_empty() {
        return Err("Credential has an empty region or service".to_string());
    }
    if date != &sdk_date[..8] {
        return Err(format!(
            "Credential date {date} differs from the X-Sdk-Date date {}",
            &sdk_date[..8]
        ));
    }
    Ok(DerivedScope {
        date: date.to_string(),
        region: region.to_string(),
        service: service.to_string(),
    })
}

/// Verifies the signature of `request` against the credentials in `store`, with `now` as the
/// server clock.
///
/// Steps:
/// 1. Parse `Authorization` and look up the access key.
/// 2. Require a signed, well-formed `X-Sdk-Date` within [`MAX_CLOCK_SKEW`] of `now`.
/// 3. Rebuild the canonical request from the path and query as received and the headers listed
///    in `SignedHeaders`.
/// 4. Compare the signature: the HMAC in constant time, ECDSA and SM2 with the public key
///    derived from the AK/SK pair.
///
/// The payload hash follows the signer: an empty body hashes as empty; otherwise a signed
/// content header (`X-Sdk-Content-Sha256` or `X-Sdk-Content-Sm3`) gives the value, and a real
/// hash there must match the body; otherwise the body is hashed. An empty body with a signed
/// `UNSIGNED-PAYLOAD` header is also accepted with `UNSIGNED-PAYLOAD` as the payload hash,
/// which is what the Go SDK signs.
///
/// # Errors
///
/// [`VerifyError`] with status 401 and code `APIGW.0301`; see [`VerifyErrorKind`].
pub fn verify(
    request: &ReceivedRequest<'_>,
    store: &(impl CredentialStore + ?Sized),
    now: SystemTime,
) -> Result<Verified, VerifyError> {
    use VerifyErrorKind::*;

    let authorization = request
        .header("authorization")
        .ok_or_else(|| VerifyError::new(MissingAuthorization, "Authorization header is missing"))?;
    let parsed = parse_authorization(authorization).map_err(|reason| {
        VerifyError::new(
            MalformedAuthorization,
            format_args!("invalid Authorization header: {reason}"),
        )
    })?;
    let credentials = store.credentials(parsed.access_key).ok_or_else(|| {
        VerifyError::new(
            UnknownAccessKey,
            format_args!("access key {} not found", parsed.access_key),
        )
    })?;

    let signed_names: Vec<&str> = parsed.signed_headers.split(';').collect();
    if !signed_names.contains(&"x-sdk-date") {
        return Err(VerifyError::new(
            MissingDate,
            "X-Sdk-Date header is not signed: SignedHeaders must include x-sdk-date",
        ));
    }
    let sdk_date = request
        .header("x-sdk-date")
        .map(str::trim)
        .ok_or_else(|| VerifyError::new(MissingDate, "X-Sdk-Date header is missing"))?;
    let signed_at = date::parse_sdk_date(sdk_date).ok_or_else(|| {
        VerifyError::new(
            MalformedDate,
            format_args!("X-Sdk-Date `{sdk_date}` is not in the format YYYYMMDDTHHMMSSZ"),
        )
    })?;
    check_clock(sdk_date, signed_at, now)?;

    let scope = parsed
        .scope
        .map(|scope| parse_scope(scope, sdk_date))
        .transpose()
        .map_err(|reason| {
            VerifyError::new(
                MalformedAuthorization,
                format_args!("invalid Authorization header: {reason}"),
            )
        })?;

    let mut signed: Vec<(String, String)> = Vec::with_capacity(signed_names.len());
    for name in &signed_names {
        let mut values = request.header_values(name).map(str::trim).peekable();
        if values.peek().is_none() {
            return Err(VerifyError::new(
                MalformedAuthorization,
                format_args!("signed header `{name}` is missing from the request"),
            ));
        }
        let value = values.collect::<Vec<_>>().join(",");
        signed.push((name.to_string(), value));
    }
    let algorithm = parsed.algorithm;
    let content_value = signed
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(algorithm.content_header()))
        .map(|(_, value)| value.as_str());
    let payload_hashes = payload_hashes(algorithm, request.body, content_value)?;

    let query = canonical::parse_query(request.query);
    let scope_text = parsed.scope;
    let mut first_canonical = None;
    for payload_hash in &payload_hashes {
        let canonical_request = CanonicalParts {
            method: request.method,
            path: request.path,
            query: &query,
            headers: signed
                .iter()
                .map(|(name, value)| (name.as_str(), value.as_str())),
            lowercase_names: false,
            payload_hash,
        }
        .build();
        let scope_parts = scope_text.as_slice();
        let (to_sign, _) = string_to_sign(algorithm, sdk_date, scope_parts, &canonical_request);
        if signature_matches(
            algorithm,
            &credentials,
            scope_text,
            &to_sign,
            parsed.signature,
        ) {
            return Ok(Verified {
                access_key: parsed.access_key.to_string(),
                credentials,
                algorithm,
                signed_headers: signed_names.iter().map(|name| name.to_string()).collect(),
                scope,
            });
        }
        first_canonical.get_or_insert(canonical_request);
    }
    let canonical_request = first_canonical.expect("payload_hashes is never empty");
    Err(VerifyError::new(
        SignatureMismatch,
        format_args!(
            "verify aksk signature fail, canonicalRequest:{}",
            mask_canonical_request(&canonical_request).replace('\n', "|")
        ),
    ))
}

fn check_clock(sdk_date: &str, signed_at: i64, now: SystemTime) -> Result<(), VerifyError> {
    let now_seconds = date::unix_seconds(now);
    let skew_ok = now_seconds
        .and_then(|now| now.checked_sub(signed_at))
        .is_some_and(|skew| skew.unsigned_abs() <= MAX_CLOCK_SKEW.as_secs());
    if skew_ok {
        return Ok(());
    }
    let server_time = date::format_sdk_date(now).unwrap_or_else(|| "out of range".to_string());
    Err(VerifyError::new(
        VerifyErrorKind::Expired,
        format_args!("signature expired, signature time:{sdk_date},server time:{server_time}"),
    ))
}

/// Payload hashes to try, the signer's rule first.
fn payload_hashes(
    algorithm: SigningAlgorithm,
    body: ReceivedBody<'_>,
    content_value: Option<&str>,
) -> Result<Vec<String>, VerifyError> {
    match (body, content_value) {
        (ReceivedBody::Bytes([]), None) => Ok(vec![algorithm.empty_payload_hash().to_string()]),
        (ReceivedBody::Bytes([]), Some(value)) => Ok(vec![
            algorithm.empty_payload_hash().to_string(),
            value.to_string(),
        ]),
        (ReceivedBody::Bytes(bytes), Some(value)) => {
            if value != UNSIGNED_PAYLOAD {
                let mut actual = String::with_capacity(64);
                algorithm.push_hex_digest(&mut actual, bytes);
                if !actual.eq_ignore_ascii_case(value) {
                    // A wrong hash in the content header: the canonical request then carries
                    // the real hash, so the signature check fails with it in the message.
                    return Ok(vec![actual]);
                }
            }
            Ok(vec![value.to_string()])
        }
        (ReceivedBody::Bytes(bytes), None) => {
            let mut actual = String::with_capacity(64);
            algorithm.push_hex_digest(&mut actual, bytes);
            Ok(vec![actual])
        }
        (ReceivedBody::Unread, Some(value)) => Ok(vec![value.to_string()]),
        (ReceivedBody::Unread, None) => Err(VerifyError::new(
            VerifyErrorKind::BodyRequired,
            format_args!(
                "the signature covers the body hash but the body was not read: pass the body, \
                 or sign with {}: UNSIGNED-PAYLOAD",
                algorithm.content_header()
            ),
        )),
    }
}

fn signature_matches(
    algorithm: SigningAlgorithm,
    credentials: &Credentials,
    scope: Option<&str>,
    string_to_sign: &str,
    signature_hex: &str,
) -> bool {
    let Ok(signature) = hex::decode(signature_hex) else {
        return false;
    };
    let message = string_to_sign.as_bytes();
    match algorithm {
        SigningAlgorithm::HmacSha256 => {
            hmac_matches(credentials.hmac_sha256().clone(), message, &signature)
        }
        SigningAlgorithm::HmacSm3 => {
            hmac_matches(credentials.hmac_sm3().clone(), message, &signature)
        }
        SigningAlgorithm::V11HmacSha256 => {
            let Some(scope) = scope else {
                return false;
            };
            hmac_matches(credentials.derived_hmac(scope), message, &signature)
        }
        SigningAlgorithm::EcdsaP256Sha256 => {
            let (Ok(key), Ok(signature)) = (
                credentials.p256_signing_key(),
                p256::ecdsa::Signature::from_der(&signature),
            ) else {
                return false;
            };
            key.verifying_key().verify(message, &signature).is_ok()
        }
        SigningAlgorithm::Sm2Sm3 => {
            let (Ok(key), Some(signature)) = (
                credentials.sm2_signing_key(),
                algorithm::sm2_signature_from_der(&signature),
            ) else {
                return false;
            };
            key.verifying_key().verify(message, &signature).is_ok()
        }
    }
}

/// Compares the MAC of `message`, starting from the keyed state `mac`, in constant time.
fn hmac_matches<M: Mac>(mut mac: M, message: &[u8], expected: &[u8]) -> bool {
    mac.update(message);
    mac.verify_slice(expected).is_ok()
}
