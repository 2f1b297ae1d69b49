//! The runtime end to end: the generated VPC client against the emulator on 127.0.0.1, which
//! verifies every signature. Covers the create, list, show and delete round trip, service
//! errors, the blocking client, retries on the emulator's injected faults, HTTPS with the
//! emulator's CA, and a region variable that points a client at the emulator.

use std::sync::{Arc, Mutex};

use huaweicloud_sdk_core::client::CallOptions;
use huaweicloud_sdk_core::config::HttpConfig;
use huaweicloud_sdk_core::credentials::Credentials;
use huaweicloud_sdk_core::env::Environment;
use huaweicloud_sdk_core::error::ErrorKind;
use huaweicloud_sdk_core::retry::{retry_on_transient, RetryPolicy};
use huaweicloud_sdk_core::ClientBuilder;
use huaweicloud_sdk_emulator::{Emulator, EmulatorBuilder, Fault};
use huaweicloud_sdk_vpc::v2::{blocking, model, VpcClient, SERVICE};

/// Placeholder keys that the emulator accepts. They are not real credentials.
const AK: &str = "HPUAEXAMPLEAK0000001";
const SK: &str = "ExampleSecretKey0000000000000000000000000";
const REGION: &str = "cn-north-4";
const PROJECT_ID: &str = "0123456789abcdef0123456789abcdef";

fn emulator_builder() -> EmulatorBuilder {
    Emulator::builder()
        .ak(AK)
        .sk(SK)
        .project(REGION, PROJECT_ID)
}

fn credentials() -> Credentials {
    Credentials::new(AK, SK)
        .expect("the placeholder keys are valid")
        .with_project_id(PROJECT_ID)
}

/// Returns an environment without variables or home directory, so nothing on the machine
/// running the tests can redirect a request.
fn empty_environment() -> Environment {
    Environment::from_vars(Vec::<(String, String)>::new())
}

fn builder<C: huaweicloud_sdk_core::ServiceClient>(emulator: &Emulator) -> ClientBuilder<C> {
    ClientBuilder::<C>::new(&SERVICE)
        .environment(empty_environment())
        .credentials(credentials())
        .endpoint(emulator.endpoint())
}

fn create_request(name: &str) -> model::CreateVpcRequest {
    let option = model::CreateVpcOption::default()
        .with_name(name)
        .with_cidr("192.168.0.0/16")
        .with_description("runtime test VPC");
    model::CreateVpcRequest::default()
        .with_body(model::CreateVpcRequestBody::default().with_vpc(option))
}

/// Returns the statuses the emulator logged for requests whose path ends with `suffix`.
fn logged_statuses(emulator: &Emulator, suffix: &str) -> Vec<u16> {
    emulator
        .request_log()
        .iter()
        .filter(|record| record.path.ends_with(suffix))
        .map(|record| record.status)
        .collect()
}

#[tokio::test]
async fn vpc_create_list_show_delete() {
    let emulator = emulator_builder().start().await.expect("emulator starts");
    let client: VpcClient = builder(&emulator).build().expect("client builds");

    let created = client
        .create_vpc(create_request("runtime-vpc"))
        .await
        .expect("CreateVpc succeeds");
    assert_eq!(created.status(), 200);
    assert!(created.request_id().is_some_and(|id| !id.is_empty()));
    let vpc = created.into_inner().vpc.expect("CreateVpc returns the VPC");
    assert_eq!(vpc.name, "runtime-vpc");
    assert_eq!(vpc.cidr, "192.168.0.0/16");

    let listed = client
        .list_vpcs(model::ListVpcsRequest::default().with_limit(10))
        .await
        .expect("ListVpcs succeeds");
    let ids: Vec<&str> = listed
        .vpcs
        .as_deref()
        .unwrap_or_default()
        .iter()
        .map(|listed| listed.id.as_str())
        .collect();
    assert_eq!(ids, [vpc.id.as_str()]);
    let raw = listed.json().expect("the body is JSON");
    assert_eq!(raw["vpcs"][0]["id"], vpc.id.as_str());

    let found = client
        .show_vpc(model::ShowVpcRequest::default().with_vpc_id(&vpc.id))
        .await
        .expect("ShowVpc succeeds");
    assert_eq!(
        found.vpc.as_ref().map(|vpc| vpc.name.as_str()),
        Some("runtime-vpc")
    );

    client
        .delete_vpc(model::DeleteVpcRequest::default().with_vpc_id(&vpc.id))
        .await
        .expect("DeleteVpc succeeds");
    let error = client
        .show_vpc(model::ShowVpcRequest::default().with_vpc_id(&vpc.id))
        .await
        .expect_err("the VPC is gone");
    assert_eq!(error.kind(), ErrorKind::ClientResponse);
    assert_eq!(error.status(), Some(404));
    assert_eq!(error.error_code(), Some("VPC.0003"));
    let message = error.error_message().unwrap_or_default();
    assert!(message.contains(&vpc.id), "{message}");
    let request_id = error.request_id().unwrap_or_default().to_owned();
    assert!(!request_id.is_empty(), "{error:?}");
    assert!(error.to_string().contains(&request_id), "{error}");

    let operations: Vec<Option<String>> = emulator
        .request_log()
        .into_iter()
        .map(|record| record.operation)
        .collect();
    let expected = ["CreateVpc", "ListVpcs", "ShowVpc", "DeleteVpc", "ShowVpc"];
    assert_eq!(operations, expected.map(|name| Some(name.to_owned())));
    assert!(emulator
        .request_log()
        .iter()
        .all(|record| record.ak.as_deref() == Some(AK)));
}

