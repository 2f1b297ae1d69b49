//! Request and response hooks: debugging aids that see each signed request and each response.
//!
//! Hooks run on the task that sends the call, once per attempt (retries, failover and
//! redirect hops each call them again). They cannot change the request. The views mask the
//! values of `Authorization`, `X-Security-Token` and other credential headers with `***`.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::HeaderMap;

use crate::signer::SigningRequest;

/// Header names whose values hooks and logs never see.
const MASKED_HEADERS: [&str; 5] = [
    "authorization",
    "proxy-authorization",
    "x-security-token",
    "x-auth-token",
    "x-subject-token",
];

/// Returns true when the value of header `name` must not be shown.
pub(crate) fn is_masked(name: &str) -> bool {
    MASKED_HEADERS
        .iter()
        .any(|masked| masked.eq_ignore_ascii_case(name))
}

/// A signed request about to be sent.
pub struct SignedRequestView<'a> {
    pub(crate) request: &'a SigningRequest,
    pub(crate) url: &'a str,
}

impl SignedRequestView<'_> {
    /// Returns the HTTP method.
    pub fn method(&self) -> &str {
        &self.request.method
    }

    /// Returns the full URL sent.
    pub fn url(&self) -> &str {
        self.url
    }

    /// Returns `host[:port]`.
    pub fn host(&self) -> &str {
        &self.request.host
    }

    /// Returns the headers sent, in order, with credential values replaced by `***`.
    pub fn headers(&self) -> Vec<(&str, &str)> {
        self.request
            .headers
            .iter()
            .map(|(name, value)| {
                let shown = if is_masked(name) {
                    "***"
                } else {
                    value.as_str()
                };
                (name.as_str(), shown)
            })
            .collect()
    }

    /// Returns the value of header `name` (compared case-insensitively), masked as in
    /// [`headers`](Self::headers).
    pub fn header(&self, name: &str) -> Option<&str> {
        let value = self.request.header(name)?;
        Some(if is_masked(name) { "***" } else { value })
    }
}

impl fmt::Debug for SignedRequestView<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SignedRequestView")
            .field("method", &self.method())
            .field("url", &self.url)
            .field("headers", &self.headers())
            .finish()
    }
}

/// A response as received, before error handling and decoding.
#[derive(Debug)]
pub struct ResponseView<'a> {
    pub(crate) method: &'a str,
    pub(crate) url: &'a str,
    pub(crate) status: u16,
    pub(crate) headers: &'a HeaderMap,
    pub(crate) elapsed: Duration,
}

impl ResponseView<'_> {
    /// Returns the method of the request.
    pub fn method(&self) -> &str {
        self.method
    }

    /// Returns the URL of the request.
    pub fn url(&self) -> &str {
        self.url
    }

    /// Returns the HTTP status.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// Returns the response headers.
    pub fn headers(&self) -> &HeaderMap {
        self.headers
    }

    /// Returns the time from sending the request to receiving the response headers.
    pub fn elapsed(&self) -> Duration {
        self.elapsed
    }
}

/// A request hook.
pub type RequestHook = Arc<dyn Fn(&SignedRequestView<'_>) + Send + Sync>;
/// A response hook.
pub type ResponseHook = Arc<dyn Fn(&ResponseView<'_>) + Send + Sync>;

/// The hooks of a client.
#[derive(Clone, Default)]
pub(crate) struct Hooks {
    pub(crate) request: Vec<RequestHook>,
    pub(crate) response: Vec<ResponseHook>,
}

impl fmt::Debug for Hooks {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Hooks")
            .field("request", &self.request.len())
            .field("response", &self.response.len())
            .finish()
    }
}
