//! Log output: helpers that send the SDK's `tracing` events to a stream or a size-rotated file.
//!
//! The SDK logs through `tracing` under targets starting with `huaweicloud_sdk`:
//!
//! - `huaweicloud_sdk::access` (INFO): one line per response, with method, URL, status,
//!   content length, elapsed time and request id;
//! - `huaweicloud_sdk::client` (DEBUG, WARN): retries, failover and transport errors;
//! - `huaweicloud_sdk::signing` (TRACE): what was signed, never a secret.
//!
//! Programs that already install a `tracing` subscriber see these events without any call
//! here. The helpers that install one (`install_stream_log`, `install_file_log` and
//! `subscriber`) are for programs that do not, and need the crate's `log-subscriber` feature.
//! [`RotatingFile`] is always available.
//!
//! What the events show: the access key may appear, because it names the key and signs
//! nothing by itself. The secret key, the security token and proxy passwords never appear.
//! Project and domain ids are identifiers, not secrets. Still, the access log, the event of a
//! failed send and the id look-up events mask them (the middle 70 % replaced by `*`), because
//! those lines often go to shared log stores. The official Python SDK masks the ids
//! in its look-up lines and logs them unmasked in its access log URLs. The TRACE events of
//! `huaweicloud_sdk::signing` keep the exact URL, because a signature mismatch can only be
//! compared against the exact path.
//!
//! The emulator in `huaweicloud-sdk-emulator` logs under its own target,
//! `huaweicloud_emulator`, so a filter for `huaweicloud_sdk` does not show its events.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

#[cfg(feature = "log-subscriber")]
use tracing::Level;
#[cfg(feature = "log-subscriber")]
use tracing_subscriber::fmt::MakeWriter;

use crate::error::{Error, ErrorKind};

/// Target prefix of every event the SDK emits.
pub const TARGET_PREFIX: &str = "huaweicloud_sdk";

/// Target of the per-response access log.
pub const ACCESS_TARGET: &str = "huaweicloud_sdk::access";

/// Default size at which a log file is rotated: 10 MiB.
pub const DEFAULT_MAX_BYTES: u64 = 10 * 1024 * 1024;

/// Default number of rotated files kept.
pub const DEFAULT_BACKUPS: usize = 5;

/// Installs a global subscriber that writes the SDK's events at `level` and above to
/// `writer` (for example `std::io::stderr`).
///
/// # Errors
///
/// A configuration error when a global subscriber is already installed.
#[cfg(feature = "log-subscriber")]
pub fn install_stream_log<W>(writer: W, level: Level) -> Result<(), Error>
where
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    tracing::subscriber::set_global_default(subscriber(writer, level)).map_err(|error| {
        Error::configuration("a global tracing subscriber is already installed").with_source(error)
    })
}

/// Installs a global subscriber that writes the SDK's events at `level` and above to `path`,
/// rotated at 10 MiB with 5 backups (`path.1` newest to `path.5` oldest).
///
/// # Errors
///
/// An [`Io`](ErrorKind::Io) error when the file cannot be opened, a configuration error when a
/// global subscriber is already installed.
#[cfg(feature = "log-subscriber")]
pub fn install_file_log(path: impl Into<PathBuf>, level: Level) -> Result<(), Error> {
    let file = RotatingFile::open(path, DEFAULT_MAX_BYTES, DEFAULT_BACKUPS)?;
    install_stream_log(file, level)
}

/// Returns a subscriber that writes the SDK's events at `level` and above to `writer`, for use
/// with `tracing::subscriber::with_default` or [`install_stream_log`].
#[cfg(feature = "log-subscriber")]
pub fn subscriber<W>(writer: W, level: Level) -> impl tracing::Subscriber + Send + Sync
where
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    let filter = tracing_subscriber::filter::Targets::new().with_target(TARGET_PREFIX, level);
    use tracing_subscriber::layer::SubscriberExt;
    tracing_subscriber::registry().with(
        tracing_subscriber::fmt::layer()
            .with_writer(writer)
            .with_ansi(false)
            .with_thread_ids(true)
            .with_filter(filter),
    )
}

#[cfg(feature = "log-subscriber")]
use tracing_subscriber::Layer as _;

/// Returns `url` with every path segment that equals the project id or the domain id of
/// `credentials` masked like the id look-up events mask them. Ids are compared with the
/// segments as sent, which works because project and domain ids are hexadecimal.
pub(crate) fn mask_ids_in_url(url: &str, credentials: &crate::credentials::Credentials) -> String {
    let ids: Vec<&str> = [credentials.project_id(), credentials.domain_id()]
        .into_iter()
        .flatten()
        .filter(|id| !id.is_empty())
        .collect();
    if ids.is_empty() {
        return url.to_owned();
    }
    let path_start = url.find("://").map_or(0, |scheme_end| {
        url[scheme_end + 3..]
            .find('/')
            .map_or(url.len(), |slash| scheme_end + 3 + slash)
    });
    let path_end = url[path_start..]
        .find(['?', '#'])
        .map_or(url.len(), |offset| path_start + offset);
    let masked: Vec<String> = url[path_start..path_end]
        .split('/')
        .map(|segment| {
            if ids.contains(&segment) {
                crate::provider::mask_id(segment)
            } else {
                segment.to_owned()
            }
        })
        .collect();
    format!(
        "{}{}{}",
        &url[..path_start],
        masked.join("/"),
        &url[path_end..]
    )
}

