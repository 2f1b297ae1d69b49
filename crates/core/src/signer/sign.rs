//! The client side: canonical request, string to sign and `Authorization` for one request.

use std::cmp::Ordering;
use std::fmt;
use std::ops::Range;
use std::time::SystemTime;

use p256::ecdsa::signature::Signer as _;

use super::algorithm::{self, SigningAlgorithm, UNSIGNED_PAYLOAD};
use super::canonical::{self, IndexOrder};
use super::date::SdkDate;
use super::request::{Payload, SigningRequest};
use crate::credentials::Credentials;

/// Choice of identity headers that the signer adds from the credentials.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum IdentityHeaders {
    /// `X-Project-Id` if the credentials have a project id and `X-Domain-Id` if they have a
    /// domain id.
    #[default]
    FromCredentials,
    /// Only `X-Project-Id` (regional services).
    ProjectId,
    /// Only `X-Domain-Id` (global services such as IAM).
    DomainId,
    /// Neither.
    None,
}

/// Everything about signing that is not part of the request or the credentials.
#[derive(Debug, Clone)]
pub struct SigningParams {
    /// Signing time, written as `X-Sdk-Date` unless the request already carries one.
    pub time: SystemTime,
    /// Algorithm to use. A derived predicate on the credentials that returns true for the
    /// request overrides it with [`SigningAlgorithm::V11HmacSha256`].
    pub algorithm: SigningAlgorithm,
    /// Region id of the derived-signing scope, e.g. `cn-north-4` (`globe` for global services).
    /// Required by `V11-HMAC-SHA256` only.
    pub region: Option<String>,
    /// Service name of the derived-signing scope (the service's derived-auth name, e.g. `iotdm`).
    /// Required by `V11-HMAC-SHA256` only.
    pub service: Option<String>,
    /// Add and sign a `Host` header when the request has none (true by default, as the Python
    /// SDK does). The Go SDK signs `Host` only when the caller set it; false reproduces that.
    pub add_host_header: bool,
    /// Identity headers to add from the credentials.
    pub identity_headers: IdentityHeaders,
}

impl SigningParams {
    /// Creates parameters for signing at `time` with `SDK-HMAC-SHA256`, adding `Host` and the
    /// identity headers the credentials carry.
    pub fn new(time: SystemTime) -> Self {
        SigningParams {
            time,
            algorithm: SigningAlgorithm::default(),
            region: None,
            service: None,
            add_host_header: true,
            identity_headers: IdentityHeaders::default(),
        }
    }

    /// Sets the algorithm.
    pub fn with_algorithm(mut self, algorithm: SigningAlgorithm) -> Self {
        self.algorithm = algorithm;
        self
    }

    /// Sets the region and service of the derived-signing (`V11-HMAC-SHA256`) scope.
    pub fn with_derived_scope(
        mut self,
        region: impl Into<String>,
        service: impl Into<String>,
    ) -> Self {
        self.region = Some(region.into());
        self.service = Some(service.into());
        self
    }

    /// Sets whether a missing `Host` header is added and signed.
    pub fn with_host_header(mut self, add: bool) -> Self {
        self.add_host_header = add;
        self
    }

    /// Sets which identity headers are added from the credentials.
    pub fn with_identity_headers(mut self, identity_headers: IdentityHeaders) -> Self {
        self.identity_headers = identity_headers;
        self
    }
}

/// Result of [`sign`]. When the request already carried an `Authorization` header nothing
/// is signed: `algorithm` is `None`, the two intermediate strings are empty and `authorization`
/// is the caller's value.
#[derive(Clone, PartialEq, Eq)]
pub struct SigningOutput {
    /// Algorithm used, `None` when signing was skipped.
    pub algorithm: Option<SigningAlgorithm>,
    /// Canonical request, lines joined with `\n`.
    pub canonical_request: String,
    /// String to sign.
    pub string_to_sign: String,
    /// Signed header names, lower-case, joined with `;`.
    pub signed_headers: String,
    /// Value of the `Authorization` header.
    pub authorization: String,
}

