//! The SDK's error type.
//!
//! Every call returns one [`Error`] type. [`Error::kind`] returns what failed, and the accessors return
//! the details that kind has (status and error code of a service error, the JSON path of a decode
//! error, every endpoint tried of a connection error).
//!
//! Differences from the official Python core, on purpose:
//!
//! - a read or connect timeout is [`ErrorKind::Timeout`], not a generic connection error;
//! - a 429 keeps the error code and message the service sent (the Python core replaces them
//!   with its HTTP library's "too many 429 error responses" text unless the method is POST);
//! - text bodies are decoded as UTF-8 whatever their `Content-Type`, so error messages in
//!   Chinese are not garbled;
//! - the request id falls back to a `request_id` field of the error body when the response has
//!   no `X-Request-Id` header.

use std::error::Error as StdError;
use std::fmt;

use crate::json::JsonError;

type BoxError = Box<dyn StdError + Send + Sync + 'static>;

/// Category of an [`Error`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The host name did not resolve (DNS failure).
    HostUnreachable,
    /// The TLS handshake failed, for example on an untrusted certificate.
    TlsHandshake,
    /// The server refused the TCP connection.
    ConnectionRefused,
    /// Another transport failure: the connection was reset or closed early, a response body was
    /// cut short, or every endpoint failed in different ways.
    Connection,
    /// Connecting or waiting for response bytes took longer than the configured timeout.
    Timeout,
    /// The service returned a status from 400 to 499.
    ClientResponse,
    /// The service returned a status of 500 or more.
    ServerResponse,
    /// The service returned a redirect that the client did not follow. Following is off by
    /// default; [`Error::status`] and [`Error::location`] give the status and target.
    Redirect,
    /// The client configuration or the request is invalid (a missing parameter, a bad header,
    /// an unknown region, an unreadable CA file).
    Configuration,
    /// No credentials were found, or they cannot sign the request.
    Credentials,
    /// The response body does not fit the response type; [`Error::json_path`] gives where.
    Decode,
    /// Reading or writing a local file failed (an upload source or a download target).
    Io,
}

/// The parts of an error response that the service sent.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ServiceDetails {
    status: u16,
    request_id: Option<String>,
    error_code: String,
    error_message: String,
    encoded_authorization_message: Option<String>,
}

/// One endpoint that a call tried and the reason it failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    /// The endpoint, such as `https://vpc.cn-north-4.myhuaweicloud.com`.
    pub endpoint: String,
    /// Reason the endpoint failed, such as `dns error: failed to lookup address information`.
    pub message: String,
}

/// Any failure of an SDK call.
///
/// `Display` is one line. For a service error it contains the status, error code, message and
/// request id; for other kinds it is a lower-case phrase. It never repeats the text of
/// [`source`](std::error::Error::source) and never contains a secret key, a security token or
/// a proxy password.
pub struct Error {
    inner: Box<Inner>,
}

struct Inner {
    kind: ErrorKind,
    message: String,
    service: Option<ServiceDetails>,
    redirect: Option<(u16, String)>,
    json_path: Option<String>,
    attempts: Vec<Attempt>,
    /// `Retry-After` of a 429 or 503 response, used by retry policies.
    retry_after: Option<std::time::Duration>,
    source: Option<BoxError>,
}

impl Error {
    fn from_parts(kind: ErrorKind, message: String) -> Self {
        Error {
            inner: Box::new(Inner {
                kind,
                message,
                service: None,
                redirect: None,
                json_path: None,
                attempts: Vec::new(),
                retry_after: None,
                source: None,
            }),
        }
    }

