//! The HTTP server: accept loop, TLS, and the per-request pipeline (faults, routing,
//! authentication, validation, dispatch, response, request log).

use crate::admin;
use crate::api_error::{ApiError, ErrorStyle};
use crate::auth::{verify_signature, SignedParts};
use crate::handlers::{
    handler_for, service_errors, Ctx, FormPart, Handler, Principal, Reply, ReplyBody,
};
use crate::spec::{Catalog, Operation, RouteMatch};
use crate::state::{new_hex_id, RequestRecord, State};
use crate::validate::check_value;
use bytes::Bytes;
use futures_util::StreamExt;
use http::{HeaderMap, HeaderValue, Request, Response, StatusCode};
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Full, Limited, StreamBody};
use hyper::body::{Frame, Incoming};
use percent_encoding::percent_decode_str;
use serde_json::Value;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio_rustls::TlsAcceptor;

/// Response body type: a full body, or a stream that ends early for the truncate fault.
pub(crate) type Body = BoxBody<Bytes, Infallible>;

/// State shared by all connections of one emulator.
#[derive(Debug)]
pub(crate) struct Shared {
    pub(crate) state: Mutex<State>,
    pub(crate) catalog: Arc<Catalog>,
    pub(crate) endpoint: String,
}

impl Shared {
    /// Locks the state. A handler that panicked cannot leave the state half-written in a way
    /// that matters to an emulator, so a poisoned lock is used as is.
    pub(crate) fn lock(&self) -> MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// Error returned to hyper to drop the connection without a response (the reset fault).
#[derive(Debug, thiserror::Error)]
#[error("connection reset by an injected fault")]
pub(crate) struct InjectedReset;

/// Accepts connections until `shutdown` turns true.
pub(crate) async fn serve(
    listener: TcpListener,
    shared: Arc<Shared>,
    tls: Option<TlsAcceptor>,
    mut shutdown: watch::Receiver<bool>,
) {
    let connection_shutdown = shutdown.clone();
    loop {
        tokio::select! {
            _ = shutdown.wait_for(|stop| *stop) => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, peer)) => {
                    let shared = shared.clone();
                    let tls = tls.clone();
                    let shutdown = connection_shutdown.clone();
                    tokio::spawn(serve_connection(stream, peer, shared, tls, shutdown));
                }
                Err(error) => {
                    tracing::warn!(
                        target: crate::LOG_TARGET,
                        %error,
                        "failed to accept a connection"
                    );
                }
            },
        }
    }
    tracing::info!(target: crate::LOG_TARGET, endpoint = %shared.endpoint, "emulator stopped");
}

async fn serve_connection(
    stream: TcpStream,
    peer: SocketAddr,
    shared: Arc<Shared>,
    tls: Option<TlsAcceptor>,
    mut shutdown: watch::Receiver<bool>,
) {
    // A second handle to the socket lets the reset fault set SO_LINGER to zero, so that
    // closing the connection sends a TCP reset instead of a normal close.
    let socket_handle = stream
        .into_std()
        .and_then(|s| Ok((s.try_clone()?, s)))
        .and_then(|(clone, s)| Ok((Arc::new(clone), TcpStream::from_std(s)?)));
    let (socket_handle, stream) = match socket_handle {
        Ok(pair) => pair,
        Err(error) => {
            tracing::warn!(
                target: crate::LOG_TARGET,
                %error,
                %peer,
                "failed to prepare a connection"
            );
            return;
        }
    };
    let service = hyper::service::service_fn(move |request| {
        let shared = shared.clone();
        let socket_handle = socket_handle.clone();
        async move { handle(request, shared, socket_handle).await }
    });
    let http = hyper::server::conn::http1::Builder::new();
    let result = match tls {
        Some(acceptor) => {
            let stream = match acceptor.accept(stream).await {
                Ok(stream) => stream,
                Err(error) => {
                    tracing::debug!(
                        target: crate::LOG_TARGET,
                        %error,
                        %peer,
                        "TLS handshake failed"
                    );
                    return;
                }
            };
            let connection = http.serve_connection(hyper_util::rt::TokioIo::new(stream), service);
            tokio::select! {
                result = connection => result,
                _ = shutdown.wait_for(|stop| *stop) => Ok(()),
            }
        }
        None => {
            let connection = http.serve_connection(hyper_util::rt::TokioIo::new(stream), service);
            tokio::select! {
                result = connection => result,
                _ = shutdown.wait_for(|stop| *stop) => Ok(()),
            }
        }
    };
    if let Err(error) = result {
        tracing::debug!(
            target: crate::LOG_TARGET,
            %error,
            %peer,
            "connection closed with an error"
        );
    }
}

