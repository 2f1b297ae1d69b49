//! Shared parts of the side-by-side benchmarks: the fixed request and reply payloads, resource
//! usage of the current process, latency percentiles and the JSON line every load run prints.
//!
//! `bench/run.sh` drives the binaries of this package together with the Python and Node.js
//! peers and writes `BENCHMARKS.md`. Nothing here contacts anything but 127.0.0.1.

pub mod alloc_counter;
pub mod load;
pub mod payload;
pub mod replay;
pub mod sdk;
pub mod server;
pub mod stats;
pub mod usage;

pub use stats::{LatencySummary, RunResult};
pub use usage::Usage;
