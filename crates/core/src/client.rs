//! The service client every generated client wraps.
//!
//! One call goes through these steps:
//!
//! 1. the credentials provider returns credentials, and an identity resolver (if any) fills in
//!    a missing project or domain id;
//! 2. the operation descriptor renders path, query, headers and body;
//! 3. each attempt (see [`RetryPolicy`]) tries the endpoints in turn. The request is signed
//!    for the endpoint's host with the current time and sent. A connection failure (DNS,
//!    refused, TLS handshake, connect timeout) moves on to the next endpoint, and any HTTP
//!    response ends the attempt;
//! 4. redirects are returned as errors, or followed and signed again when enabled (never to
//!    another host with temporary credentials, whose security token stays with the configured
//!    endpoints);
//! 5. a status of 400 or more becomes an [`Error`] with the service's error code; otherwise
//!    the body is decoded into the response type.
//!
//! Differences from the official Python core: failover also covers connection refused and
//! connect timeouts (a request that never reached a server is always safe to send elsewhere),
//! works for async calls, and returns to a failed endpoint after a cool-down instead of
//! staying on the next one for the life of the client.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use bytes::Bytes;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use crate::body;
use crate::config::{HttpConfig, MAX_REDIRECTS};
use crate::credentials::Credentials;
use crate::env::Environment;
use crate::error::{Attempt, Error, ErrorKind};
use crate::hooks::{Hooks, ResponseView, SignedRequestView};
use crate::json::{FromJson, Map, Value};
use crate::operation::{
    CredentialKind, IntoRequestParts, OperationInfo, RequestParts, ResponseKind, ServiceInfo,
};
use crate::provider::{
    CredentialsContext, CredentialsProviderChain, IamIdentityResolver, ProvideCredentials,
    ResolveIdentity, StaticCredentials,
};
use crate::region::Region;
use crate::render::{self, RenderSettings, RenderedBody, RenderedRequest};
use crate::response::{Download, Progress, ProgressCallback, Response};
use crate::retry::{self, AttemptOutcome, RetryPolicy};
use crate::signer::{self, IdentityHeaders, SigningAlgorithm, SigningParams, SigningRequest};
use crate::transport::{self, Endpoint, Endpoints};

/// Default time an endpoint that failed to connect is skipped before it is tried first again.
pub const DEFAULT_FAILOVER_COOLDOWN: Duration = Duration::from_secs(60);

/// Per-call options: extra headers, a retry policy and an upload progress callback.
#[derive(Clone, Default)]
pub struct CallOptions {
    headers: Vec<(String, String)>,
    retry: Option<RetryPolicy>,
    upload_progress: Option<ProgressCallback>,
}

impl CallOptions {
    /// Creates empty options.
    pub fn new() -> Self {
        CallOptions::default()
    }

    /// Adds a header sent with the call (and signed). It replaces a header of the same name
    /// that the operation would send. A `User-Agent` replaces the platform part of the SDK's
    /// own user agent.
    #[must_use]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Retries the call under `policy` (default: a single attempt).
    #[must_use]
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// Calls `callback` as the request body is sent, with the bytes sent so far and the total.
    #[must_use]
    pub fn upload_progress(mut self, callback: impl Fn(Progress) + Send + Sync + 'static) -> Self {
        self.upload_progress = Some(Arc::new(callback));
        self
    }
}

impl fmt::Debug for CallOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let headers: Vec<(&str, &str)> = self
            .headers
            .iter()
            .map(|(name, value)| {
                let shown = if crate::hooks::is_masked(name) {
                    "***"
                } else {
                    value.as_str()
                };
                (name.as_str(), shown)
            })
            .collect();
        f.debug_struct("CallOptions")
            .field("headers", &headers)
            .field("retry", &self.retry)
            .field("upload_progress", &self.upload_progress.is_some())
            .finish()
    }
}

/// A request not described by an operation, for [`Client::send_raw`].
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct RawRequest {
    /// HTTP method, such as `GET`.
    pub method: String,
    /// Path in wire form (percent-encoded), such as `/v1/{project_id}/vpcs`. `{project_id}`
    /// and `{domain_id}` are filled in from the credentials.
    pub path: String,
    /// Raw (not encoded) query pairs.
    pub query: Vec<(String, String)>,
    /// Headers. `Content-Type` defaults to `application/json`.
    pub headers: Vec<(String, String)>,
    /// Body, if any. JSON bodies are hashed; others are signed as `UNSIGNED-PAYLOAD`.
    pub body: Option<Bytes>,
}

impl RawRequest {
    /// Creates a request without query, headers or body.
    pub fn new(method: impl Into<String>, path: impl Into<String>) -> Self {
        RawRequest {
            method: method.into(),
            path: path.into(),
            ..RawRequest::default()
        }
    }
}

/// An async client for one API version of a service. Cheap to clone; clones share connections,
/// endpoint health and credentials. Safe to use from many tasks and threads at once.
#[derive(Clone)]
pub struct Client {
    inner: Arc<ClientInner>,
    options: CallOptions,
}

struct ClientInner {
    service: &'static ServiceInfo,
    http: reqwest::Client,
    endpoints: Endpoints,
    credentials: Arc<dyn ProvideCredentials>,
    identity: Option<Arc<dyn ResolveIdentity>>,
    region: Option<String>,
    config: HttpConfig,
    user_agent: String,
    hooks: Hooks,
    access_log: bool,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let endpoints: Vec<String> = self
            .inner
            .endpoints
            .all()
            .iter()
            .map(Endpoint::url)
            .collect();
        f.debug_struct("Client")
            .field("service", &self.inner.service.name)
            .field("version", &self.inner.service.version)
            .field("region", &self.inner.region)
            .field("endpoints", &endpoints)
            .field("credentials", &self.inner.credentials)
            .field("config", &self.inner.config)
            .field("hooks", &self.inner.hooks)
            .field("options", &self.options)
            .finish()
    }
}

