//! In-memory state of one emulator: identities, issued credentials, resources, jobs, faults and
//! the request log. One `Mutex` guards all of it; handlers never hold it across an `await`.

use crate::config::{EmulatorConfig, IdentityProviderConfig, MetadataConfig, DEFAULT_REGIONS};
use crate::faults::FaultSet;
use serde::Serialize;
use serde_json::Value;
use std::collections::{HashMap, VecDeque};
use std::fmt;
use time::{Duration, OffsetDateTime};

/// Number of request log entries kept; older entries are dropped first.
pub(crate) const REQUEST_LOG_CAPACITY: usize = 10_000;

/// One handled request, as recorded in the request log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RequestRecord {
    /// HTTP method.
    pub method: String,
    /// Request path without the query string.
    pub path: String,
    /// Query string without `?`, empty when absent.
    pub query: String,
    /// Operation name from the spec (`ListVpcs`), when the request was routed.
    pub operation: Option<String>,
    /// Access key that signed the request, when it was verified.
    pub ak: Option<String>,
    /// Response status. `0` when the connection was reset by a fault.
    pub status: u16,
}

/// Counters of credential traffic, for tests that check caching and single-flight refresh.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counters {
    /// Successful `PUT /meta-data/latest/api/token` calls.
    pub metadata_token_requests: u64,
    /// Successful `GET /openstack/latest/securitykey` calls.
    pub security_key_fetches: u64,
    /// Successful `POST /v3.0/OS-AUTH/id-token/tokens` calls.
    pub id_token_exchanges: u64,
    /// Temporary key pairs issued by `POST /v3.0/OS-CREDENTIAL/securitytokens`.
    pub security_tokens_issued: u64,
    /// `GET /v3/projects` calls (the SDK's automatic project id lookup uses this route).
    pub project_lookups: u64,
    /// `GET /v3/auth/domains` calls (the automatic domain id lookup).
    pub domain_lookups: u64,
    /// Temporary key pairs issued by `POST /v5/agencies/assume-with-oidc`.
    pub oidc_agency_assumptions: u64,
    /// Temporary key pairs issued by the pod identity route.
    pub pod_identity_fetches: u64,
}

/// Identity settings resolved at start: random values are drawn once, so a reset keeps them.
#[derive(Clone)]
pub(crate) struct Identity {
    pub(crate) ak: String,
    pub(crate) sk: String,
    pub(crate) region: String,
    pub(crate) domain_id: String,
    pub(crate) domain_name: String,
    /// `(region name, project id)` in configuration order.
    pub(crate) projects: Vec<(String, String)>,
    pub(crate) identity_providers: Vec<IdentityProviderConfig>,
    pub(crate) pod_identity_tokens: Vec<String>,
    pub(crate) metadata: MetadataConfig,
    pub(crate) security_token_ttl_secs: u64,
    pub(crate) job_running_polls: u32,
    pub(crate) max_body_bytes: usize,
}

impl fmt::Debug for Identity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Identity")
            .field("ak", &self.ak)
            .field("region", &self.region)
            .field("domain_id", &self.domain_id)
            .field("projects", &self.projects)
            .finish_non_exhaustive()
    }
}

impl Identity {
    pub(crate) fn resolve(config: &EmulatorConfig) -> Identity {
        let projects: Vec<(String, String)> = if config.projects.is_empty() {
            DEFAULT_REGIONS
                .iter()
                .map(|r| ((*r).to_owned(), new_hex_id()))
                .collect()
        } else {
            config
                .projects
                .iter()
                .map(|p| (p.name.clone(), p.id.clone().unwrap_or_else(new_hex_id)))
                .collect()
        };
        let region = config
            .region
            .clone()
            .or_else(|| projects.first().map(|(name, _)| name.clone()))
            .unwrap_or_else(|| "cn-north-4".to_owned());
        Identity {
            ak: config.ak.clone().unwrap_or_else(new_access_key),
            sk: config.sk.clone().unwrap_or_else(new_secret_key),
            region,
            domain_id: config.domain_id.clone().unwrap_or_else(new_hex_id),
            domain_name: config.domain_name.clone(),
            projects,
            identity_providers: config.identity_providers.clone(),
            pod_identity_tokens: config.pod_identity_tokens.clone(),
            metadata: config.metadata.clone(),
            security_token_ttl_secs: config.security_token_ttl_secs,
            job_running_polls: config.job_running_polls,
            max_body_bytes: config.max_body_bytes,
        }
    }
}

/// A temporary key pair issued by the emulator.
pub(crate) struct TemporaryKey {
    pub(crate) secret: String,
    pub(crate) token: String,
    pub(crate) expires_at: OffsetDateTime,
}

/// A project record (`/v3/projects`).
#[derive(Debug, Clone)]
pub(crate) struct Project {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) description: String,
    pub(crate) enabled: bool,
    pub(crate) parent_id: String,
}

/// An asynchronous job (ECS and EVS create and delete).
#[derive(Debug, Clone)]
pub(crate) struct Job {
    pub(crate) project_id: String,
    pub(crate) job_type: String,
    pub(crate) begin_time: OffsetDateTime,
    pub(crate) polls: u32,
    pub(crate) effect: JobEffect,
    pub(crate) done: bool,
    pub(crate) end_time: Option<OffsetDateTime>,
}

/// Change applied to resources when a job completes.
#[derive(Debug, Clone)]
pub(crate) enum JobEffect {
    Activate {
        kind: Kind,
        ids: Vec<String>,
        status: &'static str,
    },
    Remove {
        kind: Kind,
        ids: Vec<String>,
    },
}

/// Kinds of project-scoped resources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Kind {
    Vpc,
    Subnet,
    SecurityGroup,
    SecurityGroupRule,
    Server,
    Volume,
}

