//! The public start API: [`EmulatorBuilder`] and the running [`Emulator`].

use crate::config::{EmulatorConfig, IdentityProviderConfig, ProjectConfig};
use crate::faults::Fault;
use crate::server::{serve, Shared};
use crate::spec::Catalog;
use crate::state::{format_expiry, Counters, Identity, RequestRecord, State};
use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::watch;

/// Error starting an emulator.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StartError {
    /// The listening socket could not be bound.
    #[error("failed to bind the emulator to {addr}: {source}; choose another port or use port 0")]
    Bind {
        /// The requested address.
        addr: SocketAddr,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The TLS certificate could not be generated or written.
    #[error("failed to set up TLS for the emulator: {0}")]
    Tls(String),
    /// The background runtime of [`EmulatorBuilder::start_blocking`] could not be created.
    #[error("failed to start the emulator runtime: {0}")]
    Runtime(std::io::Error),
    /// [`EmulatorBuilder::start`] was called outside a Tokio runtime.
    #[error(
        "Emulator::start must run inside a Tokio runtime; use start_blocking from synchronous code"
    )]
    NoRuntime,
}

/// Builder of an [`Emulator`]; every setting is optional.
#[derive(Debug, Clone, Default)]
pub struct EmulatorBuilder {
    config: EmulatorConfig,
}

impl EmulatorBuilder {
    /// Creates a builder with the default configuration: a free port on `127.0.0.1`, random
    /// AK/SK, and one project per region in [`DEFAULT_REGIONS`](crate::DEFAULT_REGIONS).
    pub fn new() -> Self {
        Self::default()
    }

    /// Creates a builder from a complete configuration, such as one read by
    /// [`EmulatorConfig::from_file`].
    pub fn from_config(config: EmulatorConfig) -> Self {
        Self { config }
    }

    /// Sets the listening address. Only loopback is used unless an address is given here.
    pub fn bind(mut self, addr: SocketAddr) -> Self {
        self.config.bind = addr;
        self
    }

    /// Sets the port on the current bind address; `0` picks a free port.
    pub fn port(mut self, port: u16) -> Self {
        self.config.bind.set_port(port);
        self
    }

    /// Sets the access key id of the permanent key pair.
    pub fn ak(mut self, ak: impl Into<String>) -> Self {
        self.config.ak = Some(ak.into());
        self
    }

    /// Sets the secret access key of the permanent key pair.
    pub fn sk(mut self, sk: impl Into<String>) -> Self {
        self.config.sk = Some(sk.into());
        self
    }