impl fmt::Debug for SigningOutput {
    // The canonical request contains the security token; mask it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SigningOutput")
            .field("algorithm", &self.algorithm)
            .field(
                "canonical_request",
                &mask_canonical_request(&self.canonical_request),
            )
            .field("string_to_sign", &self.string_to_sign)
            .field("signed_headers", &self.signed_headers)
            .field("authorization", &self.authorization)
            .finish()
    }
}

/// Returns `canonical` with the value of an `x-security-token` line replaced by `***`, for
/// Debug output and error messages.
pub(crate) fn mask_canonical_request(canonical: &str) -> String {
    const TOKEN_LINE: &str = "x-security-token:";
    if !canonical.contains(TOKEN_LINE) {
        return canonical.to_string();
    }
    canonical
        .split('\n')
        .map(|line| {
            if line.starts_with(TOKEN_LINE) {
                "x-security-token:***"
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Error of [`sign`] and of building a [`SigningRequest`]. Messages name the offending part and
/// never contain the SK, the security token or a header value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SigningError {
    /// The method is empty or not an HTTP token.
    #[error("invalid HTTP method `{method}`: expected a token such as GET or POST")]
    InvalidMethod {
        /// The rejected method.
        method: String,
    },
    /// The scheme is not a URL scheme.
    #[error("invalid URL scheme `{scheme}`: expected https or http")]
    InvalidScheme {
        /// The rejected scheme.
        scheme: String,
    },
    /// The host is empty or contains characters that cannot appear in `host[:port]`.
    #[error("invalid host `{host}`: expected host[:port] without scheme, path or whitespace")]
    InvalidHost {
        /// The rejected host.
        host: String,
    },
    /// The path does not start with `/` or contains `?` or `#`.
    #[error("invalid path `{path}`: {reason}")]
    InvalidPath {
        /// The rejected path.
        path: String,
        /// Reason the value is invalid.
        reason: &'static str,
    },
    /// A URL given to [`SigningRequest::from_url`] could not be split.
    #[error("invalid URL `{url}`: {reason}")]
    InvalidUrl {
        /// The rejected URL.
        url: String,
        /// Reason the value is invalid.
        reason: &'static str,
    },
    /// A header name is empty or not an HTTP token.
    #[error("invalid header name `{name}`: use letters, digits and !#$%&'*+-.^_`|~ only")]
    InvalidHeaderName {
        /// The rejected name.
        name: String,
    },
    /// A header value contains a control character (after trimming its ends).
    #[error(
        "header `{name}` has control character 0x{byte:02x} at byte {offset} of its trimmed \
         value: remove CR, LF and other control characters"
    )]
    InvalidHeaderValue {
        /// Header name.
        name: String,
        /// The control character.
        byte: u8,
        /// Its offset in the trimmed value.
        offset: usize,
    },
    /// Two headers have the same name (compared case-insensitively).
    #[error("header `{name}` is set twice: send one header and join repeated values with `, `")]
    DuplicateHeader {
        /// The repeated name, as first seen.
        name: String,
    },
    /// An authorization header spelled other than `Authorization`.
    #[error(
        "header `{name}` would be sent next to the signer's `Authorization`: name it exactly \
         `Authorization` to send the request unsigned with that value, or remove it"
    )]
    AuthorizationCase {
        /// The header name as given.
        name: String,
    },
    /// The request's own `X-Sdk-Date` is malformed.
    #[error(
        "header X-Sdk-Date has invalid value `{value}`: expected UTC time in the format \
         YYYYMMDDTHHMMSSZ, e.g. 20240102T030405Z"
    )]
    InvalidSdkDate {
        /// The rejected value.
        value: String,
    },
    /// The signing time does not fit `YYYYMMDDTHHMMSSZ`.
    #[error("signing time is outside the years 0000-9999 that X-Sdk-Date can express")]
    TimeOutOfRange,
    /// `V11-HMAC-SHA256` needs a region and a service for its scope.
    #[error(
        "derived signing (V11-HMAC-SHA256) needs the {field} of its scope: set \
         SigningParams::{field} (the client sets it from its region and service)"
    )]
    MissingDerivedScope {
        /// `region` or `service`.
        field: &'static str,
    },
    /// A derived-signing scope part contains `/`, `,`, whitespace or a control character.
    #[error("derived-signing {field} `{value}` may not contain `/`, `,`, whitespace or control characters")]
    InvalidDerivedScope {
        /// `region` or `service`.
        field: &'static str,
        /// The rejected value.
        value: String,
    },
    /// No valid EC private key could be derived from the AK/SK pair.
    #[error("could not derive a {algorithm} private key from this AK/SK pair: use another key pair or algorithm")]
    KeyDerivation {
        /// The algorithm whose key failed.
        algorithm: SigningAlgorithm,
    },
    /// The elliptic-curve signature itself failed.
    #[error("{algorithm} signing failed")]
    SignatureFailed {
        /// The algorithm that failed.
        algorithm: SigningAlgorithm,
    },
}

