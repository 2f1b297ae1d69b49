//! Signing speed per algorithm on two typical requests, against the floor of the primitives every
//! HMAC-SHA256 signature needs (one SHA-256 of the canonical request, one HMAC of the string to
//! sign). Run with `cargo bench -p huaweicloud-sdk-core --bench signing`.

use std::hint::black_box;
use std::time::{Duration, UNIX_EPOCH};

use criterion::{criterion_main, Criterion};
use hmac::{Hmac, Mac};
use huaweicloud_sdk_core::credentials::Credentials;
use huaweicloud_sdk_core::signer::{sign, SigningAlgorithm, SigningParams, SigningRequest};
use sha2::{Digest, Sha256};

fn get_request() -> SigningRequest {
    SigningRequest::new(
        "GET",
        "https",
        "vpc.cn-north-4.myhuaweicloud.com",
        "/v1/0123456789abcdef0123456789abcdef/vpcs",
    )
    .with_query("limit", "10")
    .with_query("marker", "0a1b2c3d-0000-4000-8000-000000000000")
    .with_header("Content-Type", "application/json")
    .with_header("User-Agent", "huaweicloud-usdk-rust/0.1")
}

fn post_request() -> SigningRequest {
    let mut body = String::from(
        r#"{"vpc": {"name": "benchmark-vpc", "cidr": "192.168.0.0/16", "description": ""#,
    );
    while body.len() < 397 {
        body.push('x');
    }
    body.push_str(r#""}}"#);
    assert_eq!(body.len(), 400);
    SigningRequest::new(
        "POST",
        "https",
        "vpc.cn-north-4.myhuaweicloud.com",
        "/v1/0123456789abcdef0123456789abcdef/vpcs",
    )
    .with_header("Content-Type", "application/json")
    .with_header("User-Agent", "huaweicloud-usdk-rust/0.1")
    .with_payload(body)
}

fn bench_algorithms(c: &mut Criterion) {
    let credentials = Credentials::new(
        "HPUAEXAMPLEAK0000001",
        "ExampleSecretKey0000000000000000000000000",
    )
    .expect("valid keys")
    .with_project_id("0123456789abcdef0123456789abcdef");
    let time = UNIX_EPOCH + Duration::from_secs(1_704_164_645);
    let cases = [("get", get_request()), ("post_400b_json", post_request())];

    let mut group = c.benchmark_group("sign");
    for algorithm in SigningAlgorithm::ALL {
        let params = SigningParams::new(time)
            .with_algorithm(algorithm)
            .with_derived_scope("cn-north-4", "vpc");
        for (label, request) in &cases {
            group.bench_function(format!("{algorithm}/{label}"), |b| {
                b.iter_batched_ref(
                    || request.clone(),
                    |request| sign(black_box(request), &credentials, &params).expect("signs"),
                    criterion::BatchSize::SmallInput,
                )
            });
        }
    }
    group.finish();

    // The floor: the cryptography that no signer can skip for the GET request, which is one
    // SHA-256 of the canonical request and one HMAC-SHA256 of the string to sign. The body is
    // empty, so its hash is a constant. The HMAC key schedule depends only on the SK, so the
    // signer does it once per credentials and the floor starts from a keyed state as well.
    let mut request = get_request();
    let output = sign(&mut request, &credentials, &SigningParams::new(time)).expect("signs");
    let canonical = output.canonical_request;
    let string_to_sign = output.string_to_sign;
    let keyed = Hmac::<Sha256>::new_from_slice(b"ExampleSecretKey0000000000000000000000000")
        .expect("any key length");
    c.bench_function("primitive_floor/sha256+hmac_sha256", |b| {
        b.iter(|| {
            let digest = Sha256::digest(black_box(canonical.as_bytes()));
            let mut mac = black_box(&keyed).clone();
            mac.update(black_box(string_to_sign.as_bytes()));
            (digest, mac.finalize().into_bytes())
        })
    });
}

#[allow(missing_docs)] // `criterion_group!` generates an undocumented public function.
mod harness {
    use super::bench_algorithms;
    criterion::criterion_group!(benches, bench_algorithms);
}

criterion_main!(harness::benches);
