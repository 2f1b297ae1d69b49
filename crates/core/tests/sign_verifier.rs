//! The verifier rejects what a gateway rejects: tampering, stale dates, unknown keys and broken
//! `Authorization` headers, with API Gateway's status, code and message.

mod sign_common;

use std::collections::HashMap;
use std::time::Duration;

use huaweicloud_sdk_core::credentials::Credentials;
use huaweicloud_sdk_core::signer::verify::{verify, ReceivedRequest, VerifyError, VerifyErrorKind};
use huaweicloud_sdk_core::signer::{
    sign, SigningAlgorithm, SigningOutput, SigningParams, SigningRequest,
};
use sign_common::{sdk_time, Received};

const DATE: &str = "20240102T030405Z";

fn credentials() -> Credentials {
    Credentials::new("AKVERIFY", "SKVERIFY-SECRET-VALUE")
        .expect("valid keys")
        .with_security_token("TOKEN-SECRET-VALUE")
        .with_project_id("PID")
}

fn store() -> HashMap<String, Credentials> {
    HashMap::from([("AKVERIFY".to_string(), credentials())])
}

fn signed(algorithm: SigningAlgorithm) -> (SigningRequest, SigningOutput) {
    let mut request = SigningRequest::new("POST", "https", "vpc.example.test:8443", "/v1/PID/vpcs")
        .with_query("limit", "10")
        .with_query("marker", "a b")
        .with_header("Content-Type", "application/json")
        .with_header("X-Custom", "value")
        .with_payload(r#"{"vpc": {"name": "x"}}"#);
    let params = SigningParams::new(sdk_time(DATE))
        .with_algorithm(algorithm)
        .with_derived_scope("cn-north-4", "vpc");
    let output = sign(&mut request, &credentials(), &params).expect("signs");
    (request, output)
}

fn check(received: &Received) -> Result<(), VerifyError> {
    verify(&received.as_received(), &store(), sdk_time(DATE)).map(|_| ())
}

fn assert_no_secrets(error: &VerifyError) {
    let text = format!("{error} {error:?}");
    assert!(!text.contains("SKVERIFY-SECRET-VALUE"), "{text}");
    assert!(!text.contains("TOKEN-SECRET-VALUE"), "{text}");
}

fn assert_mismatch(error: VerifyError) {
    assert_eq!(error.kind(), VerifyErrorKind::SignatureMismatch);
    assert_eq!(error.status(), 401);
    assert_eq!(error.code(), "APIGW.0301");
    assert!(
        error.message().starts_with(
            "Incorrect IAM authentication information: verify aksk signature fail, canonicalRequest:POST|/v1/PID/vpcs/|"
        ),
        "{}",
        error.message()
    );
    assert!(!error.message().contains('\n'));
    assert_no_secrets(&error);
}

#[test]
fn signed_request_verifies_for_all_algorithms() {
    for algorithm in SigningAlgorithm::ALL {
        let (request, _) = signed(algorithm);
        let received = Received::from_signed(&request);
        let verified = verify(&received.as_received(), &store(), sdk_time(DATE))
            .unwrap_or_else(|error| panic!("{algorithm}: {error}"));
        assert_eq!(verified.algorithm, algorithm);
        assert_eq!(verified.access_key, "AKVERIFY");
        assert!(verified
            .credentials
            .security_token_matches(request.header("X-Security-Token").expect("token")));
    }
}

#[test]
fn v11_scope_is_returned() {
    let (request, _) = signed(SigningAlgorithm::V11HmacSha256);
    let received = Received::from_signed(&request);
    let verified = verify(&received.as_received(), &store(), sdk_time(DATE)).expect("verifies");
    let scope = verified.scope.expect("V11 has a scope");
    assert_eq!(scope.date, "20240102");
    assert_eq!(scope.region, "cn-north-4");
    assert_eq!(scope.service, "vpc");
}

#[test]
fn tampered_body_rejected() {
    for algorithm in SigningAlgorithm::ALL {
        let (request, _) = signed(algorithm);
        let mut received = Received::from_signed(&request);
        received.body = Some(br#"{"vpc": {"name": "y"}}"#.to_vec());
        assert_mismatch(check(&received).expect_err("tampered body"));
    }
}

#[test]
fn tampered_header_rejected() {
    let (request, _) = signed(SigningAlgorithm::HmacSha256);
    let mut received = Received::from_signed(&request);
    for (name, value) in &mut received.headers {
        if name == "X-Custom" {
            *value = "other".to_string();
        }
    }
    let error = check(&received).expect_err("tampered header");
    assert!(
        error.message().contains("|x-custom:other|"),
        "{}",
        error.message()
    );
    assert_mismatch(error);
}

#[test]
fn tampered_query_rejected() {
    let (request, _) = signed(SigningAlgorithm::HmacSm3);
    let mut received = Received::from_signed(&request);
    received.target = received.target.replace("limit=10", "limit=11");
    let error = check(&received).expect_err("tampered query");
    assert!(
        error.message().contains("|limit=11&marker=a%20b|"),
        "{}",
        error.message()
    );
    assert_mismatch(error);
}

#[test]
fn tampered_path_rejected() {
    let (request, _) = signed(SigningAlgorithm::EcdsaP256Sha256);
    let mut received = Received::from_signed(&request);
    received.target = received.target.replace("/v1/PID/vpcs", "/v1/PID/vpcz");
    let error = check(&received).expect_err("tampered path");
    assert_eq!(error.kind(), VerifyErrorKind::SignatureMismatch);
}

#[test]
fn wrong_secret_rejected() {
    let (request, _) = signed(SigningAlgorithm::Sm2Sm3);
    let received = Received::from_signed(&request);
    let other = HashMap::from([(
        "AKVERIFY".to_string(),
        Credentials::new("AKVERIFY", "another-secret").expect("valid keys"),
    )]);
    let error = verify(&received.as_received(), &other, sdk_time(DATE)).expect_err("wrong SK");
    assert_eq!(error.kind(), VerifyErrorKind::SignatureMismatch);
}

#[test]
fn token_masked_in_mismatch_message() {
    let (request, _) = signed(SigningAlgorithm::HmacSha256);
    let mut received = Received::from_signed(&request);
    received.body = Some(b"{}".to_vec());
    let error = check(&received).expect_err("tampered body");
    assert!(
        error.message().contains("|x-security-token:***|"),
        "{}",
        error.message()
    );
    assert_no_secrets(&error);
}

#[test]
fn date_sixteen_minutes_off_expired() {
    let (request, _) = signed(SigningAlgorithm::HmacSha256);
    let received = Received::from_signed(&request);
    for now in [
        sdk_time(DATE) + Duration::from_secs(16 * 60),
        sdk_time(DATE) - Duration::from_secs(16 * 60),
    ] {
        let error = verify(&received.as_received(), &store(), now).expect_err("expired");
        assert_eq!(error.kind(), VerifyErrorKind::Expired);
        assert_eq!(error.status(), 401);
        assert_eq!(error.code(), "APIGW.0301");
        assert!(
            error.message().ends_with(&format!(
                "signature expired, signature time:{DATE},server time:{}",
                huaweicloud_sdk_core::signer::format_sdk_date(now).expect("in range")
            )),
            "{}",
            error.message()
        );
    }
}

#[test]
fn date_fifteen_minutes_off_accepted() {
    let (request, _) = signed(SigningAlgorithm::HmacSha256);
    let received = Received::from_signed(&request);
    let now = sdk_time(DATE) + Duration::from_secs(15 * 60);
    verify(&received.as_received(), &store(), now).expect("15 minutes is within the limit");
}

#[test]
fn unknown_access_key_rejected() {
    let (request, _) = signed(SigningAlgorithm::HmacSha256);
    let received = Received::from_signed(&request);
    let empty: HashMap<String, Credentials> = HashMap::new();
    let error = verify(&received.as_received(), &empty, sdk_time(DATE)).expect_err("unknown AK");
    assert_eq!(error.kind(), VerifyErrorKind::UnknownAccessKey);
    assert_eq!(error.status(), 401);
    assert!(error.message().contains("AKVERIFY"), "{}", error.message());
}

#[test]
fn closure_store_works() {
    let (request, _) = signed(SigningAlgorithm::HmacSha256);
    let received = Received::from_signed(&request);
    let lookup = |access_key: &str| (access_key == "AKVERIFY").then(credentials);
    verify(&received.as_received(), &lookup, sdk_time(DATE)).expect("closure store");
}

#[test]
fn missing_authorization_rejected() {
    let received = ReceivedRequest::new("GET", "/v1/x")
        .with_header("X-Sdk-Date", DATE)
        .with_body(b"");
    let error = verify(&received, &store(), sdk_time(DATE)).expect_err("no Authorization");
    assert_eq!(error.kind(), VerifyErrorKind::MissingAuthorization);
    assert_eq!(error.status(), 401);
}

#[test]
fn malformed_authorization_rejected() {
    let cases = [
        "SDK-HMAC-SHA256",
        "Bearer xyz",
        "SDK-HMAC-MD5 Access=AKVERIFY, SignedHeaders=x-sdk-date, Signature=00",
        "SDK-HMAC-SHA256 Access=AKVERIFY, Signature=00",
        "SDK-HMAC-SHA256 Access=AKVERIFY, SignedHeaders=x-sdk-date",
        "SDK-HMAC-SHA256 SignedHeaders=x-sdk-date, Signature=00",
        "SDK-HMAC-SHA256 Access=AKVERIFY, Access=AKVERIFY, SignedHeaders=x-sdk-date, Signature=00",
        "SDK-HMAC-SHA256 Access=AKVERIFY, SignedHeaders=x-sdk-date, Signature=00, Extra=1",
        "SDK-HMAC-SHA256 Access=AKVERIFY SignedHeaders=x-sdk-date Signature=00",
        "V11-HMAC-SHA256 Credential=AKVERIFY, SignedHeaders=x-sdk-date, Signature=00",
        "V11-HMAC-SHA256 Credential=AKVERIFY/20240102/r, SignedHeaders=x-sdk-date, Signature=00",
        "V11-HMAC-SHA256 Credential=AKVERIFY/20230101/r/s, SignedHeaders=x-sdk-date, Signature=00",
        "SDK-HMAC-SHA256 Access=AKVERIFY, SignedHeaders=x-sdk-date;x-missing, Signature=00",
    ];
    for authorization in cases {
        let received = ReceivedRequest::new("GET", "/v1/x")
            .with_header("X-Sdk-Date", DATE)
            .with_header("Authorization", authorization)
            .with_body(b"");
        let error = verify(&received, &store(), sdk_time(DATE))
            .expect_err("malformed Authorization must be rejected");
        assert_eq!(
            error.kind(),
            VerifyErrorKind::MalformedAuthorization,
            "{authorization}: {error}"
        );
        assert_eq!(error.status(), 401);
    }
}

#[test]
fn unsigned_date_rejected() {
    let received = ReceivedRequest::new("GET", "/v1/x")
        .with_header("X-Sdk-Date", DATE)
        .with_header(
            "Authorization",
            "SDK-HMAC-SHA256 Access=AKVERIFY, SignedHeaders=host, Signature=00",
        )
        .with_header("Host", "h")
        .with_body(b"");
    let error = verify(&received, &store(), sdk_time(DATE)).expect_err("date not signed");
    assert_eq!(error.kind(), VerifyErrorKind::MissingDate);
}

#[test]
fn malformed_date_rejected() {
    let received = ReceivedRequest::new("GET", "/v1/x")
        .with_header("X-Sdk-Date", "2024-01-02T03:04:05Z")
        .with_header(
            "Authorization",
            "SDK-HMAC-SHA256 Access=AKVERIFY, SignedHeaders=x-sdk-date, Signature=00",
        )
        .with_body(b"");
    let error = verify(&received, &store(), sdk_time(DATE)).expect_err("bad date");
    assert_eq!(error.kind(), VerifyErrorKind::MalformedDate);
    assert!(
        error.message().contains("YYYYMMDDTHHMMSSZ"),
        "{}",
        error.message()
    );
}

#[test]
fn unread_body_needs_unsigned_payload() {
    let (request, _) = signed(SigningAlgorithm::HmacSha256);
    let mut received = Received::from_signed(&request);
    received.body = None;
    let error = check(&received).expect_err("body hash needs the body");
    assert_eq!(error.kind(), VerifyErrorKind::BodyRequired);
}

#[test]
fn wrong_content_hash_rejected() {
    let mut request = SigningRequest::new("PUT", "https", "h.test", "/x")
        .with_header("Content-Type", "application/json")
        .with_header(
            "X-Sdk-Content-Sha256",
            "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
        )
        .with_payload("{}");
    sign(
        &mut request,
        &credentials(),
        &SigningParams::new(sdk_time(DATE)),
    )
    .expect("signs");
    let mut received = Received::from_signed(&request);
    check(&received).expect("the pre-set hash matches the body");
    received.body = Some(b"[]".to_vec());
    let error = check(&received).expect_err("body no longer matches the signed hash");
    assert_eq!(error.kind(), VerifyErrorKind::SignatureMismatch);
}

#[test]
fn go_style_empty_body_unsigned_payload_accepted() {
    // The Go SDK puts UNSIGNED-PAYLOAD in the payload line even for an empty body.
    let mut request = SigningRequest::new("PUT", "https", "h.test", "/x")
        .with_header("Content-Type", "application/xml");
    let output = sign(
        &mut request,
        &credentials(),
        &SigningParams::new(sdk_time(DATE)),
    )
    .expect("signs");
    let go_canonical = output
        .canonical_request
        .rsplit_once('\n')
        .expect("payload line")
        .0
        .to_string()
        + "\nUNSIGNED-PAYLOAD";
    assert_ne!(go_canonical, output.canonical_request);
    // Re-sign the Go form by hand: same HMAC over the Go canonical request.
    use hmac::{Hmac, Mac};
    use sha2::{Digest, Sha256};
    let string_to_sign = format!(
        "SDK-HMAC-SHA256\n{DATE}\n{}",
        hex::encode(Sha256::digest(go_canonical.as_bytes()))
    );
    let mut mac = Hmac::<Sha256>::new_from_slice(b"SKVERIFY-SECRET-VALUE").expect("any key");
    mac.update(string_to_sign.as_bytes());
    let go_signature = hex::encode(mac.finalize().into_bytes());
    for (name, value) in &mut request.headers {
        if name == "Authorization" {
            let prefix = value
                .rsplit_once("Signature=")
                .expect("field")
                .0
                .to_string();
            *value = format!("{prefix}Signature={go_signature}");
        }
    }
    let received = Received::from_signed(&request);
    check(&received).expect("Go-style payload line accepted");
}