/// A response whose headers arrived and whose body is still unread.
struct Received {
    response: reqwest::Response,
    status: u16,
    headers: HeaderMap,
    request_id: Option<String>,
}

impl Client {
    /// Sends one operation and decodes its JSON response into `T`.
    ///
    /// # Errors
    ///
    /// Returns an [`Error`] for transport failures, error responses and undecodable bodies.
    pub async fn call<R, T>(
        &self,
        operation: &'static OperationInfo,
        request: R,
    ) -> Result<Response<T>, Error>
    where
        R: IntoRequestParts,
        T: FromJson,
    {
        let (value, status, headers, request_id, body) =
            self.call_value(operation, request.into_parts()).await?;
        let data = T::from_json(value).map_err(|error| Error::decode(operation.name, error))?;
        Ok(Response::new(data, status, headers, request_id, body))
    }

    /// Sends one operation whose response body is streamed to the caller.
    ///
    /// # Errors
    ///
    /// Returns an [`Error`] for transport failures and error responses.
    pub async fn download<R>(
        &self,
        operation: &'static OperationInfo,
        request: R,
    ) -> Result<Download, Error>
    where
        R: IntoRequestParts,
    {
        let received = self.send(operation, request.into_parts()).await?;
        Ok(Download::new(
            received.response,
            received.headers,
            received.request_id,
        ))
    }

    /// Sends a request that no operation describes, signed like any other, and returns the
    /// raw body. `{project_id}` and `{domain_id}` in the path are filled in from the
    /// credentials.
    ///
    /// # Errors
    ///
    /// As [`call`](Self::call), without decoding. A configuration error when the path has
    /// `{project_id}` or `{domain_id}` and the credentials have no such id.
    pub async fn send_raw(&self, request: RawRequest) -> Result<Response<Bytes>, Error> {
        let credentials = self.credentials().await?;
        let mut path = request.path;
        for (placeholder, value, fix) in [
            (
                "{project_id}",
                credentials.project_id(),
                "set HUAWEICLOUD_SDK_PROJECT_ID, or give the client a region so that it looks \
                 the project id up through IAM",
            ),
            (
                "{domain_id}",
                credentials.domain_id(),
                "set HUAWEICLOUD_SDK_DOMAIN_ID or call Credentials::with_domain_id",
            ),
        ] {
            if !path.contains(placeholder) {
                continue;
            }
            // Sending the placeholder itself would get a confusing error from the service.
            let Some(value) = value else {
                return Err(Error::configuration(format!(
                    "path `{path}` needs {placeholder} and the credentials have none: {fix}"
                )));
            };
            path = path.replace(placeholder, value);
        }
        let mut headers = request.headers;
        if !has_header(&headers, "Content-Type") {
            headers.insert(
                0,
                ("Content-Type".to_owned(), "application/json".to_owned()),
            );
        }
        let rendered = RenderedRequest {
            method: request.method.to_ascii_uppercase(),
            path,
            query: request.query,
            headers,
            cname: None,
            body: request
                .body
                .map_or(RenderedBody::Empty, RenderedBody::Bytes),
        };
        let received = self.execute(rendered, &credentials).await?;
        let (status, headers, request_id, body) = read_received(received).await?;
        Ok(Response::new(
            body.clone(),
            status,
            headers,
            request_id,
            body,
        ))
    }

    /// Returns a client that applies `options` to every call it makes.
    #[must_use]
    pub fn with_options(&self, options: CallOptions) -> Client {
        Client {
            inner: Arc::clone(&self.inner),
            options,
        }
    }

