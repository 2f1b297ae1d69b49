//! The default and custom credentials chains: order, the error that lists every provider,
//! stopping at a half-configured provider, and the bound on a silent metadata service.

mod provider_common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use huaweicloud_sdk_core::credentials::Credentials;
use huaweicloud_sdk_core::error::{Error, ErrorKind};
use huaweicloud_sdk_core::operation::CredentialKind;
use huaweicloud_sdk_core::provider::{
    is_not_loaded, not_loaded, BoxFuture, CredentialsContext, CredentialsProviderChain,
    EnvironmentProvider, ProvideCredentials, StaticCredentials,
};
use provider_common::*;

/// Upper bound for a chain that meets a metadata service which never responds. The metadata
/// provider's own timeouts are 1 s connect and 3 s read.
const CHAIN_BOUND: Duration = Duration::from_secs(10);

fn home() -> tempfile::TempDir {
    tempfile::tempdir().expect("temporary home")
}

fn write(path: &std::path::Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("parent")).expect("create dir");
    std::fs::write(path, text).expect("write file");
}

/// A provider that counts calls and always passes.
#[derive(Debug, Default)]
struct CountingNotLoaded {
    calls: AtomicUsize,
}

impl ProvideCredentials for CountingNotLoaded {
    fn credentials<'a>(
        &'a self,
        _context: &'a CredentialsContext<'a>,
    ) -> BoxFuture<'a, Result<Credentials, Error>> {
        self.calls.fetch_add(1, Ordering::SeqCst);
        Box::pin(async { Err(not_loaded("counting provider has nothing")) })
    }
}

fn closed_port_endpoint() -> String {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("address")
        .port();
    format!("http://127.0.0.1:{port}")
}

#[tokio::test]
async fn default_chain_order_without_oidc() {
    let home = home();
    let env = env_with(home.path(), "http://127.0.0.1:9", &[]);
    let chain = CredentialsProviderChain::default_chain(&env);
    assert_eq!(
        chain.names(),
        ["environment", "profile", "metadata", "pod identity"]
    );
}

#[tokio::test]
async fn default_chain_puts_oidc_first_when_set() {
    let home = home();
    let env = env_with(
        home.path(),
        "http://127.0.0.1:9",
        &[("HUAWEICLOUD_OIDC_PROVIDER_URN", "urn")],
    );
    let chain = CredentialsProviderChain::default_chain(&env);
    assert_eq!(
        chain.names(),
        ["oidc", "environment", "profile", "metadata", "pod identity"]
    );
}

#[tokio::test]
async fn environment_wins_over_profile() {
    let home = home();
    write(
        &home.path().join(".huaweicloud/credentials"),
        "[basic]\nak = profile-ak\nsk = profile-sk\n",
    );
    let env = env_with(
        home.path(),
        "http://127.0.0.1:9",
        &[("HUAWEICLOUD_SDK_AK", AK), ("HUAWEICLOUD_SDK_SK", SK)],
    );
    let chain = CredentialsProviderChain::default_chain(&env);
    let credentials = chain.credentials(&regional()).await.expect("credentials");
    assert_eq!(credentials.access_key(), AK);
    assert_eq!(
        chain.selected(CredentialKind::Regional),
        Some("environment")
    );
}

#[tokio::test]
async fn profile_used_when_environment_empty() {
    let home = home();
    write(
        &home.path().join(".huaweicloud/credentials"),
        "[basic]\nak = profile-ak\nsk = profile-sk\n",
    );
    let env = env_with(home.path(), "http://127.0.0.1:9", &[]);
    let chain = CredentialsProviderChain::default_chain(&env);
    let credentials = chain.credentials(&regional()).await.expect("credentials");
    assert_eq!(credentials.access_key(), "profile-ak");
    assert_eq!(chain.selected(CredentialKind::Regional), Some("profile"));
    // Global services read [global], which this file lacks; the search goes on and fails.
    let error = chain
        .credentials(&global())
        .await
        .expect_err("no [global] and no metadata");
    assert!(error.to_string().contains("no [global] section"), "{error}");
}

