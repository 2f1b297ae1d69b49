//! The fixed-reply HTTP/1.1 server of the end-to-end benchmarks, shared by the
//! `fixed_reply_server` binary and the in-process criterion bench.
//!
//! It replies to `GET /v1/{project_id}/vpcs` (ListVpcs) and `POST /v1/{project_id}/vpcs`
//! (CreateVpc) with the canned JSON of `bench/payload.json` and does not verify signatures, so
//! that its own cost stays small next to the clients it serves.
//!
//! Two extra routes support the benchmark driver:
//! - `GET /__bench/stats` returns `{"requests": N, "in_flight": N}`.
//! - `GET /__bench/captured/{ListVpcs|CreateVpc}` returns the first request of that operation
//!   since the server started or since the last `POST /__bench/capture/arm`, as the server
//!   received it (method, path and query, headers, body). The bare reqwest floor uses it to
//!   replay exactly the bytes the SDK signed.

use crate::payload::Payload;
use bytes::Bytes;
use http::{header, Method, Request, Response, StatusCode};
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use serde::Serialize;
use std::sync::atomic::AtomicBool;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::net::TcpListener;

/// A request as received, returned by the capture route.
#[derive(Debug, Clone, Serialize)]
pub struct CapturedRequest {
    /// HTTP method.
    pub method: String,
    /// Path and query string as sent.
    pub path_and_query: String,
    /// Headers in the order received, values decoded lossily as UTF-8.
    pub headers: Vec<(String, String)>,
    /// The body, decoded lossily as UTF-8.
    pub body: String,
}

/// Stores the next request of one operation once armed. The hot path only reads the flag.
#[derive(Debug)]
struct CaptureSlot {
    armed: AtomicBool,
    request: Mutex<Option<Arc<CapturedRequest>>>,
}

impl CaptureSlot {
    fn new() -> CaptureSlot {
        CaptureSlot {
            armed: AtomicBool::new(true),
            request: Mutex::new(None),
        }
    }

    fn offer(&self, parts: &http::request::Parts, body: &[u8]) {
        if self.armed.load(Ordering::Relaxed) && self.armed.swap(false, Ordering::AcqRel) {
            *self.request.lock().expect("capture lock is never poisoned") =
                Some(Arc::new(capture(parts, body)));
        }
    }

    fn arm(&self) {
        *self.request.lock().expect("capture lock is never poisoned") = None;
        self.armed.store(true, Ordering::Release);
    }

    fn get(&self) -> Option<Arc<CapturedRequest>> {
        self.request
            .lock()
            .expect("capture lock is never poisoned")
            .clone()
    }
}

/// Replies, counters and captured requests of one server.
#[derive(Debug)]
pub struct State {
    list_reply: Bytes,
    create_reply: Bytes,
    delay: Duration,
    requests: AtomicU64,
    in_flight: AtomicU64,
    captured_list: CaptureSlot,
    captured_create: CaptureSlot,
}

impl State {
    /// Creates the state of a server that replies with the documents of `payload`, each
    /// ListVpcs and CreateVpc reply after `delay`.
    pub fn new(payload: &Payload, delay: Duration) -> State {
        State {
            list_reply: Bytes::from(payload.list_vpcs_response.to_string()),
            create_reply: Bytes::from(payload.create_vpc_response.to_string()),
            delay,
            requests: AtomicU64::new(0),
            in_flight: AtomicU64::new(0),
            captured_list: CaptureSlot::new(),
            captured_create: CaptureSlot::new(),
        }
    }

    /// Returns the first request of `operation` (`ListVpcs` or `CreateVpc`) received since the
    /// server started or since the capture was last armed.
    pub fn captured(&self, operation: &str) -> Option<Arc<CapturedRequest>> {
        match operation {
            "ListVpcs" => self.captured_list.get(),
            "CreateVpc" => self.captured_create.get(),
            _ => None,
        }
    }
}

/// Decrements the in-flight counter when a request finishes, also on early return.
struct InFlightGuard<'a>(&'a AtomicU64);

impl Drop for InFlightGuard<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

type Reply = Response<Full<Bytes>>;

fn json_reply(status: StatusCode, body: Bytes) -> Reply {
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, "application/json")
        .header("X-Request-Id", "bench-fixed-reply")
        .body(Full::new(body))
        .expect("status and static headers are valid")
}

fn error_reply(status: StatusCode, code: &str, message: &str) -> Reply {
    let body = serde_json::json!({ "error_code": code, "error_msg": message });
    json_reply(status, Bytes::from(body.to_string()))
}

