//! Caching and single-flight refresh of temporary credentials.
//!
//! A [`RefreshingProvider`] keeps the credentials its source fetched and hands out a clone
//! (one consistent AK/SK/token set) to each call. It fetches again once less than the refresh
//! margin remains before expiry. While fresh keys are being fetched, calls keep signing with
//! the old keys if those are still valid. Calls that have no valid keys wait for the one fetch
//! in flight instead of starting their own.

use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use crate::credentials::Credentials;
use crate::error::{Error, ErrorKind};
use crate::provider::chain::{is_not_loaded, not_loaded};
use crate::provider::clock::{system_clock, Clock};
use crate::provider::parse::ExpiringCredentials;
use crate::provider::LOG_TARGET;
use crate::provider::{BoxFuture, CredentialsContext, ProvideCredentials};

/// Time before expiry at which temporary credentials are fetched again, unless the
/// credentials live less than twice as long (see [`RefreshOptions::margin`]). The official
/// Python core refreshes when less than 40 minutes remain.
pub const DEFAULT_REFRESH_MARGIN: Duration = Duration::from_secs(40 * 60);

/// First wait before a failed refresh is tried again while the old keys are still valid.
/// The wait doubles after each failure up to [`MAX_RETRY_BACKOFF`].
const FIRST_RETRY_BACKOFF: Duration = Duration::from_secs(1);

/// Maximum wait between two refresh attempts after failures.
const MAX_RETRY_BACKOFF: Duration = Duration::from_secs(60);

/// How long keys that arrive already expired by the local clock are used before the next
/// fetch. The server decides whether they still work.
const SKEWED_KEYS_GRACE: Duration = Duration::from_secs(60);

/// Refresh settings shared by the providers of temporary credentials.
#[derive(Debug, Clone)]
pub struct RefreshOptions {
    pub(crate) clock: Arc<dyn Clock>,
    pub(crate) margin: Duration,
}

impl Default for RefreshOptions {
    fn default() -> Self {
        RefreshOptions {
            clock: system_clock(),
            margin: DEFAULT_REFRESH_MARGIN,
        }
    }
}

impl RefreshOptions {
    /// Creates the default options: the system clock and a 40-minute margin.
    pub fn new() -> Self {
        RefreshOptions::default()
    }

    /// Sets the clock that expiry checks read (default: the system clock).
    #[must_use]
    pub fn clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// Sets how long before expiry credentials are fetched again (default 40 minutes).
    ///
    /// The margin used for one set of credentials is at most half of their lifetime, so keys
    /// that live 10 minutes are refreshed after 5 minutes instead of on every call.
    #[must_use]
    pub fn margin(mut self, margin: Duration) -> Self {
        self.margin = margin;
        self
    }
}

/// Source of temporary credentials, fetched again by [`RefreshingProvider`] before they
/// expire.
pub trait FetchCredentials: Send + Sync + fmt::Debug {
    /// Fetches a new set of credentials.
    ///
    /// Return an error made by [`not_loaded`] when this source is not configured, so a
    /// [`CredentialsProviderChain`](crate::provider::CredentialsProviderChain) tries the next
    /// provider.
    fn fetch<'a>(
        &'a self,
        context: &'a CredentialsContext<'a>,
    ) -> BoxFuture<'a, Result<ExpiringCredentials, Error>>;
}

/// A provider that caches the credentials of a [`FetchCredentials`] source and fetches new
/// ones before they expire.
pub struct RefreshingProvider<F> {
    name: &'static str,
    source: F,
    options: RefreshOptions,
    state: Mutex<State>,
    /// Held while a fetch is in flight, so at most one runs at a time.
    refresh: tokio::sync::Mutex<()>,
}

#[derive(Default)]
struct State {
    current: Option<Current>,
    /// Number of fetches started so far.
    attempts: u64,
    failure: Option<Failure>,
}

struct Current {
    credentials: Credentials,
    expires_at: Option<SystemTime>,
    refresh_at: Option<SystemTime>,
}

/// The last failed fetch, kept so that calls which waited for it get its error and so that
/// retries back off.
struct Failure {
    attempt: u64,
    kind: ErrorKind,
    message: String,
    not_loaded: bool,
    consecutive: u32,
    retry_at: SystemTime,
}