fn full(data: impl Into<Bytes>) -> Body {
    Full::new(data.into()).boxed()
}

/// Handles one request; `Err` makes hyper drop the connection.
async fn handle(
    request: Request<Incoming>,
    shared: Arc<Shared>,
    socket: Arc<std::net::TcpStream>,
) -> Result<Response<Body>, InjectedReset> {
    let request_id = new_hex_id();
    let path = request.uri().path().to_owned();
    if let Some(admin_path) = path.strip_prefix("/_emulator") {
        let response = admin::handle(request, admin_path, &shared).await;
        return Ok(finish(response, &request_id, false));
    }

    let plan = shared.lock().faults.plan(&path);
    if plan.latency_millis > 0 {
        tokio::time::sleep(std::time::Duration::from_millis(plan.latency_millis)).await;
    }
    let mut record = RequestRecord {
        method: request.method().as_str().to_owned(),
        path: path.clone(),
        query: request.uri().query().unwrap_or("").to_owned(),
        operation: None,
        ak: None,
        status: 0,
    };
    if plan.reset {
        shared.lock().record(record);
        if let Err(error) =
            socket2::SockRef::from(&*socket).set_linger(Some(std::time::Duration::ZERO))
        {
            tracing::warn!(
                target: crate::LOG_TARGET,
                %error,
                "failed to set SO_LINGER for an injected reset"
            );
        }
        return Err(InjectedReset);
    }

    let response = match plan.status {
        Some((status, retry_after)) => Err(injected_status(status, retry_after)),
        None => process(request, &shared, &mut record).await,
    };
    let response = match response {
        Ok(response) => response,
        Err(error) => {
            tracing::debug!(target: crate::LOG_TARGET, status = error.status.as_u16(),
                code = %error.code,
                message = %error.message,
                request_id = %request_id,
                "request rejected"
            );
            error_response(&error, &request_id)
        }
    };
    record.status = response.status().as_u16();
    tracing::debug!(target: crate::LOG_TARGET, method = %record.method,
        path = %record.path,
        status = record.status,
        operation = record.operation.as_deref().unwrap_or("-"),
        request_id = %request_id,
        "request handled"
    );
    shared.lock().record(record);
    Ok(finish(response, &request_id, plan.truncate))
}

fn injected_status(status: u16, retry_after: Option<u64>) -> ApiError {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
    let mut error = if status == StatusCode::TOO_MANY_REQUESTS {
        ApiError::new(
            status,
            "APIGW.0308",
            "The throttling threshold has been reached: policy user over ratelimit (injected fault)"
        )
    } else {
        ApiError::new(
            status,
            "APIGW.0201",
            format!(
                "injected fault: the backend returned status {}",
                status.as_u16()
            ),
        )
    };
    error.retry_after = retry_after;
    error
}

