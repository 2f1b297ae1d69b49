//! Responses: a typed value plus status, headers, request id and the raw body, and streamed
//! downloads.

use std::ops::Deref;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures_util::stream::{self, Stream, StreamExt};
use reqwest::header::HeaderMap;
use tokio::io::{AsyncWrite, AsyncWriteExt};

use crate::error::{Error, ErrorKind};

/// Progress of an upload or a download.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Bytes sent or received so far.
    pub transferred: u64,
    /// Total bytes, when known (the `Content-Length` of a download, the body size of an upload).
    pub total: Option<u64>,
    /// Time since the transfer started.
    pub elapsed: Duration,
}

/// A progress callback, called after each chunk (at most 64 KiB for uploads).
pub type ProgressCallback = Arc<dyn Fn(Progress) + Send + Sync>;

/// A decoded response. Derefs to the typed value, so `response.vpcs` reads a field directly.
#[derive(Debug)]
pub struct Response<T> {
    data: T,
    status: u16,
    headers: HeaderMap,
    request_id: Option<String>,
    body: Bytes,
}

impl<T> Response<T> {
    pub(crate) fn new(
        data: T,
        status: u16,
        headers: HeaderMap,
        request_id: Option<String>,
        body: Bytes,
    ) -> Self {
        Response {
            data,
            status,
            headers,
            request_id,
            body,
        }
    }

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

    /// Returns the response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// Returns the raw response body.
    pub fn raw_body(&self) -> &[u8] {
        &self.body
    }

    /// Parses the body as JSON: fields the typed value does not model are kept here. An empty
    /// body gives `Value::Null`.
    ///
    /// # Errors
    ///
    /// A [`Decode`](ErrorKind::Decode) error when the body is not JSON.
    pub fn json(&self) -> Result<serde_json::Value, Error> {
        if self.body.iter().all(u8::is_ascii_whitespace) {
            return Ok(serde_json::Value::Null);
        }
        serde_json::from_slice(&self.body).map_err(|error| {
            Error::new(ErrorKind::Decode, "response body is not valid JSON").with_source(error)
        })
    }
}

impl<T> Deref for Response<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.data
    }
}

/// A response whose body is streamed to the caller and never buffered whole (unless
/// [`bytes`](Self::bytes) is called).
///
/// A body that ends before its `Content-Length` is an error, so a download is never silently
/// short. [`save_to_file`](Self::save_to_file) removes the partial file in that case.
pub struct Download {
    status: u16,
    headers: HeaderMap,
    request_id: Option<String>,
    response: reqwest::Response,
    progress: Option<ProgressCallback>,
}

impl std::fmt::Debug for Download {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Download")
            .field("status", &self.status)
            .field("request_id", &self.request_id)
            .field("content_length", &self.content_length())
            .finish_non_exhaustive()
    }
}

impl Download {
    /// Wraps `response`, whose headers the caller has already moved into `headers`.
    pub(crate) fn new(
        response: reqwest::Response,
        headers: HeaderMap,
        request_id: Option<String>,
    ) -> Self {
        Download {
            status: response.status().as_u16(),
            headers,
            request_id,
            response,
            progress: None,
        }
    }

    /// Returns the HTTP status code.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// Returns the response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// Returns the `X-Request-Id` response header, when present.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// Returns the `Content-Length` of the body, when the response declares one.
    pub fn content_length(&self) -> Option<u64> {
        self.headers
            .get(reqwest::header::CONTENT_LENGTH)?
            .to_str()
            .ok()?
            .trim()
            .parse()
            .ok()
    }

    /// Calls `callback` after each chunk received, with the bytes so far, the
    /// `Content-Length` and the elapsed time.
    #[must_use]
    pub fn with_progress(mut self, callback: impl Fn(Progress) + Send + Sync + 'static) -> Self {
        self.progress = Some(Arc::new(callback));
        self
    }

