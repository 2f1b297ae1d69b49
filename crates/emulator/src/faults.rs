//! Fault injection: latency, error bursts, connection resets, short bodies and clock skew.

use serde::{Deserialize, Serialize};

/// One injected fault.
///
/// Faults with a `count` apply to that many matching requests and are then used up; without
/// a `count` they apply until cleared. `path_prefix` restricts a fault to requests whose path
/// starts with it. Admin routes (`/_emulator/...`) are never affected.
///
/// In JSON the variant is selected by `"kind"`, for example
/// `{"kind": "status", "status": 503, "count": 2}` or
/// `{"kind": "clock_skew", "seconds": -1200}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Fault {
    /// Delays the response by `millis` milliseconds.
    Latency {
        /// Added delay in milliseconds.
        millis: u64,
        /// Number of requests affected; all until cleared when absent.
        #[serde(default)]
        count: Option<u32>,
        /// Only requests whose path starts with this prefix are affected.
        #[serde(default)]
        path_prefix: Option<String>,
    },
    /// Returns an error status instead of handling the request. A `429` carries the API
    /// Gateway throttling code `APIGW.0308`, other statuses `APIGW.0201`.
    Status {
        /// HTTP status to return, 400–599.
        status: u16,
        /// Value of the `Retry-After` header in seconds, if any.
        #[serde(default)]
        retry_after: Option<u64>,
        /// Number of requests affected; all until cleared when absent.
        #[serde(default)]
        count: Option<u32>,
        /// Only requests whose path starts with this prefix are affected.
        #[serde(default)]
        path_prefix: Option<String>,
    },
    /// Closes the connection with a TCP reset instead of a response.
    Reset {
        /// Number of requests affected; all until cleared when absent.
        #[serde(default)]
        count: Option<u32>,
        /// Only requests whose path starts with this prefix are affected.
        #[serde(default)]
        path_prefix: Option<String>,
    },
    /// Handles the request normally but sends only half of the response body, with a
    /// `Content-Length` that announces all of it, then closes the connection.
    Truncate {
        /// Number of requests affected; all until cleared when absent.
        #[serde(default)]
        count: Option<u32>,
        /// Only requests whose path starts with this prefix are affected.
        #[serde(default)]
        path_prefix: Option<String>,
    },
    /// Shifts the server clock by `seconds` (negative: the server is behind). It affects the
    /// signature time window and the expiry of temporary credentials. Adding another skew
    /// replaces the previous one.
    ClockSkew {
        /// Offset added to the real time, in seconds.
        seconds: i64,
    },
}

/// Fault effects for one request, combined from the active faults.
#[derive(Debug, Default)]
pub(crate) struct FaultPlan {
    pub(crate) latency_millis: u64,
    pub(crate) status: Option<(u16, Option<u64>)>,
    pub(crate) reset: bool,
    pub(crate) truncate: bool,
}

impl Fault {
    fn matches(&self, path: &str) -> bool {
        let prefix = match self {
            Fault::Latency { path_prefix, .. }
            | Fault::Status { path_prefix, .. }
            | Fault::Reset { path_prefix, .. }
            | Fault::Truncate { path_prefix, .. } => path_prefix,
            Fault::ClockSkew { .. } => return false,
        };
        prefix.as_deref().is_none_or(|p| path.starts_with(p))
    }

    fn count_mut(&mut self) -> Option<&mut Option<u32>> {
        match self {
            Fault::Latency { count, .. }
            | Fault::Status { count, .. }
            | Fault::Reset { count, .. }
            | Fault::Truncate { count, .. } => Some(count),
            Fault::ClockSkew { .. } => None,
        }
    }

    /// Checks field values that serde cannot check.
    pub(crate) fn validate(&self) -> Result<(), String> {
        match self {
            Fault::Status { status, .. } if !(400..=599).contains(status) => Err(format!(
                "invalid fault status {status}: use a status from 400 to 599"
            )),
            _ => Ok(()),
        }
    }
}

/// The active faults, in the order they were added.
#[derive(Debug, Default)]
pub(crate) struct FaultSet {
    faults: Vec<Fault>,
}

impl FaultSet {
    pub(crate) fn add(&mut self, fault: Fault) {
        if matches!(fault, Fault::ClockSkew { .. }) {
            self.faults
                .retain(|f| !matches!(f, Fault::ClockSkew { .. }));
        }
        self.faults.push(fault);
    }

    pub(crate) fn clear(&mut self) {
        self.faults.clear();
    }

    pub(crate) fn list(&self) -> Vec<Fault> {
        self.faults.clone()
    }

    pub(crate) fn clock_skew_secs(&self) -> i64 {
        self.faults
            .iter()
            .find_map(|f| match f {
                Fault::ClockSkew { seconds } => Some(*seconds),
                _ => None,
            })
            .unwrap_or(0)
    }

    /// Consumes one use of every fault that matches `path` and returns the combined plan.
    /// The first matching status, reset or truncate fault wins; latencies add up.
    pub(crate) fn plan(&mut self, path: &str) -> FaultPlan {
        let mut plan = FaultPlan::default();
        for fault in &mut self.faults {
            if !fault.matches(path) {
                continue;
            }
            let used = match fault {
                Fault::Latency { millis, .. } => {
                    plan.latency_millis += *millis;
                    true
                }
                Fault::Status {
                    status,
                    retry_after,
                    ..
                } if plan.status.is_none() && !plan.reset => {
                    plan.status = Some((*status, *retry_after));
                    true
                }
                Fault::Reset { .. } if plan.status.is_none() && !plan.reset => {
                    plan.reset = true;
                    true
                }
                Fault::Truncate { .. } if !plan.truncate => {
                    plan.truncate = true;
                    true
                }
                _ => false,
            };
            if used {
                if let Some(Some(remaining)) = fault.count_mut() {
                    *remaining = remaining.saturating_sub(1);
                }
            }
        }
        self.faults
            .retain_mut(|f| !matches!(f.count_mut(), Some(Some(0))));
        plan
    }
}
