//! Credentials from `HUAWEICLOUD_SDK_*` environment variables.

use std::sync::OnceLock;

use crate::credentials::Credentials;
use crate::env::Environment;
use crate::error::Error;
use crate::provider::chain::not_loaded;
use crate::provider::idp::IdTokenProvider;
use crate::provider::refresh::RefreshOptions;
use crate::provider::{BoxFuture, CredentialsContext, ProvideCredentials};

/// Access key variable.
pub const AK_VAR: &str = "HUAWEICLOUD_SDK_AK";
/// Secret key variable.
pub const SK_VAR: &str = "HUAWEICLOUD_SDK_SK";
/// Security token variable (temporary credentials).
pub const SECURITY_TOKEN_VAR: &str = "HUAWEICLOUD_SDK_SECURITY_TOKEN";
/// Project id variable.
pub const PROJECT_ID_VAR: &str = "HUAWEICLOUD_SDK_PROJECT_ID";
/// Domain (account) id variable.
pub const DOMAIN_ID_VAR: &str = "HUAWEICLOUD_SDK_DOMAIN_ID";
/// Identity provider id variable (federation with an id token).
pub const IDP_ID_VAR: &str = "HUAWEICLOUD_SDK_IDP_ID";
/// Id token file variable (federation with an id token).
pub const ID_TOKEN_FILE_VAR: &str = "HUAWEICLOUD_SDK_ID_TOKEN_FILE";

/// Credentials found by a provider: fixed keys, or a federated identity whose temporary keys
/// are refreshed.
#[derive(Debug)]
pub(crate) enum Loaded {
    Static(Credentials),
    Federated(Box<IdTokenProvider>),
}

impl Loaded {
    pub(crate) async fn credentials(
        &self,
        context: &CredentialsContext<'_>,
    ) -> Result<Credentials, Error> {
        match self {
            Loaded::Static(credentials) => Ok(credentials.clone()),
            Loaded::Federated(provider) => provider.credentials(context).await,
        }
    }
}

/// Credentials from environment variables, read on the first call.
///
/// - `HUAWEICLOUD_SDK_IDP_ID` and `HUAWEICLOUD_SDK_ID_TOKEN_FILE` select federation with an id
///   token ([`IdTokenProvider`]); they win over an AK/SK pair.
/// - Otherwise `HUAWEICLOUD_SDK_AK` and `HUAWEICLOUD_SDK_SK`, with the optional
///   `HUAWEICLOUD_SDK_SECURITY_TOKEN`.
/// - `HUAWEICLOUD_SDK_PROJECT_ID` and `HUAWEICLOUD_SDK_DOMAIN_ID` are put on the credentials.
///
/// No variable set gives a [`not_loaded`] error. A half-set pair (an AK without an SK, an IdP
/// id without a token file, a token without keys) is a configuration error that stops a
/// chain.
#[derive(Debug)]
pub struct EnvironmentProvider {
    env: Environment,
    options: RefreshOptions,
    loaded: OnceLock<Loaded>,
}

impl EnvironmentProvider {
    /// Reads variables from `env`.
    pub fn new(env: &Environment) -> Self {
        EnvironmentProvider::with_options(env, &RefreshOptions::default())
    }

    /// Reads variables from `env`; federated credentials refresh with `options`.
    pub fn with_options(env: &Environment, options: &RefreshOptions) -> Self {
        EnvironmentProvider {
            env: env.clone(),
            options: options.clone(),
            loaded: OnceLock::new(),
        }
    }

    fn load(&self) -> Result<Loaded, Error> {
        let env = &self.env;
        let var = |name: &str| env.non_empty_var(name).map(|value| value.trim().to_owned());
        let project_id = var(PROJECT_ID_VAR);
        let domain_id = var(DOMAIN_ID_VAR);

        match (var(IDP_ID_VAR), var(ID_TOKEN_FILE_VAR)) {
            (Some(idp_id), Some(token_file)) => {
                let mut builder = IdTokenProvider::builder(idp_id, token_file)
                    .environment(env)
                    .refresh_options(&self.options);
                if let Some(project_id) = &project_id {
                    builder = builder.project_id(project_id);
                }
                if let Some(domain_id) = &domain_id {
                    builder = builder.domain_id(domain_id);
                }
                return Ok(Loaded::Federated(Box::new(builder.build())));
            }
            (Some(_), None) => return Err(half_set(IDP_ID_VAR, ID_TOKEN_FILE_VAR)),
            (None, Some(_)) => return Err(half_set(ID_TOKEN_FILE_VAR, IDP_ID_VAR)),
            (None, None) => {}
        }

        let token = var(SECURITY_TOKEN_VAR);
        let (access_key, secret_key) = match (var(AK_VAR), var(SK_VAR)) {
            (Some(access_key), Some(secret_key)) => (access_key, secret_key),
            (Some(_), None) => return Err(half_set(AK_VAR, SK_VAR)),
            (None, Some(_)) => return Err(half_set(SK_VAR, AK_VAR)),
            (None, None) if token.is_some() => {
                return Err(Error::configuration(format!(
                    "{SECURITY_TOKEN_VAR} is set but {AK_VAR} and {SK_VAR} are not: set the \
                     temporary AK and SK that belong to the token, or unset {SECURITY_TOKEN_VAR}"
                )))
            }
            (None, None) => {
                return Err(not_loaded(format!(
                    "{AK_VAR} and {SK_VAR} are not set (nor {IDP_ID_VAR} and \
                     {ID_TOKEN_FILE_VAR})"
                )))
            }
        };
        let mut credentials = Credentials::new(access_key, secret_key).map_err(|error| {
            Error::configuration(format!("invalid {AK_VAR} or {SK_VAR}: {error}"))
        })?;
        if let Some(token) = token {
            credentials = credentials.with_security_token(token);
        }
        let credentials = crate::provider::idp::with_ids(
            credentials,
            project_id.as_deref(),
            domain_id.as_deref(),
        );
        Ok(Loaded::Static(credentials))
    }
}

fn half_set(set: &str, missing: &str) -> Error {
    Error::configuration(format!(
        "{set} is set but {missing} is not: set both, or unset {set}"
    ))
}

impl ProvideCredentials for EnvironmentProvider {
    fn credentials<'a>(
        &'a self,
        context: &'a CredentialsContext<'a>,
    ) -> BoxFuture<'a, Result<Credentials, Error>> {
        Box::pin(async move {
            if self.loaded.get().is_none() {
                let loaded = self.load()?;
                // A concurrent first call may have stored an equal value already.
                let _ = self.loaded.set(loaded);
            }
            let loaded = self
                .loaded
                .get()
                .expect("the value was stored just above if it was missing");
            loaded.credentials(context).await
        })
    }
}
