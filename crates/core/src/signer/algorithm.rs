//! The five signing algorithms: their wire names, hashes, content headers and signatures.

use std::fmt;
use std::str::FromStr;

use hkdf::Hkdf;
use hmac::Mac;
use sha2::{Digest, Sha256};
use sm3::Sm3;

/// Lower-case hex of SHA-256 over no bytes: the payload hash of an empty body.
pub(crate) const EMPTY_SHA256: &str =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/// Lower-case hex of SM3 over no bytes: the payload hash of an empty body under SM3.
pub(crate) const EMPTY_SM3: &str =
    "1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b";

/// Literal payload hash of a body that is not hashed (streams, non-JSON content types).
pub const UNSIGNED_PAYLOAD: &str = "UNSIGNED-PAYLOAD";

/// A request signing algorithm, written on the wire as the first word of `Authorization`.
///
/// `FromStr` and `Display` use the wire names (`SDK-HMAC-SHA256`, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SigningAlgorithm {
    /// `SDK-HMAC-SHA256`: HMAC-SHA256 keyed with the SK. The default.
    #[default]
    HmacSha256,
    /// `SDK-HMAC-SM3`: SM3 hashes and HMAC-SM3 keyed with the SK.
    HmacSm3,
    /// `SDK-ECDSA-P256-SHA256`: ECDSA on P-256 over SHA-256, with a private key derived from
    /// the AK/SK pair. Signatures are DER in lower-case hex.
    EcdsaP256Sha256,
    /// `SDK-SM2-SM3`: SM2 signature over SM3 with user id `1234567812345678`, private key
    /// derived from the AK/SK pair. Signatures are DER in lower-case hex.
    Sm2Sm3,
    /// `V11-HMAC-SHA256`: derived AK/SK signing. The HMAC-SHA256 key is the lower-case hex
    /// string of HKDF-SHA256(IKM = SK, salt = AK, info = `date/region/service`), and the scope
    /// `date/region/service` is part of the string to sign and of `Authorization`.
    V11HmacSha256,
}

impl SigningAlgorithm {
    /// All algorithms, in the order of their `HttpConfig` numbering in the reference SDK
    /// (V11 last: it is selected by a derived predicate, not by configuration).
    pub const ALL: [SigningAlgorithm; 5] = [
        SigningAlgorithm::HmacSha256,
        SigningAlgorithm::HmacSm3,
        SigningAlgorithm::EcdsaP256Sha256,
        SigningAlgorithm::Sm2Sm3,
        SigningAlgorithm::V11HmacSha256,
    ];

    /// Returns the wire name, e.g. `SDK-HMAC-SHA256`.
    pub fn as_str(self) -> &'static str {
        match self {
            SigningAlgorithm::HmacSha256 => "SDK-HMAC-SHA256",
            SigningAlgorithm::HmacSm3 => "SDK-HMAC-SM3",
            SigningAlgorithm::EcdsaP256Sha256 => "SDK-ECDSA-P256-SHA256",
            SigningAlgorithm::Sm2Sm3 => "SDK-SM2-SM3",
            SigningAlgorithm::V11HmacSha256 => "V11-HMAC-SHA256",
        }
    }

    /// Returns the name of the header that carries `UNSIGNED-PAYLOAD` (or a caller's own payload
    /// hash): `X-Sdk-Content-Sm3` for the SM3 algorithms, `X-Sdk-Content-Sha256` otherwise.
    pub fn content_header(self) -> &'static str {
        if self.uses_sm3() {
            "X-Sdk-Content-Sm3"
        } else {
            "X-Sdk-Content-Sha256"
        }
    }

    pub(crate) fn uses_sm3(self) -> bool {
        matches!(self, SigningAlgorithm::HmacSm3 | SigningAlgorithm::Sm2Sm3)
    }

    pub(crate) fn empty_payload_hash(self) -> &'static str {
        if self.uses_sm3() {
            EMPTY_SM3
        } else {
            EMPTY_SHA256
        }
    }

    /// Returns the lower-case hex digest of `data` with this algorithm's hash, written into
    /// `buffer`.
    pub(crate) fn hex_digest<'a>(self, data: &[u8], buffer: &'a mut [u8; 64]) -> &'a str {
        let digest = if self.uses_sm3() {
            Sm3::digest(data)
        } else {
            Sha256::digest(data)
        };
        hex::encode_to_slice(digest, buffer).expect("a 32-byte digest has 64 hex digits");
        std::str::from_utf8(buffer).expect("hex digits are ASCII")
    }

    /// Appends the lower-case hex digest of `data` with this algorithm's hash to `out`.
    pub(crate) fn push_hex_digest(self, out: &mut String, data: &[u8]) {
        out.push_str(self.hex_digest(data, &mut [0; 64]));
    }
}

