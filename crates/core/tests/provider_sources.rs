//! Each credentials provider against the emulator (through a recording proxy where the
//! request itself is checked) and against real files.

mod provider_common;

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use huaweicloud_sdk_core::credentials::Credentials;
use huaweicloud_sdk_core::error::ErrorKind;
use huaweicloud_sdk_core::provider::{
    is_not_loaded, EnvironmentProvider, IdTokenProvider, ManualClock, MetadataProvider,
    OidcProvider, PodIdentityProvider, ProfileProvider, ProvideCredentials, RefreshOptions,
};
use huaweicloud_sdk_core::signer::{sign, SigningParams, SigningRequest};
use huaweicloud_sdk_emulator::{Emulator, Fault};
use provider_common::*;

/// Signs `GET {endpoint}/v3/projects?name=cn-north-4` with `credentials` and returns the
/// status, so a test can check that the emulator accepts the keys.
async fn status_with(endpoint: &str, credentials: &Credentials) -> u16 {
    let mut request = SigningRequest::from_url("GET", &format!("{endpoint}/v3/projects"))
        .expect("valid URL")
        .with_query("name", REGION);
    sign(
        &mut request,
        credentials,
        &SigningParams::new(SystemTime::now()),
    )
    .expect("signs");
    let mut builder = reqwest::Client::new().get(request.url());
    for (name, value) in &request.headers {
        builder = builder.header(name.as_str(), value.as_str());
    }
    builder
        .send()
        .await
        .expect("emulator answers")
        .status()
        .as_u16()
}

fn home() -> tempfile::TempDir {
    tempfile::tempdir().expect("temporary home")
}

// ---------------------------------------------------------------- environment

#[tokio::test]
async fn environment_reads_keys_token_and_ids() {
    let home = home();
    let env = env_with(
        home.path(),
        "http://127.0.0.1:9",
        &[
            ("HUAWEICLOUD_SDK_AK", " TMPAKEXAMPLE00000001 "),
            (
                "HUAWEICLOUD_SDK_SK",
                "TmpSecretExample000000000000000000000000",
            ),
            ("HUAWEICLOUD_SDK_SECURITY_TOKEN", "TOKEN-PLACEHOLDER"),
            ("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT_ID),
            ("HUAWEICLOUD_SDK_DOMAIN_ID", DOMAIN_ID),
        ],
    );
    let credentials = EnvironmentProvider::new(&env)
        .credentials(&regional())
        .await
        .expect("complete environment");
    assert_eq!(credentials.access_key(), "TMPAKEXAMPLE00000001");
    assert!(credentials.security_token_matches("TOKEN-PLACEHOLDER"));
    assert_eq!(credentials.project_id(), Some(PROJECT_ID));
    assert_eq!(credentials.domain_id(), Some(DOMAIN_ID));
}

#[tokio::test]
async fn environment_without_variables_is_not_loaded() {
    let home = home();
    let env = env_with(home.path(), "http://127.0.0.1:9", &[]);
    let error = EnvironmentProvider::new(&env)
        .credentials(&regional())
        .await
        .expect_err("nothing set");
    assert!(is_not_loaded(&error), "{error}");
    assert!(error.to_string().contains("HUAWEICLOUD_SDK_AK"), "{error}");
}

#[tokio::test]
async fn environment_half_set_is_configuration_error() {
    let home = home();
    let cases: [(&[(&str, &str)], &str); 5] = [
        (&[("HUAWEICLOUD_SDK_AK", AK)], "HUAWEICLOUD_SDK_SK is not"),
        (&[("HUAWEICLOUD_SDK_SK", SK)], "HUAWEICLOUD_SDK_AK is not"),
        (
            &[("HUAWEICLOUD_SDK_SECURITY_TOKEN", "TOKEN-PLACEHOLDER")],
            "HUAWEICLOUD_SDK_SECURITY_TOKEN is set",
        ),
        (
            &[("HUAWEICLOUD_SDK_IDP_ID", "idp-placeholder")],
            "HUAWEICLOUD_SDK_ID_TOKEN_FILE is not",
        ),
        (
            &[("HUAWEICLOUD_SDK_ID_TOKEN_FILE", "/tmp/token")],
            "HUAWEICLOUD_SDK_IDP_ID is not",
        ),
    ];
    for (vars, expected) in cases {
        let env = env_with(home.path(), "http://127.0.0.1:9", vars);
        let error = EnvironmentProvider::new(&env)
            .credentials(&regional())
            .await
            .expect_err("half-set environment");
        assert_eq!(error.kind(), ErrorKind::Configuration, "{vars:?}: {error}");
        assert!(!is_not_loaded(&error), "{vars:?}: {error}");
        assert!(error.to_string().contains(expected), "{vars:?}: {error}");
        assert!(!error.to_string().contains(SK), "{error}");
    }
}

// ---------------------------------------------------------------- profile

fn write(path: &std::path::Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("parent")).expect("create dir");
    std::fs::write(path, text).expect("write file");
}

