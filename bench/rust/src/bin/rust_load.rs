//! Load generator of the Rust side of the end-to-end benchmark.
//!
//! Modes:
//! - `async`: the SDK's async VPC client, `--concurrency` Tokio tasks.
//! - `blocking`: the SDK's blocking VPC client, `--concurrency` OS threads.
//! - `floor`: a bare reqwest client that replays the request the fixed-reply server captured
//!   from the SDK (same method, path, headers and body, the signature included). It does no
//!   signing and no JSON work, so the SDK's time over it is the SDK's own overhead.
//!
//! Prints one JSON line with the fields of [`RunResult`]. Only loopback endpoints are accepted.
//!
//! [`RunResult`]: huaweicloud_sdk_bench::RunResult

use clap::{Parser, ValueEnum};
use huaweicloud_sdk_bench::load::{run_async, run_blocking, Budget, Phase};
use huaweicloud_sdk_bench::payload::Operation;
use huaweicloud_sdk_bench::replay::{plain_client, Replay};
use huaweicloud_sdk_bench::sdk;
use huaweicloud_sdk_vpc::v2::{self as vpc, model};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Mode {
    Async,
    Blocking,
    Floor,
}

#[derive(Debug, Parser)]
#[command(about = "Rust clients of the end-to-end benchmark, against the fixed-reply server")]
struct Args {
    /// Base URL of the fixed-reply server, on loopback (such as http://127.0.0.1:8080).
    #[arg(long)]
    endpoint: String,
    /// Client to run.
    #[arg(long, value_enum)]
    mode: Mode,
    /// Operation to send.
    #[arg(long, value_enum)]
    operation: Operation,
    /// Requests in flight at once: Tokio tasks, or threads for `blocking`.
    #[arg(long, default_value_t = 1)]
    concurrency: usize,
    /// Maximum requests in the measured phase.
    #[arg(long, default_value_t = 20_000)]
    requests: u64,
    /// Requests sent before measuring, to open connections and warm caches.
    #[arg(long, default_value_t = 500)]
    warmup: u64,
    /// Time budget of the measured phase, in seconds.
    #[arg(long, default_value_t = 20.0)]
    max_seconds: f64,
}

impl Args {
    fn validate(&self) -> Result<(), String> {
        let url = reqwest::Url::parse(&self.endpoint)
            .map_err(|e| format!("--endpoint {} is not a URL: {e}", self.endpoint))?;
        let loopback = match url.host() {
            Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
            Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
            Some(url::Host::Domain(name)) => name == "localhost",
            None => false,
        };
        if !loopback {
            return Err(format!(
                "--endpoint {} is not on loopback; use http://127.0.0.1:PORT",
                self.endpoint
            ));
        }
        if self.concurrency == 0 || self.requests == 0 {
            return Err("--concurrency and --requests must be at least 1".to_owned());
        }
        if !(self.max_seconds > 0.0 && self.max_seconds.is_finite()) {
            return Err(format!(
                "--max-seconds {} is invalid; use a positive number",
                self.max_seconds
            ));
        }
        Ok(())
    }

    fn budget(&self, requests: u64) -> Budget {
        Budget {
            requests,
            max_time: Duration::from_secs_f64(self.max_seconds),
        }
    }

    fn endpoint(&self) -> &str {
        self.endpoint.trim_end_matches('/')
    }
}

async fn run_floor(args: &Args) -> Result<(Phase, Phase), String> {
    let replay = Arc::new(Replay::fetch(args.endpoint(), args.operation.name()).await?);
    let client = plain_client()?;
    let call = move || {
        let client = client.clone();
        let replay = replay.clone();
        async move { replay.send(&client).await }
    };
    let warmup = run_async(args.concurrency, args.budget(args.warmup), call.clone()).await;
    let measured = run_async(args.concurrency, args.budget(args.requests), call).await;
    Ok((warmup, measured))
}

