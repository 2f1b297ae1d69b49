//! HTTP settings of a client: timeouts, proxy, TLS, redirects, signing and user agent.

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use crate::signer::SigningAlgorithm;

/// Default time allowed to open a connection (TCP and TLS), as in the official Python SDK.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(60);

/// Default time allowed between two reads of the response, as in the official Python SDK.
pub const DEFAULT_READ_TIMEOUT: Duration = Duration::from_secs(120);

/// Maximum number of redirects followed for one request when following is enabled.
pub const MAX_REDIRECTS: usize = 5;

/// HTTP settings of a client.
///
/// Build one with the setters, starting from [`HttpConfig::default`]:
///
/// ```
/// use std::time::Duration;
/// use huaweicloud_sdk_core::config::{HttpConfig, ProxyConfig};
///
/// let config = HttpConfig::default()
///     .timeouts(Duration::from_secs(5), Duration::from_secs(30))
///     .proxy(ProxyConfig::new("http", "proxy.example.com", 3128).with_credentials("user", "pw"));
/// assert!(!format!("{config:?}").contains("pw"));
/// ```
#[derive(Clone)]
#[non_exhaustive]
pub struct HttpConfig {
    /// Time allowed to open a connection, TCP and TLS handshake included.
    pub connect_timeout: Duration,
    /// Time allowed between two reads of the response (not a limit on the whole call): a
    /// response that keeps arriving is never cut off.
    pub read_timeout: Duration,
    /// Forward proxy for every request. `None` connects directly, or through the proxy named by
    /// the process's `HTTPS_PROXY`, `HTTP_PROXY` and `NO_PROXY` variables when the client reads
    /// the process environment (the default; see `ClientBuilder::environment`).
    pub proxy: Option<ProxyConfig>,
    /// Skip TLS certificate verification. Off by default; only for test servers.
    pub skip_tls_verification: bool,
    /// PEM file of extra CA certificates to trust, next to the built-in roots.
    pub ca_file: Option<PathBuf>,
    /// PEM files of a client certificate (chain) and its private key, for mutual TLS.
    pub client_certificate: Option<(PathBuf, PathBuf)>,
    /// Follow 3xx redirects (at most [`MAX_REDIRECTS`] hops), signing each hop again. Off by
    /// default: a redirect is returned as an [`ErrorKind::Redirect`](crate::error::ErrorKind)
    /// error. A redirect to another host is not followed with temporary credentials.
    pub follow_redirects: bool,
    /// Send `GET` requests without a body without `Content-Type`. The official SDKs send
    /// `Content-Type: application/json` on every request by default.
    pub ignore_content_type_for_get_request: bool,
    /// Signing algorithm, `SDK-HMAC-SHA256` by default.
    pub signing_algorithm: SigningAlgorithm,
    /// Replaces the platform part of `User-Agent`: the header becomes
    /// `huaweicloud-usdk-rust/<version>; <this>`.
    pub user_agent: Option<String>,
}

impl Default for HttpConfig {
    fn default() -> Self {
        HttpConfig {
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            read_timeout: DEFAULT_READ_TIMEOUT,
            proxy: None,
            skip_tls_verification: false,
            ca_file: None,
            client_certificate: None,
            follow_redirects: false,
            ignore_content_type_for_get_request: false,
            signing_algorithm: SigningAlgorithm::default(),
            user_agent: None,
        }
    }
}

impl HttpConfig {
    /// Sets both the connect and the read timeout (defaults 60 s and 120 s).
    #[must_use]
    pub fn timeout(self, timeout: Duration) -> Self {
        self.timeouts(timeout, timeout)
    }

    /// Sets the connect timeout and the read timeout (defaults 60 s and 120 s).
    #[must_use]
    pub fn timeouts(mut self, connect: Duration, read: Duration) -> Self {
        self.connect_timeout = connect;
        self.read_timeout = read;
        self
    }

    /// Sets the connect timeout, TCP and TLS handshake included (default 60 s).
    #[must_use]
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Sets the time allowed between two reads of the response (default 120 s).
    #[must_use]
    pub fn read_timeout(mut self, timeout: Duration) -> Self {
        self.read_timeout = timeout;
        self
    }

    /// Sends every request through a forward proxy (default: none).
    #[must_use]
    pub fn proxy(mut self, proxy: ProxyConfig) -> Self {
        self.proxy = Some(proxy);
        self
    }

