//! Loopback servers for the runtime tests: a scripted HTTP/1.1 server (plain or TLS), a
//! forward proxy with basic authentication, and a test service description.
//!
//! The server is written on raw tokio sockets rather than hyper so that tests can misbehave on
//! purpose: stall, reset the connection, or cut a body short. Each server runs on its own
//! thread and runtime, so blocking and async tests use it the same way.

#![allow(dead_code, unreachable_pub)]

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use huaweicloud_sdk_core::credentials::Credentials;
use huaweicloud_sdk_core::json::{self, FromJson, JsonError, Value};
use huaweicloud_sdk_core::operation::{
    BodyKind, CollectionFormat, CredentialKind, HeaderInfo, IntoRequestParts, OperationInfo,
    ParamInfo, ParamLocation, RequestParts, ResponseKind, ServiceInfo,
};
use huaweicloud_sdk_core::signer::verify::{self, ReceivedRequest, Verified, VerifyError};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

pub const AK: &str = "AKRUNTIMETEST";
pub const SK: &str = "SK-runtime-secret-value-0123456789";
pub const TOKEN: &str = "TOKEN-runtime-secret-value-abcdef";
pub const PROJECT: &str = "project-0001";

pub fn credentials() -> Credentials {
    Credentials::new(AK, SK)
        .expect("valid test keys")
        .with_project_id(PROJECT)
}

/// A request as the server received it.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub received_at: SystemTime,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(candidate, _)| candidate.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    pub fn path(&self) -> &str {
        self.target.split('?').next().unwrap_or("")
    }

    /// Checks the signature as API Gateway would, against the test credentials.
    pub fn verify(&self, credentials: &Credentials) -> Result<Verified, VerifyError> {
        let mut received = ReceivedRequest::new(&self.method, &self.target).with_body(&self.body);
        for (name, value) in &self.headers {
            received = received.with_header(name, value);
        }
        let store = HashMap::from([(credentials.access_key().to_owned(), credentials.clone())]);
        verify::verify(&received, &store, SystemTime::now())
    }
}

/// What the server does with one request.
#[derive(Debug, Clone)]
pub enum Reply {
    /// A complete response; `Content-Length` is added from the body.
    Response {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    },
    /// These bytes exactly, then the connection is closed.
    Raw(Vec<u8>),
    /// Wait, then send the reply.
    After(Duration, Box<Reply>),
    /// Close the connection without a response.
    Close,
}

impl Reply {
    pub fn json(status: u16, body: &str) -> Reply {
        Reply::Response {
            status,
            headers: vec![("Content-Type".into(), "application/json".into())],
            body: body.as_bytes().to_vec(),
        }
    }

    pub fn with_header(self, name: &str, value: &str) -> Reply {
        match self {
            Reply::Response {
                status,
                mut headers,
                body,
            } => {
                headers.push((name.to_owned(), value.to_owned()));
                Reply::Response {
                    status,
                    headers,
                    body,
                }
            }
            other => other,
        }
    }
}

type Handler = dyn Fn(&Recorded) -> Reply + Send + Sync;

/// A scripted HTTP/1.1 server on 127.0.0.1.
pub struct TestServer {
    pub addr: SocketAddr,
    scheme: &'static str,
    requests: Arc<Mutex<Vec<Recorded>>>,
    _thread: std::thread::JoinHandle<()>,
}

impl TestServer {
    pub fn start(handler: impl Fn(&Recorded) -> Reply + Send + Sync + 'static) -> TestServer {
        TestServer::spawn(None, Arc::new(handler))
    }

    pub fn start_tls(
        config: Arc<rustls::ServerConfig>,
        handler: impl Fn(&Recorded) -> Reply + Send + Sync + 'static,
    ) -> TestServer {
        TestServer::spawn(Some(config), Arc::new(handler))
    }

    /// A server that answers every request with the same reply.
    pub fn always(reply: Reply) -> TestServer {
        TestServer::start(move |_| reply.clone())
    }

    /// A server that answers with `replies` in turn, repeating the last one.
    pub fn sequence(replies: Vec<Reply>) -> TestServer {
        let counter = Mutex::new(0_usize);
        TestServer::start(move |_| {
            let mut count = counter.lock().expect("counter lock");
            let reply = replies[(*count).min(replies.len() - 1)].clone();
            *count += 1;
            reply
        })
    }