    /// Returns the service this client calls.
    pub fn service(&self) -> &'static ServiceInfo {
        self.inner.service
    }

    /// Returns the endpoints, in order of preference.
    pub fn endpoints(&self) -> Vec<String> {
        self.inner
            .endpoints
            .all()
            .iter()
            .map(Endpoint::url)
            .collect()
    }

    /// Returns the `User-Agent` sent with each request.
    pub fn user_agent(&self) -> &str {
        &self.inner.user_agent
    }

    async fn call_value(
        &self,
        operation: &'static OperationInfo,
        parts: RequestParts,
    ) -> Result<(Value, u16, HeaderMap, Option<String>, Bytes), Error> {
        let received = self.send(operation, parts).await?;
        let (status, headers, request_id, body) = read_received(received).await?;
        let value = response_value(operation, &headers, &body)?;
        Ok((value, status, headers, request_id, body))
    }

    async fn credentials(&self) -> Result<Credentials, Error> {
        let context = CredentialsContext::new(self.inner.service, self.inner.region.as_deref())
            .with_http_client(&self.inner.http);
        let credentials = self.inner.credentials.credentials(&context).await?;
        let missing = match self.inner.service.credential_kind {
            CredentialKind::Global => credentials.domain_id().is_none(),
            _ => credentials.project_id().is_none(),
        };
        match &self.inner.identity {
            Some(resolver) if missing => resolver.resolve(credentials, &context).await,
            _ => Ok(credentials),
        }
    }

    /// Renders and sends one operation: the non-generic part of every call.
    async fn send(
        &self,
        operation: &'static OperationInfo,
        parts: RequestParts,
    ) -> Result<Received, Error> {
        let credentials = self.credentials().await?;
        let settings = RenderSettings {
            ignore_content_type_for_get_request: self
                .inner
                .config
                .ignore_content_type_for_get_request,
        };
        let rendered = render::render(operation, parts, &credentials, settings)?;
        self.execute(rendered, &credentials).await
    }

    /// Adds call headers and `User-Agent`, then runs the attempts of the retry policy.
    async fn execute(
        &self,
        mut rendered: RenderedRequest,
        credentials: &Credentials,
    ) -> Result<Received, Error> {
        for (name, value) in &self.options.headers {
            rendered
                .headers
                .retain(|(existing, _)| !existing.eq_ignore_ascii_case(name));
            let value = if name.eq_ignore_ascii_case("User-Agent") {
                crate::user_agent::user_agent_in(&Environment::default(), Some(value))
            } else {
                value.clone()
            };
            rendered.headers.push((name.clone(), value));
        }
        if !has_header(&rendered.headers, "User-Agent") {
            rendered
                .headers
                .insert(0, ("User-Agent".to_owned(), self.inner.user_agent.clone()));
        }

        let Some(policy) = &self.options.retry else {
            return self.attempt(Cow::Owned(rendered), credentials).await;
        };
        let mut previous_wait = policy.backoff_settings().base;
        let mut retry = 0;
        loop {
            let result = self.attempt(Cow::Borrowed(&rendered), credentials).await;
            let outcome = match &result {
                Ok(received) => AttemptOutcome::Success {
                    status: received.status,
                    headers: &received.headers,
                },
                Err(error) => AttemptOutcome::Failure(error),
            };
            if retry >= policy.max_retries() || !policy.should_retry(&outcome) {
                return result;
            }
            retry += 1;
            let retry_after = result.as_ref().err().and_then(Error::retry_after);
            let wait = policy.delay(retry, previous_wait, retry_after);
            previous_wait = wait;
            tracing::info!(
                target: "huaweicloud_sdk::client",
                retry,
                max_retries = policy.max_retries(),
                wait_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX),
                status = outcome.status(),
                error = result.as_ref().err().map(|error| error.to_string()),
                "retrying call"
            );
            drop(result);
            tokio::time::sleep(wait).await;
        }
    }

    /// Tries each endpoint in turn until one connects, and returns that endpoint's response or
    /// error. When none connects, the error lists every endpoint.
    ///
    /// An owned `rendered` moves into the request sent to the last endpoint in the order, so a
    /// call with one endpoint and no retries copies nothing.
    async fn attempt(
        &self,
        rendered: Cow<'_, RenderedRequest>,
        credentials: &Credentials,
    ) -> Result<Received, Error> {
        let endpoints = &self.inner.endpoints;
        let mut failures = Vec::new();
        let order = endpoints.order();
        let last = order.len().saturating_sub(1);
        let mut rendered = Some(rendered);
        for (position, index) in order.enumerate() {
            let endpoint = &endpoints.all()[index];
            let this_request = if position == last {
                rendered.take()
            } else {
                rendered.as_deref().map(Cow::Borrowed)
            }
            .expect("the rendered request is taken only for the last endpoint");
            match self.send_to(endpoint, this_request, credentials).await {
                Ok(received) => {
                    endpoints.mark_healthy(index);
                    return self.check_status(received).await;
                }
                Err(SendError::Failed(error)) => return Err(error),
                Err(SendError::NotConnected(failure)) => {
                    tracing::warn!(
                        target: "huaweicloud_sdk::client",
                        endpoint = %endpoint.url(),
                        error = %failure.message,
                        "endpoint failed to connect; trying the next one if any"
                    );
                    endpoints.mark_failed(index);
                    failures.push((
                        Attempt {
                            endpoint: endpoint.url(),
                            message: failure.message,
                        },
                        failure.kind,
                    ));
                }
            }
        }
        Err(Error::all_endpoints_failed(failures))
    }

    /// Turns a status of 400 or more into an error, reading the error body.
    async fn check_status(&self, received: Received) -> Result<Received, Error> {
        if received.status < 400 {
            return Ok(received);
        }
        let status = received.status;
        let request_id = received.request_id.clone();
        let retry_after = retry::retry_after(
            Some(status),
            received
                .headers
                .get(reqwest::header::RETRY_AFTER)
                .and_then(|value| value.to_str().ok()),
            SystemTime::now(),
        );
        let body = read_body(received).await?;
        let mut error = Error::from_response(status, request_id.as_deref(), &body);
        error.set_retry_after(retry_after);
        Err(error)
    }

    /// Signs and sends the request to one endpoint, following redirects when enabled.
    async fn send_to(
        &self,
        endpoint: &Endpoint,
        rendered: Cow<'_, RenderedRequest>,
        credentials: &Credentials,
    ) -> Result<Received, SendError> {
        let RenderedRequest {
            method,
            path,
            query,
            headers,
            cname,
            body,
        } = rendered.into_owned();
        let host = match &cname {
            Some(cname) => format!("{cname}.{}", endpoint.host),
            None => endpoint.host.clone(),
        };
        let mut request = SigningRequest::new(method, endpoint.scheme.clone(), host, path);
        request.query = query;
        request.headers = headers;
        let mut body = body;
        let follow_redirects = self.inner.config.follow_redirects;

        for hop in 0..=MAX_REDIRECTS {
            // Following a redirect builds the next hop from the unsigned request, so it is kept
            // only then. Otherwise the request moves into the signer.
            let this_hop = if follow_redirects {
                request.clone()
            } else {
                std::mem::take(&mut request)
            };
            let received = self
                .send_signed(this_hop, &body, credentials)
                .await
                .map_err(|error| match error {
                    SendError::NotConnected(failure) if hop > 0 => {
                        SendError::Failed(Error::new(failure.kind, failure.message))
                    }
                    other => other,
                })?;
            let location = received
                .headers
                .get(reqwest::header::LOCATION)
                .and_then(|value| value.to_str().ok())
                .map(str::to_owned);
            let (true, Some(location)) = (is_redirect(received.status), location) else {
                return Ok(received);
            };
            if !follow_redirects {
                return Err(SendError::Failed(Error::redirect(
                    received.status,
                    &location,
                )));
            }
            if hop == MAX_REDIRECTS {
                return Err(SendError::Failed(Error::new(
                    ErrorKind::Redirect,
                    format!(
                        "stopped after {MAX_REDIRECTS} redirects; the last one pointed to \
                         `{location}`"
                    ),
                )));
            }
            let (next, next_body) = redirected(&request, &body, received.status, &location)
                .map_err(SendError::Failed)?;
            if credentials.security_token_is_set() && !next.host.eq_ignore_ascii_case(&request.host)
            {
                return Err(SendError::Failed(Error::redirect_to_other_host(
                    received.status,
                    &location,
                )));
            }
            (request, body) = (next, next_body);
            tracing::debug!(
                target: "huaweicloud_sdk::client",
                status = received.status,
                location = %location,
                "following redirect"
            );
        }
        unreachable!("the loop returns at hop MAX_REDIRECTS")
    }

    /// Signs `request` with the current time and sends it once.
    async fn send_signed(
        &self,
        mut request: SigningRequest,
        body: &RenderedBody,
        credentials: &Credentials,
    ) -> Result<Received, SendError> {
        request.payload = body.payload();
        let params = self.signing_params(credentials);
        let output = signer::sign(&mut request, credentials, &params)
            .map_err(|e| SendError::Failed(e.into()))?;
        let url = request.url();
        tracing::trace!(
            target: "huaweicloud_sdk::signing",
            method = %request.method,
            url = %url,
            signing = ?output,
            "signed request"
        );
        if !self.inner.hooks.request.is_empty() {
            let view = SignedRequestView {
                request: &request,
                url: &url,
            };
            for hook in &self.inner.hooks.request {
                hook(&view);
            }
        }

        let wire_body = body::open(body, self.options.upload_progress.clone())
            .await
            .map_err(SendError::Failed)?;
        let mut headers = wire_headers(&request.headers).map_err(SendError::Failed)?;
        if let (Some(length), false) = (wire_body.length, body.is_empty()) {
            headers.insert(reqwest::header::CONTENT_LENGTH, HeaderValue::from(length));
        }
        let method = reqwest::Method::from_bytes(request.method.as_bytes()).map_err(|_| {
            SendError::Failed(Error::configuration(format!(
                "invalid HTTP method `{}`",
                request.method
            )))
        })?;

        let log_url = crate::logging::mask_ids_in_url(&url, credentials);
        let started = Instant::now();
        let mut response = self
            .inner
            .http
            .request(method, &url)
            .headers(headers)
            .body(wire_body.body)
            .send()
            .await
            .map_err(|error| {
                let failure = transport::classify(&error);
                tracing::debug!(
                    target: "huaweicloud_sdk::client",
                    method = %request.method,
                    url = %log_url,
                    error = %failure.message,
                    "request failed"
                );
                if failure.before_request {
                    SendError::NotConnected(failure)
                } else {
                    SendError::Failed(Error::new(
                        failure.kind,
                        format!("{url}: {}", failure.message),
                    ))
                }
            })?;
        let elapsed = started.elapsed();
        let status = response.status().as_u16();
        // The headers move out: the body is read through `response` alone.
        let headers = std::mem::take(response.headers_mut());
        let request_id = headers
            .get("X-Request-Id")
            .and_then(|value| value.to_str().ok())
            .map(str::to_owned);
        if self.inner.access_log {
            let length = headers
                .get(reqwest::header::CONTENT_LENGTH)
                .and_then(|value| value.to_str().ok())
                .unwrap_or("-1");
            tracing::info!(
                target: "huaweicloud_sdk::access",
                method = %request.method,
                url = %log_url,
                status,
                content_length = length,
                elapsed_ms = elapsed.as_secs_f64() * 1000.0,
                request_id = request_id.as_deref().unwrap_or(""),
                "\"{} {}\" {} {} {:?} {}",
                request.method,
                log_url,
                status,
                length,
                elapsed,
                request_id.as_deref().unwrap_or("")
            );
        }
        let view = ResponseView {
            method: &request.method,
            url: &url,
            status,
            headers: &headers,
            elapsed,
        };
        for hook in &self.inner.hooks.response {
            hook(&view);
        }
        Ok(Received {
            response,
            status,
            headers,
            request_id,
        })
    }

    fn signing_params(&self, credentials: &Credentials) -> SigningParams {
        let service = self.inner.service;
        let identity = match service.credential_kind {
            CredentialKind::Regional => IdentityHeaders::ProjectId,
            CredentialKind::Global => IdentityHeaders::DomainId,
        };
        let mut params = SigningParams::new(SystemTime::now())
            .with_algorithm(self.inner.config.signing_algorithm)
            .with_identity_headers(identity);
        if credentials.has_derived_predicate() {
            let region = match service.credential_kind {
                CredentialKind::Global => Some("globe"),
                _ => self.inner.region.as_deref(),
            };
            if let (Some(region), Some(derived)) = (region, service.derived_auth_service) {
                params = params.with_derived_scope(region, derived);
            }
        }
        params
    }
}

