//! Static descriptions of services and operations, and the request parts a call is built from.
//!
//! The code generator emits one `static` [`ServiceInfo`] per API version and one
//! [`OperationInfo`] per operation. A generated request type turns itself into
//! [`RequestParts`] (its parameter values keyed by field name, plus the body), and the core's
//! single, non-generic call path renders path, query, headers and body from the descriptor.
//! Keeping the rendering out of generated code is what keeps service crates cheap to compile.

use crate::json::{Map, ToJson, Value};
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

/// The kind of credentials a service accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CredentialKind {
    /// Regional services: requests carry `X-Project-Id` and fill `{project_id}` in paths.
    Regional,
    /// Global services such as IAM: requests carry `X-Domain-Id` and fill `{domain_id}`.
    Global,
}

/// Description of one API version of a service, emitted by the code generator.
#[derive(Debug)]
pub struct ServiceInfo {
    /// Lower-case service name as used in endpoints and specs, such as `vpc`.
    pub name: &'static str,
    /// API version, such as `v2`.
    pub version: &'static str,
    /// Service part of the region variables `HUAWEICLOUD_SDK_REGION_<SERVICE>_<REGION>`, such as
    /// `VPC`, and the service key looked up in `regions.yaml`.
    pub region_env: &'static str,
    /// Credentials the service expects by default.
    pub credential_kind: CredentialKind,
    /// Service name in the scope of derived-key (`V11-HMAC-SHA256`) signatures, when the service
    /// supports them.
    pub derived_auth_service: Option<&'static str>,
    /// Built-in region table: region id and its endpoints, in order of preference.
    pub regions: &'static [(&'static str, &'static [&'static str])],
}

/// Where a request parameter goes on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParamLocation {
    /// Replaces `{name}` in the path template, percent-encoded as one segment.
    Path,
    /// Added to the query string.
    Query,
    /// Sent as a request header.
    Header,
    /// A field of a `multipart/form-data` or `application/x-www-form-urlencoded` body.
    Form,
    /// Prefixed to the endpoint host as `{value}.host`.
    Cname,
}

/// How a list value is written in a query or header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum CollectionFormat {
    /// One `name=value` pair per element. Query lists always use this form, as the official SDKs
    /// do, even where the API declares `csv`.
    Multi,
    /// Elements joined by commas.
    Csv,
}

/// One request parameter of an operation.
#[derive(Debug)]
pub struct ParamInfo {
    /// Field name in the request type, the key in [`RequestParts`].
    pub field: &'static str,
    /// Name on the wire.
    pub name: &'static str,
    /// Where the value goes.
    pub location: ParamLocation,
    /// Whether the API declares the parameter as required.
    pub required: bool,
    /// How list values are written.
    pub collection: CollectionFormat,
}

/// The kind of request body an operation sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum BodyKind {
    /// No body.
    None,
    /// A JSON document, signed with its SHA-256 hash.
    Json,
    /// `application/x-www-form-urlencoded` fields, signed as `UNSIGNED-PAYLOAD`.
    FormUrlEncoded,
    /// `multipart/form-data` with text and file parts, signed as `UNSIGNED-PAYLOAD`.
    Multipart,
    /// A raw byte stream (`application/octet-stream`), signed as `UNSIGNED-PAYLOAD`.
    Stream,
}

/// How the response body maps onto the response type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ResponseKind {
    /// The body is a JSON object whose keys are the response type's fields.
    Fields,
    /// The whole body (an array, a string or an object) is the value of the named field.
    Wrapped(&'static str),
    /// The body is streamed to the caller and never buffered whole.
    Stream,
}

/// A response header copied into a field of the response type.
#[derive(Debug)]
pub struct HeaderInfo {
    /// Field name in the response type.
    pub field: &'static str,
    /// Header name on the wire, such as `X-Subject-Token`.
    pub name: &'static str,
}

/// Description of one operation, emitted by the code generator.
#[derive(Debug)]
pub struct OperationInfo {
    /// Operation name, such as `ListVpcs`.
    pub name: &'static str,
    /// HTTP method in upper case.
    pub method: &'static str,
    /// Path template, such as `/v1/{project_id}/vpcs/{vpc_id}`.
    pub path: &'static str,
    /// Request `Content-Type`, when the operation declares one.
    pub content_type: Option<&'static str>,
    /// Parameters in declaration order.
    pub params: &'static [ParamInfo],
    /// Kind of request body.
    pub body: BodyKind,
    /// Field of the request type that holds the body, usually `body`.
    pub body_field: Option<&'static str>,
    /// How the response body is decoded.
    pub response: ResponseKind,
    /// Response headers copied into the response type.
    pub response_headers: &'static [HeaderInfo],
}

/// A file part of a `multipart/form-data` body.
#[derive(Clone)]
pub struct FormFile {
    source: FileSource,
    file_name: Option<String>,
    content_type: Option<String>,
}

/// Where the bytes of a file part or an upload come from.
#[derive(Clone)]
#[non_exhaustive]
pub enum FileSource {
    /// A file on disk, opened when the request is sent (and again on each retry).
    Path(PathBuf),
    /// Bytes in memory, shared between retries without copying.
    Bytes(Arc<[u8]>),
}

impl FormFile {
    /// Creates a part read from `path`; the part's file name is the path's last component.
    pub fn from_path(path: impl Into<PathBuf>) -> Self {
        let path = path.into();
        let file_name = path
            .file_name()
            .map(|name| name.to_string_lossy().into_owned());
        FormFile {
            source: FileSource::Path(path),
            file_name,
            content_type: None,
        }
    }

