//! Rendering of a version's `mod.rs` (service descriptor and async client), `blocking.rs` and
//! `region.rs`.

use super::{code, line, string_literal, RESULT};
use crate::plan::{CredentialKind, OperationPlan, ResponseKind, VersionPlan};

const CORE_CLIENT: &str = "::huaweicloud_sdk_core::Client";
const BLOCKING_CLIENT: &str = "::huaweicloud_sdk_core::client::blocking::Client";

/// Renders `mod.rs` of one version: module docs, the `SERVICE` descriptor and the async client.
pub fn render_version_module(plan: &VersionPlan, title: &str, crate_name: &str) -> String {
    let client = &plan.client;
    let mut out = String::new();
    line!(
        out,
        "//! The {title} API: async client, operation descriptors, models and regions."
    );
    line!(out, "//!");
    line!(
        out,
        "//! - [`{client}`]: the async client, one method per operation."
    );
    line!(
        out,
        "//! - [`blocking::{client}`]: the same methods, blocking the calling thread."
    );
    line!(out, "//! - [`model`]: request, response and data types.");
    line!(
        out,
        "//! - [`operation`]: a static descriptor per operation (method, path, parameters)."
    );
    line!(
        out,
        "//! - [`region`]: region ids of the built-in endpoint table and [`region::value_of`]."
    );
    line!(out, "//!");
    line!(out, "//! ```ignore");
    line!(
        out,
        "//! use {crate_name}::{}::{{model, region, {client}}};",
        plan.module
    );
    line!(out, "//!");
    line!(out, "//! let client = {client}::builder()");
    line!(
        out,
        "//!     .region(region::value_of(region::{})?)",
        example_region(plan)
    );
    line!(out, "//!     .build()?;");
    if let Some(op) = example_operation(plan) {
        line!(
            out,
            "//! let response = client.{}(model::{}::default()).await?;",
            op.method_ident,
            op.request_type
        );
    }
    line!(out, "//! ```");

    line!(out);
    line!(out, "pub mod blocking;");
    line!(out, "pub mod model;");
    line!(out, "pub mod operation;");
    line!(out, "pub mod region;");

    line!(out);
    line!(
        out,
        "use huaweicloud_sdk_core::client::{{CallOptions, ClientBuilder, ServiceClient}};"
    );
    line!(
        out,
        "use huaweicloud_sdk_core::operation::{{CredentialKind, ServiceInfo}};"
    );
    line!(
        out,
        "use huaweicloud_sdk_core::{{{}}};",
        response_imports(plan)
    );

    line!(out);
    render_service(&mut out, plan, title);

    line!(out);
    line!(out, "/// Async client of the {title} API.");
    line!(out, "///");
    line!(
        out,
        "/// Cheap to clone: clones share connections. Each method returns an [`Error`] for transport"
    );
    line!(
        out,
        "/// failures, error responses, undecodable bodies and missing required parameters."
    );
    line!(out, "#[derive(Debug, Clone)]");
    line!(out, "pub struct {client} {{");
    line!(out, "    client: {CORE_CLIENT},");
    line!(out, "}}");

    line!(out);
    line!(out, "impl ServiceClient for {client} {{");
    line!(out, "    fn from_client(client: {CORE_CLIENT}) -> Self {{");
    line!(out, "        {client} {{ client }}");
    line!(out, "    }}");
    line!(out, "}}");

    line!(out);
    render_client_impl(&mut out, plan, false);
    out
}

