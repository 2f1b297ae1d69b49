//! Conformance: every vector computed by the reference Python SDK core and every expected value
//! from the Go SDK's signer tests, each as its own test. Each signed request is also checked by
//! the verifier.

mod sign_common;

use std::collections::HashMap;

use huaweicloud_sdk_core::credentials::{default_derived_predicate, Credentials};
use huaweicloud_sdk_core::signer::p256::elliptic_curve::sec1::ToEncodedPoint;
use huaweicloud_sdk_core::signer::verify::verify;
use huaweicloud_sdk_core::signer::{
    sign, Payload, SigningAlgorithm, SigningParams, SigningRequest,
};
use sign_common::{
    cross_sdk_vector, sdk_time, signing_request, vector, vector_file, OrderedMap, Received, Vector,
};

/// Headers python-requests adds on the wire, none of them signed.
const TRANSPORT_HEADERS: [&str; 4] = ["Accept-Encoding", "Accept", "Connection", "Content-Length"];

fn file_credentials() -> Credentials {
    let file = vector_file();
    Credentials::new(file.credentials.ak.clone(), file.credentials.sk.clone())
        .expect("vector credentials are valid")
}

fn store(credentials: &Credentials) -> HashMap<String, Credentials> {
    HashMap::from([(credentials.access_key().to_string(), credentials.clone())])
}

fn expected_headers(map: &OrderedMap) -> Vec<(String, String)> {
    map.string_pairs()
}

fn wire_headers_sorted(map: &OrderedMap) -> Vec<(String, String)> {
    let mut headers: Vec<(String, String)> = map
        .string_pairs()
        .into_iter()
        .filter(|(name, _)| !TRANSPORT_HEADERS.contains(&name.as_str()))
        .collect();
    headers.sort();
    headers
}

fn params_for(vector: &Vector) -> SigningParams {
    let algorithm: SigningAlgorithm = vector
        .algorithm
        .as_deref()
        .expect("signed vectors name their algorithm")
        .parse()
        .expect("vector algorithm is known");
    let mut params = SigningParams::new(sdk_time(&vector.fixed_utc_now));
    if algorithm != SigningAlgorithm::V11HmacSha256 {
        params = params.with_algorithm(algorithm);
    }
    if let Some(derived) = &vector.derived {
        params = params.with_derived_scope(derived.region_id.clone(), derived.service.clone());
    }
    params
}

fn credentials_for(vector: &Vector) -> Credentials {
    let credentials = file_credentials();
    if vector.derived.is_some() {
        credentials.with_derived_predicate(default_derived_predicate)
    } else {
        credentials
    }
}

/// Signs a vector's signer input and checks every recorded value, then verifies the result.
fn check_vector(name: &str) {
    let vector = vector(name);
    let input = vector
        .signer_input
        .as_ref()
        .expect("signed vector has signer input");
    let mut request = signing_request(input);
    let credentials = credentials_for(vector);
    let output = sign(&mut request, &credentials, &params_for(vector)).expect("vector signs");

    let is_ec = vector.ec.is_some();
    assert_eq!(
        Some(&output.canonical_request),
        vector.canonical_request.as_ref(),
        "canonical request"
    );
    if let Some(payload_hash) = &vector.payload_hash {
        assert!(
            output
                .canonical_request
                .ends_with(&format!("\n{payload_hash}")),
            "payload hash {payload_hash}"
        );
    }
    assert_eq!(
        Some(&output.string_to_sign),
        vector.string_to_sign.as_ref(),
        "string to sign"
    );
    let expected_authorization = vector.authorization.as_deref().expect("authorization");
    if is_ec {
        let prefix = &expected_authorization[..expected_authorization
            .find("Signature=")
            .expect("Signature field")];
        assert!(
            output.authorization.starts_with(prefix),
            "{} should start with {prefix}",
            output.authorization
        );
    } else {
        assert_eq!(
            output.authorization, expected_authorization,
            "authorization"
        );
    }

    if let Some(after) = &vector.headers_after_signing {
        let mut expected = expected_headers(after);
        if is_ec {
            replace_authorization(&mut expected, &output.authorization);
        }
        assert_eq!(request.headers, expected, "headers after signing");
    }
    let mut expected_wire = wire_headers_sorted(&vector.wire.headers);
    if is_ec {
        replace_authorization(&mut expected_wire, &output.authorization);
    }
    let mut sent = request.headers.clone();
    sent.sort();
    assert_eq!(sent, expected_wire, "wire headers");
    assert_eq!(request.method, vector.wire.method, "wire method");
    assert_eq!(request.url(), vector.wire.url, "wire URL");

    // The server clock is the signing date; a caller's own X-Sdk-Date may differ from the
    // vector's frozen clock.
    let signed_at = sdk_time(request.header("X-Sdk-Date").expect("date header"));
    let received = Received::from_signed(&request);
    let verified = verify(&received.as_received(), &store(&credentials), signed_at)
        .unwrap_or_else(|error| panic!("verifier rejects our own signature: {error}"));
    assert_eq!(verified.access_key, credentials.access_key());
    assert_eq!(
        Some(verified.algorithm.as_str()),
        vector.algorithm.as_deref()
    );
}

