//! AK/SK credentials: permanent or temporary keys, the project or domain they act in, and the
//! keys derived from them for the elliptic-curve signing algorithms.

use std::fmt;
use std::sync::Arc;

use hmac::Hmac;
use sha2::Sha256;
use sm3::Sm3;
use zeroize::Zeroizing;

use crate::signer::keys::KeyCache;
use crate::signer::{SigningError, SigningRequest};

/// Predicate that selects derived AK/SK signing (`V11-HMAC-SHA256`) for a request.
pub type DerivedPredicate = Arc<dyn Fn(&SigningRequest) -> bool + Send + Sync>;

/// Error of building [`Credentials`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CredentialsError {
    /// The access key (AK) is empty.
    #[error("access key (AK) is empty: pass the AK of an IAM user or of temporary credentials")]
    EmptyAccessKey,
    /// The secret key (SK) is empty.
    #[error("secret key (SK) is empty: pass the SK that belongs to the access key")]
    EmptySecretKey,
    /// The access key contains a character that would break the `Authorization` header, or a
    /// quote, which no AK contains.
    #[error(
        "access key `{access_key}` contains {character:?}: an AK may not contain whitespace, \
         control characters, quotes, `,`, `/` or `=`"
    )]
    InvalidAccessKey {
        /// The rejected access key (not a secret).
        access_key: String,
        /// The first character that is not allowed.
        character: char,
    },
}

/// AK/SK credentials of an IAM user or of temporary (STS) credentials.
///
/// Cloning is cheap (one reference count) and the value is `Send + Sync`, so one instance can
/// sign requests on any number of threads. The SK and the security token are zeroized when the
/// last clone is dropped. `Debug` shows the AK and masks the SK and the token.
///
/// A project id makes the signer send `X-Project-Id` (regional services) and a domain id makes it
/// send `X-Domain-Id` (global services such as IAM); the runtime also puts them into
/// `{project_id}` and `{domain_id}` path parameters.
///
/// ```
/// use huaweicloud_sdk_core::credentials::Credentials;
///
/// let credentials = Credentials::new("MY-AK", "MY-SK")?
///     .with_security_token("temporary-token")
///     .with_project_id("0123456789abcdef0123456789abcdef");
/// assert_eq!(credentials.access_key(), "MY-AK");
/// assert!(!format!("{credentials:?}").contains("MY-SK"));
/// # Ok::<(), huaweicloud_sdk_core::credentials::CredentialsError>(())
/// ```
#[derive(Clone)]
pub struct Credentials {
    inner: Arc<Inner>,
}

#[derive(Clone)]
struct Inner {
    access_key: String,
    secret_key: Zeroizing<String>,
    security_token: Option<Zeroizing<String>>,
    project_id: Option<String>,
    domain_id: Option<String>,
    iam_endpoint: Option<String>,
    derived_predicate: Option<DerivedPredicate>,
    keys: KeyCache,
}