    fn spawn(tls: Option<Arc<rustls::ServerConfig>>, handler: Arc<Handler>) -> TestServer {
        let scheme = if tls.is_some() { "https" } else { "http" };
        let requests = Arc::new(Mutex::new(Vec::new()));
        let recorded = Arc::clone(&requests);
        let std_listener =
            std::net::TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        std_listener
            .set_nonblocking(true)
            .expect("non-blocking listener");
        let addr = std_listener.local_addr().expect("bound address");
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("server runtime");
            runtime.block_on(async move {
                let listener = TcpListener::from_std(std_listener).expect("tokio listener");
                let acceptor = tls.map(tokio_rustls::TlsAcceptor::from);
                loop {
                    let Ok((socket, _)) = listener.accept().await else {
                        return;
                    };
                    let handler = Arc::clone(&handler);
                    let recorded = Arc::clone(&recorded);
                    let acceptor = acceptor.clone();
                    tokio::spawn(async move {
                        match acceptor {
                            None => serve(socket, handler, recorded).await,
                            Some(acceptor) => {
                                if let Ok(stream) = acceptor.accept(socket).await {
                                    serve(stream, handler, recorded).await;
                                }
                            }
                        }
                    });
                }
            });
        });
        TestServer {
            addr,
            scheme,
            requests,
            _thread: thread,
        }
    }

    pub fn url(&self) -> String {
        format!("{}://{}", self.scheme, self.addr)
    }

    pub fn host(&self) -> String {
        self.addr.to_string()
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().expect("requests lock").clone()
    }
}

/// Serves one connection: one request, one reply, then close.
async fn serve<S>(mut stream: S, handler: Arc<Handler>, recorded: Arc<Mutex<Vec<Recorded>>>)
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    let Some(request) = read_request(&mut stream).await else {
        return;
    };
    recorded
        .lock()
        .expect("requests lock")
        .push(request.clone());
    let reply = handler(&request);
    write_reply(&mut stream, reply).await;
}

async fn write_reply<S: AsyncWrite + Unpin>(stream: &mut S, reply: Reply) {
    let mut reply = reply;
    loop {
        match reply {
            Reply::After(wait, next) => {
                tokio::time::sleep(wait).await;
                reply = *next;
            }
            Reply::Close => return,
            Reply::Raw(bytes) => {
                let _ = stream.write_all(&bytes).await;
                let _ = stream.flush().await;
                let _ = stream.shutdown().await;
                return;
            }
            Reply::Response {
                status,
                headers,
                body,
            } => {
                let mut head = format!("HTTP/1.1 {status} Test\r\n");
                for (name, value) in &headers {
                    head.push_str(&format!("{name}: {value}\r\n"));
                }
                head.push_str(&format!(
                    "Content-Length: {}\r\nConnection: close\r\n\r\n",
                    body.len()
                ));
                let _ = stream.write_all(head.as_bytes()).await;
                let _ = stream.write_all(&body).await;
                let _ = stream.flush().await;
                let _ = stream.shutdown().await;
                return;
            }
        }
    }
}

/// Reads one request with a `Content-Length` or chunked body.
async fn read_request<S: AsyncRead + Unpin>(stream: &mut S) -> Option<Recorded> {
    let mut buffer = Vec::new();
    let head_end = loop {
        if let Some(position) = find(&buffer, b"\r\n\r\n") {
            break position;
        }
        let mut chunk = [0_u8; 4096];
        let read = stream.read(&mut chunk).await.ok()?;
        if read == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..read]);
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next()?.split(' ');
    let method = request_line.next()?.to_owned();
    let target = request_line.next()?.to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_owned(), value.trim().to_owned()))
        .collect();
    let mut rest = buffer[head_end + 4..].to_vec();
    let header = |name: &str| {
        headers
            .iter()
            .find(|(candidate, _)| candidate.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.clone())
    };
    let body = if let Some(length) = header("Content-Length") {
        let length: usize = length.parse().ok()?;
        while rest.len() < length {
            let mut chunk = vec![0_u8; 64 * 1024];
            let read = stream.read(&mut chunk).await.ok()?;
            if read == 0 {
                return None;
            }
            rest.extend_from_slice(&chunk[..read]);
        }
        rest.truncate(length);
        rest
    } else if header("Transfer-Encoding").is_some_and(|value| value.contains("chunked")) {
        read_chunked(stream, rest).await?
    } else {
        Vec::new()
    };
    Some(Recorded {
        method,
        target,
        headers,
        body,
        received_at: SystemTime::now(),
    })
}

