//! DSC image watermarking.
//!
//! The emulator does not hide a real blind watermark in the pixels: it appends a marked
//! trailer to the image bytes, which decoders of PNG, JPEG and BMP ignore, and `extract`
//! reads that trailer back. This round-trips text and images like the real service.

use super::{Ctx, FormPart, Handler, Reply, ReplyBody};
use crate::api_error::ApiError;
use bytes::{Bytes, BytesMut};
use http::StatusCode;
use serde_json::json;

const TEXT_MARK: &[u8] = b"\n--hcloud-emulator-watermark-text:";
const IMAGE_MARK: &[u8] = b"\n--hcloud-emulator-watermark-image:";
const END_MARK: &[u8] = b":end--";

/// Maximum length of a text watermark in characters, chosen by the emulator.
const MAX_WATERMARK_CHARS: usize = 32;

pub(super) fn handler(operation: &str) -> Option<Handler> {
    let h: Handler = match operation {
        "CreateImageWatermark" => embed,
        "ShowImageWatermark" => extract_text,
        "ShowImageWatermarkWithImage" => extract_image,
        _ => return None,
    };
    Some(h)
}

fn part<'c>(ctx: &'c Ctx<'_>, name: &str) -> Option<&'c FormPart> {
    ctx.form.iter().find(|p| p.name == name)
}

/// Returns the image file part after checking that it is a PNG, JPEG or BMP image.
fn image_part<'c>(ctx: &'c Ctx<'_>) -> Result<&'c FormPart, ApiError> {
    let file = part(ctx, "file").ok_or_else(|| {
        ctx.bad_request("missing required form part file: send the image as a file part")
    })?;
    let data = &file.data[..];
    let is_image = data.starts_with(b"\x89PNG\r\n\x1a\n")
        || data.starts_with(b"\xff\xd8\xff")
        || data.starts_with(b"BM");
    if !is_image {
        let name = file.file_name.as_deref().unwrap_or("file");
        return Err(ctx.bad_request(format!(
            "invalid image {name:?}: only PNG, JPEG and BMP images are supported"
        )));
    }
    Ok(file)
}

fn stream(data: Bytes) -> Reply {
    Reply {
        status: StatusCode::OK,
        headers: Vec::new(),
        body: ReplyBody::Binary {
            content_type: "application/octet-stream".to_owned(),
            data,
        },
    }
}

fn append_section(out: &mut BytesMut, mark: &[u8], payload: &[u8]) {
    out.extend_from_slice(mark);
    out.extend_from_slice(hex::encode(payload).as_bytes());
    out.extend_from_slice(END_MARK);
}

/// Finds the last section with `mark` and decodes its payload.
fn find_section(data: &[u8], mark: &[u8]) -> Option<Vec<u8>> {
    let start = data.windows(mark.len()).rposition(|w| w == mark)? + mark.len();
    let rest = &data[start..];
    let end = rest.windows(END_MARK.len()).position(|w| w == END_MARK)?;
    hex::decode(&rest[..end]).ok()
}

fn embed(ctx: &Ctx<'_>, _state: &mut crate::state::State) -> Result<Reply, ApiError> {
    let image = image_part(ctx)?;
    let text = part(ctx, "blind_watermark").map(|p| String::from_utf8_lossy(&p.data).into_owned());
    let mark_image = part(ctx, "image_watermark");
    if text.is_none() && mark_image.is_none() {
        return Err(ctx.bad_request(
            "missing watermark: send a blind_watermark text part or an image_watermark file part",
        ));
    }
    let mut out = BytesMut::from(&image.data[..]);
    if let Some(text) = text {
        if text.is_empty() || text.chars().count() > MAX_WATERMARK_CHARS {
            return Err(ctx.bad_request(format!(
                "invalid blind_watermark: {} characters, use 1 to {MAX_WATERMARK_CHARS}",
                text.chars().count()
            )));
        }
        append_section(&mut out, TEXT_MARK, text.as_bytes());
    }
    if let Some(mark) = mark_image {
        append_section(&mut out, IMAGE_MARK, &mark.data);
    }
    Ok(stream(out.freeze()))
}

fn extract_text(ctx: &Ctx<'_>, _state: &mut crate::state::State) -> Result<Reply, ApiError> {
    let image = image_part(ctx)?;
    let text = find_section(&image.data, TEXT_MARK)
        .map(|t| String::from_utf8_lossy(&t).into_owned())
        .ok_or_else(|| ctx.bad_request("no text watermark found in the image"))?;
    Ok(Reply::ok(json!({ "watermark": text })))
}

fn extract_image(ctx: &Ctx<'_>, _state: &mut crate::state::State) -> Result<Reply, ApiError> {
    let image = image_part(ctx)?;
    let mark = find_section(&image.data, IMAGE_MARK)
        .ok_or_else(|| ctx.bad_request("no image watermark found in the image"))?;
    Ok(stream(Bytes::from(mark)))
}
