//! The HTTP transport: one pooled reqwest client per SDK client, endpoint failover, and the
//! mapping of transport failures to [`ErrorKind`]s.

use std::error::Error as StdError;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::config::HttpConfig;
use crate::error::{Error, ErrorKind};

/// Builds the reqwest client for `config`. Redirects are never followed by reqwest: the SDK
/// follows them itself so that it can sign each hop again.
///
/// Without a proxy in `config`, reqwest uses the proxy named by the process's `HTTPS_PROXY`,
/// `HTTP_PROXY` and `NO_PROXY` variables only when `system_proxy` is true, so a client given
/// its own [`Environment`](crate::env::Environment) reads nothing from the process.
pub(crate) fn build_http_client(
    config: &HttpConfig,
    system_proxy: bool,
) -> Result<reqwest::Client, Error> {
    let mut builder = reqwest::Client::builder()
        .connect_timeout(config.connect_timeout)
        .read_timeout(config.read_timeout)
        .redirect(reqwest::redirect::Policy::none())
        .danger_accept_invalid_certs(config.skip_tls_verification);
    if config.proxy.is_none() && !system_proxy {
        builder = builder.no_proxy();
    }

    if let Some(proxy) = &config.proxy {
        let mut reqwest_proxy = reqwest::Proxy::all(proxy.url()).map_err(|error| {
            Error::configuration(format!("invalid proxy {}", proxy.url())).with_source(error)
        })?;
        if let Some(user) = &proxy.user {
            reqwest_proxy = reqwest_proxy.basic_auth(user, proxy.password().unwrap_or(""));
        }
        builder = builder.proxy(reqwest_proxy);
    }

    if let Some(path) = &config.ca_file {
        let pem = read_pem(path, "CA file")?;
        let certificates = reqwest::Certificate::from_pem_bundle(&pem).map_err(|error| {
            Error::configuration(format!(
                "CA file {} contains no valid PEM certificate",
                path.display()
            ))
            .with_source(error)
        })?;
        if certificates.is_empty() {
            return Err(Error::configuration(format!(
                "CA file {} contains no PEM certificate: expected -----BEGIN CERTIFICATE----- \
                 blocks",
                path.display()
            )));
        }
        for certificate in certificates {
            builder = builder.add_root_certificate(certificate);
        }
    }

    if let Some((certificate_path, key_path)) = &config.client_certificate {
        let mut pem = read_pem(certificate_path, "client certificate file")?;
        pem.push(b'\n');
        pem.extend(read_pem(key_path, "client key file")?);
        let identity = reqwest::Identity::from_pem(&pem).map_err(|error| {
            Error::configuration(format!(
                "client certificate {} or key {} is not valid PEM: expected a certificate and \
                 a PKCS#8, PKCS#1 or SEC1 private key",
                certificate_path.display(),
                key_path.display()
            ))
            .with_source(error)
        })?;
        builder = builder.identity(identity);
    }

    builder.build().map_err(|error| {
        Error::configuration("cannot build the HTTP client from HttpConfig").with_source(error)
    })
}

fn read_pem(path: &std::path::Path, what: &str) -> Result<Vec<u8>, Error> {
    std::fs::read(path).map_err(|error| {
        Error::configuration(format!("cannot read {what} {}", path.display())).with_source(error)
    })
}

/// Classification of a failed send.
#[derive(Debug)]
pub(crate) struct SendFailure {
    pub(crate) kind: ErrorKind,
    /// One-line description without the URL.
    pub(crate) message: String,
    /// True when the request cannot have reached a server, so another endpoint may be tried.
    pub(crate) before_request: bool,
}

/// Classifies a reqwest error from sending a request (not from reading a body).
pub(crate) fn classify(error: &reqwest::Error) -> SendFailure {
    let chain = source_chain(error);
    if error.is_timeout() {
        let connect = error.is_connect();
        let message = if connect {
            "connect timed out"
        } else {
            "read timed out waiting for the response"
        };
        return SendFailure {
            kind: ErrorKind::Timeout,
            message: message.to_owned(),
            before_request: connect,
        };
    }
    if error.is_connect() {
        let (kind, what) = connect_kind(error);
        return SendFailure {
            kind,
            message: format!("{what}: {chain}"),
            before_request: true,
        };
    }
    // With TLS 1.3 the server checks a client certificate after the client has finished its
    // side of the handshake, so a rejection arrives as an alert while the request is sent.
    // Only certificate and handshake alerts count: the server never read such a request.
    if has_handshake_alert(error) {
        return SendFailure {
            kind: ErrorKind::TlsHandshake,
            message: format!("TLS handshake failed: {chain}"),
            before_request: false,
        };
    }
    SendFailure {
        kind: ErrorKind::Connection,
        message: format!("request failed: {chain}"),
        before_request: false,
    }
}