    /// Creates an error of `kind` with a one-line message.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error::from_parts(kind, message.into())
    }

    /// Creates a [`ErrorKind::Configuration`] error.
    pub fn configuration(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Configuration, message)
    }

    /// Creates a [`ErrorKind::Credentials`] error.
    pub fn credentials(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Credentials, message)
    }

    /// Attaches the underlying cause, returned by [`source`](std::error::Error::source). The
    /// message must not repeat the cause's text.
    #[must_use]
    pub fn with_source(mut self, source: impl Into<BoxError>) -> Self {
        self.inner.source = Some(source.into());
        self
    }

    /// Adds what the SDK was doing when a service error arrived, such as a project id look-up
    /// that the caller did not start. `Display` puts it before the service's own text. The
    /// status, code, message and request id stay as the service sent them.
    pub(crate) fn with_context(mut self, context: impl Into<String>) -> Self {
        self.inner.message = context.into();
        self
    }

    /// Creates a service error from an error response: status, headers and body.
    ///
    /// The error code and message are searched in the body as described on
    /// [`parse_error_body`]; the request id comes from the `X-Request-Id` header, else from a
    /// top-level `request_id` field of a JSON body.
    pub fn from_response(status: u16, request_id_header: Option<&str>, body: &[u8]) -> Self {
        let parsed = parse_error_body(status, body);
        let request_id = request_id_header
            .map(str::to_owned)
            .or(parsed.request_id)
            .filter(|id| !id.is_empty());
        let kind = if status >= 500 {
            ErrorKind::ServerResponse
        } else {
            ErrorKind::ClientResponse
        };
        let mut error = Error::from_parts(kind, String::new());
        error.inner.service = Some(ServiceDetails {
            status,
            request_id,
            error_code: parsed.error_code,
            error_message: parsed.error_message,
            encoded_authorization_message: parsed.encoded_authorization_message,
        });
        error
    }

    pub(crate) fn redirect(status: u16, location: &str) -> Self {
        let mut error = Error::from_parts(
            ErrorKind::Redirect,
            format!(
                "service answered {status} with Location `{location}` and the redirect was not \
                 followed: enable HttpConfig::follow_redirects or call the new location"
            ),
        );
        error.inner.redirect = Some((status, location.to_owned()));
        error
    }

    /// Creates the error for a redirect to another host that was not followed because the
    /// credentials carry a security token.
    pub(crate) fn redirect_to_other_host(status: u16, location: &str) -> Self {
        let mut error = Error::from_parts(
            ErrorKind::Redirect,
            format!(
                "service answered {status} with Location `{location}` on another host, and the \
                 redirect was not followed because the security token of temporary credentials \
                 is sent only to the configured endpoints: add that host as an endpoint and call \
                 it directly"
            ),
        );
        error.inner.redirect = Some((status, location.to_owned()));
        error
    }

    pub(crate) fn decode(operation: &str, error: JsonError) -> Self {
        let path = error.path();
        let message = if path.is_empty() {
            format!(
                "response of {operation} does not fit its model: {}",
                error.message()
            )
        } else {
            format!(
                "response of {operation} does not fit its model at `{path}`: {}",
                error.message()
            )
        };
        let mut error = Error::from_parts(ErrorKind::Decode, message);
        error.inner.json_path = Some(path);
        error
    }

    /// Creates a connection error listing every endpoint tried. The kind is that of the
    /// attempts when they all failed the same way, else [`ErrorKind::Connection`].
    pub(crate) fn all_endpoints_failed(attempts: Vec<(Attempt, ErrorKind)>) -> Self {
        let first_kind = attempts
            .first()
            .map_or(ErrorKind::Connection, |(_, kind)| *kind);
        let kind = if attempts.iter().all(|(_, kind)| *kind == first_kind) {
            first_kind
        } else {
            ErrorKind::Connection
        };
        let listed: Vec<String> = attempts
            .iter()
            .map(|(attempt, _)| format!("{}: {}", attempt.endpoint, attempt.message))
            .collect();
        let message = if listed.len() == 1 {
            listed.join("")
        } else {
            format!(
                "all {} endpoints failed: {}",
                attempts.len(),
                listed.join("; ")
            )
        };
        let mut error = Error::from_parts(kind, message);
        error.inner.attempts = attempts.into_iter().map(|(attempt, _)| attempt).collect();
        error
    }

    pub(crate) fn set_retry_after(&mut self, retry_after: Option<std::time::Duration>) {
        self.inner.retry_after = retry_after;
    }

    pub(crate) fn retry_after(&self) -> Option<std::time::Duration> {
        self.inner.retry_after
    }

    /// Returns what kind of failure this is.
    pub fn kind(&self) -> ErrorKind {
        self.inner.kind
    }

    /// Returns true for transport failures before or while reading a response: DNS, TLS,
    /// refused or reset connections and cut bodies. Timeouts have their own kind.
    pub fn is_connection(&self) -> bool {
        matches!(
            self.kind(),
            ErrorKind::HostUnreachable
                | ErrorKind::TlsHandshake
                | ErrorKind::ConnectionRefused
                | ErrorKind::Connection
        )
    }

    /// Returns true when a connect or read timeout expired.
    pub fn is_timeout(&self) -> bool {
        self.kind() == ErrorKind::Timeout
    }

    /// Returns true when the service answered with a status of 400 or more.
    pub fn is_service(&self) -> bool {
        self.inner.service.is_some()
    }

    /// Returns true when the service answered with a status from 400 to 499.
    pub fn is_client_error(&self) -> bool {
        self.kind() == ErrorKind::ClientResponse
    }

    /// Returns true when the service answered with a status of 500 or more.
    pub fn is_server_error(&self) -> bool {
        self.kind() == ErrorKind::ServerResponse
    }

    /// Returns true for an invalid configuration or request.
    pub fn is_configuration(&self) -> bool {
        self.kind() == ErrorKind::Configuration
    }

    /// Returns true when credentials are missing or unusable.
    pub fn is_credentials(&self) -> bool {
        self.kind() == ErrorKind::Credentials
    }

    /// Returns true when the response body does not fit the response type.
    pub fn is_decode(&self) -> bool {
        self.kind() == ErrorKind::Decode
    }

    /// Returns true for a redirect that was not followed.
    pub fn is_redirect(&self) -> bool {
        self.kind() == ErrorKind::Redirect
    }

    /// Returns the HTTP status of a service error or of a redirect that was not followed, and
    /// `None` when no response arrived.
    pub fn status(&self) -> Option<u16> {
        self.inner
            .service
            .as_ref()
            .map(|service| service.status)
            .or(self.inner.redirect.as_ref().map(|(status, _)| *status))
    }

    /// Returns the request id of a service error (`X-Request-Id`).
    pub fn request_id(&self) -> Option<&str> {
        self.inner.service.as_ref()?.request_id.as_deref()
    }

    /// Returns the error code of a service error, such as `APIGW.0308`. When the body has none,
    /// the code is the status as text (`"404"`), as the official SDKs report it.
    pub fn error_code(&self) -> Option<&str> {
        Some(&self.inner.service.as_ref()?.error_code)
    }

    /// Returns the error message of a service error. When the body has none, the message is
    /// the whole body as text (possibly empty).
    pub fn error_message(&self) -> Option<&str> {
        Some(&self.inner.service.as_ref()?.error_message)
    }

    /// Returns the `encoded_authorization_message` of a service error: an encoded explanation
    /// of a permission failure, which IAM's decode API turns into text.
    pub fn encoded_authorization_message(&self) -> Option<&str> {
        self.inner
            .service
            .as_ref()?
            .encoded_authorization_message
            .as_deref()
    }

    /// Returns the `Location` of a redirect that was not followed.
    pub fn location(&self) -> Option<&str> {
        self.inner
            .redirect
            .as_ref()
            .map(|(_, location)| location.as_str())
    }

    /// Returns the JSON path of the value that failed to decode, such as `vpcs[2].routes`
    /// (empty for the top-level value).
    pub fn json_path(&self) -> Option<&str> {
        self.inner.json_path.as_deref()
    }

    /// Returns every endpoint tried and why it failed, when all endpoints of the client failed.
    pub fn attempts(&self) -> &[Attempt] {
        &self.inner.attempts
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(service) = &self.inner.service else {
            return f.write_str(&self.inner.message);
        };
        if !self.inner.message.is_empty() {
            write!(f, "{}: ", one_line(&self.inner.message))?;
        }
        write!(
            f,
            "service error {} {}: {}",
            service.status,
            one_line(&service.error_code),
            one_line(&service.error_message)
        )?;
        match &service.request_id {
            Some(id) => write!(f, " (request id {})", one_line(id)),
            None => f.write_str(" (no request id)"),
        }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut debug = f.debug_struct("Error");
        debug.field("kind", &self.inner.kind);
        if !self.inner.message.is_empty() {
            debug.field("message", &self.inner.message);
        }
        if let Some(service) = &self.inner.service {
            debug.field("status", &service.status);
            debug.field("request_id", &service.request_id);
            debug.field("error_code", &service.error_code);
            debug.field("error_message", &service.error_message);
            if let Some(encoded) = &service.encoded_authorization_message {
                debug.field("encoded_authorization_message", encoded);
            }
        }
        if let Some((status, location)) = &self.inner.redirect {
            debug.field("status", status);
            debug.field("location", location);
        }
        if let Some(source) = &self.inner.source {
            debug.field("source", source);
        }
        debug.finish()
    }
}

