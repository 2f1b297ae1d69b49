//! Where a client gets its credentials at call time, and the hook that fills in a missing
//! project or domain id.
//!
//! A client holds one [`ProvideCredentials`] and asks it before every call, so providers of
//! temporary credentials can refresh them. [`StaticCredentials`] returns fixed credentials;
//! [`EnvironmentCredentials`] reads `HUAWEICLOUD_SDK_*` variables. An optional
//! [`ResolveIdentity`] runs after the provider and before signing, and can look up a project
//! or domain id that the credentials lack.
//!
//! The submodules add the providers of the default chain
//! ([`CredentialsProviderChain::default_chain`]): environment variables, the credentials
//! file, the ECS metadata service, IdP federation with an id token, OpenID Connect federation
//! through STS and CCE pod identity. Providers of temporary credentials refresh them before
//! they expire ([`RefreshingProvider`]), and [`IamIdentityResolver`] looks up missing project
//! and domain ids at IAM.

mod chain;
mod clock;
mod endpoints;
mod environment;
mod http;
mod identity;
mod idp;
mod metadata;
mod oidc;
mod parse;
mod pod;
mod profile;
mod refresh;

pub use chain::{is_not_loaded, not_loaded, CredentialsProviderChain, NotLoaded};
pub use clock::{Clock, ManualClock, SystemClock};
pub use endpoints::{
    iam_endpoint, sts_endpoint, DEFAULT_IAM_ENDPOINT, DEFAULT_STS_ENDPOINT, IAM_ENDPOINT_VAR,
    STS_ENDPOINT_VAR,
};
pub use environment::{
    EnvironmentProvider, AK_VAR, DOMAIN_ID_VAR, IDP_ID_VAR, ID_TOKEN_FILE_VAR, PROJECT_ID_VAR,
    SECURITY_TOKEN_VAR, SK_VAR,
};
pub(crate) use identity::mask_id;
pub use identity::IamIdentityResolver;
pub use idp::{
    IdTokenProvider, IdTokenProviderBuilder, IdTokenSource, DEFAULT_FEDERATION_DURATION_SECS,
};
pub use metadata::{
    MetadataProvider, MetadataSource, DEFAULT_METADATA_CONNECT_TIMEOUT, DEFAULT_METADATA_ENDPOINT,
    DEFAULT_METADATA_READ_TIMEOUT, METADATA_DISABLED_VAR, METADATA_ENDPOINT_VAR,
};
pub use oidc::{
    OidcProvider, OidcSource, OIDC_AGENCY_URN_VAR, OIDC_DURATION_SECONDS_VAR, OIDC_ID_TOKEN_VAR,
    OIDC_POLICY_IDS_VAR, OIDC_POLICY_VAR, OIDC_PROVIDER_URN_VAR, OIDC_SESSION_NAME_VAR,
    OIDC_TOKEN_FILE_VAR,
};
pub use parse::{parse_credentials_json, ExpiringCredentials};
pub use pod::{
    PodIdentityProvider, PodIdentitySource, POD_CREDENTIALS_URI_VAR, POD_TOKEN_FILE_VAR,
};
pub use profile::{ProfileProvider, CREDENTIALS_FILE_VAR};
pub use refresh::{FetchCredentials, RefreshOptions, RefreshingProvider, DEFAULT_REFRESH_MARGIN};

/// Target of the providers' log events (fetches, refresh failures, id look-ups).
pub(crate) const LOG_TARGET: &str = "huaweicloud_sdk::credentials";

use std::fmt;
use std::future::Future;
use std::pin::Pin;

use crate::credentials::Credentials;
use crate::env::Environment;
use crate::error::Error;
use crate::operation::{CredentialKind, ServiceInfo};

/// A boxed future that can be sent between threads.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// What a provider knows about the call it provides credentials for.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct CredentialsContext<'a> {
    /// The service called.
    pub service: &'static ServiceInfo,
    /// The region id, when the client was built with a region.
    pub region: Option<&'a str>,
    http: Option<&'a reqwest::Client>,
}

impl<'a> CredentialsContext<'a> {
    /// Creates a context without an HTTP client.
    pub fn new(service: &'static ServiceInfo, region: Option<&'a str>) -> Self {
        CredentialsContext {
            service,
            region,
            http: None,
        }
    }

