//! Admin API under `/_emulator/`: state, faults, request log, counters and reset.
//!
//! These routes need no signature, are never affected by faults and are not logged. They are
//! only served on the emulator's own port, which listens on loopback unless told otherwise.

use crate::api_error::ApiError;
use crate::faults::Fault;
use crate::server::{error_response, Body, Shared};
use crate::state::State;
use bytes::Bytes;
use http::{Method, Request, Response, StatusCode};
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use serde_json::{json, Value};

/// Largest admin request body, in bytes.
const MAX_ADMIN_BODY: usize = 1024 * 1024;

pub(crate) async fn handle(
    request: Request<Incoming>,
    path: &str,
    shared: &Shared,
) -> Response<Body> {
    let method = request.method().clone();
    let body = match Limited::new(request.into_body(), MAX_ADMIN_BODY)
        .collect()
        .await
    {
        Ok(collected) => collected.to_bytes(),
        Err(_) => {
            return admin_error(
                StatusCode::PAYLOAD_TOO_LARGE,
                "admin request body is larger than 1 MiB",
            )
        }
    };
    match (&method, path) {
        (&Method::GET, "/state") => {
            json_response(StatusCode::OK, state_json(&shared.lock(), &shared.endpoint))
        }
        (&Method::GET, "/faults") => json_response(
            StatusCode::OK,
            json!({ "faults": shared.lock().faults.list() }),
        ),
        (&Method::POST, "/faults") => add_faults(shared, &body),
        (&Method::DELETE, "/faults") => {
            shared.lock().faults.clear();
            json_response(StatusCode::OK, json!({ "faults": [] }))
        }
        (&Method::GET, "/requests") => {
            let log: Vec<_> = shared.lock().log.iter().cloned().collect();
            json_response(StatusCode::OK, json!({ "requests": log }))
        }
        (&Method::DELETE, "/requests") => {
            shared.lock().log.clear();
            json_response(StatusCode::OK, json!({ "requests": [] }))
        }
        (&Method::GET, "/counters") => json_response(StatusCode::OK, json!(shared.lock().counters)),
        (&Method::POST, "/reset") => {
            reset(&mut shared.lock());
            json_response(StatusCode::OK, json!({ "reset": true }))
        }
        _ => admin_error(
            StatusCode::NOT_FOUND,
            &format!(
                "unknown admin route {method} /_emulator{path}; use GET /_emulator/state, \
                 GET|POST|DELETE /_emulator/faults, GET|DELETE /_emulator/requests, \
                 GET /_emulator/counters or POST /_emulator/reset"
            ),
        ),
    }
}

/// Restores the state at start: same identity, projects and keys, no resources, no issued
/// credentials, no faults, empty log and counters.
pub(crate) fn reset(state: &mut State) {
    let identity = state.identity.clone();
    *state = State::new(identity);
}

fn add_faults(shared: &Shared, body: &Bytes) -> Response<Body> {
    let parsed: Result<Value, _> = serde_json::from_slice(body);
    let faults: Result<Vec<Fault>, String> = match parsed {
        Ok(Value::Array(items)) => items
            .into_iter()
            .map(|v| serde_json::from_value(v).map_err(|e| e.to_string()))
            .collect(),
        Ok(value) => serde_json::from_value(value)
            .map(|f| vec![f])
            .map_err(|e| e.to_string()),
        Err(e) => Err(format!("malformed JSON: {e}")),
    };
    let faults = match faults {
        Ok(faults) => faults,
        Err(message) => {
            return admin_error(
                StatusCode::BAD_REQUEST,
                &format!(
                    "invalid fault: {message}; send an object such as {{\"kind\": \"status\", \
                     \"status\": 503, \"count\": 2}} or a list of them"
                ),
            )
        }
    };
    if let Some(message) = faults.iter().find_map(|f| f.validate().err()) {
        return admin_error(StatusCode::BAD_REQUEST, &message);
    }
    let mut state = shared.lock();
    for fault in faults {
        state.faults.add(fault);
    }
    json_response(StatusCode::OK, json!({ "faults": state.faults.list() }))
}

fn state_json(state: &State, endpoint: &str) -> Value {
    let projects: Vec<Value> = state
        .projects
        .iter()
        .map(|p| json!({ "id": p.id, "name": p.name }))
        .collect();
    let mut resources = serde_json::Map::new();
    for ((project, kind), items) in &state.resources {
        let key = format!("{project}/{kind:?}");
        resources.insert(key, json!(items.len()));
    }
    json!({
        "endpoint": endpoint,
        "ak": state.identity.ak,
        "region": state.identity.region,
        "domain_id": state.identity.domain_id,
        "projects": projects,
        "users": state.users.len(),
        "resources": resources,
        "jobs": state.jobs.len(),
        "temporary_keys": state.temporary_keys.len(),
        "counters": state.counters,
        "faults": state.faults.list(),
        "requests_logged": state.log.len(),
    })
}

fn json_response(status: StatusCode, body: Value) -> Response<Body> {
    let data = serde_json::to_vec(&body).expect("JSON values serialize");
    Response::builder()
        .status(status)
        .header(http::header::CONTENT_TYPE, "application/json")
        .body(Full::new(Bytes::from(data)).boxed())
        .expect("status and headers are valid")
}

fn admin_error(status: StatusCode, message: &str) -> Response<Body> {
    error_response(&ApiError::new(status, "EMULATOR.0400", message), "")
}
