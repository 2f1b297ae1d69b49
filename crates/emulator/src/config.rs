//! Start-up configuration: credentials, projects, IdPs, metadata settings and faults.
//!
//! The same structure is filled by [`EmulatorBuilder`](crate::EmulatorBuilder) methods, by a JSON
//! or YAML file ([`EmulatorConfig::from_file`]) and by `hcloud emulator` options.

use crate::faults::Fault;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

/// Regions that get a project at start when the configuration names none.
pub const DEFAULT_REGIONS: &[&str] = &[
    "cn-north-4",
    "cn-north-1",
    "cn-east-3",
    "cn-south-1",
    "ap-southeast-1",
    "ap-southeast-3",
];

/// Configuration of one emulator instance.
///
/// Every field has a default, so a config file only lists what it changes. Unknown keys are
/// rejected so that a typo does not silently fall back to a default.
#[derive(Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EmulatorConfig {
    /// Address to listen on. The default is `127.0.0.1:0`, a free port on loopback.
    pub bind: SocketAddr,
    /// Access key id of the permanent key pair. Random when absent.
    pub ak: Option<String>,
    /// Secret access key of the permanent key pair. Random when absent.
    pub sk: Option<String>,
    /// Region reported by [`Emulator::region`](crate::Emulator::region), the first of
    /// `projects` when absent.
    pub region: Option<String>,
    /// Account (domain) id. Random 32-hex when absent.
    pub domain_id: Option<String>,
    /// Account (domain) name.
    pub domain_name: String,
    /// Projects that exist at start. When empty, one project per entry of [`DEFAULT_REGIONS`]
    /// is created with a random id.
    pub projects: Vec<ProjectConfig>,
    /// Identity providers accepted by `POST /v3.0/OS-AUTH/id-token/tokens` and by
    /// `POST /v5/agencies/assume-with-oidc`.
    pub identity_providers: Vec<IdentityProviderConfig>,
    /// Tokens the pod identity route ([`POD_IDENTITY_PATH`](crate::POD_IDENTITY_PATH)) accepts
    /// as `Authorization`. The route rejects every request while this is empty.
    pub pod_identity_tokens: Vec<String>,
    /// ECS metadata service behaviour.
    pub metadata: MetadataConfig,
    /// Lifetime of temporary keys issued by `POST /v3.0/OS-CREDENTIAL/securitytokens` when the
    /// request names no `duration_seconds`, and of keys from the pod identity route, in
    /// seconds.
    pub security_token_ttl_secs: u64,
    /// Number of `ShowJob` polls that still report `RUNNING` before a job reports `SUCCESS`.
    pub job_running_polls: u32,
    /// Largest accepted request body, in bytes. Larger bodies get `413`.
    pub max_body_bytes: usize,
    /// Faults active from the first request on.
    pub faults: Vec<Fault>,
    /// Serve HTTPS with a generated certificate instead of plain HTTP.
    pub tls: bool,
    /// Directory where the generated CA certificate (`ca.pem`) is written in TLS mode. A new
    /// temporary directory when absent.
    pub tls_dir: Option<PathBuf>,
}

impl Default for EmulatorConfig {
    fn default() -> Self {
        Self {
            bind: SocketAddr::from(([127, 0, 0, 1], 0)),
            ak: None,
            sk: None,
            region: None,
            domain_id: None,
            domain_name: "emulator-account".to_owned(),
            projects: Vec::new(),
            identity_providers: Vec::new(),
            pod_identity_tokens: Vec::new(),
            metadata: MetadataConfig::default(),
            security_token_ttl_secs: 3600,
            job_running_polls: 1,
            max_body_bytes: 10 * 1024 * 1024,
            faults: Vec::new(),
            tls: false,
            tls_dir: None,
        }
    }
}

impl fmt::Debug for EmulatorConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EmulatorConfig")
            .field("bind", &self.bind)
            .field("ak", &self.ak)
            .field("sk", &self.sk.as_ref().map(|_| "<redacted>"))
            .field("region", &self.region)
            .field("domain_id", &self.domain_id)
            .field("projects", &self.projects)
            .field("identity_providers", &self.identity_providers)
            .field("pod_identity_tokens", &self.pod_identity_tokens.len())
            .field("metadata", &self.metadata)
            .field("faults", &self.faults)
            .field("tls", &self.tls)
            .finish_non_exhaustive()
    }
}

/// Error reading a configuration file.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("failed to read emulator config file {path}: {source}")]
    Read {
        /// Path of the file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The file is neither valid JSON nor valid YAML for [`EmulatorConfig`].
    #[error("invalid emulator config file {path}: {message}")]
    Parse {
        /// Path of the file.
        path: PathBuf,
        /// Parser message, with line and column.
        message: String,
    },
}

impl EmulatorConfig {
    /// Reads a configuration from a JSON file (`.json`) or a YAML file (any other extension).
    pub fn from_file(path: &Path) -> Result<Self, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_owned(),
            source,
        })?;
        let is_json = path
            .extension()
            .is_some_and(|ext| ext.eq_ignore_ascii_case("json"));
        let parsed = if is_json {
            serde_json::from_str(&text).map_err(|e| e.to_string())
        } else {
            serde_yaml::from_str(&text).map_err(|e| e.to_string())
        };
        parsed.map_err(|message| ConfigError::Parse {
            path: path.to_owned(),
            message,
        })
    }
}

/// One IAM project (a region of the account).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectConfig {
    /// Project name, which for regional projects is the region id (`cn-north-4`).
    pub name: String,
    /// Project id. Random 32-hex when absent.
    #[serde(default)]
    pub id: Option<String>,
}

/// An identity provider for id-token federation.
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdentityProviderConfig {
    /// IdP id, matched against the `X-Idp-Id` header of the id-token exchange and against the
    /// name at the end of the `provider_urn` (`iam::<account>:identity-provider:<id>`) of
    /// `POST /v5/agencies/assume-with-oidc`.
    pub id: String,
    /// Id tokens (usually JWTs) this IdP accepts, compared verbatim after trimming whitespace.
    pub accepted_tokens: Vec<String>,
}

impl fmt::Debug for IdentityProviderConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IdentityProviderConfig")
            .field("id", &self.id)
            .field("accepted_tokens", &self.accepted_tokens.len())
            .finish()
    }
}

/// Behaviour of the ECS metadata routes (`/meta-data/latest/api/token`,
/// `/openstack/latest/securitykey`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MetadataConfig {
    /// Whether `securitykey` requires a valid `X-Metadata-Token` header (IMDSv2-style).
    pub require_token: bool,
    /// Whether the token route exists. When false it returns `404`, which clients treat as
    /// "tokens are not supported".
    pub token_route_enabled: bool,
    /// Lifetime of each temporary key pair returned by `securitykey`, in seconds.
    pub credential_ttl_secs: u64,
}

impl Default for MetadataConfig {
    fn default() -> Self {
        Self {
            require_token: true,
            token_route_enabled: true,
            credential_ttl_secs: 3600,
        }
    }
}
