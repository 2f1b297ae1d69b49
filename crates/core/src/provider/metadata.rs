//! Temporary credentials of an ECS or BMS instance's agency, from the instance metadata
//! service.

use std::fmt;
use std::sync::Mutex;
use std::time::{Duration, SystemTime};

use zeroize::Zeroizing;

use crate::credentials::Credentials;
use crate::env::Environment;
use crate::error::{Error, ErrorKind};
use crate::provider::chain::not_loaded;
use crate::provider::environment::{DOMAIN_ID_VAR, PROJECT_ID_VAR};
use crate::provider::http::{send, LazyClient, Received, USER_AGENT};
use crate::provider::idp::with_ids;
use crate::provider::parse::{parse_credentials_json, ExpiringCredentials};
use crate::provider::refresh::{FetchCredentials, RefreshOptions, RefreshingProvider};
use crate::provider::LOG_TARGET;
use crate::provider::{BoxFuture, CredentialsContext, ProvideCredentials};

/// Variable that overrides the metadata service's base URL.
pub const METADATA_ENDPOINT_VAR: &str = "HUAWEICLOUD_SDK_METADATA_ENDPOINT";

/// Variable that turns the metadata provider off when set to `true` (or `1`, `yes`).
pub const METADATA_DISABLED_VAR: &str = "HUAWEICLOUD_SDK_METADATA_DISABLED";

/// Base URL of the metadata service on ECS and BMS instances.
pub const DEFAULT_METADATA_ENDPOINT: &str = "http://169.254.169.254";

/// Default time allowed to connect to the metadata service. It is on the local link, so a
/// longer wait only delays the error off-cloud.
pub const DEFAULT_METADATA_CONNECT_TIMEOUT: Duration = Duration::from_secs(1);

/// Default time allowed between two reads of a metadata response.
pub const DEFAULT_METADATA_READ_TIMEOUT: Duration = Duration::from_secs(3);

/// Lifetime requested for a metadata session token (6 hours, the service's maximum).
const SESSION_TOKEN_TTL_SECS: u64 = 21_600;

/// Session tokens are fetched again this long before they expire.
const SESSION_TOKEN_MARGIN: Duration = Duration::from_secs(60);

/// After the token route returned 404, 405 or 503, it is tried again after this long (the
/// official Python core waits a day too). A 401 from `securitykey` requests a token at once.
const TOKEN_UNSUPPORTED_RETRY: Duration = Duration::from_secs(86_400);

/// Text of the `securitykey` 401 body when the instance has no agency; a new session token
/// does not help then.
const AGENCY_NOT_CONFIGURED: &str = "Please configure Cloud Service Agency first";

/// Temporary credentials of the instance's agency, from the ECS metadata service.
///
/// Each fetch first gets a session token (`PUT {base}/meta-data/latest/api/token` with
/// `X-Metadata-Token-Ttl-Seconds`), then the keys
/// (`GET {base}/openstack/latest/securitykey` with `X-Metadata-Token`). A token route that
/// returns 404, 405 or 503 means the service works without tokens. A 401 from `securitykey`
/// (other than "no agency") gets a new session token and one more try.
///
/// The base URL is `HUAWEICLOUD_SDK_METADATA_ENDPOINT`, else `http://169.254.169.254`;
/// `HUAWEICLOUD_SDK_METADATA_DISABLED=true` turns the provider off. The requests connect
/// directly (no proxy) with a 1 s connect and 3 s read timeout. `HUAWEICLOUD_SDK_PROJECT_ID`
/// and `HUAWEICLOUD_SDK_DOMAIN_ID` are put on the credentials.
///
/// An unreachable service, a 404 or an instance without agency give a
/// [`not_loaded`] error, so a chain tries the next provider.
#[derive(Debug)]
pub struct MetadataProvider {
    inner: RefreshingProvider<MetadataSource>,
}

/// The fetching half of [`MetadataProvider`].
pub struct MetadataSource {
    env: Environment,
    endpoint: Option<String>,
    clock: std::sync::Arc<dyn crate::provider::Clock>,
    http: LazyClient,
    session: Mutex<SessionToken>,
}