/// Adds `X-Request-Id` and, for the truncate fault, replaces the body by its first half
/// while keeping the full `Content-Length`.
fn finish(mut response: Response<Body>, request_id: &str, truncate: bool) -> Response<Body> {
    let id = HeaderValue::from_str(request_id).expect("request ids are hex");
    response.headers_mut().insert("x-request-id", id);
    if !truncate || response.status() == StatusCode::NO_CONTENT {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let data = futures_util::FutureExt::now_or_never(body.collect())
        .and_then(Result::ok)
        .map(|c| c.to_bytes())
        .unwrap_or_default();
    // An empty body still gets one announced byte that never comes.
    let announced = data.len().max(1);
    parts
        .headers
        .insert(http::header::CONTENT_LENGTH, HeaderValue::from(announced));
    let half = data.slice(..data.len() / 2);
    // The pause lets hyper flush the headers and the first half before the body ends early.
    // Hyper then closes the connection because the announced length was not reached.
    let pause = futures_util::stream::once(async {
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    })
    .filter_map(|()| async { None });
    let frames = futures_util::stream::iter([Ok::<_, Infallible>(Frame::data(half))]).chain(pause);
    Response::from_parts(parts, BodyExt::boxed(StreamBody::new(frames)))
}

pub(crate) fn error_response(error: &ApiError, request_id: &str) -> Response<Body> {
    let body = serde_json::to_vec(&error.body(request_id)).expect("JSON values serialize");
    let mut builder = Response::builder()
        .status(error.status)
        .header(http::header::CONTENT_TYPE, "application/json;charset=UTF-8");
    if let Some(seconds) = error.retry_after {
        builder = builder.header(http::header::RETRY_AFTER, seconds);
    }
    builder
        .body(full(body))
        .expect("status and headers are valid")
}

fn reply_response(reply: Reply) -> Response<Body> {
    let mut builder = Response::builder().status(reply.status);
    for (name, value) in &reply.headers {
        builder = builder.header(*name, value);
    }
    let (content_type, data) = match reply.body {
        ReplyBody::Empty => return builder.body(full(Bytes::new())).expect("valid response"),
        ReplyBody::Json(value) => (
            "application/json;charset=UTF-8".to_owned(),
            Bytes::from(serde_json::to_vec(&value).expect("JSON values serialize")),
        ),
        ReplyBody::Text(text) => ("text/plain;charset=UTF-8".to_owned(), Bytes::from(text)),
        ReplyBody::Binary { content_type, data } => (content_type, data),
    };
    builder
        .header(http::header::CONTENT_TYPE, content_type)
        .body(full(data))
        .expect("valid response")
}

/// Authentication requirement of an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AuthMode {
    /// No AK/SK or token credentials (metadata service, id-token exchange, OIDC federation,
    /// pod identity).
    None,
    /// A signature or `X-Auth-Token` when present, otherwise a token in the body, which the
    /// handler checks (temporary keys by token).
    Optional,
    /// An AK/SK signature or an `X-Auth-Token`.
    Required,
}

fn auth_mode(operation: &Operation) -> AuthMode {
    match operation.name() {
        "CreateMetadataToken" | "ShowMetadataSecurityKey" | "CreateTokenWithIdToken" => {
            AuthMode::None
        }
        // The OIDC id token and the pod identity token authenticate these; handlers check them.
        "AssumeAgencyWithOIDC" | "CreatePodIdentityCredentials" => AuthMode::None,
        "KeystoneListVersions" | "ListApiVersion" | "NovaListVersions" | "ListVersions" => {
            AuthMode::None
        }
        "CreateTemporaryAccessKeyByToken" | "CreateTemporaryAccessKeyByAgency" => {
            AuthMode::Optional
        }
        _ => AuthMode::Required,
    }
}

async fn process(
    request: Request<Incoming>,
    shared: &Shared,
    record: &mut RequestRecord,
) -> Result<Response<Body>, ApiError> {
    let method = request.method().as_str().to_owned();
    let path = request.uri().path().to_owned();
    let raw_query = request.uri().query().unwrap_or("").to_owned();
    let Some(route) = shared.catalog.route(&method, &path) else {
        return Err(no_route(shared, &method, &path));
    };
    let first = route.operations[0];
    record.operation = Some(first.name().to_owned());
    let errors = service_errors(first);

    let (parts, body) = request.into_parts();
    let max = shared.lock().identity.max_body_bytes;
    let body = match Limited::new(body, max).collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(_) => {
            return Err(ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                errors.invalid_code,
                format!("request body is larger than the limit of {max} bytes"),
            )
            .with_style(errors.style))
        }
    };

    let principal = authenticate(
        shared,
        first,
        &method,
        &path,
        &raw_query,
        &parts.headers,
        &body,
    )?;
    if let Principal::Key { ak } = &principal {
        record.ak = Some(ak.clone());
    }
    check_project(shared, first, &route, &parts.headers)?;

    let query = parse_query(&raw_query);
    let (operation, handler, json, form) =
        select_operation(&route, &parts.headers, &body, &query).await?;
    record.operation = Some(operation.name().to_owned());
    let ctx = Ctx {
        operation,
        path_params: route.path_params.clone(),
        query,
        headers: &parts.headers,
        json,
        form,
        principal,
        endpoint: &shared.endpoint,
    };
    let mut state = shared.lock();
    handler(&ctx, &mut state).map(reply_response)
}

fn no_route(shared: &Shared, method: &str, path: &str) -> ApiError {
    if shared.catalog.path_exists(path) {
        ApiError::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "APIGW.0101",
            format!("method {method} is not allowed on {path}"),
        )
    } else {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "APIGW.0101",
            format!("The API does not exist or has not been published in the environment: {method} {path}"),
        )
    }
}

