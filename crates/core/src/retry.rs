//! Retry policies for calls: when to retry and how long to wait.
//!
//! A [`RetryPolicy`] is set per call through [`CallOptions::retry`](crate::CallOptions::retry)
//! or for every call of a client through [`Client::with_options`](crate::Client::with_options).
//! Without one, a call is made once. Each attempt is signed again with a fresh `X-Sdk-Date`, so
//! long waits never send a stale signature.
//!
//! The wait before retry `n` (1 for the first retry) is computed in milliseconds from a base
//! (10 ms) and a cap (60 s), with `exp(n) = min(cap, base * 2^n)` and `rand(a, b)` uniform over
//! `a..=b`:
//!
//! | strategy | wait |
//! |---|---|
//! | [`None`](BackoffStrategy::None) | 0 |
//! | [`Exponential`](BackoffStrategy::Exponential) | `exp(n)` |
//! | [`EqualJitter`](BackoffStrategy::EqualJitter) | `exp(n)/2 + rand(1, exp(n)/2)` |
//! | [`FullJitter`](BackoffStrategy::FullJitter) | `rand(1, exp(n))` |
//! | [`DecorrelatedJitter`](BackoffStrategy::DecorrelatedJitter) | `min(cap, rand(base, 3 * previous wait))`, the first previous wait being `base` |
//!
//! The official Python core's decorrelated jitter is `min(cap, rand(base, 3 * base))` at every
//! retry, so it never grows. This one grows from the previous wait, as the strategy intends.
//!
//! A `Retry-After` header on a 429 or 503 response, in seconds or as an HTTP-date, makes the
//! wait at least that long, up to the cap.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use crate::error::{Error, ErrorKind};

/// Smallest number of retries a policy accepts.
pub const MIN_RETRIES: u32 = 1;
/// Largest number of retries a policy accepts.
pub const MAX_RETRIES: u32 = 10;

/// Growth rule of the wait between attempts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum BackoffStrategy {
    /// Retry at once.
    None,
    /// `base * 2^n`, capped.
    #[default]
    Exponential,
    /// Half the exponential wait plus a random part of up to the other half.
    EqualJitter,
    /// A random wait of up to the exponential wait.
    FullJitter,
    /// A random wait between the base and three times the previous wait, capped.
    DecorrelatedJitter,
}

/// A backoff strategy with its base and cap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    /// Growth rule of the wait.
    pub strategy: BackoffStrategy,
    /// Base wait (default 10 ms).
    pub base: Duration,
    /// Largest wait (default 60 s).
    pub cap: Duration,
}

impl Default for Backoff {
    fn default() -> Self {
        Backoff::new(BackoffStrategy::default())
    }
}

impl Backoff {
    /// Creates a backoff with the default base (10 ms) and cap (60 s).
    pub fn new(strategy: BackoffStrategy) -> Self {
        Backoff {
            strategy,
            base: Duration::from_millis(10),
            cap: Duration::from_secs(60),
        }
    }

    /// Sets the base wait.
    #[must_use]
    pub fn with_base(mut self, base: Duration) -> Self {
        self.base = base;
        self
    }

    /// Sets the largest wait.
    #[must_use]
    pub fn with_cap(mut self, cap: Duration) -> Self {
        self.cap = cap;
        self
    }

    /// Returns the wait before retry `retry` (1 for the first retry), given the previous wait
    /// and a random source.
    pub fn delay(&self, retry: u32, previous: Duration, random: &dyn RandomSource) -> Duration {
        let base = millis(self.base);
        let cap = millis(self.cap);
        let exponential = base.saturating_mul(2_u64.saturating_pow(retry)).min(cap);
        let wait = match self.strategy {
            BackoffStrategy::None => 0,
            BackoffStrategy::Exponential => exponential,
            BackoffStrategy::EqualJitter => {
                let half = exponential / 2;
                if half == 0 {
                    0
                } else {
                    half + random.between(1, half)
                }
            }
            BackoffStrategy::FullJitter => {
                if exponential == 0 {
                    0
                } else {
                    random.between(1, exponential)
                }
            }
            BackoffStrategy::DecorrelatedJitter => {
                let upper = millis(previous).max(base).saturating_mul(3);
                random.between(base, upper.max(base)).min(cap)
            }
        };
        Duration::from_millis(wait)
    }
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

/// Source of random numbers for jittered backoff. Tests inject a fixed one.
pub trait RandomSource: Send + Sync + fmt::Debug {
    /// Returns a number in `low..=high` (`low <= high`).
    fn between(&self, low: u64, high: u64) -> u64;
}

/// Uniform random numbers from the thread-local generator of the `fastrand` crate, which is
/// fast and not cryptographically secure: backoff jitter needs no more.
#[derive(Debug, Clone, Copy, Default)]
pub struct ThreadRandom;

impl RandomSource for ThreadRandom {
    fn between(&self, low: u64, high: u64) -> u64 {
        if low >= high {
            return low;
        }
        fastrand::u64(low..=high)
    }
}

/// Result of one attempt, passed to a retry condition.
#[derive(Debug)]
#[non_exhaustive]
pub enum AttemptOutcome<'a> {
    /// A response with a status below 400 (and not an unfollowed redirect).
    Success {
        /// HTTP status.
        status: u16,
        /// Response headers.
        headers: &'a reqwest::header::HeaderMap,
    },
    /// The attempt failed: an error response, a transport failure or a timeout.
    Failure(&'a Error),
}

impl AttemptOutcome<'_> {
    /// Returns the HTTP status, when a response arrived.
    pub fn status(&self) -> Option<u16> {
        match self {
            AttemptOutcome::Success { status, .. } => Some(*status),
            AttemptOutcome::Failure(error) => error.status(),
        }
    }

