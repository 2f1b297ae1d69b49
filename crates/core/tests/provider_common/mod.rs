//! Shared set-up of the provider tests: an emulator, a recording proxy in front of it, silent
//! listeners, and test service descriptions.
//!
//! Everything listens on 127.0.0.1. Every environment built here points the metadata endpoint
//! at a local server, so no test can reach 169.254.169.254.

#![allow(dead_code, unreachable_pub)]

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use huaweicloud_sdk_core::env::Environment;
use huaweicloud_sdk_core::operation::{CredentialKind, ServiceInfo};
use huaweicloud_sdk_core::provider::CredentialsContext;
use huaweicloud_sdk_emulator::Emulator;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

pub const AK: &str = "HPUAEXAMPLEAK0000001";
pub const SK: &str = "ExampleSecretKey0000000000000000000000000";
pub const PROJECT_ID: &str = "0123456789abcdef0123456789abcdef";
pub const DOMAIN_ID: &str = "fedcba9876543210fedcba9876543210";
pub const REGION: &str = "cn-north-4";

/// A regional service (ECS) without a built-in endpoint table.
pub static ECS: ServiceInfo = ServiceInfo {
    name: "ecs",
    version: "v1",
    region_env: "ECS",
    credential_kind: CredentialKind::Regional,
    derived_auth_service: None,
    regions: &[],
};

/// A global service (IAM) without a built-in endpoint table.
pub static IAM: ServiceInfo = ServiceInfo {
    name: "iam",
    version: "v3",
    region_env: "IAM",
    credential_kind: CredentialKind::Global,
    derived_auth_service: None,
    regions: &[],
};

pub fn regional() -> CredentialsContext<'static> {
    CredentialsContext::new(&ECS, Some(REGION))
}

pub fn global() -> CredentialsContext<'static> {
    CredentialsContext::new(&IAM, Some(REGION))
}

/// Starts an emulator with the placeholder keys, one project in `cn-north-4`, the placeholder
/// domain, the OIDC identity provider [`OIDC_PROVIDER`] that accepts [`OIDC_TOKEN`], and the
/// pod identity token [`POD_TOKEN`].
pub async fn emulator() -> Emulator {
    Emulator::builder()
        .ak(AK)
        .sk(SK)
        .project(REGION, PROJECT_ID)
        .domain_id(DOMAIN_ID)
        .identity_provider(OIDC_PROVIDER, [OIDC_TOKEN])
        .pod_identity_token(POD_TOKEN)
        .start()
        .await
        .expect("emulator starts")
}

/// Variables for a test: `HOME` is `home` and the metadata endpoint is `metadata`, so nothing
/// reads the real home directory or reaches the real metadata address.
pub fn vars(home: &std::path::Path, metadata: &str) -> Vec<(String, String)> {
    vec![
        ("HOME".to_owned(), home.display().to_string()),
        (
            "HUAWEICLOUD_SDK_METADATA_ENDPOINT".to_owned(),
            metadata.to_owned(),
        ),
    ]
}

pub fn env_with(home: &std::path::Path, metadata: &str, extra: &[(&str, &str)]) -> Environment {
    let mut all = vars(home, metadata);
    all.extend(
        extra
            .iter()
            .map(|(name, value)| ((*name).to_owned(), (*value).to_owned())),
    );
    Environment::from_vars(all)
}

/// One request as the proxy received it.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    pub query: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(candidate, _)| candidate.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|error| {
            panic!(
                "request body is not JSON ({error}): {}",
                String::from_utf8_lossy(&self.body)
            )
        })
    }
}

/// Path of the emulator's pod identity route.
pub const POD_PATH: &str = huaweicloud_sdk_emulator::POD_IDENTITY_PATH;

/// Token the emulator's pod identity route accepts as `Authorization`.
pub const POD_TOKEN: &str = "pod-token-v1";

/// Name of the identity provider whose id tokens the emulator's OIDC route accepts.
pub const OIDC_PROVIDER: &str = "oidc-idp";

/// URN of [`OIDC_PROVIDER`], as `HUAWEICLOUD_OIDC_PROVIDER_URN` names it.
pub const OIDC_PROVIDER_URN: &str = "iam::acct:identity-provider:oidc-idp";

/// Id token the emulator's OIDC route accepts.
pub const OIDC_TOKEN: &str = "oidc-jwt-v1";

