//! Error responses in the body shapes the real services use.

use http::StatusCode;
use serde_json::{json, Value};

/// The JSON shape of an error body. Huawei services differ here, and SDKs must parse them all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ErrorStyle {
    /// API Gateway and most newer APIs: `{"error_code", "error_msg", "request_id"}`.
    Gateway,
    /// VPC v1 paths: `{"code", "message"}`.
    CodeMessage,
    /// ECS and EVS: `{"error": {"code", "message"}}`.
    Nested,
    /// IAM Keystone APIs: `{"error": {"code": <status>, "message", "title"}}`.
    Keystone,
}

/// An error response: status, service error code, message and body style.
#[derive(Debug, Clone)]
pub(crate) struct ApiError {
    pub(crate) status: StatusCode,
    pub(crate) code: String,
    pub(crate) message: String,
    pub(crate) style: ErrorStyle,
    pub(crate) retry_after: Option<u64>,
}

impl ApiError {
    pub(crate) fn new(
        status: StatusCode,
        code: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            status,
            code: code.into(),
            message: message.into(),
            style: ErrorStyle::Gateway,
            retry_after: None,
        }
    }

    /// Creates a `401 APIGW.0301` authentication failure.
    pub(crate) fn auth(message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, "APIGW.0301", message)
    }

    pub(crate) fn with_style(mut self, style: ErrorStyle) -> Self {
        self.style = style;
        self
    }

    /// Renders the body for this error.
    pub(crate) fn body(&self, request_id: &str) -> Value {
        match self.style {
            ErrorStyle::Gateway => json!({
                "error_code": self.code,
                "error_msg": self.message,
                "request_id": request_id,
            }),
            ErrorStyle::CodeMessage => json!({
                "code": self.code,
                "message": self.message,
            }),
            ErrorStyle::Nested => json!({
                "error": {"code": self.code, "message": self.message},
            }),
            ErrorStyle::Keystone => json!({
                "error": {
                    "code": self.status.as_u16(),
                    "message": self.message,
                    "title": self.status.canonical_reason().unwrap_or("Error"),
                },
            }),
        }
    }
}