const X_SDK_DATE: &str = "X-Sdk-Date";
const AUTHORIZATION: &str = "Authorization";

/// Maximum number of headers [`sign`] appends: `X-Project-Id`, `X-Domain-Id`,
/// `X-Security-Token`, the content header, `X-Sdk-Date`, `Host` and `Authorization`.
const MAX_ADDED_HEADERS: usize = 7;

/// Signs `request` in place and returns the intermediate strings and the `Authorization` value.
///
/// In order: header values are trimmed and checked; `X-Project-Id`/`X-Domain-Id` (per
/// [`SigningParams::identity_headers`]) and `X-Security-Token` are added from the credentials
/// unless the request has them. If the request then has a header named exactly `Authorization`,
/// signing stops there and the request is sent with that value. Otherwise the content header
/// (`X-Sdk-Content-Sha256` or `X-Sdk-Content-Sm3`: `UNSIGNED-PAYLOAD`) is added for an unsigned
/// payload or a `Content-Type` that starts with neither `application/json` nor
/// `application/bson`, then `X-Sdk-Date` (a caller's own value is kept), `Host`, and
/// `Authorization`. A header whose name contains `_` is sent but not signed.
///
/// # Errors
///
/// [`SigningError`] for an invalid method, scheme, host, path, header name or value, a
/// duplicated header, a malformed `X-Sdk-Date`, a missing derived-signing scope, or an
/// elliptic-curve failure. The request may have been partly modified when an error is returned.
pub fn sign(
    request: &mut SigningRequest,
    credentials: &Credentials,
    params: &SigningParams,
) -> Result<SigningOutput, SigningError> {
    validate_request_line(request)?;
    normalize_headers(&mut request.headers)?;
    request.headers.reserve(MAX_ADDED_HEADERS);
    add_credential_headers(&mut request.headers, credentials, params.identity_headers);

    if let Some(existing) = find_exact(&request.headers, AUTHORIZATION) {
        return Ok(SigningOutput {
            algorithm: None,
            canonical_request: String::new(),
            string_to_sign: String::new(),
            signed_headers: String::new(),
            authorization: request.headers[existing].1.clone(),
        });
    }
    if let Some(index) = find(&request.headers, AUTHORIZATION) {
        return Err(SigningError::AuthorizationCase {
            name: request.headers[index].0.clone(),
        });
    }

    let algorithm = if credentials.uses_derived_signing(request) {
        SigningAlgorithm::V11HmacSha256
    } else {
        params.algorithm
    };

    let content_header = algorithm.content_header();
    if find(&request.headers, content_header).is_none() && payload_is_unsigned(request) {
        request
            .headers
            .push((content_header.to_string(), UNSIGNED_PAYLOAD.to_string()));
    }

    let sdk_date = match find(&request.headers, X_SDK_DATE) {
        Some(index) => {
            let value = &request.headers[index].1;
            SdkDate::parse(value).ok_or_else(|| SigningError::InvalidSdkDate {
                value: value.clone(),
            })?
        }
        None => {
            let value = SdkDate::from_time(params.time).ok_or(SigningError::TimeOutOfRange)?;
            request
                .headers
                .push((X_SDK_DATE.to_string(), value.as_str().to_string()));
            value
        }
    };
    let sdk_date = sdk_date.as_str();

    if params.add_host_header && find(&request.headers, "host").is_none() {
        request
            .headers
            .push(("Host".to_string(), request.host.clone()));
    }

    // The V11 scope is `date/region/service`, written into the string to sign from its parts.
    let scope_parts = match algorithm {
        SigningAlgorithm::V11HmacSha256 => {
            let region = scope_part("region", params.region.as_deref())?;
            let service = scope_part("service", params.service.as_deref())?;
            Some([&sdk_date[..8], region, service])
        }
        _ => None,
    };

    let headers = &request.headers;
    let mut signed: IndexOrder = (0..headers.len())
        .filter(|&index| !headers[index].0.contains('_'))
        .collect();
    // Unstable sorting is safe: header names are unique regardless of case.
    signed.sort_unstable_by(|&a, &b| compare_ignore_ascii_case(&headers[a].0, &headers[b].0));

    let mut hash_buffer = [0u8; 64];
    let payload_hash = payload_hash(algorithm, &request.payload, headers, &mut hash_buffer);
    let parts = CanonicalParts {
        method: &request.method,
        path: &request.path,
        query: &request.query,
        headers: signed
            .iter()
            .map(|&index| (headers[index].0.as_str(), headers[index].1.as_str())),
        lowercase_names: true,
        payload_hash,
    };
    let mut canonical_request = String::with_capacity(parts.estimated_len());
    let names = parts.write_into(&mut canonical_request);
    let signed_headers = canonical_request[names].to_string();

    let (string_to_sign, scope) = string_to_sign(
        algorithm,
        sdk_date,
        scope_parts.as_ref().map_or(&[], |parts| &parts[..]),
        &canonical_request,
    );
    let scope = scope_parts.map(|_| &string_to_sign[scope]);
    let authorization = authorization_value(
        algorithm,
        credentials,
        scope,
        &signed_headers,
        &string_to_sign,
    )?;
    request
        .headers
        .push((AUTHORIZATION.to_string(), authorization.clone()));

    Ok(SigningOutput {
        algorithm: Some(algorithm),
        canonical_request,
        string_to_sign,
        signed_headers,
        authorization,
    })
}

