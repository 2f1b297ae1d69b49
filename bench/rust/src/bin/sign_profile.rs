//! Signs a request of the core's signing bench in a loop, for profilers and for counting heap
//! allocations per signature.
//!
//! `cargo run --release -p huaweicloud-sdk-bench --bin sign_profile -- [ALGORITHM] [ITERATIONS]
//! [get|post]` prints one JSON line: wall-clock and CPU nanoseconds and allocations per
//! signature, with the cost of cloning the request measured separately and subtracted. CPU time
//! (`getrusage`) leaves out the time other processes hold the core, so it stays comparable on a
//! busy machine where wall-clock numbers do not. ALGORITHM `floor` runs the primitive floor of
//! the criterion bench instead: one SHA-256 of the GET request's canonical request and one
//! HMAC-SHA256 of its string to sign from a keyed state. Run it under `perf record` or
//! `valgrind --tool=callgrind` to see where signing time goes. The requests mirror
//! `crates/core/benches/signing.rs`.

use hmac::{Hmac, Mac};
use huaweicloud_sdk_bench::alloc_counter::CountingAllocator;
use huaweicloud_sdk_bench::Usage;
use huaweicloud_sdk_core::credentials::Credentials;
use huaweicloud_sdk_core::signer::{sign, SigningAlgorithm, SigningParams, SigningRequest};
use sha2::{Digest, Sha256};
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

fn post_request() -> SigningRequest {
    let mut body = String::from(
        r#"{"vpc": {"name": "benchmark-vpc", "cidr": "192.168.0.0/16", "description": ""#,
    );
    while body.len() < 397 {
        body.push('x');
    }
    body.push_str(r#""}}"#);
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

/// Wall-clock time, CPU time and allocation count of a loop.
#[derive(Clone, Copy)]
struct Cost {
    wall: Duration,
    cpu: Duration,
    allocations: usize,
}

/// Returns the cost of `iterations` runs of `step`.
fn measure(iterations: u64, mut step: impl FnMut()) -> Cost {
    let allocations = ALLOCATOR.allocations();
    let cpu = Usage::now().cpu;
    let started = Instant::now();
    for _ in 0..iterations {
        step();
    }
    Cost {
        wall: started.elapsed(),
        cpu: Usage::now().cpu.saturating_sub(cpu),
        allocations: ALLOCATOR.allocations() - allocations,
    }
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let algorithm_arg = args.next().unwrap_or_else(|| "SDK-HMAC-SHA256".to_string());
    let floor = algorithm_arg == "floor";
    let algorithm: SigningAlgorithm = if floor {
        SigningAlgorithm::HmacSha256
    } else {
        match algorithm_arg.parse() {
            Ok(algorithm) => algorithm,
            Err(error) => {
                eprintln!("error: {error}, or `floor`");
                return ExitCode::from(2);
            }
        }
    };
    let iterations: u64 = match args.next().as_deref().unwrap_or("200000").parse() {
        Ok(n) if n > 0 => n,
        _ => {
            eprintln!("error: ITERATIONS must be a positive integer");
            return ExitCode::from(2);
        }
    };
    let (label, template) = match args.next().as_deref().unwrap_or("get") {
        "get" => ("get", get_request()),
        "post" => ("post", post_request()),
        other => {
            eprintln!("error: unknown request `{other}`: expected get or post");
            return ExitCode::from(2);
        }
    };

    let credentials = Credentials::new(
        "HPUAEXAMPLEAK0000001",
        "ExampleSecretKey0000000000000000000000000",
    )
    .expect("the example keys are valid")
    .with_project_id("0123456789abcdef0123456789abcdef");
    let params = SigningParams::new(UNIX_EPOCH + Duration::from_secs(1_704_164_645))
        .with_algorithm(algorithm)
        .with_derived_scope("cn-north-4", "vpc");

    let (clone, total) = if floor {
        let mut request = template.clone();
        let output = sign(&mut request, &credentials, &params).expect("the request is valid");
        let keyed = Hmac::<Sha256>::new_from_slice(b"ExampleSecretKey0000000000000000000000000")
            .expect("HMAC accepts keys of any length");
        let nothing = measure(iterations, || {});
        let total = measure(iterations, || {
            let digest = Sha256::digest(black_box(output.canonical_request.as_bytes()));
            let mut mac = black_box(&keyed).clone();
            mac.update(black_box(output.string_to_sign.as_bytes()));
            black_box((digest, mac.finalize().into_bytes()));
        });
        (nothing, total)
    } else {
        let clone = measure(iterations, || {
            black_box(template.clone());
        });
        let total = measure(iterations, || {
            let mut request = template.clone();
            black_box(sign(&mut request, &credentials, &params).expect("the request is valid"));
        });
        (clone, total)
    };

    let per = |value: f64| value / iterations as f64;
    let per_duration =
        |total: Duration, clone: Duration| per(total.saturating_sub(clone).as_nanos() as f64);
    println!(
        "{}",
        serde_json::json!({
            "algorithm": if floor { "floor" } else { algorithm.as_str() },
            "request": label,
            "iterations": iterations,
            "ns_per_signature": per_duration(total.wall, clone.wall),
            "cpu_ns_per_signature": per_duration(total.cpu, clone.cpu),
            "allocations_per_signature": per((total.allocations - clone.allocations) as f64),
            "ns_per_request_clone": per(clone.wall.as_nanos() as f64),
            "allocations_per_request_clone": per(clone.allocations as f64),
        })
    );
    ExitCode::SUCCESS
}
