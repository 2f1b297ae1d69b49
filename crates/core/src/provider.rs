//! Where a client gets its credentials at call time, and the hook that fills in a missing
//! project or domain id.
//!
//! A client holds one [`ProvideCredentials`] and asks it before every call, so providers of
//! temporary credentials can refresh them. [`StaticCredentials`] returns fixed credentials;
//! [`EnvironmentCredentials`] reads `HUAWEICLOUD_SDK_*` variables. An optional
//! [`ResolveIdentity`] runs after the provider and before signing, and can look up a project
//! or domain id that the credentials lack.

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
}

impl<'a> CredentialsContext<'a> {
    /// Creates a context.
    pub fn new(service: &'static ServiceInfo, region: Option<&'a str>) -> Self {
        CredentialsContext { service, region }
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
