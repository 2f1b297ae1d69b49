//! Proxies and the providers' own HTTP requests: the metadata service and the pod identity
//! agent are always reached directly, and the IAM and STS requests of federation follow the
//! calling client's proxy setting. A recording forward proxy on 127.0.0.1 shows what passed
//! through it.
//!
//! This file contains one test because it sets process variables, which every thread of the
//! test binary shares. The variables are set before any server or client starts.

mod provider_common;
mod runtime_support;

use std::sync::Arc;

use huaweicloud_sdk_core::config::{HttpConfig, ProxyConfig};
use huaweicloud_sdk_core::env::Environment;
use huaweicloud_sdk_core::provider::{
    IdTokenProvider, MetadataProvider, OidcProvider, PodIdentityProvider, ProvideCredentials,
};
use huaweicloud_sdk_core::{Client, ClientBuilder, Region};
use provider_common::{
    emulator, list_servers, ECS, OIDC_PROVIDER, OIDC_PROVIDER_URN, OIDC_TOKEN, POD_PATH, POD_TOKEN,
    PROJECT_ID, REGION,
};
use runtime_support::{ProxiedRequest, TestProxy};

/// Builds a client for the ECS test service at `endpoint` that gets its keys from
/// `provider`, with `proxy` as its configured proxy (none when `None`).
fn ecs_client(
    endpoint: &str,
    env: &Environment,
    provider: Arc<dyn ProvideCredentials>,
    proxy: Option<&TestProxy>,
) -> Client {
    let mut config = HttpConfig::default();
    if let Some(proxy) = proxy {
        config = config.proxy(
            ProxyConfig::new("http", "127.0.0.1", proxy.addr.port())
                .with_credentials("user", "pass"),
        );
    }
    ClientBuilder::new(&ECS)
        .environment(env.clone())
        .region(Region::new(REGION, [endpoint]))
        .credentials_provider(provider)
        .http_config(config)
        .access_log(false)
        .build()
        .expect("client builds")
}

/// Returns the proxied requests whose target path is `path`.
fn through_proxy(proxy: &TestProxy, path: &str) -> Vec<ProxiedRequest> {
    proxy
        .seen()
        .into_iter()
        .filter(|request| request.target.ends_with(path))
        .collect()
}

