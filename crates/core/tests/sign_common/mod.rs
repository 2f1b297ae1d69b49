//! Helpers shared by the signing integration tests: the conformance vector file, and turning a
//! signed request into what a server receives.

#![allow(dead_code, unreachable_pub)]

use std::fmt;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::SystemTime;

use huaweicloud_sdk_core::signer::verify::ReceivedRequest;
use huaweicloud_sdk_core::signer::{parse_sdk_date, Payload, SigningRequest};
use serde::de::{Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::Value;

/// A JSON object with its key order kept (serde_json's own map sorts keys unless a crate-wide
/// feature is switched on, which would change JSON behaviour elsewhere in the crate).
#[derive(Debug, Clone, Default)]
pub struct OrderedMap(pub Vec<(String, Value)>);

impl<'de> Deserialize<'de> for OrderedMap {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct OrderedVisitor;
        impl<'de> Visitor<'de> for OrderedVisitor {
            type Value = OrderedMap;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<OrderedMap, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry::<String, Value>()? {
                    entries.push(entry);
                }
                Ok(OrderedMap(entries))
            }
        }
        deserializer.deserialize_map(OrderedVisitor)
    }
}

impl OrderedMap {
    /// Entries as (name, string value) pairs.
    pub fn string_pairs(&self) -> Vec<(String, String)> {
        self.0
            .iter()
            .map(|(key, value)| (key.clone(), scalar_string(value)))
            .collect()
    }
}

/// Converts a JSON scalar to text as the reference SDK does, booleans as `true`/`false`.
pub fn scalar_string(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Bool(flag) => flag.to_string(),
        Value::Number(number) => number.to_string(),
        Value::Null => String::new(),
        other => panic!("query and header values are scalars, found {other}"),
    }
}

#[derive(Debug, Deserialize)]
pub struct VectorFile {
    pub credentials: FileCredentials,
    pub config_user_agent: String,
    pub vectors: Vec<Vector>,
    pub cross_sdk_vectors: Vec<CrossSdkVector>,
}

#[derive(Debug, Deserialize)]
pub struct FileCredentials {
    pub ak: String,
    pub sk: String,
    pub project_id: String,
}

#[derive(Debug, Deserialize)]
pub struct Vector {
    pub name: String,
    pub algorithm: Option<String>,
    pub fixed_utc_now: String,
    pub sdk_input: Option<SdkInput>,
    pub signer_input: Option<SignerInput>,
    pub canonical_request: Option<String>,
    pub payload_hash: Option<String>,
    pub string_to_sign: Option<String>,
    pub authorization: Option<String>,
    pub headers_after_signing: Option<OrderedMap>,
    pub wire: Wire,
    pub derived: Option<Derived>,
    pub ec: Option<Ec>,
    /// The mocked response of a whole-call vector.
    pub response: Option<RecordedResponse>,
    /// IAM's reply in the project look-up vector.
    pub mock_response_body: Option<Value>,
    /// The project id that the look-up vector finds.
    pub resulting_project_id: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct RecordedResponse {
    pub status_code: u16,
    pub raw_content: String,
}

#[derive(Debug, Deserialize)]
pub struct SdkInput {
    pub method: String,
    pub endpoint: String,
    pub resource_path: String,
    pub header_params: OrderedMap,
}

#[derive(Debug, Deserialize)]
pub struct SignerInput {
    pub method: String,
    pub scheme: String,
    pub host: String,
    pub resource_path: String,
    pub query_params: Vec<(String, Value)>,
    pub headers: OrderedMap,
    pub body: Body,
}

#[derive(Debug, Deserialize)]
pub struct Body {
    pub kind: String,
    pub utf8: Option<String>,
    pub content_utf8: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct Wire {
    pub method: String,
    pub url: String,
    pub headers: OrderedMap,
}

#[derive(Debug, Deserialize)]
pub struct Derived {
    pub info: String,
    pub region_id: String,
    pub service: String,
}

#[derive(Debug, Deserialize)]
pub struct Ec {
    pub curve: String,
    pub derived_private_key_hex: String,
    pub public_key_x_hex: String,
    pub public_key_y_hex: String,
    pub signature_der_hex: String,
}

#[derive(Debug, Deserialize)]
pub struct CrossSdkVector {
    pub name: String,
    pub ak: String,
    pub sk: String,
    pub url: String,
    pub method: String,
    pub headers: OrderedMap,
    pub body_utf8: String,
    pub canonical_request: String,
    pub string_to_sign: String,
    pub authorization: String,
}

/// Path of the conformance vectors, computed with the official Python SDK core
/// (huaweicloudsdkcore 3.1.219) and kept in the repository so a bare checkout can run them.
pub fn vector_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/sign-vectors.json")
}

/// Returns the parsed vector file, read once per test binary.
pub fn vector_file() -> &'static VectorFile {
    static FILE: OnceLock<VectorFile> = OnceLock::new();
    FILE.get_or_init(|| {
        let path = vector_path();
        let text = std::fs::read_to_string(&path).unwrap_or_else(|error| {
            panic!(
                "cannot read the signing vectors at {}: {error}; restore the file from git",
                path.display()
            )
        });
        serde_json::from_str(&text)
            .unwrap_or_else(|error| panic!("{} is not valid vector JSON: {error}", path.display()))
    })
}