    /// Sets the HTTP client of the calling SDK client, built from its
    /// [`HttpConfig`](crate::config::HttpConfig). Providers send their IAM and STS requests
    /// through it, so those follow the client's proxy and TLS settings.
    #[must_use]
    pub fn with_http_client(mut self, http: &'a reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// Returns the HTTP client of the calling SDK client, if the context has one.
    pub fn http_client(&self) -> Option<&'a reqwest::Client> {
        self.http
    }

    /// Returns the kind of credentials the service expects.
    pub fn credential_kind(&self) -> CredentialKind {
        self.service.credential_kind
    }
}

/// Source of the credentials of each call.
pub trait ProvideCredentials: Send + Sync + fmt::Debug {
    /// Returns the credentials to sign the next call with.
    fn credentials<'a>(
        &'a self,
        context: &'a CredentialsContext<'a>,
    ) -> BoxFuture<'a, Result<Credentials, Error>>;
}

/// Fills in a project id (regional services) or domain id (global services) that the
/// credentials lack, for example by asking IAM. Runs before signing, after the provider.
pub trait ResolveIdentity: Send + Sync + fmt::Debug {
    /// Returns `credentials` with the missing id set.
    fn resolve<'a>(
        &'a self,
        credentials: Credentials,
        context: &'a CredentialsContext<'a>,
    ) -> BoxFuture<'a, Result<Credentials, Error>>;
}

/// Fixed credentials.
#[derive(Debug, Clone)]
pub struct StaticCredentials(pub Credentials);

impl ProvideCredentials for StaticCredentials {
    fn credentials<'a>(
        &'a self,
        _context: &'a CredentialsContext<'a>,
    ) -> BoxFuture<'a, Result<Credentials, Error>> {
        let credentials = self.0.clone();
        Box::pin(async move { Ok(credentials) })
    }
}

/// Credentials from the variables `HUAWEICLOUD_SDK_AK`, `HUAWEICLOUD_SDK_SK` and the optional
/// `HUAWEICLOUD_SDK_SECURITY_TOKEN`, `HUAWEICLOUD_SDK_PROJECT_ID` and
/// `HUAWEICLOUD_SDK_DOMAIN_ID`, read once when the provider is created.
#[derive(Debug, Clone)]
pub struct EnvironmentCredentials(StaticCredentials);

impl EnvironmentCredentials {
    /// Reads the variables from `env`.
    ///
    /// # Errors
    ///
    /// A [`Credentials`](crate::error::ErrorKind::Credentials) error naming the variables to
    /// set when `HUAWEICLOUD_SDK_AK` or `HUAWEICLOUD_SDK_SK` is missing or invalid.
    pub fn from_env(env: &Environment) -> Result<Self, Error> {
        let access_key = env.non_empty_var("HUAWEICLOUD_SDK_AK");
        let secret_key = env.non_empty_var("HUAWEICLOUD_SDK_SK");
        let (Some(access_key), Some(secret_key)) = (access_key, secret_key) else {
            return Err(Error::credentials(
                "no credentials: set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK, or pass \
                 credentials to the client builder with .credentials(...)",
            ));
        };
        let mut credentials = Credentials::new(access_key.trim(), secret_key.trim())?;
        if let Some(token) = env.non_empty_var("HUAWEICLOUD_SDK_SECURITY_TOKEN") {
            credentials = credentials.with_security_token(token.trim());
        }
        if let Some(project_id) = env.non_empty_var("HUAWEICLOUD_SDK_PROJECT_ID") {
            credentials = credentials.with_project_id(project_id.trim());
        }
        if let Some(domain_id) = env.non_empty_var("HUAWEICLOUD_SDK_DOMAIN_ID") {
            credentials = credentials.with_domain_id(domain_id.trim());
        }
        Ok(EnvironmentCredentials(StaticCredentials(credentials)))
    }
}

impl ProvideCredentials for EnvironmentCredentials {
    fn credentials<'a>(
        &'a self,
        context: &'a CredentialsContext<'a>,
    ) -> BoxFuture<'a, Result<Credentials, Error>> {
        self.0.credentials(context)
    }
}
