//! The bare reqwest floor: replays a request that the fixed-reply server captured from the SDK
//! (same method, path, headers and body, the signature included), with no signing and no JSON
//! work, so that the SDK's time over it is the SDK's own overhead.

use crate::server::CapturedRequest;
use bytes::Bytes;

/// A captured request, ready to replay.
#[derive(Debug, Clone)]
pub struct Replay {
    method: reqwest::Method,
    url: String,
    headers: reqwest::header::HeaderMap,
    body: Bytes,
}

/// Builds a reqwest client with default settings, no proxy and `TCP_NODELAY`, as the floor
/// uses.
///
/// # Errors
///
/// Returns a message when reqwest cannot build the client.
pub fn plain_client() -> Result<reqwest::Client, String> {
    reqwest::Client::builder()
        .no_proxy()
        .tcp_nodelay(true)
        .build()
        .map_err(|e| format!("building the reqwest client failed: {e}"))
}

impl Replay {
    /// Prepares `captured` for replay against `endpoint` (such as `http://127.0.0.1:8080`).
    ///
    /// # Errors
    ///
    /// Returns a message naming the method or header that reqwest cannot send.
    pub fn from_captured(endpoint: &str, captured: &CapturedRequest) -> Result<Replay, String> {
        let method = reqwest::Method::from_bytes(captured.method.as_bytes())
            .map_err(|e| format!("captured method {:?} is invalid: {e}", captured.method))?;
        let mut headers = reqwest::header::HeaderMap::new();
        for (name, value) in &captured.headers {
            // reqwest derives these two from the URL and the body, as the SDK's transport did.
            if name.eq_ignore_ascii_case("host") || name.eq_ignore_ascii_case("content-length") {
                continue;
            }
            let name = reqwest::header::HeaderName::from_bytes(name.as_bytes())
                .map_err(|e| format!("captured header name {name:?} is invalid: {e}"))?;
            let value = reqwest::header::HeaderValue::from_str(value)
                .map_err(|e| format!("captured value of {name} is invalid: {e}"))?;
            headers.append(name, value);
        }
        Ok(Replay {
            method,
            url: format!(
                "{}{}",
                endpoint.trim_end_matches('/'),
                captured.path_and_query
            ),
            headers,
            body: Bytes::from(captured.body.clone()),
        })
    }

    /// Fetches the request of `operation` (`ListVpcs` or `CreateVpc`) that the server at
    /// `endpoint` captured, through its `/__bench/captured/` route.
    ///
    /// # Errors
    ///
    /// Returns a message when the server cannot be reached, has captured nothing yet, or
    /// returns a document that is not a captured request.
    pub async fn fetch(endpoint: &str, operation: &str) -> Result<Replay, String> {
        let endpoint = endpoint.trim_end_matches('/');
        let url = format!("{endpoint}/__bench/captured/{operation}");
        let response = plain_client()?
            .get(&url)
            .send()
            .await
            .map_err(|e| format!("GET {url} failed: {e}"))?;
        if !response.status().is_success() {
            return Err(format!(
                "GET {url} returned {}: run an SDK mode against this server first",
                response.status()
            ));
        }
        let body = response
            .bytes()
            .await
            .map_err(|e| format!("GET {url} failed while reading the body: {e}"))?;
        let captured: serde_json::Value = serde_json::from_slice(&body)
            .map_err(|e| format!("GET {url} returned invalid JSON: {e}"))?;

        let text = |field: &str| {
            captured[field]
                .as_str()
                .map(str::to_owned)
                .ok_or_else(|| format!("captured request has no string field `{field}`"))
        };
        let mut headers = Vec::new();
        for pair in captured["headers"].as_array().into_iter().flatten() {
            let (Some(name), Some(value)) = (pair[0].as_str(), pair[1].as_str()) else {
                return Err(format!(
                    "captured header {pair} is not a [name, value] pair"
                ));
            };
            headers.push((name.to_owned(), value.to_owned()));
        }
        let captured = CapturedRequest {
            method: text("method")?,
            path_and_query: text("path_and_query")?,
            headers,
            body: text("body")?,
        };
        Replay::from_captured(endpoint, &captured)
    }

    /// Sends the request once with `client` and reads the whole reply.
    ///
    /// # Errors
    ///
    /// Returns a message for a transport failure or a status other than 2xx.
    pub async fn send(&self, client: &reqwest::Client) -> Result<(), String> {
        let response = client
            .request(self.method.clone(), &self.url)
            .headers(self.headers.clone())
            .body(self.body.clone())
            .send()
            .await
            .map_err(|e| e.to_string())?;
        let status = response.status();
        let body = response.bytes().await.map_err(|e| e.to_string())?;
        if status.is_success() {
            Ok(())
        } else {
            Err(format!(
                "status {status}: {}",
                String::from_utf8_lossy(&body)
            ))
        }
    }
}
