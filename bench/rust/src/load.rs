//! The load loops shared by the Rust clients: async tasks or blocking threads that send requests
//! until a count or a time budget is used up, recording one latency per request.

use crate::stats::RunResult;
use crate::usage::Usage;
use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Limits of one measured phase. The phase ends at whichever limit comes first.
#[derive(Debug, Clone, Copy)]
pub struct Budget {
    /// Maximum requests to send.
    pub requests: u64,
    /// Maximum wall-clock time.
    pub max_time: Duration,
}

/// Request slots and outcomes shared by the tasks or threads of one phase.
#[derive(Debug)]
struct Shared {
    remaining: AtomicU64,
    deadline: Instant,
    errors: AtomicU64,
    first_error: Mutex<Option<String>>,
}

impl Shared {
    fn new(budget: Budget) -> Shared {
        Shared {
            remaining: AtomicU64::new(budget.requests),
            deadline: Instant::now() + budget.max_time,
            errors: AtomicU64::new(0),
            first_error: Mutex::new(None),
        }
    }

    /// Reserves one request. Returns false when the count or the time budget is used up.
    fn take(&self) -> bool {
        if Instant::now() >= self.deadline {
            return false;
        }
        self.remaining
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| n.checked_sub(1))
            .is_ok()
    }

    fn record_error(&self, message: String) {
        self.errors.fetch_add(1, Ordering::Relaxed);
        let mut first = self
            .first_error
            .lock()
            .expect("error lock is never poisoned");
        if first.is_none() {
            *first = Some(message);
        }
    }
}

/// Raw outcome of one phase, before it becomes a [`RunResult`].
#[derive(Debug)]
pub struct Phase {
    /// Latencies of the successful requests.
    pub latencies: Vec<Duration>,
    /// Number of failed requests.
    pub errors: u64,
    /// First error message seen.
    pub first_error: Option<String>,
    /// Wall-clock length of the phase.
    pub wall: Duration,
    /// Process usage at the start of the phase.
    pub before: Usage,
    /// Process usage at the end of the phase.
    pub after: Usage,
}

impl Phase {
    fn finish(shared: Shared, latencies: Vec<Duration>, started: Instant, before: Usage) -> Phase {
        let wall = started.elapsed();
        let after = Usage::now();
        Phase {
            latencies,
            errors: shared.errors.load(Ordering::Relaxed),
            first_error: shared
                .first_error
                .into_inner()
                .expect("error lock is never poisoned"),
            wall,
            before,
            after,
        }
    }

    /// Turns the phase into the result line of `client` running `operation`.
    pub fn into_result(mut self, client: &str, operation: &str, concurrency: usize) -> RunResult {
        RunResult::new(
            client,
            operation,
            concurrency,
            &mut self.latencies,
            self.errors,
            self.first_error,
            self.wall,
            self.before,
            self.after,
        )
    }
}

/// Runs `concurrency` Tokio tasks that each call `call` in a loop until `budget` is used up.
///
/// `call` returns the request's outcome; an `Err` message counts as a failed request.
pub async fn run_async<F, Fut>(concurrency: usize, budget: Budget, call: F) -> Phase
where
    F: Fn() -> Fut + Clone + Send + 'static,
    Fut: Future<Output = Result<(), String>> + Send,
{
    let shared = Arc::new(Shared::new(budget));
    let before = Usage::now();
    let started = Instant::now();

    let mut tasks = Vec::with_capacity(concurrency);
    for _ in 0..concurrency {
        let shared = shared.clone();
        let call = call.clone();
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            while shared.take() {
                let sent = Instant::now();
                match call().await {
                    Ok(()) => latencies.push(sent.elapsed()),
                    Err(message) => shared.record_error(message),
                }
            }
            latencies
        }));
    }
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await.expect("load tasks do not panic"));
    }

    let shared = Arc::into_inner(shared).expect("every task has finished");
    Phase::finish(shared, latencies, started, before)
}

/// Runs `threads` OS threads that each call `call` in a loop until `budget` is used up.
pub fn run_blocking<F>(threads: usize, budget: Budget, call: F) -> Phase
where
    F: Fn() -> Result<(), String> + Sync,
{
    let shared = Shared::new(budget);
    let before = Usage::now();
    let started = Instant::now();

    let latencies = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut latencies = Vec::new();
                    while shared.take() {
                        let sent = Instant::now();
                        match call() {
                            Ok(()) => latencies.push(sent.elapsed()),
                            Err(message) => shared.record_error(message),
                        }
                    }
                    latencies
                })
            })
            .collect();
        let mut all = Vec::new();
        for worker in workers {
            all.extend(worker.join().expect("load threads do not panic"));
        }
        all
    });

    Phase::finish(shared, latencies, started, before)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn budget(requests: u64) -> Budget {
        Budget {
            requests,
            max_time: Duration::from_secs(60),
        }
    }

    #[test]
    fn blocking_run_sends_exact_count() {
        let calls = AtomicU64::new(0);
        let phase = run_blocking(4, budget(103), || {
            let n = calls.fetch_add(1, Ordering::Relaxed);
            if n % 10 == 0 {
                Err(format!("failure {n}"))
            } else {
                Ok(())
            }
        });
        assert_eq!(calls.load(Ordering::Relaxed), 103);
        assert_eq!(phase.errors, 11);
        assert_eq!(phase.latencies.len(), 92);
        assert!(phase.first_error.is_some());
    }

    #[test]
    fn async_run_sends_exact_count() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("runtime starts");
        let calls = Arc::new(AtomicU64::new(0));
        let counter = calls.clone();
        let phase = runtime.block_on(run_async(16, budget(250), move || {
            let counter = counter.clone();
            async move {
                counter.fetch_add(1, Ordering::Relaxed);
                tokio::task::yield_now().await;
                Ok(())
            }
        }));
        assert_eq!(calls.load(Ordering::Relaxed), 250);
        assert_eq!(phase.errors, 0);
        assert_eq!(phase.latencies.len(), 250);
    }

    #[test]
    fn expired_budget_sends_nothing() {
        let phase = run_blocking(
            2,
            Budget {
                requests: 10,
                max_time: Duration::ZERO,
            },
            || Ok(()),
        );
        assert!(phase.latencies.is_empty());
        assert_eq!(phase.errors, 0);
    }
}