async fn read_chunked<S: AsyncRead + Unpin>(
    stream: &mut S,
    mut buffer: Vec<u8>,
) -> Option<Vec<u8>> {
    let mut body = Vec::new();
    loop {
        while find(&buffer, b"\r\n").is_none() {
            let mut chunk = [0_u8; 4096];
            let read = stream.read(&mut chunk).await.ok()?;
            if read == 0 {
                return None;
            }
            buffer.extend_from_slice(&chunk[..read]);
        }
        let line_end = find(&buffer, b"\r\n")?;
        let size_text = String::from_utf8_lossy(&buffer[..line_end]).into_owned();
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        buffer.drain(..line_end + 2);
        while buffer.len() < size + 2 {
            let mut chunk = vec![0_u8; 64 * 1024];
            let read = stream.read(&mut chunk).await.ok()?;
            if read == 0 {
                return None;
            }
            buffer.extend_from_slice(&chunk[..read]);
        }
        if size == 0 {
            return Some(body);
        }
        body.extend_from_slice(&buffer[..size]);
        buffer.drain(..size + 2);
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// A CA and a server certificate for `localhost` and `127.0.0.1`, generated per test.
pub struct TestPki {
    pub ca_pem: String,
    pub server_config: Arc<rustls::ServerConfig>,
}

/// A CA, a server that requires a client certificate signed by it, and such a client
/// certificate with its PKCS#8 private key, all PEM.
pub struct MutualTlsPki {
    pub ca_pem: String,
    pub client_certificate_pem: String,
    pub client_key_pem: String,
    pub server_config: Arc<rustls::ServerConfig>,
}

struct Authority {
    certificate: rcgen::Certificate,
    key: rcgen::KeyPair,
}

fn generate_authority() -> Authority {
    use rcgen::{BasicConstraints, CertificateParams, IsCa, KeyPair};
    let key = KeyPair::generate().expect("CA key");
    let mut params = CertificateParams::new(Vec::<String>::new()).expect("CA params");
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "runtime test CA");
    let certificate = params.self_signed(&key).expect("CA certificate");
    Authority { certificate, key }
}

/// Returns the server certificate chain and key for `localhost` and `127.0.0.1`.
fn server_identity(
    authority: &Authority,
) -> (
    Vec<rustls::pki_types::CertificateDer<'static>>,
    rustls::pki_types::PrivateKeyDer<'static>,
) {
    let server_key = rcgen::KeyPair::generate().expect("server key");
    let server_params =
        rcgen::CertificateParams::new(vec!["localhost".to_owned(), "127.0.0.1".to_owned()])
            .expect("server params");
    let server_cert = server_params
        .signed_by(&server_key, &authority.certificate, &authority.key)
        .expect("server certificate");
    let key = rustls::pki_types::PrivateKeyDer::Pkcs8(server_key.serialize_der().into());
    (vec![server_cert.der().clone()], key)
}

fn ring_provider() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

pub fn test_pki() -> TestPki {
    let authority = generate_authority();
    let (chain, key) = server_identity(&authority);
    let config = rustls::ServerConfig::builder_with_provider(ring_provider())
        .with_safe_default_protocol_versions()
        .expect("protocol versions")
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .expect("server TLS config");
    TestPki {
        ca_pem: authority.certificate.pem(),
        server_config: Arc::new(config),
    }
}

pub fn mutual_tls_pki() -> MutualTlsPki {
    let authority = generate_authority();
    let (chain, key) = server_identity(&authority);

    let client_key = rcgen::KeyPair::generate().expect("client key");
    let mut client_params =
        rcgen::CertificateParams::new(vec!["runtime-client".to_owned()]).expect("client params");
    client_params.extended_key_usages = vec![rcgen::ExtendedKeyUsagePurpose::ClientAuth];
    let client_cert = client_params
        .signed_by(&client_key, &authority.certificate, &authority.key)
        .expect("client certificate");

    let mut roots = rustls::RootCertStore::empty();
    roots
        .add(authority.certificate.der().clone())
        .expect("CA is a valid trust anchor");
    let verifier = rustls::server::WebPkiClientVerifier::builder_with_provider(
        Arc::new(roots),
        ring_provider(),
    )
    .build()
    .expect("client certificate verifier");
    let config = rustls::ServerConfig::builder_with_provider(ring_provider())
        .with_safe_default_protocol_versions()
        .expect("protocol versions")
        .with_client_cert_verifier(verifier)
        .with_single_cert(chain, key)
        .expect("server TLS config");
    MutualTlsPki {
        ca_pem: authority.certificate.pem(),
        client_certificate_pem: client_cert.pem(),
        client_key_pem: client_key.serialize_pem(),
        server_config: Arc::new(config),
    }
}

/// Proxy traffic as the proxy saw it.
#[derive(Debug, Clone)]
pub struct ProxiedRequest {
    pub method: String,
    pub target: String,
    pub authorized: bool,
}

/// A forward proxy on 127.0.0.1 that requires `Proxy-Authorization: Basic` for `user:pass`:
/// `CONNECT` is tunnelled, absolute-form requests are forwarded.
pub struct TestProxy {
    pub addr: SocketAddr,
    seen: Arc<Mutex<Vec<ProxiedRequest>>>,
    _thread: std::thread::JoinHandle<()>,
}

/// `Basic` credentials of `user:pass`.
pub const PROXY_AUTHORIZATION: &str = "Basic dXNlcjpwYXNz";

impl TestProxy {
    pub fn start() -> TestProxy {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let recorded = Arc::clone(&seen);
        let std_listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind proxy port");
        std_listener
            .set_nonblocking(true)
            .expect("non-blocking listener");
        let addr = std_listener.local_addr().expect("bound address");
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("proxy runtime");
            runtime.block_on(async move {
                let listener = TcpListener::from_std(std_listener).expect("tokio listener");
                loop {
                    let Ok((socket, _)) = listener.accept().await else {
                        return;
                    };
                    let recorded = Arc::clone(&recorded);
                    tokio::spawn(proxy_connection(socket, recorded));
                }
            });
        });
        TestProxy {
            addr,
            seen,
            _thread: thread,
        }
    }

    pub fn seen(&self) -> Vec<ProxiedRequest> {
        self.seen.lock().expect("proxy lock").clone()
    }
}