#[tokio::test]
async fn profile_reads_basic_and_global_sections() {
    let home = home();
    write(
        &home.path().join(".huaweicloud/credentials"),
        "# test file\n[basic]\nAK = basic-ak\nsk: basic-sk\nproject_id = 0123\n\
         iam_endpoint = http://127.0.0.1:1\n\n[global]\nak=global-ak\nsk=global-sk\n\
         domainId = dom-1\nsecurity_token = tok\n",
    );
    let env = env_with(home.path(), "http://127.0.0.1:9", &[]);
    let provider = ProfileProvider::new(&env);

    let basic = provider.credentials(&regional()).await.expect("[basic]");
    assert_eq!(basic.access_key(), "basic-ak");
    assert_eq!(basic.project_id(), Some("0123"));
    assert_eq!(basic.iam_endpoint(), Some("http://127.0.0.1:1"));
    assert!(!basic.security_token_is_set());

    let global = provider.credentials(&global()).await.expect("[global]");
    assert_eq!(global.access_key(), "global-ak");
    assert_eq!(global.domain_id(), Some("dom-1"));
    assert!(global.security_token_matches("tok"));
}

#[tokio::test]
async fn profile_file_variable_overrides_home() {
    let home = home();
    let file = home.path().join("elsewhere/creds.ini");
    write(&file, "[basic]\nak = from-variable\nsk = secret\n");
    write(
        &home.path().join(".huaweicloud/credentials"),
        "[basic]\nak = from-home\nsk = secret\n",
    );
    let env = env_with(
        home.path(),
        "http://127.0.0.1:9",
        &[(
            "HUAWEICLOUD_SDK_CREDENTIALS_FILE",
            &file.display().to_string(),
        )],
    );
    let credentials = ProfileProvider::new(&env)
        .credentials(&regional())
        .await
        .expect("file from the variable");
    assert_eq!(credentials.access_key(), "from-variable");
}

#[tokio::test]
async fn profile_missing_file_or_section_is_not_loaded() {
    let home = home();
    let env = env_with(home.path(), "http://127.0.0.1:9", &[]);
    let error = ProfileProvider::new(&env)
        .credentials(&regional())
        .await
        .expect_err("no file");
    assert!(is_not_loaded(&error), "{error}");
    assert!(error.to_string().contains("does not exist"), "{error}");
    assert!(error.to_string().contains(".huaweicloud"), "{error}");

    // The official core's implicit chain looks for [basiccredentials]; this SDK reads [basic].
    let path = home.path().join(".huaweicloud/credentials");
    write(&path, "[basiccredentials]\nak = a\nsk = b\n");
    let error = ProfileProvider::new(&env)
        .credentials(&regional())
        .await
        .expect_err("no [basic] section");
    assert!(is_not_loaded(&error), "{error}");
    assert!(error.to_string().contains("no [basic] section"), "{error}");
}

