//! The `hwspec-1` API description that the generator reads.
//!
//! One JSON file describes one service package: its API versions, and per version the operations,
//! models and region table. Keys the generator does not use (`format_version`, `extractor`, ...)
//! are ignored, so newer extractor output still loads.

use serde::Deserialize;
use std::collections::BTreeMap;

/// The format tag every spec file carries in its `format` key.
pub const FORMAT: &str = "hwspec-1";

/// One service package.
#[derive(Debug, Clone, Deserialize)]
pub struct Spec {
    /// Format tag, expected to be [`FORMAT`].
    pub format: String,
    /// Lower-case service name, such as `vpc`.
    pub service: String,
    /// Version of the Python package the spec was extracted from.
    #[serde(default)]
    pub package_version: Option<String>,
    /// API versions, such as `v2` and `v3`.
    pub versions: Vec<Version>,
    /// Items the extractor itself could not map, carried into the generated report.
    #[serde(default)]
    pub unmapped: Vec<serde_json::Value>,
}

/// One API version of a service.
#[derive(Debug, Clone, Deserialize)]
pub struct Version {
    /// Version name, such as `v2`.
    pub version: String,
    /// Client class name in the Python SDK, such as `VpcClient`.
    #[serde(default)]
    pub client: Option<String>,
    /// Accepted credential classes; the first is the default.
    #[serde(default)]
    pub credentials: Vec<String>,
    /// Service name for derived-key signing, when the service supports it.
    #[serde(default)]
    pub derived_auth_service: Option<String>,
    /// Custom error handler class, when the service has one.
    #[serde(default)]
    pub exception_handler: Option<String>,
    /// Hand-written Python files next to the client, which no spec describes.
    #[serde(default)]
    pub extra_files: Vec<String>,
    /// Service part of the region environment variables, such as `VPC`.
    #[serde(default)]
    pub region_env: Option<String>,
    /// Built-in region table: region id to endpoints.
    #[serde(default)]
    pub regions: BTreeMap<String, Vec<String>>,
    /// Operations in declaration order.
    #[serde(default)]
    pub operations: Vec<Operation>,
    /// Models by name.
    #[serde(default)]
    pub models: BTreeMap<String, Model>,
}

/// One operation.
#[derive(Debug, Clone, Deserialize)]
pub struct Operation {
    /// Operation name, such as `ListVpcs`.
    pub name: String,
    /// Method name in snake case, such as `list_vpcs`.
    #[serde(rename = "fn")]
    pub fn_name: String,
    /// HTTP method.
    #[serde(default)]
    pub method: Option<String>,
    /// Path template, such as `/v1/{project_id}/vpcs`.
    #[serde(default)]
    pub path: Option<String>,
    /// Request model name.
    pub request: String,
    /// Response model name.
    #[serde(default)]
    pub response: String,
    /// Declared request media types.
    #[serde(default)]
    pub content_type: Option<Vec<String>>,
    /// Parameters in declaration order.
    #[serde(default)]
    pub params: Vec<Param>,
    /// The request body, when the operation sends one.
    #[serde(default)]
    pub body: Option<Body>,
    /// Whether the request body is a raw byte stream.
    #[serde(default)]
    pub stream_request: bool,
    /// Whether the response body is streamed to the caller.
    #[serde(default)]
    pub stream_response: bool,
    /// Response headers copied into the response model.
    #[serde(default)]
    pub response_headers: Vec<String>,
    /// Authentication settings of the API gateway, usually empty.
    #[serde(default)]
    pub auth: Vec<String>,
    /// Whether the SDK marks the operation as deprecated.
    #[serde(default)]
    pub deprecated: bool,
}

/// One request parameter.
#[derive(Debug, Clone, Deserialize)]
pub struct Param {
    /// Location: `path`, `query`, `header`, `form` or `cname`.
    #[serde(rename = "in")]
    pub location: String,
    /// Name on the wire.
    pub name: String,
    /// Attribute name in the request model (for `form`, in the body model).
    pub field: String,
    /// Type string, absent for `form` and `cname` parameters.
    #[serde(rename = "type", default)]
    pub type_name: Option<String>,
    /// Whether the parameter is required.
    #[serde(default)]
    pub required: bool,
    /// List format: `multi` or `csv`.
    #[serde(default)]
    pub collection: Option<String>,
}

/// The body of a request.
#[derive(Debug, Clone, Deserialize)]
pub struct Body {
    /// Attribute name in the request model, usually `body`.
    pub field: String,
    /// Type string.
    #[serde(rename = "type", default)]
    pub type_name: Option<String>,
    /// Whether the body is required.
    #[serde(default)]
    pub required: bool,
}

/// One model: a struct, an enum, or a request or response wrapper.
#[derive(Debug, Clone, Deserialize)]
pub struct Model {
    /// `model`, `request`, `response`, `stream_request`, `stream_response` or `enum`.
    pub kind: String,
    /// XML root element name, for XML models.
    #[serde(default)]
    pub xml_name: Option<String>,
    /// Fields in declaration order.
    #[serde(default)]
    pub fields: Vec<Field>,
    /// Constant name to value, for enums.
    #[serde(rename = "enum", default)]
    pub enum_values: Option<BTreeMap<String, serde_json::Value>>,
    /// Polymorphism description, which the generator does not map.
    #[serde(default)]
    pub discriminator: Option<serde_json::Value>,
}

/// One model field.
#[derive(Debug, Clone, Deserialize)]
pub struct Field {
    /// Attribute name.
    pub name: String,
    /// Wire name, when it differs from the attribute name.
    #[serde(default)]
    pub json: Option<String>,
    /// Type string.
    #[serde(rename = "type")]
    pub type_name: String,
    /// Whether the field is required.
    #[serde(default)]
    pub required: bool,
    /// Whether the SDK lists the field as sensitive.
    #[serde(default)]
    pub sensitive: bool,
}

impl Field {
    /// Returns the name on the wire.
    pub fn wire_name(&self) -> &str {
        self.json.as_deref().unwrap_or(&self.name)
    }
}