/// Renders `blocking.rs` of one version.
pub fn render_blocking(plan: &VersionPlan, title: &str) -> String {
    let client = &plan.client;
    let mut out = String::new();
    line!(out, "//! Blocking client of the {title} API.");

    line!(out);
    line!(out, "use super::{{model, operation, SERVICE}};");
    line!(
        out,
        "use huaweicloud_sdk_core::client::{{CallOptions, ClientBuilder, ServiceClient}};"
    );
    line!(
        out,
        "use huaweicloud_sdk_core::{{{}}};",
        response_imports(plan)
    );

    line!(out);
    line!(
        out,
        "/// Blocking client of the {title} API, with the methods of the async"
    );
    line!(out, "/// [`{client}`](super::{client}).");
    line!(out, "#[derive(Debug, Clone)]");
    line!(out, "pub struct {client} {{");
    line!(out, "    client: {BLOCKING_CLIENT},");
    line!(out, "}}");

    line!(out);
    line!(out, "impl ServiceClient for {client} {{");
    line!(out, "    fn from_client(client: {CORE_CLIENT}) -> Self {{");
    line!(out, "        {client} {{");
    line!(out, "            client: {BLOCKING_CLIENT}::new(client),");
    line!(out, "        }}");
    line!(out, "    }}");
    line!(out, "}}");

    line!(out);
    render_client_impl(&mut out, plan, true);
    out
}

/// Returns the core types the client methods name: `Error`, plus `Download` and `Response` when
/// some operation returns them.
fn response_imports(plan: &VersionPlan) -> String {
    let mut names = Vec::new();
    if plan.operations.iter().any(|op| op.response_type.is_none()) {
        names.push("Download");
    }
    names.push("Error");
    if plan.operations.iter().any(|op| op.response_type.is_some()) {
        names.push("Response");
    }
    names.join(", ")
}

fn render_service(out: &mut String, plan: &VersionPlan, title: &str) {
    line!(
        out,
        "/// Description of the {title} API: name, credentials and built-in regions."
    );
    line!(out, "pub static SERVICE: ServiceInfo = ServiceInfo {{");
    line!(out, "    name: {},", string_literal(&plan.service));
    line!(out, "    version: {},", string_literal(&plan.version));
    line!(out, "    region_env: {},", string_literal(&plan.region_env));

    let kind = match plan.credential_kind {
        CredentialKind::Regional => "Regional",
        CredentialKind::Global => "Global",
    };
    line!(out, "    credential_kind: CredentialKind::{kind},");
    match &plan.derived_auth_service {
        Some(name) => line!(
            out,
            "    derived_auth_service: ::std::option::Option::Some({}),",
            string_literal(name)
        ),
        None => line!(
            out,
            "    derived_auth_service: ::std::option::Option::None,"
        ),
    }

    line!(out, "    regions: &[");
    for region in &plan.regions {
        let endpoints: Vec<String> = region.endpoints.iter().map(|e| string_literal(e)).collect();
        line!(
            out,
            "        ({}, &[{}]),",
            string_literal(&region.id),
            endpoints.join(", ")
        );
    }
    line!(out, "    ],");
    line!(out, "}};");
}

fn render_client_impl(out: &mut String, plan: &VersionPlan, blocking: bool) {
    let client = &plan.client;
    line!(out, "impl {client} {{");
    line!(
        out,
        "    /// Starts a builder for this client: credentials, region or endpoints, HTTP settings."
    );
    line!(out, "    pub fn builder() -> ClientBuilder<{client}> {{");
    line!(out, "        ClientBuilder::new(&SERVICE)");
    line!(out, "    }}");

    line!(out);
    line!(
        out,
        "    /// Returns a client that applies `options` to every call it makes."
    );
    line!(out, "    #[must_use]");
    line!(
        out,
        "    pub fn with_options(&self, options: CallOptions) -> Self {{"
    );
    line!(out, "        {client} {{");
    line!(
        out,
        "            client: self.client.with_options(options),"
    );
    line!(out, "        }}");
    line!(out, "    }}");
    for op in &plan.operations {
        line!(out);
        render_method(out, op, blocking);
    }
    line!(out, "}}");
}

