//! Operation catalog built from the embedded `hwspec-1` specs, and the router over it.
//!
//! Routing is spec-driven so that a new service only needs its spec file and handlers: every
//! operation in a spec gets a route, and an operation without a handler returns `501`.

use percent_encoding::percent_decode_str;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

/// Spec files compiled into the crate. They are the repository's `specs/` files, which the
/// spec extractor regenerates from the pinned official SDK packages.
const EMBEDDED_SPECS: &[&str] = &[
    include_str!("../../../specs/vpc.json"),
    include_str!("../../../specs/ecs.json"),
    include_str!("../../../specs/evs.json"),
    include_str!("../../../specs/iam.json"),
    include_str!("../../../specs/dsc.json"),
];

#[derive(Debug, Deserialize)]
struct SpecFile {
    service: String,
    versions: Vec<VersionSpec>,
}

#[derive(Debug, Deserialize)]
struct VersionSpec {
    version: String,
    operations: Vec<OperationSpec>,
    models: HashMap<String, ModelSpec>,
}

/// One operation of a spec (the keys the emulator uses; others are ignored).
#[derive(Debug, Deserialize)]
pub(crate) struct OperationSpec {
    pub(crate) name: String,
    pub(crate) method: String,
    pub(crate) path: String,
    #[serde(default)]
    pub(crate) params: Vec<ParamSpec>,
    pub(crate) body: Option<BodySpec>,
}

/// A non-body parameter.
#[derive(Debug, Deserialize)]
pub(crate) struct ParamSpec {
    #[serde(rename = "in")]
    pub(crate) location: String,
    pub(crate) name: String,
    #[serde(rename = "type")]
    pub(crate) type_name: Option<String>,
    #[serde(default)]
    pub(crate) required: bool,
}

/// The request body of an operation.
#[derive(Debug, Deserialize)]
pub(crate) struct BodySpec {
    #[serde(rename = "type")]
    pub(crate) type_name: String,
}

/// A model: an object with fields, or an enum.
#[derive(Debug, Deserialize)]
pub(crate) struct ModelSpec {
    pub(crate) kind: String,
    #[serde(default)]
    pub(crate) fields: Vec<FieldSpec>,
    #[serde(default, rename = "enum")]
    pub(crate) enum_values: Option<serde_json::Map<String, serde_json::Value>>,
}

/// A field of a model.
#[derive(Debug, Deserialize)]
pub(crate) struct FieldSpec {
    pub(crate) name: String,
    pub(crate) json: Option<String>,
    #[serde(rename = "type")]
    pub(crate) type_name: String,
    #[serde(default)]
    pub(crate) required: bool,
}

impl FieldSpec {
    /// Name of the field on the wire.
    pub(crate) fn wire_name(&self) -> &str {
        self.json.as_deref().unwrap_or(&self.name)
    }
}

/// One operation with the service and API version it belongs to.
#[derive(Debug)]
pub(crate) struct Operation {
    pub(crate) service: String,
    pub(crate) version: String,
    pub(crate) spec: OperationSpec,
    /// Index into [`Catalog::models`] of the version's model table.
    models: usize,
}

impl Operation {
    pub(crate) fn name(&self) -> &str {
        &self.spec.name
    }
}

#[derive(Debug, PartialEq, Eq)]
enum Segment {
    Literal(String),
    Param(String),
}

#[derive(Debug)]
struct Route {
    method: String,
    segments: Vec<Segment>,
    /// Operations sharing this method and template. Several SDK operations map to one route
    /// when they differ only in the body, such as the create and delete tag actions.
    operations: Vec<usize>,
}

/// All operations of the embedded specs plus the emulator's built-in routes.
#[derive(Debug)]
pub(crate) struct Catalog {
    operations: Vec<Operation>,
    models: Vec<HashMap<String, ModelSpec>>,
    routes: Vec<Route>,
}

/// A routed request: the candidate operations and the decoded path parameters.
#[derive(Debug)]
pub(crate) struct RouteMatch<'a> {
    pub(crate) operations: Vec<&'a Operation>,
    pub(crate) path_params: HashMap<String, String>,
}

/// Routes the emulator serves that no embedded spec describes: `(service, method, path,
/// operation name)`.
const BUILT_IN_ROUTES: &[(&str, &str, &str, &str)] = &[
    (
        "metadata",
        "PUT",
        "/meta-data/latest/api/token",
        "CreateMetadataToken",
    ),
    (
        "metadata",
        "GET",
        "/openstack/latest/securitykey",
        "ShowMetadataSecurityKey",
    ),
    ("sts", "GET", "/v5/caller-identity", "GetCallerIdentity"),
    (
        "sts",
        "POST",
        "/v5/agencies/assume-with-oidc",
        "AssumeAgencyWithOIDC",
    ),
    (
        "pod-identity",
        "POST",
        crate::POD_IDENTITY_PATH,
        "CreatePodIdentityCredentials",
    ),
];

impl Catalog {
    /// Returns the process-wide catalog, parsing the embedded specs on first use.
    pub(crate) fn shared() -> Arc<Catalog> {
        static CATALOG: OnceLock<Arc<Catalog>> = OnceLock::new();
        CATALOG
            .get_or_init(|| {
                let files = EMBEDDED_SPECS
                    .iter()
                    .map(|text| {
                        serde_json::from_str::<SpecFile>(text)
                            .expect("embedded spec files are valid hwspec-1 JSON")
                    })
                    .collect();
                Arc::new(Catalog::build(files))
            })
            .clone()
    }

