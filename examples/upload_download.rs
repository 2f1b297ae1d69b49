//! Upload and download: embed a text watermark in an image with DSC. The image is uploaded
//! from a file as a `multipart/form-data` part, the watermarked image is streamed to a file,
//! and both transfers report their progress. The watermark is then extracted from the saved
//! file.
//!
//! ```sh
//! cargo run -p huaweicloud-sdk-examples --example upload_download [-- IMAGE]
//! ```
//!
//! Without `HUAWEICLOUD_SDK_AK`, it runs against the local emulator on a generated BMP image,
//! or on `IMAGE` (PNG, JPEG or BMP) when given. With real credentials it needs `IMAGE`, and
//! without one it sends nothing. Watermarking reads the uploaded image and returns a copy, so
//! it creates and changes no resource in the account.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};

use huaweicloud_sdk_core::response::Progress;
use huaweicloud_sdk_core::{CallOptions, Error, ErrorKind, FormFile};
use huaweicloud_sdk_dsc::v1::{model, region, DscClient};
use huaweicloud_sdk_examples::{Environment, REGION};

/// Text embedded in the image.
const WATERMARK: &str = "huaweicloud-sdk-rust";

fn main() -> ExitCode {
    let environment = match Environment::detect() {
        Ok(environment) => environment,
        Err(error) => {
            eprintln!("error: failed to start the local emulator: {error}");
            return ExitCode::FAILURE;
        }
    };
    println!("Running against {}.", environment.describe());

    let image = std::env::args_os().nth(1).map(PathBuf::from);
    if image.is_none() && !environment.is_emulator() {
        println!(
            "No image given, so nothing was sent. Run it with an image to watermark: \
             cargo run -p huaweicloud-sdk-examples --example upload_download -- photo.png"
        );
        return ExitCode::SUCCESS;
    }

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime starts on a machine that runs this example");
    match runtime.block_on(run(image)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run(image: Option<PathBuf>) -> Result<(), Error> {
    // Generated and watermarked files live in a temporary directory, removed at the end.
    let work_dir = tempfile::tempdir().map_err(|error| {
        Error::new(ErrorKind::Io, "failed to create a temporary directory").with_source(error)
    })?;
    let image = match image {
        Some(path) => path,
        None => write_sample_bmp(work_dir.path())?,
    };
    let marked = work_dir.path().join(marked_name(&image));

    let client = DscClient::builder()
        .region(region::value_of(REGION)?)
        .build()?;

    println!(
        "Uploading {} with watermark {WATERMARK:?}:",
        image.display()
    );
    let body = model::CreateImageWatermarkRequestBody::new(FormFile::from_path(&image))
        .with_blind_watermark(WATERMARK);
    let download = client
        .with_options(CallOptions::new().upload_progress(progress_printer("sent")))
        .create_image_watermark(model::CreateImageWatermarkRequest::default().with_body(body))
        .await?;

    println!(
        "Downloading the watermarked image (request id {}):",
        download.request_id().unwrap_or("-")
    );
    let written = download
        .with_progress(progress_printer("received"))
        .save_to_file(&marked)
        .await?;
    println!("Saved {written} bytes to {}.", marked.display());

    let extracted = client
        .show_image_watermark(model::ShowImageWatermarkRequest::default().with_body(
            model::ShowImageWatermarkRequestBody::new(FormFile::from_path(&marked)),
        ))
        .await?;
    println!(
        "Watermark extracted from the saved file: {:?}",
        extracted.watermark.as_deref().unwrap_or("")
    );
    Ok(())
}

/// Returns a progress callback that prints a line each time another quarter of the transfer
/// is done (or every 1 MiB when the total is unknown).
fn progress_printer(verb: &'static str) -> impl Fn(Progress) + Send + Sync + 'static {
    let printed_step = AtomicU64::new(0);
    move |progress: Progress| {
        let step = match progress.total {
            Some(total) if total > 0 => progress.transferred * 4 / total,
            _ => progress.transferred / (1024 * 1024),
        };
        if step > printed_step.swap(step, Ordering::Relaxed) {
            let total = progress
                .total
                .map_or_else(|| "?".to_owned(), |total| total.to_string());
            println!(
                "  {verb} {} of {total} bytes after {} ms",
                progress.transferred,
                progress.elapsed.as_millis()
            );
        }
    }
}

/// Returns `photo-watermarked.png` for `photo.png`.
fn marked_name(image: &Path) -> String {
    let stem = image
        .file_stem()
        .map_or_else(|| "image".into(), |stem| stem.to_string_lossy());
    match image.extension() {
        Some(extension) => format!("{stem}-watermarked.{}", extension.to_string_lossy()),
        None => format!("{stem}-watermarked"),
    }
}

/// Writes a 256 x 256 colour gradient as an uncompressed 24-bit BMP (about 192 KiB, so the
/// upload takes several chunks) and returns its path.
///
/// The BMP is written by hand because the format is a fixed header followed by raw pixel
/// rows, which takes fewer lines than adding an image crate.
fn write_sample_bmp(dir: &Path) -> Result<PathBuf, Error> {
    const SIDE: u32 = 256;
    const HEADER_BYTES: u32 = 14 + 40;
    // BMP rows are padded to a multiple of 4 bytes. A row here is 256 * 3 = 768 bytes, so it
    // needs no padding.
    let pixel_bytes = SIDE * SIDE * 3;

    let mut bmp = Vec::with_capacity((HEADER_BYTES + pixel_bytes) as usize);
    // File header: signature, file size, two reserved fields, offset of the pixels.
    bmp.extend_from_slice(b"BM");
    bmp.extend_from_slice(&(HEADER_BYTES + pixel_bytes).to_le_bytes());
    bmp.extend_from_slice(&0u32.to_le_bytes());
    bmp.extend_from_slice(&HEADER_BYTES.to_le_bytes());
    // BITMAPINFOHEADER: size, width, height, planes, bits per pixel, no compression, image
    // size, 2835 pixels per metre (72 dpi) both ways, and no palette.
    bmp.extend_from_slice(&40u32.to_le_bytes());
    bmp.extend_from_slice(&SIDE.to_le_bytes());
    bmp.extend_from_slice(&SIDE.to_le_bytes());
    bmp.extend_from_slice(&1u16.to_le_bytes());
    bmp.extend_from_slice(&24u16.to_le_bytes());
    bmp.extend_from_slice(&0u32.to_le_bytes());
    bmp.extend_from_slice(&pixel_bytes.to_le_bytes());
    bmp.extend_from_slice(&2835u32.to_le_bytes());
    bmp.extend_from_slice(&2835u32.to_le_bytes());
    bmp.extend_from_slice(&0u32.to_le_bytes());
    bmp.extend_from_slice(&0u32.to_le_bytes());
    // Pixels, bottom row first, each as blue, green, red.
    for y in 0..SIDE {
        for x in 0..SIDE {
            let blue = ((x + y) / 2) as u8;
            bmp.extend_from_slice(&[blue, y as u8, x as u8]);
        }
    }

    let path = dir.join("sample.bmp");
    std::fs::write(&path, &bmp).map_err(|error| {
        Error::new(
            ErrorKind::Io,
            format!("failed to write the sample image {}", path.display()),
        )
        .with_source(error)
    })?;
    Ok(path)
}
