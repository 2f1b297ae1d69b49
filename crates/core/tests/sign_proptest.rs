//! Property tests: arbitrary header values, paths and query strings never make the signer panic,
//! and whatever it signs, the verifier accepts, for all five algorithms.

mod sign_common;

use std::collections::HashMap;

use huaweicloud_sdk_core::credentials::Credentials;
use huaweicloud_sdk_core::signer::verify::verify;
use huaweicloud_sdk_core::signer::{
    sign, Payload, SigningAlgorithm, SigningParams, SigningRequest,
};
use proptest::prelude::*;
use sign_common::{sdk_time, Received};

const DATE: &str = "20240102T030405Z";

fn credentials() -> Credentials {
    Credentials::new("AKPROP", "SKPROP")
        .expect("valid keys")
        .with_security_token("TOKEN")
        .with_project_id("PID")
}

fn algorithm() -> impl Strategy<Value = SigningAlgorithm> {
    prop::sample::select(SigningAlgorithm::ALL.to_vec())
}

/// Any string, biased toward characters that matter to encoding and trimming.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".*",
        "[ \t%+/=&?#:;,~*'()!@\\[\\]a-zA-Z0-9_.-]{0,20}",
        "[\\x00-\\x7f]{0,12}",
        "[ ]{0,3}[a-z测試é ]{0,8}[ \t]{0,3}",
    ]
}

fn header_name() -> impl Strategy<Value = String> {
    prop_oneof!["X-[A-Za-z0-9-]{1,12}", "[A-Za-z_]{1,10}", ".{0,6}"]
}

fn path() -> impl Strategy<Value = String> {
    prop_oneof!["(/[a-zA-Z0-9%:@ ._~+-]{0,10}){0,4}/?", "/.*", ".{0,8}",]
}

fn payload() -> impl Strategy<Value = Payload> {
    prop_oneof![
        Just(Payload::Empty),
        Just(Payload::Unsigned),
        prop::collection::vec(any::<u8>(), 0..64).prop_map(Payload::from),
    ]
}

fn content_type() -> impl Strategy<Value = Option<String>> {
    prop::option::of(prop_oneof![
        Just("application/json".to_string()),
        Just("application/json;charset=UTF-8".to_string()),
        Just("application/xml".to_string()),
        Just("application/octet-stream".to_string()),
        Just("text/plain".to_string()),
    ])
}

prop_compose! {
    fn request()(
        method in prop_oneof![Just("GET".to_string()), Just("post".to_string()), "[A-Z]{1,7}", ".{0,4}"],
        host in prop_oneof![Just("h.example.test".to_string()), Just("127.0.0.1:8443".to_string()), ".{0,12}"],
        path in path(),
        query in prop::collection::vec((text(), text()), 0..5),
        headers in prop::collection::vec((header_name(), text()), 0..5),
        content_type in content_type(),
        payload in payload(),
    ) -> SigningRequest {
        let mut request = SigningRequest::new(method, "https", host, path);
        request.query = query;
        request.headers = headers;
        if let Some(content_type) = content_type {
            request.headers.push(("Content-Type".to_string(), content_type));
        }
        request.payload = payload;
        request
    }
}

fn received_body(payload: &Payload, streamed: &[u8]) -> Option<Vec<u8>> {
    match payload {
        Payload::Empty => Some(Vec::new()),
        Payload::Bytes(bytes) => Some(bytes.to_vec()),
        // An unsigned stream arrives as whatever bytes it produced.
        Payload::Unsigned => Some(streamed.to_vec()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn signed_requests_verify(
        mut request in request(),
        algorithm in algorithm(),
        streamed in prop::collection::vec(any::<u8>(), 0..16),
    ) {
        let params = SigningParams::new(sdk_time(DATE))
            .with_algorithm(algorithm)
            .with_derived_scope("cn-north-4", "svc");
        let credentials = credentials();
        // Errors are fine (invalid method, host, header...); panics are not.
        let Ok(output) = sign(&mut request, &credentials, &params) else {
            return Ok(());
        };
        prop_assert_eq!(output.algorithm, Some(algorithm));
        prop_assert_eq!(request.header("Authorization"), Some(output.authorization.as_str()));

        let mut received = Received::from_signed(&request);
        received.body = received_body(&request.payload, &streamed);
        let store = HashMap::from([(credentials.access_key().to_string(), credentials.clone())]);
        let result = verify(&received.as_received(), &store, sdk_time(DATE));
        prop_assert!(result.is_ok(), "{:?} rejected: {:?}", request, result.err());
    }

    #[test]
    fn url_round_trips_through_from_url(request in request()) {
        let host_ok = !request.host.is_empty()
            && !request.host.chars().any(|c| {
                c.is_whitespace() || c.is_control() || "/?#@\\".contains(c)
            });
        prop_assume!(host_ok);
        prop_assume!(request.path.is_empty() || request.path.starts_with('/'));
        prop_assume!(!request.path.contains(['?', '#']));
        let url = request.url();
        if let Ok(parsed) = SigningRequest::from_url(request.method.clone(), &url) {
            prop_assert_eq!(parsed.url(), url);
        }
    }
}