#[tokio::test]
async fn metadata_used_when_nothing_else_configured() {
    let emulator = emulator().await;
    let home = home();
    let env = env_with(home.path(), emulator.endpoint(), &[]);
    let chain = CredentialsProviderChain::default_chain(&env);
    let credentials = chain.credentials(&regional()).await.expect("metadata keys");
    assert!(credentials.security_token_is_set());
    assert_eq!(chain.selected(CredentialKind::Regional), Some("metadata"));
    assert_eq!(emulator.counters().security_key_fetches, 1);
}

#[tokio::test]
async fn error_lists_every_provider_in_order() {
    let home = home();
    let env = env_with(home.path(), &closed_port_endpoint(), &[]);
    let error = CredentialsProviderChain::default_chain(&env)
        .credentials(&regional())
        .await
        .expect_err("nothing configured");
    let message = error.to_string();
    assert_eq!(error.kind(), ErrorKind::Credentials);
    assert!(is_not_loaded(&error), "{message}");
    let positions: Vec<usize> = [
        "environment: HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK are not set",
        "profile: credentials file",
        "metadata: PUT",
        "pod identity: HC_CONTAINER_CREDENTIALS_FULL_URI",
    ]
    .iter()
    .map(|part| {
        message
            .find(part)
            .unwrap_or_else(|| panic!("{part:?} missing from: {message}"))
    })
    .collect();
    assert!(
        positions.windows(2).all(|pair| pair[0] < pair[1]),
        "{message}"
    );
    assert!(message.contains(".credentials("), "{message}");
}

#[tokio::test]
async fn half_set_environment_stops_before_metadata() {
    let silent = SilentListener::start().await;
    let home = home();
    let env = env_with(
        home.path(),
        &silent.endpoint,
        &[
            ("HUAWEICLOUD_SDK_AK", AK),
            (
                "HUAWEICLOUD_SDK_CREDENTIALS_FILE",
                "/nonexistent/credentials",
            ),
        ],
    );
    let chain = CredentialsProviderChain::default_chain(&env);
    let error = tokio::time::timeout(CHAIN_BOUND, chain.credentials(&regional()))
        .await
        .expect("the chain answers within the bound")
        .expect_err("AK without SK");

    let message = error.to_string();
    assert_eq!(error.kind(), ErrorKind::Configuration, "{message}");
    assert!(!is_not_loaded(&error), "{message}");
    assert!(
        message.contains("HUAWEICLOUD_SDK_AK is set but HUAWEICLOUD_SDK_SK is not"),
        "{message}"
    );
    assert!(message.contains("not tried"), "{message}");
    assert!(
        message.contains("profile, metadata, pod identity"),
        "{message}"
    );
    assert!(!message.contains(SK), "{message}");
    assert_eq!(silent.accepted(), 0, "metadata must not be contacted");
}

#[tokio::test]
async fn silent_metadata_fails_within_bound_listing_all() {
    let silent = SilentListener::start().await;
    let home = home();
    let env = env_with(
        home.path(),
        &silent.endpoint,
        &[(
            "HUAWEICLOUD_SDK_CREDENTIALS_FILE",
            "/nonexistent/credentials",
        )],
    );
    let chain = CredentialsProviderChain::default_chain(&env);
    let error = tokio::time::timeout(CHAIN_BOUND, chain.credentials(&regional()))
        .await
        .expect("the chain answers within the bound")
        .expect_err("nothing answers");
    let message = error.to_string();
    assert!(is_not_loaded(&error), "{message}");
    assert!(
        message.contains("environment: HUAWEICLOUD_SDK_AK"),
        "{message}"
    );
    assert!(
        message.contains("profile: credentials file /nonexistent/credentials does not exist"),
        "{message}"
    );
    assert!(message.contains("metadata: PUT"), "{message}");
    assert!(message.contains("timed out"), "{message}");
    assert!(message.contains("pod identity:"), "{message}");
    assert!(silent.accepted() >= 1);
}

