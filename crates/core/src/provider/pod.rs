//! Temporary credentials from the CCE pod identity agent.

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use crate::credentials::Credentials;
use crate::env::Environment;
use crate::error::Error;
use crate::provider::chain::not_loaded;
use crate::provider::environment::{DOMAIN_ID_VAR, PROJECT_ID_VAR};
use crate::provider::http::{LazyClient, USER_AGENT};
use crate::provider::idp::{exchange_for_credentials, read_token_file};
use crate::provider::parse::ExpiringCredentials;
use crate::provider::refresh::{FetchCredentials, RefreshOptions, RefreshingProvider};
use crate::provider::{BoxFuture, CredentialsContext, ProvideCredentials};

/// URL of the pod identity agent's credentials endpoint.
pub const POD_CREDENTIALS_URI_VAR: &str = "HC_CONTAINER_CREDENTIALS_FULL_URI";

/// File with the token sent as `Authorization`, read again at every refresh.
pub const POD_TOKEN_FILE_VAR: &str = "HC_CONTAINER_AUTHORIZATION_TOKEN_FILE";

/// Time allowed to connect to the agent, and between two reads of its response.
const TIMEOUT: Duration = Duration::from_secs(5);

/// Temporary credentials of a CCE pod's identity, from the node's pod identity agent.
///
/// Needs both `HC_CONTAINER_CREDENTIALS_FULL_URI` and
/// `HC_CONTAINER_AUTHORIZATION_TOKEN_FILE`. Each fetch reads the token file and sends
/// `POST <uri>` with the token as `Authorization` and the JSON body `{}`, connecting directly
/// (no proxy) with 5 s timeouts. `HUAWEICLOUD_SDK_PROJECT_ID` and `HUAWEICLOUD_SDK_DOMAIN_ID`
/// are put on the credentials.
#[derive(Debug)]
pub struct PodIdentityProvider {
    inner: RefreshingProvider<PodIdentitySource>,
}

/// The fetching half of [`PodIdentityProvider`].
pub struct PodIdentitySource {
    env: Environment,
    http: LazyClient,
}

impl fmt::Debug for PodIdentitySource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PodIdentitySource")
            .field("uri", &self.env.non_empty_var(POD_CREDENTIALS_URI_VAR))
            .field("token_file", &self.env.non_empty_var(POD_TOKEN_FILE_VAR))
            .finish()
    }
}

impl PodIdentityProvider {
    /// Reads the settings from `env`.
    pub fn new(env: &Environment) -> Self {
        PodIdentityProvider::with_options(env, &RefreshOptions::default())
    }

    /// Reads the settings from `env` and refreshes with `options`.
    pub fn with_options(env: &Environment, options: &RefreshOptions) -> Self {
        let source = PodIdentitySource {
            env: env.clone(),
            http: LazyClient::new(TIMEOUT, TIMEOUT, true),
        };
        PodIdentityProvider {
            inner: RefreshingProvider::new("pod identity", source, options.clone()),
        }
    }
}

impl PodIdentitySource {
    fn var(&self, name: &str) -> Option<String> {
        self.env
            .non_empty_var(name)
            .map(|value| value.trim().to_owned())
    }

    async fn fetch_credentials(&self) -> Result<ExpiringCredentials, Error> {
        let (uri, token_file) = match (
            self.var(POD_CREDENTIALS_URI_VAR),
            self.var(POD_TOKEN_FILE_VAR),
        ) {
            (Some(uri), Some(file)) => (uri, PathBuf::from(file)),
            (None, None) => {
                return Err(not_loaded(format!(
                    "{POD_CREDENTIALS_URI_VAR} and {POD_TOKEN_FILE_VAR} are not set"
                )))
            }
            (Some(_), None) => {
                return Err(Error::configuration(format!(
                    "{POD_CREDENTIALS_URI_VAR} is set but {POD_TOKEN_FILE_VAR} is not: set \
                     both, or unset {POD_CREDENTIALS_URI_VAR}"
                )))
            }
            (None, Some(_)) => {
                return Err(Error::configuration(format!(
                    "{POD_TOKEN_FILE_VAR} is set but {POD_CREDENTIALS_URI_VAR} is not: set \
                     both, or unset {POD_TOKEN_FILE_VAR}"
                )))
            }
        };
        let token = read_token_file(&token_file, "pod identity token file").await?;
        let request_line = format!("POST {uri}");
        let request = self
            .http
            .get()?
            .post(&uri)
            .header("Authorization", token)
            .header("Content-Type", "application/json")
            .header("User-Agent", USER_AGENT)
            .body("{}");
        let fetched = exchange_for_credentials(
            request,
            &request_line,
            self.var(PROJECT_ID_VAR).as_deref(),
            self.var(DOMAIN_ID_VAR).as_deref(),
        )
        .await?;
        Ok(fetched)
    }
}

impl FetchCredentials for PodIdentitySource {
    fn fetch<'a>(
        &'a self,
        _context: &'a CredentialsContext<'a>,
    ) -> BoxFuture<'a, Result<ExpiringCredentials, Error>> {
        Box::pin(self.fetch_credentials())
    }
}

impl ProvideCredentials for PodIdentityProvider {
    fn credentials<'a>(
        &'a self,
        context: &'a CredentialsContext<'a>,
    ) -> BoxFuture<'a, Result<Credentials, Error>> {
        self.inner.credentials(context)
    }
}
