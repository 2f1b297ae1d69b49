//! Automatic project and domain ids: looked up at IAM (or STS) on the first call that needs
//! them, and cached for the whole process.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, SystemTime};

use serde_json::Value;

use crate::credentials::Credentials;
use crate::env::Environment;
use crate::error::Error;
use crate::operation::CredentialKind;
use crate::provider::endpoints::{iam_endpoint, sts_endpoint};
use crate::provider::http::{send, LazyClient, Received, USER_AGENT};
use crate::provider::LOG_TARGET;
use crate::provider::{BoxFuture, CredentialsContext, ResolveIdentity};
use crate::signer::{sign, IdentityHeaders, SigningAlgorithm, SigningParams, SigningRequest};

const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
const READ_TIMEOUT: Duration = Duration::from_secs(30);

/// Cache key: IAM endpoint, access key, and `project:<region>` or `domain`.
type CacheKey = (String, String, String);

/// Ids looked up so far in this process. Each key has its own cell, so concurrent first
/// calls for one key make one request while other keys proceed.
fn cache() -> &'static Mutex<HashMap<CacheKey, Arc<tokio::sync::OnceCell<String>>>> {
    static CACHE: OnceLock<Mutex<HashMap<CacheKey, Arc<tokio::sync::OnceCell<String>>>>> =
        OnceLock::new();
    CACHE.get_or_init(Mutex::default)
}

fn cache_cell(key: CacheKey) -> Arc<tokio::sync::OnceCell<String>> {
    let mut cache = cache()
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    cache.entry(key).or_default().clone()
}

/// Fills in a missing project id (regional services) or domain id (global services) by
/// asking IAM with the caller's own keys.
///
/// - Project id: `GET {iam}/v3/projects?name=<region>`, signed without `X-Project-Id`; the
///   one project named after the region is the result. None or several is an error that
///   lists what was found.
/// - Domain id: `GET {iam}/v3/auth/domains`, signed; when IAM lists no domain or returns 403
///   or 404, `GET {sts}/v5/caller-identity` and its `account_id`.
///
/// The IAM endpoint is the credentials' own, else `HUAWEICLOUD_SDK_IAM_ENDPOINT`, else the
/// region's IAM endpoint, else `https://iam.myhuaweicloud.com`; the STS endpoint is
/// `HUAWEICLOUD_SDK_STS_ENDPOINT`, else the region's, else
/// `https://sts.cn-north-4.myhuaweicloud.com`.
///
/// Results are cached for the life of the process, shared by every client, per IAM endpoint,
/// access key and region (the domain id per endpoint and access key); concurrent first calls
/// make one request. Temporary credentials get a new access key at each refresh, so a
/// resolver also remembers the ids it found for them and reuses those for its client's next
/// keys, which belong to the same account.
pub struct IamIdentityResolver {
    env: Environment,
    http: LazyClient,
    algorithm: SigningAlgorithm,
    /// Ids found for temporary credentials, by `project:<region>` or `domain`.
    remembered: Mutex<HashMap<String, String>>,
}

impl fmt::Debug for IamIdentityResolver {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IamIdentityResolver")
            .field("env", &self.env)
            .field("algorithm", &self.algorithm)
            .finish()
    }
}

impl IamIdentityResolver {
    /// Creates a resolver that reads endpoint variables from `env` and makes its requests with
    /// its own HTTP client.
    pub fn new(env: &Environment) -> Self {
        IamIdentityResolver {
            env: env.clone(),
            http: LazyClient::new(CONNECT_TIMEOUT, READ_TIMEOUT, false),
            algorithm: SigningAlgorithm::default(),
            remembered: Mutex::default(),
        }
    }

    /// Sends the look-ups with `client`, for example one with the SDK client's proxy and CA
    /// settings.
    #[must_use]
    pub fn with_http_client(mut self, client: reqwest::Client) -> Self {
        self.http = LazyClient::from_client(client);
        self
    }

    /// Signs the look-ups with `algorithm` (default `SDK-HMAC-SHA256`).
    #[must_use]
    pub fn with_signing_algorithm(mut self, algorithm: SigningAlgorithm) -> Self {
        self.algorithm = algorithm;
        self
    }

    fn remembered(&self, scope: &str) -> Option<String> {
        self.remembered
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .get(scope)
            .cloned()
    }

    fn remember(&self, scope: String, id: &str) {
        self.remembered
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .insert(scope, id.to_owned());
    }

