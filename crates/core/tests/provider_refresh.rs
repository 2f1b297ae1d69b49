//! Refresh of temporary credentials from the emulator's metadata service: timing with a
//! manual clock, keys that live a few seconds, one fetch under concurrency, and failures.

mod provider_common;

use std::collections::HashSet;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use huaweicloud_sdk_core::error::ErrorKind;
use huaweicloud_sdk_core::provider::{
    ManualClock, MetadataProvider, ProvideCredentials, RefreshOptions,
};
use huaweicloud_sdk_emulator::{Emulator, Fault};
use provider_common::*;

const MINUTE: Duration = Duration::from_secs(60);

fn home() -> tempfile::TempDir {
    tempfile::tempdir().expect("temporary home")
}

struct Setup {
    emulator: Emulator,
    clock: ManualClock,
    provider: Arc<MetadataProvider>,
    client: huaweicloud_sdk_core::Client,
    _home: tempfile::TempDir,
}

/// Starts an emulator and builds a metadata provider on a manual clock with `options` and an
/// ECS client that uses it. The project id is given, so no IAM look-up happens.
async fn setup(options: RefreshOptions) -> Setup {
    let emulator = emulator().await;
    let home = home();
    let env = env_with(
        home.path(),
        emulator.endpoint(),
        &[("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT_ID)],
    );
    let clock = ManualClock::new(SystemTime::now());
    let options = options.clock(Arc::new(clock.clone()));
    let provider = Arc::new(MetadataProvider::with_options(&env, &options));
    let client = ecs_client(emulator.endpoint(), &env, provider.clone());
    Setup {
        emulator,
        clock,
        provider,
        client,
        _home: home,
    }
}

#[tokio::test]
async fn metadata_keys_refresh_before_expiry() {
    let Setup {
        emulator,
        clock,
        client,
        ..
    } = setup(RefreshOptions::new()).await;

    clock.advance(MINUTE);
    list_servers(&client).await.expect("first call");
    assert_eq!(emulator.counters().security_key_fetches, 1);

    clock.advance(4 * MINUTE);
    list_servers(&client).await.expect("cached keys");
    assert_eq!(emulator.counters().security_key_fetches, 1);

    // One-hour keys: refreshed once less than 30 minutes remain (the 40-minute default margin
    // is capped at half the lifetime), so well before the 58-minute mark.
    clock.advance(53 * MINUTE);
    list_servers(&client).await.expect("refreshed keys");
    assert_eq!(emulator.counters().security_key_fetches, 2);

    let keys = server_list_keys(&emulator);
    assert_eq!(keys.len(), 3);
    assert_eq!(keys[0], keys[1]);
    assert_ne!(keys[1], keys[2]);
}

#[tokio::test]
async fn refresh_margin_is_configurable() {
    let Setup {
        emulator,
        clock,
        provider,
        ..
    } = setup(RefreshOptions::new().margin(MINUTE)).await;
    let first = provider.credentials(&regional()).await.expect("first keys");

    clock.advance(58 * MINUTE);
    let same = provider
        .credentials(&regional())
        .await
        .expect("before the margin");
    assert_eq!(same.access_key(), first.access_key());
    assert_eq!(emulator.counters().security_key_fetches, 1);

    clock.advance(MINUTE + Duration::from_secs(30));
    let next = provider
        .credentials(&regional())
        .await
        .expect("inside the margin");
    assert_ne!(next.access_key(), first.access_key());
    assert_eq!(emulator.counters().security_key_fetches, 2);
}

#[tokio::test]
async fn short_lived_keys_refresh_on_real_clock() {
    let emulator = Emulator::builder()
        .ak(AK)
        .sk(SK)
        .project(REGION, PROJECT_ID)
        .metadata_credential_ttl(Duration::from_secs(4))
        .start()
        .await
        .expect("emulator starts");
    let home = home();
    let env = env_with(
        home.path(),
        emulator.endpoint(),
        &[("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT_ID)],
    );
    let provider = Arc::new(MetadataProvider::new(&env));
    let client = ecs_client(emulator.endpoint(), &env, provider.clone());

    list_servers(&client).await.expect("first call");
    list_servers(&client).await.expect("second call, same keys");
    assert_eq!(
        emulator.counters().security_key_fetches,
        1,
        "keys that live 4 s are not fetched on every call"
    );

    // Past half the lifetime the keys are refreshed; past the full lifetime the old keys are
    // rejected, and the client no longer uses them.
    tokio::time::sleep(Duration::from_millis(4_500)).await;
    list_servers(&client)
        .await
        .expect("call after the first keys expired");
    assert_eq!(emulator.counters().security_key_fetches, 2);
    let keys = server_list_keys(&emulator);
    assert_eq!(keys.len(), 3);
    assert_eq!(keys[0], keys[1]);
    assert_ne!(keys[1], keys[2]);
}

/// Starts 300 calls at once and checks that each succeeds.
async fn call_300_times(client: &huaweicloud_sdk_core::Client) {
    let mut tasks = Vec::new();
    for _ in 0..300 {
        let client = client.clone();
        tasks.push(tokio::spawn(async move { list_servers(&client).await }));
    }
    for task in tasks {
        let response = task.await.expect("task").expect("call succeeds");
        assert_eq!(response.status(), 200);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_calls_after_expiry_fetch_once() {
    // Keys that live 8 s on the real clock: the calls below finish long before the new keys
    // reach half their lifetime.
    let emulator = Emulator::builder()
        .ak(AK)
        .sk(SK)
        .project(REGION, PROJECT_ID)
        .metadata_credential_ttl(Duration::from_secs(8))
        .start()
        .await
        .expect("emulator starts");
    let home = home();
    let env = env_with(
        home.path(),
        emulator.endpoint(),
        &[("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT_ID)],
    );
    let client = ecs_client(
        emulator.endpoint(),
        &env,
        Arc::new(MetadataProvider::new(&env)),
    );
    list_servers(&client).await.expect("first call");
    assert_eq!(emulator.counters().security_key_fetches, 1);

    // Every cached key has expired: all calls wait for one fetch.
    tokio::time::sleep(Duration::from_millis(8_300)).await;
    call_300_times(&client).await;
    assert_eq!(emulator.counters().security_key_fetches, 2);
    let keys = server_list_keys(&emulator);
    assert_eq!(keys.len(), 301);
    let after: HashSet<&String> = keys[1..].iter().collect();
    assert_eq!(after.len(), 1, "every call signs with the one new key");
    assert!(!after.contains(&keys[0]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_calls_in_refresh_window_fetch_once() {
    let Setup {
        emulator,
        clock,
        client,
        ..
    } = setup(RefreshOptions::new()).await;
    list_servers(&client).await.expect("first call");

    // Inside the refresh window the old keys are still valid: one call fetches, the others
    // sign with whichever complete key set is current.
    clock.advance(31 * MINUTE);
    call_300_times(&client).await;
    assert_eq!(emulator.counters().security_key_fetches, 2);
    let keys = server_list_keys(&emulator);
    assert_eq!(keys.len(), 301);
    let used: HashSet<&String> = keys[1..].iter().collect();
    assert!((1..=2).contains(&used.len()), "{used:?}");
}

#[tokio::test]
async fn skewed_keys_fetched_once_per_grace() {
    let Setup {
        emulator,
        clock,
        provider,
        ..
    } = setup(RefreshOptions::new()).await;
    // The local clock runs two hours ahead of the emulator's, so every key arrives expired.
    clock.advance(120 * MINUTE);
    let first = provider.credentials(&regional()).await.expect("keys");
    for _ in 0..10 {
        let again = provider.credentials(&regional()).await.expect("keys");
        assert_eq!(again.access_key(), first.access_key());
    }
    assert_eq!(emulator.counters().security_key_fetches, 1);
    assert_eq!(status_with_provider(&emulator, &first).await, 200);

    // After half of the one-minute grace period the keys are fetched again.
    clock.advance(Duration::from_secs(31));
    let next = provider.credentials(&regional()).await.expect("keys");
    assert_ne!(next.access_key(), first.access_key());
    assert_eq!(emulator.counters().security_key_fetches, 2);
}

/// Lists servers with fixed `credentials` and returns the status, which shows whether the
/// emulator accepts them.
async fn status_with_provider(
    emulator: &Emulator,
    credentials: &huaweicloud_sdk_core::credentials::Credentials,
) -> u16 {
    let home = home();
    let env = env_with(home.path(), emulator.endpoint(), &[]);
    let client = ecs_client(
        emulator.endpoint(),
        &env,
        Arc::new(huaweicloud_sdk_core::provider::StaticCredentials(
            credentials.clone().with_project_id(PROJECT_ID),
        )),
    );
    match list_servers(&client).await {
        Ok(response) => response.status(),
        Err(error) => error.status().unwrap_or(0),
    }
}

#[tokio::test]
async fn failed_refresh_keeps_valid_keys_and_backs_off() {
    let Setup {
        emulator,
        clock,
        provider,
        ..
    } = setup(RefreshOptions::new()).await;
    let first = provider.credentials(&regional()).await.expect("first keys");
    assert_eq!(security_key_requests(&emulator), 1);

    emulator
        .faults()
        .add(Fault::Status {
            status: 500,
            retry_after: None,
            count: None,
            path_prefix: Some("/openstack/latest/securitykey".to_owned()),
        })
        .expect("valid fault");

    // Inside the refresh window: the refresh fails, the still-valid keys are served.
    clock.advance(31 * MINUTE);
    let kept = provider.credentials(&regional()).await.expect("old keys");
    assert_eq!(kept.access_key(), first.access_key());
    assert_eq!(security_key_requests(&emulator), 2);

    // Backing off: no new request right away.
    provider.credentials(&regional()).await.expect("old keys");
    assert_eq!(security_key_requests(&emulator), 2);

    // After the first back-off (1 s) it tries again, and fails again.
    clock.advance(Duration::from_secs(2));
    provider.credentials(&regional()).await.expect("old keys");
    assert_eq!(security_key_requests(&emulator), 3);

    // The service recovers: after the second back-off (2 s) new keys arrive.
    emulator.faults().clear();
    clock.advance(Duration::from_secs(3));
    let next = provider.credentials(&regional()).await.expect("new keys");
    assert_ne!(next.access_key(), first.access_key());
    assert_eq!(security_key_requests(&emulator), 4);

    // With no valid keys left, a failed fetch is an error.
    emulator
        .faults()
        .add(Fault::Status {
            status: 500,
            retry_after: None,
            count: None,
            path_prefix: Some("/openstack/latest/securitykey".to_owned()),
        })
        .expect("valid fault");
    clock.advance(2 * 60 * MINUTE);
    let error = provider
        .credentials(&regional())
        .await
        .expect_err("expired keys are never served");
    assert_eq!(error.kind(), ErrorKind::Credentials);
    assert!(error.to_string().contains("returned status 500"), "{error}");
}
