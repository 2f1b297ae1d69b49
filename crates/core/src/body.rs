//! Request bodies on the wire: bytes, streamed file uploads and streamed multipart forms.
//!
//! Multipart bodies are written here rather than with reqwest's `multipart` feature because the
//! SDK needs a fixed part order (text fields, then files), a known `Content-Length` up front,
//! files streamed from disk on every attempt, and upload progress across all parts.

use std::time::Instant;

use bytes::Bytes;
use futures_util::stream::{self, Stream, StreamExt};
use tokio::io::AsyncReadExt;

use crate::error::{Error, ErrorKind};
use crate::operation::{FileSource, FormFile};
use crate::render::RenderedBody;
use crate::response::{Progress, ProgressCallback};

/// Size of the chunks read from upload files.
const CHUNK_SIZE: usize = 64 * 1024;

/// A body ready for one attempt and its length, when known.
pub(crate) struct WireBody {
    pub(crate) body: reqwest::Body,
    pub(crate) length: Option<u64>,
}

/// Opens the body for one attempt. Files are opened (again) here, so every attempt sends the
/// whole body.
pub(crate) async fn open(
    body: &RenderedBody,
    progress: Option<ProgressCallback>,
) -> Result<WireBody, Error> {
    match body {
        RenderedBody::Empty => Ok(WireBody {
            body: reqwest::Body::from(Bytes::new()),
            length: Some(0),
        }),
        RenderedBody::Bytes(bytes) => {
            let length = bytes.len() as u64;
            let body = match progress {
                None => reqwest::Body::from(bytes.clone()),
                Some(callback) => {
                    let chunks = chunk_bytes(bytes.clone());
                    reqwest::Body::wrap_stream(with_progress(
                        stream::iter(chunks.into_iter().map(Ok)),
                        Some(length),
                        callback,
                    ))
                }
            };
            Ok(WireBody {
                body,
                length: Some(length),
            })
        }
        RenderedBody::Upload(source) => {
            let (stream, length) = open_source(source).await?;
            let stream: BoxedByteStream = match progress {
                None => stream,
                Some(callback) => Box::pin(with_progress(stream, Some(length), callback)),
            };
            Ok(WireBody {
                body: reqwest::Body::wrap_stream(stream),
                length: Some(length),
            })
        }
        RenderedBody::Multipart {
            boundary,
            texts,
            files,
        } => open_multipart(boundary, texts, files, progress).await,
    }
}

type BoxedByteStream =
    std::pin::Pin<Box<dyn Stream<Item = Result<Bytes, std::io::Error>> + Send + 'static>>;

fn chunk_bytes(bytes: Bytes) -> Vec<Bytes> {
    let mut chunks = Vec::new();
    let mut offset = 0;
    while offset < bytes.len() {
        let end = (offset + CHUNK_SIZE).min(bytes.len());
        chunks.push(bytes.slice(offset..end));
        offset = end;
    }
    chunks
}

async fn open_source(source: &FileSource) -> Result<(BoxedByteStream, u64), Error> {
    match source {
        FileSource::Path(path) => {
            let file = tokio::fs::File::open(path).await.map_err(|error| {
                Error::new(
                    ErrorKind::Io,
                    format!("cannot open upload file {}", path.display()),
                )
                .with_source(error)
            })?;
            let length = file
                .metadata()
                .await
                .map_err(|error| {
                    Error::new(
                        ErrorKind::Io,
                        format!("cannot read the size of upload file {}", path.display()),
                    )
                    .with_source(error)
                })?
                .len();
            Ok((Box::pin(file_stream(file, length)), length))
        }
        FileSource::Bytes(bytes) => {
            let bytes = Bytes::copy_from_slice(bytes);
            let length = bytes.len() as u64;
            let chunks = chunk_bytes(bytes);
            Ok((Box::pin(stream::iter(chunks.into_iter().map(Ok))), length))
        }
    }
}

/// Streams exactly `length` bytes of `file`. A file that shrinks while it is sent ends the body
/// with an error rather than a short body under a longer `Content-Length`.
fn file_stream(
    file: tokio::fs::File,
    length: u64,
) -> impl Stream<Item = Result<Bytes, std::io::Error>> + Send + 'static {
    stream::try_unfold((file, 0_u64), move |(mut file, sent)| async move {
        if sent >= length {
            return Ok(None);
        }
        let wanted = usize::try_from(length - sent)
            .unwrap_or(usize::MAX)
            .min(CHUNK_SIZE);
        let mut buffer = vec![0_u8; wanted];
        let read = file.read(&mut buffer).await?;
        if read == 0 {
            return Err(std::io::Error::new(
                std::io::ErrorKind::UnexpectedEof,
                format!("upload file ended after {sent} of {length} bytes"),
            ));
        }
        buffer.truncate(read);
        Ok(Some((Bytes::from(buffer), (file, sent + read as u64))))
    })
}

fn with_progress<S>(
    inner: S,
    total: Option<u64>,
    callback: ProgressCallback,
) -> impl Stream<Item = Result<Bytes, std::io::Error>> + Send + 'static
where
    S: Stream<Item = Result<Bytes, std::io::Error>> + Send + 'static,
{
    let started = Instant::now();
    let mut transferred = 0_u64;
    inner.map(move |chunk| {
        if let Ok(bytes) = &chunk {
            transferred += bytes.len() as u64;
            callback(Progress {
                transferred,
                total,
                elapsed: started.elapsed(),
            });
        }
        chunk
    })
}

async fn open_multipart(
    boundary: &str,
    texts: &[(String, String)],
    files: &[(String, FormFile)],
    progress: Option<ProgressCallback>,
) -> Result<WireBody, Error> {
    let mut head = String::new();
    for (name, value) in texts {
        head.push_str(&format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{}\"\r\n\r\n{value}\r\n",
            quote_field(name)
        ));
    }
    let mut length = head.len() as u64;
    let mut parts: Vec<BoxedByteStream> =
        vec![Box::pin(stream::once(async move { Ok(Bytes::from(head)) }))];
    for (name, file) in files {
        let file_name = file.file_name().unwrap_or(name);
        let part_head = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{}\"; filename=\"{}\"\r\n\
             Content-Type: {}\r\n\r\n",
            quote_field(name),
            quote_field(file_name),
            file.content_type().unwrap_or("application/octet-stream")
        );
        let (content, content_length) = open_source(file.source()).await?;
        length += part_head.len() as u64 + content_length + 2;
        parts.push(Box::pin(stream::once(
            async move { Ok(Bytes::from(part_head)) },
        )));
        parts.push(content);
        parts.push(Box::pin(stream::once(async {
            Ok(Bytes::from_static(b"\r\n"))
        })));
    }
    let tail = format!("--{boundary}--\r\n");
    length += tail.len() as u64;
    parts.push(Box::pin(stream::once(async move { Ok(Bytes::from(tail)) })));

    let joined = stream::iter(parts).flatten();
    let body = match progress {
        None => reqwest::Body::wrap_stream(joined),
        Some(callback) => reqwest::Body::wrap_stream(with_progress(joined, Some(length), callback)),
    };
    Ok(WireBody {
        body,
        length: Some(length),
    })
}

/// Escapes `"` and line breaks in a form field or file name, which would end the header.
fn quote_field(name: &str) -> String {
    name.replace('\\', "\\\\")
        .replace('"', "%22")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}