    /// Returns the cached id for `scope`, or looks it up once with `lookup`.
    async fn cached<F, Fut>(
        &self,
        credentials: &Credentials,
        iam: &str,
        scope: String,
        lookup: F,
    ) -> Result<String, Error>
    where
        F: FnOnce() -> Fut,
        Fut: std::future::Future<Output = Result<String, Error>>,
    {
        let temporary = credentials.security_token_is_set();
        if temporary {
            if let Some(id) = self.remembered(&scope) {
                return Ok(id);
            }
        }
        let key = (
            iam.to_owned(),
            credentials.access_key().to_owned(),
            scope.clone(),
        );
        let id = cache_cell(key).get_or_try_init(lookup).await?.clone();
        if temporary {
            self.remember(scope, &id);
        }
        Ok(id)
    }

    async fn resolve_ids(
        &self,
        credentials: Credentials,
        context: &CredentialsContext<'_>,
    ) -> Result<Credentials, Error> {
        let iam = iam_endpoint(&self.env, credentials.iam_endpoint(), context.region);
        match context.credential_kind() {
            CredentialKind::Global => {
                if credentials.domain_id().is_some() {
                    return Ok(credentials);
                }
                let id = self
                    .cached(&credentials, &iam, "domain".to_owned(), || {
                        self.look_up_domain(&credentials, &iam, context.region)
                    })
                    .await?;
                Ok(credentials.with_domain_id(id))
            }
            _ => {
                if credentials.project_id().is_some() {
                    return Ok(credentials);
                }
                // Without a region there is nothing to look up. A path that needs the
                // project id then fails with an error that names the variable to set.
                let Some(region) = context.region else {
                    return Ok(credentials);
                };
                let id = self
                    .cached(&credentials, &iam, format!("project:{region}"), || {
                        self.look_up_project(&credentials, &iam, region)
                    })
                    .await?;
                Ok(credentials.with_project_id(id))
            }
        }
    }

    /// Signs and sends `GET url` with `query`.
    async fn signed_get(
        &self,
        credentials: &Credentials,
        url: &str,
        query: &[(&str, &str)],
    ) -> Result<Received, Error> {
        let mut request =
            SigningRequest::from_url("GET", url)?.with_header("User-Agent", USER_AGENT);
        for (key, value) in query {
            request = request.with_query(*key, *value);
        }
        let params = SigningParams::new(SystemTime::now())
            .with_algorithm(self.algorithm)
            .with_identity_headers(IdentityHeaders::None);
        sign(&mut request, &plain(credentials)?, &params)?;
        let url = request.url();
        let mut builder = self.http.get()?.get(&url);
        for (name, value) in &request.headers {
            builder = builder.header(name.as_str(), value.as_str());
        }
        send(builder, &format!("GET {url}")).await
    }

    async fn look_up_project(
        &self,
        credentials: &Credentials,
        iam: &str,
        region: &str,
    ) -> Result<String, Error> {
        tracing::info!(
            target: LOG_TARGET,
            region,
            iam_endpoint = iam,
            "looking up the project id of region {region}"
        );
        let url = format!("{iam}/v3/projects");
        let received = self
            .signed_get(credentials, &url, &[("name", region)])
            .await?;
        if !received.is_success() {
            // The caller asked for another service, so the error names the IAM step.
            let error = received.to_error().with_context(format!(
                "project id look-up for region {region} at IAM {iam} failed"
            ));
            tracing::warn!(
                target: LOG_TARGET,
                region,
                error = %error,
                "project id look-up failed"
            );
            return Err(error);
        }
        let trace_id = received
            .header("x-iam-trace-id")
            .unwrap_or("none")
            .to_owned();
        let body: Value = serde_json::from_slice(&received.body).map_err(|error| {
            Error::credentials(format!(
                "GET {url}?name={region} returned a body that is not JSON ({error}); IAM trace \
                 id {trace_id}"
            ))
        })?;
        let ids: Vec<&str> = body["projects"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|project| project["id"].as_str())
            .collect();
        match ids.as_slice() {
            [id] => {
                tracing::info!(
                    target: LOG_TARGET,
                    region,
                    project_id = %mask_id(id),
                    "found the project id of region {region}"
                );
                Ok((*id).to_owned())
            }
            [] => Err(Error::configuration(format!(
                "no project named {region} found at IAM {iam} (IAM trace id {trace_id}): check \
                 the region id, or set the project id with HUAWEICLOUD_SDK_PROJECT_ID or on \
                 the credentials"
            ))),
            several => Err(Error::configuration(format!(
                "{} projects named {region} found at IAM {iam}: {} (IAM trace id {trace_id}): \
                 set the project id with HUAWEICLOUD_SDK_PROJECT_ID or on the credentials",
                several.len(),
                several.join(", ")
            ))),
        }
    }

