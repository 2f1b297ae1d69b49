//! `hcloud request`: send one signed request and print the response body.
//!
//! Credentials come from the SDK's default chain: `HUAWEICLOUD_SDK_AK` and `HUAWEICLOUD_SDK_SK`
//! (with the optional `HUAWEICLOUD_SDK_SECURITY_TOKEN`, `HUAWEICLOUD_SDK_PROJECT_ID` and
//! `HUAWEICLOUD_SDK_DOMAIN_ID`), else `~/.huaweicloud/credentials`, else the ECS metadata
//! service, else CCE pod identity. Exit status: 0 on success, 1 on an error response (a JSON
//! summary on stdout), 2 on a usage or configuration error, 3 on a transport failure.

use std::io::Write;
use std::process::ExitCode;

use clap::Args;
use huaweicloud_sdk_core::client::blocking;
use huaweicloud_sdk_core::env::Environment;
use huaweicloud_sdk_core::error::ErrorKind;
use huaweicloud_sdk_core::operation::{CredentialKind, ServiceInfo};
use huaweicloud_sdk_core::region::Region;
use huaweicloud_sdk_core::signer::SigningRequest;
use huaweicloud_sdk_core::{Client, ClientBuilder, Error, RawRequest};

/// Arguments of `hcloud request`.
#[derive(Debug, Args)]
pub(crate) struct RequestArgs {
    /// HTTP method.
    #[arg(short = 'X', long = "request", default_value = "GET")]
    method: String,
    /// Extra header as `Name: value`, repeatable.
    #[arg(short = 'H', long = "header", value_name = "NAME: VALUE")]
    headers: Vec<String>,
    /// Request body, or `@FILE` to read it from a file.
    #[arg(short = 'd', long = "data", value_name = "BODY|@FILE")]
    data: Option<String>,
    /// Endpoint to send to, such as https://vpc.cn-north-4.myhuaweicloud.com.
    #[arg(long, conflicts_with_all = ["service", "region"])]
    endpoint: Option<String>,
    /// Service name whose endpoint is resolved from HUAWEICLOUD_SDK_REGION_<SERVICE>_<REGION>,
    /// the regions file, or the built-in region table of vpc, ecs, evs, iam or dsc. Needs
    /// --region.
    #[arg(long, requires = "region")]
    service: Option<String>,
    /// Region id, such as cn-north-4. Needs --service.
    #[arg(long, requires = "service")]
    region: Option<String>,
    /// Path with optional query (`/v1/{project_id}/vpcs?limit=10`), or a full URL.
    /// `{project_id}` and `{domain_id}` are filled in from the credentials.
    path_or_url: String,
}

/// A regional service: requests carry `X-Project-Id`.
static REGIONAL: ServiceInfo = ServiceInfo {
    name: "hcloud-request",
    version: "",
    region_env: "",
    credential_kind: CredentialKind::Regional,
    derived_auth_service: None,
    regions: &[],
};

/// A global service: requests carry `X-Domain-Id`.
static GLOBAL: ServiceInfo = ServiceInfo {
    name: "hcloud-request",
    version: "",
    region_env: "",
    credential_kind: CredentialKind::Global,
    derived_auth_service: None,
    regions: &[],
};

/// Runs the command.
pub(crate) fn run(args: RequestArgs) -> ExitCode {
    match send(args) {
        Ok(body) => {
            let mut stdout = std::io::stdout().lock();
            if stdout
                .write_all(&body)
                .and_then(|()| stdout.flush())
                .is_err()
            {
                return ExitCode::from(3);
            }
            ExitCode::SUCCESS
        }
        Err(Failure::Usage(message)) => {
            eprintln!("hcloud request: {message}");
            ExitCode::from(2)
        }
        Err(Failure::Call(error)) => report(&error),
    }
}

enum Failure {
    Usage(String),
    Call(Error),
}

fn report(error: &Error) -> ExitCode {
    if error.is_service() {
        // Built by hand so the keys keep the documented order; serde_json's map sorts them.
        let summary = format!(
            "{{\"status_code\":{},\"request_id\":{},\"error_code\":{},\"error_msg\":{}}}",
            serde_json::json!(error.status()),
            serde_json::json!(error.request_id()),
            serde_json::json!(error.error_code()),
            serde_json::json!(error.error_message()),
        );
        println!("{summary}");
        return ExitCode::from(1);
    }
    eprintln!("hcloud request: {error}");
    match error.kind() {
        ErrorKind::Configuration | ErrorKind::Credentials => ExitCode::from(2),
        _ => ExitCode::from(3),
    }
}

