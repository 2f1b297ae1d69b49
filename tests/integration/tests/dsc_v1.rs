//! DSC v1 image watermarks against the emulator: an image file is uploaded as a
//! `multipart/form-data` part, the watermarked image is streamed to a file, and the watermark
//! is extracted from that file again. Runs through the async and the blocking client.

mod common;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use common::{assert_service_error, client, regional_credentials, start_emulator};
use huaweicloud_sdk_core::response::Progress;
use huaweicloud_sdk_core::{CallOptions, ErrorKind, FormFile};
use huaweicloud_sdk_dsc::v1::{model, DscClient, SERVICE};

/// Size of the test image: large enough that the upload and the download take several
/// chunks (uploads are sent in chunks of at most 64 KiB).
const IMAGE_BYTES: usize = 300 * 1024;

/// Writes a file that starts with the PNG signature, which is what the emulator checks, and
/// returns its path and contents.
fn write_image(dir: &Path, name: &str) -> (PathBuf, Vec<u8>) {
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.extend((0..IMAGE_BYTES - bytes.len()).map(|i| (i % 251) as u8));
    let path = dir.join(name);
    std::fs::write(&path, &bytes).expect("the temporary directory is writable");
    (path, bytes)
}

/// Returns a progress callback that records every report, and the shared record.
fn recorder() -> (
    Arc<Mutex<Vec<Progress>>>,
    impl Fn(Progress) + Send + Sync + 'static,
) {
    let reports = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&reports);
    let callback = move |progress: Progress| {
        sink.lock().expect("no test thread panicked").push(progress);
    };
    (reports, callback)
}

/// Checks that progress reports grow, end at `total` and all carry `total`.
#[track_caller]
fn assert_progress(reports: &[Progress], total: u64) {
    assert!(
        reports.len() > 1,
        "expected several reports, got {reports:?}"
    );
    for pair in reports.windows(2) {
        assert!(
            pair[0].transferred <= pair[1].transferred,
            "progress went backwards: {pair:?}"
        );
    }
    let last = reports.last().expect("at least one report");
    assert_eq!(last.transferred, total);
    assert!(reports.iter().all(|report| report.total == Some(total)));
}

#[tokio::test]
async fn text_watermark_embed_download_extract() {
    let emulator = start_emulator().await;
    let dir = tempfile::tempdir().expect("a temporary directory");
    let (image_path, image) = write_image(dir.path(), "photo.png");
    let (uploads, on_upload) = recorder();
    let client: DscClient = client(&SERVICE, &emulator, regional_credentials());

    let body = model::CreateImageWatermarkRequestBody::new(FormFile::from_path(&image_path))
        .with_blind_watermark("it-mark");
    let download = client
        .with_options(CallOptions::new().upload_progress(on_upload))
        .create_image_watermark(model::CreateImageWatermarkRequest::default().with_body(body))
        .await
        .expect("CreateImageWatermark succeeds");
    assert_eq!(download.status(), 200);
    let length = download
        .content_length()
        .expect("the download has a length");

    let (downloads, on_download) = recorder();
    let out_path = dir.path().join("photo-marked.png");
    let written = download
        .with_progress(on_download)
        .save_to_file(&out_path)
        .await
        .expect("the watermarked image is saved");
    assert_eq!(written, length);

    let marked = std::fs::read(&out_path).expect("the saved file is readable");
    assert_eq!(marked.len() as u64, written);
    assert!(marked.starts_with(&image), "the image bytes were changed");
    assert!(marked.len() > image.len(), "no watermark was added");

    let uploads = uploads.lock().expect("no test thread panicked").clone();
    let upload_total = uploads.last().map(|report| report.transferred);
    assert!(
        upload_total.is_some_and(|total| total > IMAGE_BYTES as u64),
        "the multipart body is larger than the image: {upload_total:?}"
    );
    assert_progress(&uploads, upload_total.unwrap_or_default());
    assert_progress(&downloads.lock().expect("no test thread panicked"), length);

    let extracted = client
        .show_image_watermark(model::ShowImageWatermarkRequest::default().with_body(
            model::ShowImageWatermarkRequestBody::new(FormFile::from_path(&out_path)),
        ))
        .await
        .expect("ShowImageWatermark succeeds");
    assert_eq!(extracted.watermark.as_deref(), Some("it-mark"));
}

