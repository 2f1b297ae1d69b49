//! Uploads and downloads: file and multipart bodies, progress, and bodies cut short.

mod runtime_support;

use std::sync::{Arc, Mutex};

use futures_util::StreamExt;
use huaweicloud_sdk_core::env::Environment;
use huaweicloud_sdk_core::operation::RequestParts;
use huaweicloud_sdk_core::response::Progress;
use huaweicloud_sdk_core::{CallOptions, Client, ClientBuilder, FormFile};
use runtime_support::{
    credentials, Item, ItemRequest, PartsRequest, Reply, TestServer, DOWNLOAD_FILE, PUT_OBJECT,
    SERVICE, UPLOAD_FORM,
};

fn client_for(server: &TestServer) -> (tempfile::TempDir, Client) {
    let home = tempfile::tempdir().expect("temporary home");
    let env = Environment::from_vars([("HOME", home.path().display().to_string())]);
    let client = ClientBuilder::new(&SERVICE)
        .environment(env)
        .credentials(credentials())
        .endpoint(server.url())
        .build()
        .expect("client builds");
    (home, client)
}

fn file_body(size: usize) -> Vec<u8> {
    (0..size).map(|index| (index % 251) as u8).collect()
}

#[tokio::test]
async fn upload_from_file_streams_unsigned_payload() {
    let server = TestServer::always(Reply::json(200, r#"{"id":"up"}"#));
    let (home, client) = client_for(&server);
    let path = home.path().join("upload.bin");
    let content = file_body(200_000);
    std::fs::write(&path, &content).expect("write upload file");

    let progress = Arc::new(Mutex::new(Vec::<Progress>::new()));
    let seen = Arc::clone(&progress);
    let client = client.with_options(
        CallOptions::new().upload_progress(move |step| seen.lock().expect("lock").push(step)),
    );
    let mut parts = RequestParts::new();
    parts.param("item_id", "upload.bin");
    parts.upload(Some(FormFile::from_path(&path)));
    let response = client
        .call::<_, Item>(&PUT_OBJECT, PartsRequest(parts))
        .await
        .expect("upload succeeds");
    assert_eq!(response.id, "up");

    let sent = &server.requests()[0];
    assert_eq!(sent.body, content);
    assert_eq!(
        sent.header("Content-Type"),
        Some("application/octet-stream")
    );
    assert_eq!(
        sent.header("X-Sdk-Content-Sha256"),
        Some("UNSIGNED-PAYLOAD")
    );
    assert_eq!(sent.header("Content-Length"), Some("200000"));
    sent.verify(&credentials()).expect("signature verifies");

    let progress = progress.lock().expect("lock");
    let last = progress.last().expect("progress reported");
    assert_eq!(last.transferred, 200_000);
    assert_eq!(last.total, Some(200_000));
    assert!(progress.len() >= 4, "{} steps", progress.len());
}

#[tokio::test]
async fn missing_upload_file_is_io_error() {
    let server = TestServer::always(Reply::json(200, r#"{"id":"up"}"#));
    let (home, client) = client_for(&server);
    let mut parts = RequestParts::new();
    parts.param("item_id", "x");
    parts.upload(Some(FormFile::from_path(home.path().join("absent.bin"))));
    let error = client
        .call::<_, Item>(&PUT_OBJECT, PartsRequest(parts))
        .await
        .expect_err("file missing");
    assert_eq!(error.kind(), huaweicloud_sdk_core::ErrorKind::Io);
    assert!(error.to_string().contains("absent.bin"), "{error}");
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn multipart_text_fields_first_then_files() {
    let server = TestServer::always(Reply::json(200, r#"{"id":"form"}"#));
    let (home, client) = client_for(&server);
    let path = home.path().join("photo.jpg");
    std::fs::write(&path, b"jpeg bytes").expect("write file");

    let mut parts = RequestParts::new();
    parts.form_file(
        "file",
        Some(FormFile::from_path(&path).with_content_type("image/jpeg")),
    );
    parts.form_text("description", &"demo".to_owned());
    parts.form_text("enabled", &false);
    parts.form_file(
        "extra",
        Some(FormFile::from_bytes("notes.txt", b"n".to_vec())),
    );
    client
        .call::<_, Item>(&UPLOAD_FORM, PartsRequest(parts))
        .await
        .expect("upload succeeds");

    let sent = &server.requests()[0];
    let content_type = sent.header("Content-Type").expect("content type");
    let boundary = content_type
        .strip_prefix("multipart/form-data; boundary=")
        .expect("multipart content type");
    assert_eq!(boundary.len(), 32);
    assert!(boundary.bytes().all(|b| b.is_ascii_hexdigit()));
    let expected = format!(
        "--{b}\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\ndemo\r\n\
         --{b}\r\nContent-Disposition: form-data; name=\"enabled\"\r\n\r\nfalse\r\n\
         --{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"photo.jpg\"\r\n\
         Content-Type: image/jpeg\r\n\r\njpeg bytes\r\n\
         --{b}\r\nContent-Disposition: form-data; name=\"extra\"; filename=\"notes.txt\"\r\n\
         Content-Type: application/octet-stream\r\n\r\nn\r\n--{b}--\r\n",
        b = boundary
    );
    assert_eq!(String::from_utf8_lossy(&sent.body), expected);
    assert_eq!(
        sent.header("Content-Length"),
        Some(expected.len().to_string().as_str())
    );
    assert_eq!(
        sent.header("X-Sdk-Content-Sha256"),
        Some("UNSIGNED-PAYLOAD")
    );
    sent.verify(&credentials()).expect("signature verifies");
}

#[tokio::test]
async fn download_saves_file_with_progress() {
    let content = file_body(300_000);
    let server = TestServer::always(Reply::Response {
        status: 200,
        headers: vec![("Content-Type".into(), "application/octet-stream".into())],
        body: content.clone(),
    });
    let (home, client) = client_for(&server);
    let progress = Arc::new(Mutex::new(Vec::<Progress>::new()));
    let seen = Arc::clone(&progress);
    let download = client
        .download(&DOWNLOAD_FILE, ItemRequest::item("f1"))
        .await
        .expect("download starts")
        .with_progress(move |step| seen.lock().expect("lock").push(step));
    assert_eq!(download.status(), 200);
    assert_eq!(download.content_length(), Some(300_000));
    let path = home.path().join("out.bin");
    let written = download.save_to_file(&path).await.expect("saved");
    assert_eq!(written, 300_000);
    assert_eq!(std::fs::read(&path).expect("read back"), content);
    let last = *progress.lock().expect("lock").last().expect("progress");
    assert_eq!(last.transferred, 300_000);
    assert_eq!(last.total, Some(300_000));
}

fn truncated_server() -> TestServer {
    let mut raw = b"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: 1000\r\nConnection: close\r\n\r\n".to_vec();
    raw.extend(std::iter::repeat_n(b'x', 400));
    TestServer::always(Reply::Raw(raw))
}

#[tokio::test]
async fn download_cut_short_is_error_and_removes_file() {
    let server = truncated_server();
    let (home, client) = client_for(&server);
    let download = client
        .download(&DOWNLOAD_FILE, ItemRequest::item("f1"))
        .await
        .expect("headers arrive");
    let path = home.path().join("partial.bin");
    let error = download
        .save_to_file(&path)
        .await
        .expect_err("body is short");
    assert!(error.is_connection(), "{error:?}");
    assert!(error.to_string().contains("1000"), "{error}");
    assert!(!path.exists(), "partial file must be removed");
}

#[tokio::test]
async fn download_stream_ends_with_error_when_short() {
    let server = truncated_server();
    let (_home, client) = client_for(&server);
    let download = client
        .download(&DOWNLOAD_FILE, ItemRequest::item("f1"))
        .await
        .expect("headers arrive");
    let mut stream = std::pin::pin!(download.bytes_stream());
    let mut received = 0;
    let mut failure = None;
    while let Some(chunk) = stream.next().await {
        match chunk {
            Ok(bytes) => received += bytes.len(),
            Err(error) => failure = Some(error),
        }
    }
    assert!(received <= 400);
    assert!(failure.is_some(), "a short body must end with an error");
}

#[tokio::test]
async fn download_error_status_is_service_error() {
    let server = TestServer::always(
        Reply::json(403, r#"{"error_code":"DEMO.403","error_msg":"denied"}"#)
            .with_header("X-Request-Id", "req-403"),
    );
    let (_home, client) = client_for(&server);
    let error = client
        .download(&DOWNLOAD_FILE, ItemRequest::item("f1"))
        .await
        .expect_err("403");
    assert_eq!(error.error_code(), Some("DEMO.403"));
    assert_eq!(error.request_id(), Some("req-403"));
}