impl Credentials {
    /// Creates permanent credentials from an access key (AK) and a secret key (SK).
    ///
    /// # Errors
    ///
    /// [`CredentialsError`] when either key is empty, or when the AK contains whitespace, a
    /// control character, `,`, `/` or `=` (characters that break the `Authorization` header).
    pub fn new(
        access_key: impl Into<String>,
        secret_key: impl Into<String>,
    ) -> Result<Self, CredentialsError> {
        let access_key = access_key.into();
        let secret_key = Zeroizing::new(secret_key.into());
        if access_key.is_empty() {
            return Err(CredentialsError::EmptyAccessKey);
        }
        if secret_key.is_empty() {
            return Err(CredentialsError::EmptySecretKey);
        }
        let forbidden = access_key.chars().find(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, ',' | '/' | '=' | '"' | '\'')
        });
        if let Some(character) = forbidden {
            return Err(CredentialsError::InvalidAccessKey {
                access_key,
                character,
            });
        }
        Ok(Credentials {
            inner: Arc::new(Inner {
                access_key,
                secret_key,
                security_token: None,
                project_id: None,
                domain_id: None,
                iam_endpoint: None,
                derived_predicate: None,
                keys: KeyCache::default(),
            }),
        })
    }

    fn edit(mut self, change: impl FnOnce(&mut Inner)) -> Self {
        change(Arc::make_mut(&mut self.inner));
        self
    }

    /// Sets the security token of temporary credentials, sent and signed as `X-Security-Token`.
    /// An empty token means none (permanent credentials never send an empty header).
    pub fn with_security_token(self, token: impl Into<String>) -> Self {
        let token = Zeroizing::new(token.into());
        self.edit(|inner| inner.security_token = (!token.is_empty()).then_some(token))
    }

    /// Sets the project id (regional services): sent as `X-Project-Id`, fills `{project_id}`.
    /// An empty id means none.
    pub fn with_project_id(self, project_id: impl Into<String>) -> Self {
        let project_id = non_empty(project_id.into());
        self.edit(|inner| inner.project_id = project_id)
    }

    /// Sets the domain (account) id (global services): sent as `X-Domain-Id`, fills
    /// `{domain_id}`. An empty id means none.
    pub fn with_domain_id(self, domain_id: impl Into<String>) -> Self {
        let domain_id = non_empty(domain_id.into());
        self.edit(|inner| inner.domain_id = domain_id)
    }

    /// Sets the IAM endpoint (e.g. `https://iam.example.com`) used to look up the project or
    /// domain id when it is not set. An empty value means the default endpoint.
    pub fn with_iam_endpoint(self, endpoint: impl Into<String>) -> Self {
        let endpoint = non_empty(endpoint.into());
        self.edit(|inner| inner.iam_endpoint = endpoint)
    }

    /// Opts in to derived AK/SK signing (`V11-HMAC-SHA256`) for every request for which
    /// `predicate` returns true. [`default_derived_predicate`] is the reference SDK's choice.
    /// Derived signing also needs the region and the service's derived-auth name in
    /// [`SigningParams`](crate::signer::SigningParams).
    pub fn with_derived_predicate(
        self,
        predicate: impl Fn(&SigningRequest) -> bool + Send + Sync + 'static,
    ) -> Self {
        let predicate: DerivedPredicate = Arc::new(predicate);
        self.edit(|inner| inner.derived_predicate = Some(predicate))
    }

    /// Returns the access key (AK).
    pub fn access_key(&self) -> &str {
        &self.inner.access_key
    }

    pub(crate) fn secret_key(&self) -> &[u8] {
        self.inner.secret_key.as_bytes()
    }

    pub(crate) fn security_token(&self) -> Option<&str> {
        self.inner.security_token.as_deref().map(String::as_str)
    }

    /// Returns true when a security token is set (temporary credentials).
    pub fn security_token_is_set(&self) -> bool {
        self.inner.security_token.is_some()
    }

    /// Returns true when `token` equals the security token; false when none is set. The
    /// comparison takes the same time for every token of a given length, so a server (such as a
    /// test emulator) can check an `X-Security-Token` header without leaking its prefix.
    pub fn security_token_matches(&self, token: &str) -> bool {
        let Some(expected) = self.security_token() else {
            return false;
        };
        let (expected, token) = (expected.as_bytes(), token.as_bytes());
        if expected.len() != token.len() {
            return false;
        }
        expected
            .iter()
            .zip(token)
            .fold(0u8, |diff, (a, b)| diff | (a ^ b))
            == 0
    }

    /// Returns the project id, if set.
    pub fn project_id(&self) -> Option<&str> {
        self.inner.project_id.as_deref()
    }

    /// Returns the domain (account) id, if set.
    pub fn domain_id(&self) -> Option<&str> {
        self.inner.domain_id.as_deref()
    }

    /// Returns the IAM endpoint override, if set.
    pub fn iam_endpoint(&self) -> Option<&str> {
        self.inner.iam_endpoint.as_deref()
    }

    /// Returns true when a derived-signing predicate is set.
    pub fn has_derived_predicate(&self) -> bool {
        self.inner.derived_predicate.is_some()
    }

    /// Returns true when a derived predicate is set and selects derived signing for `request`.
    pub fn uses_derived_signing(&self, request: &SigningRequest) -> bool {
        self.inner
            .derived_predicate
            .as_ref()
            .is_some_and(|predicate| predicate(request))
    }

    /// Returns HMAC-SHA256 keyed with the SK (`SDK-HMAC-SHA256`), keyed on first use; later
    /// calls and clones share it.
    pub(crate) fn hmac_sha256(&self) -> &Hmac<Sha256> {
        self.inner.keys.hmac_sha256(self.secret_key())
    }

    /// Returns HMAC-SM3 keyed with the SK (`SDK-HMAC-SM3`), keyed on first use.
    pub(crate) fn hmac_sm3(&self) -> &Hmac<Sm3> {
        self.inner.keys.hmac_sm3(self.secret_key())
    }

    /// Returns HMAC-SHA256 keyed with the `V11-HMAC-SHA256` signing key of `scope`
    /// (`date/region/service`), from a small per-credentials cache of recent scopes.
    pub(crate) fn derived_hmac(&self, scope: &str) -> Hmac<Sha256> {
        self.inner
            .keys
            .derived_hmac(self.access_key(), self.secret_key(), scope)
    }

    /// Returns the P-256 signing key derived from the AK/SK pair (`SDK-ECDSA-P256-SHA256`),
    /// deriving it on first use; later calls and clones share it.
    ///
    /// # Errors
    ///
    /// [`SigningError::KeyDerivation`] if no counter value yields a valid scalar, which happens
    /// with probability about 2^-8000.
    pub fn p256_signing_key(&self) -> Result<&p256::ecdsa::SigningKey, SigningError> {
        self.inner
            .keys
            .p256(self.access_key(), self.secret_key())
            .ok_or(SigningError::KeyDerivation {
                algorithm: crate::signer::SigningAlgorithm::EcdsaP256Sha256,
            })
    }

    /// Returns the SM2 signing key derived from the AK/SK pair (`SDK-SM2-SM3`), deriving it on
    /// first use; later calls and clones share it.
    ///
    /// # Errors
    ///
    /// [`SigningError::KeyDerivation`] under the same negligible odds as
    /// [`p256_signing_key`](Self::p256_signing_key).
    pub fn sm2_signing_key(&self) -> Result<&sm2::dsa::SigningKey, SigningError> {
        self.inner
            .keys
            .sm2(self.access_key(), self.secret_key())
            .ok_or(SigningError::KeyDerivation {
                algorithm: crate::signer::SigningAlgorithm::Sm2Sm3,
            })
    }
}