#[tokio::test]
async fn image_watermark_round_trips_as_stream() {
    use futures_util::StreamExt;

    let emulator = start_emulator().await;
    let dir = tempfile::tempdir().expect("a temporary directory");
    let (image_path, _) = write_image(dir.path(), "base.png");
    let mark = b"BM small bitmap used as the watermark".to_vec();
    let client: DscClient = client(&SERVICE, &emulator, regional_credentials());

    let body = model::CreateImageWatermarkRequestBody::new(FormFile::from_path(&image_path))
        .with_image_watermark(
            FormFile::from_bytes("mark.bmp", mark.clone()).with_content_type("image/bmp"),
        );
    let marked = client
        .create_image_watermark(model::CreateImageWatermarkRequest::default().with_body(body))
        .await
        .expect("CreateImageWatermark succeeds")
        .bytes()
        .await
        .expect("the watermarked image downloads");

    let request = model::ShowImageWatermarkWithImageRequest::default().with_body(
        model::ShowImageWatermarkWithImageRequestBody::new(FormFile::from_bytes(
            "marked.png",
            marked.to_vec(),
        )),
    );
    let mut stream = Box::pin(
        client
            .show_image_watermark_with_image(request)
            .await
            .expect("ShowImageWatermarkWithImage succeeds")
            .bytes_stream(),
    );
    let mut extracted = Vec::new();
    while let Some(chunk) = stream.next().await {
        extracted.extend_from_slice(&chunk.expect("the stream delivers every chunk"));
    }
    assert_eq!(extracted, mark);
}

#[test]
fn blocking_embed_and_extract() {
    let emulator = common::start_emulator_blocking();
    let dir = tempfile::tempdir().expect("a temporary directory");
    let (image_path, image) = write_image(dir.path(), "blocking.png");
    let client: huaweicloud_sdk_dsc::v1::blocking::DscClient =
        client(&SERVICE, &emulator, regional_credentials());

    let body = model::CreateImageWatermarkRequestBody::new(FormFile::from_path(&image_path))
        .with_blind_watermark("blocking-mark");
    let out_path = dir.path().join("blocking-marked.png");
    let written = client
        .create_image_watermark(model::CreateImageWatermarkRequest::default().with_body(body))
        .expect("CreateImageWatermark succeeds")
        .blocking_save_to_file(&out_path)
        .expect("the watermarked image is saved");
    assert!(written > image.len() as u64);

    let extracted = client
        .show_image_watermark(model::ShowImageWatermarkRequest::default().with_body(
            model::ShowImageWatermarkRequestBody::new(FormFile::from_path(&out_path)),
        ))
        .expect("ShowImageWatermark succeeds");
    assert_eq!(extracted.watermark.as_deref(), Some("blocking-mark"));
}

#[tokio::test]
async fn non_image_upload_is_bad_request() {
    let emulator = start_emulator().await;
    let client: DscClient = client(&SERVICE, &emulator, regional_credentials());
    let body = model::CreateImageWatermarkRequestBody::new(FormFile::from_bytes(
        "notes.txt",
        b"plain text, not an image".to_vec(),
    ))
    .with_blind_watermark("mark");

    let error = client
        .create_image_watermark(model::CreateImageWatermarkRequest::default().with_body(body))
        .await
        .expect_err("a text file is not an image");

    assert_service_error(&error, 400, "DSC.00000007", "notes.txt");
}

#[tokio::test]
async fn missing_upload_file_is_io_error() {
    let emulator = start_emulator().await;
    let dir = tempfile::tempdir().expect("a temporary directory");
    let missing = dir.path().join("does-not-exist.png");
    let client: DscClient = client(&SERVICE, &emulator, regional_credentials());
    let body = model::CreateImageWatermarkRequestBody::new(FormFile::from_path(&missing))
        .with_blind_watermark("mark");

    let error = client
        .create_image_watermark(model::CreateImageWatermarkRequest::default().with_body(body))
        .await
        .expect_err("a missing upload file fails before sending");

    assert_eq!(error.kind(), ErrorKind::Io, "kind of: {error}");
    assert!(
        error.to_string().contains("does-not-exist.png"),
        "the error does not name the file: {error}"
    );
    assert!(
        emulator.request_log().is_empty(),
        "a request was sent without its file"
    );
}
