//! Regions and their endpoints.
//!
//! A region id resolves to the endpoints of one service through three sources, first match
//! wins:
//!
//! 1. the variable `HUAWEICLOUD_SDK_REGION_<SERVICE>_<REGION>`, a comma-separated list of
//!    endpoints. `<SERVICE>` is the service's [`region_env`](ServiceInfo::region_env) in upper
//!    case, and `<REGION>` the id in upper case with `-` replaced by `_`;
//! 2. the regions file: `HUAWEICLOUD_SDK_REGIONS_FILE`, else `~/.huaweicloud/regions.yaml`;
//! 3. the built-in table of the service ([`ServiceInfo::regions`]).
//!
//! The regions file maps service names (any case) to lists of regions:
//!
//! ```yaml
//! VPC:
//!   - id: my-region-1
//!     endpoint: https://vpc.my-region-1.example.com
//!   - id: my-region-2
//!     endpoints: [https://a.example.com, https://b.example.com]
//! ```
//!
//! When an entry has both, `endpoints` come first and `endpoint` is the last fallback. Entries
//! without an id or without endpoints are skipped, and looking up a skipped id returns an error
//! that reports the entry has no endpoint. Endpoints without a scheme get `https://`.
//!
//! Unlike the official Python core, endpoints from the variable are trimmed (`"a, b"` gives `b`,
//! not `" b"`), a malformed regions file is reported with its path and line, and the file is
//! read at each lookup instead of once per process.

use std::path::{Path, PathBuf};

use crate::env::Environment;
use crate::error::Error;
use crate::operation::ServiceInfo;

/// A region and the endpoints of one service in it, in order of preference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    /// Region id, such as `cn-north-4`.
    pub id: String,
    /// Endpoints, each with a scheme, such as `https://vpc.cn-north-4.myhuaweicloud.com`.
    pub endpoints: Vec<String>,
}

impl Region {
    /// Creates a region with the given endpoints; those without a scheme get `https://`.
    pub fn new<E: Into<String>>(
        id: impl Into<String>,
        endpoints: impl IntoIterator<Item = E>,
    ) -> Self {
        Region {
            id: id.into(),
            endpoints: endpoints
                .into_iter()
                .map(|endpoint| with_scheme(endpoint.into()))
                .collect(),
        }
    }
}

/// Resolves a region id to the endpoints of `service`, reading the process environment.
///
/// # Errors
///
/// Returns a [`Configuration`](crate::error::ErrorKind::Configuration) error when the id is
/// empty or unknown to every source (the message lists the known ids), or when the regions file
/// cannot be read or parsed (the message names the file and line).
pub fn lookup(service: &'static ServiceInfo, id: &str) -> Result<Region, Error> {
    lookup_in(&Environment::process(), service, id)
}

/// Resolves a region id like [`lookup`], reading variables and the home directory from `env`.
///
/// # Errors
///
/// As [`lookup`].
pub fn lookup_in(env: &Environment, service: &ServiceInfo, id: &str) -> Result<Region, Error> {
    lookup_by_name(env, service.region_env, service.regions, id)
}

/// Resolves a region id for a service known only by name, such as `vpc`, with an optional
/// built-in table. Used where no [`ServiceInfo`] exists, like the `hcloud request` command.
///
/// # Errors
///
/// As [`lookup`].
pub fn lookup_by_name(
    env: &Environment,
    service: &str,
    table: &[(&str, &[&str])],
    id: &str,
) -> Result<Region, Error> {
    let id = id.trim();
    if id.is_empty() {
        return Err(Error::configuration(format!(
            "region id for service {service} is empty: pass an id such as cn-north-4"
        )));
    }
    let variable = region_variable(service, id);
    if let Some(value) = env.var(&variable) {
        let endpoints = split_endpoints(&value);
        if endpoints.is_empty() {
            return Err(Error::configuration(format!(
                "{variable} is set but lists no endpoint: set it to a comma-separated list of \
                 URLs or unset it"
            )));
        }
        return Ok(Region::new(id, endpoints));
    }

    let file = regions_file(env);
    let (from_file, without_endpoints) = match &file {
        Some(path) => read_regions_file(path, service)?,
        None => (Vec::new(), Vec::new()),
    };
    if let Some(region) = from_file.iter().find(|region| region.id == id) {
        return Ok(region.clone());
    }
    if let Some((_, endpoints)) = table.iter().find(|(known, _)| *known == id) {
        return Ok(Region::new(id, endpoints.iter().copied()));
    }

    let mut known: Vec<&str> = table.iter().map(|(known, _)| *known).collect();
    known.extend(from_file.iter().map(|region| region.id.as_str()));
    known.sort_unstable();
    known.dedup();
    let known = if known.is_empty() {
        "none".to_owned()
    } else {
        known.join(", ")
    };
    // An entry with a misspelt endpoint key is skipped, so the error names it instead of
    // suggesting to add the region.
    if let Some(path) = file.filter(|_| without_endpoints.iter().any(|skipped| skipped == id)) {
        return Err(Error::configuration(format!(
            "region `{id}` for service {service} has no endpoint in regions file {}: give the \
             entry an `endpoint` or `endpoints` key, or set {variable}",
            path.display()
        )));
    }
    Err(Error::configuration(format!(
        "unknown region `{id}` for service {service}: known regions are {known}; set \
         {variable} to its endpoints or add it to the regions file"
    )))
}