#[tokio::test]
async fn provider_requests_follow_proxy_rules() {
    let home = tempfile::tempdir().expect("temporary home");
    let environment_proxy = TestProxy::start();
    let configured_proxy = TestProxy::start();
    for name in [
        "HTTPS_PROXY",
        "https_proxy",
        "ALL_PROXY",
        "all_proxy",
        "NO_PROXY",
        "no_proxy",
        "http_proxy",
    ] {
        std::env::remove_var(name);
    }
    std::env::set_var(
        "HTTP_PROXY",
        format!(
            "http://user:pass@127.0.0.1:{}",
            environment_proxy.addr.port()
        ),
    );
    std::env::set_var("HOME", home.path());
    let emulator = emulator().await;
    let token_file = home.path().join("token");
    std::fs::write(&token_file, POD_TOKEN).expect("write the pod token");
    std::env::set_var("HUAWEICLOUD_SDK_METADATA_ENDPOINT", emulator.endpoint());
    std::env::set_var("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT_ID);
    std::env::set_var(
        "HC_CONTAINER_CREDENTIALS_FULL_URI",
        emulator.pod_identity_uri(),
    );
    std::env::set_var("HC_CONTAINER_AUTHORIZATION_TOKEN_FILE", &token_file);
    let process = Environment::process();

    // The metadata and pod identity providers read the process variables, and the client
    // that calls them has a configured proxy, yet neither provider's request goes through
    // either proxy.
    let providers: [(Arc<dyn ProvideCredentials>, &str); 2] = [
        (
            Arc::new(MetadataProvider::new(&process)),
            "/openstack/latest/securitykey",
        ),
        (Arc::new(PodIdentityProvider::new(&process)), POD_PATH),
    ];
    for (provider, path) in providers {
        let client = ecs_client(
            emulator.endpoint(),
            &process,
            provider,
            Some(&configured_proxy),
        );
        list_servers(&client)
            .await
            .unwrap_or_else(|error| panic!("call with keys from {path} fails: {error}"));
        for proxy in [&environment_proxy, &configured_proxy] {
            assert!(
                through_proxy(proxy, path).is_empty(),
                "{path} went through a proxy: {:?}",
                proxy.seen()
            );
        }
        assert!(
            !through_proxy(&configured_proxy, "/cloudservers/detail").is_empty(),
            "the service call uses the configured proxy: {:?}",
            configured_proxy.seen()
        );
    }
    let counters = emulator.counters();
    assert_eq!(counters.security_key_fetches, 1);
    assert_eq!(counters.pod_identity_fetches, 1);

    // IdP federation sends both IAM requests through the client's configured proxy.
    let own = Environment::from_vars([
        ("HOME", home.path().display().to_string()),
        (
            "HUAWEICLOUD_SDK_METADATA_ENDPOINT",
            emulator.endpoint().to_owned(),
        ),
    ]);
    let id_token_file = home.path().join("id-token");
    std::fs::write(&id_token_file, OIDC_TOKEN).expect("write the id token");
    let idp = IdTokenProvider::builder(OIDC_PROVIDER, &id_token_file)
        .iam_endpoint(emulator.endpoint())
        .project_id(PROJECT_ID)
        .environment(&own)
        .build();
    let client = ecs_client(
        emulator.endpoint(),
        &own,
        Arc::new(idp),
        Some(&configured_proxy),
    );
    list_servers(&client).await.expect("call with IdP keys");
    for path in [
        "/v3.0/OS-AUTH/id-token/tokens",
        "/v3.0/OS-CREDENTIAL/securitytokens",
    ] {
        let proxied = through_proxy(&configured_proxy, path);
        assert_eq!(proxied.len(), 1, "{path}: {:?}", configured_proxy.seen());
        assert!(proxied[0].authorized, "{:?}", proxied[0]);
    }

    // OIDC federation follows the client: direct for a client that ignores the process
    // proxy, and through the configured proxy otherwise.
    let oidc_env = Environment::from_vars([
        ("HOME", home.path().display().to_string()),
        (
            "HUAWEICLOUD_SDK_METADATA_ENDPOINT",
            emulator.endpoint().to_owned(),
        ),
        (
            "HUAWEICLOUD_SDK_STS_ENDPOINT",
            emulator.endpoint().to_owned(),
        ),
        ("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT_ID.to_owned()),
        (
            "HUAWEICLOUD_OIDC_PROVIDER_URN",
            OIDC_PROVIDER_URN.to_owned(),
        ),
        (
            "HUAWEICLOUD_OIDC_AGENCY_URN",
            "iam::acct:agency:role".to_owned(),
        ),
        ("HUAWEICLOUD_OIDC_ID_TOKEN", OIDC_TOKEN.to_owned()),
    ]);
    let assume = "/v5/agencies/assume-with-oidc";
    let direct = ecs_client(
        emulator.endpoint(),
        &oidc_env,
        Arc::new(OidcProvider::new(&oidc_env)),
        None,
    );
    list_servers(&direct).await.expect("call with OIDC keys");
    assert!(through_proxy(&environment_proxy, assume).is_empty());
    assert!(through_proxy(&configured_proxy, assume).is_empty());

    let proxied = ecs_client(
        emulator.endpoint(),
        &oidc_env,
        Arc::new(OidcProvider::new(&oidc_env)),
        Some(&configured_proxy),
    );
    list_servers(&proxied).await.expect("call with OIDC keys");
    assert_eq!(through_proxy(&configured_proxy, assume).len(), 1);
    assert!(
        environment_proxy.seen().is_empty(),
        "{:?}",
        environment_proxy.seen()
    );
    assert_eq!(emulator.counters().oidc_agency_assumptions, 2);
}