#[tokio::test]
async fn metadata_disabled_chain_opens_no_socket() {
    let silent = SilentListener::start().await;
    let home = home();
    let env = env_with(
        home.path(),
        &silent.endpoint,
        &[("HUAWEICLOUD_SDK_METADATA_DISABLED", "true")],
    );
    let error = CredentialsProviderChain::default_chain(&env)
        .credentials(&regional())
        .await
        .expect_err("nothing configured");
    assert!(
        error
            .to_string()
            .contains("metadata: disabled by HUAWEICLOUD_SDK_METADATA_DISABLED"),
        "{error}"
    );
    assert_eq!(silent.accepted(), 0);
}

#[tokio::test]
async fn custom_chain_remembers_selected_provider() {
    let first = Arc::new(CountingNotLoaded::default());
    let fallback = Credentials::new("FALLBACK-AK", "FALLBACK-SK").expect("valid keys");
    let chain = CredentialsProviderChain::first_try("counting", CountingShared(first.clone()))
        .or_else("fallback", StaticCredentials(fallback));
    for _ in 0..3 {
        let credentials = chain.credentials(&regional()).await.expect("fallback");
        assert_eq!(credentials.access_key(), "FALLBACK-AK");
    }
    assert_eq!(first.calls.load(Ordering::SeqCst), 1);
    assert_eq!(chain.selected(CredentialKind::Regional), Some("fallback"));
    assert_eq!(chain.selected(CredentialKind::Global), None);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_first_calls_search_once() {
    let first = Arc::new(CountingNotLoaded::default());
    let fallback = Credentials::new("FALLBACK-AK", "FALLBACK-SK").expect("valid keys");
    let chain = Arc::new(
        CredentialsProviderChain::first_try("counting", CountingShared(first.clone()))
            .or_else("fallback", StaticCredentials(fallback)),
    );
    let mut tasks = Vec::new();
    for _ in 0..50 {
        let chain = chain.clone();
        tasks.push(tokio::spawn(async move {
            chain
                .credentials(&regional())
                .await
                .map(|credentials| credentials.access_key().to_owned())
        }));
    }
    for task in tasks {
        assert_eq!(
            task.await.expect("task").expect("credentials"),
            "FALLBACK-AK"
        );
    }
    assert_eq!(first.calls.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn custom_chain_stops_at_non_passing_error() {
    let home = home();
    let env = env_with(
        home.path(),
        "http://127.0.0.1:9",
        &[("HUAWEICLOUD_SDK_SK", SK)],
    );
    let fallback = Credentials::new("FALLBACK-AK", "FALLBACK-SK").expect("valid keys");
    let chain = CredentialsProviderChain::first_try("environment", EnvironmentProvider::new(&env))
        .or_else("fallback", StaticCredentials(fallback));
    let error = chain.credentials(&regional()).await.expect_err("half set");
    assert!(
        error
            .to_string()
            .contains("environment credentials are invalid"),
        "{error}"
    );
    assert!(error.to_string().contains("not tried"), "{error}");
    assert!(error.to_string().contains("fallback"), "{error}");
}

#[derive(Debug)]
struct CountingShared(Arc<CountingNotLoaded>);

impl ProvideCredentials for CountingShared {
    fn credentials<'a>(
        &'a self,
        context: &'a CredentialsContext<'a>,
    ) -> BoxFuture<'a, Result<Credentials, Error>> {
        self.0.credentials(context)
    }
}

/// Collects formatted log output for one test.
#[derive(Clone, Default)]
struct LogBuffer(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for LogBuffer {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("log lock").extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn debug_log_names_selected_provider() {
    let logs = LogBuffer::default();
    let writer = logs.clone();
    let subscriber =
        huaweicloud_sdk_core::logging::subscriber(move || writer.clone(), tracing::Level::DEBUG);
    let home = home();
    let env = env_with(
        home.path(),
        "http://127.0.0.1:9",
        &[("HUAWEICLOUD_SDK_AK", AK), ("HUAWEICLOUD_SDK_SK", SK)],
    );
    tracing::subscriber::with_default(subscriber, || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        runtime
            .block_on(CredentialsProviderChain::default_chain(&env).credentials(&regional()))
            .expect("environment credentials");
    });
    let text = String::from_utf8(logs.0.lock().expect("log lock").clone()).expect("UTF-8");
    assert!(
        text.contains("credentials provided by environment"),
        "{text}"
    );
    assert!(!text.contains(SK), "{text}");
}
