//! The request as the signer takes it.

use std::fmt;

use bytes::Bytes;

use super::canonical;
use super::sign::SigningError;

/// The body of a request as far as signing is concerned.
#[derive(Clone, Default, PartialEq, Eq)]
pub enum Payload {
    /// No body. Hashed as the empty string.
    #[default]
    Empty,
    /// A body known in full. Hashed, unless a non-JSON `Content-Type` makes it `UNSIGNED-PAYLOAD`;
    /// an empty one is hashed as the empty string.
    Bytes(Bytes),
    /// A body that is not hashed, such as a stream that should not be read into memory. Signed
    /// as `UNSIGNED-PAYLOAD`, with the content header added so the server does the same.
    Unsigned,
}

impl Payload {
    pub(crate) fn bytes(&self) -> Option<&[u8]> {
        match self {
            Payload::Empty => Some(&[]),
            Payload::Bytes(bytes) => Some(bytes),
            Payload::Unsigned => None,
        }
    }
}

impl fmt::Debug for Payload {
    // Shows only the length: bodies can carry passwords and keys.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Payload::Empty => f.write_str("Empty"),
            Payload::Bytes(bytes) => write!(f, "Bytes({} bytes)", bytes.len()),
            Payload::Unsigned => f.write_str("Unsigned"),
        }
    }
}

impl From<Vec<u8>> for Payload {
    fn from(body: Vec<u8>) -> Self {
        Payload::Bytes(Bytes::from(body))
    }
}

impl From<String> for Payload {
    fn from(body: String) -> Self {
        Payload::Bytes(Bytes::from(body))
    }
}

impl From<&'static str> for Payload {
    fn from(body: &'static str) -> Self {
        Payload::Bytes(Bytes::from_static(body.as_bytes()))
    }
}

impl From<Bytes> for Payload {
    fn from(body: Bytes) -> Self {
        Payload::Bytes(body)
    }
}

/// One HTTP request as the signer takes it. After [`sign`](super::sign) the runtime sends
/// exactly [`url`](Self::url), `method`, `headers` (in this order) and the payload.
#[derive(Clone, Default)]
pub struct SigningRequest {
    /// HTTP method, e.g. `GET`. Upper-cased in the canonical request.
    pub method: String,
    /// URL scheme, `https` or `http`.
    pub scheme: String,
    /// `host[:port]` exactly as in the endpoint; a non-default port is kept and signed.
    pub host: String,
    /// Resource path in wire form, path parameters already percent-encoded
    /// (`/v1/{project_id}/...` filled in). A raw path also works: [`url`](Self::url) encodes
    /// what is not valid in a path, and the canonical URI is the same for both forms.
    pub path: String,
    /// Raw (not encoded) query pairs in caller order; a key may repeat.
    pub query: Vec<(String, String)>,
    /// Headers in insertion order. Signing trims values at both ends (the trimmed value is the
    /// one signed and sent) and appends the headers it adds.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub payload: Payload,
}

impl SigningRequest {
    /// Creates a request with no query, headers or body.
    pub fn new(
        method: impl Into<String>,
        scheme: impl Into<String>,
        host: impl Into<String>,
        path: impl Into<String>,
    ) -> Self {
        SigningRequest {
            method: method.into(),
            scheme: scheme.into(),
            host: host.into(),
            path: path.into(),
            ..SigningRequest::default()
        }
    }

    /// Creates a request from an absolute URL such as
    /// `https://vpc.example.test:8443/v1/vpcs?limit=10&marker=a%20b`. The query is split into
    /// percent-decoded pairs (a `+` stays a `+`); a `#fragment` is dropped.
    ///
    /// The URL is split by hand rather than with the `url` crate, because that crate normalizes
    /// paths (dot segments, escapes) and hosts, which would change what gets signed.
    ///
    /// # Errors
    ///
    /// [`SigningError::InvalidUrl`] when the URL has no `scheme://`, no host, or user info.
    pub fn from_url(method: impl Into<String>, url: &str) -> Result<Self, SigningError> {
        let invalid = |reason: &'static str| SigningError::InvalidUrl {
            url: url.to_string(),
            reason,
        };
        let (scheme, rest) = url
            .split_once("://")
            .ok_or_else(|| invalid("expected an absolute URL such as https://host/path"))?;
        let rest = rest.split_once('#').map_or(rest, |(before, _)| before);
        let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
        let (host, path_and_query) = rest.split_at(authority_end);
        if host.is_empty() {
            return Err(invalid("the host is empty"));
        }
        if host.contains('@') {
            return Err(invalid(
                "user info (`user:password@`) is not supported in the URL",
            ));
        }
        let (path, query) = path_and_query
            .split_once('?')
            .unwrap_or((path_and_query, ""));
        let mut request = SigningRequest::new(method, scheme, host, path);
        request.query = canonical::parse_query(query);
        Ok(request)
    }

    /// Appends a raw query pair.
    pub fn with_query(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.query.push((key.into(), value.into()));
        self
    }

    /// Appends a header.
    pub fn with_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Sets the payload.
    pub fn with_payload(mut self, payload: impl Into<Payload>) -> Self {
        self.payload = payload.into();
        self
    }

    /// Returns the value of the first header named `name`, compared case-insensitively.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(candidate, _)| candidate.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    /// Returns the URL to send: `scheme://host`, the path in wire form, and `?` with the
    /// canonical query string when there is a query (the wire query is the canonical one, so
    /// it is sorted).
    pub fn url(&self) -> String {
        let mut url = String::with_capacity(
            self.scheme.len() + 3 + self.host.len() + self.path.len() + 16 * self.query.len(),
        );
        url.push_str(&self.scheme);
        url.push_str("://");
        url.push_str(&self.host);
        canonical::wire_path_into(&mut url, &self.path);
        if !self.query.is_empty() {
            url.push('?');
            canonical::canonical_query_into(&mut url, &self.query);
        }
        url
    }
}