enum SendError {
    /// The request cannot have reached a server; another endpoint may be tried.
    NotConnected(transport::SendFailure),
    /// Anything else: the error is final for this attempt.
    Failed(Error),
}

fn is_redirect(status: u16) -> bool {
    matches!(status, 301 | 302 | 303 | 307 | 308)
}

/// Builds the request for the next redirect hop. Signing headers are dropped, so the hop is
/// signed afresh. When the host changes, an `X-Security-Token` header is dropped too. The caller
/// does not follow such a hop with temporary credentials, because signing would add the token.
fn redirected(
    previous: &SigningRequest,
    body: &RenderedBody,
    status: u16,
    location: &str,
) -> Result<(SigningRequest, RenderedBody), Error> {
    let target = if location.contains("://") {
        location.to_owned()
    } else if location.starts_with('/') {
        format!("{}://{}{location}", previous.scheme, previous.host)
    } else {
        return Err(Error::new(
            ErrorKind::Redirect,
            format!("redirect to relative location `{location}` is not supported"),
        ));
    };
    let mut next = SigningRequest::from_url(previous.method.clone(), &target).map_err(|error| {
        Error::new(
            ErrorKind::Redirect,
            format!("redirect to invalid location `{location}`: {error}"),
        )
    })?;
    if previous.scheme.eq_ignore_ascii_case("https") && next.scheme.eq_ignore_ascii_case("http") {
        return Err(Error::new(
            ErrorKind::Redirect,
            format!("refusing redirect from https to plain http `{location}`"),
        ));
    }
    let same_host = next.host.eq_ignore_ascii_case(&previous.host);
    const SIGNING_HEADERS: [&str; 7] = [
        "Authorization",
        "X-Sdk-Date",
        "Host",
        "X-Sdk-Content-Sha256",
        "X-Sdk-Content-Sm3",
        "X-Project-Id",
        "X-Domain-Id",
    ];
    next.headers = previous
        .headers
        .iter()
        .filter(|(name, _)| {
            let signing = SIGNING_HEADERS
                .iter()
                .any(|signing| signing.eq_ignore_ascii_case(name));
            let secret = !same_host && name.eq_ignore_ascii_case("X-Security-Token");
            !signing && !secret
        })
        .cloned()
        .collect();
    let mut body = body.clone();
    if status == 303 {
        next.method = "GET".to_owned();
        body = RenderedBody::Empty;
        next.headers
            .retain(|(name, _)| !name.eq_ignore_ascii_case("Content-Type"));
    }
    Ok((next, body))
}

