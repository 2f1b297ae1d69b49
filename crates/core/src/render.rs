//! Rendering of an operation and its request parts into method, path, query, headers and body.
//!
//! This is the non-generic half of [`Client::call`](crate::Client::call): generated request
//! types only collect their values by field name, and the descriptor states where each goes.

use bytes::Bytes;

use crate::credentials::Credentials;
use crate::error::Error;
use crate::json::{Map, Value};
use crate::operation::{
    BodyKind, CollectionFormat, FileSource, FormFile, FormValue, OperationInfo, ParamInfo,
    ParamLocation, RequestBody, RequestParts,
};
use crate::signer::Payload;

/// A request ready to be signed for one endpoint.
#[derive(Debug, Clone)]
pub(crate) struct RenderedRequest {
    pub(crate) method: String,
    /// Path in wire form: parameters filled in and percent-encoded.
    pub(crate) path: String,
    /// Raw query pairs.
    pub(crate) query: Vec<(String, String)>,
    pub(crate) headers: Vec<(String, String)>,
    /// Prefix of the endpoint host (`{cname}.host`).
    pub(crate) cname: Option<String>,
    pub(crate) body: RenderedBody,
}

/// The body of a rendered request. Every variant can be sent again (files are reopened), so
/// each retry and failover attempt sends the complete body.
#[derive(Debug, Clone)]
pub(crate) enum RenderedBody {
    Empty,
    /// A body known in full (JSON or URL-encoded form).
    Bytes(Bytes),
    /// A raw `application/octet-stream` upload.
    Upload(FileSource),
    /// A `multipart/form-data` body: text fields first, then files.
    Multipart {
        boundary: String,
        texts: Vec<(String, String)>,
        files: Vec<(String, FormFile)>,
    },
}

impl RenderedBody {
    /// Returns the payload for signing. Uploads and multipart bodies are not hashed.
    pub(crate) fn payload(&self) -> Payload {
        match self {
            RenderedBody::Empty => Payload::Empty,
            RenderedBody::Bytes(bytes) => Payload::Bytes(bytes.clone()),
            RenderedBody::Upload(_) | RenderedBody::Multipart { .. } => Payload::Unsigned,
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        match self {
            RenderedBody::Empty => true,
            RenderedBody::Bytes(bytes) => bytes.is_empty(),
            _ => false,
        }
    }
}

/// Settings that change how requests are rendered.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct RenderSettings {
    pub(crate) ignore_content_type_for_get_request: bool,
}

/// Renders `parts` according to `operation`, filling `{project_id}` and `{domain_id}` from the
/// credentials when no parameter provides them.
pub(crate) fn render(
    operation: &OperationInfo,
    parts: RequestParts,
    credentials: &Credentials,
    settings: RenderSettings,
) -> Result<RenderedRequest, Error> {
    let (params, body) = parts.into_inner();
    let value_of = |param: &ParamInfo| param_value(&params, param);

    let path = render_path(operation, &params, credentials)?;
    let mut query = Vec::new();
    let mut headers = Vec::new();
    let mut cname = None;
    let mut form_params = Vec::new();
    for param in operation.params {
        let Some(value) = value_of(param) else {
            if param.required && param.location != ParamLocation::Path {
                return Err(missing_parameter(operation, param));
            }
            continue;
        };
        match param.location {
            ParamLocation::Path => {}
            ParamLocation::Query => match value {
                // Query lists always expand to repeated keys, as the official SDKs send them.
                Value::Array(items) => query.extend(
                    items
                        .iter()
                        .filter(|item| !item.is_null())
                        .map(|item| (param.name.to_owned(), scalar_text(item))),
                ),
                other => query.push((param.name.to_owned(), scalar_text(other))),
            },
            ParamLocation::Header => {
                headers.push((param.name.to_owned(), header_text(value, param.collection)));
            }
            ParamLocation::Form => {
                form_params.push((param.name.to_owned(), FormValue::Text(scalar_text(value))));
            }
            ParamLocation::Cname => cname = Some(scalar_text(value)),
        }
    }

    let content_type = content_type(operation);
    let body = render_body(operation, body, form_params, &content_type)?;
    let send_content_type = !(settings.ignore_content_type_for_get_request
        && operation.method.eq_ignore_ascii_case("GET")
        && body.is_empty());
    if send_content_type
        && !headers
            .iter()
            .any(|(name, _)| name.eq_ignore_ascii_case("Content-Type"))
    {
        let value = match &body {
            RenderedBody::Multipart { boundary, .. } => {
                format!("multipart/form-data; boundary={boundary}")
            }
            _ => content_type,
        };
        headers.insert(0, ("Content-Type".to_owned(), value));
    }

    Ok(RenderedRequest {
        method: operation.method.to_ascii_uppercase(),
        path,
        query,
        headers,
        cname,
        body,
    })
}