    /// Sets the region reported by [`Emulator::region`].
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.config.region = Some(region.into());
        self
    }

    /// Adds a project. Once any project is added, the default per-region projects are not
    /// created. Adding two projects with the same name makes the project lookup of that
    /// region return both, which SDKs must report as an error.
    pub fn project(mut self, region: impl Into<String>, id: impl Into<String>) -> Self {
        self.config.projects.push(ProjectConfig {
            name: region.into(),
            id: Some(id.into()),
        });
        self
    }

    /// Sets the account (domain) id.
    pub fn domain_id(mut self, id: impl Into<String>) -> Self {
        self.config.domain_id = Some(id.into());
        self
    }

    /// Adds an identity provider that accepts the given id tokens in the id-token exchange.
    pub fn identity_provider<T: Into<String>>(
        mut self,
        idp_id: impl Into<String>,
        accepted_tokens: impl IntoIterator<Item = T>,
    ) -> Self {
        self.config.identity_providers.push(IdentityProviderConfig {
            id: idp_id.into(),
            accepted_tokens: accepted_tokens.into_iter().map(Into::into).collect(),
        });
        self
    }

    /// Adds a token that the pod identity route accepts as `Authorization`. Point
    /// `HC_CONTAINER_CREDENTIALS_FULL_URI` at [`Emulator::pod_identity_uri`].
    pub fn pod_identity_token(mut self, token: impl Into<String>) -> Self {
        self.config.pod_identity_tokens.push(token.into());
        self
    }

    /// Sets the lifetime of temporary keys from the metadata service (default 1 hour), so
    /// that refresh can be tested in seconds.
    pub fn metadata_credential_ttl(mut self, ttl: Duration) -> Self {
        self.config.metadata.credential_ttl_secs = ttl.as_secs();
        self
    }

    /// Sets whether the metadata `securitykey` route requires an `X-Metadata-Token` (default
    /// true).
    pub fn require_metadata_token(mut self, required: bool) -> Self {
        self.config.metadata.require_token = required;
        self
    }

    /// Sets whether `PUT /meta-data/latest/api/token` exists (default true). Without it the
    /// route returns `404`, as on hosts that do not support session tokens.
    pub fn metadata_token_route(mut self, enabled: bool) -> Self {
        self.config.metadata.token_route_enabled = enabled;
        self
    }

    /// Sets the default lifetime of temporary keys from the IAM `securitytokens` route.
    pub fn security_token_ttl(mut self, ttl: Duration) -> Self {
        self.config.security_token_ttl_secs = ttl.as_secs();
        self
    }

    /// Sets how many `ShowJob` polls report `RUNNING` before a job succeeds (default 1).
    pub fn job_running_polls(mut self, polls: u32) -> Self {
        self.config.job_running_polls = polls;
        self
    }

    /// Sets the largest accepted request body in bytes (default 10 MiB).
    pub fn max_body_bytes(mut self, bytes: usize) -> Self {
        self.config.max_body_bytes = bytes;
        self
    }

    /// Adds a fault that is active from the first request on.
    pub fn fault(mut self, fault: Fault) -> Self {
        self.config.faults.push(fault);
        self
    }

    /// Serves HTTPS with a generated CA and certificate; see [`Emulator::ca_cert_path`].
    pub fn tls(mut self, enabled: bool) -> Self {
        self.config.tls = enabled;
        self
    }

    /// Sets the directory where the CA certificate `ca.pem` is written in TLS mode.
    pub fn tls_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.config.tls_dir = Some(dir.into());
        self
    }

    /// Starts the emulator on the current Tokio runtime. It stops when the [`Emulator`] is
    /// dropped.
    pub async fn start(self) -> Result<Emulator, StartError> {
        if tokio::runtime::Handle::try_current().is_err() {
            return Err(StartError::NoRuntime);
        }
        let (running, server) = self.launch().await?;
        tokio::spawn(server);
        Ok(running)
    }

    /// Starts the emulator on its own runtime in a background thread, for synchronous code
    /// (`fn main`, `#[test]`). It stops when the [`Emulator`] is dropped.
    pub fn start_blocking(self) -> Result<Emulator, StartError> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("hcloud-emulator")
            .enable_all()
            .build()
            .map_err(StartError::Runtime)?;
        let (mut running, server) = runtime.block_on(self.launch())?;
        let thread = std::thread::Builder::new()
            .name("hcloud-emulator".to_owned())
            .spawn(move || runtime.block_on(server))
            .map_err(StartError::Runtime)?;
        running.thread = Some(thread);
        Ok(running)
    }

    async fn launch(
        self,
    ) -> Result<
        (
            Emulator,
            impl std::future::Future<Output = ()> + Send + 'static,
        ),
        StartError,
    > {
        let config = self.config;
        let listener = TcpListener::bind(config.bind)
            .await
            .map_err(|source| StartError::Bind {
                addr: config.bind,
                source,
            })?;
        let addr = listener.local_addr().map_err(|source| StartError::Bind {
            addr: config.bind,
            source,
        })?;
        let (tls, ca) = if config.tls {
            let (acceptor, ca) = prepare_tls(&config)?;
            (Some(acceptor), Some(ca))
        } else {
            (None, None)
        };
        let scheme = if config.tls { "https" } else { "http" };
        let endpoint = format!("{scheme}://{addr}");
        let identity = Identity::resolve(&config);
        let mut state = State::new(identity.clone());
        for fault in &config.faults {
            state.faults.add(fault.clone());
        }
        let shared = Arc::new(Shared {
            state: Mutex::new(state),
            catalog: Catalog::shared(),
            endpoint: endpoint.clone(),
        });
        let (shutdown, receiver) = watch::channel(false);
        tracing::info!(target: crate::LOG_TARGET, %endpoint, ak = %identity.ak, "emulator started");
        let server = serve(listener, shared.clone(), tls, receiver);
        let emulator = Emulator {
            shared,
            identity,
            addr,
            endpoint,
            ca,
            shutdown,
            thread: None,
        };
        Ok((emulator, server))
    }
}