async fn proxy_connection(mut client: TcpStream, seen: Arc<Mutex<Vec<ProxiedRequest>>>) {
    let mut buffer = Vec::new();
    let head_end = loop {
        if let Some(position) = find(&buffer, b"\r\n\r\n") {
            break position;
        }
        let mut chunk = [0_u8; 4096];
        match client.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(read) => buffer.extend_from_slice(&chunk[..read]),
        }
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
    let rest = buffer[head_end + 4..].to_vec();
    let mut lines = head.split("\r\n");
    let request_line = lines.next().unwrap_or("").to_owned();
    let mut parts = request_line.split(' ');
    let method = parts.next().unwrap_or("").to_owned();
    let target = parts.next().unwrap_or("").to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_owned(), value.trim().to_owned()))
        .collect();
    let authorized = headers.iter().any(|(name, value)| {
        name.eq_ignore_ascii_case("Proxy-Authorization") && value == PROXY_AUTHORIZATION
    });
    seen.lock().expect("proxy lock").push(ProxiedRequest {
        method: method.clone(),
        target: target.clone(),
        authorized,
    });
    if !authorized {
        let _ = client
            .write_all(b"HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            .await;
        return;
    }
    if method == "CONNECT" {
        let Ok(mut upstream) = TcpStream::connect(&target).await else {
            let _ = client
                .write_all(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
                .await;
            return;
        };
        let _ = client
            .write_all(b"HTTP/1.1 200 Connection Established\r\n\r\n")
            .await;
        let _ = tokio::io::copy_bidirectional(&mut client, &mut upstream).await;
        return;
    }
    // Absolute form: http://host:port/path?query
    let Some(without_scheme) = target.strip_prefix("http://") else {
        return;
    };
    let (authority, path) = match without_scheme.find('/') {
        Some(index) => without_scheme.split_at(index),
        None => (without_scheme, "/"),
    };
    let Ok(mut upstream) = TcpStream::connect(authority).await else {
        return;
    };
    // Only the first request of a connection is parsed. Each forwarded request therefore
    // carries `Connection: close`, so the client opens a new connection for the next request
    // and the proxy records it too.
    let mut forwarded = format!("{method} {path} HTTP/1.1\r\n");
    for (name, value) in &headers {
        if !name.eq_ignore_ascii_case("Proxy-Authorization")
            && !name.eq_ignore_ascii_case("Proxy-Connection")
            && !name.eq_ignore_ascii_case("Connection")
        {
            forwarded.push_str(&format!("{name}: {value}\r\n"));
        }
    }
    forwarded.push_str("Connection: close\r\n\r\n");
    if upstream.write_all(forwarded.as_bytes()).await.is_err() {
        return;
    }
    if upstream.write_all(&rest).await.is_err() {
        return;
    }
    let _ = tokio::io::copy_bidirectional(&mut client, &mut upstream).await;
}

// ----- a test service -----

pub static SERVICE: ServiceInfo = ServiceInfo {
    name: "demo",
    version: "v1",
    region_env: "DEMO",
    credential_kind: CredentialKind::Regional,
    derived_auth_service: None,
    regions: &[
        (
            "test-region-1",
            &["https://demo.test-region-1.example.test"],
        ),
        ("test-region-2", &["demo.test-region-2.example.test"]),
    ],
};

static LIST_PARAMS: [ParamInfo; 4] = [
    ParamInfo {
        field: "limit",
        name: "limit",
        location: ParamLocation::Query,
        required: false,
        collection: CollectionFormat::Multi,
    },
    ParamInfo {
        field: "ids",
        name: "id",
        location: ParamLocation::Query,
        required: false,
        collection: CollectionFormat::Csv,
    },
    ParamInfo {
        field: "language",
        name: "X-Language",
        location: ParamLocation::Header,
        required: false,
        collection: CollectionFormat::Multi,
    },
    ParamInfo {
        field: "item_id",
        name: "item_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    },
];

/// `GET /v1/{project_id}/items/{item_id}`.
pub static SHOW_ITEM: OperationInfo = OperationInfo {
    name: "ShowItem",
    method: "GET",
    path: "/v1/{project_id}/items/{item_id}",
    content_type: None,
    params: &LIST_PARAMS,
    body: BodyKind::None,
    body_field: None,
    response: ResponseKind::Fields,
    response_headers: &[HeaderInfo {
        field: "trace",
        name: "X-Trace",
    }],
};

/// `POST /v1/{project_id}/items` with a JSON body.
pub static CREATE_ITEM: OperationInfo = OperationInfo {
    name: "CreateItem",
    method: "POST",
    path: "/v1/{project_id}/items",
    content_type: Some("application/json;charset=UTF-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

/// `PUT /v1/{project_id}/objects/{item_id}` with a raw upload.
pub static PUT_OBJECT: OperationInfo = OperationInfo {
    name: "PutObject",
    method: "PUT",
    path: "/v1/{project_id}/objects/{item_id}",
    content_type: Some("application/octet-stream"),
    params: &[ParamInfo {
        field: "item_id",
        name: "item_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Stream,
    body_field: Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

/// `POST /v1/{project_id}/upload` with a multipart body.
pub static UPLOAD_FORM: OperationInfo = OperationInfo {
    name: "UploadForm",
    method: "POST",
    path: "/v1/{project_id}/upload",
    content_type: Some("multipart/form-data"),
    params: &[],
    body: BodyKind::Multipart,
    body_field: Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

/// `GET /v1/{project_id}/files/{item_id}`, streamed.
pub static DOWNLOAD_FILE: OperationInfo = OperationInfo {
    name: "DownloadFile",
    method: "GET",
    path: "/v1/{project_id}/files/{item_id}",
    content_type: None,
    params: &[ParamInfo {
        field: "item_id",
        name: "item_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: None,
    response: ResponseKind::Stream,
    response_headers: &[],
};

/// `GET /v1/{project_id}/tags`, whose body is a JSON array wrapped into field `tags`.
pub static LIST_TAGS: OperationInfo = OperationInfo {
    name: "ListTags",
    method: "GET",
    path: "/v1/{project_id}/tags",
    content_type: None,
    params: &[],
    body: BodyKind::None,
    body_field: None,
    response: ResponseKind::Wrapped("tags"),
    response_headers: &[],
};

/// A request of any of the test operations.
#[derive(Debug, Default)]
pub struct ItemRequest {
    pub item_id: Option<String>,
    pub limit: Option<i64>,
    pub ids: Option<Vec<String>>,
    pub language: Option<String>,
    pub body: Option<Value>,
}

impl IntoRequestParts for ItemRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("item_id", &self.item_id);
        parts.param("limit", &self.limit);
        parts.param("ids", &self.ids);
        parts.param("language", &self.language);
        parts.json_body(&self.body);
        parts
    }
}

impl ItemRequest {
    pub fn item(id: &str) -> ItemRequest {
        ItemRequest {
            item_id: Some(id.to_owned()),
            ..ItemRequest::default()
        }
    }
}

/// A request that carries prebuilt parts (uploads, forms).
pub struct PartsRequest(pub RequestParts);

impl IntoRequestParts for PartsRequest {
    fn into_parts(self) -> RequestParts {
        self.0
    }
}

/// Response of the test operations.
#[derive(Debug, Default, PartialEq)]
pub struct Item {
    pub id: String,
    pub size: Option<i64>,
    pub trace: Option<String>,
    pub tags: Option<Vec<String>>,
}

impl FromJson for Item {
    fn from_json(value: Value) -> Result<Self, JsonError> {
        let mut map = json::object(value)?;
        Ok(Item {
            id: json::take(&mut map, "id")?,
            size: json::take(&mut map, "size")?,
            trace: json::take(&mut map, "trace")?,
            tags: json::take(&mut map, "tags")?,
        })
    }
}