    /// Returns the body as a stream of chunks. The stream ends with an error when the
    /// connection fails or the body is shorter than its `Content-Length`.
    pub fn bytes_stream(self) -> impl Stream<Item = Result<Bytes, Error>> + Send + 'static {
        let expected = self.content_length();
        let state = StreamState {
            response: Some(self.response),
            received: 0,
            expected,
            progress: self.progress,
            started: Instant::now(),
        };
        stream::unfold(state, |mut state| async move {
            let response = state.response.as_mut()?;
            match response.chunk().await {
                Ok(Some(chunk)) => {
                    state.received += chunk.len() as u64;
                    if let Some(callback) = &state.progress {
                        callback(Progress {
                            transferred: state.received,
                            total: state.expected,
                            elapsed: state.started.elapsed(),
                        });
                    }
                    Some((Ok(chunk), state))
                }
                Ok(None) => {
                    state.response = None;
                    match state.expected {
                        Some(expected) if state.received < expected => {
                            let error = Error::new(
                                ErrorKind::Connection,
                                format!(
                                    "response body ended after {} of {expected} bytes",
                                    state.received
                                ),
                            );
                            Some((Err(error), state))
                        }
                        _ => None,
                    }
                }
                Err(error) => {
                    state.response = None;
                    let error = crate::transport::body_error(error, state.received, state.expected);
                    Some((Err(error), state))
                }
            }
        })
    }

    /// Writes the body to `writer` and returns the number of bytes written.
    ///
    /// # Errors
    ///
    /// A connection error when the body is cut short, an [`Io`](ErrorKind::Io) error when
    /// writing fails.
    pub async fn write_to<W>(self, writer: &mut W) -> Result<u64, Error>
    where
        W: AsyncWrite + Unpin + ?Sized,
    {
        let mut written = 0_u64;
        let mut chunks = std::pin::pin!(self.bytes_stream());
        while let Some(chunk) = chunks.next().await {
            let chunk = chunk?;
            writer.write_all(&chunk).await.map_err(write_error)?;
            written += chunk.len() as u64;
        }
        writer.flush().await.map_err(write_error)?;
        Ok(written)
    }

    /// Saves the body to a file, replacing it, and returns the number of bytes written. When
    /// the download fails, the partial file is removed.
    ///
    /// # Errors
    ///
    /// As [`write_to`](Self::write_to), plus an [`Io`](ErrorKind::Io) error when the file
    /// cannot be created.
    pub async fn save_to_file(self, path: impl AsRef<Path>) -> Result<u64, Error> {
        let path = path.as_ref();
        let mut file = tokio::fs::File::create(path).await.map_err(|error| {
            Error::new(
                ErrorKind::Io,
                format!("cannot create download file {}", path.display()),
            )
            .with_source(error)
        })?;
        match self.write_to(&mut file).await {
            Ok(written) => Ok(written),
            Err(error) => {
                drop(file);
                if let Err(remove_error) = tokio::fs::remove_file(path).await {
                    tracing::warn!(
                        path = %path.display(),
                        error = %remove_error,
                        "cannot remove a partial download file"
                    );
                }
                Err(error)
            }
        }
    }

    /// Reads the whole body into memory.
    ///
    /// # Errors
    ///
    /// A connection error when the body is cut short.
    pub async fn bytes(self) -> Result<Bytes, Error> {
        let mut buffer = Vec::new();
        let mut chunks = std::pin::pin!(self.bytes_stream());
        while let Some(chunk) = chunks.next().await {
            buffer.extend_from_slice(&chunk?);
        }
        Ok(Bytes::from(buffer))
    }

    /// Saves the body to a file like [`save_to_file`](Self::save_to_file), blocking the
    /// thread. For downloads returned by the blocking client.
    ///
    /// # Errors
    ///
    /// As [`save_to_file`](Self::save_to_file), and a configuration error when called from
    /// async code.
    pub fn blocking_save_to_file(self, path: impl AsRef<Path>) -> Result<u64, Error> {
        crate::client::blocking::run(self.save_to_file(path))
    }

    /// Writes the body to `writer`, blocking the thread. For downloads returned by the
    /// blocking client.
    ///
    /// # Errors
    ///
    /// As [`write_to`](Self::write_to), and a configuration error when called from async
    /// code.
    pub fn blocking_write_to(self, writer: &mut dyn std::io::Write) -> Result<u64, Error> {
        crate::client::blocking::run(async move {
            let mut written = 0_u64;
            let mut chunks = std::pin::pin!(self.bytes_stream());
            while let Some(chunk) = chunks.next().await {
                let chunk = chunk?;
                writer.write_all(&chunk).map_err(write_error)?;
                written += chunk.len() as u64;
            }
            writer.flush().map_err(write_error)?;
            Ok(written)
        })
    }
}

struct StreamState {
    response: Option<reqwest::Response>,
    received: u64,
    expected: Option<u64>,
    progress: Option<ProgressCallback>,
    started: Instant,
}

fn write_error(error: std::io::Error) -> Error {
    Error::new(ErrorKind::Io, "writing the download failed").with_source(error)
}
