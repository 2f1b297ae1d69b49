//! Responses: a typed value plus status, headers, request id and the raw body.

use std::ops::Deref;

/// A decoded response. Derefs to the typed value, so `response.vpcs` reads a field directly.
#[derive(Debug)]
pub struct Response<T> {
    data: T,
    status: u16,
    request_id: Option<String>,
}

impl<T> Response<T> {
    /// Returns the typed value.
    pub fn into_inner(self) -> T {
        self.data
    }

    /// Returns the HTTP status code.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// Returns the `X-Request-Id` response header, when present.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

impl<T> Deref for Response<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.data
    }
}

/// A response whose body is streamed to the caller.
#[derive(Debug)]
pub struct Download {
    status: u16,
}

impl Download {
    /// Returns the HTTP status code.
    pub fn status(&self) -> u16 {
        self.status
    }
}