/// The pieces of a canonical request, shared by the signer and the verifier.
pub(crate) struct CanonicalParts<'a, K, V, H> {
    pub(crate) method: &'a str,
    pub(crate) path: &'a str,
    /// Raw query pairs in any order.
    pub(crate) query: &'a [(K, V)],
    /// Signed headers in canonical order: name and value. The iterator runs twice, once for the
    /// header lines and once for the signed-headers list.
    pub(crate) headers: H,
    /// Write the header names in lower case (the signer) rather than as given (the verifier,
    /// whose names come from `SignedHeaders`).
    pub(crate) lowercase_names: bool,
    pub(crate) payload_hash: &'a str,
}

impl<'a, K, V, H> CanonicalParts<'a, K, V, H>
where
    K: AsRef<str>,
    V: AsRef<str>,
    H: Iterator<Item = (&'a str, &'a str)> + Clone,
{
    /// Returns a length that the canonical request rarely exceeds, for sizing its buffer.
    /// Percent-encoding can triple a byte, so exotic paths and queries may still grow the buffer.
    pub(crate) fn estimated_len(&self) -> usize {
        let query: usize = self
            .query
            .iter()
            .map(|(key, value)| key.as_ref().len() + value.as_ref().len() + 2)
            .sum();
        let headers: usize = self
            .headers
            .clone()
            .map(|(name, value)| 2 * name.len() + value.len() + 3)
            .sum();
        self.method.len() + 2 * self.path.len() + 2 * query + headers + self.payload_hash.len() + 8
    }

    /// Appends the canonical request to `out` and returns the byte range of its signed-headers
    /// line (the names joined with `;`) in `out`.
    pub(crate) fn write_into(&self, out: &mut String) -> Range<usize> {
        let method_start = out.len();
        out.push_str(self.method);
        out[method_start..].make_ascii_uppercase();
        out.push('\n');
        canonical::canonical_uri_into(out, self.path);
        out.push('\n');
        canonical::canonical_query_into(out, self.query);
        out.push('\n');
        for (name, value) in self.headers.clone() {
            self.push_name(out, name);
            out.push(':');
            out.push_str(value);
            out.push('\n');
        }
        out.push('\n');
        let names_start = out.len();
        for (index, (name, _)) in self.headers.clone().enumerate() {
            if index > 0 {
                out.push(';');
            }
            self.push_name(out, name);
        }
        let names = names_start..out.len();
        out.push('\n');
        out.push_str(self.payload_hash);
        names
    }

    /// Returns the canonical request.
    pub(crate) fn build(&self) -> String {
        let mut out = String::with_capacity(self.estimated_len());
        self.write_into(&mut out);
        out
    }

    fn push_name(&self, out: &mut String, name: &str) {
        let start = out.len();
        out.push_str(name);
        if self.lowercase_names {
            out[start..].make_ascii_lowercase();
        }
    }
}

