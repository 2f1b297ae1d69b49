//! Deterministic derivation of the SDK-ECDSA-P256-SHA256 and SDK-SM2-SM3 private keys from an
//! AK/SK pair, and the per-credentials cache that contains them and the keyed HMAC states.

use std::sync::{Mutex, OnceLock, PoisonError};

use hmac::{Hmac, Mac};
use p256::elliptic_curve::bigint::{ArrayEncoding, U256};
use p256::elliptic_curve::Curve;
use sha2::Sha256;
use sm3::Sm3;

/// SM2 distinguishing identifier (user id) used for the signature's Z value. Its length in bits
/// (ENTL) is 0x0080.
pub(crate) const SM2_USER_ID: &str = "1234567812345678";

/// Number of counter values tried before giving up (the reference SDK tries 0..=254).
const MAX_COUNTER: u8 = 254;

/// Derives the P-256 private key: for counter `c` = 0, 1, ..., the candidate is
/// `HMAC-SHA256(SK, 00000001 ‖ "SDK-ECDSA-P256-SHA256" ‖ 00 ‖ AK ‖ c ‖ 00000100)` read as a
/// big-endian integer; the first candidate `<= n - 2` gives the scalar `candidate + 1`.
/// Returns `None` only if every counter value fails (probability about 2^-8000).
pub(crate) fn derive_p256(access_key: &str, secret_key: &[u8]) -> Option<p256::ecdsa::SigningKey> {
    let scalar = derive_scalar::<Hmac<Sha256>>(
        b"SDK-ECDSA-P256-SHA256",
        access_key,
        secret_key,
        p256::NistP256::ORDER,
    )?;
    p256::ecdsa::SigningKey::from_bytes(&scalar.to_be_byte_array()).ok()
}

/// Derives the SM2 private key the same way as [`derive_p256`] with HMAC-SM3, the
/// `SDK-SM2-SM3` label and the SM2 curve order.
pub(crate) fn derive_sm2(access_key: &str, secret_key: &[u8]) -> Option<sm2::dsa::SigningKey> {
    let scalar =
        derive_scalar::<Hmac<Sm3>>(b"SDK-SM2-SM3", access_key, secret_key, sm2::Sm2::ORDER)?;
    sm2::dsa::SigningKey::from_bytes(SM2_USER_ID, &scalar.to_be_byte_array()).ok()
}

fn derive_scalar<M>(label: &[u8], access_key: &str, secret_key: &[u8], order: U256) -> Option<U256>
where
    M: Mac + hmac::digest::KeyInit,
{
    let max_candidate = order.wrapping_sub(&U256::from_u8(2));
    let mut template = Vec::with_capacity(4 + label.len() + 1 + access_key.len() + 1 + 4);
    template.extend_from_slice(&[0, 0, 0, 1]);
    template.extend_from_slice(label);
    template.push(0);
    template.extend_from_slice(access_key.as_bytes());
    let counter_at = template.len();
    template.push(0);
    template.extend_from_slice(&[0, 0, 1, 0]);

    for counter in 0..=MAX_COUNTER {
        template[counter_at] = counter;
        let mut mac =
            <M as Mac>::new_from_slice(secret_key).expect("HMAC accepts keys of any length");
        mac.update(&template);
        let digest = mac.finalize().into_bytes();
        let candidate = U256::from_be_slice(&digest);
        if candidate <= max_candidate {
            return Some(candidate.wrapping_add(&U256::ONE));
        }
    }
    None
}

/// Maximum number of `V11-HMAC-SHA256` scopes whose keyed HMAC state one credentials value
/// keeps. A scope is `date/region/service`, so this covers a client that talks to a few services
/// in a few regions. The oldest scope is dropped first, so yesterday's keys age out.
const MAX_DERIVED_SCOPES: usize = 8;

/// The keys of one credentials value, each computed on first use and then shared by every
/// request signed or verified with those credentials. Besides the derived EC keys, it caches the
/// HMAC states after the key schedule, with the inner and outer padded-key blocks already
/// compressed, so that a signature costs only the hashing of its message.
///
/// NOTE: the `hmac` 0.12 states are not zeroized on drop. They are equivalent to the SK for
/// computing HMACs, like the SK itself, which `Credentials` zeroizes.
#[derive(Default)]
pub(crate) struct KeyCache {
    p256: OnceLock<Option<p256::ecdsa::SigningKey>>,
    // NOTE: `sm2::dsa::SigningKey` 0.13 does not zeroize its scalar on drop, unlike the P-256 key.
    sm2: OnceLock<Option<sm2::dsa::SigningKey>>,
    hmac_sha256: OnceLock<Hmac<Sha256>>,
    hmac_sm3: OnceLock<Hmac<Sm3>>,
    /// Keyed states of the derived (`V11-HMAC-SHA256`) signing keys, oldest scope first.
    derived: Mutex<Vec<DerivedKey>>,
}

#[derive(Clone)]
struct DerivedKey {
    scope: String,
    mac: Hmac<Sha256>,
}

impl Clone for KeyCache {
    fn clone(&self) -> Self {
        KeyCache {
            p256: self.p256.clone(),
            sm2: self.sm2.clone(),
            hmac_sha256: self.hmac_sha256.clone(),
            hmac_sm3: self.hmac_sm3.clone(),
            derived: Mutex::new(self.derived_keys().clone()),
        }
    }
}

impl KeyCache {
    pub(crate) fn p256(
        &self,
        access_key: &str,
        secret_key: &[u8],
    ) -> Option<&p256::ecdsa::SigningKey> {
        self.p256
            .get_or_init(|| derive_p256(access_key, secret_key))
            .as_ref()
    }