/// The mutable state of one emulator.
pub(crate) struct State {
    pub(crate) identity: Identity,
    pub(crate) projects: Vec<Project>,
    pub(crate) users: Vec<Value>,
    pub(crate) temporary_keys: HashMap<String, TemporaryKey>,
    /// Unscoped tokens issued by the id-token exchange, with their expiry.
    pub(crate) auth_tokens: HashMap<String, OffsetDateTime>,
    pub(crate) metadata_tokens: HashMap<String, OffsetDateTime>,
    pub(crate) counters: Counters,
    pub(crate) resources: HashMap<(String, Kind), Vec<Value>>,
    pub(crate) jobs: HashMap<String, Job>,
    pub(crate) faults: FaultSet,
    pub(crate) log: VecDeque<RequestRecord>,
}

impl fmt::Debug for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("State")
            .field("identity", &self.identity)
            .field("projects", &self.projects.len())
            .field("temporary_keys", &self.temporary_keys.len())
            .field("jobs", &self.jobs.len())
            .finish_non_exhaustive()
    }
}

impl State {
    pub(crate) fn new(identity: Identity) -> State {
        let projects = identity
            .projects
            .iter()
            .map(|(name, id)| Project {
                id: id.clone(),
                name: name.clone(),
                description: String::new(),
                enabled: true,
                parent_id: identity.domain_id.clone(),
            })
            .collect();
        State {
            identity,
            projects,
            users: Vec::new(),
            temporary_keys: HashMap::new(),
            auth_tokens: HashMap::new(),
            metadata_tokens: HashMap::new(),
            counters: Counters::default(),
            resources: HashMap::new(),
            jobs: HashMap::new(),
            faults: FaultSet::default(),
            log: VecDeque::new(),
        }
    }

    /// Returns the server clock: real UTC time shifted by the active clock-skew fault.
    pub(crate) fn now(&self) -> OffsetDateTime {
        OffsetDateTime::now_utc() + Duration::seconds(self.faults.clock_skew_secs())
    }

    pub(crate) fn record(&mut self, record: RequestRecord) {
        if self.log.len() == REQUEST_LOG_CAPACITY {
            self.log.pop_front();
        }
        self.log.push_back(record);
    }

    pub(crate) fn collection(&mut self, project_id: &str, kind: Kind) -> &mut Vec<Value> {
        self.resources
            .entry((project_id.to_owned(), kind))
            .or_default()
    }

    pub(crate) fn find(&self, project_id: &str, kind: Kind, id: &str) -> Option<&Value> {
        self.resources
            .get(&(project_id.to_owned(), kind))?
            .iter()
            .find(|r| r["id"] == id)
    }

    pub(crate) fn find_mut(
        &mut self,
        project_id: &str,
        kind: Kind,
        id: &str,
    ) -> Option<&mut Value> {
        self.collection(project_id, kind)
            .iter_mut()
            .find(|r| r["id"] == id)
    }

    /// Removes a resource and returns it.
    pub(crate) fn remove(&mut self, project_id: &str, kind: Kind, id: &str) -> Option<Value> {
        let items = self.collection(project_id, kind);
        let index = items.iter().position(|r| r["id"] == id)?;
        Some(items.remove(index))
    }

    /// Issues a temporary key pair valid for `ttl_secs` from now.
    pub(crate) fn issue_temporary_key(
        &mut self,
        ttl_secs: u64,
    ) -> (String, String, String, OffsetDateTime) {
        let access = new_access_key();
        let secret = new_secret_key();
        let token = new_security_token();
        let ttl = i64::try_from(ttl_secs).unwrap_or(i64::MAX / 2);
        let expires_at = self.now() + Duration::seconds(ttl);
        self.temporary_keys.insert(
            access.clone(),
            TemporaryKey {
                secret: secret.clone(),
                token: token.clone(),
                expires_at,
            },
        );
        (access, secret, token, expires_at)
    }
}

const ALPHANUMERIC_UPPER: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const ALPHANUMERIC: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

fn random_string(alphabet: &[u8], len: usize) -> String {
    use rand::Rng;
    let mut rng = rand::thread_rng();
    (0..len)
        .map(|_| char::from(alphabet[rng.gen_range(0..alphabet.len())]))
        .collect()
}

/// Returns a new 32-hex id, the form of project, domain and user ids.
pub(crate) fn new_hex_id() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

/// Returns a new UUID, the form of VPC, server and volume ids.
pub(crate) fn new_uuid() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// Returns a new 20-character access key id, as long as real ones.
pub(crate) fn new_access_key() -> String {
    random_string(ALPHANUMERIC_UPPER, 20)
}

/// Returns a new 40-character secret access key, as long as real ones.
pub(crate) fn new_secret_key() -> String {
    random_string(ALPHANUMERIC, 40)
}

/// Returns a new opaque security token. Real tokens are long base64 blobs, and only their
/// length is imitated.
pub(crate) fn new_security_token() -> String {
    format!("gQ{}", random_string(ALPHANUMERIC, 254))
}

/// Formats a time as `2024-01-02T03:04:05.000000Z`, the `expires_at` format of temporary keys.
pub(crate) fn format_expiry(t: OffsetDateTime) -> String {
    let format = time::macros::format_description!(
        "[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:6]Z"
    );
    t.to_offset(time::UtcOffset::UTC)
        .format(format)
        .expect("a UTC date in the supported range always formats")
}

/// Formats a time as `2024-01-02T03:04:05Z`, the timestamp format of resource records.
pub(crate) fn format_timestamp(t: OffsetDateTime) -> String {
    let format =
        time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");
    t.to_offset(time::UtcOffset::UTC)
        .format(format)
        .expect("a UTC date in the supported range always formats")
}