/// Returns the name of the variable that overrides the endpoints of `service` in region `id`.
pub fn region_variable(service: &str, id: &str) -> String {
    format!(
        "HUAWEICLOUD_SDK_REGION_{}_{}",
        service.to_uppercase(),
        id.to_uppercase().replace('-', "_")
    )
}

fn split_endpoints(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|endpoint| !endpoint.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Returns `endpoint` with `https://` prepended when it has no scheme.
pub(crate) fn with_scheme(endpoint: String) -> String {
    let endpoint = endpoint.trim().to_owned();
    if endpoint.contains("://") {
        endpoint
    } else {
        format!("https://{endpoint}")
    }
}

fn regions_file(env: &Environment) -> Option<PathBuf> {
    if let Some(path) = env.non_empty_var("HUAWEICLOUD_SDK_REGIONS_FILE") {
        return Some(PathBuf::from(path));
    }
    let default = env.sdk_dir()?.join("regions.yaml");
    default.is_file().then_some(default)
}

#[derive(serde::Deserialize)]
struct FileEntry {
    id: Option<String>,
    endpoint: Option<String>,
    endpoints: Option<Vec<String>>,
}

/// Reads the regions of `service` from the regions file, and the ids of its entries that have
/// no endpoint. A file named by `HUAWEICLOUD_SDK_REGIONS_FILE` must exist.
fn read_regions_file(path: &Path, service: &str) -> Result<(Vec<Region>, Vec<String>), Error> {
    let text = std::fs::read_to_string(path).map_err(|error| {
        Error::configuration(format!(
            "cannot read regions file {}: {error}: fix HUAWEICLOUD_SDK_REGIONS_FILE or the \
             file's permissions",
            path.display()
        ))
        .with_source(error)
    })?;
    let invalid = |error: serde_yaml::Error| {
        let place = match error.location() {
            Some(location) => format!("line {} column {}", location.line(), location.column()),
            None => "an unknown line".to_owned(),
        };
        // serde_yaml's message names the key path and the type found, such as
        // `VPC[0].endpoint: invalid type: sequence, expected a string at line 3 column 15`.
        Error::configuration(format!(
            "invalid regions file {} at {place} ({error}): expected service names mapped to \
             lists of {{id, endpoint, endpoints}}",
            path.display()
        ))
        .with_source(error)
    };
    if text.trim().is_empty() {
        return Ok((Vec::new(), Vec::new()));
    }
    // Deserialized in one pass, so that a type error anywhere carries its line.
    let document: Vec<(String, Vec<FileEntry>)> =
        serde_yaml::from_str::<std::collections::BTreeMap<String, Option<Vec<FileEntry>>>>(&text)
            .map_err(invalid)?
            .into_iter()
            .map(|(name, entries)| (name, entries.unwrap_or_default()))
            .collect();
    let mut regions = Vec::new();
    let mut without_endpoints = Vec::new();
    for (name, entries) in document {
        if !name.eq_ignore_ascii_case(service) {
            continue;
        }
        for entry in entries {
            let Some(id) = entry.id.filter(|id| !id.trim().is_empty()) else {
                continue;
            };
            let mut endpoints = entry.endpoints.unwrap_or_default();
            endpoints.extend(entry.endpoint);
            endpoints.retain(|endpoint| !endpoint.trim().is_empty());
            if endpoints.is_empty() {
                without_endpoints.push(id.trim().to_owned());
                continue;
            }
            regions.push(Region::new(id.trim(), endpoints));
        }
    }
    Ok((regions, without_endpoints))
}