async fn run_sdk_async(args: &Args) -> Result<(Phase, Phase), String> {
    let client: vpc::VpcClient = sdk::build_client(args.endpoint())?;
    let create_request = sdk::create_vpc_request();
    // One checked call first, so that a decoding fault fails the run instead of being timed.
    match args.operation {
        Operation::ListVpcs => sdk::check_list(
            &client
                .list_vpcs(model::ListVpcsRequest::default())
                .await
                .map_err(|e| e.to_string())?,
        )?,
        Operation::CreateVpc => sdk::check_create(
            &client
                .create_vpc(create_request.clone())
                .await
                .map_err(|e| e.to_string())?,
        )?,
    }

    let operation = args.operation;
    let create_request = Arc::new(create_request);
    let call = move || {
        let client = client.clone();
        let create_request = create_request.clone();
        async move {
            // Only CreateVpc builds its request per call: copying the CreateVpc request for a
            // ListVpcs call would charge about 25 allocations to the SDK.
            let outcome = match operation {
                Operation::ListVpcs => client
                    .list_vpcs(model::ListVpcsRequest::default())
                    .await
                    .map(drop),
                Operation::CreateVpc => {
                    client.create_vpc((*create_request).clone()).await.map(drop)
                }
            };
            outcome.map_err(|e| e.to_string())
        }
    };
    let warmup = run_async(args.concurrency, args.budget(args.warmup), call.clone()).await;
    let measured = run_async(args.concurrency, args.budget(args.requests), call).await;
    Ok((warmup, measured))
}

/// Runs the blocking client from plain threads: it may not be called inside a Tokio runtime.
fn run_sdk_blocking(args: &Args) -> Result<(Phase, Phase), String> {
    let client: vpc::blocking::VpcClient = sdk::build_client(args.endpoint())?;
    let create_request = sdk::create_vpc_request();
    match args.operation {
        Operation::ListVpcs => sdk::check_list(
            &client
                .list_vpcs(model::ListVpcsRequest::default())
                .map_err(|e| e.to_string())?,
        )?,
        Operation::CreateVpc => sdk::check_create(
            &client
                .create_vpc(create_request.clone())
                .map_err(|e| e.to_string())?,
        )?,
    }

    let call = || {
        let outcome = match args.operation {
            Operation::ListVpcs => client
                .list_vpcs(model::ListVpcsRequest::default())
                .map(drop),
            Operation::CreateVpc => client.create_vpc(create_request.clone()).map(drop),
        };
        outcome.map_err(|e| e.to_string())
    };
    let warmup = run_blocking(args.concurrency, args.budget(args.warmup), call);
    let measured = run_blocking(args.concurrency, args.budget(args.requests), call);
    Ok((warmup, measured))
}

fn run(args: &Args) -> Result<Phase, String> {
    let runtime = || {
        tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
            .map_err(|e| format!("starting the Tokio runtime failed: {e}"))
    };
    let (warmup, measured) = match args.mode {
        Mode::Floor => runtime()?.block_on(run_floor(args))?,
        Mode::Async => runtime()?.block_on(run_sdk_async(args))?,
        Mode::Blocking => run_sdk_blocking(args)?,
    };
    if warmup.errors > 0 {
        return Err(format!(
            "warm-up request failed: {}",
            warmup.first_error.unwrap_or_default()
        ));
    }
    Ok(measured)
}

fn main() -> ExitCode {
    let args = Args::parse();
    if let Err(message) = args.validate() {
        eprintln!("error: {message}");
        return ExitCode::from(2);
    }
    match run(&args) {
        Ok(phase) => {
            let client = match args.mode {
                Mode::Async => "rust-async",
                Mode::Blocking => "rust-blocking",
                Mode::Floor => "reqwest-floor",
            };
            let result = phase.into_result(client, args.operation.name(), args.concurrency);
            println!("{}", result.to_json_line());
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