/// Returns true when the source chain of `error` has a certificate or handshake alert from the
/// server, directly or inside an I/O error.
fn has_handshake_alert(error: &reqwest::Error) -> bool {
    use rustls::AlertDescription as Alert;
    let is_handshake_alert = |tls: &rustls::Error| {
        matches!(
            tls,
            rustls::Error::AlertReceived(
                Alert::HandshakeFailure
                    | Alert::BadCertificate
                    | Alert::UnsupportedCertificate
                    | Alert::CertificateRevoked
                    | Alert::CertificateExpired
                    | Alert::CertificateUnknown
                    | Alert::UnknownCA
                    | Alert::AccessDenied
                    | Alert::CertificateRequired
            )
        )
    };
    let mut current: Option<&(dyn StdError + 'static)> = Some(error);
    while let Some(cause) = current {
        let tls = cause.downcast_ref::<rustls::Error>().or_else(|| {
            cause
                .downcast_ref::<std::io::Error>()
                .and_then(std::io::Error::get_ref)
                .and_then(|inner| inner.downcast_ref::<rustls::Error>())
        });
        if tls.is_some_and(is_handshake_alert) {
            return true;
        }
        current = cause.source();
    }
    false
}

fn connect_kind(error: &reqwest::Error) -> (ErrorKind, &'static str) {
    let mut current: Option<&(dyn StdError + 'static)> = Some(error);
    let mut text = String::new();
    while let Some(cause) = current {
        if cause.downcast_ref::<rustls::Error>().is_some() {
            return (ErrorKind::TlsHandshake, "TLS handshake failed");
        }
        if let Some(io) = cause.downcast_ref::<std::io::Error>() {
            if io.kind() == std::io::ErrorKind::ConnectionRefused {
                return (ErrorKind::ConnectionRefused, "connection refused");
            }
            if io
                .get_ref()
                .is_some_and(|inner| inner.downcast_ref::<rustls::Error>().is_some())
            {
                return (ErrorKind::TlsHandshake, "TLS handshake failed");
            }
        }
        text.push_str(&cause.to_string().to_ascii_lowercase());
        text.push(' ');
        current = cause.source();
    }
    // hyper-util reports resolver failures as "dns error"; no typed error is exposed.
    if text.contains("dns error") || text.contains("failed to lookup address") {
        (ErrorKind::HostUnreachable, "host name did not resolve")
    } else if text.contains("certificate") || text.contains("tls") || text.contains("handshake") {
        (ErrorKind::TlsHandshake, "TLS handshake failed")
    } else {
        (ErrorKind::Connection, "connection failed")
    }
}

/// Joins the messages of `error`'s sources (not of `error` itself, whose message contains the
/// URL) with `: `.
fn source_chain(error: &reqwest::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut current = error.source();
    while let Some(cause) = current {
        let text = cause.to_string();
        if !parts.iter().any(|part| part.contains(&text)) {
            parts.push(text);
        }
        current = cause.source();
    }
    if parts.is_empty() {
        error.to_string()
    } else {
        parts.join(": ")
    }
}

/// Maps an error while reading a response body.
pub(crate) fn body_error(error: reqwest::Error, received: u64, expected: Option<u64>) -> Error {
    let progress = match expected {
        Some(expected) => format!("after {received} of {expected} bytes"),
        None => format!("after {received} bytes"),
    };
    if error.is_timeout() {
        return Error::new(
            ErrorKind::Timeout,
            format!("read timed out while receiving the response body {progress}"),
        );
    }
    let chain = source_chain(&error);
    Error::new(
        ErrorKind::Connection,
        format!("response body failed {progress}: {chain}"),
    )
}

/// The endpoints of a client, with a cool-down for those that failed to connect.
#[derive(Debug)]
pub(crate) struct Endpoints {
    endpoints: Vec<Endpoint>,
    cooldown: Duration,
    /// True while any entry of `failed_until` is set. Written only with the lock held, so
    /// calls skip the lock while every endpoint is healthy.
    any_failed: AtomicBool,
    failed_until: Mutex<Vec<Option<Instant>>>,
}

/// Endpoint indexes in the order to try them, from [`Endpoints::order`].
#[derive(Debug)]
pub(crate) enum EndpointOrder {
    /// Every endpoint in configured order: none is in cool-down.
    Configured(std::ops::Range<usize>),
    /// Healthy endpoints first, then those in cool-down.
    Reordered(std::vec::IntoIter<usize>),
}

impl Iterator for EndpointOrder {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        match self {
            EndpointOrder::Configured(range) => range.next(),
            EndpointOrder::Reordered(indexes) => indexes.next(),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self {
            EndpointOrder::Configured(range) => range.size_hint(),
            EndpointOrder::Reordered(indexes) => indexes.size_hint(),
        }
    }
}

impl ExactSizeIterator for EndpointOrder {}

/// One endpoint split into scheme and `host[:port]`; any path is dropped, as the official
/// SDKs do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Endpoint {
    pub(crate) scheme: String,
    pub(crate) host: String,
}

impl Endpoint {
    pub(crate) fn parse(endpoint: &str) -> Result<Endpoint, Error> {
        let with_scheme = crate::region::with_scheme(endpoint.to_owned());
        let invalid = |reason: &str| {
            Error::configuration(format!(
                "invalid endpoint `{endpoint}`: {reason}; expected a URL such as \
                 https://vpc.cn-north-4.myhuaweicloud.com"
            ))
        };
        let (scheme, rest) = with_scheme
            .split_once("://")
            .ok_or_else(|| invalid("no scheme"))?;
        let scheme = scheme.to_ascii_lowercase();
        if scheme != "https" && scheme != "http" {
            return Err(invalid("the scheme must be https or http"));
        }
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        if host.is_empty() {
            return Err(invalid("the host is empty"));
        }
        if host.contains('@') {
            return Err(invalid("user info is not supported"));
        }
        if host.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(invalid("the host contains whitespace"));
        }
        Ok(Endpoint {
            scheme,
            host: host.to_owned(),
        })
    }

    pub(crate) fn url(&self) -> String {
        format!("{}://{}", self.scheme, self.host)
    }
}