#[test]
fn blocking_vpc_client_round_trip() {
    let emulator = emulator_builder()
        .start_blocking()
        .expect("emulator starts");
    let client: blocking::VpcClient = builder(&emulator).build().expect("client builds");

    let vpc = client
        .create_vpc(create_request("blocking-vpc"))
        .expect("CreateVpc succeeds")
        .into_inner()
        .vpc
        .expect("CreateVpc returns the VPC");
    let listed = client
        .list_vpcs(model::ListVpcsRequest::default())
        .expect("ListVpcs succeeds");
    assert_eq!(listed.vpcs.as_ref().map(Vec::len), Some(1));
    client
        .delete_vpc(model::DeleteVpcRequest::default().with_vpc_id(&vpc.id))
        .expect("DeleteVpc succeeds");
    let error = client
        .delete_vpc(model::DeleteVpcRequest::default().with_vpc_id(&vpc.id))
        .expect_err("the VPC is gone");
    assert_eq!(error.status(), Some(404));
}

#[tokio::test]
async fn throttling_fault_is_retried() {
    let emulator = emulator_builder().start().await.expect("emulator starts");
    let client: VpcClient = builder(&emulator).build().expect("client builds");
    let throttle = |count| Fault::Status {
        status: 429,
        retry_after: None,
        count: Some(count),
        path_prefix: None,
    };

    emulator.faults().add(throttle(1)).expect("valid fault");
    let error = client
        .list_vpcs(model::ListVpcsRequest::default())
        .await
        .expect_err("no retry policy: one attempt");
    assert_eq!(error.status(), Some(429));
    assert_eq!(error.error_code(), Some("APIGW.0308"));
    assert!(error.request_id().is_some_and(|id| !id.is_empty()));
    assert_eq!(logged_statuses(&emulator, "/vpcs"), [429]);

    emulator.clear_request_log();
    emulator.faults().add(throttle(2)).expect("valid fault");
    let retrying = client.with_options(
        CallOptions::new().retry(RetryPolicy::new(3).expect("3 retries is in range")),
    );
    retrying
        .list_vpcs(model::ListVpcsRequest::default())
        .await
        .expect("the third attempt succeeds");
    assert_eq!(logged_statuses(&emulator, "/vpcs"), [429, 429, 200]);
}

#[tokio::test]
async fn unavailable_retry_after_is_honoured() {
    let emulator = emulator_builder().start().await.expect("emulator starts");
    let dates = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&dates);
    let client: VpcClient = builder(&emulator)
        .request_hook(move |request| {
            let date = request.header("X-Sdk-Date").unwrap_or_default().to_owned();
            seen.lock().expect("hook lock").push(date);
        })
        .build()
        .expect("client builds");
    emulator
        .faults()
        .add(Fault::Status {
            status: 503,
            retry_after: Some(1),
            count: Some(1),
            path_prefix: None,
        })
        .expect("valid fault");

    let retrying =
        client.with_options(CallOptions::new().retry(RetryPolicy::new(1).expect("in range")));
    retrying
        .list_vpcs(model::ListVpcsRequest::default())
        .await
        .expect("the retry succeeds");
    assert_eq!(logged_statuses(&emulator, "/vpcs"), [503, 200]);
    // X-Sdk-Date has one-second resolution: a wait of at least the one second the service
    // asked for always gives the retry a later date.
    let dates = dates.lock().expect("hook lock").clone();
    assert_eq!(dates.len(), 2, "{dates:?}");
    assert!(dates[0] < dates[1], "{dates:?}");
}