/// Header names whose values `Debug` output masks.
const SENSITIVE_HEADERS: [&str; 5] = [
    "authorization",
    "proxy-authorization",
    "x-security-token",
    "x-auth-token",
    "x-subject-token",
];

pub(crate) fn is_sensitive_header(name: &str) -> bool {
    SENSITIVE_HEADERS
        .iter()
        .any(|sensitive| sensitive.eq_ignore_ascii_case(name))
}

impl fmt::Debug for SigningRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct Headers<'a>(&'a [(String, String)]);
        impl fmt::Debug for Headers<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_list()
                    .entries(self.0.iter().map(|(name, value)| {
                        let shown = if is_sensitive_header(name) {
                            "***"
                        } else {
                            value.as_str()
                        };
                        (name.as_str(), shown)
                    }))
                    .finish()
            }
        }
        f.debug_struct("SigningRequest")
            .field("method", &self.method)
            .field("scheme", &self.scheme)
            .field("host", &self.host)
            .field("path", &self.path)
            .field("query", &self.query)
            .field("headers", &Headers(&self.headers))
            .field("payload", &self.payload)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_url_splits_parts() {
        let request = SigningRequest::from_url(
            "GET",
            "https://example.test:8443/v1/a%20b?limit=1&q=x%2By+z#frag",
        )
        .expect("valid URL");
        assert_eq!(request.scheme, "https");
        assert_eq!(request.host, "example.test:8443");
        assert_eq!(request.path, "/v1/a%20b");
        let expected = [
            ("limit".to_string(), "1".to_string()),
            ("q".to_string(), "x+y+z".to_string()),
        ];
        assert_eq!(request.query, expected);
    }

    #[test]
    fn from_url_without_path() {
        let request = SigningRequest::from_url("GET", "http://127.0.0.1:1?a=b").expect("valid");
        assert_eq!(request.host, "127.0.0.1:1");
        assert_eq!(request.path, "");
        assert_eq!(request.url(), "http://127.0.0.1:1/?a=b");
    }

    #[test]
    fn from_url_rejects_bad_input() {
        for bad in [
            "example.test/path",
            "https:///path",
            "https://user:pw@host/",
        ] {
            let error = SigningRequest::from_url("GET", bad).expect_err("must be rejected");
            assert!(matches!(error, SigningError::InvalidUrl { .. }), "{bad}");
        }
    }

    #[test]
    fn url_sorts_and_encodes_query() {
        let request = SigningRequest::new("GET", "https", "h.test", "/v1/x")
            .with_query("b", "2 3")
            .with_query("a", "1");
        assert_eq!(request.url(), "https://h.test/v1/x?a=1&b=2%203");
    }

    #[test]
    fn debug_masks_sensitive_headers() {
        let request = SigningRequest::new("GET", "https", "h.test", "/")
            .with_header("X-Security-Token", "TOKEN-VALUE")
            .with_header("Authorization", "Bearer BEARER-VALUE")
            .with_header("X-Other", "visible")
            .with_payload("password=PAYLOAD-SECRET");
        let debug = format!("{request:?}");
        assert!(!debug.contains("TOKEN-VALUE"), "{debug}");
        assert!(!debug.contains("BEARER-VALUE"), "{debug}");
        assert!(!debug.contains("PAYLOAD-SECRET"), "{debug}");
        assert!(debug.contains("visible"), "{debug}");
    }
}
