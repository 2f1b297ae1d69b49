//! Temporary credentials from STS for an OpenID Connect identity (AssumeAgencyWithOIDC).

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use serde_json::{json, Map, Value};

use crate::credentials::Credentials;
use crate::env::Environment;
use crate::error::Error;
use crate::provider::chain::not_loaded;
use crate::provider::endpoints::sts_endpoint;
use crate::provider::environment::{DOMAIN_ID_VAR, PROJECT_ID_VAR};
use crate::provider::http::{LazyClient, USER_AGENT};
use crate::provider::idp::{exchange_for_credentials, read_token_file};
use crate::provider::parse::ExpiringCredentials;
use crate::provider::refresh::{FetchCredentials, RefreshOptions, RefreshingProvider};
use crate::provider::{BoxFuture, CredentialsContext, ProvideCredentials};

/// URN of the OpenID Connect identity provider (required).
pub const OIDC_PROVIDER_URN_VAR: &str = "HUAWEICLOUD_OIDC_PROVIDER_URN";
/// URN of the agency to assume (required).
pub const OIDC_AGENCY_URN_VAR: &str = "HUAWEICLOUD_OIDC_AGENCY_URN";
/// The id token itself; `HUAWEICLOUD_OIDC_TOKEN_FILE` is read when this is unset.
pub const OIDC_ID_TOKEN_VAR: &str = "HUAWEICLOUD_OIDC_ID_TOKEN";
/// File that contains the id token, read again at every refresh.
pub const OIDC_TOKEN_FILE_VAR: &str = "HUAWEICLOUD_OIDC_TOKEN_FILE";
/// Session name (default `oidc-sts-session`).
pub const OIDC_SESSION_NAME_VAR: &str = "HUAWEICLOUD_OIDC_SESSION_NAME";
/// Lifetime of the temporary keys in seconds (default 3600).
pub const OIDC_DURATION_SECONDS_VAR: &str = "HUAWEICLOUD_OIDC_DURATION_SECONDS";
/// Inline session policy (JSON text).
pub const OIDC_POLICY_VAR: &str = "HUAWEICLOUD_OIDC_POLICY";
/// Comma-separated ids of policies that limit the session.
pub const OIDC_POLICY_IDS_VAR: &str = "HUAWEICLOUD_OIDC_POLICY_IDS";

const DEFAULT_SESSION_NAME: &str = "oidc-sts-session";
const DEFAULT_DURATION_SECS: u64 = 3600;
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
const READ_TIMEOUT: Duration = Duration::from_secs(30);

/// Temporary credentials for an agency assumed with an OpenID Connect id token, from
/// `POST {sts}/v5/agencies/assume-with-oidc` (unsigned).
///
/// Settings come from the `HUAWEICLOUD_OIDC_*` variables, read on the first call:
/// `PROVIDER_URN` and `AGENCY_URN` (required), `ID_TOKEN` or `TOKEN_FILE` (the file is read
/// again at every refresh), `SESSION_NAME`, `DURATION_SECONDS`, `POLICY` and `POLICY_IDS`.
/// The STS endpoint is `HUAWEICLOUD_SDK_STS_ENDPOINT`, else the endpoint of the client's
/// region, else `https://sts.cn-north-4.myhuaweicloud.com`. `HUAWEICLOUD_SDK_PROJECT_ID` and
/// `HUAWEICLOUD_SDK_DOMAIN_ID` are put on the credentials.
///
/// The request goes through the HTTP client of the calling SDK client
/// ([`CredentialsContext::http_client`]), so it uses its proxy and TLS settings. Without one,
/// the provider's own client uses the process's proxy variables when `env` is the process's.
#[derive(Debug)]
pub struct OidcProvider {
    inner: RefreshingProvider<OidcSource>,
}

/// The fetching half of [`OidcProvider`].
pub struct OidcSource {
    env: Environment,
    http: LazyClient,
}

impl fmt::Debug for OidcSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OidcSource")
            .field(
                "provider_urn",
                &self.env.non_empty_var(OIDC_PROVIDER_URN_VAR),
            )
            .field("agency_urn", &self.env.non_empty_var(OIDC_AGENCY_URN_VAR))
            .finish()
    }
}

enum IdToken {
    Inline(String),
    File(PathBuf),
}

impl OidcProvider {
    /// Reads the settings from `env`.
    pub fn new(env: &Environment) -> Self {
        OidcProvider::with_options(env, &RefreshOptions::default())
    }

    /// Reads the settings from `env` and refreshes with `options`.
    pub fn with_options(env: &Environment, options: &RefreshOptions) -> Self {
        let source = OidcSource {
            env: env.clone(),
            http: LazyClient::new(CONNECT_TIMEOUT, READ_TIMEOUT, !env.is_process()),
        };
        OidcProvider {
            inner: RefreshingProvider::new("oidc", source, options.clone()),
        }
    }

