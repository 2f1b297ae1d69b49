//! Federation with an OpenID Connect id token: IAM exchanges the token for a federated token,
//! then for temporary AK/SK.

use std::fmt;
use std::path::{Path, PathBuf};

use serde_json::json;

use crate::credentials::Credentials;
use crate::env::Environment;
use crate::error::Error;
use crate::provider::endpoints::iam_endpoint;
use crate::provider::http::{send, LazyClient, USER_AGENT};
use crate::provider::parse::{parse_credentials_json, ExpiringCredentials};
use crate::provider::refresh::{FetchCredentials, RefreshOptions, RefreshingProvider};
use crate::provider::{BoxFuture, CredentialsContext, ProvideCredentials};

/// Lifetime requested for the temporary keys, in seconds (6 hours, as the official Python core
/// requests).
pub const DEFAULT_FEDERATION_DURATION_SECS: u32 = 21_600;

/// Time allowed to connect to IAM.
const CONNECT_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// Time allowed between two reads of an IAM response.
const READ_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// Temporary credentials for an identity provider (IdP) federated with IAM, from an OpenID
/// Connect id token kept in a file.
///
/// Each refresh reads the token file again (Kubernetes rotates projected service-account
/// tokens), sends the token unsigned to `POST {iam}/v3.0/OS-AUTH/id-token/tokens` with header
/// `X-Idp-Id`, and exchanges the returned `X-Subject-Token` for temporary AK/SK at
/// `POST {iam}/v3.0/OS-CREDENTIAL/securitytokens`.
///
/// The IAM endpoint is the one given to
/// [`IdTokenProviderBuilder::iam_endpoint`], else
/// `HUAWEICLOUD_SDK_IAM_ENDPOINT`, else the endpoint of the client's region, else
/// `https://iam.myhuaweicloud.com`.
///
/// Both requests go through the HTTP client of the calling SDK client
/// ([`CredentialsContext::http_client`]), so they use its proxy and TLS settings. Without one,
/// the provider's own client uses the process's proxy variables, unless the provider was given
/// its own environment.
#[derive(Debug)]
pub struct IdTokenProvider {
    inner: RefreshingProvider<IdTokenSource>,
}

/// The fetching half of [`IdTokenProvider`].
pub struct IdTokenSource {
    idp_id: String,
    token_file: PathBuf,
    iam_endpoint: Option<String>,
    project_id: Option<String>,
    domain_id: Option<String>,
    duration_secs: u32,
    env: Environment,
    http: LazyClient,
}

impl fmt::Debug for IdTokenSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IdTokenSource")
            .field("idp_id", &self.idp_id)
            .field("token_file", &self.token_file)
            .field("iam_endpoint", &self.iam_endpoint)
            .field("project_id", &self.project_id)
            .field("domain_id", &self.domain_id)
            .field("duration_secs", &self.duration_secs)
            .finish()
    }
}

/// Builder of an [`IdTokenProvider`].
#[derive(Debug)]
#[must_use]
pub struct IdTokenProviderBuilder {
    source: IdTokenSource,
    options: RefreshOptions,
}

impl IdTokenProvider {
    /// Starts a provider for identity provider `idp_id` whose id token is in `token_file`.
    pub fn builder(
        idp_id: impl Into<String>,
        token_file: impl Into<PathBuf>,
    ) -> IdTokenProviderBuilder {
        IdTokenProviderBuilder {
            source: IdTokenSource {
                idp_id: idp_id.into(),
                token_file: token_file.into(),
                iam_endpoint: None,
                project_id: None,
                domain_id: None,
                duration_secs: DEFAULT_FEDERATION_DURATION_SECS,
                env: Environment::process(),
                http: LazyClient::new(CONNECT_TIMEOUT, READ_TIMEOUT, false),
            },
            options: RefreshOptions::default(),
        }
    }

    /// Returns the IdP id.
    pub fn idp_id(&self) -> &str {
        &self.inner.source().idp_id
    }

    /// Returns the path of the id token file.
    pub fn token_file(&self) -> &Path {
        &self.inner.source().token_file
    }
}

impl IdTokenProviderBuilder {
    /// Sets the IAM endpoint (default: see [`IdTokenProvider`]).
    pub fn iam_endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.source.iam_endpoint = Some(endpoint.into()).filter(|text| !text.trim().is_empty());
        self
    }

    /// Sets the project id put on the credentials (default: none, looked up by the client).
    pub fn project_id(mut self, project_id: impl Into<String>) -> Self {
        self.source.project_id = Some(project_id.into()).filter(|id| !id.is_empty());
        self
    }

    /// Sets the domain id put on the credentials (default: none, looked up by the client).
    pub fn domain_id(mut self, domain_id: impl Into<String>) -> Self {
        self.source.domain_id = Some(domain_id.into()).filter(|id| !id.is_empty());
        self
    }

    /// Sets the lifetime requested for the temporary keys, in seconds (default 21600). IAM
    /// rejects values outside its allowed range with an error response.
    pub fn duration_secs(mut self, seconds: u32) -> Self {
        self.source.duration_secs = seconds;
        self
    }

    /// Reads `HUAWEICLOUD_SDK_IAM_ENDPOINT` from `env` (default: the process). With an
    /// environment other than the process's, the provider's own HTTP client ignores the
    /// process's proxy variables.
    pub fn environment(mut self, env: &Environment) -> Self {
        self.source.env = env.clone();
        self.source.http = LazyClient::new(CONNECT_TIMEOUT, READ_TIMEOUT, !env.is_process());
        self
    }

    /// Sets the refresh clock and margin.
    pub fn refresh_options(mut self, options: &RefreshOptions) -> Self {
        self.options = options.clone();
        self
    }

    /// Builds the provider. Does no I/O.
    pub fn build(self) -> IdTokenProvider {
        IdTokenProvider {
            inner: RefreshingProvider::new("idp", self.source, self.options),
        }
    }
}

