//! Sends ListVpcs or CreateVpc one at a time in a loop, for profilers and for counting heap
//! allocations per call of the SDK's async client next to the bare reqwest floor.
//!
//! ```text
//! fixed_reply_server --port-file port &
//! call_profile --endpoint http://127.0.0.1:$(cat port) --mode sdk --operation ListVpcs
//! ```
//!
//! Modes:
//! - `sdk`: the async VPC client;
//! - `floor`: a bare reqwest client replaying the request the server captured from the SDK,
//!   so run `sdk` first against the same server;
//! - `decode`: decoding the fixed reply into the response model as the SDK does, with no I/O.
//!
//! Everything runs on one thread (a current-thread Tokio runtime), so the CPU time of the
//! process is the time of the calls. Prints one JSON line with wall time, CPU time and
//! allocations per call. Run it under `perf record` or `valgrind --tool=callgrind` to see
//! where the time goes. Only loopback endpoints are accepted.

use clap::{Parser, ValueEnum};
use huaweicloud_sdk_bench::alloc_counter::CountingAllocator;
use huaweicloud_sdk_bench::payload::{Operation, Payload};
use huaweicloud_sdk_bench::replay::{plain_client, Replay};
use huaweicloud_sdk_bench::sdk;
use huaweicloud_sdk_bench::usage::Usage;
use huaweicloud_sdk_core::json::{FromJson, Value};
use huaweicloud_sdk_vpc::v2::{model, VpcClient};
use std::hint::black_box;
use std::process::ExitCode;
use std::time::{Duration, Instant};

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator::new();

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Mode {
    Sdk,
    Floor,
    Decode,
}

#[derive(Debug, Parser)]
#[command(about = "Sequential SDK or floor calls with allocation counts, for profiling")]
struct Args {
    /// Base URL of the fixed-reply server, on loopback (such as http://127.0.0.1:8080).
    /// Not needed for `--mode decode`.
    #[arg(long, default_value = "")]
    endpoint: String,
    /// Client or step to measure.
    #[arg(long, value_enum)]
    mode: Mode,
    /// Operation to send.
    #[arg(long, value_enum, default_value = "ListVpcs")]
    operation: Operation,
    /// Calls in the measured phase.
    #[arg(long, default_value_t = 20_000)]
    requests: u64,
    /// Calls before measuring, to open the connection and warm caches.
    #[arg(long, default_value_t = 500)]
    warmup: u64,
}

/// Time, CPU and allocations of one measured phase.
#[derive(Debug)]
struct Measured {
    wall: Duration,
    cpu: Duration,
    allocations: usize,
}

/// Runs `call` `count` times in sequence and measures the whole loop.
async fn measure<F, Fut>(count: u64, mut call: F) -> Result<Measured, String>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<(), String>>,
{
    let allocations = ALLOCATOR.allocations();
    let before = Usage::now();
    let started = Instant::now();
    for _ in 0..count {
        call().await?;
    }
    let wall = started.elapsed();
    let after = Usage::now();
    Ok(Measured {
        wall,
        cpu: after.cpu.saturating_sub(before.cpu),
        allocations: ALLOCATOR.allocations() - allocations,
    })
}

fn check_loopback(endpoint: &str) -> Result<(), String> {
    let url = reqwest::Url::parse(endpoint)
        .map_err(|e| format!("--endpoint {endpoint:?} is not a URL: {e}"))?;
    let loopback = match url.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(name)) => name == "localhost",
        None => false,
    };
    if loopback {
        Ok(())
    } else {
        Err(format!(
            "--endpoint {endpoint} is not on loopback; use http://127.0.0.1:PORT"
        ))
    }
}

async fn run(args: &Args) -> Result<Measured, String> {
    let operation = args.operation;
    match args.mode {
        Mode::Sdk => {
            let client: VpcClient = sdk::build_client(&args.endpoint)?;
            let create_request = sdk::create_vpc_request();
            let call = || {
                let client = &client;
                let create_request = &create_request;
                async move {
                    match operation {
                        Operation::ListVpcs => {
                            let response = client
                                .list_vpcs(model::ListVpcsRequest::default())
                                .await
                                .map_err(|e| e.to_string())?;
                            black_box(response);
                        }
                        Operation::CreateVpc => {
                            let response = client
                                .create_vpc(create_request.clone())
                                .await
                                .map_err(|e| e.to_string())?;
                            black_box(response);
                        }
                    }
                    Ok(())
                }
            };
            measure(args.warmup, call).await?;
            measure(args.requests, call).await
        }
        Mode::Floor => {
            let replay = Replay::fetch(&args.endpoint, operation.name()).await?;
            let client = plain_client()?;
            let call = || replay.send(&client);
            measure(args.warmup, call).await?;
            measure(args.requests, call).await
        }
        Mode::Decode => {
            let payload = Payload::load();
            let body = match operation {
                Operation::ListVpcs => payload.list_vpcs_response.to_string(),
                Operation::CreateVpc => payload.create_vpc_response.to_string(),
            };
            let call = || {
                let body = body.as_bytes();
                async move {
                    let value: Value = serde_json::from_slice(body).map_err(|e| e.to_string())?;
                    match operation {
                        Operation::ListVpcs => {
                            black_box(
                                model::ListVpcsResponse::from_json(value)
                                    .map_err(|e| e.to_string())?,
                            );
                        }
                        Operation::CreateVpc => {
                            black_box(
                                model::CreateVpcResponse::from_json(value)
                                    .map_err(|e| e.to_string())?,
                            );
                        }
                    }
                    Ok(())
                }
            };
            measure(args.warmup, call).await?;
            measure(args.requests, call).await
        }
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    if args.mode != Mode::Decode {
        if let Err(message) = check_loopback(&args.endpoint) {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    }
    if args.requests == 0 {
        eprintln!("error: --requests must be at least 1");
        return ExitCode::from(2);
    }
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: starting the Tokio runtime failed: {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(&args)) {
        Ok(measured) => {
            let per = |value: f64| value / args.requests as f64;
            println!(
                "{}",
                serde_json::json!({
                    "mode": format!("{:?}", args.mode).to_lowercase(),
                    "operation": args.operation.name(),
                    "requests": args.requests,
                    "wall_us_per_call": per(measured.wall.as_secs_f64() * 1e6),
                    "cpu_us_per_call": per(measured.cpu.as_secs_f64() * 1e6),
                    "allocations_per_call": per(measured.allocations as f64),
                })
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