impl StdError for Error {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.inner
            .source
            .as_deref()
            .map(|source| source as &(dyn StdError + 'static))
    }
}

impl From<crate::credentials::CredentialsError> for Error {
    fn from(error: crate::credentials::CredentialsError) -> Self {
        Error::credentials(error.to_string())
    }
}

impl From<crate::signer::SigningError> for Error {
    fn from(error: crate::signer::SigningError) -> Self {
        use crate::signer::SigningError;
        let kind = match error {
            SigningError::KeyDerivation { .. } | SigningError::SignatureFailed { .. } => {
                ErrorKind::Credentials
            }
            _ => ErrorKind::Configuration,
        };
        Error::new(kind, format!("cannot sign the request: {error}"))
    }
}

/// Replaces line breaks and other control characters with spaces, so `Display` stays one line.
fn one_line(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(char::is_control) {
        text.chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect::<String>()
            .into()
    } else {
        text.into()
    }
}

/// Fields found in an error response body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedErrorBody {
    /// Error code, or the status as text when the body has none.
    pub error_code: String,
    /// Error message, or the whole body as text when the body has none.
    pub error_message: String,
    /// `encoded_authorization_message`, when present at a searched level.
    pub encoded_authorization_message: Option<String>,
    /// A top-level `request_id` string field, when present.
    pub request_id: Option<String>,
}