/// Reads a token file and returns its trimmed content. Errors name `description` and the path.
pub(crate) async fn read_token_file(path: &Path, description: &str) -> Result<String, Error> {
    let text = tokio::fs::read_to_string(path).await.map_err(|error| {
        if error.kind() == std::io::ErrorKind::NotFound {
            Error::configuration(format!(
                "{description} {} does not exist: check the path, or that the token is mounted",
                path.display()
            ))
        } else {
            Error::configuration(format!(
                "cannot read {description} {}: {error}",
                path.display()
            ))
        }
    })?;
    let token = text.trim();
    if token.is_empty() {
        return Err(Error::configuration(format!(
            "{description} {} is empty: it must contain the token",
            path.display()
        )));
    }
    Ok(token.to_owned())
}

impl IdTokenSource {
    async fn fetch_credentials(
        &self,
        context: &CredentialsContext<'_>,
    ) -> Result<ExpiringCredentials, Error> {
        let id_token = read_token_file(&self.token_file, "id token file").await?;
        let endpoint = iam_endpoint(&self.env, self.iam_endpoint.as_deref(), context.region);
        let client = self.http.get_for(context)?;

        let url = format!("{endpoint}/v3.0/OS-AUTH/id-token/tokens");
        let request_line = format!("POST {url}");
        let request = client
            .post(&url)
            .header("X-Idp-Id", &self.idp_id)
            .header("Content-Type", "application/json;charset=UTF-8")
            .header("User-Agent", USER_AGENT)
            .body(json!({"auth": {"id_token": {"id": id_token}}}).to_string());
        let received = send(request, &request_line).await?;
        if !received.is_success() {
            return Err(received.to_error());
        }
        let subject_token = received
            .header("x-subject-token")
            .filter(|token| !token.trim().is_empty())
            .ok_or_else(|| {
                Error::credentials(format!(
                    "{request_line} returned status {} without an X-Subject-Token header",
                    received.status
                ))
            })?
            .trim()
            .to_owned();

        let url = format!("{endpoint}/v3.0/OS-CREDENTIAL/securitytokens");
        let request_line = format!("POST {url}");
        let body = json!({
            "auth": {
                "identity": {
                    "methods": ["token"],
                    "token": {"id": subject_token, "duration_seconds": self.duration_secs},
                },
            },
        });
        let request = client
            .post(&url)
            .header("Content-Type", "application/json;charset=UTF-8")
            .header("User-Agent", USER_AGENT)
            .body(body.to_string());
        let mut fetched = exchange_for_credentials(
            request,
            &request_line,
            self.project_id.as_deref(),
            self.domain_id.as_deref(),
        )
        .await?;
        if let Some(endpoint) = &self.iam_endpoint {
            fetched.credentials = fetched.credentials.with_iam_endpoint(endpoint.as_str());
        }
        Ok(fetched)
    }
}

/// Sends a token exchange `request` and returns the temporary credentials of its JSON reply,
/// with the preset project and domain ids set. `request_line` names the call in errors.
pub(crate) async fn exchange_for_credentials(
    request: reqwest::RequestBuilder,
    request_line: &str,
    project_id: Option<&str>,
    domain_id: Option<&str>,
) -> Result<ExpiringCredentials, Error> {
    let received = send(request, request_line).await?;
    if !received.is_success() {
        return Err(received.to_error());
    }
    let mut fetched = parse_credentials_json(&received.body, request_line)?;
    fetched.credentials = with_ids(fetched.credentials, project_id, domain_id);
    Ok(fetched)
}

/// Sets the preset project and domain ids on `credentials`.
pub(crate) fn with_ids(
    mut credentials: Credentials,
    project_id: Option<&str>,
    domain_id: Option<&str>,
) -> Credentials {
    if let Some(project_id) = project_id {
        credentials = credentials.with_project_id(project_id);
    }
    if let Some(domain_id) = domain_id {
        credentials = credentials.with_domain_id(domain_id);
    }
    credentials
}

impl FetchCredentials for IdTokenSource {
    fn fetch<'a>(
        &'a self,
        context: &'a CredentialsContext<'a>,
    ) -> BoxFuture<'a, Result<ExpiringCredentials, Error>> {
        Box::pin(self.fetch_credentials(context))
    }
}

impl ProvideCredentials for IdTokenProvider {
    fn credentials<'a>(
        &'a self,
        context: &'a CredentialsContext<'a>,
    ) -> BoxFuture<'a, Result<Credentials, Error>> {
        self.inner.credentials(context)
    }
}