fn missing_parameter(operation: &OperationInfo, param: &ParamInfo) -> Error {
    Error::configuration(format!(
        "missing required parameter `{}` of {}: set it on the request",
        param.field, operation.name
    ))
}

/// Returns the request `Content-Type`: the declared one, `application/json` when none is.
fn content_type(operation: &OperationInfo) -> String {
    match operation.content_type {
        Some(declared) if !declared.trim().is_empty() && declared != "*/*" => {
            declared.to_ascii_lowercase()
        }
        _ => "application/json".to_owned(),
    }
}

fn param_value<'a>(params: &'a Map<String, Value>, param: &ParamInfo) -> Option<&'a Value> {
    params.get(param.field).filter(|value| !value.is_null())
}

fn render_path(
    operation: &OperationInfo,
    params: &Map<String, Value>,
    credentials: &Credentials,
) -> Result<String, Error> {
    let template = operation.path;
    let mut path = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|offset| open + offset) else {
            break;
        };
        path.push_str(&rest[..open]);
        let name = &rest[open + 1..close];
        let param = operation
            .params
            .iter()
            .find(|param| param.location == ParamLocation::Path && param.name == name);
        let value = match param.and_then(|param| param_value(params, param)) {
            Some(value) => scalar_text(value),
            None => identity_value(operation, name, param, credentials)?,
        };
        encode_segment_into(&mut path, &value);
        rest = &rest[close + 1..];
    }
    path.push_str(rest);
    Ok(path)
}

/// Returns the credentials' project or domain id for `{project_id}` or `{domain_id}`.
fn identity_value(
    operation: &OperationInfo,
    name: &str,
    param: Option<&ParamInfo>,
    credentials: &Credentials,
) -> Result<String, Error> {
    let from_credentials = match name {
        "project_id" => credentials.project_id(),
        "domain_id" => credentials.domain_id(),
        _ => None,
    };
    if let Some(value) = from_credentials {
        return Ok(value.to_owned());
    }
    // The official SDKs send the literal `{project_id}`, which the service rejects with a
    // confusing error; a clear error here is better.
    let fix = match name {
        "project_id" => {
            "set HUAWEICLOUD_SDK_PROJECT_ID or call Credentials::with_project_id".to_owned()
        }
        "domain_id" => {
            "set HUAWEICLOUD_SDK_DOMAIN_ID or call Credentials::with_domain_id".to_owned()
        }
        _ => format!(
            "set `{}` on the request",
            param.map_or(name, |param| param.field)
        ),
    };
    Err(Error::configuration(format!(
        "path of {} needs `{name}` and none is set: {fix}",
        operation.name
    )))
}

/// Percent-encodes a path parameter as one segment: everything but `A-Z a-z 0-9 - _ . ~`,
/// so `/` becomes `%2F` and a space `%20`.
fn encode_segment_into(out: &mut String, value: &str) {
    use std::fmt::Write;
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            write!(out, "%{byte:02X}").expect("writing to a String cannot fail");
        }
    }
}

/// Returns a parameter value as text: strings as they are, booleans as `true`/`false`,
/// numbers in JSON form, lists and objects as compact JSON.
fn scalar_text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

fn header_text(value: &Value, collection: CollectionFormat) -> String {
    match (value, collection) {
        (Value::Array(items), _) => items.iter().map(scalar_text).collect::<Vec<_>>().join(","),
        (other, _) => scalar_text(other),
    }
}