fn non_empty(value: String) -> Option<String> {
    (!value.is_empty()).then_some(value)
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &self.inner;
        f.debug_struct("Credentials")
            .field("access_key", &inner.access_key)
            .field("secret_key", &"***")
            .field(
                "security_token",
                &inner.security_token.as_ref().map(|_| "***"),
            )
            .field("project_id", &inner.project_id)
            .field("domain_id", &inner.domain_id)
            .field("iam_endpoint", &inner.iam_endpoint)
            .field("derived_predicate", &inner.derived_predicate.is_some())
            .finish()
    }
}

/// The reference SDK's stock derived predicate: true (use derived signing) when the request's
/// host does **not** look like a standard Huawei Cloud endpoint.
///
/// A standard endpoint matches, from the start of the host (the end is not anchored),
/// `[a-z][a-z0-9-]+(\.[a-z]{2,}-[a-z]+-\d{1,2})?\.(my)?(huaweicloud|myhwclouds).(com|cn)`,
/// where the `.` before `(com|cn)` is any character. So
/// `iotda.cn-north-4.myhuaweicloud.com` is not derived, while
/// `abc123.iot-mqtts.cn-north-4.myhuaweicloud.com`, `iam.myhuaweicloud.eu`, an IP address or an
/// upper-case host is.
pub fn default_derived_predicate(request: &SigningRequest) -> bool {
    !is_standard_endpoint_host(&request.host)
}

/// Matches the pattern described on [`default_derived_predicate`]. Hand-written because it is
/// one fixed pattern and the SDK has no other use for a regex engine.
fn is_standard_endpoint_host(host: &str) -> bool {
    let Some((first, rest)) = host.split_once('.') else {
        return false;
    };
    let mut first_chars = first.chars();
    let first_ok = first.len() >= 2
        && first_chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && first_chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !first_ok {
        return false;
    }
    if matches_domain_tail(rest) {
        return true;
    }
    match rest.split_once('.') {
        Some((region, tail)) => is_region_label(region) && matches_domain_tail(tail),
        None => false,
    }
}