fn replace_authorization(headers: &mut [(String, String)], value: &str) {
    for (name, existing) in headers.iter_mut() {
        if name == "Authorization" {
            *existing = value.to_string();
        }
    }
}

/// ECDSA and SM2 signatures are randomized: check the derived keys and verify the recorded
/// signature instead of comparing bytes.
fn check_ec_keys_and_recorded_signature(name: &str) {
    let vector = vector(name);
    let ec = vector.ec.as_ref().expect("EC vector has key data");
    let credentials = file_credentials();
    let (private_hex, x_hex, y_hex) = match ec.curve.as_str() {
        "P-256" => {
            let key = credentials.p256_signing_key().expect("P-256 key derives");
            let point = key.verifying_key().to_encoded_point(false);
            (
                hex::encode(key.to_bytes()),
                hex::encode(point.x().expect("uncompressed point")),
                hex::encode(point.y().expect("uncompressed point")),
            )
        }
        "SM2" => {
            let key = credentials.sm2_signing_key().expect("SM2 key derives");
            let point = key.verifying_key().to_encoded_point(false);
            (
                hex::encode(key.to_bytes()),
                hex::encode(point.x().expect("uncompressed point")),
                hex::encode(point.y().expect("uncompressed point")),
            )
        }
        other => panic!("unknown curve {other}"),
    };
    assert_eq!(
        private_hex, ec.derived_private_key_hex,
        "derived private key"
    );
    assert_eq!(x_hex, ec.public_key_x_hex, "public key x");
    assert_eq!(y_hex, ec.public_key_y_hex, "public key y");

    // The recorded request, exactly as the reference SDK sent it, must verify.
    let after = expected_headers(vector.headers_after_signing.as_ref().expect("headers"));
    let recorded = SigningRequest {
        method: vector.wire.method.clone(),
        headers: after,
        payload: Payload::Empty,
        ..SigningRequest::from_url(vector.wire.method.clone(), &vector.wire.url).expect("URL")
    };
    assert!(
        vector
            .authorization
            .as_deref()
            .expect("authorization")
            .ends_with(&format!("Signature={}", ec.signature_der_hex)),
        "recorded Authorization carries the recorded signature"
    );
    let received = Received::from_signed(&recorded);
    verify(
        &received.as_received(),
        &store(&credentials),
        sdk_time(&vector.fixed_utc_now),
    )
    .unwrap_or_else(|error| panic!("recorded {name} signature does not verify: {error}"));
}

macro_rules! vector_tests {
    ($($test:ident => $name:literal,)*) => {
        $(
            #[test]
            fn $test() {
                check_vector($name);
            }
        )*

        const SIGNED_VECTORS: &[&str] = &[$($name),*];
    };
}

vector_tests! {
    vector_get_no_query => "get_no_query",
    vector_get_query_unsorted => "get_query_unsorted",
    vector_get_query_special_chars => "get_query_special_chars",
    vector_get_query_repeated_empty_bool => "get_query_repeated_empty_bool",
    vector_path_no_trailing_slash => "path_no_trailing_slash",
    vector_post_json_body => "post_json_body",
    vector_post_no_body => "post_no_body",
    vector_put_empty_json_object => "put_empty_json_object",
    vector_security_token => "security_token",
    vector_global_domain_id => "global_domain_id",
    vector_no_project_id => "no_project_id",
    vector_user_supplied_sdk_date => "user_supplied_sdk_date",
    vector_get_no_content_type_config => "get_no_content_type_config",
    vector_xml_body_unsigned_payload => "xml_body_unsigned_payload",
    vector_octet_stream_upload => "octet_stream_upload",
    vector_multipart_form_data => "multipart_form_data",
    vector_derived_v11_hmac_sha256 => "derived_v11_hmac_sha256",
    vector_hmac_sm3 => "hmac_sm3",
    vector_default_user_agent => "default_user_agent",
    vector_caller_user_agent => "caller_user_agent",
    vector_ecdsa_p256_sha256 => "ecdsa_p256_sha256",
    vector_sm2_sm3 => "sm2_sm3",
    vector_iam_project_lookup_request => "iam_project_lookup_request",
    vector_vpc_v2_list_vpcs_full_pipeline => "vpc_v2_list_vpcs_full_pipeline",
}