fn send(args: RequestArgs) -> Result<Vec<u8>, Failure> {
    let env = Environment::process();
    let (endpoint, target) = split_target(&args)?;
    let mut builder = ClientBuilder::<Client>::new(service_info(&env));
    builder = match endpoint {
        Some(endpoint) => builder.endpoint(endpoint),
        // With a region, the client looks a missing project id up through IAM.
        None => builder.region(resolve_region(&env, &args)?),
    };

    let parsed =
        SigningRequest::from_url(args.method.clone(), &format!("http://placeholder{target}"))
            .map_err(|error| Failure::Usage(format!("invalid path `{target}`: {error}")))?;
    let mut request = RawRequest::new(args.method.to_ascii_uppercase(), parsed.path);
    if request.path.is_empty() {
        request.path = "/".to_owned();
    }
    request.query = parsed.query;
    for header in &args.headers {
        let (name, value) = header.split_once(':').ok_or_else(|| {
            Failure::Usage(format!("invalid header `{header}`: expected `Name: value`"))
        })?;
        request
            .headers
            .push((name.trim().to_owned(), value.trim().to_owned()));
    }
    request.body = read_body(args.data.as_deref())?.map(Into::into);

    let client = builder.environment(env).build().map_err(Failure::Call)?;
    let response = blocking::Client::new(client)
        .send_raw(request)
        .map_err(Failure::Call)?;
    Ok(response.raw_body().to_vec())
}

/// Returns the service kind to sign as. Global services (IAM and others) identify the account
/// by domain id, so that kind is used when only a domain id is set.
fn service_info(env: &Environment) -> &'static ServiceInfo {
    let global = env.non_empty_var("HUAWEICLOUD_SDK_PROJECT_ID").is_none()
        && env.non_empty_var("HUAWEICLOUD_SDK_DOMAIN_ID").is_some();
    if global {
        &GLOBAL
    } else {
        &REGIONAL
    }
}

/// Splits a full URL into endpoint and path. A bare path needs `--endpoint` or
/// `--service`/`--region`.
fn split_target(args: &RequestArgs) -> Result<(Option<String>, String), Failure> {
    let target = args.path_or_url.trim();
    if let Some((scheme, rest)) = target.split_once("://") {
        if args.endpoint.is_some() || args.service.is_some() {
            return Err(Failure::Usage(
                "a full URL already names the endpoint: drop --endpoint/--service/--region or \
                 pass only the path"
                    .to_owned(),
            ));
        }
        let split = rest.find(['/', '?']).unwrap_or(rest.len());
        let (host, path) = rest.split_at(split);
        return Ok((Some(format!("{scheme}://{host}")), path.to_owned()));
    }
    if !target.starts_with('/') {
        return Err(Failure::Usage(format!(
            "invalid path `{target}`: expected a path starting with `/` or a full URL"
        )));
    }
    Ok((args.endpoint.clone(), target.to_owned()))
}

/// Services of the generated crates, whose built-in region tables `--service` can use. One
/// API version each: the versions of a service share one table.
static BUILT_IN_SERVICES: [&ServiceInfo; 5] = [
    &huaweicloud_sdk_vpc::v2::SERVICE,
    &huaweicloud_sdk_ecs::v2::SERVICE,
    &huaweicloud_sdk_evs::v2::SERVICE,
    &huaweicloud_sdk_iam::v3::SERVICE,
    &huaweicloud_sdk_dsc::v1::SERVICE,
];

/// Returns the built-in region table of `service` (compared without case with the service
/// name and its region variable part), or an empty table for other services.
fn built_in_regions(service: &str) -> &'static [(&'static str, &'static [&'static str])] {
    BUILT_IN_SERVICES
        .iter()
        .find(|info| {
            info.name.eq_ignore_ascii_case(service) || info.region_env.eq_ignore_ascii_case(service)
        })
        .map_or(&[], |info| info.regions)
}