/// `[a-z]{2,}-[a-z]+-\d{1,2}`, the whole label (e.g. `cn-north-4`).
fn is_region_label(label: &str) -> bool {
    let mut parts = label.split('-');
    let (Some(area), Some(direction), Some(number), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    area.len() >= 2
        && area.bytes().all(|b| b.is_ascii_lowercase())
        && !direction.is_empty()
        && direction.bytes().all(|b| b.is_ascii_lowercase())
        && (1..=2).contains(&number.len())
        && number.bytes().all(|b| b.is_ascii_digit())
}

/// `(my)?(huaweicloud|myhwclouds).(com|cn)` at the start of `tail`, `.` being any character but
/// a newline.
fn matches_domain_tail(tail: &str) -> bool {
    let after_prefixes = [tail.strip_prefix("my"), Some(tail)];
    after_prefixes.into_iter().flatten().any(|rest| {
        ["huaweicloud", "myhwclouds"].into_iter().any(|word| {
            rest.strip_prefix(word).is_some_and(|after_word| {
                let mut chars = after_word.chars();
                match chars.next() {
                    Some(c) if c != '\n' => {
                        let suffix = chars.as_str();
                        suffix.starts_with("com") || suffix.starts_with("cn")
                    }
                    _ => false,
                }
            })
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request_for(host: &str) -> SigningRequest {
        SigningRequest::new("GET", "https", host, "/")
    }

    #[test]
    fn new_rejects_empty_keys() {
        assert_eq!(
            Credentials::new("", "sk").map(|_| ()),
            Err(CredentialsError::EmptyAccessKey)
        );
        assert_eq!(
            Credentials::new("ak", "").map(|_| ()),
            Err(CredentialsError::EmptySecretKey)
        );
    }

    #[test]
    fn new_rejects_separator_in_access_key() {
        // Quotes come from copying `ak = "..."` into an INI file, which keeps them.
        for bad in ["A K", "AK,", "AK/x", "AK=", "AK\n", "\"AK\"", "'AK'"] {
            let error = Credentials::new(bad, "SECRET-VALUE").expect_err("AK must be rejected");
            assert!(
                matches!(error, CredentialsError::InvalidAccessKey { .. }),
                "{bad:?}"
            );
            assert!(!error.to_string().contains("SECRET-VALUE"));
        }
    }

    #[test]
    fn debug_masks_secrets() {
        let credentials = Credentials::new("AK-VISIBLE", "SK-HIDDEN-VALUE")
            .expect("valid keys")
            .with_security_token("TOKEN-HIDDEN-VALUE")
            .with_project_id("PID");
        let debug = format!("{credentials:?}");
        assert!(debug.contains("AK-VISIBLE"), "{debug}");
        assert!(debug.contains("PID"), "{debug}");
        assert!(!debug.contains("SK-HIDDEN-VALUE"), "{debug}");
        assert!(!debug.contains("TOKEN-HIDDEN-VALUE"), "{debug}");
        let pretty = format!("{credentials:#?}");
        assert!(!pretty.contains("SK-HIDDEN-VALUE"), "{pretty}");
        assert!(!pretty.contains("TOKEN-HIDDEN-VALUE"), "{pretty}");
    }

    #[test]
    fn empty_optional_values_mean_unset() {
        let credentials = Credentials::new("AK", "SK")
            .expect("valid keys")
            .with_security_token("")
            .with_project_id("")
            .with_domain_id("")
            .with_iam_endpoint("");
        assert!(!credentials.security_token_is_set());
        assert_eq!(credentials.project_id(), None);
        assert_eq!(credentials.domain_id(), None);
        assert_eq!(credentials.iam_endpoint(), None);
    }

    #[test]
    fn setters_do_not_change_clones() {
        let base = Credentials::new("AK", "SK").expect("valid keys");
        let with_project = base.clone().with_project_id("PID");
        assert_eq!(base.project_id(), None);
        assert_eq!(with_project.project_id(), Some("PID"));
        assert_eq!(with_project.access_key(), "AK");
    }

    #[test]
    fn security_token_matches_exactly() {
        let credentials = Credentials::new("AK", "SK")
            .expect("valid keys")
            .with_security_token("TOKEN");
        assert!(credentials.security_token_matches("TOKEN"));
        assert!(!credentials.security_token_matches("TOKEn"));
        assert!(!credentials.security_token_matches("TOKEN2"));
        let permanent = Credentials::new("AK", "SK").expect("valid keys");
        assert!(!permanent.security_token_matches(""));
    }

    #[test]
    fn derived_keys_are_cached_across_clones() {
        let credentials = Credentials::new("AKTEST", "SKTEST").expect("valid keys");
        let clone = credentials.clone();
        let first = credentials.p256_signing_key().expect("derives") as *const _;
        let second = clone.p256_signing_key().expect("derives") as *const _;
        assert_eq!(first, second);
    }

    #[test]
    fn default_predicate_standard_hosts() {
        for host in [
            "iotda.cn-north-4.myhuaweicloud.com",
            "vpc.cn-north-4.myhuaweicloud.com",
            "iam.myhuaweicloud.com",
            "ecs.ap-southeast-1.myhuaweicloud.cn",
            "obs.cn-north-4.huaweicloud.com",
            "ab.myhwclouds.com",
            "ab.mymyhwclouds.cn",
            "iam.myhuaweicloud-com",
            "iam.myhuaweicloud.community.example",
        ] {
            assert!(
                !default_derived_predicate(&request_for(host)),
                "{host} is a standard endpoint"
            );
        }
    }

    #[test]
    fn default_predicate_other_hosts() {
        for host in [
            "abc123.iot-mqtts.cn-north-4.myhuaweicloud.com",
            "iam.myhuaweicloud.eu",
            "127.0.0.1",
            "127.0.0.1:8443",
            "IOTDA.cn-north-4.myhuaweicloud.com",
            "iotda.cn-north-4.example.test",
            "a.myhuaweicloud.com",
            "1ab.myhuaweicloud.com",
            "ab.cn-north-123.myhuaweicloud.com",
            "ab.c-north-4.myhuaweicloud.com",
            "",
        ] {
            assert!(
                default_derived_predicate(&request_for(host)),
                "{host} is not a standard endpoint"
            );
        }
    }
}