fn render_body(
    operation: &OperationInfo,
    body: RequestBody,
    form_params: Vec<(String, FormValue)>,
    content_type: &str,
) -> Result<RenderedBody, Error> {
    let fields = match body {
        RequestBody::None if form_params.is_empty() => return Ok(RenderedBody::Empty),
        RequestBody::None => form_params,
        RequestBody::Json(value) => {
            let bytes = serde_json::to_vec(&value).map_err(|error| {
                Error::configuration(format!(
                    "body of {} cannot be written as JSON",
                    operation.name
                ))
                .with_source(error)
            })?;
            return Ok(RenderedBody::Bytes(Bytes::from(bytes)));
        }
        RequestBody::Upload(file) => return Ok(RenderedBody::Upload(file.source().clone())),
        RequestBody::Form(mut fields) => {
            fields.extend(form_params);
            fields
        }
    };
    let multipart = operation.body == BodyKind::Multipart
        || content_type.starts_with("multipart/form-data")
        || fields
            .iter()
            .any(|(_, value)| matches!(value, FormValue::File(_)));
    if multipart {
        let mut texts = Vec::new();
        let mut files = Vec::new();
        for (name, value) in fields {
            match value {
                FormValue::Text(text) => texts.push((name, text)),
                FormValue::File(file) => files.push((name, file)),
            }
        }
        let boundary = uuid::Uuid::new_v4().simple().to_string();
        return Ok(RenderedBody::Multipart {
            boundary,
            texts,
            files,
        });
    }
    let mut encoded = String::new();
    for (name, value) in fields {
        let FormValue::Text(text) = value else {
            continue;
        };
        if !encoded.is_empty() {
            encoded.push('&');
        }
        form_encode_into(&mut encoded, &name);
        encoded.push('=');
        form_encode_into(&mut encoded, &text);
    }
    Ok(RenderedBody::Bytes(Bytes::from(encoded)))
}

/// `application/x-www-form-urlencoded` encoding: space as `+`, and everything but
/// `A-Z a-z 0-9 * - . _` percent-encoded.
fn form_encode_into(out: &mut String, text: &str) {
    use std::fmt::Write;
    for byte in text.bytes() {
        match byte {
            b' ' => out.push('+'),
            b'*' | b'-' | b'.' | b'_' => out.push(char::from(byte)),
            _ if byte.is_ascii_alphanumeric() => out.push(char::from(byte)),
            _ => write!(out, "%{byte:02X}").expect("writing to a String cannot fail"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::operation::ResponseKind;

    static PARAMS: [ParamInfo; 4] = [
        ParamInfo {
            field: "vpc_id",
            name: "vpc_id",
            location: ParamLocation::Path,
            required: true,
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
            field: "flag",
            name: "flag",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "locale",
            name: "X-Language",
            location: ParamLocation::Header,
            required: false,
            collection: CollectionFormat::Multi,
        },
    ];

    static OPERATION: OperationInfo = OperationInfo {
        name: "ShowVpc",
        method: "get",
        path: "/v1/{project_id}/vpcs/{vpc_id}",
        content_type: None,
        params: &PARAMS,
        body: BodyKind::None,
        body_field: None,
        response: ResponseKind::Fields,
        response_headers: &[],
    };

    fn credentials() -> Credentials {
        Credentials::new("AK", "SK")
            .expect("valid keys")
            .with_project_id("P1")
    }

    #[test]
    fn renders_path_query_and_headers() {
        let mut parts = RequestParts::new();
        parts.param("vpc_id", "a b/c");
        parts.param("ids", &vec!["x".to_owned(), "y".to_owned()]);
        parts.param("flag", &true);
        parts.param("locale", "en-us");
        let rendered =
            render(&OPERATION, parts, &credentials(), RenderSettings::default()).expect("renders");
        assert_eq!(rendered.method, "GET");
        assert_eq!(rendered.path, "/v1/P1/vpcs/a%20b%2Fc");
        let query: Vec<(&str, &str)> = rendered
            .query
            .iter()
            .map(|(key, value)| (key.as_str(), value.as_str()))
            .collect();
        assert_eq!(query, [("id", "x"), ("id", "y"), ("flag", "true")]);
        assert!(rendered
            .headers
            .contains(&("X-Language".to_owned(), "en-us".to_owned())));
        assert!(rendered
            .headers
            .contains(&("Content-Type".to_owned(), "application/json".to_owned())));
    }

    #[test]
    fn missing_project_id_names_the_fix() {
        let mut parts = RequestParts::new();
        parts.param("vpc_id", "v");
        let credentials = Credentials::new("AK", "SK").expect("valid keys");
        let error = render(&OPERATION, parts, &credentials, RenderSettings::default())
            .expect_err("no project id");
        assert!(error.is_configuration());
        assert!(
            error.to_string().contains("HUAWEICLOUD_SDK_PROJECT_ID"),
            "{error}"
        );
    }

    #[test]
    fn get_without_content_type_when_configured() {
        let mut parts = RequestParts::new();
        parts.param("vpc_id", "v");
        let settings = RenderSettings {
            ignore_content_type_for_get_request: true,
        };
        let rendered = render(&OPERATION, parts, &credentials(), settings).expect("renders");
        assert!(rendered.headers.is_empty(), "{:?}", rendered.headers);
    }

    #[test]
    fn form_encoding_uses_plus_for_space() {
        let mut out = String::new();
        form_encode_into(&mut out, "a b&c=é");
        assert_eq!(out, "a+b%26c%3D%C3%A9");
    }
}
