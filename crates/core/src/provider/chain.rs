//! Chains of credential providers: the first provider that finds credentials serves every
//! later call.

use std::borrow::Cow;
use std::fmt;
use std::sync::{Arc, OnceLock};

use crate::credentials::Credentials;
use crate::env::Environment;
use crate::error::Error;
use crate::operation::CredentialKind;
use crate::provider::environment::EnvironmentProvider;
use crate::provider::metadata::MetadataProvider;
use crate::provider::oidc::OidcProvider;
use crate::provider::pod::PodIdentityProvider;
use crate::provider::profile::ProfileProvider;
use crate::provider::refresh::RefreshOptions;
use crate::provider::LOG_TARGET;
use crate::provider::{BoxFuture, CredentialsContext, ProvideCredentials};

/// Marker source of the errors made by [`not_loaded`].
#[derive(Debug, Clone, Copy, thiserror::Error)]
#[error("the provider is not configured")]
pub struct NotLoaded;

/// Creates the error a provider returns when it is not configured at all (no variables, no
/// file, no metadata service), so that a chain tries the next provider. `reason` describes
/// what was looked for.
///
/// Any other error from a provider stops a [`CredentialsProviderChain`]: a half-configured
/// provider (an AK without an SK, an unreadable token file) reports its own problem instead of
/// being skipped.
pub fn not_loaded(reason: impl Into<String>) -> Error {
    Error::credentials(reason).with_source(NotLoaded)
}

/// Returns true when `error` was made by [`not_loaded`].
pub fn is_not_loaded(error: &Error) -> bool {
    std::error::Error::source(error).is_some_and(|source| source.is::<NotLoaded>())
}

type Member = (Cow<'static, str>, Arc<dyn ProvideCredentials>);

/// Providers tried in order until one returns credentials.
///
/// The first call tries each provider in turn. A provider that returns a [`not_loaded`] error
/// passes to the next one; any other error stops the chain. The provider that returned
/// credentials is remembered (separately for regional and global services) and serves every
/// later call, so temporary credentials refresh through it. A failed search is not
/// remembered: the next call searches again.
///
/// ```
/// use huaweicloud_sdk_core::credentials::Credentials;
/// use huaweicloud_sdk_core::env::Environment;
/// use huaweicloud_sdk_core::provider::{
///     CredentialsProviderChain, EnvironmentProvider, StaticCredentials,
/// };
///
/// let env = Environment::from_vars([("HOME", "/nonexistent")]);
/// let fallback = Credentials::new("MY-AK", "MY-SK")?;
/// let chain = CredentialsProviderChain::first_try("environment", EnvironmentProvider::new(&env))
///     .or_else("fallback", StaticCredentials(fallback));
/// assert_eq!(chain.names(), ["environment", "fallback"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct CredentialsProviderChain {
    label: Cow<'static, str>,
    members: Vec<Member>,
    /// Index of the provider that found credentials, per [`CredentialKind`].
    selected: [OnceLock<usize>; 2],
    /// Serializes searches, so concurrent first calls search once.
    search: tokio::sync::Mutex<()>,
}

impl fmt::Debug for CredentialsProviderChain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CredentialsProviderChain")
            .field("label", &self.label)
            .field("members", &self.members)
            .field("selected", &self.selected)
            .finish()
    }
}

fn kind_index(kind: CredentialKind) -> usize {
    match kind {
        CredentialKind::Global => 1,
        _ => 0,
    }
}

impl CredentialsProviderChain {
    /// Starts a chain whose first provider is `provider`, called `name` in logs and errors.
    pub fn first_try(
        name: impl Into<Cow<'static, str>>,
        provider: impl ProvideCredentials + 'static,
    ) -> Self {
        CredentialsProviderChain {
            label: Cow::Borrowed("credentials chain"),
            members: vec![(name.into(), Arc::new(provider))],
            selected: [OnceLock::new(), OnceLock::new()],
            search: tokio::sync::Mutex::new(()),
        }
    }

    /// Adds `provider`, tried after the ones already in the chain.
    #[must_use]
    pub fn or_else(
        self,
        name: impl Into<Cow<'static, str>>,
        provider: impl ProvideCredentials + 'static,
    ) -> Self {
        self.or_else_shared(name, Arc::new(provider))
    }

    /// Adds a shared provider, tried after the ones already in the chain.
    #[must_use]
    pub fn or_else_shared(
        mut self,
        name: impl Into<Cow<'static, str>>,
        provider: Arc<dyn ProvideCredentials>,
    ) -> Self {
        self.members.push((name.into(), provider));
        self
    }