fn authenticate(
    shared: &Shared,
    operation: &Operation,
    method: &str,
    path: &str,
    raw_query: &str,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<Principal, ApiError> {
    let mode = auth_mode(operation);
    if mode == AuthMode::None {
        return Ok(Principal::Anonymous);
    }
    if let Some(token) = headers.get("x-auth-token") {
        let state = shared.lock();
        let now = state.now();
        let valid = token
            .to_str()
            .ok()
            .and_then(|t| state.auth_tokens.get(t))
            .is_some_and(|expiry| *expiry > now);
        return if valid {
            Ok(Principal::Token)
        } else {
            Err(ApiError::auth(
                "Incorrect IAM authentication information: X-Auth-Token is invalid or expired",
            ))
        };
    }
    if mode == AuthMode::Optional && !headers.contains_key(http::header::AUTHORIZATION) {
        return Ok(Principal::Anonymous);
    }
    let parts = SignedParts {
        method,
        raw_path: path,
        raw_query,
        headers,
        body,
    };
    let state = shared.lock();
    let ak = verify_signature(
        &parts,
        |ak| {
            if ak == state.identity.ak {
                Some(state.identity.sk.clone())
            } else {
                state.temporary_keys.get(ak).map(|k| k.secret.clone())
            }
        },
        state.now(),
    )?;
    if let Some(key) = state.temporary_keys.get(&ak) {
        let sent = headers
            .get("x-security-token")
            .and_then(|v| v.to_str().ok());
        match sent {
            None => {
                return Err(ApiError::auth(format!(
                    "Incorrect IAM authentication information: ak {ak} is a temporary key and \
                     the request has no X-Security-Token header; send the security token \
                     issued with it"
                )))
            }
            Some(token) if token != key.token => {
                return Err(ApiError::auth(format!(
                    "Incorrect IAM authentication information: X-Security-Token does not belong \
                     to temporary key {ak}"
                )))
            }
            Some(_) => {}
        }
        let now = state.now();
        if key.expires_at <= now {
            return Err(ApiError::auth(format!(
                "Incorrect IAM authentication information: the security token of temporary key \
                 {ak} expired at {}, server time {}; request new temporary credentials",
                crate::state::format_expiry(key.expires_at),
                crate::state::format_expiry(now)
            )));
        }
    }
    Ok(Principal::Key { ak })
}

/// Checks that `X-Project-Id` matches the `{project_id}` path parameter and that the project
/// exists. IAM paths are exempt: their `{project_id}` is the resource being managed.
fn check_project(
    shared: &Shared,
    operation: &Operation,
    route: &RouteMatch<'_>,
    headers: &HeaderMap,
) -> Result<(), ApiError> {
    if operation.service == "iam" {
        return Ok(());
    }
    let Some(path_project) = route.path_params.get("project_id") else {
        return Ok(());
    };
    let errors = service_errors(operation);
    let header_project = headers.get("x-project-id").and_then(|v| v.to_str().ok());
    if let Some(header_project) = header_project {
        if header_project != path_project {
            let code = if operation.service == "vpc" {
                "VPC.0007"
            } else {
                errors.invalid_code
            };
            return Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                code,
                format!(
                    "project id in X-Project-Id ({header_project}) does not match the project id \
                     in the path ({path_project})"
                ),
            )
            .with_style(errors.style));
        }
    }
    let state = shared.lock();
    if !state.projects.iter().any(|p| &p.id == path_project) {
        let known: Vec<String> = state
            .projects
            .iter()
            .map(|p| format!("{} ({})", p.id, p.name))
            .collect();
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            errors.invalid_code,
            format!(
                "project {path_project} in the path does not exist; use one of {}",
                known.join(", ")
            ),
        )
        .with_style(errors.style));
    }
    Ok(())
}

fn parse_query(raw: &str) -> Vec<(String, String)> {
    raw.split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (
                percent_decode_str(k).decode_utf8_lossy().into_owned(),
                percent_decode_str(v).decode_utf8_lossy().into_owned(),
            )
        })
        .collect()
}

fn is_multipart(headers: &HeaderMap) -> bool {
    headers
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.to_ascii_lowercase().starts_with("multipart/form-data"))
}

