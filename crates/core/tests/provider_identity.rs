//! Automatic project and domain ids through the client runtime, and temporary credentials
//! whose security token is sent and signed. IAM, STS and the service all run in the emulator,
//! reached through a recording proxy so the requests themselves can be checked.

mod provider_common;

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use huaweicloud_sdk_core::credentials::Credentials;
use huaweicloud_sdk_core::error::ErrorKind;
use huaweicloud_sdk_core::provider::{
    ManualClock, MetadataProvider, ProvideCredentials, RefreshOptions, StaticCredentials,
};
use huaweicloud_sdk_core::{Client, ClientBuilder, RawRequest, Region};
use huaweicloud_sdk_emulator::{Emulator, Fault};
use provider_common::*;

fn home() -> tempfile::TempDir {
    tempfile::tempdir().expect("temporary home")
}

fn permanent() -> Arc<dyn ProvideCredentials> {
    Arc::new(StaticCredentials(
        Credentials::new(AK, SK).expect("valid keys"),
    ))
}

/// The proxy, the emulator behind it, and an environment whose IAM and STS endpoints are the
/// proxy.
struct Setup {
    emulator: Arc<Emulator>,
    proxy: Recorder,
    env: huaweicloud_sdk_core::env::Environment,
    _home: tempfile::TempDir,
}

async fn setup(emulator: Emulator) -> Setup {
    let emulator = Arc::new(emulator);
    let proxy = Recorder::start(emulator.clone()).await;
    let home = home();
    let env = env_with(
        home.path(),
        emulator.endpoint(),
        &[
            ("HUAWEICLOUD_SDK_IAM_ENDPOINT", &proxy.endpoint),
            ("HUAWEICLOUD_SDK_STS_ENDPOINT", &proxy.endpoint),
        ],
    );
    Setup {
        emulator,
        proxy,
        env,
        _home: home,
    }
}

fn iam_client(setup: &Setup, provider: Arc<dyn ProvideCredentials>) -> Client {
    ClientBuilder::new(&IAM)
        .environment(setup.env.clone())
        .region(Region::new(REGION, [setup.proxy.endpoint.as_str()]))
        .credentials_provider(provider)
        .access_log(false)
        .build()
        .expect("client builds")
}