/// Returns true for `/v1/{project_id}/vpcs` with a non-empty project id.
fn is_vpcs_path(path: &str) -> bool {
    let mut segments = path.split('/');
    matches!(
        (segments.next(), segments.next(), segments.next(), segments.next(), segments.next()),
        (Some(""), Some("v1"), Some(project), Some("vpcs"), None) if !project.is_empty()
    )
}

fn capture(parts: &http::request::Parts, body: &[u8]) -> CapturedRequest {
    CapturedRequest {
        method: parts.method.to_string(),
        path_and_query: parts
            .uri
            .path_and_query()
            .map(|p| p.to_string())
            .unwrap_or_default(),
        headers: parts
            .headers
            .iter()
            .map(|(name, value)| {
                (
                    name.to_string(),
                    String::from_utf8_lossy(value.as_bytes()).into_owned(),
                )
            })
            .collect(),
        body: String::from_utf8_lossy(body).into_owned(),
    }
}

async fn handle(state: Arc<State>, request: Request<Incoming>) -> Result<Reply, hyper::Error> {
    let (parts, body) = request.into_parts();
    let path = parts.uri.path();

    if let Some(route) = path.strip_prefix("/__bench/") {
        return Ok(bench_route(&state, route));
    }

    state.requests.fetch_add(1, Ordering::Relaxed);
    state.in_flight.fetch_add(1, Ordering::Relaxed);
    let _guard = InFlightGuard(&state.in_flight);

    // The body is read in full for every method, as a real server would.
    let body = body.collect().await?.to_bytes();
    if !is_vpcs_path(path) {
        return Ok(error_reply(
            StatusCode::NOT_FOUND,
            "BENCH.0404",
            "only /v1/{project_id}/vpcs is served",
        ));
    }

    let (slot, reply) = match parts.method {
        Method::GET => (&state.captured_list, &state.list_reply),
        Method::POST => (&state.captured_create, &state.create_reply),
        _ => {
            return Ok(error_reply(
                StatusCode::METHOD_NOT_ALLOWED,
                "BENCH.0405",
                "only GET and POST are served",
            ))
        }
    };
    slot.offer(&parts, &body);
    if !state.delay.is_zero() {
        tokio::time::sleep(state.delay).await;
    }
    Ok(json_reply(StatusCode::OK, reply.clone()))
}

fn bench_route(state: &State, route: &str) -> Reply {
    let captured = |slot: &CaptureSlot| match slot.get() {
        Some(request) => json_reply(
            StatusCode::OK,
            Bytes::from(serde_json::to_vec(&*request).expect("a captured request serializes")),
        ),
        None => error_reply(
            StatusCode::NOT_FOUND,
            "BENCH.0404",
            "no request of this operation was received since the capture was armed",
        ),
    };
    match route {
        "stats" => {
            let body = serde_json::json!({
                "requests": state.requests.load(Ordering::Relaxed),
                "in_flight": state.in_flight.load(Ordering::Relaxed),
            });
            json_reply(StatusCode::OK, Bytes::from(body.to_string()))
        }
        "capture/arm" => {
            state.captured_list.arm();
            state.captured_create.arm();
            json_reply(StatusCode::OK, Bytes::from_static(b"{}"))
        }
        "captured/ListVpcs" => captured(&state.captured_list),
        "captured/CreateVpc" => captured(&state.captured_create),
        _ => error_reply(
            StatusCode::NOT_FOUND,
            "BENCH.0404",
            "unknown route: expected /__bench/stats, /__bench/capture/arm or \
             /__bench/captured/{ListVpcs|CreateVpc}",
        ),
    }
}

/// Accepts connections on `listener` and serves each on its own task until an accept fails.
///
/// # Errors
///
/// Returns the I/O error of a failed `accept` or of setting `TCP_NODELAY`.
pub async fn serve(listener: TcpListener, state: Arc<State>) -> std::io::Result<()> {
    loop {
        let (stream, _) = listener.accept().await?;
        // Replies are small and written in one piece, so Nagle's algorithm would only add delay.
        stream.set_nodelay(true)?;
        let state = state.clone();
        tokio::spawn(async move {
            let service = service_fn(move |request| handle(state.clone(), request));
            // Clients closing their connections mid-request is normal at the end of a run.
            let _ = http1::Builder::new()
                .keep_alive(true)
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

#[cfg(test)]
mod tests {
    use super::is_vpcs_path;

    #[test]
    fn vpcs_path_matches_project_route() {
        assert!(is_vpcs_path("/v1/abc/vpcs"));
    }

    #[test]
    fn vpcs_path_rejects_other_routes() {
        assert!(!is_vpcs_path("/v1//vpcs"));
        assert!(!is_vpcs_path("/v1/abc/vpcs/id"));
        assert!(!is_vpcs_path("/v2/abc/vpcs"));
        assert!(!is_vpcs_path("/"));
    }
}