async fn parse_form(headers: &HeaderMap, body: Bytes) -> Result<Vec<FormPart>, String> {
    let content_type = headers
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let boundary = multer::parse_boundary(content_type)
        .map_err(|e| format!("invalid multipart Content-Type {content_type:?}: {e}"))?;
    let stream = futures_util::stream::once(async move { Ok::<Bytes, std::io::Error>(body) });
    let mut multipart = multer::Multipart::new(stream, boundary);
    let mut parts = Vec::new();
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| format!("malformed multipart body: {e}"))?
    {
        let name = field.name().unwrap_or_default().to_owned();
        let file_name = field.file_name().map(str::to_owned);
        let data = field
            .bytes()
            .await
            .map_err(|e| format!("malformed multipart part {name:?}: {e}"))?;
        parts.push(FormPart {
            name,
            file_name,
            data,
        });
    }
    Ok(parts)
}

/// Checks declared query and header parameters: required ones are present, and query values
/// of integer and boolean type parse.
fn check_params(
    operation: &Operation,
    query: &[(String, String)],
    headers: &HeaderMap,
) -> Result<(), String> {
    for param in operation.spec.params.iter().filter(|p| p.required) {
        let present = match param.location.as_str() {
            "query" => query.iter().any(|(k, _)| *k == param.name),
            "header" => headers.contains_key(param.name.as_str()),
            _ => true,
        };
        if !present {
            return Err(format!(
                "missing required {} parameter {}",
                param.location, param.name
            ));
        }
    }
    for param in operation
        .spec
        .params
        .iter()
        .filter(|p| p.location == "query")
    {
        let type_name = param.type_name.as_deref().unwrap_or("str");
        let scalar = type_name
            .strip_prefix("list[")
            .and_then(|t| t.strip_suffix(']'))
            .unwrap_or(type_name);
        for (_, value) in query.iter().filter(|(k, _)| *k == param.name) {
            let ok = match scalar {
                "int" => value.parse::<i64>().is_ok(),
                "bool" => value == "true" || value == "false",
                _ => true,
            };
            if !ok {
                return Err(format!(
                    "invalid query parameter {}={value:?}: expected {}",
                    param.name,
                    if scalar == "int" {
                        "an integer"
                    } else {
                        "true or false"
                    }
                ));
            }
        }
    }
    Ok(())
}

type Selected<'a> = (&'a Operation, Handler, Value, Vec<FormPart>);

/// Picks the operation of the route that has a handler and whose body model accepts the
/// request body, and returns it with the parsed body.
async fn select_operation<'a>(
    route: &RouteMatch<'a>,
    headers: &HeaderMap,
    body: &Bytes,
    query: &[(String, String)],
) -> Result<Selected<'a>, ApiError> {
    let first = route.operations[0];
    let errors = service_errors(first);
    let bad_request = |message: String| {
        ApiError::new(StatusCode::BAD_REQUEST, errors.invalid_code, message)
            .with_style(errors.style)
    };
    let implemented: Vec<(&Operation, Handler)> = route
        .operations
        .iter()
        .filter_map(|op| handler_for(&op.service, &op.version, op.name()).map(|h| (*op, h)))
        .collect();
    if implemented.is_empty() {
        let names: Vec<&str> = route.operations.iter().map(|o| o.name()).collect();
        return Err(ApiError::new(
            StatusCode::NOT_IMPLEMENTED,
            "EMULATOR.0501",
            format!(
                "operation {} of service {} {} is not implemented by the emulator",
                names.join(" / "),
                first.service,
                first.version
            ),
        )
        .with_style(if errors.style == ErrorStyle::Keystone {
            ErrorStyle::Gateway
        } else {
            errors.style
        }));
    }
    check_params(first, query, headers).map_err(bad_request)?;

    if is_multipart(headers) {
        let form = parse_form(headers, body.clone())
            .await
            .map_err(bad_request)?;
        let (op, handler) = implemented[0];
        return Ok((op, handler, Value::Null, form));
    }
    let json: Value = if body.is_empty() {
        Value::Object(serde_json::Map::new())
    } else {
        serde_json::from_slice(body)
            .map_err(|e| bad_request(format!("malformed JSON body: {e}")))?
    };
    let catalog = Catalog::shared();
    let mut first_error = None;
    for (op, handler) in &implemented {
        let Some(body_spec) = &op.spec.body else {
            return Ok((op, *handler, json, Vec::new()));
        };
        match check_value(&json, &body_spec.type_name, catalog.models_of(op), "body") {
            Ok(()) => return Ok((op, *handler, json, Vec::new())),
            Err(message) => {
                first_error.get_or_insert(message);
            }
        }
    }
    Err(bad_request(first_error.unwrap_or_default()))
}