#[tokio::test]
async fn profile_malformed_file_names_file_line_and_key() {
    let home = home();
    let path = home.path().join(".huaweicloud/credentials");
    let env = env_with(home.path(), "http://127.0.0.1:9", &[]);
    let cases = [
        (
            "[basic]\nak = a\nAK = b\nsk = c\n",
            "line 3: key `ak` appears twice",
        ),
        (
            "sk = SECRET-VALUE\n[basic]\n",
            "line 1: key `sk` is outside any section",
        ),
        ("[basic]\nak = a\n", "ak is set but sk is missing"),
        (
            "[basic]\nsk = SECRET-VALUE\n",
            "sk is set but ak is missing",
        ),
        (
            "[basic]\nak = a\nsk = b\nidp_id = x\n",
            "idp_id is set but id_token_file is not",
        ),
        (
            "[basic]\nak = \"a\"\nsk = \"SECRET-VALUE\"\n",
            "access key `\"a\"` contains '\"'",
        ),
    ];
    for (text, expected) in cases {
        write(&path, text);
        let error = ProfileProvider::new(&env)
            .credentials(&regional())
            .await
            .expect_err(text);
        let message = error.to_string();
        assert_eq!(error.kind(), ErrorKind::Configuration, "{message}");
        assert!(!is_not_loaded(&error), "{message}");
        assert!(message.contains(expected), "{text:?}: {message}");
        assert!(message.contains(&path.display().to_string()), "{message}");
        assert!(!message.contains("SECRET-VALUE"), "{message}");
    }
}

// ---------------------------------------------------------------- metadata