/// The CA of TLS mode and where its PEM was written.
struct CaFile {
    path: PathBuf,
    pem: String,
    /// Directory created by the emulator, removed when it stops.
    owned_dir: Option<PathBuf>,
}

fn prepare_tls(config: &EmulatorConfig) -> Result<(tokio_rustls::TlsAcceptor, CaFile), StartError> {
    let generated = crate::tls::generate().map_err(StartError::Tls)?;
    let (dir, owned_dir) = match &config.tls_dir {
        Some(dir) => (dir.clone(), None),
        None => {
            let dir = std::env::temp_dir()
                .join(format!("hcloud-emulator-{}", crate::state::new_hex_id()));
            (dir.clone(), Some(dir))
        }
    };
    std::fs::create_dir_all(&dir)
        .map_err(|e| StartError::Tls(format!("failed to create {}: {e}", dir.display())))?;
    let path = dir.join("ca.pem");
    std::fs::write(&path, &generated.ca_pem)
        .map_err(|e| StartError::Tls(format!("failed to write {}: {e}", path.display())))?;
    let ca = CaFile {
        path,
        pem: generated.ca_pem,
        owned_dir,
    };
    Ok((generated.acceptor, ca))
}

/// Temporary credentials issued by the emulator.
#[derive(Clone)]
pub struct TemporaryCredentials {
    /// Access key id.
    pub access: String,
    /// Secret access key.
    pub secret: String,
    /// Security token, sent as `X-Security-Token`.
    pub security_token: String,
    /// Expiry in the `2024-01-02T03:04:05.000000Z` format.
    pub expires_at: String,
}

impl fmt::Debug for TemporaryCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TemporaryCredentials")
            .field("access", &self.access)
            .field("secret", &"<redacted>")
            .field("security_token", &"<redacted>")
            .field("expires_at", &self.expires_at)
            .finish()
    }
}

/// A running emulator. Dropping it stops the server.
pub struct Emulator {
    shared: Arc<Shared>,
    identity: Identity,
    addr: SocketAddr,
    endpoint: String,
    ca: Option<CaFile>,
    shutdown: watch::Sender<bool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl fmt::Debug for Emulator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Emulator")
            .field("endpoint", &self.endpoint)
            .field("ak", &self.identity.ak)
            .field("region", &self.identity.region)
            .finish_non_exhaustive()
    }
}

impl Emulator {
    /// Returns a builder with the default configuration.
    pub fn builder() -> EmulatorBuilder {
        EmulatorBuilder::new()
    }