impl fmt::Display for SigningAlgorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Error of parsing a [`SigningAlgorithm`] from its wire name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown signing algorithm `{value}`: expected one of SDK-HMAC-SHA256, SDK-HMAC-SM3, \
     SDK-ECDSA-P256-SHA256, SDK-SM2-SM3, V11-HMAC-SHA256"
)]
pub struct ParseAlgorithmError {
    /// The rejected text.
    pub value: String,
}

impl FromStr for SigningAlgorithm {
    type Err = ParseAlgorithmError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        SigningAlgorithm::ALL
            .into_iter()
            .find(|algorithm| algorithm.as_str() == value)
            .ok_or_else(|| ParseAlgorithmError {
                value: value.to_string(),
            })
    }
}

/// Appends the lower-case hex of `bytes` to `out`, encoding through a stack buffer so that
/// nothing but `out` is allocated.
pub(crate) fn push_hex(out: &mut String, bytes: &[u8]) {
    let mut buffer = [0u8; 64];
    for chunk in bytes.chunks(buffer.len() / 2) {
        let hex = &mut buffer[..chunk.len() * 2];
        hex::encode_to_slice(chunk, hex).expect("the buffer has two digits per byte");
        out.push_str(std::str::from_utf8(hex).expect("hex digits are ASCII"));
    }
}

/// Appends the lower-case hex of the MAC of `message` to `out`, starting from `mac`, a state
/// already keyed (see [`KeyCache`](super::keys::KeyCache)).
pub(crate) fn push_mac_hex<M: Mac>(out: &mut String, mut mac: M, message: &[u8]) {
    mac.update(message);
    push_hex(out, &mac.finalize().into_bytes());
}

/// The V11 signing key: the 64-character lower-case hex string of
/// HKDF-SHA256(IKM = SK, salt = AK, info = scope, L = 32), as ASCII bytes.
pub(crate) fn v11_signing_key(access_key: &str, secret_key: &[u8], scope: &str) -> String {
    let hkdf = Hkdf::<Sha256>::new(Some(access_key.as_bytes()), secret_key);
    let mut okm = [0u8; 32];
    hkdf.expand(scope.as_bytes(), &mut okm)
        .expect("32 bytes is within HKDF-SHA256's 8160-byte output limit");
    let mut key = String::with_capacity(64);
    push_hex(&mut key, &okm);
    key
}

/// Converts a DER `SEQUENCE { r INTEGER, s INTEGER }` into an SM2 signature.
pub(crate) fn sm2_signature_from_der(der: &[u8]) -> Option<sm2::dsa::Signature> {
    let parsed = ecdsa::Signature::<sm2::Sm2>::from_der(der).ok()?;
    let (r, s) = parsed.split_bytes();
    sm2::dsa::Signature::from_scalars(r, s).ok()
}

/// Converts an SM2 signature into DER `SEQUENCE { r INTEGER, s INTEGER }`.
pub(crate) fn sm2_signature_to_der(signature: &sm2::dsa::Signature) -> Option<Vec<u8>> {
    let as_ecdsa =
        ecdsa::Signature::<sm2::Sm2>::from_scalars(signature.r_bytes(), signature.s_bytes())
            .ok()?;
    Some(as_ecdsa.to_der().as_bytes().to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_names_round_trip() {
        for algorithm in SigningAlgorithm::ALL {
            assert_eq!(
                algorithm.as_str().parse::<SigningAlgorithm>(),
                Ok(algorithm)
            );
            assert_eq!(algorithm.to_string(), algorithm.as_str());
        }
    }

    #[test]
    fn unknown_name_lists_valid_names() {
        let error = "SDK-HMAC-MD5"
            .parse::<SigningAlgorithm>()
            .expect_err("MD5 is not an algorithm");
        let message = error.to_string();
        assert!(message.contains("SDK-HMAC-MD5"), "{message}");
        assert!(message.contains("SDK-SM2-SM3"), "{message}");
    }

    #[test]
    fn empty_hashes_match_digests() {
        let mut sha = String::new();
        SigningAlgorithm::HmacSha256.push_hex_digest(&mut sha, b"");
        assert_eq!(sha, EMPTY_SHA256);
        let mut sm3 = String::new();
        SigningAlgorithm::HmacSm3.push_hex_digest(&mut sm3, b"");
        assert_eq!(sm3, EMPTY_SM3);
    }

    #[test]
    fn v11_key_matches_reference() {
        let key = v11_signing_key("AKTEST", b"SKTEST", "20240102/cn-north-4/iotdm");
        assert_eq!(
            key,
            "6427beeb1f787a2bcfd17df806d3b0d2eb9872674370061ad0c753106b4c9923"
        );
    }
}