pub fn vector(name: &str) -> &'static Vector {
    vector_file()
        .vectors
        .iter()
        .find(|vector| vector.name == name)
        .unwrap_or_else(|| panic!("vector {name} is not in {}", vector_path().display()))
}

pub fn cross_sdk_vector(name: &str) -> &'static CrossSdkVector {
    vector_file()
        .cross_sdk_vectors
        .iter()
        .find(|vector| vector.name == name)
        .unwrap_or_else(|| {
            panic!(
                "cross-SDK vector {name} is not in {}",
                vector_path().display()
            )
        })
}

pub fn sdk_time(value: &str) -> SystemTime {
    parse_sdk_date(value).unwrap_or_else(|| panic!("{value} is not YYYYMMDDTHHMMSSZ"))
}

/// Builds the signer's input of a vector.
pub fn signing_request(input: &SignerInput) -> SigningRequest {
    let mut request = SigningRequest::new(
        input.method.clone(),
        input.scheme.clone(),
        input.host.clone(),
        input.resource_path.clone(),
    );
    request.query = input
        .query_params
        .iter()
        .map(|(key, value)| (key.clone(), scalar_string(value)))
        .collect();
    request.headers = input.headers.string_pairs();
    request.payload = match input.body.kind.as_str() {
        "none" => Payload::Empty,
        "str" => Payload::from(input.body.utf8.clone().expect("str body has utf8")),
        "file-stream" | "multipart-encoder" => Payload::Unsigned,
        other => panic!("unknown body kind {other}"),
    };
    request
}

/// A signed request as the server receives it: request target split from the URL, headers as
/// sent, body bytes (or unread for an unsigned payload).
pub struct Received {
    pub method: String,
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: Option<Vec<u8>>,
}

impl Received {
    pub fn from_signed(request: &SigningRequest) -> Self {
        let url = request.url();
        let after_scheme = url.split_once("://").expect("absolute URL").1;
        let target = after_scheme[after_scheme.find('/').expect("path")..].to_string();
        let body = match &request.payload {
            Payload::Empty => Some(Vec::new()),
            Payload::Bytes(bytes) => Some(bytes.to_vec()),
            Payload::Unsigned => None,
        };
        Received {
            method: request.method.clone(),
            target,
            headers: request.headers.clone(),
            body,
        }
    }

    pub fn as_received(&self) -> ReceivedRequest<'_> {
        let mut received = ReceivedRequest::new(&self.method, &self.target);
        for (name, value) in &self.headers {
            received = received.with_header(name, value);
        }
        match &self.body {
            Some(body) => received.with_body(body),
            None => received,
        }
    }
}
