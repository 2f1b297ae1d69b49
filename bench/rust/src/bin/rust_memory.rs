//! Memory of the Rust SDK: one idle async VPC client, then `--in-flight` ListVpcs requests
//! held open at once by a fixed-reply server started with `--delay-ms`.
//!
//! Prints two JSON lines (scenarios `idle client` and `1,000 in flight`, or whatever count was
//! asked for) with the process RSS before and after, the growth, and the growth of live heap
//! bytes counted by a wrapper around the system allocator. Only loopback endpoints are used.

use clap::Parser;
use huaweicloud_sdk_bench::alloc_counter::CountingAllocator;
use huaweicloud_sdk_bench::sdk;
use huaweicloud_sdk_bench::usage::current_rss_kib;
use huaweicloud_sdk_vpc::v2::{model, VpcClient};
use std::process::ExitCode;
use std::time::{Duration, Instant};

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator::new();

#[derive(Debug, Parser)]
#[command(about = "RSS and heap of an idle Rust VPC client and of many requests in flight")]
struct Args {
    /// Base URL of a fixed-reply server on loopback that delays its replies (--delay-ms).
    #[arg(long)]
    endpoint: String,
    /// Requests to hold in flight at once.
    #[arg(long, default_value_t = 1000)]
    in_flight: u64,
    /// Seconds to wait for the server to report every request in flight.
    #[arg(long, default_value_t = 30)]
    max_seconds: u64,
}

/// Process RSS and live heap at one moment.
#[derive(Debug, Clone, Copy)]
struct Snapshot {
    rss_kib: u64,
    heap_bytes: usize,
}

fn snapshot() -> Snapshot {
    Snapshot {
        rss_kib: current_rss_kib().unwrap_or(0),
        heap_bytes: ALLOCATOR.live_bytes(),
    }
}

fn line(scenario: &str, before: Snapshot, after: Snapshot, in_flight_seen: Option<u64>) {
    let heap_kib = (after.heap_bytes as f64 - before.heap_bytes as f64) / 1024.0;
    println!(
        "{}",
        serde_json::json!({
            "client": "rust-async",
            "scenario": scenario,
            "rss_before_client_kib": before.rss_kib,
            "rss_with_client_kib": after.rss_kib,
            "client_rss_kib": after.rss_kib as i64 - before.rss_kib as i64,
            "client_heap_kib": heap_kib,
            "in_flight_seen": in_flight_seen,
        })
    );
}

/// Reads the server's in-flight counter through a plain connection that bypasses the SDK.
async fn server_in_flight(stats: &reqwest::Client, endpoint: &str) -> Result<u64, String> {
    let url = format!("{endpoint}/__bench/stats");
    let body = stats
        .get(&url)
        .send()
        .await
        .map_err(|e| format!("GET {url} failed: {e}"))?
        .bytes()
        .await
        .map_err(|e| format!("GET {url} failed while reading the body: {e}"))?;
    let value: serde_json::Value = serde_json::from_slice(&body)
        .map_err(|e| format!("GET {url} returned invalid JSON: {e}"))?;
    value["in_flight"]
        .as_u64()
        .ok_or_else(|| format!("GET {url} returned no in_flight count: {value}"))
}

async fn run(args: &Args) -> Result<(), String> {
    let endpoint = args.endpoint.trim_end_matches('/');
    let stats = reqwest::Client::builder()
        .no_proxy()
        .build()
        .map_err(|e| format!("building the stats client failed: {e}"))?;
    server_in_flight(&stats, endpoint).await?;

    let before_client = snapshot();
    let client: VpcClient = sdk::build_client(endpoint)?;
    let idle = snapshot();
    line("idle client", before_client, idle, None);

    let mut tasks = Vec::new();
    for _ in 0..args.in_flight {
        let client = client.clone();
        tasks.push(tokio::spawn(async move {
            client.list_vpcs(model::ListVpcsRequest::default()).await
        }));
    }

    // Wait until the server reports every request in flight, then read the process.
    let deadline = Instant::now() + Duration::from_secs(args.max_seconds);
    let mut seen = 0;
    while Instant::now() < deadline {
        seen = server_in_flight(&stats, endpoint).await?;
        if seen >= args.in_flight {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let loaded = snapshot();
    if seen < args.in_flight {
        return Err(format!(
            "only {seen} of {} requests were in flight after {} s: raise the server's \
             --delay-ms or the open-file limit (ulimit -n)",
            args.in_flight, args.max_seconds
        ));
    }
    line(
        &format!("{} in flight", group_thousands(args.in_flight)),
        idle,
        loaded,
        Some(seen),
    );

    for task in tasks {
        let response = task
            .await
            .map_err(|e| format!("a request task failed: {e}"))?
            .map_err(|e| format!("a ListVpcs request failed: {e}"))?;
        sdk::check_list(&response)?;
    }
    Ok(())
}

fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

fn main() -> ExitCode {
    let args = Args::parse();
    let loopback = reqwest::Url::parse(&args.endpoint)
        .ok()
        .and_then(|url| url.host_str().map(str::to_owned))
        .is_some_and(|host| host == "127.0.0.1" || host == "localhost" || host == "[::1]");
    if !loopback {
        eprintln!(
            "error: --endpoint {} is not on loopback; use http://127.0.0.1:PORT",
            args.endpoint
        );
        return ExitCode::from(2);
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a Tokio runtime starts with default settings");
    match runtime.block_on(run(&args)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::group_thousands;

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(group_thousands(7), "7");
        assert_eq!(group_thousands(1000), "1,000");
        assert_eq!(group_thousands(1234567), "1,234,567");
    }
}