    /// Creates a part from bytes in memory, sent with the given file name.
    pub fn from_bytes(file_name: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        FormFile {
            source: FileSource::Bytes(bytes.into().into()),
            file_name: Some(file_name.into()),
            content_type: None,
        }
    }

    /// Sets the part's `Content-Type`; without it the part is sent as
    /// `application/octet-stream`.
    #[must_use]
    pub fn with_content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = Some(content_type.into());
        self
    }

    /// Returns where the bytes come from.
    pub fn source(&self) -> &FileSource {
        &self.source
    }

    /// Returns the file name sent in the part's `Content-Disposition`.
    pub fn file_name(&self) -> Option<&str> {
        self.file_name.as_deref()
    }

    /// Returns the part's `Content-Type`, when set.
    pub fn content_type(&self) -> Option<&str> {
        self.content_type.as_deref()
    }
}

impl fmt::Debug for FormFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FormFile")
            .field("source", &self.source)
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .finish()
    }
}

impl fmt::Debug for FileSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileSource::Path(path) => f.debug_tuple("Path").field(path).finish(),
            FileSource::Bytes(bytes) => write!(f, "Bytes({} bytes)", bytes.len()),
        }
    }
}

/// One field of a form body.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum FormValue {
    /// A text field.
    Text(String),
    /// A file part.
    File(FormFile),
}

/// The body of a request, as produced by a generated request type.
#[derive(Debug, Default)]
#[non_exhaustive]
pub enum RequestBody {
    /// No body.
    #[default]
    None,
    /// A JSON document.
    Json(Value),
    /// Form fields, for multipart and URL-encoded bodies, in declaration order.
    Form(Vec<(String, FormValue)>),
    /// A raw upload.
    Upload(FormFile),
}

/// Parameter values and body of one request, keyed by the request type's field names.
#[derive(Debug, Default)]
pub struct RequestParts {
    params: Map<String, Value>,
    body: RequestBody,
}

impl RequestParts {
    /// Creates empty parts.
    pub fn new() -> Self {
        RequestParts::default()
    }

    /// Records a parameter value under its field name, unless it is an unset `Option`.
    pub fn param<T: ToJson + ?Sized>(&mut self, field: &str, value: &T) {
        crate::json::put(&mut self.params, field, value);
    }

    /// Sets a JSON body, unless it is an unset `Option`.
    pub fn json_body<T: ToJson + ?Sized>(&mut self, body: &T) {
        if !body.is_absent() {
            self.body = RequestBody::Json(body.to_json());
        }
    }

    /// Adds a text field to a form body; unset options are left out, strings are sent as they are
    /// and other values as compact JSON (`true`, `10`).
    pub fn form_text<T: ToJson + ?Sized>(&mut self, name: &str, value: &T) {
        if value.is_absent() {
            return;
        }
        let text = match value.to_json() {
            Value::String(text) => text,
            other => other.to_string(),
        };
        self.form_fields()
            .push((name.to_owned(), FormValue::Text(text)));
    }

    /// Adds a file part to a form body, unless it is `None`.
    pub fn form_file(&mut self, name: &str, file: Option<FormFile>) {
        if let Some(file) = file {
            self.form_fields()
                .push((name.to_owned(), FormValue::File(file)));
        }
    }

    /// Sets a raw upload body, unless it is `None`.
    pub fn upload(&mut self, file: Option<FormFile>) {
        if let Some(file) = file {
            self.body = RequestBody::Upload(file);
        }
    }

    fn form_fields(&mut self) -> &mut Vec<(String, FormValue)> {
        if !matches!(self.body, RequestBody::Form(_)) {
            self.body = RequestBody::Form(Vec::new());
        }
        match &mut self.body {
            RequestBody::Form(fields) => fields,
            _ => unreachable!("the body was set to a form just above"),
        }
    }

    /// Returns the parameter values keyed by field name.
    pub fn params(&self) -> &Map<String, Value> {
        &self.params
    }

    /// Returns the body.
    pub fn body(&self) -> &RequestBody {
        &self.body
    }

    /// Splits the parts into parameter values and body.
    pub fn into_inner(self) -> (Map<String, Value>, RequestBody) {
        (self.params, self.body)
    }
}

/// Conversion of a generated request type into [`RequestParts`].
pub trait IntoRequestParts {
    /// Returns the request's parameter values and body.
    fn into_parts(self) -> RequestParts;
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn params_skip_unset_options() {
        let mut parts = RequestParts::new();
        parts.param("limit", &Some(10_i64));
        parts.param("marker", &Option::<String>::None);
        assert_eq!(Value::Object(parts.params().clone()), json!({"limit": 10}));
    }

    #[test]
    fn form_text_writes_scalars_plainly() {
        let mut parts = RequestParts::new();
        parts.form_text("name", &"a b".to_owned());
        parts.form_text("flag", &false);
        parts.form_text("skip", &Option::<i64>::None);
        parts.form_file("file", Some(FormFile::from_bytes("x.png", b"png".to_vec())));
        let RequestBody::Form(fields) = parts.body() else {
            panic!("expected a form body, got {:?}", parts.body());
        };
        let names: Vec<&str> = fields.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(names, ["name", "flag", "file"]);
        assert!(matches!(&fields[1].1, FormValue::Text(text) if text == "false"));
    }

    #[test]
    fn form_file_from_path_takes_base_name() {
        let file = FormFile::from_path("/tmp/dir/photo.jpg").with_content_type("image/jpeg");
        assert_eq!(file.file_name(), Some("photo.jpg"));
        assert_eq!(file.content_type(), Some("image/jpeg"));
    }
}