/// A log file rotated by size: when a write would make it larger than `max_bytes`, `path` is
/// renamed to `path.1`, `path.1` to `path.2` and so on, the oldest beyond `backups` is deleted,
/// and a new `path` is started.
///
/// Hand-written because `tracing-appender` rotates by time only. Clones share the file.
#[derive(Clone, Debug)]
pub struct RotatingFile {
    inner: Arc<Mutex<RotatingInner>>,
}

#[derive(Debug)]
struct RotatingInner {
    path: PathBuf,
    max_bytes: u64,
    backups: usize,
    file: File,
    size: u64,
}

impl RotatingFile {
    /// Opens (appending to) or creates `path`.
    ///
    /// # Errors
    ///
    /// An [`Io`](ErrorKind::Io) error when the file cannot be opened, and a configuration
    /// error when `max_bytes` is 0.
    pub fn open(path: impl Into<PathBuf>, max_bytes: u64, backups: usize) -> Result<Self, Error> {
        let path = path.into();
        if max_bytes == 0 {
            return Err(Error::configuration(
                "log file max_bytes is 0: use a size such as 10485760 (10 MiB)",
            ));
        }
        let file = open_append(&path).map_err(|error| {
            Error::new(
                ErrorKind::Io,
                format!("cannot open log file {}", path.display()),
            )
            .with_source(error)
        })?;
        let size = file.metadata().map(|meta| meta.len()).unwrap_or(0);
        Ok(RotatingFile {
            inner: Arc::new(Mutex::new(RotatingInner {
                path,
                max_bytes,
                backups,
                file,
                size,
            })),
        })
    }
}

fn open_append(path: &Path) -> io::Result<File> {
    OpenOptions::new().create(true).append(true).open(path)
}

fn backup_path(path: &Path, index: usize) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(format!(".{index}"));
    PathBuf::from(name)
}

impl RotatingInner {
    fn rotate(&mut self) -> io::Result<()> {
        self.file.flush()?;
        if self.backups == 0 {
            self.file = OpenOptions::new()
                .create(true)
                .write(true)
                .truncate(true)
                .open(&self.path)?;
            self.size = 0;
            return Ok(());
        }
        let oldest = backup_path(&self.path, self.backups);
        if oldest.exists() {
            std::fs::remove_file(&oldest)?;
        }
        for index in (1..self.backups).rev() {
            let from = backup_path(&self.path, index);
            if from.exists() {
                std::fs::rename(&from, backup_path(&self.path, index + 1))?;
            }
        }
        std::fs::rename(&self.path, backup_path(&self.path, 1))?;
        self.file = open_append(&self.path)?;
        self.size = 0;
        Ok(())
    }
}

impl Write for RotatingFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut inner = self
            .inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if inner.size > 0 && inner.size + buf.len() as u64 > inner.max_bytes {
            inner.rotate()?;
        }
        inner.file.write_all(buf)?;
        inner.size += buf.len() as u64;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .file
            .flush()
    }
}

#[cfg(feature = "log-subscriber")]
impl<'a> MakeWriter<'a> for RotatingFile {
    type Writer = RotatingFile;

    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rotates_by_size_and_keeps_backups() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let path = dir.path().join("sdk.log");
        let mut file = RotatingFile::open(&path, 10, 2).expect("opens");
        for line in ["aaaaaaaa\n", "bbbbbbbb\n", "cccccccc\n", "dddddddd\n"] {
            file.write_all(line.as_bytes()).expect("writes");
        }
        let read = |path: &Path| std::fs::read_to_string(path).expect("readable");
        assert_eq!(read(&path), "dddddddd\n");
        assert_eq!(read(&backup_path(&path, 1)), "cccccccc\n");
        assert_eq!(read(&backup_path(&path, 2)), "bbbbbbbb\n");
        assert!(!backup_path(&path, 3).exists());
    }

    #[test]
    fn ids_in_url_are_masked() {
        let credentials = crate::credentials::Credentials::new("AK", "SK")
            .expect("valid keys")
            .with_project_id("0123456789abcdef0123456789abcdef")
            .with_domain_id("domain0123");
        let url = "https://vpc.example.test/v1/0123456789abcdef0123456789abcdef/vpcs/\
                   0123456789abcdef0123456789abcdef1?domain0123=x#domain0123";
        assert_eq!(
            mask_ids_in_url(url, &credentials),
            "https://vpc.example.test/v1/01234**********************bcdef/vpcs/\
             0123456789abcdef0123456789abcdef1?domain0123=x#domain0123"
        );
        assert_eq!(
            mask_ids_in_url("http://127.0.0.1:1/v3/domain0123", &credentials),
            "http://127.0.0.1:1/v3/d*******23"
        );
        let without_ids = crate::credentials::Credentials::new("AK", "SK").expect("valid keys");
        assert_eq!(
            mask_ids_in_url("https://h/v1/0123/x", &without_ids),
            "https://h/v1/0123/x"
        );
    }

    #[test]
    fn zero_max_bytes_is_rejected() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let error = RotatingFile::open(dir.path().join("x.log"), 0, 1).expect_err("invalid");
        assert!(error.is_configuration());
    }
}
