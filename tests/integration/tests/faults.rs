//! Retry policies against faults that the emulator injects: a burst of 503 responses is
//! retried away, throttling (429) that outlasts the policy keeps its error code, and a 500 is
//! retried only under a condition that allows it.

mod common;

use std::time::Duration;

use common::{
    assert_service_error, client, emulator_builder, regional_credentials, start_emulator,
    PROJECT_ID,
};
use huaweicloud_sdk_core::retry::{retry_on_transient, Backoff, BackoffStrategy, RetryPolicy};
use huaweicloud_sdk_core::CallOptions;
use huaweicloud_sdk_emulator::{Emulator, Fault};
use huaweicloud_sdk_vpc::v2::{blocking, model, VpcClient, SERVICE};

/// Returns a policy of `retries` retries with a 1 ms exponential backoff, so the tests spend
/// almost no time waiting.
fn quick_policy(retries: u32) -> RetryPolicy {
    RetryPolicy::new(retries)
        .expect("the retry count is in range")
        .backoff(
            Backoff::new(BackoffStrategy::Exponential)
                .with_base(Duration::from_millis(1))
                .with_cap(Duration::from_millis(5)),
        )
}

fn status_fault(status: u16, count: u32) -> Fault {
    Fault::Status {
        status,
        retry_after: None,
        count: Some(count),
        path_prefix: None,
    }
}

/// Returns the statuses of the ListVpcs requests the emulator received, in order.
fn list_statuses(emulator: &Emulator) -> Vec<u16> {
    emulator
        .request_log()
        .into_iter()
        .filter(|record| record.path == format!("/v1/{PROJECT_ID}/vpcs"))
        .map(|record| record.status)
        .collect()
}

#[tokio::test]
async fn burst_of_503_is_retried_away() {
    let emulator = start_emulator().await;
    emulator
        .faults()
        .add(status_fault(503, 3))
        .expect("a 503 fault is valid");
    let client: VpcClient = client(&SERVICE, &emulator, regional_credentials());

    let response = client
        .with_options(CallOptions::new().retry(quick_policy(3)))
        .list_vpcs(model::ListVpcsRequest::default())
        .await
        .expect("the fourth attempt succeeds");

    assert_eq!(response.status(), 200);
    assert_eq!(list_statuses(&emulator), [503, 503, 503, 200]);
}

#[tokio::test]
async fn burst_of_503_without_policy_fails_once() {
    let emulator = start_emulator().await;
    emulator
        .faults()
        .add(status_fault(503, 1))
        .expect("a 503 fault is valid");
    let client: VpcClient = client(&SERVICE, &emulator, regional_credentials());

    let error = client
        .list_vpcs(model::ListVpcsRequest::default())
        .await
        .expect_err("a single attempt sees the 503");

    assert_service_error(&error, 503, "APIGW.0201", "status 503");
    assert!(error.is_server_error());
    assert_eq!(list_statuses(&emulator), [503]);
}

#[tokio::test]
async fn throttling_beyond_policy_keeps_code() {
    let emulator = emulator_builder()
        .fault(status_fault(429, 10))
        .start()
        .await
        .expect("the emulator binds a free port on 127.0.0.1");
    let client: VpcClient = client(&SERVICE, &emulator, regional_credentials());

    let error = client
        .with_options(CallOptions::new().retry(quick_policy(2)))
        .list_vpcs(model::ListVpcsRequest::default())
        .await
        .expect_err("every attempt is throttled");

    assert_service_error(&error, 429, "APIGW.0308", "throttling threshold");
    assert!(error.is_client_error());
    assert_eq!(list_statuses(&emulator), [429, 429, 429]);
}

#[test]
fn blocking_client_retries_throttling() {
    let emulator = emulator_builder()
        .fault(status_fault(429, 2))
        .start_blocking()
        .expect("the emulator binds a free port on 127.0.0.1");
    let client: blocking::VpcClient = client(&SERVICE, &emulator, regional_credentials());
    let retrying = client.with_options(CallOptions::new().retry(quick_policy(2)));

    let response = retrying
        .list_vpcs(model::ListVpcsRequest::default())
        .expect("the third attempt succeeds");

    assert_eq!(response.status(), 200);
    assert_eq!(list_statuses(&emulator), [429, 429, 200]);
}

#[tokio::test]
async fn server_error_needs_transient_condition() {
    let emulator = start_emulator().await;
    let client: VpcClient = client(&SERVICE, &emulator, regional_credentials());

    // The default condition never repeats a request the server may have acted on.
    emulator
        .faults()
        .add(status_fault(500, 1))
        .expect("a 500 fault is valid");
    let error = client
        .with_options(CallOptions::new().retry(quick_policy(3)))
        .list_vpcs(model::ListVpcsRequest::default())
        .await
        .expect_err("a 500 is not retried by default");
    assert_service_error(&error, 500, "APIGW.0201", "status 500");
    assert_eq!(list_statuses(&emulator), [500]);

    emulator.clear_request_log();
    emulator
        .faults()
        .add(status_fault(500, 1))
        .expect("a 500 fault is valid");
    let transient = quick_policy(3).condition(retry_on_transient);
    let response = client
        .with_options(CallOptions::new().retry(transient))
        .list_vpcs(model::ListVpcsRequest::default())
        .await
        .expect("ListVpcs is idempotent, so a 500 may be retried");
    assert_eq!(response.status(), 200);
    assert_eq!(list_statuses(&emulator), [500, 200]);
}

#[test]
fn retry_policy_rejects_zero_retries() {
    let error = RetryPolicy::new(0).expect_err("0 retries is out of range");

    assert!(error.is_configuration(), "kind of: {error}");
    assert!(error.to_string().contains("max_retries 0"), "{error}");
}