#[derive(Default)]
struct SessionToken {
    token: Option<(Zeroizing<String>, SystemTime)>,
    /// The token route is not tried again before this time.
    unsupported_until: Option<SystemTime>,
}

impl fmt::Debug for MetadataSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MetadataSource")
            .field("endpoint", &self.base_url())
            .field("disabled", &self.is_disabled())
            .finish()
    }
}

impl MetadataProvider {
    /// Reads the settings from `env`.
    pub fn new(env: &Environment) -> Self {
        MetadataProvider::with_options(env, &RefreshOptions::default())
    }

    /// Reads the settings from `env` and refreshes with `options`.
    pub fn with_options(env: &Environment, options: &RefreshOptions) -> Self {
        let source = MetadataSource {
            env: env.clone(),
            endpoint: None,
            clock: options.clock.clone(),
            http: LazyClient::new(
                DEFAULT_METADATA_CONNECT_TIMEOUT,
                DEFAULT_METADATA_READ_TIMEOUT,
                true,
            ),
            session: Mutex::new(SessionToken::default()),
        };
        MetadataProvider {
            inner: RefreshingProvider::new("metadata", source, options.clone()),
        }
    }

    /// Uses `endpoint` as the base URL instead of the environment's.
    #[must_use]
    pub fn with_endpoint(self, endpoint: impl Into<String>) -> Self {
        self.map_source(|source| source.endpoint = Some(endpoint.into()))
    }

    /// Sets the connect and read timeouts (defaults 1 s and 3 s).
    #[must_use]
    pub fn with_timeouts(self, connect: Duration, read: Duration) -> Self {
        self.map_source(|source| source.http = LazyClient::new(connect, read, true))
    }

    fn map_source(self, change: impl FnOnce(&mut MetadataSource)) -> Self {
        let (name, mut source, options) = self.inner.into_parts();
        change(&mut source);
        MetadataProvider {
            inner: RefreshingProvider::new(name, source, options),
        }
    }

    /// Returns the base URL the provider calls.
    pub fn endpoint(&self) -> String {
        self.inner.source().base_url()
    }
}

impl MetadataSource {
    fn base_url(&self) -> String {
        let configured = self
            .endpoint
            .clone()
            .or_else(|| self.env.non_empty_var(METADATA_ENDPOINT_VAR));
        match configured {
            Some(endpoint) => {
                let endpoint = endpoint.trim().trim_end_matches('/');
                if endpoint.contains("://") {
                    endpoint.to_owned()
                } else {
                    format!("http://{endpoint}")
                }
            }
            None => DEFAULT_METADATA_ENDPOINT.to_owned(),
        }
    }

    fn is_disabled(&self) -> bool {
        self.env
            .non_empty_var(METADATA_DISABLED_VAR)
            .is_some_and(|value| {
                matches!(
                    value.trim().to_ascii_lowercase().as_str(),
                    "true" | "1" | "yes"
                )
            })
    }

    fn lock_session(&self) -> std::sync::MutexGuard<'_, SessionToken> {
        self.session
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Returns a session token, or `None` when the service works without one. `force`
    /// requests a new token even if one is cached, and turns a token route that returns 404,
    /// 405 or 503 into an error.
    async fn session_token(&self, base: &str, force: bool) -> Result<Option<String>, Error> {
        let now = self.clock.now();
        if !force {
            let session = self.lock_session();
            if let Some((token, expires_at)) = &session.token {
                if now < *expires_at {
                    return Ok(Some(token.to_string()));
                }
            }
            if session.unsupported_until.is_some_and(|until| now < until) {
                return Ok(None);
            }
        }
        let url = format!("{base}/meta-data/latest/api/token");
        let request_line = format!("PUT {url}");
        let request = self
            .http
            .get()?
            .put(&url)
            .header("X-Metadata-Token-Ttl-Seconds", SESSION_TOKEN_TTL_SECS)
            .header("User-Agent", USER_AGENT);
        let received = send(request, &request_line).await.map_err(unreachable)?;
        let token = String::from_utf8_lossy(&received.body).trim().to_owned();
        match received.status {
            200 if !token.is_empty() => {
                let expires_at =
                    now + Duration::from_secs(SESSION_TOKEN_TTL_SECS) - SESSION_TOKEN_MARGIN;
                let mut session = self.lock_session();
                session.token = Some((Zeroizing::new(token.clone()), expires_at));
                session.unsupported_until = None;
                Ok(Some(token))
            }
            404 | 405 | 503 if !force => {
                tracing::debug!(
                    target: LOG_TARGET,
                    status = received.status,
                    "metadata token route unavailable; continuing without a session token"
                );
                let mut session = self.lock_session();
                session.token = None;
                session.unsupported_until = Some(now + TOKEN_UNSUPPORTED_RETRY);
                Ok(None)
            }
            _ => Err(status_error(&request_line, &received)),
        }
    }