#[tokio::test]
async fn project_id_looked_up_once_and_shared() {
    let setup = setup(emulator().await).await;
    let client = ecs_client(&setup.proxy.endpoint, &setup.env, permanent());
    let response = list_servers(&client).await.expect("call with looked-up id");
    assert_eq!(response.status(), 200);

    let lookups = setup.proxy.with_path("/v3/projects");
    assert_eq!(lookups.len(), 1);
    assert_eq!(lookups[0].method, "GET");
    assert_eq!(lookups[0].query, format!("name={REGION}"));
    assert_eq!(lookups[0].header("x-project-id"), None);
    let authorization = lookups[0].header("authorization").expect("signed");
    assert!(
        authorization.starts_with(&format!("SDK-HMAC-SHA256 Access={AK}, ")),
        "{authorization}"
    );

    let calls = setup
        .proxy
        .with_path(&format!("/v1/{PROJECT_ID}/cloudservers/detail"));
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0].header("x-project-id"), Some(PROJECT_ID));

    // More calls and a second client with the same AK and region: no further look-up.
    list_servers(&client).await.expect("second call");
    let other = ecs_client(&setup.proxy.endpoint, &setup.env, permanent());
    list_servers(&other).await.expect("other client");
    assert_eq!(setup.emulator.counters().project_lookups, 1);
    assert_eq!(setup.proxy.with_path("/v3/projects").len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_first_calls_look_up_once() {
    let setup = setup(emulator().await).await;
    let client = ecs_client(&setup.proxy.endpoint, &setup.env, permanent());
    let mut tasks = Vec::new();
    for _ in 0..100 {
        let client = client.clone();
        tasks.push(tokio::spawn(async move { list_servers(&client).await }));
    }
    for task in tasks {
        task.await.expect("task").expect("call succeeds");
    }
    assert_eq!(setup.emulator.counters().project_lookups, 1);
}

#[tokio::test]
async fn no_project_for_region_names_region_and_fix() {
    let emulator = Emulator::builder()
        .ak(AK)
        .sk(SK)
        .project("cn-east-3", PROJECT_ID)
        .start()
        .await
        .expect("emulator starts");
    let setup = setup(emulator).await;
    let client = ecs_client(&setup.proxy.endpoint, &setup.env, permanent());
    let error = list_servers(&client).await.expect_err("no project");
    let message = error.to_string();
    assert_eq!(error.kind(), ErrorKind::Configuration, "{message}");
    assert!(message.contains("no project named cn-north-4"), "{message}");
    assert!(message.contains("HUAWEICLOUD_SDK_PROJECT_ID"), "{message}");
    assert!(message.contains("IAM trace id"), "{message}");
    assert!(!message.contains("IAM trace id none"), "{message}");
    assert!(setup.proxy.with_path("/v1/").is_empty());
}

#[tokio::test]
async fn two_projects_for_region_lists_both_ids() {
    let emulator = Emulator::builder()
        .ak(AK)
        .sk(SK)
        .project(REGION, "11111111111111111111111111111111")
        .project(REGION, "22222222222222222222222222222222")
        .start()
        .await
        .expect("emulator starts");
    let setup = setup(emulator).await;
    let client = ecs_client(&setup.proxy.endpoint, &setup.env, permanent());
    let error = list_servers(&client).await.expect_err("ambiguous");
    let message = error.to_string();
    assert_eq!(error.kind(), ErrorKind::Configuration, "{message}");
    assert!(message.contains("2 projects named cn-north-4"), "{message}");
    assert!(
        message.contains("11111111111111111111111111111111"),
        "{message}"
    );
    assert!(
        message.contains("22222222222222222222222222222222"),
        "{message}"
    );
}

#[tokio::test]
async fn iam_403_keeps_status_code_and_request_id() {
    let setup = setup(emulator().await).await;
    setup
        .emulator
        .faults()
        .add(Fault::Status {
            status: 403,
            retry_after: None,
            count: Some(1),
            path_prefix: Some("/v3/projects".to_owned()),
        })
        .expect("valid fault");
    let client = ecs_client(&setup.proxy.endpoint, &setup.env, permanent());
    let error = list_servers(&client).await.expect_err("IAM refuses");
    assert_eq!(error.kind(), ErrorKind::ClientResponse, "{error}");
    assert_eq!(error.status(), Some(403), "{error}");
    assert_eq!(error.error_code(), Some("APIGW.0201"), "{error}");
    assert!(error.request_id().is_some(), "{error:?}");
    // The caller called ECS, so the message names the IAM step that failed.
    let message = error.to_string();
    assert!(
        message.starts_with("project id look-up for region cn-north-4 at IAM"),
        "{message}"
    );
    assert!(
        message.contains("service error 403 APIGW.0201"),
        "{message}"
    );

    // The failure is not cached: the next call looks up again and succeeds.
    list_servers(&client).await.expect("second call");
    assert_eq!(setup.proxy.with_path("/v3/projects").len(), 2);
}

#[tokio::test]
async fn domain_id_looked_up_for_global_service() {
    let setup = setup(emulator().await).await;
    let client = iam_client(&setup, permanent());
    let response = client
        .send_raw(RawRequest::new("GET", "/v3/projects"))
        .await
        .expect("global call");
    assert_eq!(response.status(), 200);
    assert_eq!(setup.emulator.counters().domain_lookups, 1);
    let lookups = setup.proxy.with_path("/v3/auth/domains");
    assert_eq!(lookups.len(), 1);
    assert!(lookups[0].header("authorization").is_some());
    let calls: Vec<Recorded> = setup
        .proxy
        .with_path("/v3/projects")
        .into_iter()
        .filter(|record| record.query.is_empty())
        .collect();
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0].header("x-domain-id"), Some(DOMAIN_ID));
    assert_eq!(calls[0].header("x-project-id"), None);

    let other = iam_client(&setup, permanent());
    other
        .send_raw(RawRequest::new("GET", "/v3/projects"))
        .await
        .expect("second client");
    assert_eq!(setup.emulator.counters().domain_lookups, 1);
}