/// Extracts the error code and message from an error response body, as the official SDKs do.
///
/// The body is decoded as UTF-8 (invalid bytes become U+FFFD). If it is a JSON object, each
/// level is searched for a pair of keys, in this priority: `error_code` + `error_msg`, then
/// `errorCode` + `errorMsg`, then `code` + `message`. A pair found at the top level ends the
/// search. Otherwise every nested object is searched the same way in document order, and the
/// last nested match wins. `encoded_authorization_message` is taken from any searched level.
///
/// When the code found is empty, `null`, `0` or `false` (or nothing was found), the code is the
/// status as text. When the message is, the message is the whole body. Arrays, strings, other
/// JSON values, HTML and plain text therefore give the status as code and the body as message.
/// A number as code is kept as its JSON text (`400`).
pub fn parse_error_body(status: u16, body: &[u8]) -> ParsedErrorBody {
    let text = String::from_utf8_lossy(body);
    let mut found = Found::default();
    let mut request_id = None;
    if let Ok(OrderedJson::Object(entries)) = serde_json::from_str::<OrderedJson>(&text) {
        request_id = entries.iter().find_map(|(key, value)| match value {
            OrderedJson::Scalar(serde_json::Value::String(id)) if key == "request_id" => {
                Some(id.clone())
            }
            _ => None,
        });
        search_level(&entries, &mut found);
    }
    let error_code = found
        .code
        .filter(|code| !is_falsy(code))
        .map_or_else(|| status.to_string(), |code| code.text());
    let error_message = found
        .message
        .filter(|message| !is_falsy(message))
        .map_or_else(|| text.clone().into_owned(), |message| message.text());
    ParsedErrorBody {
        error_code,
        error_message,
        encoded_authorization_message: found.encoded_authorization_message,
        request_id,
    }
}

const ERROR_KEY_PAIRS: [(&str, &str); 3] = [
    ("error_code", "error_msg"),
    ("errorCode", "errorMsg"),
    ("code", "message"),
];

#[derive(Default)]
struct Found {
    code: Option<OrderedJson>,
    message: Option<OrderedJson>,
    encoded_authorization_message: Option<String>,
}

fn search_level(entries: &[(String, OrderedJson)], found: &mut Found) {
    let get = |name: &str| {
        entries
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value)
    };
    if let Some(OrderedJson::Scalar(serde_json::Value::String(encoded))) =
        get("encoded_authorization_message")
    {
        found.encoded_authorization_message = Some(encoded.clone());
    }
    for (code_key, message_key) in ERROR_KEY_PAIRS {
        if let (Some(code), Some(message)) = (get(code_key), get(message_key)) {
            found.code = Some(code.clone());
            found.message = Some(message.clone());
            return;
        }
    }
    for (_, value) in entries {
        if let OrderedJson::Object(nested) = value {
            search_level(nested, found);
        }
    }
}

