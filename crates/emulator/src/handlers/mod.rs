//! Operation handlers, looked up by service and operation name.

mod dsc;
mod ecs;
mod evs;
mod iam;
mod jobs;
mod metadata;
mod pod;
mod sts;
mod vpc;

use crate::api_error::{ApiError, ErrorStyle};
use crate::spec::Operation;
use crate::state::State;
use bytes::Bytes;
use http::{HeaderMap, StatusCode};
use serde_json::Value;
use std::collections::HashMap;

/// A handler: reads the request context, changes the state and builds the reply. Handlers are
/// synchronous because the state lock must not be held across an `await`.
pub(crate) type Handler = fn(&Ctx<'_>, &mut State) -> Result<Reply, ApiError>;

/// Returns the handler of an operation, or `None` when the emulator does not implement it.
pub(crate) fn handler_for(service: &str, version: &str, operation: &str) -> Option<Handler> {
    match service {
        "vpc" => vpc::handler(version, operation),
        "ecs" => ecs::handler(operation),
        "evs" => evs::handler(operation),
        "iam" => iam::handler(operation),
        "sts" => sts::handler(operation).or_else(|| iam::handler(operation)),
        "pod-identity" => pod::handler(operation),
        "dsc" => dsc::handler(operation),
        "metadata" => metadata::handler(operation),
        _ => None,
    }
}

/// Identity of the sender of a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Principal {
    /// No credentials were required (metadata, id-token exchange, OIDC federation, pod
    /// identity).
    Anonymous,
    /// A verified AK/SK signature.
    Key { ak: String },
    /// A valid `X-Auth-Token` or body token issued by the emulator.
    Token,
}

/// One part of a `multipart/form-data` body.
#[derive(Debug, Clone)]
pub(crate) struct FormPart {
    pub(crate) name: String,
    pub(crate) file_name: Option<String>,
    pub(crate) data: Bytes,
}

/// Everything a handler may read about a request.
#[derive(Debug)]
pub(crate) struct Ctx<'a> {
    pub(crate) operation: &'a Operation,
    pub(crate) path_params: HashMap<String, String>,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) headers: &'a HeaderMap,
    /// The JSON body, already checked against the operation's body model. `Null` when the
    /// request has no JSON body.
    pub(crate) json: Value,
    pub(crate) form: Vec<FormPart>,
    pub(crate) principal: Principal,
    /// Base URL of the emulator, for `links` fields.
    pub(crate) endpoint: &'a str,
}

impl Ctx<'_> {
    pub(crate) fn path(&self, name: &str) -> &str {
        self.path_params.get(name).map(String::as_str).unwrap_or("")
    }

    pub(crate) fn project_id(&self) -> &str {
        self.path("project_id")
    }

    pub(crate) fn query(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Returns all values of a repeated query key.
    pub(crate) fn query_all(&self, name: &str) -> Vec<&str> {
        self.query
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// Returns the error style and generic codes of the operation's service.
    pub(crate) fn errors(&self) -> ServiceErrors {
        service_errors(self.operation)
    }

    pub(crate) fn bad_request(&self, message: impl Into<String>) -> ApiError {
        let errors = self.errors();
        ApiError::new(StatusCode::BAD_REQUEST, errors.invalid_code, message)
            .with_style(errors.style)
    }

    pub(crate) fn not_found(&self, code: &str, message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, code, message).with_style(self.errors().style)
    }

    pub(crate) fn conflict(&self, code: &str, message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::CONFLICT, code, message).with_style(self.errors().style)
    }

    /// Reads `limit` and `marker` and pages through `items`, which are in creation order.
    pub(crate) fn paginate(&self, items: &[Value]) -> Result<Page, ApiError> {
        let limit = match self.query("limit") {
            None => None,
            Some(text) => match text.parse::<usize>() {
                Ok(n) if n >= 1 => Some(n),
                _ => {
                    return Err(self.bad_request(format!(
                        "invalid limit {text:?}: use an integer from 1 to 2000"
                    )))
                }
            },
        };
        let start = match self.query("marker") {
            None | Some("") => 0,
            Some(marker) => match items.iter().position(|r| r["id"] == marker) {
                Some(index) => index + 1,
                None => {
                    return Err(self.bad_request(format!(
                        "invalid marker {marker:?}: no resource with this id exists; use the \
                         id of the last item of the previous page"
                    )))
                }
            },
        };
        let rest = &items[start.min(items.len())..];
        let count = limit.map_or(rest.len(), |l| l.min(rest.len()));
        let page: Vec<Value> = rest[..count].to_vec();
        let next_marker = (count < rest.len())
            .then(|| page.last().map(|r| r["id"].clone()))
            .flatten();
        let previous_marker = page.first().map(|r| r["id"].clone());
        Ok(Page {
            items: page,
            next_marker,
            previous_marker,
        })
    }
}