#[tokio::test]
async fn metadata_uses_session_token_and_keys_work() {
    let emulator = emulator().await;
    let home = home();
    let env = env_with(
        home.path(),
        emulator.endpoint(),
        &[("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT_ID)],
    );
    let provider = MetadataProvider::new(&env);
    let credentials = provider
        .credentials(&regional())
        .await
        .expect("metadata keys");
    assert_ne!(credentials.access_key(), AK);
    assert!(credentials.security_token_is_set());
    assert_eq!(credentials.project_id(), Some(PROJECT_ID));
    let counters = emulator.counters();
    assert_eq!(counters.metadata_token_requests, 1);
    assert_eq!(counters.security_key_fetches, 1);
    assert_eq!(status_with(emulator.endpoint(), &credentials).await, 200);

    // Cached: a second call makes no request.
    let again = provider
        .credentials(&regional())
        .await
        .expect("cached keys");
    assert_eq!(again.access_key(), credentials.access_key());
    assert_eq!(emulator.counters().security_key_fetches, 1);
}

#[tokio::test]
async fn metadata_without_token_route_continues_without_token() {
    let emulator = Emulator::builder()
        .metadata_token_route(false)
        .require_metadata_token(false)
        .start()
        .await
        .expect("emulator starts");
    let home = home();
    let env = env_with(home.path(), emulator.endpoint(), &[]);
    let credentials = MetadataProvider::new(&env)
        .credentials(&regional())
        .await
        .expect("keys without a session token");
    assert!(credentials.security_token_is_set());
    assert_eq!(emulator.counters().metadata_token_requests, 0);
    assert_eq!(emulator.counters().security_key_fetches, 1);
}

#[tokio::test]
async fn metadata_401_gets_new_token_and_retries_once() {
    let emulator = emulator().await;
    emulator
        .faults()
        .add(Fault::Status {
            status: 401,
            retry_after: None,
            count: Some(1),
            path_prefix: Some("/openstack/latest/securitykey".to_owned()),
        })
        .expect("valid fault");
    let home = home();
    let env = env_with(home.path(), emulator.endpoint(), &[]);
    let credentials = MetadataProvider::new(&env)
        .credentials(&regional())
        .await
        .expect("second try succeeds");
    assert!(credentials.security_token_is_set());
    let counters = emulator.counters();
    assert_eq!(counters.metadata_token_requests, 2, "{counters:?}");
    assert_eq!(counters.security_key_fetches, 1, "{counters:?}");
}

#[tokio::test]
async fn metadata_disabled_opens_no_connection() {
    let silent = SilentListener::start().await;
    let home = home();
    let env = env_with(
        home.path(),
        &silent.endpoint,
        &[("HUAWEICLOUD_SDK_METADATA_DISABLED", "TRUE")],
    );
    let error = MetadataProvider::new(&env)
        .credentials(&regional())
        .await
        .expect_err("disabled");
    assert!(is_not_loaded(&error), "{error}");
    assert!(
        error
            .to_string()
            .contains("HUAWEICLOUD_SDK_METADATA_DISABLED"),
        "{error}"
    );
    assert_eq!(silent.accepted(), 0);
}

#[tokio::test]
async fn metadata_connection_refused_is_not_loaded() {
    // Bind and drop a listener to get a port where nothing listens.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("address")
        .port();
    let home = home();
    let env = env_with(home.path(), &format!("http://127.0.0.1:{port}"), &[]);
    let error = MetadataProvider::new(&env)
        .credentials(&regional())
        .await
        .expect_err("nothing listens");
    assert!(is_not_loaded(&error), "{error}");
    assert!(
        error.to_string().contains(&format!("127.0.0.1:{port}")),
        "{error}"
    );
}

#[tokio::test]
async fn metadata_server_error_is_reported() {
    let emulator = emulator().await;
    emulator
        .faults()
        .add(Fault::Status {
            status: 500,
            retry_after: None,
            count: None,
            path_prefix: Some("/openstack/latest/securitykey".to_owned()),
        })
        .expect("valid fault");
    let home = home();
    let env = env_with(home.path(), emulator.endpoint(), &[]);
    let error = MetadataProvider::new(&env)
        .credentials(&regional())
        .await
        .expect_err("500");
    assert!(!is_not_loaded(&error), "{error}");
    assert!(error.to_string().contains("returned status 500"), "{error}");
}

// ---------------------------------------------------------------- IdP federation

#[tokio::test]
async fn idp_rereads_rotated_token_file() {
    let emulator = Arc::new(
        Emulator::builder()
            .ak(AK)
            .sk(SK)
            .project(REGION, PROJECT_ID)
            .identity_provider("idp-placeholder", ["jwt-v1", "jwt-v2"])
            .start()
            .await
            .expect("emulator starts"),
    );
    let proxy = Recorder::start(emulator.clone()).await;
    let home = home();
    let token_file = home.path().join("token");
    write(&token_file, "jwt-v1\n");
    let env = env_with(
        home.path(),
        emulator.endpoint(),
        &[
            ("HUAWEICLOUD_SDK_IDP_ID", "idp-placeholder"),
            (
                "HUAWEICLOUD_SDK_ID_TOKEN_FILE",
                &token_file.display().to_string(),
            ),
            ("HUAWEICLOUD_SDK_IAM_ENDPOINT", &proxy.endpoint),
            ("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT_ID),
        ],
    );
    let clock = ManualClock::new(SystemTime::now());
    let options = RefreshOptions::new().clock(Arc::new(clock.clone()));
    let provider = EnvironmentProvider::with_options(&env, &options);

    let first = provider
        .credentials(&regional())
        .await
        .expect("federated keys");
    assert_eq!(first.project_id(), Some(PROJECT_ID));
    assert_eq!(status_with(emulator.endpoint(), &first).await, 200);
    let exchanges = proxy.with_path("/v3.0/OS-AUTH/id-token/tokens");
    assert_eq!(exchanges.len(), 1);
    assert_eq!(exchanges[0].json()["auth"]["id_token"]["id"], "jwt-v1");
    assert_eq!(exchanges[0].header("x-idp-id"), Some("idp-placeholder"));
    assert_eq!(exchanges[0].header("authorization"), None);
    let issued = proxy.with_path("/v3.0/OS-CREDENTIAL/securitytokens");
    assert_eq!(issued.len(), 1);
    assert_eq!(issued[0].header("authorization"), None);
    assert_eq!(issued[0].header("x-auth-token"), None);
    let body = issued[0].json();
    assert_eq!(body["auth"]["identity"]["methods"][0], "token");
    assert_eq!(
        body["auth"]["identity"]["token"]["duration_seconds"],
        21_600
    );

    // Before the refresh point: cached, the file is not read.
    write(&token_file, "jwt-v2");
    clock.advance(Duration::from_secs(60));
    let cached = provider
        .credentials(&regional())
        .await
        .expect("cached keys");
    assert_eq!(cached.access_key(), first.access_key());
    assert_eq!(proxy.with_path("/v3.0/OS-AUTH/id-token/tokens").len(), 1);

    // Past the refresh point (6 h keys, 40 min margin): the rotated token is sent.
    clock.advance(Duration::from_secs(5 * 3600 + 30 * 60));
    let second = provider
        .credentials(&regional())
        .await
        .expect("refreshed keys");
    assert_ne!(second.access_key(), first.access_key());
    let exchanges = proxy.with_path("/v3.0/OS-AUTH/id-token/tokens");
    assert_eq!(exchanges.len(), 2);
    assert_eq!(exchanges[1].json()["auth"]["id_token"]["id"], "jwt-v2");
    assert_eq!(exchanges[1].header("authorization"), None);
    assert_eq!(status_with(emulator.endpoint(), &second).await, 200);
}

#[tokio::test]
async fn idp_missing_or_empty_token_file_names_path() {
    let home = home();
    let missing = home.path().join("missing-token");
    let provider = IdTokenProvider::builder("idp-placeholder", &missing)
        .iam_endpoint("http://127.0.0.1:9")
        .build();
    let error = provider
        .credentials(&regional())
        .await
        .expect_err("no file");
    assert_eq!(error.kind(), ErrorKind::Configuration);
    assert!(
        error.to_string().contains(&missing.display().to_string()),
        "{error}"
    );
    assert!(error.to_string().contains("does not exist"), "{error}");

    let empty = home.path().join("empty-token");
    write(&empty, " \n");
    let provider = IdTokenProvider::builder("idp-placeholder", &empty)
        .iam_endpoint("http://127.0.0.1:9")
        .build();
    let error = provider
        .credentials(&regional())
        .await
        .expect_err("empty file");
    assert!(
        error.to_string().contains(&empty.display().to_string()),
        "{error}"
    );
    assert!(error.to_string().contains("is empty"), "{error}");
}

#[tokio::test]
async fn idp_rejected_token_keeps_iam_error() {
    let emulator = Arc::new(
        Emulator::builder()
            .identity_provider("idp-placeholder", ["jwt-v1"])
            .start()
            .await
            .expect("emulator starts"),
    );
    let home = home();
    let token_file = home.path().join("token");
    write(&token_file, "jwt-unknown");
    let provider = IdTokenProvider::builder("idp-placeholder", &token_file)
        .iam_endpoint(emulator.endpoint())
        .build();
    let error = provider
        .credentials(&regional())
        .await
        .expect_err("rejected");
    assert_eq!(error.status(), Some(400), "{error}");
    assert_eq!(error.error_code(), Some("IAM.0097"), "{error}");
    assert!(error.request_id().is_some(), "{error:?}");
}

// ---------------------------------------------------------------- OIDC and pod identity

#[tokio::test]
async fn oidc_assumes_agency_at_sts() {
    let emulator = Arc::new(emulator().await);
    let proxy = Recorder::start(emulator.clone()).await;
    let home = home();
    let token_file = home.path().join("oidc-token");
    write(&token_file, &format!("{OIDC_TOKEN}\n"));
    let env = env_with(
        home.path(),
        emulator.endpoint(),
        &[
            ("HUAWEICLOUD_OIDC_PROVIDER_URN", OIDC_PROVIDER_URN),
            ("HUAWEICLOUD_OIDC_AGENCY_URN", "iam::acct:agency:role"),
            (
                "HUAWEICLOUD_OIDC_TOKEN_FILE",
                &token_file.display().to_string(),
            ),
            ("HUAWEICLOUD_OIDC_POLICY_IDS", " p1, ,p2 "),
            ("HUAWEICLOUD_SDK_STS_ENDPOINT", &proxy.endpoint),
        ],
    );
    assert!(OidcProvider::is_configured(&env));

    let credentials = OidcProvider::new(&env)
        .credentials(&regional())
        .await
        .expect("OIDC keys");
    assert_eq!(status_with(emulator.endpoint(), &credentials).await, 200);

    assert_eq!(emulator.counters().oidc_agency_assumptions, 1);
    let calls = proxy.with_path("/v5/agencies/assume-with-oidc");
    assert_eq!(calls.len(), 1);
    let body = calls[0].json();
    assert_eq!(body["provider_urn"], OIDC_PROVIDER_URN);
    assert_eq!(body["agency_urn"], "iam::acct:agency:role");
    assert_eq!(body["agency_session_name"], "oidc-sts-session");
    assert_eq!(body["duration_seconds"], 3600);
    assert_eq!(body["id_token"], OIDC_TOKEN);
    assert_eq!(body["policy_ids"], serde_json::json!(["p1", "p2"]));
    assert!(body.get("policy").is_none(), "{body}");
    assert_eq!(calls[0].header("authorization"), None);
}

#[tokio::test]
async fn oidc_rejected_token_keeps_sts_error() {
    let emulator = emulator().await;
    let home = home();
    let env = env_with(
        home.path(),
        emulator.endpoint(),
        &[
            ("HUAWEICLOUD_OIDC_PROVIDER_URN", OIDC_PROVIDER_URN),
            ("HUAWEICLOUD_OIDC_AGENCY_URN", "iam::acct:agency:role"),
            ("HUAWEICLOUD_OIDC_ID_TOKEN", "someone-elses-token"),
            ("HUAWEICLOUD_SDK_STS_ENDPOINT", emulator.endpoint()),
        ],
    );
    let error = OidcProvider::new(&env)
        .credentials(&regional())
        .await
        .expect_err("token rejected");
    assert_eq!(error.status(), Some(400), "{error}");
    assert_eq!(error.error_code(), Some("STS.0003"), "{error}");
    assert!(error.request_id().is_some(), "{error:?}");

    let short = env_with(
        home.path(),
        emulator.endpoint(),
        &[
            ("HUAWEICLOUD_OIDC_PROVIDER_URN", OIDC_PROVIDER_URN),
            ("HUAWEICLOUD_OIDC_AGENCY_URN", "iam::acct:agency:role"),
            ("HUAWEICLOUD_OIDC_ID_TOKEN", OIDC_TOKEN),
            ("HUAWEICLOUD_OIDC_DURATION_SECONDS", "60"),
            ("HUAWEICLOUD_SDK_STS_ENDPOINT", emulator.endpoint()),
        ],
    );
    let error = OidcProvider::new(&short)
        .credentials(&regional())
        .await
        .expect_err("60 s is below the minimum");
    assert_eq!(error.status(), Some(400), "{error}");
    assert_eq!(error.error_code(), Some("STS.0001"), "{error}");
    assert!(error.to_string().contains("duration_seconds"), "{error}");
    assert_eq!(emulator.counters().oidc_agency_assumptions, 0);
}

#[tokio::test]
async fn oidc_missing_agency_is_configuration_error() {
    let home = home();
    let env = env_with(
        home.path(),
        "http://127.0.0.1:9",
        &[
            ("HUAWEICLOUD_OIDC_PROVIDER_URN", "urn"),
            ("HUAWEICLOUD_OIDC_ID_TOKEN", OIDC_TOKEN),
        ],
    );
    let error = OidcProvider::new(&env)
        .credentials(&regional())
        .await
        .expect_err("no agency URN");
    assert_eq!(error.kind(), ErrorKind::Configuration);
    assert!(
        error.to_string().contains("HUAWEICLOUD_OIDC_AGENCY_URN"),
        "{error}"
    );
}

#[tokio::test]
async fn pod_identity_sends_token_file_content() {
    let emulator = Arc::new(emulator().await);
    let proxy = Recorder::start(emulator.clone()).await;
    let home = home();
    let token_file = home.path().join("pod-token");
    write(&token_file, &format!("{POD_TOKEN}\n"));
    let env = env_with(
        home.path(),
        emulator.endpoint(),
        &[
            (
                "HC_CONTAINER_CREDENTIALS_FULL_URI",
                &format!("{}{POD_PATH}", proxy.endpoint),
            ),
            (
                "HC_CONTAINER_AUTHORIZATION_TOKEN_FILE",
                &token_file.display().to_string(),
            ),
        ],
    );
    let credentials = PodIdentityProvider::new(&env)
        .credentials(&regional())
        .await
        .expect("pod keys");
    assert_eq!(status_with(emulator.endpoint(), &credentials).await, 200);
    assert_eq!(emulator.counters().pod_identity_fetches, 1);
    let calls = proxy.with_path(POD_PATH);
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0].header("authorization"), Some(POD_TOKEN));
    assert_eq!(calls[0].body, b"{}");

    write(&token_file, "revoked-token");
    let provider = PodIdentityProvider::new(&env);
    let error = provider
        .credentials(&regional())
        .await
        .expect_err("bad token");
    assert_eq!(error.status(), Some(401), "{error}");
    assert_eq!(error.error_code(), Some("POD.0401"), "{error}");
}

#[tokio::test]
async fn pod_identity_half_set_is_configuration_error() {
    let home = home();
    let env = env_with(
        home.path(),
        "http://127.0.0.1:9",
        &[(
            "HC_CONTAINER_CREDENTIALS_FULL_URI",
            "http://127.0.0.1:9/creds",
        )],
    );
    let error = PodIdentityProvider::new(&env)
        .credentials(&regional())
        .await
        .expect_err("no token file");
    assert_eq!(error.kind(), ErrorKind::Configuration);
    assert!(
        error
            .to_string()
            .contains("HC_CONTAINER_AUTHORIZATION_TOKEN_FILE"),
        "{error}"
    );
}

// ---------------------------------------------------------------- secrets

#[tokio::test]
async fn debug_output_hides_secrets() {
    let emulator = emulator().await;
    let home = home();
    write(
        &home.path().join(".huaweicloud/credentials"),
        "[basic]\nak = profile-ak\nsk = PROFILE-SECRET-VALUE\nsecurity_token = PROFILE-TOKEN\n",
    );
    let env = env_with(
        home.path(),
        emulator.endpoint(),
        &[
            ("HUAWEICLOUD_SDK_AK", AK),
            ("HUAWEICLOUD_SDK_SK", SK),
            ("HUAWEICLOUD_SDK_SECURITY_TOKEN", "ENV-TOKEN-VALUE"),
        ],
    );

    let environment = EnvironmentProvider::new(&env);
    environment.credentials(&regional()).await.expect("keys");
    let profile = ProfileProvider::new(&env);
    profile.credentials(&regional()).await.expect("keys");
    let metadata = MetadataProvider::new(&env);
    let temporary = metadata.credentials(&regional()).await.expect("keys");

    let debug = format!("{environment:?} {profile:?} {metadata:?}");
    assert!(debug.contains("profile-ak"), "{debug}");
    assert!(debug.contains(temporary.access_key()), "{debug}");
    for secret in [
        SK,
        "ENV-TOKEN-VALUE",
        "PROFILE-SECRET-VALUE",
        "PROFILE-TOKEN",
    ] {
        assert!(!debug.contains(secret), "{secret} leaked: {debug}");
    }
}