fn render_method(out: &mut String, op: &OperationPlan, blocking: bool) {
    let (asyncness, awaiting) = if blocking {
        ("", "")
    } else {
        ("async ", ".await")
    };
    let (output, call) = match (&op.response_kind, &op.response_type) {
        (ResponseKind::Stream, _) | (_, None) => ("Download".to_owned(), "download"),
        (_, Some(response)) => (format!("Response<model::{response}>"), "call"),
    };
    line!(
        out,
        "    /// Calls {}: `{} {}`.",
        code(&op.name),
        op.method,
        op.path
    );
    if op.response_type.is_none() {
        line!(out, "    ///");
        line!(
            out,
            "    /// The response body is streamed, never buffered whole."
        );
    }
    if op.deprecated {
        line!(
            out,
            "    #[deprecated(note = \"the API marks this operation as deprecated\")]"
        );
    }
    line!(
        out,
        "    pub {asyncness}fn {}(&self, request: model::{}) -> {RESULT}<{output}, Error> {{",
        op.method_ident,
        op.request_type
    );
    line!(
        out,
        "        self.client.{call}(&operation::{}, request){awaiting}",
        op.constant
    );
    line!(out, "    }}");
}

/// Renders `region.rs` of one version.
pub fn render_regions(plan: &VersionPlan, title: &str) -> String {
    let mut out = String::new();
    line!(out, "//! Regions of the {title} API.");
    line!(out, "//!");
    line!(
        out,
        "//! One constant per region id of the built-in endpoint table, and [`value_of`] to resolve"
    );
    line!(out, "//! an id to its endpoints.");

    line!(out);
    line!(out, "use huaweicloud_sdk_core::{{Error, Region}};");
    for region in &plan.regions {
        line!(out);
        let endpoints: Vec<String> = region.endpoints.iter().map(|e| code(e)).collect();
        line!(
            out,
            "/// Region {}: {}.",
            code(&region.id),
            endpoints.join(", ")
        );
        line!(
            out,
            "pub const {}: &str = {};",
            region.constant,
            string_literal(&region.id)
        );
    }

    line!(out);
    line!(
        out,
        "/// Resolves a region id to its endpoints for this API."
    );
    line!(out, "///");
    line!(
        out,
        "/// The core looks the id up in the `HUAWEICLOUD_SDK_REGION_{}_<REGION>` environment",
        plan.region_env.to_ascii_uppercase()
    );
    line!(
        out,
        "/// variable, then in the regions file, then in the built-in table."
    );
    line!(out, "///");
    line!(out, "/// # Errors");
    line!(out, "///");
    line!(
        out,
        "/// Returns an [`Error`] when no source knows the id, or a source cannot be read."
    );
    line!(
        out,
        "pub fn value_of(id: &str) -> {RESULT}<Region, Error> {{"
    );
    line!(
        out,
        "    huaweicloud_sdk_core::region::lookup(&super::SERVICE, id)"
    );
    line!(out, "}}");
    out
}

fn example_region(plan: &VersionPlan) -> String {
    plan.regions
        .iter()
        .find(|region| region.id == "cn-north-4")
        .or_else(|| plan.regions.first())
        .map(|region| region.constant.clone())
        .unwrap_or_else(|| "CN_NORTH_4".to_owned())
}

/// Picks the operation shown in examples: `List<Service>s` when it exists, else the `List`
/// operation with the shortest name among those without required parameters, else the first.
pub fn example_operation(plan: &VersionPlan) -> Option<&OperationPlan> {
    let preferred = format!("List{}s", crate::naming::pascal_case(&plan.service));
    let listable = |op: &&OperationPlan| {
        op.name.starts_with("List")
            && op.response_type.is_some()
            && op.params.iter().all(|param| !param.required)
    };
    plan.operations
        .iter()
        .filter(listable)
        .find(|op| op.name == preferred)
        .or_else(|| {
            plan.operations
                .iter()
                .filter(listable)
                .min_by_key(|op| op.name.len())
        })
        .or_else(|| plan.operations.first())
}
