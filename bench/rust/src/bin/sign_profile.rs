//! Signs the GET request of the core's signing bench in a loop, for profilers and for counting
//! heap allocations per signature.
//!
//! `cargo run --release -p huaweicloud-sdk-bench --bin sign_profile -- [ALGORITHM] [ITERATIONS]`
//! prints one JSON line: nanoseconds and allocations per signature, with the cost of cloning
//! the request measured separately and subtracted. Run it under `perf record` or
//! `valgrind --tool=callgrind` to see where signing time goes. The request mirrors
//! `crates/core/benches/signing.rs`.

use huaweicloud_sdk_bench::alloc_counter::CountingAllocator;
use huaweicloud_sdk_core::credentials::Credentials;
use huaweicloud_sdk_core::signer::{sign, SigningAlgorithm, SigningParams, SigningRequest};
use std::hint::black_box;
use std::process::ExitCode;
use std::time::{Duration, Instant, UNIX_EPOCH};

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator::new();

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

/// Returns the time and allocation count of `iterations` runs of `step`.
fn measure(iterations: u64, mut step: impl FnMut()) -> (Duration, usize) {
    let allocations = ALLOCATOR.allocations();
    let started = Instant::now();
    for _ in 0..iterations {
        step();
    }
    (started.elapsed(), ALLOCATOR.allocations() - allocations)
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let algorithm = match args.next().as_deref().unwrap_or("SDK-HMAC-SHA256").parse() {
        Ok(algorithm) => algorithm,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(2);
        }
    };
    let iterations: u64 = match args.next().as_deref().unwrap_or("200000").parse() {
        Ok(n) if n > 0 => n,
        _ => {
            eprintln!("error: ITERATIONS must be a positive integer");
            return ExitCode::from(2);
        }
    };
    let algorithm: SigningAlgorithm = algorithm;

    let credentials = Credentials::new(
        "HPUAEXAMPLEAK0000001",
        "ExampleSecretKey0000000000000000000000000",
    )
    .expect("the example keys are valid")
    .with_project_id("0123456789abcdef0123456789abcdef");
    let params = SigningParams::new(UNIX_EPOCH + Duration::from_secs(1_704_164_645))
        .with_algorithm(algorithm)
        .with_derived_scope("cn-north-4", "vpc");
    let template = get_request();

    let (clone_time, clone_allocations) = measure(iterations, || {
        black_box(template.clone());
    });
    let (total_time, total_allocations) = measure(iterations, || {
        let mut request = template.clone();
        black_box(sign(&mut request, &credentials, &params).expect("the request is valid"));
    });

    let per = |value: f64| value / iterations as f64;
    let sign_ns = per(total_time.saturating_sub(clone_time).as_nanos() as f64);
    let sign_allocations = per((total_allocations - clone_allocations) as f64);
    println!(
        "{}",
        serde_json::json!({
            "algorithm": algorithm.as_str(),
            "iterations": iterations,
            "ns_per_signature": sign_ns,
            "allocations_per_signature": sign_allocations,
            "ns_per_request_clone": per(clone_time.as_nanos() as f64),
            "allocations_per_request_clone": per(clone_allocations as f64),
        })
    );
    ExitCode::SUCCESS
}