    async fn fetch_credentials(&self) -> Result<ExpiringCredentials, Error> {
        if self.is_disabled() {
            return Err(not_loaded(format!(
                "disabled by {METADATA_DISABLED_VAR}=true"
            )));
        }
        let base = self.base_url();
        let url = format!("{base}/openstack/latest/securitykey");
        let request_line = format!("GET {url}");

        let mut token = self.session_token(&base, false).await?;
        let mut received = self
            .get_security_key(&url, &request_line, token.as_deref())
            .await?;
        if received.status == 401 && !agency_missing(&received) {
            // The session token may have expired or been revoked: get a new one, try once more.
            token = self.session_token(&base, true).await?;
            received = self
                .get_security_key(&url, &request_line, token.as_deref())
                .await?;
        }
        if received.status == 404 {
            return Err(not_loaded(format!(
                "{request_line} returned status 404: this is not an ECS or BMS instance, or its metadata \
                 service has no security key"
            )));
        }
        if received.status == 401 && agency_missing(&received) {
            return Err(not_loaded(format!(
                "{request_line} returned status 401: the instance has no agency; attach an agency to the \
                 instance in the ECS console to use its temporary credentials"
            )));
        }
        if !received.is_success() {
            return Err(status_error(&request_line, &received));
        }
        let fetched = parse_credentials_json(&received.body, &request_line)?;
        let project_id = self.env.non_empty_var(PROJECT_ID_VAR);
        let domain_id = self.env.non_empty_var(DOMAIN_ID_VAR);
        Ok(ExpiringCredentials {
            credentials: with_ids(
                fetched.credentials,
                project_id.as_deref().map(str::trim),
                domain_id.as_deref().map(str::trim),
            ),
            expires_at: fetched.expires_at,
        })
    }

    async fn get_security_key(
        &self,
        url: &str,
        request_line: &str,
        token: Option<&str>,
    ) -> Result<Received, Error> {
        let mut request = self.http.get()?.get(url).header("User-Agent", USER_AGENT);
        if let Some(token) = token {
            request = request.header("X-Metadata-Token", token);
        }
        send(request, request_line).await.map_err(unreachable)
    }
}

/// Turns a transport failure into a [`not_loaded`] error: off-cloud there is no metadata
/// service, and a chain should try the next provider.
fn unreachable(error: Error) -> Error {
    match error.kind() {
        ErrorKind::Configuration => error,
        _ => not_loaded(format!(
            "{error} (is this an ECS instance? set {METADATA_DISABLED_VAR}=true to skip the \
             metadata service)"
        )),
    }
}

fn agency_missing(received: &Received) -> bool {
    String::from_utf8_lossy(&received.body).contains(AGENCY_NOT_CONFIGURED)
}

fn status_error(request_line: &str, received: &Received) -> Error {
    Error::credentials(format!(
        "{request_line} returned status {}: {}",
        received.status,
        received.body_excerpt()
    ))
}

impl FetchCredentials for MetadataSource {
    fn fetch<'a>(
        &'a self,
        _context: &'a CredentialsContext<'a>,
    ) -> BoxFuture<'a, Result<ExpiringCredentials, Error>> {
        Box::pin(self.fetch_credentials())
    }
}

impl ProvideCredentials for MetadataProvider {
    fn credentials<'a>(
        &'a self,
        context: &'a CredentialsContext<'a>,
    ) -> BoxFuture<'a, Result<Credentials, Error>> {
        self.inner.credentials(context)
    }
}