    /// Returns true when any of the provider URN, agency URN, id token or token file variables
    /// is set in `env`.
    pub fn is_configured(env: &Environment) -> bool {
        [
            OIDC_PROVIDER_URN_VAR,
            OIDC_AGENCY_URN_VAR,
            OIDC_ID_TOKEN_VAR,
            OIDC_TOKEN_FILE_VAR,
        ]
        .iter()
        .any(|name| env.non_empty_var(name).is_some())
    }
}

impl OidcSource {
    fn var(&self, name: &str) -> Option<String> {
        self.env
            .non_empty_var(name)
            .map(|value| value.trim().to_owned())
    }

    fn required(&self, name: &str) -> Result<String, Error> {
        self.var(name).ok_or_else(|| {
            Error::configuration(format!(
                "{name} is not set: OpenID Connect federation needs {OIDC_PROVIDER_URN_VAR}, \
                 {OIDC_AGENCY_URN_VAR} and {OIDC_ID_TOKEN_VAR} or {OIDC_TOKEN_FILE_VAR}"
            ))
        })
    }

    /// Builds the request body, reading the token file if one is configured.
    async fn request_body(&self) -> Result<Value, Error> {
        let provider_urn = self.required(OIDC_PROVIDER_URN_VAR)?;
        let agency_urn = self.required(OIDC_AGENCY_URN_VAR)?;
        let id_token = match (self.var(OIDC_ID_TOKEN_VAR), self.var(OIDC_TOKEN_FILE_VAR)) {
            (Some(token), _) => IdToken::Inline(token),
            (None, Some(path)) => IdToken::File(PathBuf::from(path)),
            (None, None) => {
                return Err(Error::configuration(format!(
                    "neither {OIDC_ID_TOKEN_VAR} nor {OIDC_TOKEN_FILE_VAR} is set: set one to \
                     the OpenID Connect id token"
                )))
            }
        };
        let duration: u64 = match self.var(OIDC_DURATION_SECONDS_VAR) {
            None => DEFAULT_DURATION_SECS,
            Some(text) => text.parse().map_err(|_| {
                Error::configuration(format!(
                    "invalid {OIDC_DURATION_SECONDS_VAR} {text:?}: use a whole number of \
                     seconds, such as 3600"
                ))
            })?,
        };
        let id_token = match id_token {
            IdToken::Inline(token) => token,
            IdToken::File(path) => read_token_file(&path, "OpenID Connect token file").await?,
        };

        let mut body = Map::new();
        body.insert("provider_urn".into(), json!(provider_urn));
        body.insert("agency_urn".into(), json!(agency_urn));
        body.insert(
            "agency_session_name".into(),
            json!(self
                .var(OIDC_SESSION_NAME_VAR)
                .unwrap_or_else(|| DEFAULT_SESSION_NAME.to_owned())),
        );
        body.insert("id_token".into(), json!(id_token));
        body.insert("duration_seconds".into(), json!(duration));
        self.add_policies(&mut body);
        Ok(Value::Object(body))
    }

    /// Adds the optional session policy and policy ids (a comma-separated list in which blank
    /// items are dropped).
    fn add_policies(&self, body: &mut Map<String, Value>) {
        if let Some(policy) = self.var(OIDC_POLICY_VAR) {
            body.insert("policy".into(), json!(policy));
        }
        if let Some(ids) = self.var(OIDC_POLICY_IDS_VAR) {
            let ids: Vec<&str> = ids
                .split(',')
                .map(str::trim)
                .filter(|id| !id.is_empty())
                .collect();
            if !ids.is_empty() {
                body.insert("policy_ids".into(), json!(ids));
            }
        }
    }

    async fn fetch_credentials(
        &self,
        context: &CredentialsContext<'_>,
    ) -> Result<ExpiringCredentials, Error> {
        if !OidcProvider::is_configured(&self.env) {
            return Err(not_loaded(format!(
                "{OIDC_PROVIDER_URN_VAR} and {OIDC_AGENCY_URN_VAR} are not set"
            )));
        }
        let body = self.request_body().await?;
        let endpoint = sts_endpoint(&self.env, None, context.region);
        let url = format!("{endpoint}/v5/agencies/assume-with-oidc");
        let request_line = format!("POST {url}");
        let request = self
            .http
            .get_for(context)?
            .post(&url)
            .header("Content-Type", "application/json;charset=UTF-8")
            .header("User-Agent", USER_AGENT)
            .body(body.to_string());
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

impl FetchCredentials for OidcSource {
    fn fetch<'a>(
        &'a self,
        context: &'a CredentialsContext<'a>,
    ) -> BoxFuture<'a, Result<ExpiringCredentials, Error>> {
        Box::pin(self.fetch_credentials(context))
    }
}

impl ProvideCredentials for OidcProvider {
    fn credentials<'a>(
        &'a self,
        context: &'a CredentialsContext<'a>,
    ) -> BoxFuture<'a, Result<Credentials, Error>> {
        self.inner.credentials(context)
    }
}
