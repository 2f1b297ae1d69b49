//! Shared set-up of the integration tests: an emulator with fixed keys and ids on 127.0.0.1,
//! clients pointed at it, and checks of service errors.
//!
//! Every client gets an empty [`Environment`], so nothing from the machine that runs the
//! tests (credential variables, region overrides, `~/.huaweicloud`, the metadata address)
//! can change where a request goes.

// Each test file uses a different subset of these helpers.
#![allow(dead_code)]

use huaweicloud_sdk_core::client::{ClientBuilder, ServiceClient};
use huaweicloud_sdk_core::credentials::Credentials;
use huaweicloud_sdk_core::env::Environment;
use huaweicloud_sdk_core::operation::ServiceInfo;
use huaweicloud_sdk_core::{Error, Region};
use huaweicloud_sdk_emulator::{Emulator, EmulatorBuilder};

/// Access key the emulator accepts (a placeholder, not a real key).
pub(crate) const AK: &str = "HPUAEXAMPLEAK0000001";
/// Secret key of [`AK`] (a placeholder, not a real key).
pub(crate) const SK: &str = "ExampleSecretKey0000000000000000000000000";
/// Region of the emulator's only project.
pub(crate) const REGION: &str = "cn-north-4";
/// Id of the project named [`REGION`].
pub(crate) const PROJECT_ID: &str = "0123456789abcdef0123456789abcdef";
/// Account (domain) id.
pub(crate) const DOMAIN_ID: &str = "fedcba9876543210fedcba9876543210";

/// Returns an emulator builder with the fixed keys, one project in [`REGION`] and the fixed
/// domain id. Callers add faults or job settings before starting it.
pub(crate) fn emulator_builder() -> EmulatorBuilder {
    Emulator::builder()
        .ak(AK)
        .sk(SK)
        .project(REGION, PROJECT_ID)
        .domain_id(DOMAIN_ID)
}

/// Starts the emulator on the current tokio runtime.
pub(crate) async fn start_emulator() -> Emulator {
    emulator_builder()
        .start()
        .await
        .expect("the emulator binds a free port on 127.0.0.1")
}

/// Starts the emulator on its own background runtime, for blocking tests.
pub(crate) fn start_emulator_blocking() -> Emulator {
    emulator_builder()
        .start_blocking()
        .expect("the emulator binds a free port on 127.0.0.1")
}

/// Returns credentials for regional services (VPC, ECS, EVS, DSC) with the project id set,
/// so no IAM lookup happens.
pub(crate) fn regional_credentials() -> Credentials {
    Credentials::new(AK, SK)
        .expect("the placeholder keys are valid")
        .with_project_id(PROJECT_ID)
}

/// Returns credentials for global services (IAM) with the domain id set.
pub(crate) fn global_credentials() -> Credentials {
    Credentials::new(AK, SK)
        .expect("the placeholder keys are valid")
        .with_domain_id(DOMAIN_ID)
}

/// Returns an environment without any variable or home directory.
pub(crate) fn empty_environment() -> Environment {
    Environment::from_vars(Vec::<(String, String)>::new())
}

/// Returns a builder of a `service` client that sends to the emulator and signs with
/// `credentials`. Tests add HTTP settings or hooks before building.
pub(crate) fn client_builder<C: ServiceClient>(
    service: &'static ServiceInfo,
    emulator: &Emulator,
    credentials: Credentials,
) -> ClientBuilder<C> {
    ClientBuilder::<C>::new(service)
        .credentials(credentials)
        .endpoint(emulator.endpoint())
        .environment(empty_environment())
}

/// Builds a `service` client (async or blocking) that sends to the emulator.
pub(crate) fn client<C: ServiceClient>(
    service: &'static ServiceInfo,
    emulator: &Emulator,
    credentials: Credentials,
) -> C {
    client_builder(service, emulator, credentials)
        .build()
        .expect("a client with an explicit endpoint builds")
}

/// Builds a client whose region is [`REGION`] served by the emulator, and whose credentials
/// carry no project id: the SDK looks the project id up at the emulator's IAM routes.
pub(crate) fn client_with_project_lookup<C: ServiceClient>(
    service: &'static ServiceInfo,
    emulator: &Emulator,
) -> C {
    let credentials = Credentials::new(AK, SK)
        .expect("the placeholder keys are valid")
        .with_iam_endpoint(emulator.endpoint());
    ClientBuilder::<C>::new(service)
        .credentials(credentials)
        .region(Region::new(REGION, [emulator.endpoint()]))
        .environment(empty_environment())
        .build()
        .expect("a client with a region and its endpoint builds")
}

/// Checks that `error` is a service error with `status` and `code`, a non-empty request id
/// that `Display` repeats, and a message containing `message_part`.
#[track_caller]
pub(crate) fn assert_service_error(error: &Error, status: u16, code: &str, message_part: &str) {
    assert!(error.is_service(), "expected a service error, got: {error}");
    assert_eq!(error.status(), Some(status), "status of: {error}");
    assert_eq!(error.error_code(), Some(code), "error code of: {error}");

    let request_id = error.request_id().unwrap_or_default();
    assert!(!request_id.is_empty(), "no request id in: {error}");
    assert!(
        error.to_string().contains(request_id),
        "Display does not show request id {request_id}: {error}"
    );

    let message = error.error_message().unwrap_or_default();
    assert!(
        message.contains(message_part),
        "error message {message:?} does not contain {message_part:?}"
    );
}

/// Returns the operation names of the requests the emulator received, oldest first.
pub(crate) fn logged_operations(emulator: &Emulator) -> Vec<String> {
    emulator
        .request_log()
        .into_iter()
        .map(|record| record.operation.unwrap_or_default())
        .collect()
}