    /// Returns the error of a failed attempt.
    pub fn error(&self) -> Option<&Error> {
        match self {
            AttemptOutcome::Failure(error) => Some(error),
            AttemptOutcome::Success { .. } => None,
        }
    }
}

/// A retry condition.
pub type RetryCondition = Arc<dyn Fn(&AttemptOutcome<'_>) -> bool + Send + Sync>;

/// Retries throttling (429), an unavailable service (503), and failures to connect (DNS,
/// refused, TLS handshake), where the request cannot have reached a server. The default
/// condition: it never repeats a request that a server may have acted on, except when the
/// server itself asked for a retry.
pub fn retry_on_throttling(outcome: &AttemptOutcome<'_>) -> bool {
    match outcome {
        AttemptOutcome::Success { .. } => false,
        AttemptOutcome::Failure(error) => {
            matches!(error.status(), Some(429 | 503))
                || matches!(
                    error.kind(),
                    ErrorKind::HostUnreachable
                        | ErrorKind::ConnectionRefused
                        | ErrorKind::TlsHandshake
                )
        }
    }
}

/// Retries everything [`retry_on_throttling`] does, plus 500, 502 and 504 responses, timeouts
/// and dropped connections. Such a request may have been carried out, so use this only for
/// idempotent operations.
pub fn retry_on_transient(outcome: &AttemptOutcome<'_>) -> bool {
    if retry_on_throttling(outcome) {
        return true;
    }
    match outcome {
        AttemptOutcome::Success { .. } => false,
        AttemptOutcome::Failure(error) => {
            matches!(error.status(), Some(500 | 502 | 504))
                || error.is_timeout()
                || error.kind() == ErrorKind::Connection
        }
    }
}

/// When to retry a call, how often, and how long to wait.
#[derive(Clone)]
pub struct RetryPolicy {
    max_retries: u32,
    condition: RetryCondition,
    backoff: Backoff,
    random: Arc<dyn RandomSource>,
}

impl RetryPolicy {
    /// Creates a policy of up to `max_retries` retries (so `max_retries + 1` attempts) with the
    /// [`retry_on_throttling`] condition and exponential backoff from 10 ms.
    ///
    /// # Errors
    ///
    /// A [`Configuration`](ErrorKind::Configuration) error when `max_retries` is outside
    /// 1..=10.
    pub fn new(max_retries: u32) -> Result<Self, Error> {
        if !(MIN_RETRIES..=MAX_RETRIES).contains(&max_retries) {
            return Err(Error::configuration(format!(
                "max_retries {max_retries} is out of range: use {MIN_RETRIES} to {MAX_RETRIES}, \
                 or no retry policy for a single attempt"
            )));
        }
        Ok(RetryPolicy {
            max_retries,
            condition: Arc::new(retry_on_throttling),
            backoff: Backoff::default(),
            random: Arc::new(ThreadRandom),
        })
    }

    /// Sets the condition: an attempt is retried when it returns true.
    #[must_use]
    pub fn condition(
        mut self,
        condition: impl Fn(&AttemptOutcome<'_>) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.condition = Arc::new(condition);
        self
    }

    /// Sets the backoff (default: exponential from 10 ms, capped at 60 s).
    #[must_use]
    pub fn backoff(mut self, backoff: Backoff) -> Self {
        self.backoff = backoff;
        self
    }

    /// Sets the random source of jittered backoff (default: [`ThreadRandom`]).
    #[must_use]
    pub fn random_source(mut self, random: Arc<dyn RandomSource>) -> Self {
        self.random = random;
        self
    }

    /// Returns the maximum number of retries.
    pub fn max_retries(&self) -> u32 {
        self.max_retries
    }

    /// Returns the backoff.
    pub fn backoff_settings(&self) -> Backoff {
        self.backoff
    }

    pub(crate) fn should_retry(&self, outcome: &AttemptOutcome<'_>) -> bool {
        (self.condition)(outcome)
    }

    /// Returns the wait before retry `retry`, raised to the `Retry-After` of a 429 or 503.
    pub(crate) fn delay(
        &self,
        retry: u32,
        previous: Duration,
        retry_after: Option<Duration>,
    ) -> Duration {
        let wait = self.backoff.delay(retry, previous, self.random.as_ref());
        match retry_after {
            Some(asked) => wait.max(asked.min(self.backoff.cap)),
            None => wait,
        }
    }
}

impl fmt::Debug for RetryPolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RetryPolicy")
            .field("max_retries", &self.max_retries)
            .field("backoff", &self.backoff)
            .field("random", &self.random)
            .finish_non_exhaustive()
    }
}