impl Failure {
    fn to_error(&self) -> Error {
        if self.not_loaded {
            not_loaded(self.message.clone())
        } else {
            Error::new(self.kind, self.message.clone())
        }
    }
}

impl<F> fmt::Debug for RefreshingProvider<F>
where
    F: fmt::Debug,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = self.lock_state();
        f.debug_struct("RefreshingProvider")
            .field("name", &self.name)
            .field("source", &self.source)
            .field(
                "access_key",
                &state
                    .current
                    .as_ref()
                    .map(|current| current.credentials.access_key().to_owned()),
            )
            .field(
                "expires_at",
                &state
                    .current
                    .as_ref()
                    .and_then(|current| current.expires_at),
            )
            .field("margin", &self.options.margin)
            .finish()
    }
}

impl<F> RefreshingProvider<F> {
    fn lock_state(&self) -> std::sync::MutexGuard<'_, State> {
        // The state stays consistent even if a thread panicked while holding the lock, because
        // every update is a single assignment.
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl<F: FetchCredentials> RefreshingProvider<F> {
    /// Wraps `source`; `name` identifies it in logs and errors (e.g. `metadata`).
    pub fn new(name: &'static str, source: F, options: RefreshOptions) -> Self {
        RefreshingProvider {
            name,
            source,
            options,
            state: Mutex::new(State::default()),
            refresh: tokio::sync::Mutex::new(()),
        }
    }

    /// Returns the wrapped source.
    pub fn source(&self) -> &F {
        &self.source
    }

    /// Returns the name, source and options, dropping any cached credentials.
    pub(crate) fn into_parts(self) -> (&'static str, F, RefreshOptions) {
        (self.name, self.source, self.options)
    }

    /// Returns credentials that are fresh at `now`, or still valid ones with `false`.
    fn cached(&self, now: SystemTime) -> Option<(Credentials, bool)> {
        let state = self.lock_state();
        let current = state.current.as_ref()?;
        let fresh = current.refresh_at.is_none_or(|at| now < at);
        let valid = current.expires_at.is_none_or(|at| now < at);
        (fresh || valid).then(|| (current.credentials.clone(), fresh))
    }

    /// Returns the credentials to sign one call with, fetching new ones when needed.
    ///
    /// # Errors
    ///
    /// The source's error when no valid credentials are cached and the fetch fails.
    pub async fn get(&self, context: &CredentialsContext<'_>) -> Result<Credentials, Error> {
        let now = self.options.clock.now();
        let seen_attempts = {
            let state = self.lock_state();
            state.attempts
        };
        match self.cached(now) {
            Some((credentials, true)) => Ok(credentials),
            Some((old, false)) => {
                let backing_off = self
                    .lock_state()
                    .failure
                    .as_ref()
                    .is_some_and(|failure| now < failure.retry_at);
                if backing_off {
                    return Ok(old);
                }
                // Another call is fetching: sign with the old keys, which are still valid.
                let Ok(_guard) = self.refresh.try_lock() else {
                    return Ok(old);
                };
                if let Some((credentials, true)) = self.cached(self.options.clock.now()) {
                    return Ok(credentials);
                }
                match self.fetch(context).await {
                    Ok(credentials) => Ok(credentials),
                    Err(error) => {
                        tracing::warn!(
                            target: LOG_TARGET,
                            provider = self.name,
                            access_key = old.access_key(),
                            error = %error,
                            "refreshing temporary credentials failed; using the current keys \
                             until they expire"
                        );
                        Ok(old)
                    }
                }
            }
            None => {
                let _guard = self.refresh.lock().await;
                if let Some((credentials, _)) = self.cached(self.options.clock.now()) {
                    return Ok(credentials);
                }
                // The fetch this call waited for failed: return its error instead of trying
                // again at once, so a burst of calls makes one request.
                if let Some(failure) = &self.lock_state().failure {
                    if failure.attempt > seen_attempts {
                        return Err(failure.to_error());
                    }
                }
                self.fetch(context).await
            }
        }
    }

    /// Fetches and stores new credentials. The caller holds the refresh lock.
    async fn fetch(&self, context: &CredentialsContext<'_>) -> Result<Credentials, Error> {
        let attempt = {
            let mut state = self.lock_state();
            state.attempts += 1;
            state.attempts
        };
        let fetched_at = self.options.clock.now();
        match self.source.fetch(context).await {
            Ok(fetched) => {
                let (expires_at, refresh_at) = match fetched.expires_at {
                    None => (None, None),
                    Some(expires_at) if expires_at <= fetched_at => {
                        // Either the keys are really stale or, more likely, the local clock is
                        // ahead of the service's. Fetching again on every call would not help.
                        tracing::warn!(
                            target: LOG_TARGET,
                            provider = self.name,
                            access_key = fetched.credentials.access_key(),
                            "fetched credentials have already expired by the local clock; check \
                             the clock of this machine. Using them for {} s before fetching again",
                            SKEWED_KEYS_GRACE.as_secs()
                        );
                        (
                            Some(fetched_at + SKEWED_KEYS_GRACE),
                            Some(fetched_at + SKEWED_KEYS_GRACE / 2),
                        )
                    }
                    Some(expires_at) => (
                        Some(expires_at),
                        Some(refresh_time(fetched_at, expires_at, self.options.margin)),
                    ),
                };
                tracing::debug!(
                    target: LOG_TARGET,
                    provider = self.name,
                    access_key = fetched.credentials.access_key(),
                    expires_in_secs = fetched
                        .expires_at
                        .map(|at| at.duration_since(fetched_at).unwrap_or_default().as_secs()),
                    "fetched temporary credentials"
                );
                let credentials = fetched.credentials.clone();
                let mut state = self.lock_state();
                state.current = Some(Current {
                    credentials: fetched.credentials,
                    expires_at,
                    refresh_at,
                });
                state.failure = None;
                Ok(credentials)
            }
            Err(error) => {
                let mut state = self.lock_state();
                let consecutive = state
                    .failure
                    .as_ref()
                    .map_or(1, |failure| failure.consecutive.saturating_add(1));
                let backoff = FIRST_RETRY_BACKOFF
                    .saturating_mul(1u32 << consecutive.saturating_sub(1).min(16))
                    .min(MAX_RETRY_BACKOFF);
                state.failure = Some(Failure {
                    attempt,
                    kind: error.kind(),
                    message: error.to_string(),
                    not_loaded: is_not_loaded(&error),
                    consecutive,
                    retry_at: self.options.clock.now() + backoff,
                });
                Err(error)
            }
        }
    }
}

/// Returns when credentials fetched at `fetched_at` and expiring at `expires_at` are
/// refreshed: `margin` before expiry, but no earlier than half-way through their lifetime.
pub(crate) fn refresh_time(
    fetched_at: SystemTime,
    expires_at: SystemTime,
    margin: Duration,
) -> SystemTime {
    let lifetime = expires_at.duration_since(fetched_at).unwrap_or_default();
    let margin = margin.min(lifetime / 2);
    expires_at.checked_sub(margin).unwrap_or(expires_at)
}

impl<F: FetchCredentials> ProvideCredentials for RefreshingProvider<F> {
    fn credentials<'a>(
        &'a self,
        context: &'a CredentialsContext<'a>,
    ) -> BoxFuture<'a, Result<Credentials, Error>> {
        Box::pin(self.get(context))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refresh_time_uses_margin_for_long_lived_keys() {
        let start = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000);
        let expires = start + Duration::from_secs(6 * 3600);
        assert_eq!(
            refresh_time(start, expires, DEFAULT_REFRESH_MARGIN),
            expires - DEFAULT_REFRESH_MARGIN
        );
        // One-hour keys: the 40-minute margin is more than half the lifetime.
        let expires = start + Duration::from_secs(3600);
        assert_eq!(
            refresh_time(start, expires, DEFAULT_REFRESH_MARGIN),
            start + Duration::from_secs(1800)
        );
    }

    #[test]
    fn refresh_time_clamps_margin_to_half_lifetime() {
        let start = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000);
        let expires = start + Duration::from_secs(4);
        assert_eq!(
            refresh_time(start, expires, DEFAULT_REFRESH_MARGIN),
            start + Duration::from_secs(2)
        );
        // Keys that have already expired are refreshed at once on the next call.
        assert_eq!(refresh_time(expires, start, DEFAULT_REFRESH_MARGIN), start);
    }
}