/// Credentials keep keyed HMAC states and derived V11 keys across requests. Signing every HMAC
/// vector with one credentials value, forward and then backward, must reproduce each recorded
/// `Authorization`, so nothing of one request carries over into the next.
#[test]
fn shared_credentials_reproduce_vectors() {
    let plain = file_credentials();
    let derived = plain
        .clone()
        .with_derived_predicate(default_derived_predicate);
    let names: Vec<&str> = SIGNED_VECTORS
        .iter()
        .copied()
        .filter(|name| vector(name).ec.is_none())
        .collect();
    assert!(names.len() > 10, "only {} HMAC vectors", names.len());
    for name in names.iter().chain(names.iter().rev()) {
        let vector = vector(name);
        let credentials = if vector.derived.is_some() {
            &derived
        } else {
            &plain
        };
        let input = vector
            .signer_input
            .as_ref()
            .expect("signed vector has input");
        let mut request = signing_request(input);
        let output = sign(&mut request, credentials, &params_for(vector)).expect("vector signs");
        assert_eq!(
            Some(&output.authorization),
            vector.authorization.as_ref(),
            "{name}"
        );
    }
}

#[test]
fn vector_ecdsa_p256_keys_and_recorded_signature() {
    check_ec_keys_and_recorded_signature("ecdsa_p256_sha256");
}

#[test]
fn vector_sm2_sm3_keys_and_recorded_signature() {
    check_ec_keys_and_recorded_signature("sm2_sm3");
}

#[test]
fn vector_preexisting_authorization() {
    let file = vector_file();
    let vector = vector("preexisting_authorization");
    assert!(vector.signer_input.is_none());
    let sdk_input = vector.sdk_input.as_ref().expect("SDK input");
    let host = sdk_input
        .endpoint
        .split_once("://")
        .expect("absolute endpoint")
        .1;
    let path = sdk_input
        .resource_path
        .replace("{project_id}", &file.credentials.project_id);
    let mut request = SigningRequest::new(sdk_input.method.clone(), "https", host, path);
    request.headers = sdk_input.header_params.string_pairs();
    request.headers.push((
        "User-Agent".to_string(),
        format!("huaweicloud-usdk-python/3.0; {}", file.config_user_agent),
    ));
    let credentials = file_credentials().with_project_id(file.credentials.project_id.clone());

    let output = sign(
        &mut request,
        &credentials,
        &SigningParams::new(sdk_time(&vector.fixed_utc_now)),
    )
    .expect("signing is skipped without error");

    assert_eq!(output.algorithm, None);
    assert_eq!(output.canonical_request, "");
    assert_eq!(Some(&output.authorization), vector.authorization.as_ref());
    let expected = expected_headers(vector.headers_after_signing.as_ref().expect("headers"));
    assert_eq!(request.headers, expected);
    assert_eq!(request.url(), vector.wire.url);
    assert_eq!(request.header("X-Sdk-Date"), None);
    assert_eq!(request.header("Host"), None);
}

/// The identity headers that the vectors pass in as input also come out right when the signer
/// adds them from the credentials.
#[test]
fn vector_security_token_from_credentials() {
    let vector = vector("security_token");
    let mut request = signing_request(vector.signer_input.as_ref().expect("input"));
    let token = request
        .header("X-Security-Token")
        .expect("token header")
        .to_string();
    let project = request
        .header("X-Project-Id")
        .expect("project header")
        .to_string();
    request
        .headers
        .retain(|(name, _)| name != "X-Security-Token" && name != "X-Project-Id");
    let credentials = file_credentials()
        .with_project_id(project)
        .with_security_token(token);
    let output = sign(&mut request, &credentials, &params_for(vector)).expect("signs");
    assert_eq!(Some(&output.authorization), vector.authorization.as_ref());
    let expected = expected_headers(vector.headers_after_signing.as_ref().expect("headers"));
    assert_eq!(request.headers, expected);
}