    /// Base URL that stands in for every service host, such as `http://127.0.0.1:41234`.
    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }

    /// Address the server listens on.
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// Access key id of the permanent key pair.
    pub fn ak(&self) -> &str {
        &self.identity.ak
    }

    /// Secret access key of the permanent key pair.
    pub fn sk(&self) -> &str {
        &self.identity.sk
    }

    /// Default region: the configured one, else the first project's name.
    pub fn region(&self) -> &str {
        &self.identity.region
    }

    /// Id of the first project named `region`, or `None` when the region has no project.
    pub fn project_id(&self, region: &str) -> Option<&str> {
        self.identity
            .projects
            .iter()
            .find(|(name, _)| name == region)
            .map(|(_, id)| id.as_str())
    }

    /// All projects at start, as `(region, project id)` pairs.
    pub fn projects(&self) -> &[(String, String)] {
        &self.identity.projects
    }

    /// Account (domain) id, also the STS `account_id`.
    pub fn domain_id(&self) -> &str {
        &self.identity.domain_id
    }

    /// Path of the generated CA certificate (PEM) in TLS mode.
    pub fn ca_cert_path(&self) -> Option<&Path> {
        self.ca.as_ref().map(|ca| ca.path.as_path())
    }

    /// The generated CA certificate (PEM) in TLS mode.
    pub fn ca_cert_pem(&self) -> Option<&str> {
        self.ca.as_ref().map(|ca| ca.pem.as_str())
    }

    /// Controls the active faults.
    pub fn faults(&self) -> Faults<'_> {
        Faults { emulator: self }
    }

    /// Returns the request log, oldest first (at most the last 10 000 requests; admin routes
    /// are not logged).
    pub fn request_log(&self) -> Vec<RequestRecord> {
        self.shared.lock().log.iter().cloned().collect()
    }

    /// Empties the request log.
    pub fn clear_request_log(&self) {
        self.shared.lock().log.clear();
    }

    /// Returns the credential traffic counters.
    pub fn counters(&self) -> Counters {
        self.shared.lock().counters
    }

    /// Deletes all resources, issued credentials, faults, log entries and counters. Keys,
    /// projects and the domain stay the same.
    pub fn reset(&self) {
        crate::admin::reset(&mut self.shared.lock());
    }

    /// Issues temporary keys valid for `ttl`, as the `securitytokens` route would.
    pub fn issue_temporary_credentials(&self, ttl: Duration) -> TemporaryCredentials {
        let mut state = self.shared.lock();
        let (access, secret, security_token, expires_at) = state.issue_temporary_key(ttl.as_secs());
        TemporaryCredentials {
            access,
            secret,
            security_token,
            expires_at: format_expiry(expires_at),
        }
    }

    /// Returns the URL of the pod identity route, the value for
    /// `HC_CONTAINER_CREDENTIALS_FULL_URI`.
    pub fn pod_identity_uri(&self) -> String {
        format!("{}{}", self.endpoint, crate::POD_IDENTITY_PATH)
    }

    /// Returns the start-up summary printed by `hcloud emulator`: endpoint, AK, projects, and
    /// the SK only when `show_secret` is true.
    pub fn summary(&self, show_secret: bool) -> String {
        let mut out = format!("endpoint   {}\n", self.endpoint);
        out.push_str(&format!("ak         {}\n", self.identity.ak));
        if show_secret {
            out.push_str(&format!("sk         {}\n", self.identity.sk));
        } else {
            out.push_str("sk         (hidden; pass --show-secret to print it)\n");
        }
        out.push_str(&format!("domain_id  {}\n", self.identity.domain_id));
        out.push_str(&format!("region     {}\n", self.identity.region));
        for (name, id) in &self.identity.projects {
            out.push_str(&format!("project    {name} {id}\n"));
        }
        if let Some(path) = self.ca_cert_path() {
            out.push_str(&format!("ca_cert    {}\n", path.display()));
        }
        out
    }
}

/// Handle to the faults of an [`Emulator`].
#[derive(Debug)]
pub struct Faults<'a> {
    emulator: &'a Emulator,
}

impl Faults<'_> {
    /// Adds a fault. A fault with an out-of-range status is rejected with a message.
    pub fn add(&self, fault: Fault) -> Result<(), String> {
        fault.validate()?;
        self.emulator.shared.lock().faults.add(fault);
        Ok(())
    }

    /// Removes every fault, including clock skew.
    pub fn clear(&self) {
        self.emulator.shared.lock().faults.clear();
    }

    /// Returns the active faults with their remaining counts.
    pub fn list(&self) -> Vec<Fault> {
        self.emulator.shared.lock().faults.list()
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        self.shutdown.send_replace(true);
        if let Some(thread) = self.thread.take() {
            if thread.join().is_err() {
                tracing::warn!(target: crate::LOG_TARGET, "the emulator thread panicked");
            }
        }
        if let Some(dir) = self.ca.as_ref().and_then(|ca| ca.owned_dir.as_ref()) {
            if let Err(error) = std::fs::remove_dir_all(dir) {
                tracing::warn!(
                    target: crate::LOG_TARGET,
                    %error,
                    dir = %dir.display(),
                    "failed to remove the TLS directory"
                );
            }
        }
    }
}