/// A recording HTTP server on loopback that forwards every request unchanged (including
/// `Host`, so signatures still verify) to the emulator. Used as an endpoint (origin-form
/// requests) or as an HTTP proxy (absolute-form requests): either way it records the path.
pub struct Recorder {
    pub endpoint: String,
    records: Arc<Mutex<Vec<Recorded>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Recorder {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Recorder {
    pub async fn start(emulator: Arc<Emulator>) -> Recorder {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind proxy");
        let endpoint = format!("http://{}", listener.local_addr().expect("local address"));
        let records: Arc<Mutex<Vec<Recorded>>> = Arc::default();
        let http = reqwest::Client::builder()
            .no_proxy()
            .build()
            .expect("proxy client");
        let state = Arc::new(ProxyState {
            emulator,
            records: records.clone(),
            http,
        });
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let state = state.clone();
                tokio::spawn(async move {
                    let service = service_fn(move |request| {
                        let state = state.clone();
                        async move { Ok::<_, Infallible>(state.handle(request).await) }
                    });
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
        Recorder {
            endpoint,
            records,
            task,
        }
    }

    pub fn records(&self) -> Vec<Recorded> {
        self.records.lock().expect("records lock").clone()
    }

    pub fn with_path(&self, path: &str) -> Vec<Recorded> {
        self.records()
            .into_iter()
            .filter(|record| record.path == path)
            .collect()
    }
}

struct ProxyState {
    emulator: Arc<Emulator>,
    records: Arc<Mutex<Vec<Recorded>>>,
    http: reqwest::Client,
}

fn response(status: u16, body: impl Into<Bytes>) -> hyper::Response<Full<Bytes>> {
    hyper::Response::builder()
        .status(status)
        .header("content-type", "application/json")
        .header("x-request-id", "proxy-request-1")
        .body(Full::new(body.into()))
        .expect("valid response")
}

impl ProxyState {
    async fn handle(
        &self,
        request: hyper::Request<hyper::body::Incoming>,
    ) -> hyper::Response<Full<Bytes>> {
        let (parts, body) = request.into_parts();
        let body = body
            .collect()
            .await
            .map(|collected| collected.to_bytes())
            .unwrap_or_default();
        let record = Recorded {
            method: parts.method.to_string(),
            path: parts.uri.path().to_owned(),
            query: parts.uri.query().unwrap_or("").to_owned(),
            headers: parts
                .headers
                .iter()
                .map(|(name, value)| {
                    (
                        name.as_str().to_owned(),
                        value.to_str().unwrap_or("").to_owned(),
                    )
                })
                .collect(),
            body: body.to_vec(),
        };
        self.records
            .lock()
            .expect("records lock")
            .push(record.clone());

        self.forward(&record).await
    }

    async fn forward(&self, record: &Recorded) -> hyper::Response<Full<Bytes>> {
        let mut url = format!("{}{}", self.emulator.endpoint(), record.path);
        if !record.query.is_empty() {
            url.push('?');
            url.push_str(&record.query);
        }
        let method = reqwest::Method::from_bytes(record.method.as_bytes()).expect("method");
        let mut request = self.http.request(method, &url).body(record.body.clone());
        for (name, value) in &record.headers {
            if !matches!(name.as_str(), "content-length" | "connection") {
                request = request.header(name.as_str(), value.as_str());
            }
        }
        let Ok(upstream) = request.send().await else {
            return response(502, r#"{"error_msg":"emulator unreachable"}"#);
        };
        let mut builder = hyper::Response::builder().status(upstream.status().as_u16());
        for (name, value) in upstream.headers() {
            if !matches!(
                name.as_str(),
                "content-length" | "connection" | "transfer-encoding"
            ) {
                builder = builder.header(name, value);
            }
        }
        let body = upstream.bytes().await.unwrap_or_default();
        builder.body(Full::new(body)).expect("valid response")
    }
}

/// A listener that accepts connections and never responds, holding them open.
pub struct SilentListener {
    pub endpoint: String,
    pub accepted: Arc<AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for SilentListener {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl SilentListener {
    pub async fn start() -> SilentListener {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let address: SocketAddr = listener.local_addr().expect("local address");
        let accepted = Arc::new(AtomicUsize::new(0));
        let counter = accepted.clone();
        let task = tokio::spawn(async move {
            let mut open = Vec::new();
            while let Ok((stream, _)) = listener.accept().await {
                counter.fetch_add(1, Ordering::SeqCst);
                open.push(stream);
            }
        });
        SilentListener {
            endpoint: format!("http://{address}"),
            accepted,
            task,
        }
    }

    pub fn accepted(&self) -> usize {
        self.accepted.load(Ordering::SeqCst)
    }
}

/// Builds an ECS client in `cn-north-4` whose only endpoint is `endpoint`.
pub fn ecs_client(
    endpoint: &str,
    env: &Environment,
    provider: Arc<dyn huaweicloud_sdk_core::provider::ProvideCredentials>,
) -> huaweicloud_sdk_core::Client {
    huaweicloud_sdk_core::ClientBuilder::new(&ECS)
        .environment(env.clone())
        .region(huaweicloud_sdk_core::Region::new(REGION, [endpoint]))
        .credentials_provider(provider)
        .access_log(false)
        .build()
        .expect("client builds")
}

/// Lists the servers of the client's project: a signed call that needs the project id.
pub async fn list_servers(
    client: &huaweicloud_sdk_core::Client,
) -> Result<huaweicloud_sdk_core::Response<Bytes>, huaweicloud_sdk_core::Error> {
    client
        .send_raw(huaweicloud_sdk_core::RawRequest::new(
            "GET",
            "/v1/{project_id}/cloudservers/detail",
        ))
        .await
}

/// Access keys that signed the emulator's successful `ListServersDetails` calls, in order.
pub fn server_list_keys(emulator: &Emulator) -> Vec<String> {
    emulator
        .request_log()
        .into_iter()
        .filter(|record| {
            record.operation.as_deref() == Some("ListServersDetails") && record.status == 200
        })
        .filter_map(|record| record.ak)
        .collect()
}

/// Number of `securitykey` requests the emulator received, failed ones included.
pub fn security_key_requests(emulator: &Emulator) -> usize {
    emulator
        .request_log()
        .iter()
        .filter(|record| record.path == "/openstack/latest/securitykey")
        .count()
}
