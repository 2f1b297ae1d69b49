//! The SDK's error type.

/// Any failure of an SDK call.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct Error {
    message: String,
}