/// Orders header names as their lower-case forms would sort, without building those forms.
fn compare_ignore_ascii_case(a: &str, b: &str) -> Ordering {
    a.bytes()
        .map(|byte| byte.to_ascii_lowercase())
        .cmp(b.bytes().map(|byte| byte.to_ascii_lowercase()))
}

/// Returns `ALG\nDATE\n[SCOPE\n]hex(hash(canonical request))` and the byte range of SCOPE in it
/// (empty when `scope` is). SCOPE is the `scope` parts joined with `/`.
pub(crate) fn string_to_sign(
    algorithm: SigningAlgorithm,
    sdk_date: &str,
    scope: &[&str],
    canonical_request: &str,
) -> (String, Range<usize>) {
    let scope_len: usize = scope.iter().map(|part| part.len() + 1).sum();
    let mut out = String::with_capacity(algorithm.as_str().len() + sdk_date.len() + scope_len + 66);
    out.push_str(algorithm.as_str());
    out.push('\n');
    out.push_str(sdk_date);
    out.push('\n');
    let scope_start = out.len();
    for (index, part) in scope.iter().enumerate() {
        if index > 0 {
            out.push('/');
        }
        out.push_str(part);
    }
    let scope_range = scope_start..out.len();
    if !scope.is_empty() {
        out.push('\n');
    }
    algorithm.push_hex_digest(&mut out, canonical_request.as_bytes());
    (out, scope_range)
}

