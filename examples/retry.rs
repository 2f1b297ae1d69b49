//! Retry: one call with its own retry policy and a jittered exponential backoff.
//!
//! ```sh
//! cargo run -p huaweicloud-sdk-examples --example retry
//! ```
//!
//! With `HUAWEICLOUD_SDK_AK` and `HUAWEICLOUD_SDK_SK` set, it lists the VPCs of your account
//! in `cn-north-4` under the policy and changes nothing. Without them, it starts the emulator
//! and first makes it return two `503 Service Unavailable` and one `429 Too Many Requests`, so
//! the output shows each attempt and the retries that follow.

use std::process::ExitCode;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::Duration;

use huaweicloud_sdk_core::retry::{Backoff, BackoffStrategy, RetryPolicy};
use huaweicloud_sdk_core::{CallOptions, Error};
use huaweicloud_sdk_emulator::Fault;
use huaweicloud_sdk_examples::{Environment, REGION};
use huaweicloud_sdk_vpc::v2::{model, region, VpcClient};

fn main() -> ExitCode {
    let environment = match Environment::detect() {
        Ok(environment) => environment,
        Err(error) => {
            eprintln!("error: failed to start the local emulator: {error}");
            return ExitCode::FAILURE;
        }
    };
    println!("Running against {}.", environment.describe());

    if let Err(error) = inject_faults(&environment) {
        eprintln!("error: {error}");
        return ExitCode::FAILURE;
    }

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime starts on a machine that runs this example");
    match runtime.block_on(run()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

/// In emulator mode, makes the next three VPC calls fail with 503, 503 and 429.
fn inject_faults(environment: &Environment) -> Result<(), String> {
    let Some(emulator) = environment.emulator() else {
        return Ok(());
    };
    for (status, count) in [(503, 2), (429, 1)] {
        let fault = Fault::Status {
            status,
            retry_after: None,
            count: Some(count),
            // VPC v2 paths start with `/v1/`; the IAM project id lookup is left alone.
            path_prefix: Some("/v1/".to_owned()),
        };
        emulator.faults().add(fault)?;
    }
    println!("Injected 2 x 503 and 1 x 429 into the emulator's VPC routes.");
    Ok(())
}

async fn run() -> Result<(), Error> {
    let attempts = Arc::new(AtomicU32::new(0));
    let counter = Arc::clone(&attempts);
    let client = VpcClient::builder()
        .region(region::value_of(REGION)?)
        .response_hook(move |response| {
            let attempt = counter.fetch_add(1, Ordering::Relaxed) + 1;
            println!(
                "  attempt {attempt}: {} {} -> HTTP {}",
                response.method(),
                response.url(),
                response.status()
            );
        })
        .build()?;

    // Up to 4 retries of 429, 503 and failed connections (the default condition), waiting
    // about 100 ms, 200 ms, 400 ms... with half of each wait random, and at most 5 s.
    let backoff = Backoff::new(BackoffStrategy::EqualJitter)
        .with_base(Duration::from_millis(100))
        .with_cap(Duration::from_secs(5));
    let policy = RetryPolicy::new(4)?.backoff(backoff);

    println!("ListVpcs with up to 4 retries:");
    let response = client
        .with_options(CallOptions::new().retry(policy))
        .list_vpcs(model::ListVpcsRequest::default().with_limit(10))
        .await?;
    println!(
        "ListVpcs succeeded after {} attempt(s): HTTP {}, {} VPC(s).",
        attempts.load(Ordering::Relaxed),
        response.status(),
        response.vpcs.as_ref().map_or(0, Vec::len)
    );
    Ok(())
}