/// One page of a listing.
#[derive(Debug)]
pub(crate) struct Page {
    pub(crate) items: Vec<Value>,
    pub(crate) next_marker: Option<Value>,
    pub(crate) previous_marker: Option<Value>,
}

/// Error style and the generic invalid-request code of a service.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ServiceErrors {
    pub(crate) style: ErrorStyle,
    pub(crate) invalid_code: &'static str,
}

/// Error conventions per service.
///
/// NOTE: `VPC.0101` (invalid parameter) and `VPC.0003` (VPC not found) are documented VPC codes;
/// the other services' codes are the documented formats with codes chosen by the emulator.
pub(crate) fn service_errors(operation: &Operation) -> ServiceErrors {
    let path = operation.spec.path.as_str();
    match operation.service.as_str() {
        "vpc" if path.starts_with("/v1/") => ServiceErrors {
            style: ErrorStyle::CodeMessage,
            invalid_code: "VPC.0101",
        },
        "vpc" => ServiceErrors {
            style: ErrorStyle::Gateway,
            invalid_code: "VPC.0101",
        },
        "ecs" => ServiceErrors {
            style: ErrorStyle::Nested,
            invalid_code: "Ecs.0005",
        },
        "evs" => ServiceErrors {
            style: ErrorStyle::Nested,
            invalid_code: "EVS.2001",
        },
        "iam" if path.starts_with("/v3/") => ServiceErrors {
            style: ErrorStyle::Keystone,
            invalid_code: "400",
        },
        "iam" => ServiceErrors {
            style: ErrorStyle::Gateway,
            invalid_code: "IAM.0007",
        },
        "dsc" => ServiceErrors {
            style: ErrorStyle::Gateway,
            invalid_code: "DSC.00000007",
        },
        "sts" => ServiceErrors {
            style: ErrorStyle::Gateway,
            invalid_code: "STS.0001",
        },
        _ => ServiceErrors {
            style: ErrorStyle::Gateway,
            invalid_code: "APIGW.0201",
        },
    }
}

/// A successful reply.
#[derive(Debug)]
pub(crate) struct Reply {
    pub(crate) status: StatusCode,
    pub(crate) headers: Vec<(&'static str, String)>,
    pub(crate) body: ReplyBody,
}

/// Body of a successful reply.
#[derive(Debug)]
pub(crate) enum ReplyBody {
    Empty,
    Json(Value),
    Text(String),
    Binary { content_type: String, data: Bytes },
}

impl Reply {
    pub(crate) fn json(status: StatusCode, body: Value) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            body: ReplyBody::Json(body),
        }
    }

    pub(crate) fn ok(body: Value) -> Reply {
        Reply::json(StatusCode::OK, body)
    }

    pub(crate) fn no_content() -> Reply {
        Reply {
            status: StatusCode::NO_CONTENT,
            headers: Vec::new(),
            body: ReplyBody::Empty,
        }
    }

    pub(crate) fn with_header(mut self, name: &'static str, value: String) -> Reply {
        self.headers.push((name, value));
        self
    }
}

/// Reads a string field of a JSON object, `""` when absent.
pub(crate) fn str_field<'v>(value: &'v Value, key: &str) -> &'v str {
    value.get(key).and_then(Value::as_str).unwrap_or("")
}