fn is_falsy(value: &OrderedJson) -> bool {
    match value {
        OrderedJson::Object(entries) => entries.is_empty(),
        OrderedJson::Scalar(serde_json::Value::Null) => true,
        OrderedJson::Scalar(serde_json::Value::Bool(flag)) => !flag,
        OrderedJson::Scalar(serde_json::Value::String(text)) => text.is_empty(),
        OrderedJson::Scalar(serde_json::Value::Number(number)) => number.as_f64() == Some(0.0),
        OrderedJson::Scalar(serde_json::Value::Array(items)) => items.is_empty(),
        OrderedJson::Scalar(serde_json::Value::Object(map)) => map.is_empty(),
    }
}

/// A JSON value whose objects keep their keys in document order, whatever features
/// `serde_json` was built with: the error-body search order depends on it.
#[derive(Debug, Clone)]
enum OrderedJson {
    Object(Vec<(String, OrderedJson)>),
    /// Anything but an object (arrays keep serde_json's own representation).
    Scalar(serde_json::Value),
}

impl OrderedJson {
    fn text(&self) -> String {
        match self {
            OrderedJson::Scalar(serde_json::Value::String(text)) => text.clone(),
            OrderedJson::Scalar(other) => other.to_string(),
            OrderedJson::Object(entries) => {
                let map: serde_json::Map<String, serde_json::Value> = entries
                    .iter()
                    .map(|(key, value)| (key.clone(), value.to_value()))
                    .collect();
                serde_json::Value::Object(map).to_string()
            }
        }
    }

    fn to_value(&self) -> serde_json::Value {
        match self {
            OrderedJson::Scalar(value) => value.clone(),
            OrderedJson::Object(_) => {
                serde_json::from_str(&self.text()).unwrap_or(serde_json::Value::Null)
            }
        }
    }
}

impl<'de> serde::Deserialize<'de> for OrderedJson {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(OrderedJsonVisitor)
    }
}

struct OrderedJsonVisitor;

impl<'de> serde::de::Visitor<'de> for OrderedJsonVisitor {
    type Value = OrderedJson;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, value: bool) -> Result<OrderedJson, E> {
        Ok(OrderedJson::Scalar(value.into()))
    }

    fn visit_i64<E>(self, value: i64) -> Result<OrderedJson, E> {
        Ok(OrderedJson::Scalar(value.into()))
    }

    fn visit_u64<E>(self, value: u64) -> Result<OrderedJson, E> {
        Ok(OrderedJson::Scalar(value.into()))
    }

    fn visit_f64<E>(self, value: f64) -> Result<OrderedJson, E> {
        Ok(OrderedJson::Scalar(value.into()))
    }

    fn visit_str<E>(self, value: &str) -> Result<OrderedJson, E> {
        Ok(OrderedJson::Scalar(value.into()))
    }

    fn visit_string<E>(self, value: String) -> Result<OrderedJson, E> {
        Ok(OrderedJson::Scalar(value.into()))
    }

    fn visit_unit<E>(self) -> Result<OrderedJson, E> {
        Ok(OrderedJson::Scalar(serde_json::Value::Null))
    }

    fn visit_none<E>(self) -> Result<OrderedJson, E> {
        Ok(OrderedJson::Scalar(serde_json::Value::Null))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<OrderedJson, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<OrderedJson>()? {
            items.push(item.to_value());
        }
        Ok(OrderedJson::Scalar(serde_json::Value::Array(items)))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<OrderedJson, A::Error> {
        let mut entries = Vec::new();
        while let Some((key, value)) = map.next_entry::<String, OrderedJson>()? {
            entries.push((key, value));
        }
        Ok(OrderedJson::Object(entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_is_send_sync_static() {
        fn assert_traits<T: Send + Sync + 'static + StdError>() {}
        assert_traits::<Error>();
    }

    #[test]
    fn one_line_display_for_multiline_message() {
        let error = Error::from_response(400, Some("r1"), br#"{"code":"C","message":"a\nb"}"#);
        assert_eq!(
            error.to_string(),
            "service error 400 C: a b (request id r1)"
        );
    }

    #[test]
    fn request_id_falls_back_to_body() {
        let body = br#"{"error_code":"E","error_msg":"m","request_id":"body-id"}"#;
        let error = Error::from_response(400, None, body);
        assert_eq!(error.request_id(), Some("body-id"));
        let error = Error::from_response(400, Some("header-id"), body);
        assert_eq!(error.request_id(), Some("header-id"));
    }
}
