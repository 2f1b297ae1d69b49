//! Test client: signs requests with SDK-HMAC-SHA256 as the official SDK core does and sends
//! them over loopback with reqwest.
//!
//! TODO: sign with the core crate's signer once it is available; this copy of the algorithm
//! exists only so the emulator can be tested before then.

#![allow(dead_code, unreachable_pub)]

use hmac::{Hmac, Mac};
use huaweicloud_sdk_emulator::Emulator;
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use reqwest::Method;
use serde_json::Value;
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

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

    /// Builds a signed request without sending it.
    pub fn build(
        &self,
        method: &str,
        path_and_query: &str,
        content_type: &str,
        body: Vec<u8>,
    ) -> reqwest::Request {
        let url = format!("{}{}", self.endpoint, path_and_query);
        let parsed = reqwest::Url::parse(&url).expect("valid URL");
        let host = format!(
            "{}:{}",
            parsed.host_str().expect("URL has a host"),
            parsed.port().expect("URL has a port")
        );
        let date = format_date(self.date.unwrap_or_else(OffsetDateTime::now_utc));
        let mut headers: Vec<(String, String)> = vec![
            ("content-type".into(), content_type.into()),
            ("host".into(), host),
            ("x-sdk-date".into(), date.clone()),
        ];
        if let Some(pid) = &self.project_id {
            headers.push(("x-project-id".into(), pid.clone()));
        }
        if let Some(token) = &self.security_token {
            headers.push(("x-security-token".into(), token.clone()));
        }
        let unsigned = !content_type.starts_with("application/json");
        if unsigned && !body.is_empty() {
            headers.push(("x-sdk-content-sha256".into(), "UNSIGNED-PAYLOAD".into()));
        }
        headers.sort();
        let signed_headers: Vec<&str> = headers.iter().map(|(k, _)| k.as_str()).collect();
        let signed_headers = signed_headers.join(";");
        let canonical = canonical_request(
            method,
            parsed.path(),
            parsed.query().unwrap_or(""),
            &headers,
            &signed_headers,
            &body,
            unsigned,
        );
        let string_to_sign = format!(
            "SDK-HMAC-SHA256\n{date}\n{}",
            hex::encode(Sha256::digest(canonical.as_bytes()))
        );
        let mut mac = Hmac::<Sha256>::new_from_slice(self.sk.as_bytes()).expect("any key length");
        mac.update(string_to_sign.as_bytes());
        let signature = hex::encode(mac.finalize().into_bytes());
        let authorization = format!(
            "SDK-HMAC-SHA256 Access={}, SignedHeaders={signed_headers}, Signature={signature}",
            self.ak
        );
        let mut builder = self
            .http
            .request(
                Method::from_bytes(method.as_bytes()).expect("valid method"),
                url,
            )
            .header("authorization", authorization)
            .body(body);
        for (name, value) in &headers {
            if name != "host" {
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

pub fn format_date(t: OffsetDateTime) -> String {
    let format = time::macros::format_description!("[year][month][day]T[hour][minute][second]Z");
    t.format(format).expect("date formats")
}

fn encode(text: &str) -> String {
    utf8_percent_encode(text, UNRESERVED).to_string()
}

fn canonical_request(
    method: &str,
    path: &str,
    query: &str,
    headers: &[(String, String)],
    signed_headers: &str,
    body: &[u8],
    unsigned: bool,
) -> String {
    let decoded = percent_decode_str(path).decode_utf8_lossy();
    let mut uri = decoded.split('/').map(encode).collect::<Vec<_>>().join("/");
    if !uri.ends_with('/') {
        uri.push('/');
    }
    let mut pairs: Vec<(String, String)> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (
                percent_decode_str(k).decode_utf8_lossy().into_owned(),
                percent_decode_str(v).decode_utf8_lossy().into_owned(),
            )
        })
        .collect();
    pairs.sort();
    let query = pairs
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&");
    let canonical_headers: String = headers
        .iter()
        .map(|(k, v)| format!("{k}:{}\n", v.trim()))
        .collect();
    let payload = if body.is_empty() {
        hex::encode(Sha256::digest(b""))
    } else if unsigned {
        "UNSIGNED-PAYLOAD".to_owned()
    } else {
        hex::encode(Sha256::digest(body))
    };
    format!(
        "{}\n{uri}\n{query}\n{canonical_headers}\n{signed_headers}\n{payload}",
        method.to_ascii_uppercase()
    )
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