#[tokio::test]
async fn reset_is_retried_only_when_transient() {
    let emulator = emulator_builder().start().await.expect("emulator starts");
    let client: VpcClient = builder(&emulator).build().expect("client builds");
    let reset = Fault::Reset {
        count: Some(1),
        path_prefix: None,
    };

    // A reset request may have been carried out, so the default condition does not repeat it.
    emulator.faults().add(reset.clone()).expect("valid fault");
    let default_policy =
        client.with_options(CallOptions::new().retry(RetryPolicy::new(2).expect("in range")));
    let error = default_policy
        .list_vpcs(model::ListVpcsRequest::default())
        .await
        .expect_err("a reset is not retried by default");
    assert!(error.is_connection(), "{error:?}");
    assert_eq!(error.status(), None);
    assert_eq!(logged_statuses(&emulator, "/vpcs"), [0]);

    emulator.clear_request_log();
    emulator.faults().add(reset).expect("valid fault");
    let transient = client.with_options(
        CallOptions::new().retry(
            RetryPolicy::new(2)
                .expect("in range")
                .condition(retry_on_transient),
        ),
    );
    transient
        .list_vpcs(model::ListVpcsRequest::default())
        .await
        .expect("the retry succeeds");
    assert_eq!(logged_statuses(&emulator, "/vpcs"), [0, 200]);
}

#[tokio::test]
async fn truncated_body_is_connection_error() {
    let emulator = emulator_builder().start().await.expect("emulator starts");
    let client: VpcClient = builder(&emulator).build().expect("client builds");
    client
        .create_vpc(create_request("truncated"))
        .await
        .expect("CreateVpc succeeds");
    emulator
        .faults()
        .add(Fault::Truncate {
            count: Some(1),
            path_prefix: None,
        })
        .expect("valid fault");
    let error = client
        .list_vpcs(model::ListVpcsRequest::default())
        .await
        .expect_err("half a body does not decode");
    assert_eq!(error.kind(), ErrorKind::Connection, "{error:?}");
    assert!(error.to_string().contains("bytes"), "{error}");
}

#[tokio::test]
async fn https_emulator_with_its_ca_file() {
    let tls_dir = tempfile::tempdir().expect("temporary directory");
    let emulator = emulator_builder()
        .tls(true)
        .tls_dir(tls_dir.path())
        .start()
        .await
        .expect("emulator starts");
    assert!(emulator.endpoint().starts_with("https://"));
    let ca_file = emulator.ca_cert_path().expect("TLS mode writes a CA file");

    let trusting: VpcClient = builder(&emulator)
        .http_config(HttpConfig::default().ca_file(ca_file))
        .build()
        .expect("client builds");
    trusting
        .list_vpcs(model::ListVpcsRequest::default())
        .await
        .expect("the emulator's certificate is trusted");

    let default_roots: VpcClient = builder(&emulator).build().expect("client builds");
    let error = default_roots
        .list_vpcs(model::ListVpcsRequest::default())
        .await
        .expect_err("the emulator's CA is not a built-in root");
    assert_eq!(error.kind(), ErrorKind::TlsHandshake, "{error:?}");
}

#[tokio::test]
async fn region_variable_points_at_emulator() {
    let emulator = emulator_builder().start().await.expect("emulator starts");
    let env = Environment::from_vars([(
        "HUAWEICLOUD_SDK_REGION_VPC_CN_NORTH_4",
        format!(" {} ", emulator.endpoint()),
    )]);
    let client: VpcClient = ClientBuilder::new(&SERVICE)
        .environment(env)
        .credentials(credentials())
        .region_id(REGION)
        .build()
        .expect("client builds");
    client
        .list_vpcs(model::ListVpcsRequest::default())
        .await
        .expect("ListVpcs reaches the emulator");
    assert_eq!(logged_statuses(&emulator, "/vpcs"), [200]);
}