#[tokio::test]
async fn domain_id_falls_back_to_sts() {
    let setup = setup(emulator().await).await;
    setup
        .emulator
        .faults()
        .add(Fault::Status {
            status: 403,
            retry_after: None,
            count: Some(1),
            path_prefix: Some("/v3/auth/domains".to_owned()),
        })
        .expect("valid fault");
    let client = iam_client(&setup, permanent());
    client
        .send_raw(RawRequest::new("GET", "/v3/projects"))
        .await
        .expect("global call");
    assert_eq!(setup.proxy.with_path("/v5/caller-identity").len(), 1);
    let calls: Vec<Recorded> = setup
        .proxy
        .with_path("/v3/projects")
        .into_iter()
        .filter(|record| record.query.is_empty())
        .collect();
    assert_eq!(calls[0].header("x-domain-id"), Some(DOMAIN_ID));
}

#[tokio::test]
async fn security_token_sent_and_signed() {
    let setup = setup(emulator().await).await;
    let issued = setup
        .emulator
        .issue_temporary_credentials(Duration::from_secs(3600));
    let home = home();
    let env = env_with(
        home.path(),
        setup.emulator.endpoint(),
        &[
            ("HUAWEICLOUD_SDK_AK", &issued.access),
            ("HUAWEICLOUD_SDK_SK", &issued.secret),
            ("HUAWEICLOUD_SDK_SECURITY_TOKEN", &issued.security_token),
            ("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT_ID),
        ],
    );
    // No explicit credentials: the client's default chain reads the environment.
    let client: Client = ClientBuilder::new(&ECS)
        .environment(env)
        .region(Region::new(REGION, [setup.proxy.endpoint.as_str()]))
        .access_log(false)
        .build()
        .expect("client builds");
    let response = list_servers(&client).await.expect("temporary keys work");
    assert_eq!(response.status(), 200);
    let calls = setup
        .proxy
        .with_path(&format!("/v1/{PROJECT_ID}/cloudservers/detail"));
    assert_eq!(calls.len(), 1);
    assert_eq!(
        calls[0].header("x-security-token"),
        Some(issued.security_token.as_str())
    );
    assert_eq!(calls[0].header("x-project-id"), Some(PROJECT_ID));
    let authorization = calls[0].header("authorization").expect("signed");
    assert!(
        authorization.contains("x-project-id;x-sdk-date;x-security-token"),
        "{authorization}"
    );
    assert!(setup.proxy.with_path("/v3/projects").is_empty());

    // Permanent keys send no empty token header.
    let client = ecs_client(
        &setup.proxy.endpoint,
        &setup.env,
        Arc::new(StaticCredentials(
            Credentials::new(AK, SK)
                .expect("valid keys")
                .with_project_id(PROJECT_ID),
        )),
    );
    list_servers(&client).await.expect("permanent keys work");
    let calls = setup
        .proxy
        .with_path(&format!("/v1/{PROJECT_ID}/cloudservers/detail"));
    assert_eq!(calls.len(), 2);
    assert_eq!(calls[1].header("x-security-token"), None);
}

#[tokio::test]
async fn refreshed_temporary_keys_reuse_looked_up_id() {
    let setup = setup(emulator().await).await;
    let clock = ManualClock::new(SystemTime::now());
    let options = RefreshOptions::new().clock(Arc::new(clock.clone()));
    let provider = Arc::new(MetadataProvider::with_options(&setup.env, &options));
    let client = ecs_client(&setup.proxy.endpoint, &setup.env, provider);

    list_servers(&client).await.expect("first call");
    clock.advance(Duration::from_secs(45 * 60));
    list_servers(&client)
        .await
        .expect("call with refreshed keys");

    assert_eq!(setup.emulator.counters().security_key_fetches, 2);
    assert_eq!(setup.emulator.counters().project_lookups, 1);
    let keys = server_list_keys(&setup.emulator);
    assert_eq!(keys.len(), 2);
    assert_ne!(keys[0], keys[1]);
}
