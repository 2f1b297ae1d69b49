//! Test client: signs requests with the core crate's signer and sends them over loopback with
//! reqwest.

#![allow(dead_code, unreachable_pub)]

use huaweicloud_sdk_core::credentials::Credentials;
use huaweicloud_sdk_core::signer::{
    sign, Payload, SigningAlgorithm, SigningParams, SigningRequest,
};
use huaweicloud_sdk_emulator::Emulator;
use reqwest::Method;
use serde_json::Value;
use std::time::SystemTime;
use time::OffsetDateTime;

/// A signing client for one emulator.
#[derive(Clone)]
pub struct TestClient {
    pub endpoint: String,
    pub ak: String,
    pub sk: String,
    pub security_token: Option<String>,
    pub project_id: Option<String>,
    /// Signing time; the current time when `None`.
    pub date: Option<OffsetDateTime>,
    pub algorithm: SigningAlgorithm,
    pub http: reqwest::Client,
}

/// A received response: status, headers and body bytes.
#[derive(Debug)]
pub struct Received {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: bytes::Bytes,
}

impl Received {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "response body is not JSON ({e}): {}",
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

impl TestClient {
    pub fn new(emu: &Emulator) -> Self {
        Self {
            endpoint: emu.endpoint().to_owned(),
            ak: emu.ak().to_owned(),
            sk: emu.sk().to_owned(),
            security_token: None,
            project_id: emu.project_id("cn-north-4").map(str::to_owned),
            date: None,
            algorithm: SigningAlgorithm::default(),
            http: reqwest::Client::new(),
        }
    }

    pub fn pid(&self) -> &str {
        self.project_id
            .as_deref()
            .expect("test client has a project id")
    }

    /// Sends a signed JSON request. `path_and_query` is the raw target, such as
    /// `/v1/{pid}/vpcs?limit=2`.
    pub async fn send(&self, method: &str, path_and_query: &str, body: Option<&Value>) -> Received {
        let body_bytes = body
            .map(|b| serde_json::to_vec(b).expect("JSON serializes"))
            .unwrap_or_default();
        self.send_raw(method, path_and_query, "application/json", body_bytes)
            .await
    }

    pub async fn send_raw(
        &self,
        method: &str,
        path_and_query: &str,
        content_type: &str,
        body: Vec<u8>,
    ) -> Received {
        let request = self.build(method, path_and_query, content_type, body);
        let response = self
            .http
            .execute(request)
            .await
            .expect("request reaches the emulator");
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response.bytes().await.expect("response body is complete");
        Received {
            status,
            headers,
            body,
        }
    }

    /// Builds a request signed by the core crate's signer, without sending it.
    pub fn build(
        &self,
        method: &str,
        path_and_query: &str,
        content_type: &str,
        body: Vec<u8>,
    ) -> reqwest::Request {
        let url = format!("{}{}", self.endpoint, path_and_query);
        let mut credentials = Credentials::new(&self.ak, &self.sk).expect("valid test keys");
        if let Some(pid) = &self.project_id {
            credentials = credentials.with_project_id(pid);
        }
        if let Some(token) = &self.security_token {
            credentials = credentials.with_security_token(token);
        }

        let payload = if body.is_empty() {
            Payload::Empty
        } else if content_type.starts_with("application/json") {
            Payload::Bytes(body.clone().into())
        } else {
            Payload::Unsigned
        };
        let mut request = SigningRequest::from_url(method, &url)
            .expect("valid URL")
            .with_header("Content-Type", content_type)
            .with_payload(payload);

        let time = self.date.unwrap_or_else(OffsetDateTime::now_utc);
        let time = SystemTime::UNIX_EPOCH
            + std::time::Duration::from_secs(
                u64::try_from(time.unix_timestamp()).expect("after 1970"),
            );
        let mut params = SigningParams::new(time).with_algorithm(self.algorithm);
        if self.algorithm == SigningAlgorithm::V11HmacSha256 {
            params = params.with_derived_scope("cn-north-4", "iotdm");
        }
        sign(&mut request, &credentials, &params).expect("request signs");

        let mut builder = self
            .http
            .request(
                Method::from_bytes(method.as_bytes()).expect("valid method"),
                request.url(),
            )
            .body(body);
        for (name, value) in &request.headers {
            if !name.eq_ignore_ascii_case("host") {
                builder = builder.header(name, value);
            }
        }
        builder.build().expect("request builds")
    }

    /// Sends an unsigned request.
    pub async fn send_unsigned(
        &self,
        method: &str,
        path_and_query: &str,
        headers: &[(&str, &str)],
        body: Option<&Value>,
    ) -> Received {
        let url = format!("{}{}", self.endpoint, path_and_query);
        let mut builder = self.http.request(
            Method::from_bytes(method.as_bytes()).expect("valid method"),
            url,
        );
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        if let Some(body) = body {
            builder = builder
                .header("content-type", "application/json;charset=UTF-8")
                .body(serde_json::to_vec(body).expect("JSON serializes"));
        }
        let response = builder.send().await.expect("request reaches the emulator");
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response.bytes().await.expect("response body is complete");
        Received {
            status,
            headers,
            body,
        }
    }
}

/// Starts an emulator with fixed placeholder credentials.
pub async fn start() -> Emulator {
    Emulator::builder()
        .ak("HPUAEXAMPLEAK0000001")
        .sk("ExampleSecretKey0000000000000000000000000")
        .start()
        .await
        .expect("emulator starts")
}