impl Endpoints {
    pub(crate) fn new(endpoints: Vec<Endpoint>, cooldown: Duration) -> Self {
        let failed_until = Mutex::new(vec![None; endpoints.len()]);
        Endpoints {
            endpoints,
            cooldown,
            any_failed: AtomicBool::new(false),
            failed_until,
        }
    }

    pub(crate) fn all(&self) -> &[Endpoint] {
        &self.endpoints
    }

    /// Returns endpoint indexes in the order to try: healthy ones in configured order, then
    /// those in cool-down (so a call still tries everything when all have failed recently).
    pub(crate) fn order(&self) -> EndpointOrder {
        let all = 0..self.endpoints.len();
        if !self.any_failed.load(Ordering::Acquire) {
            return EndpointOrder::Configured(all);
        }
        let now = Instant::now();
        let failed_until = self.lock();
        let (cooling, healthy): (Vec<usize>, Vec<usize>) =
            all.partition(|&index| failed_until[index].is_some_and(|until| until > now));
        let order: Vec<usize> = healthy.into_iter().chain(cooling).collect();
        EndpointOrder::Reordered(order.into_iter())
    }

    pub(crate) fn mark_failed(&self, index: usize) {
        let mut failed_until = self.lock();
        failed_until[index] = Instant::now().checked_add(self.cooldown);
        let any_failed = failed_until.iter().any(Option::is_some);
        self.any_failed.store(any_failed, Ordering::Release);
    }

    pub(crate) fn mark_healthy(&self, index: usize) {
        if !self.any_failed.load(Ordering::Acquire) {
            return;
        }
        let mut failed_until = self.lock();
        failed_until[index] = None;
        let any_failed = failed_until.iter().any(Option::is_some);
        self.any_failed.store(any_failed, Ordering::Release);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Option<Instant>>> {
        self.failed_until
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoint_parse_drops_path_and_adds_scheme() {
        let endpoint = Endpoint::parse("vpc.example.test:8443/v1/x").expect("valid");
        assert_eq!(endpoint.url(), "https://vpc.example.test:8443");
        let error = Endpoint::parse("ftp://x").expect_err("bad scheme");
        assert!(error.to_string().contains("ftp://x"), "{error}");
    }

    #[test]
    fn cooled_down_endpoint_goes_last() {
        let endpoints = Endpoints::new(
            vec![
                Endpoint::parse("https://a.test").expect("valid"),
                Endpoint::parse("https://b.test").expect("valid"),
            ],
            Duration::from_secs(60),
        );
        let order = |endpoints: &Endpoints| endpoints.order().collect::<Vec<usize>>();
        assert_eq!(order(&endpoints), [0, 1]);
        endpoints.mark_failed(0);
        assert_eq!(order(&endpoints), [1, 0]);
        endpoints.mark_failed(1);
        assert_eq!(order(&endpoints), [0, 1]);
        endpoints.mark_healthy(0);
        assert_eq!(order(&endpoints), [0, 1]);
        endpoints.mark_healthy(1);
        assert_eq!(order(&endpoints), [0, 1]);
        // A failure after every endpoint has recovered reorders again.
        endpoints.mark_failed(0);
        assert_eq!(order(&endpoints), [1, 0]);
    }
}