/// Returns the `Authorization` value: algorithm, access key (with the scope for V11), signed
/// headers, and the signature of `string_to_sign` in lower-case hex (the HMAC for the HMAC
/// algorithms, DER for ECDSA and SM2).
fn authorization_value(
    algorithm: SigningAlgorithm,
    credentials: &Credentials,
    scope: Option<&str>,
    signed_headers: &str,
    string_to_sign: &str,
) -> Result<String, SigningError> {
    let access_key = credentials.access_key();
    // A DER signature is at most 72 bytes, so 144 hex digits.
    let mut out = String::with_capacity(
        algorithm.as_str().len()
            + access_key.len()
            + scope.map_or(0, str::len)
            + signed_headers.len()
            + 200,
    );
    out.push_str(algorithm.as_str());
    match scope {
        Some(scope) => {
            out.push_str(" Credential=");
            out.push_str(access_key);
            out.push('/');
            out.push_str(scope);
        }
        None => {
            out.push_str(" Access=");
            out.push_str(access_key);
        }
    }
    out.push_str(", SignedHeaders=");
    out.push_str(signed_headers);
    out.push_str(", Signature=");

    let message = string_to_sign.as_bytes();
    match algorithm {
        SigningAlgorithm::HmacSha256 => {
            algorithm::push_mac_hex(&mut out, credentials.hmac_sha256().clone(), message);
        }
        SigningAlgorithm::HmacSm3 => {
            algorithm::push_mac_hex(&mut out, credentials.hmac_sm3().clone(), message);
        }
        SigningAlgorithm::V11HmacSha256 => {
            let scope = scope.ok_or(SigningError::MissingDerivedScope { field: "region" })?;
            algorithm::push_mac_hex(&mut out, credentials.derived_hmac(scope), message);
        }
        SigningAlgorithm::EcdsaP256Sha256 => {
            let key = credentials.p256_signing_key()?;
            let signature: p256::ecdsa::Signature = key
                .try_sign(message)
                .map_err(|_| SigningError::SignatureFailed { algorithm })?;
            algorithm::push_hex(&mut out, signature.to_der().as_bytes());
        }
        SigningAlgorithm::Sm2Sm3 => {
            let key = credentials.sm2_signing_key()?;
            let signature: sm2::dsa::Signature = key
                .try_sign(message)
                .map_err(|_| SigningError::SignatureFailed { algorithm })?;
            let der = algorithm::sm2_signature_to_der(&signature)
                .ok_or(SigningError::SignatureFailed { algorithm })?;
            algorithm::push_hex(&mut out, &der);
        }
    }
    Ok(out)
}

/// Returns the payload hash: the empty-body hash first (even when the content header is
/// present), then the content header's value, then the hash of the bytes, hex-encoded into
/// `buffer`.
fn payload_hash<'a>(
    algorithm: SigningAlgorithm,
    payload: &'a Payload,
    headers: &'a [(String, String)],
    buffer: &'a mut [u8; 64],
) -> &'a str {
    if payload.bytes().is_some_and(<[u8]>::is_empty) {
        return algorithm.empty_payload_hash();
    }
    if let Some(index) = find(headers, algorithm.content_header()) {
        return &headers[index].1;
    }
    match payload.bytes() {
        Some(bytes) => algorithm.hex_digest(bytes, buffer),
        // `sign` adds the content header for an unsigned payload, so this is not reached there.
        None => UNSIGNED_PAYLOAD,
    }
}

/// True when the body is signed as `UNSIGNED-PAYLOAD`: a streamed payload, or a `Content-Type`
/// that starts with neither `application/json` nor `application/bson` (case-sensitive prefix).
///
/// NOTE: the header name is matched case-insensitively; the Python SDK looks only at
/// `Content-Type` spelled exactly so. Either way the server follows the signed headers.
fn payload_is_unsigned(request: &SigningRequest) -> bool {
    if matches!(request.payload, Payload::Unsigned) {
        return true;
    }
    request.header("content-type").is_some_and(|value| {
        !value.starts_with("application/json") && !value.starts_with("application/bson")
    })
}

fn scope_part<'a>(field: &'static str, value: Option<&'a str>) -> Result<&'a str, SigningError> {
    let value = value
        .filter(|value| !value.is_empty())
        .ok_or(SigningError::MissingDerivedScope { field })?;
    let bad = value
        .chars()
        .any(|c| c == '/' || c == ',' || c.is_whitespace() || c.is_control());
    if bad {
        return Err(SigningError::InvalidDerivedScope {
            field,
            value: value.to_string(),
        });
    }
    Ok(value)
}