/// Converts signed headers into a `HeaderMap`, with one more slot for `Content-Length`.
///
/// The values are copied into one shared buffer and sliced from it, because reqwest clones
/// the map for every request. A value that owned its own buffer would be copied once here and
/// reallocated on that clone, while a slice of a shared buffer is cloned by a reference count.
fn wire_headers(signed: &[(String, String)]) -> Result<HeaderMap, Error> {
    let total = signed.iter().map(|(_, value)| value.len()).sum();
    let mut buffer = Vec::with_capacity(total);
    for (_, value) in signed {
        buffer.extend_from_slice(value.as_bytes());
    }
    let mut buffer = Bytes::from(buffer);
    let mut headers = HeaderMap::with_capacity(signed.len() + 1);
    for (name, value) in signed {
        let header_name = header_name(name).map_err(|_| {
            Error::configuration(format!(
                "invalid header name `{name}`: use letters, digits and -"
            ))
        })?;
        let header_value =
            HeaderValue::from_maybe_shared(buffer.split_to(value.len())).map_err(|_| {
                Error::configuration(format!(
                    "header `{name}` has a value that cannot be sent: remove line breaks and \
                     control characters"
                ))
            })?;
        headers.append(header_name, header_value);
    }
    Ok(headers)
}

/// Returns the `HeaderName` for `name`. The names the signer adds are matched against static
/// names first, because `HeaderName::from_bytes` allocates for every non-standard name.
fn header_name(name: &str) -> Result<HeaderName, reqwest::header::InvalidHeaderName> {
    const SIGNER_HEADERS: [&str; 6] = [
        "x-sdk-date",
        "x-project-id",
        "x-domain-id",
        "x-security-token",
        "x-sdk-content-sha256",
        "x-sdk-content-sm3",
    ];
    for known in SIGNER_HEADERS {
        if name.eq_ignore_ascii_case(known) {
            return Ok(HeaderName::from_static(known));
        }
    }
    HeaderName::from_bytes(name.as_bytes())
}

fn has_header(headers: &[(String, String)], name: &str) -> bool {
    headers
        .iter()
        .any(|(existing, _)| existing.eq_ignore_ascii_case(name))
}

async fn read_body(received: Received) -> Result<Bytes, Error> {
    read_received(received).await.map(|(_, _, _, body)| body)
}

/// Reads the whole body and returns it with the status, headers and request id, which move
/// out of `received` without copies.
async fn read_received(
    received: Received,
) -> Result<(u16, HeaderMap, Option<String>, Bytes), Error> {
    let Received {
        response,
        status,
        headers,
        request_id,
    } = received;
    let expected = response.content_length();
    let body = response
        .bytes()
        .await
        .map_err(|error| transport::body_error(error, 0, expected))?;
    Ok((status, headers, request_id, body))
}