    fn build(files: Vec<SpecFile>) -> Catalog {
        let mut catalog = Catalog {
            operations: Vec::new(),
            models: Vec::new(),
            routes: Vec::new(),
        };
        for file in files {
            for version in file.versions {
                let models = catalog.models.len();
                catalog.models.push(version.models);
                for spec in version.operations {
                    catalog.add(Operation {
                        service: file.service.clone(),
                        version: version.version.clone(),
                        spec,
                        models,
                    });
                }
            }
        }
        let empty_models = catalog.models.len();
        catalog.models.push(HashMap::new());
        for (service, method, path, name) in BUILT_IN_ROUTES {
            catalog.add(Operation {
                service: (*service).to_owned(),
                version: "v1".to_owned(),
                spec: OperationSpec {
                    name: (*name).to_owned(),
                    method: (*method).to_owned(),
                    path: (*path).to_owned(),
                    params: Vec::new(),
                    body: None,
                },
                models: empty_models,
            });
        }
        catalog
    }

    fn add(&mut self, operation: Operation) {
        let segments = parse_template(&operation.spec.path);
        let index = self.operations.len();
        let existing = self
            .routes
            .iter_mut()
            .find(|r| r.method == operation.spec.method && r.segments == segments);
        match existing {
            Some(route) => route.operations.push(index),
            None => self.routes.push(Route {
                method: operation.spec.method.clone(),
                segments,
                operations: vec![index],
            }),
        }
        self.operations.push(operation);
    }

    /// The model table of the API version `operation` belongs to.
    pub(crate) fn models_of(&self, operation: &Operation) -> &HashMap<String, ModelSpec> {
        &self.models[operation.models]
    }

    /// Finds the operations for `method` and the raw (still percent-encoded) `path`.
    ///
    /// When several templates match, the one with literal segments earliest wins, so
    /// `/v1/{project_id}/cloudservers/detail` beats `/v1/{project_id}/cloudservers/{server_id}`.
    pub(crate) fn route(&self, method: &str, path: &str) -> Option<RouteMatch<'_>> {
        let segments: Vec<String> = split_path(path)
            .map(|s| percent_decode_str(s).decode_utf8_lossy().into_owned())
            .collect();
        let mut best: Option<(&Route, Vec<bool>)> = None;
        for route in &self.routes {
            if route.method != method || route.segments.len() != segments.len() {
                continue;
            }
            let matched = route.segments.iter().zip(&segments).all(|(t, s)| match t {
                Segment::Literal(l) => l == s,
                Segment::Param(_) => !s.is_empty(),
            });
            if !matched {
                continue;
            }
            let rank: Vec<bool> = route
                .segments
                .iter()
                .map(|s| matches!(s, Segment::Literal(_)))
                .collect();
            if best.as_ref().is_none_or(|(_, r)| rank > *r) {
                best = Some((route, rank));
            }
        }
        let (route, _) = best?;
        let path_params = route
            .segments
            .iter()
            .zip(segments)
            .filter_map(|(t, s)| match t {
                Segment::Param(name) => Some((name.clone(), s)),
                Segment::Literal(_) => None,
            })
            .collect();
        Some(RouteMatch {
            operations: route
                .operations
                .iter()
                .map(|&i| &self.operations[i])
                .collect(),
            path_params,
        })
    }

    /// Returns whether any route exists for `path` with any method, to tell `405` from `404`.
    pub(crate) fn path_exists(&self, path: &str) -> bool {
        ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"]
            .iter()
            .any(|m| self.route(m, path).is_some())
    }
}

fn split_path(path: &str) -> impl Iterator<Item = &str> {
    path.trim_matches('/').split('/').filter(|s| !s.is_empty())
}

fn parse_template(template: &str) -> Vec<Segment> {
    split_path(template)
        .map(
            |s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some(name) => Segment::Param(name.to_owned()),
                None => Segment::Literal(s.to_owned()),
            },
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_segment_beats_parameter() {
        let catalog = Catalog::shared();
        let m = catalog
            .route("GET", "/v1/0123/cloudservers/detail")
            .expect("route exists");
        assert_eq!(m.operations[0].name(), "ListServersDetails");
        let m = catalog
            .route("GET", "/v1/0123/cloudservers/abc")
            .expect("route exists");
        assert_eq!(m.operations[0].name(), "ShowServer");
        assert_eq!(m.path_params["server_id"], "abc");
    }

    #[test]
    fn path_parameters_are_percent_decoded() {
        let catalog = Catalog::shared();
        let m = catalog
            .route("GET", "/v1/p/vpcs/a%20b")
            .expect("route exists");
        assert_eq!(m.operations[0].name(), "ShowVpc");
        assert_eq!(m.path_params["vpc_id"], "a b");
    }

    #[test]
    fn shared_routes_keep_every_operation() {
        let catalog = Catalog::shared();
        let m = catalog
            .route("POST", "/v3.0/OS-CREDENTIAL/securitytokens")
            .expect("route exists");
        let names: Vec<&str> = m.operations.iter().map(|o| o.name()).collect();
        assert!(
            names.contains(&"CreateTemporaryAccessKeyByToken"),
            "{names:?}"
        );
        assert!(
            names.contains(&"CreateTemporaryAccessKeyByAgency"),
            "{names:?}"
        );
    }

    #[test]
    fn unknown_path_has_no_route() {
        let catalog = Catalog::shared();
        assert!(catalog.route("GET", "/no/such/path/here/at/all").is_none());
    }
}