#[test]
fn vector_global_domain_id_from_credentials() {
    let vector = vector("global_domain_id");
    let mut request = signing_request(vector.signer_input.as_ref().expect("input"));
    let domain = request
        .header("X-Domain-Id")
        .expect("domain header")
        .to_string();
    request.headers.retain(|(name, _)| name != "X-Domain-Id");
    let credentials = file_credentials().with_domain_id(domain);
    let output = sign(&mut request, &credentials, &params_for(vector)).expect("signs");
    assert_eq!(Some(&output.authorization), vector.authorization.as_ref());
    let expected = expected_headers(vector.headers_after_signing.as_ref().expect("headers"));
    assert_eq!(request.headers, expected);
}

/// The octet-stream vector signed with the bytes known in full gives the same result as the
/// stream: a non-JSON content type is never hashed.
#[test]
fn vector_octet_stream_as_bytes() {
    let vector = vector("octet_stream_upload");
    let input = vector.signer_input.as_ref().expect("input");
    let mut request = signing_request(input);
    request.payload = Payload::from(input.body.content_utf8.clone().expect("file content"));
    let output = sign(&mut request, &file_credentials(), &params_for(vector)).expect("signs");
    assert_eq!(Some(&output.authorization), vector.authorization.as_ref());
    let received = Received::from_signed(&request);
    verify(
        &received.as_received(),
        &store(&file_credentials()),
        sdk_time(&vector.fixed_utc_now),
    )
    .expect("verifies with the body bytes");
}

#[test]
fn vector_file_is_fully_covered() {
    let file = vector_file();
    let mut covered: Vec<&str> = SIGNED_VECTORS.to_vec();
    covered.push("preexisting_authorization");
    for vector in &file.vectors {
        assert!(
            covered.contains(&vector.name.as_str()),
            "vector {} has no test",
            vector.name
        );
    }
    for vector in &file.cross_sdk_vectors {
        assert!(
            CROSS_SDK_VECTORS.contains(&vector.name.as_str()),
            "cross-SDK vector {} has no test",
            vector.name
        );
    }
}

/// Checks a Go SDK vector. The Go SDK signs only the headers the caller set (no `Host`), so
/// these run with the host header turned off.
fn check_cross_sdk_vector(name: &str) {
    let vector = cross_sdk_vector(name);
    let mut request = SigningRequest::from_url(vector.method.clone(), &vector.url).expect("URL");
    request.headers = vector.headers.string_pairs();
    request.payload = Payload::from(vector.body_utf8.clone());
    let algorithm: SigningAlgorithm = vector
        .authorization
        .split(' ')
        .next()
        .expect("algorithm word")
        .parse()
        .expect("known algorithm");
    let date = request
        .header("X-Sdk-Date")
        .expect("date header")
        .to_string();
    let mut params = SigningParams::new(sdk_time(&date))
        .with_algorithm(algorithm)
        .with_host_header(false);
    if algorithm == SigningAlgorithm::V11HmacSha256 {
        let scope = vector
            .string_to_sign
            .split('\n')
            .nth(2)
            .expect("scope line");
        let mut parts = scope.split('/').skip(1);
        params = params.with_derived_scope(
            parts.next().expect("region"),
            parts.next().expect("service"),
        );
    }
    let credentials = Credentials::new(vector.ak.clone(), vector.sk.clone()).expect("keys");
    let output = sign(&mut request, &credentials, &params).expect("signs");
    assert_eq!(
        output.canonical_request, vector.canonical_request,
        "canonical request"
    );
    assert_eq!(
        output.string_to_sign, vector.string_to_sign,
        "string to sign"
    );
    assert_eq!(output.authorization, vector.authorization, "authorization");
    assert_eq!(request.header("Host"), None);

    let received = Received::from_signed(&request);
    verify(
        &received.as_received(),
        &store(&credentials),
        sdk_time(&date),
    )
    .unwrap_or_else(|error| panic!("verifier rejects the Go-style request: {error}"));
}

macro_rules! cross_sdk_tests {
    ($($test:ident => $name:literal,)*) => {
        $(
            #[test]
            fn $test() {
                check_cross_sdk_vector($name);
            }
        )*

        const CROSS_SDK_VECTORS: &[&str] = &[$($name),*];
    };
}

cross_sdk_tests! {
    cross_sdk_go_get_sha256 => "go_test1_sha256",
    cross_sdk_go_post_sha256 => "go_test2_sha256",
    cross_sdk_go_get_v11 => "go_test1_v11",
    cross_sdk_go_post_v11 => "go_test2_v11",
    cross_sdk_go_get_sm3 => "go_test1_sm3",
    cross_sdk_go_post_sm3 => "go_test2_sm3",
}