fn add_credential_headers(
    headers: &mut Vec<(String, String)>,
    credentials: &Credentials,
    identity: IdentityHeaders,
) {
    let project = matches!(
        identity,
        IdentityHeaders::FromCredentials | IdentityHeaders::ProjectId
    );
    let domain = matches!(
        identity,
        IdentityHeaders::FromCredentials | IdentityHeaders::DomainId
    );
    let additions = [
        ("X-Project-Id", credentials.project_id().filter(|_| project)),
        ("X-Domain-Id", credentials.domain_id().filter(|_| domain)),
        ("X-Security-Token", credentials.security_token()),
    ];
    for (name, value) in additions {
        if let Some(value) = value {
            if find(headers, name).is_none() {
                headers.push((name.to_string(), value.to_string()));
            }
        }
    }
}

/// Index of the first header named `name`, compared case-insensitively.
pub(crate) fn find<V>(headers: &[(String, V)], name: &str) -> Option<usize> {
    headers
        .iter()
        .position(|(candidate, _)| candidate.eq_ignore_ascii_case(name))
}

fn find_exact(headers: &[(String, String)], name: &str) -> Option<usize> {
    headers.iter().position(|(candidate, _)| candidate == name)
}

fn validate_request_line(request: &SigningRequest) -> Result<(), SigningError> {
    if !is_token(&request.method) {
        return Err(SigningError::InvalidMethod {
            method: request.method.clone(),
        });
    }
    let scheme_ok = request
        .scheme
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && request
            .scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if !scheme_ok {
        return Err(SigningError::InvalidScheme {
            scheme: request.scheme.clone(),
        });
    }
    let host_ok = !request.host.is_empty()
        && !request.host.chars().any(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, '/' | '?' | '#' | '@' | '\\')
        });
    if !host_ok {
        return Err(SigningError::InvalidHost {
            host: request.host.clone(),
        });
    }
    let path = &request.path;
    let path_error = |reason| SigningError::InvalidPath {
        path: path.clone(),
        reason,
    };
    if !path.is_empty() && !path.starts_with('/') {
        return Err(path_error("it must start with `/`"));
    }
    if path.contains('?') {
        return Err(path_error(
            "it contains `?`: put query parameters in `query`, or write a literal `?` as %3F",
        ));
    }
    if path.contains('#') {
        return Err(path_error(
            "it contains `#`: fragments are not sent, write a literal `#` as %23",
        ));
    }
    Ok(())
}

/// Trims every header value (the reference SDK's `str.strip()`: Unicode whitespace plus the
/// ASCII separators 0x1C-0x1F), then checks names and values and rejects duplicates.
fn normalize_headers(headers: &mut [(String, String)]) -> Result<(), SigningError> {
    for index in 0..headers.len() {
        let (name, value) = &mut headers[index];
        if !is_token(name) {
            return Err(SigningError::InvalidHeaderName { name: name.clone() });
        }
        let trimmed = value.trim_matches(is_strip_whitespace);
        if trimmed.len() != value.len() {
            *value = trimmed.to_string();
        }
        let control = value
            .bytes()
            .enumerate()
            .find(|&(_, byte)| (byte < 0x20 && byte != b'\t') || byte == 0x7f);
        if let Some((offset, byte)) = control {
            return Err(SigningError::InvalidHeaderValue {
                name: name.clone(),
                byte,
                offset,
            });
        }
        let name = &headers[index].0;
        if headers[..index]
            .iter()
            .any(|(earlier, _)| earlier.eq_ignore_ascii_case(name))
        {
            return Err(SigningError::DuplicateHeader { name: name.clone() });
        }
    }
    Ok(())
}