/// Returns the wait that the `Retry-After` header of a 429 or 503 response requests.
///
/// The header is either delta-seconds (`120`) or an HTTP-date (`Wed, 21 Oct 2015 07:28:00
/// GMT`, and the obsolete RFC 850 and asctime forms), as RFC 9110 section 10.2.3 defines it. A
/// date is turned into the time left from `now`, and a date in the past means no wait. The
/// caller caps the result at the backoff's cap. An invalid value is ignored.
pub(crate) fn retry_after(
    status: Option<u16>,
    value: Option<&str>,
    now: SystemTime,
) -> Option<Duration> {
    if !matches!(status, Some(429 | 503)) {
        return None;
    }
    let value = value?.trim();
    if !value.is_empty() && value.bytes().all(|byte| byte.is_ascii_digit()) {
        // A number too large for u64 still means "a very long time", which the cap shortens.
        return Some(Duration::from_secs(value.parse().unwrap_or(u64::MAX)));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug)]
    struct Highest;

    impl RandomSource for Highest {
        fn between(&self, _low: u64, high: u64) -> u64 {
            high
        }
    }

    #[test]
    fn max_retries_bounds() {
        assert!(RetryPolicy::new(0).is_err());
        assert!(RetryPolicy::new(1).is_ok());
        assert!(RetryPolicy::new(10).is_ok());
        let error = RetryPolicy::new(11).expect_err("11 is out of range");
        assert!(error.is_configuration());
        assert!(error.to_string().contains("11"), "{error}");
    }

    #[test]
    fn retry_after_only_for_429_and_503() {
        let now = SystemTime::now();
        assert_eq!(
            retry_after(Some(429), Some("2"), now),
            Some(Duration::from_secs(2))
        );
        assert_eq!(retry_after(Some(500), Some("2"), now), None);
        assert_eq!(retry_after(Some(503), Some("soon"), now), None);
        assert_eq!(retry_after(Some(503), Some("-1"), now), None);
        assert_eq!(retry_after(Some(503), Some(""), now), None);
    }

    #[test]
    fn retry_after_http_date_forms() {
        // 1994-11-06T08:49:37Z, the example date of RFC 9110.
        let date = SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777);
        let now = date - Duration::from_secs(90);
        for form in [
            "Sun, 06 Nov 1994 08:49:37 GMT",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994",
        ] {
            assert_eq!(
                retry_after(Some(503), Some(form), now),
                Some(Duration::from_secs(90)),
                "{form}"
            );
        }
    }

    #[test]
    fn retry_after_past_date_is_zero() {
        let date = SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777);
        let now = date + Duration::from_secs(5);
        assert_eq!(
            retry_after(Some(429), Some("Sun, 06 Nov 1994 08:49:37 GMT"), now),
            Some(Duration::ZERO)
        );
    }

    #[test]
    fn retry_after_huge_seconds_saturate() {
        let now = SystemTime::now();
        assert_eq!(
            retry_after(Some(429), Some("99999999999999999999999"), now),
            Some(Duration::from_secs(u64::MAX))
        );
    }

    #[test]
    fn retry_after_raises_wait_up_to_cap() {
        let policy = RetryPolicy::new(3)
            .expect("valid")
            .backoff(Backoff::new(BackoffStrategy::None).with_cap(Duration::from_secs(5)))
            .random_source(Arc::new(Highest));
        let previous = Duration::ZERO;
        let short = policy.delay(1, previous, Some(Duration::from_secs(2)));
        assert_eq!(short, Duration::from_secs(2));
        let long = policy.delay(1, previous, Some(Duration::from_secs(600)));
        assert_eq!(long, Duration::from_secs(5));
    }
}
