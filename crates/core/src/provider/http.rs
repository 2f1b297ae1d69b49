//! The HTTP calls of the providers: unsigned requests to the metadata service, IAM, STS and
//! the pod identity agent, with errors that name the call.

use std::sync::OnceLock;
use std::time::Duration;

use bytes::Bytes;
use reqwest::header::HeaderMap;

use crate::error::Error;
use crate::provider::CredentialsContext;

/// `User-Agent` of provider requests.
pub(crate) const USER_AGENT: &str = crate::user_agent::PREFIX;

/// A reqwest client built on first use, so that creating a provider does no work that can
/// fail.
#[derive(Debug)]
pub(crate) struct LazyClient {
    connect_timeout: Duration,
    read_timeout: Duration,
    /// Connect directly even when `HTTPS_PROXY`/`HTTP_PROXY` are set. The metadata service and
    /// the pod identity agent are only reachable from the machine itself, and a provider
    /// given its own environment reads nothing from the process.
    direct: bool,
    client: OnceLock<reqwest::Client>,
}

impl LazyClient {
    pub(crate) fn new(connect_timeout: Duration, read_timeout: Duration, direct: bool) -> Self {
        LazyClient {
            connect_timeout,
            read_timeout,
            direct,
            client: OnceLock::new(),
        }
    }

    /// Returns a client that uses `client` (for example the SDK client's, with its proxy and
    /// CA settings) instead of building one.
    pub(crate) fn from_client(client: reqwest::Client) -> Self {
        let lazy = LazyClient::new(Duration::ZERO, Duration::ZERO, false);
        let _ = lazy.client.set(client);
        lazy
    }

    /// Returns the HTTP client of the calling SDK client from `context` when it has one, and
    /// this provider's own client otherwise. IAM and STS calls use it, because they follow the
    /// SDK client's [`HttpConfig`](crate::config::HttpConfig).
    pub(crate) fn get_for<'c>(
        &'c self,
        context: &CredentialsContext<'c>,
    ) -> Result<&'c reqwest::Client, Error> {
        match context.http_client() {
            Some(client) => Ok(client),
            None => self.get(),
        }
    }

    pub(crate) fn get(&self) -> Result<&reqwest::Client, Error> {
        if let Some(client) = self.client.get() {
            return Ok(client);
        }
        let mut builder = reqwest::Client::builder()
            .connect_timeout(self.connect_timeout)
            .read_timeout(self.read_timeout)
            .redirect(reqwest::redirect::Policy::none());
        if self.direct {
            builder = builder.no_proxy();
        }
        let client = builder.build().map_err(|error| {
            Error::configuration("cannot build the HTTP client of a credentials provider")
                .with_source(error)
        })?;
        Ok(self.client.get_or_init(|| client))
    }
}

/// A response read to the end.
#[derive(Debug)]
pub(crate) struct Received {
    pub(crate) status: u16,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
}

impl Received {
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|value| value.to_str().ok())
    }

    pub(crate) fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }

    /// Returns the service error of a failed response: status, error code and request id.
    pub(crate) fn to_error(&self) -> Error {
        Error::from_response(self.status, self.header("x-request-id"), &self.body)
    }

    /// Returns the body as text for error messages, cut to 200 characters.
    pub(crate) fn body_excerpt(&self) -> String {
        let text = String::from_utf8_lossy(&self.body);
        let text = text.trim();
        match text.char_indices().nth(200) {
            Some((end, _)) => format!("{}...", &text[..end]),
            None => text.to_owned(),
        }
    }
}

/// Sends `request` and reads the whole response. `request_line` names the call in errors, such
/// as `PUT http://169.254.169.254/meta-data/latest/api/token`.
pub(crate) async fn send(
    request: reqwest::RequestBuilder,
    request_line: &str,
) -> Result<Received, Error> {
    let response = request.send().await.map_err(|error| {
        let failure = crate::transport::classify(&error);
        Error::new(
            failure.kind,
            format!("{request_line} failed: {}", failure.message),
        )
    })?;
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response.bytes().await.map_err(|error| {
        let kind = if error.is_timeout() {
            crate::error::ErrorKind::Timeout
        } else {
            crate::error::ErrorKind::Connection
        };
        Error::new(
            kind,
            format!("{request_line} failed while reading the response body: {error}"),
        )
    })?;
    Ok(Received {
        status,
        headers,
        body,
    })
}

/// Returns `endpoint` without trailing slashes, with `https://` added when it has no scheme.
pub(crate) fn normalize_endpoint(endpoint: &str) -> String {
    let endpoint = endpoint.trim().trim_end_matches('/');
    if endpoint.contains("://") {
        endpoint.to_owned()
    } else {
        format!("https://{endpoint}")
    }
}