/// Builds the JSON value a response type decodes from: the body's fields (or the body under
/// one field), plus declared response headers by field name.
fn response_value(
    operation: &OperationInfo,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<Value, Error> {
    let blank = body.iter().all(u8::is_ascii_whitespace);
    let mut map = match operation.response {
        ResponseKind::Wrapped(field) => {
            let value = if blank {
                Value::Null
            } else {
                serde_json::from_slice(body)
                    .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(body).into_owned()))
            };
            let mut map = Map::new();
            map.insert(field.to_owned(), value);
            map
        }
        _ if blank => Map::new(),
        _ => match serde_json::from_slice::<Value>(body) {
            Ok(Value::Object(map)) => map,
            Ok(Value::Null) => Map::new(),
            Ok(other) => {
                let error = crate::json::JsonError::unexpected("an object", &other);
                return Err(Error::decode(operation.name, error));
            }
            Err(error) => {
                return Err(Error::new(
                    ErrorKind::Decode,
                    format!("response body of {} is not valid JSON", operation.name),
                )
                .with_source(error))
            }
        },
    };
    for header in operation.response_headers {
        if let Some(value) = headers.get(header.name) {
            let text = String::from_utf8_lossy(value.as_bytes()).into_owned();
            map.insert(header.field.to_owned(), Value::String(text));
        }
    }
    Ok(Value::Object(map))
}

/// A generated service client, built from a core [`Client`].
pub trait ServiceClient: Sized {
    /// Wraps a core client.
    fn from_client(client: Client) -> Self;
}

impl ServiceClient for Client {
    fn from_client(client: Client) -> Self {
        client
    }
}

/// Builder of service clients: credentials, region or endpoints, HTTP configuration.
///
/// Building does no network I/O. A setter whose input is invalid records the error, and
/// [`build`](Self::build) returns the first one.
#[must_use]
pub struct ClientBuilder<C> {
    service: &'static ServiceInfo,
    target: PhantomData<fn() -> C>,
    credentials: Option<Arc<dyn ProvideCredentials>>,
    identity: Option<Arc<dyn ResolveIdentity>>,
    endpoints: Vec<String>,
    region: Option<Region>,
    region_id: Option<String>,
    http_config: HttpConfig,
    hooks: Hooks,
    environment: Environment,
    failover_cooldown: Duration,
    access_log: bool,
}

impl<C> fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("service", &self.service.name)
            .field("credentials", &self.credentials)
            .field("identity", &self.identity)
            .field("endpoints", &self.endpoints)
            .field("region", &self.region)
            .field("region_id", &self.region_id)
            .field("http_config", &self.http_config)
            .field("hooks", &self.hooks)
            .field("environment", &self.environment)
            .field("failover_cooldown", &self.failover_cooldown)
            .field("access_log", &self.access_log)
            .finish()
    }
}

impl<C: ServiceClient> ClientBuilder<C> {
    /// Starts a builder for the given service.
    pub fn new(service: &'static ServiceInfo) -> Self {
        ClientBuilder {
            service,
            target: PhantomData,
            credentials: None,
            identity: None,
            endpoints: Vec::new(),
            region: None,
            region_id: None,
            http_config: HttpConfig::default(),
            hooks: Hooks::default(),
            environment: Environment::process(),
            failover_cooldown: DEFAULT_FAILOVER_COOLDOWN,
            access_log: true,
        }
    }