    async fn look_up_domain(
        &self,
        credentials: &Credentials,
        iam: &str,
        region: Option<&str>,
    ) -> Result<String, Error> {
        tracing::info!(
            target: LOG_TARGET,
            iam_endpoint = iam,
            "looking up the domain id"
        );
        let url = format!("{iam}/v3/auth/domains");
        let received = self.signed_get(credentials, &url, &[]).await?;
        if received.is_success() {
            let body: Value = serde_json::from_slice(&received.body).map_err(|error| {
                Error::credentials(format!(
                    "GET {url} returned a body that is not JSON ({error})"
                ))
            })?;
            if let Some(id) = body["domains"][0]["id"]
                .as_str()
                .filter(|id| !id.is_empty())
            {
                tracing::info!(
                    target: LOG_TARGET,
                    domain_id = %mask_id(id),
                    "found the domain id"
                );
                return Ok(id.to_owned());
            }
            tracing::info!(
                target: LOG_TARGET,
                "IAM lists no domain; asking STS for the account id"
            );
        } else if matches!(received.status, 403 | 404) {
            tracing::info!(
                target: LOG_TARGET,
                status = received.status,
                "IAM refused to list domains; asking STS for the account id"
            );
        } else {
            let error = received
                .to_error()
                .with_context(format!("domain id look-up at IAM {iam} failed"));
            tracing::warn!(
                target: LOG_TARGET,
                error = %error,
                "domain id look-up failed"
            );
            return Err(error);
        }

        let sts = sts_endpoint(&self.env, None, region);
        let url = format!("{sts}/v5/caller-identity");
        let received = self.signed_get(credentials, &url, &[]).await?;
        if !received.is_success() {
            let error = received
                .to_error()
                .with_context(format!("domain id look-up at STS {sts} failed"));
            tracing::warn!(
                target: LOG_TARGET,
                error = %error,
                "domain id look-up at STS failed"
            );
            return Err(error);
        }
        let body: Value = serde_json::from_slice(&received.body).unwrap_or(Value::Null);
        match body["account_id"].as_str().filter(|id| !id.is_empty()) {
            Some(id) => {
                tracing::info!(
                    target: LOG_TARGET,
                    domain_id = %mask_id(id),
                    "found the domain id at STS"
                );
                Ok(id.to_owned())
            }
            None => Err(Error::credentials(format!(
                "GET {url} returned no account_id: set the domain id with \
                 HUAWEICLOUD_SDK_DOMAIN_ID or on the credentials"
            ))),
        }
    }
}

/// Returns `credentials` without a derived-signing predicate, because look-ups are always
/// signed with the plain algorithm.
fn plain(credentials: &Credentials) -> Result<Credentials, Error> {
    if !credentials.has_derived_predicate() {
        return Ok(credentials.clone());
    }
    let secret = String::from_utf8_lossy(credentials.secret_key()).into_owned();
    let mut plain = Credentials::new(credentials.access_key(), secret)?;
    if let Some(token) = credentials.security_token() {
        plain = plain.with_security_token(token);
    }
    Ok(plain)
}

/// Replaces the middle 70 % of `id` with `*`, for logs.
pub(crate) fn mask_id(id: &str) -> String {
    let chars: Vec<char> = id.chars().collect();
    let hidden = (chars.len() * 7 + 5) / 10;
    let start = (chars.len() - hidden) / 2;
    chars
        .iter()
        .enumerate()
        .map(|(index, c)| {
            if (start..start + hidden).contains(&index) {
                '*'
            } else {
                *c
            }
        })
        .collect()
}

impl ResolveIdentity for IamIdentityResolver {
    fn resolve<'a>(
        &'a self,
        credentials: Credentials,
        context: &'a CredentialsContext<'a>,
    ) -> BoxFuture<'a, Result<Credentials, Error>> {
        Box::pin(self.resolve_ids(credentials, context))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mask_hides_the_middle() {
        assert_eq!(
            mask_id("0123456789abcdef0123456789abcdef"),
            "01234**********************bcdef"
        );
        assert_eq!(mask_id("abcdefghij"), "a*******ij");
        assert_eq!(mask_id(""), "");
        assert_eq!(mask_id("a"), "*");
    }
}