    /// Returns the default chain, reading variables and files from `env`:
    ///
    /// 1. `oidc` ([`OidcProvider`]), only when a `HUAWEICLOUD_OIDC_*` variable is set;
    /// 2. `environment` ([`EnvironmentProvider`]): `HUAWEICLOUD_SDK_AK`/`_SK` or the IdP pair;
    /// 3. `profile` ([`ProfileProvider`]): `~/.huaweicloud/credentials`, section `[basic]` for
    ///    regional services and `[global]` for global ones;
    /// 4. `metadata` ([`MetadataProvider`]): the ECS metadata service, unless
    ///    `HUAWEICLOUD_SDK_METADATA_DISABLED=true`;
    /// 5. `pod identity` ([`PodIdentityProvider`]): the CCE pod identity agent.
    ///
    /// Creating the chain does no I/O; the first call does.
    pub fn default_chain(env: &Environment) -> Self {
        CredentialsProviderChain::default_chain_with(env, &RefreshOptions::default())
    }

    /// Returns the [default chain](Self::default_chain) with the given refresh settings.
    pub fn default_chain_with(env: &Environment, options: &RefreshOptions) -> Self {
        let environment = CredentialsProviderChain::first_try(
            "environment",
            EnvironmentProvider::with_options(env, options),
        );
        let mut chain = if OidcProvider::is_configured(env) {
            CredentialsProviderChain::first_try("oidc", OidcProvider::with_options(env, options))
                .or_else_shared("environment", environment.members[0].1.clone())
        } else {
            environment
        };
        chain = chain
            .or_else("profile", ProfileProvider::with_options(env, options))
            .or_else("metadata", MetadataProvider::with_options(env, options))
            .or_else(
                "pod identity",
                PodIdentityProvider::with_options(env, options),
            );
        chain.label = Cow::Borrowed("default credentials chain");
        chain
    }

    /// Returns the provider names in the order they are tried.
    pub fn names(&self) -> Vec<&str> {
        self.members.iter().map(|(name, _)| name.as_ref()).collect()
    }

    /// Returns the name of the provider that found credentials for services of `kind`, once a
    /// call has selected one.
    pub fn selected(&self, kind: CredentialKind) -> Option<&str> {
        let index = *self.selected[kind_index(kind)].get()?;
        Some(self.members[index].0.as_ref())
    }

    async fn resolve(&self, context: &CredentialsContext<'_>) -> Result<Credentials, Error> {
        let slot = &self.selected[kind_index(context.credential_kind())];
        if let Some(&index) = slot.get() {
            return self.members[index].1.credentials(context).await;
        }
        let _search = self.search.lock().await;
        if let Some(&index) = slot.get() {
            return self.members[index].1.credentials(context).await;
        }
        let mut skipped: Vec<String> = Vec::new();
        for (index, (name, provider)) in self.members.iter().enumerate() {
            match provider.credentials(context).await {
                Ok(credentials) => {
                    tracing::debug!(
                        target: LOG_TARGET,
                        provider = name.as_ref(),
                        access_key = credentials.access_key(),
                        "credentials provided by {name}"
                    );
                    // Cannot be set already: searches hold the lock and check first.
                    let _ = slot.set(index);
                    return Ok(credentials);
                }
                Err(error) if is_not_loaded(&error) => {
                    skipped.push(format!("{name}: {error}"));
                }
                Err(error) => return Err(self.stopped(index, &skipped, error)),
            }
        }
        Err(not_loaded(format!(
            "no credentials found by the {}: {}. Set HUAWEICLOUD_SDK_AK and \
             HUAWEICLOUD_SDK_SK, write a credentials file, or pass credentials to the client \
             builder with .credentials(...)",
            self.label,
            skipped.join("; ")
        )))
    }

    /// Builds the error of a chain stopped by provider `index`: its error first, then what
    /// the earlier providers reported and which were not tried.
    fn stopped(&self, index: usize, skipped: &[String], error: Error) -> Error {
        let name = &self.members[index].0;
        let mut message = format!("{name} credentials are invalid: {error}");
        if !skipped.is_empty() {
            message.push_str(&format!(" (tried before: {})", skipped.join("; ")));
        }
        let untried: Vec<&str> = self.members[index + 1..]
            .iter()
            .map(|(name, _)| name.as_ref())
            .collect();
        if !untried.is_empty() {
            message.push_str(&format!(
                " (not tried, because the {} stops at the first invalid provider: {})",
                self.label,
                untried.join(", ")
            ));
        }
        if error.status().is_some() {
            // A service error keeps its status, error code and request id.
            tracing::debug!(
                target: LOG_TARGET,
                provider = name.as_ref(),
                "{message}"
            );
            return error;
        }
        Error::new(error.kind(), message)
    }
}

impl ProvideCredentials for CredentialsProviderChain {
    fn credentials<'a>(
        &'a self,
        context: &'a CredentialsContext<'a>,
    ) -> BoxFuture<'a, Result<Credentials, Error>> {
        Box::pin(self.resolve(context))
    }
}
