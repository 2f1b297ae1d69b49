//! Latency percentiles and the result line of one load run.
//!
//! Every client of the end-to-end benchmark, in Rust, Python or Node.js, prints one JSON object
//! with the fields of [`RunResult`] on its own line, and `bench/report.py` reads those lines.

use crate::usage::Usage;
use serde::Serialize;
use std::time::Duration;

/// Percentiles of a set of request latencies, in microseconds.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct LatencySummary {
    /// Median latency.
    pub p50_us: f64,
    /// 99th percentile latency.
    pub p99_us: f64,
}

impl LatencySummary {
    /// Computes the percentiles with the nearest-rank method. Returns zeros for no samples.
    pub fn from_samples(samples: &mut [Duration]) -> LatencySummary {
        if samples.is_empty() {
            return LatencySummary {
                p50_us: 0.0,
                p99_us: 0.0,
            };
        }
        samples.sort_unstable();
        LatencySummary {
            p50_us: micros(nearest_rank(samples, 50.0)),
            p99_us: micros(nearest_rank(samples, 99.0)),
        }
    }
}

fn nearest_rank(sorted: &[Duration], percentile: f64) -> Duration {
    let rank = (percentile / 100.0 * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn micros(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e6
}

/// The result of one load run: one client, one operation, one concurrency level.
#[derive(Debug, Clone, Serialize)]
pub struct RunResult {
    /// Which client ran, such as `rust-async` or `python-sync`.
    pub client: String,
    /// The operation, `ListVpcs` or `CreateVpc`.
    pub operation: String,
    /// Requests in flight at once (tasks, threads or promises).
    pub concurrency: usize,
    /// Requests completed in the measured phase, errors included.
    pub requests: u64,
    /// Requests that failed in the measured phase.
    pub errors: u64,
    /// The first error message seen, if any.
    pub first_error: Option<String>,
    /// Wall-clock length of the measured phase in seconds.
    pub wall_seconds: f64,
    /// Completed requests per wall-clock second.
    pub requests_per_second: f64,
    /// Median latency in microseconds.
    pub p50_us: f64,
    /// 99th percentile latency in microseconds.
    pub p99_us: f64,
    /// CPU seconds (user plus system, all threads) that the client process used in the measured
    /// phase, per 1,000 requests.
    pub cpu_seconds_per_1000: f64,
    /// Peak resident set size of the client process in KiB.
    pub peak_rss_kib: u64,
}

impl RunResult {
    /// Builds a result from the raw measurements of a run.
    ///
    /// `before` and `after` are the process usage at the start and end of the measured phase.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        client: &str,
        operation: &str,
        concurrency: usize,
        latencies: &mut [Duration],
        errors: u64,
        first_error: Option<String>,
        wall: Duration,
        before: Usage,
        after: Usage,
    ) -> RunResult {
        let requests = latencies.len() as u64 + errors;
        let summary = LatencySummary::from_samples(latencies);
        let cpu = after.cpu.saturating_sub(before.cpu).as_secs_f64();
        let wall_seconds = wall.as_secs_f64();
        RunResult {
            client: client.to_owned(),
            operation: operation.to_owned(),
            concurrency,
            requests,
            errors,
            first_error,
            wall_seconds,
            requests_per_second: ratio(requests as f64, wall_seconds),
            p50_us: summary.p50_us,
            p99_us: summary.p99_us,
            cpu_seconds_per_1000: ratio(cpu * 1000.0, requests as f64),
            peak_rss_kib: after.peak_rss_kib,
        }
    }

    /// Serializes the result as one line of JSON.
    pub fn to_json_line(&self) -> String {
        serde_json::to_string(self).expect("a RunResult always serializes")
    }
}

fn ratio(numerator: f64, denominator: f64) -> f64 {
    if denominator > 0.0 {
        numerator / denominator
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(values: &[u64]) -> Vec<Duration> {
        values.iter().map(|&v| Duration::from_millis(v)).collect()
    }

    #[test]
    fn percentiles_use_nearest_rank() {
        let mut samples = ms(&(1..=100).rev().collect::<Vec<_>>());
        let summary = LatencySummary::from_samples(&mut samples);
        assert_eq!(summary.p50_us, 50_000.0);
        assert_eq!(summary.p99_us, 99_000.0);
    }

    #[test]
    fn percentiles_of_one_sample() {
        let mut samples = ms(&[7]);
        let summary = LatencySummary::from_samples(&mut samples);
        assert_eq!(summary.p50_us, 7_000.0);
        assert_eq!(summary.p99_us, 7_000.0);
    }

    #[test]
    fn percentiles_of_no_samples_are_zero() {
        let summary = LatencySummary::from_samples(&mut []);
        assert_eq!(summary.p50_us, 0.0);
        assert_eq!(summary.p99_us, 0.0);
    }

    #[test]
    fn run_result_counts_errors_as_requests() {
        let before = Usage {
            cpu: Duration::from_millis(100),
            peak_rss_kib: 10,
        };
        let after = Usage {
            cpu: Duration::from_millis(300),
            peak_rss_kib: 20,
        };
        let mut latencies = ms(&[1, 2, 3]);
        let result = RunResult::new(
            "rust-async",
            "ListVpcs",
            1,
            &mut latencies,
            1,
            Some("boom".to_owned()),
            Duration::from_secs(2),
            before,
            after,
        );
        assert_eq!(result.requests, 4);
        assert_eq!(result.requests_per_second, 2.0);
        assert!((result.cpu_seconds_per_1000 - 50.0).abs() < 1e-9);
        assert_eq!(result.peak_rss_kib, 20);
    }
}
