//! CPU time and memory of the current process, from `getrusage(2)` and `/proc/self/status`.

use std::time::Duration;

/// Resource usage of the current process since it started.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Usage {
    /// User plus system CPU time of all threads.
    pub cpu: Duration,
    /// Peak resident set size in KiB (`ru_maxrss` on Linux).
    pub peak_rss_kib: u64,
}

impl Usage {
    /// Reads the usage of the current process.
    pub fn now() -> Usage {
        // SAFETY: `rusage` is plain old data, so all-zero bytes are a valid value, and
        // `getrusage` only writes into the struct we pass.
        let mut raw: libc::rusage = unsafe { std::mem::zeroed() };
        // SAFETY: RUSAGE_SELF is a valid `who` and `raw` is a valid, writable pointer.
        let status = unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut raw) };
        assert_eq!(
            status,
            0,
            "getrusage(RUSAGE_SELF) failed: {}",
            std::io::Error::last_os_error()
        );
        let to_duration = |tv: libc::timeval| {
            Duration::from_secs(tv.tv_sec as u64) + Duration::from_micros(tv.tv_usec as u64)
        };
        Usage {
            cpu: to_duration(raw.ru_utime) + to_duration(raw.ru_stime),
            peak_rss_kib: raw.ru_maxrss as u64,
        }
    }
}

/// Current resident set size in KiB (`VmRSS`), or `None` where `/proc` is not available.
pub fn current_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
}