/// Resolves `--service` and `--region` through the SDK's region lookup: the region variable,
/// then the regions file, then the built-in table of the service, if hcloud has one.
fn resolve_region(env: &Environment, args: &RequestArgs) -> Result<Region, Failure> {
    let (Some(service), Some(region)) = (&args.service, &args.region) else {
        return Err(Failure::Usage(
            "no endpoint: pass --endpoint URL, --service NAME --region ID, or a full URL"
                .to_owned(),
        ));
    };
    let table = built_in_regions(service);
    let region = huaweicloud_sdk_core::region::lookup_by_name(env, service, table, region)
        .map_err(|error| {
            if table.is_empty() {
                let names: Vec<&str> = BUILT_IN_SERVICES.iter().map(|info| info.name).collect();
                Failure::Usage(format!(
                    "{error}. hcloud has built-in regions only for {}; for service {service}, \
                     pass --endpoint",
                    names.join(", ")
                ))
            } else {
                Failure::Call(error)
            }
        })?;
    if region.endpoints.is_empty() {
        return Err(Failure::Usage(format!(
            "region {} lists no endpoint",
            region.id
        )));
    }
    Ok(region)
}

fn read_body(data: Option<&str>) -> Result<Option<Vec<u8>>, Failure> {
    match data {
        None => Ok(None),
        Some(data) => match data.strip_prefix('@') {
            Some(path) => std::fs::read(path).map(Some).map_err(|error| {
                Failure::Usage(format!("failed to read body file {path}: {error}"))
            }),
            None => Ok(Some(data.as_bytes().to_vec())),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    /// Parses `hcloud request` arguments the way the binary's command line does.
    #[derive(Debug, Parser)]
    struct Command {
        #[command(flatten)]
        args: RequestArgs,
    }

    fn args(service: &str, region: &str) -> RequestArgs {
        Command::parse_from(["request", "--service", service, "--region", region, "/v1/x"]).args
    }

    /// Returns an environment whose home directory has no regions file.
    fn empty_env(home: &std::path::Path) -> Environment {
        Environment::from_vars([("HOME", home.display().to_string())])
    }

    #[test]
    fn built_in_tables_resolve_each_service() {
        let home = std::env::temp_dir().join("hcloud-request-no-home");
        let env = empty_env(&home);
        for (service, expected) in [
            ("vpc", "https://vpc.cn-north-4.myhuaweicloud.com"),
            ("VPC", "https://vpc.cn-north-4.myhuaweicloud.com"),
            ("ecs", "https://ecs.cn-north-4.myhuaweicloud.com"),
            ("evs", "https://evs.cn-north-4.myhuaweicloud.com"),
            ("iam", "https://iam.cn-north-4.myhuaweicloud.com"),
            ("dsc", "https://sdg.cn-north-4.myhuaweicloud.com"),
        ] {
            let region = resolve_region(&env, &args(service, "cn-north-4"))
                .unwrap_or_else(|_| panic!("{service} resolves"));
            assert_eq!(region.id, "cn-north-4", "{service}");
            assert_eq!(region.endpoints[0], expected, "{service}");
        }
    }

    #[test]
    fn variable_wins_over_built_in_table() {
        let env = Environment::from_vars([(
            "HUAWEICLOUD_SDK_REGION_VPC_CN_NORTH_4",
            "http://127.0.0.1:1".to_owned(),
        )]);
        let region = resolve_region(&env, &args("vpc", "cn-north-4")).unwrap_or_else(|_| panic!());
        assert_eq!(region.endpoints, ["http://127.0.0.1:1"]);
    }

    #[test]
    fn unknown_region_and_service_are_explained() {
        let home = std::env::temp_dir().join("hcloud-request-no-home");
        let env = empty_env(&home);
        let Err(Failure::Call(error)) = resolve_region(&env, &args("vpc", "xx-nowhere-1")) else {
            panic!("an unknown region is a configuration error");
        };
        assert!(error.to_string().contains("cn-north-4"), "{error}");

        let Err(Failure::Usage(message)) = resolve_region(&env, &args("nosuch", "cn-north-4"))
        else {
            panic!("a service without a table is a usage error");
        };
        assert!(message.contains("vpc, ecs, evs, iam, dsc"), "{message}");
        assert!(message.contains("--endpoint"), "{message}");
    }
}