fn is_strip_whitespace(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Returns true for an RFC 9110 token: one or more of `!#$%&'*+-.^_`|~`, digits and letters.
pub(crate) fn is_token(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, UNIX_EPOCH};

    fn credentials() -> Credentials {
        Credentials::new("AKTEST", "SKTEST").expect("valid keys")
    }

    fn params() -> SigningParams {
        SigningParams::new(UNIX_EPOCH + Duration::from_secs(1_704_164_645))
    }

    #[test]
    fn worked_example_get_no_query() {
        let mut request = SigningRequest::new(
            "GET",
            "https",
            "vpc.cn-north-4.example.test",
            "/v1/PROJECTTEST/vpcs",
        )
        .with_header("Content-Type", "application/json")
        .with_header("User-Agent", "huaweicloud-usdk-python/3.0; test-ua/1.0");
        let credentials = credentials().with_project_id("PROJECTTEST");
        let output = sign(&mut request, &credentials, &params()).expect("signs");
        assert_eq!(
            output.authorization,
            "SDK-HMAC-SHA256 Access=AKTEST, SignedHeaders=content-type;host;user-agent;x-project-id;x-sdk-date, Signature=3fd6de4869ac9f7f8f5434ca2eb6f9477ec26fd96f16c8475382303d5c707ce0"
        );
    }

    #[test]
    fn empty_body_hash_wins_over_unsigned_header() {
        let mut request = SigningRequest::new("PUT", "https", "h.test", "/x")
            .with_header("Content-Type", "application/xml");
        let output = sign(&mut request, &credentials(), &params()).expect("signs");
        assert_eq!(
            request.header("x-sdk-content-sha256"),
            Some(UNSIGNED_PAYLOAD)
        );
        assert!(output.canonical_request.ends_with(algorithm::EMPTY_SHA256));
    }

    #[test]
    fn unsigned_payload_with_json_content_type() {
        let mut request = SigningRequest::new("PUT", "https", "h.test", "/x")
            .with_header("Content-Type", "application/json")
            .with_payload(Payload::Unsigned);
        let output = sign(&mut request, &credentials(), &params()).expect("signs");
        assert!(output.canonical_request.ends_with("\nUNSIGNED-PAYLOAD"));
        assert_eq!(
            request.header("X-Sdk-Content-Sha256"),
            Some(UNSIGNED_PAYLOAD)
        );
    }

    #[test]
    fn sm3_uses_its_content_header() {
        let mut request =
            SigningRequest::new("PUT", "https", "h.test", "/x").with_payload(Payload::Unsigned);
        let params = params().with_algorithm(SigningAlgorithm::HmacSm3);
        sign(&mut request, &credentials(), &params).expect("signs");
        assert_eq!(request.header("X-Sdk-Content-Sm3"), Some(UNSIGNED_PAYLOAD));
        assert_eq!(request.header("X-Sdk-Content-Sha256"), None);
    }

    #[test]
    fn mask_replaces_token_line() {
        let masked = mask_canonical_request(
            "GET\n/\n\nhost:h\nx-security-token:SECRET\n\nhost;x-security-token\nabc",
        );
        assert!(!masked.contains("SECRET"));
        assert!(masked.contains("x-security-token:***\n"));
    }

    #[test]
    fn rejects_bad_request_line() {
        let cases = [
            SigningRequest::new("", "https", "h.test", "/"),
            SigningRequest::new("G ET", "https", "h.test", "/"),
            SigningRequest::new("GET", "", "h.test", "/"),
            SigningRequest::new("GET", "https", "", "/"),
            SigningRequest::new("GET", "https", "h.test/x", "/"),
            SigningRequest::new("GET", "https", "h.test", "v1"),
            SigningRequest::new("GET", "https", "h.test", "/v1?a=b"),
            SigningRequest::new("GET", "https", "h.test", "/v1#x"),
        ];
        for mut request in cases {
            let result = sign(&mut request, &credentials(), &params());
            assert!(result.is_err(), "{request:?} must be rejected");
        }
    }
}