    pub(crate) fn sm2(&self, access_key: &str, secret_key: &[u8]) -> Option<&sm2::dsa::SigningKey> {
        self.sm2
            .get_or_init(|| derive_sm2(access_key, secret_key))
            .as_ref()
    }

    /// Returns HMAC-SHA256 keyed with `secret_key`, ready for the message.
    pub(crate) fn hmac_sha256(&self, secret_key: &[u8]) -> &Hmac<Sha256> {
        self.hmac_sha256.get_or_init(|| keyed(secret_key))
    }

    /// Returns HMAC-SM3 keyed with `secret_key`, ready for the message.
    pub(crate) fn hmac_sm3(&self, secret_key: &[u8]) -> &Hmac<Sm3> {
        self.hmac_sm3.get_or_init(|| keyed(secret_key))
    }

    /// Returns HMAC-SHA256 keyed with the derived signing key of `scope`
    /// ([`v11_signing_key`](super::algorithm::v11_signing_key)), deriving it on a cache miss.
    pub(crate) fn derived_hmac(
        &self,
        access_key: &str,
        secret_key: &[u8],
        scope: &str,
    ) -> Hmac<Sha256> {
        if let Some(hit) = self.derived_keys().iter().find(|key| key.scope == scope) {
            return hit.mac.clone();
        }
        // Derived outside the lock: two threads that miss together both derive the same key.
        let signing_key = super::algorithm::v11_signing_key(access_key, secret_key, scope);
        let mac: Hmac<Sha256> = keyed(signing_key.as_bytes());
        let mut derived = self.derived_keys();
        if !derived.iter().any(|key| key.scope == scope) {
            if derived.len() == MAX_DERIVED_SCOPES {
                derived.remove(0);
            }
            derived.push(DerivedKey {
                scope: scope.to_string(),
                mac: mac.clone(),
            });
        }
        mac
    }

    fn derived_keys(&self) -> std::sync::MutexGuard<'_, Vec<DerivedKey>> {
        // A panic while the lock was held cannot leave a half-written entry: entries are pushed
        // whole. So a poisoned cache is still valid.
        self.derived.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

fn keyed<M>(key: &[u8]) -> M
where
    M: Mac + hmac::digest::KeyInit,
{
    <M as Mac>::new_from_slice(key).expect("HMAC accepts keys of any length")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn p256_key_from_known_pair() {
        let key = derive_p256("AKTEST", b"SKTEST").expect("derivation succeeds");
        assert_eq!(
            hex::encode(key.to_bytes()),
            "d130072cb88135654806dbe4d849c1cee7df39cb41169e86ba27d83412fe57e9"
        );
    }

    #[test]
    fn sm2_key_from_known_pair() {
        let key = derive_sm2("AKTEST", b"SKTEST").expect("derivation succeeds");
        assert_eq!(
            hex::encode(key.to_bytes()),
            "62e3076b31190095bb9ac28745906d140605abd458c4121e8e5026af8cbda48e"
        );
    }

    #[test]
    fn cache_derives_once() {
        let cache = KeyCache::default();
        let first = cache
            .p256("AKTEST", b"SKTEST")
            .expect("derivation succeeds") as *const _;
        let second = cache
            .p256("AKTEST", b"SKTEST")
            .expect("derivation succeeds") as *const _;
        assert_eq!(first, second);
    }

    fn mac_hex<M: Mac>(mut mac: M, message: &[u8]) -> String {
        mac.update(message);
        hex::encode(mac.finalize().into_bytes())
    }

    #[test]
    fn keyed_states_match_fresh_hmac() {
        let cache = KeyCache::default();
        for message in [&b"first"[..], b"second", b""] {
            let fresh = Hmac::<Sha256>::new_from_slice(b"SKTEST").expect("any key length");
            let cached = cache.hmac_sha256(b"SKTEST").clone();
            assert_eq!(mac_hex(cached, message), mac_hex(fresh, message));
            let fresh = Hmac::<Sm3>::new_from_slice(b"SKTEST").expect("any key length");
            let cached = cache.hmac_sm3(b"SKTEST").clone();
            assert_eq!(mac_hex(cached, message), mac_hex(fresh, message));
        }
    }

    #[test]
    fn derived_cache_keeps_recent_scopes() {
        let cache = KeyCache::default();
        let scopes: Vec<String> = (1..=MAX_DERIVED_SCOPES + 1)
            .map(|day| format!("202401{day:02}/cn-north-4/iotdm"))
            .collect();
        for scope in scopes.iter().chain(&scopes) {
            let key = super::super::algorithm::v11_signing_key("AKTEST", b"SKTEST", scope);
            let fresh = Hmac::<Sha256>::new_from_slice(key.as_bytes()).expect("any key length");
            let cached = cache.derived_hmac("AKTEST", b"SKTEST", scope);
            assert_eq!(
                mac_hex(cached, b"message"),
                mac_hex(fresh, b"message"),
                "{scope}"
            );
        }
        let cached = cache.derived_keys();
        assert_eq!(cached.len(), MAX_DERIVED_SCOPES);
        assert!(cached.iter().all(|key| key.scope != scopes[0]));
    }

    #[test]
    fn clone_keeps_derived_scopes() {
        let cache = KeyCache::default();
        cache.derived_hmac("AKTEST", b"SKTEST", "20240102/cn-north-4/iotdm");
        let clone = cache.clone();
        assert_eq!(clone.derived_keys().len(), 1);
    }
}