    /// Signs with these credentials (default: the
    /// [default chain](CredentialsProviderChain::default_chain): environment variables, the
    /// credentials file, the ECS metadata service, then CCE pod identity).
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(Arc::new(StaticCredentials(credentials)));
        self
    }

    /// Asks `provider` for credentials before every call (default: as
    /// [`credentials`](Self::credentials)).
    pub fn credentials_provider(mut self, provider: Arc<dyn ProvideCredentials>) -> Self {
        self.credentials = Some(provider);
        self
    }

    /// Fills in a missing project id (or domain id for global services) with `resolver`
    /// before signing (default: an [`IamIdentityResolver`], which queries IAM once per access key
    /// and region when the client has a region).
    pub fn identity_resolver(mut self, resolver: Arc<dyn ResolveIdentity>) -> Self {
        self.identity = Some(resolver);
        self
    }

    /// Uses the endpoints of `region`, after any explicit endpoints (default: none).
    pub fn region(mut self, region: Region) -> Self {
        self.region = Some(region);
        self
    }

    /// Resolves `id` when building, through `HUAWEICLOUD_SDK_REGION_<SERVICE>_<REGION>`, the
    /// regions file and the built-in table (see [`crate::region`]), and uses its endpoints
    /// after any explicit ones (default: none).
    pub fn region_id(mut self, id: &str) -> Self {
        self.region_id = Some(id.to_owned());
        self
    }

    /// Adds an explicit endpoint, tried before region endpoints (default: none). An endpoint
    /// without a scheme gets `https://`; a path in it is ignored.
    pub fn endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.endpoints.push(endpoint.into());
        self
    }

    /// Adds explicit endpoints in order of preference (default: none).
    pub fn endpoints<E: Into<String>>(mut self, endpoints: impl IntoIterator<Item = E>) -> Self {
        self.endpoints.extend(endpoints.into_iter().map(Into::into));
        self
    }

    /// Sets the HTTP settings (default: [`HttpConfig::default`]).
    pub fn http_config(mut self, config: HttpConfig) -> Self {
        self.http_config = config;
        self
    }

    /// Sets the signing algorithm (default `SDK-HMAC-SHA256`); the same as setting it in
    /// [`HttpConfig`].
    pub fn signing_algorithm(mut self, algorithm: SigningAlgorithm) -> Self {
        self.http_config.signing_algorithm = algorithm;
        self
    }

    /// Calls `hook` with each signed request before it is sent, for debugging (default:
    /// none). Credential header values are masked.
    pub fn request_hook(
        mut self,
        hook: impl Fn(&SignedRequestView<'_>) + Send + Sync + 'static,
    ) -> Self {
        self.hooks.request.push(Arc::new(hook));
        self
    }

    /// Calls `hook` with each response as it arrives, for debugging (default: none).
    pub fn response_hook(
        mut self,
        hook: impl Fn(&ResponseView<'_>) + Send + Sync + 'static,
    ) -> Self {
        self.hooks.response.push(Arc::new(hook));
        self
    }

    /// Emits the per-response access log event on target `huaweicloud_sdk::access` (default:
    /// on). See [`crate::logging`] for sending events to a stream or file.
    pub fn access_log(mut self, enabled: bool) -> Self {
        self.access_log = enabled;
        self
    }

    /// Reads variables and the home directory from `environment` (default: the process). A
    /// client with its own environment also ignores the process's proxy variables, and uses a
    /// proxy only when [`HttpConfig::proxy`] names one.
    pub fn environment(mut self, environment: Environment) -> Self {
        self.environment = environment;
        self
    }

    /// Sets how long an endpoint that failed to connect is tried only after the others
    /// (default 60 s).
    pub fn failover_cooldown(mut self, cooldown: Duration) -> Self {
        self.failover_cooldown = cooldown;
        self
    }

    /// Builds the client. Does no network I/O.
    ///
    /// # Errors
    ///
    /// Returns an [`Error`] when the configuration is incomplete or invalid: no endpoint, an
    /// unknown region, or an unreadable CA or certificate file. Missing credentials are
    /// reported by the first call, because finding them may need network I/O.
    pub fn build(self) -> Result<C, Error> {
        let service = self.service;
        let mut region = self.region;
        if let Some(id) = &self.region_id {
            region = Some(crate::region::lookup_in(&self.environment, service, id)?);
        }
        let mut endpoint_texts = self.endpoints;
        if let Some(region) = &region {
            endpoint_texts.extend(region.endpoints.iter().cloned());
        }
        if endpoint_texts.is_empty() {
            return Err(Error::configuration(format!(
                "no endpoint for service {}: call .region(...), .region_id(\"cn-north-4\") or \
                 .endpoint(\"https://...\") on the builder",
                service.name
            )));
        }
        let mut endpoints = Vec::with_capacity(endpoint_texts.len());
        for text in &endpoint_texts {
            let endpoint = Endpoint::parse(text)?;
            if !endpoints.contains(&endpoint) {
                endpoints.push(endpoint);
            }
        }

        let credentials = match self.credentials {
            Some(provider) => provider,
            None => Arc::new(CredentialsProviderChain::default_chain(&self.environment)),
        };
        let user_agent = match &self.http_config.user_agent {
            Some(custom) => crate::user_agent::user_agent_in(&self.environment, Some(custom)),
            None if self.environment.is_process() => {
                crate::user_agent::default_user_agent().to_owned()
            }
            None => crate::user_agent::user_agent_in(&self.environment, None),
        };
        let http = transport::build_http_client(&self.http_config, self.environment.is_process())?;
        let identity = self.identity.unwrap_or_else(|| {
            Arc::new(
                IamIdentityResolver::new(&self.environment)
                    .with_http_client(http.clone())
                    .with_signing_algorithm(self.http_config.signing_algorithm),
            )
        });
        let inner = ClientInner {
            service,
            http,
            endpoints: Endpoints::new(endpoints, self.failover_cooldown),
            credentials,
            identity: Some(identity),
            region: region.map(|region| region.id),
            config: self.http_config,
            user_agent,
            hooks: self.hooks,
            access_log: self.access_log,
        };
        Ok(C::from_client(Client {
            inner: Arc::new(inner),
            options: CallOptions::default(),
        }))
    }
}

/// Blocking counterparts of the async client.
///
/// Calls run on one runtime per process that the SDK creates on first use (one worker thread),
/// so a plain `fn main` needs no async setup. They work on any thread that may block: plain
/// threads, threads of `tokio::task::spawn_blocking` and `tokio::task::block_in_place`
/// sections. A call from async code (a task, or a future passed to `block_on`) returns a
/// configuration error instead of blocking, because blocking there would stall the runtime's
/// other tasks. Use the async client there.
pub mod blocking {
    use std::future::Future;
    use std::pin::Pin;
    use std::sync::OnceLock;
    use std::task::{Context, Poll, Waker};

    use super::{CallOptions, Error, FromJson, IntoRequestParts, OperationInfo, Response};

    /// A blocking client for one API version of a service.
    #[derive(Debug, Clone)]
    pub struct Client {
        inner: super::Client,
    }

    impl Client {
        /// Wraps an async client.
        pub fn new(inner: super::Client) -> Self {
            Client { inner }
        }

        /// Sends one operation and decodes its JSON response into `T`, blocking the thread.
        ///
        /// # Errors
        ///
        /// Returns an [`Error`] for transport failures, error responses and undecodable bodies,
        /// and a configuration error when called from async code.
        pub fn call<R, T>(
            &self,
            operation: &'static OperationInfo,
            request: R,
        ) -> Result<Response<T>, Error>
        where
            R: IntoRequestParts,
            T: FromJson,
        {
            // The call runs through `run_boxed`, which is not generic, so that a service crate
            // compiles the runtime's `block_on` once rather than once per operation: with a
            // generic `run` its copies made up about 60% of the VPC crate's LLVM IR.
            let mut output = None;
            run_boxed(Box::pin(async {
                output = Some(self.inner.call(operation, request).await);
            }))?;
            output.expect("block_on returns only after the call's future has completed")
        }

        /// Sends one operation whose response body is streamed, blocking the thread. Read the
        /// body with the `blocking_*` methods of [`Download`](crate::response::Download).
        ///
        /// # Errors
        ///
        /// Returns an [`Error`] for transport failures and error responses, and a
        /// configuration error when called from async code.
        pub fn download<R>(
            &self,
            operation: &'static OperationInfo,
            request: R,
        ) -> Result<crate::response::Download, Error>
        where
            R: IntoRequestParts,
        {
            run(self.inner.download(operation, request))
        }

        /// Sends a request that no operation describes, blocking the thread.
        ///
        /// # Errors
        ///
        /// As [`super::Client::send_raw`], and a configuration error when called from async
        /// code.
        pub fn send_raw(
            &self,
            request: super::RawRequest,
        ) -> Result<Response<bytes::Bytes>, Error> {
            run(self.inner.send_raw(request))
        }

        /// Returns a client that applies `options` to every call it makes.
        #[must_use]
        pub fn with_options(&self, options: CallOptions) -> Client {
            Client {
                inner: self.inner.with_options(options),
            }
        }

        /// Returns the async client this one wraps.
        pub fn as_async(&self) -> &super::Client {
            &self.inner
        }
    }

    /// Runs `future` to completion on the SDK's blocking runtime.
    pub(crate) fn run<F, T>(future: F) -> Result<T, Error>
    where
        F: Future<Output = Result<T, Error>>,
    {
        if !may_block() {
            return Err(Error::configuration(
                "the blocking client was called from async code, where blocking would stall \
                 the runtime's other tasks: use the async client with .await, or call the \
                 blocking client inside tokio::task::spawn_blocking",
            ));
        }
        runtime()?.block_on(future)
    }

    /// More than the cooperative budget tokio gives one poll of a task (128 in tokio 1.54).
    const BUDGET_PROBE_LIMIT: usize = 1024;

    /// Returns true when the current thread may block: it is outside any tokio runtime, or
    /// inside one but not polling async code.
    ///
    /// Tokio has no public test for this. The probe uses tokio's cooperative budget instead:
    /// tokio polls each task and each `block_on` future with a limited budget, and runs
    /// `spawn_blocking` closures and `block_in_place` sections with an unlimited one. Spending
    /// budget until `poll_proceed` returns `Pending` distinguishes the two, and the spent budget
    /// is restored before returning.
    ///
    /// NOTE: a future wrapped in `tokio::task::coop::unconstrained` also has an unlimited
    /// budget, so a call from inside one is not detected and panics in tokio's `block_on`.
    fn may_block() -> bool {
        if tokio::runtime::Handle::try_current().is_err() {
            return true;
        }
        let mut context = Context::from_waker(Waker::noop());
        let mut spent = Vec::new();
        let mut exhausted = false;
        for _ in 0..BUDGET_PROBE_LIMIT {
            match tokio::task::coop::poll_proceed(&mut context) {
                Poll::Ready(restore) => spent.push(restore),
                Poll::Pending => {
                    exhausted = true;
                    break;
                }
            }
        }
        // Each guard restores the budget it found, so dropping the newest first leaves the
        // budget as it was before the probe.
        while let Some(restore) = spent.pop() {
            drop(restore);
        }
        !exhausted
    }

    /// Runs `future` to completion on the SDK's blocking runtime. Unlike [`run`], one copy of
    /// this function serves every future.
    fn run_boxed(future: Pin<Box<dyn Future<Output = ()> + '_>>) -> Result<(), Error> {
        run(async {
            future.await;
            Ok(())
        })
    }

    fn runtime() -> Result<&'static tokio::runtime::Runtime, Error> {
        static RUNTIME: OnceLock<Result<tokio::runtime::Runtime, String>> = OnceLock::new();
        let runtime = RUNTIME.get_or_init(|| {
            tokio::runtime::Builder::new_multi_thread()
                .worker_threads(1)
                .thread_name("huaweicloud-sdk-blocking")
                .enable_all()
                .build()
                .map_err(|error| error.to_string())
        });
        runtime.as_ref().map_err(|message| {
            Error::configuration(format!(
                "cannot start the blocking client's runtime: {message}"
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(headers: &[(&str, &str)]) -> Vec<(String, String)> {
        headers
            .iter()
            .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
            .collect()
    }

    #[test]
    fn wire_headers_keep_each_value() {
        let signed = pairs(&[
            ("Content-Type", "application/json"),
            ("X-Sdk-Date", "20240102T030405Z"),
            ("X-Project-Id", "p1"),
            ("X-Empty", ""),
            ("x-custom", "a"),
            ("X-Custom", "b"),
        ]);
        let headers = wire_headers(&signed).expect("valid headers");
        assert_eq!(headers["content-type"], "application/json");
        assert_eq!(headers["x-sdk-date"], "20240102T030405Z");
        assert_eq!(headers["x-project-id"], "p1");
        assert_eq!(headers["x-empty"], "");
        let custom: Vec<&str> = headers
            .get_all("x-custom")
            .iter()
            .map(|value| value.to_str().expect("ASCII value"))
            .collect();
        assert_eq!(custom, ["a", "b"]);
        assert_eq!(headers.len(), 6);
    }

    #[test]
    fn wire_headers_reject_line_break() {
        let signed = pairs(&[("X-Ok", "fine"), ("X-Bad", "one\r\ntwo")]);
        let error = wire_headers(&signed).expect_err("line break in a value");
        assert!(error.is_configuration());
        assert!(error.to_string().contains("`X-Bad`"), "{error}");
    }

    #[test]
    fn wire_headers_reject_invalid_name() {
        let signed = pairs(&[("Bad Name", "x")]);
        let error = wire_headers(&signed).expect_err("space in a name");
        assert!(error.to_string().contains("`Bad Name`"), "{error}");
    }

    #[test]
    fn signer_header_names_match_any_case() {
        for name in ["X-SDK-DATE", "x-sdk-date", "X-Sdk-Date"] {
            assert_eq!(header_name(name).expect("valid name"), "x-sdk-date");
        }
        assert_eq!(header_name("X-Other").expect("valid name"), "x-other");
    }
}