    /// Turns off TLS certificate verification (default: verification on). Any server can then
    /// read and change the traffic; use it only against test servers.
    #[must_use]
    pub fn danger_skip_tls_verification(mut self, skip: bool) -> Self {
        self.skip_tls_verification = skip;
        self
    }

    /// Trusts the CA certificates in a PEM file, next to the built-in roots (default: built-in
    /// roots only). The file is read when the client is built.
    #[must_use]
    pub fn ca_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.ca_file = Some(path.into());
        self
    }

    /// Presents a client certificate for mutual TLS: a PEM certificate (chain) file and a PEM
    /// private-key file (default: none). Both are read when the client is built.
    #[must_use]
    pub fn client_certificate(
        mut self,
        certificate: impl Into<PathBuf>,
        private_key: impl Into<PathBuf>,
    ) -> Self {
        self.client_certificate = Some((certificate.into(), private_key.into()));
        self
    }

    /// Follows redirects, at most five hops, signing each hop again for its host (default:
    /// off). The method and body are kept, also for 301 and 302; a 303 becomes a `GET` without
    /// body. A redirect from `https` to `http` is never followed.
    ///
    /// A hop to another host (or port) never carries the previous `Authorization` or
    /// `X-Security-Token`. With temporary credentials such a hop is not followed at all and
    /// returns a redirect error, because the request could only be signed by sending the
    /// security token to that host.
    #[must_use]
    pub fn follow_redirects(mut self, follow: bool) -> Self {
        self.follow_redirects = follow;
        self
    }

    /// Leaves `Content-Type` out of `GET` requests without a body (default: sent).
    #[must_use]
    pub fn ignore_content_type_for_get_request(mut self, ignore: bool) -> Self {
        self.ignore_content_type_for_get_request = ignore;
        self
    }

    /// Sets the signing algorithm (default `SDK-HMAC-SHA256`).
    #[must_use]
    pub fn signing_algorithm(mut self, algorithm: SigningAlgorithm) -> Self {
        self.signing_algorithm = algorithm;
        self
    }

    /// Replaces the platform part of `User-Agent` (default: operating system, architecture,
    /// Rust version and application id).
    #[must_use]
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = Some(user_agent.into());
        self
    }
}

impl fmt::Debug for HttpConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HttpConfig")
            .field("connect_timeout", &self.connect_timeout)
            .field("read_timeout", &self.read_timeout)
            .field("proxy", &self.proxy)
            .field("skip_tls_verification", &self.skip_tls_verification)
            .field("ca_file", &self.ca_file)
            .field("client_certificate", &self.client_certificate)
            .field("follow_redirects", &self.follow_redirects)
            .field(
                "ignore_content_type_for_get_request",
                &self.ignore_content_type_for_get_request,
            )
            .field("signing_algorithm", &self.signing_algorithm)
            .field("user_agent", &self.user_agent)
            .finish()
    }
}

/// A forward proxy. HTTPS requests go through it with `CONNECT`; plain HTTP requests are
/// forwarded. Credentials are sent as `Proxy-Authorization: Basic`.
#[derive(Clone, PartialEq, Eq)]
pub struct ProxyConfig {
    /// Scheme of the connection to the proxy, `http` or `https`.
    pub scheme: String,
    /// Proxy host name or address.
    pub host: String,
    /// Proxy port.
    pub port: u16,
    /// User name for the proxy, if it requires one.
    pub user: Option<String>,
    password: Option<String>,
}

impl ProxyConfig {
    /// Creates a proxy without credentials.
    pub fn new(scheme: impl Into<String>, host: impl Into<String>, port: u16) -> Self {
        ProxyConfig {
            scheme: scheme.into(),
            host: host.into(),
            port,
            user: None,
            password: None,
        }
    }

    /// Sets the user name and password sent to the proxy.
    #[must_use]
    pub fn with_credentials(
        mut self,
        user: impl Into<String>,
        password: impl Into<String>,
    ) -> Self {
        self.user = Some(user.into());
        self.password = Some(password.into());
        self
    }

    /// Returns the proxy URL without credentials, such as `http://proxy.example.com:3128`.
    pub fn url(&self) -> String {
        format!("{}://{}:{}", self.scheme, self.host, self.port)
    }

    pub(crate) fn password(&self) -> Option<&str> {
        self.password.as_deref()
    }
}

impl fmt::Debug for ProxyConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProxyConfig")
            .field("scheme", &self.scheme)
            .field("host", &self.host)
            .field("port", &self.port)
            .field("user", &self.user)
            .field("password", &self.password.as_ref().map(|_| "***"))
            .finish()
    }
}
