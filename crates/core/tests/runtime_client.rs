//! The async client over real HTTP on 127.0.0.1: rendering, signing, decoding, user agent,
//! failover, timeouts, throttling retries and redirects.

mod runtime_support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use huaweicloud_sdk_core::config::HttpConfig;
use huaweicloud_sdk_core::env::Environment;
use huaweicloud_sdk_core::error::ErrorKind;
use huaweicloud_sdk_core::retry::{Backoff, BackoffStrategy, RetryPolicy};
use huaweicloud_sdk_core::signer::parse_sdk_date;
use huaweicloud_sdk_core::{CallOptions, Client, ClientBuilder};
use runtime_support::{
    credentials, Item, ItemRequest, Reply, TestServer, CREATE_ITEM, LIST_TAGS, PROJECT, SERVICE,
    SHOW_ITEM, TOKEN,
};

fn test_env() -> (tempfile::TempDir, Environment) {
    let home = tempfile::tempdir().expect("temporary home");
    let env = Environment::from_vars([("HOME", home.path().display().to_string())]);
    (home, env)
}

fn builder(env: &Environment) -> ClientBuilder<Client> {
    ClientBuilder::new(&SERVICE)
        .environment(env.clone())
        .credentials(credentials())
}

#[tokio::test]
async fn call_renders_signs_and_decodes() {
    let server = TestServer::always(
        Reply::json(200, r#"{"id":"i-1","size":7,"unknown":true}"#)
            .with_header("X-Trace", "trace-7")
            .with_header("X-Request-Id", "req-1"),
    );
    let (_home, env) = test_env();
    let client = builder(&env)
        .endpoint(server.url())
        .build()
        .expect("client builds");
    let request = ItemRequest {
        item_id: Some("a b/c".into()),
        limit: Some(10),
        ids: Some(vec!["z".into(), "y".into()]),
        language: Some("en-us".into()),
        body: None,
    };
    let response = client
        .call::<_, Item>(&SHOW_ITEM, request)
        .await
        .expect("call succeeds");

    assert_eq!(response.id, "i-1");
    assert_eq!(response.size, Some(7));
    assert_eq!(response.trace.as_deref(), Some("trace-7"));
    assert_eq!(response.status(), 200);
    assert_eq!(response.request_id(), Some("req-1"));
    assert_eq!(response.json().expect("JSON body")["unknown"], true);

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let sent = &requests[0];
    assert_eq!(sent.method, "GET");
    assert_eq!(
        sent.target,
        format!("/v1/{PROJECT}/items/a%20b%2Fc?id=y&id=z&limit=10")
    );
    assert_eq!(sent.header("X-Language"), Some("en-us"));
    assert_eq!(sent.header("X-Project-Id"), Some(PROJECT));
    assert_eq!(sent.header("Content-Type"), Some("application/json"));
    let verified = sent.verify(&credentials()).expect("signature verifies");
    assert!(verified.signed_headers.iter().any(|name| name == "host"));
}

#[tokio::test]
async fn json_body_is_hashed_and_signed() {
    let server = TestServer::always(Reply::json(201, r#"{"id":"new"}"#));
    let (_home, env) = test_env();
    let client = builder(&env)
        .endpoint(server.url())
        .build()
        .expect("client builds");
    let request = ItemRequest {
        body: Some(serde_json::json!({"name": "n1", "note": "é"})),
        ..ItemRequest::default()
    };
    let response = client
        .call::<_, Item>(&CREATE_ITEM, request)
        .await
        .expect("call succeeds");
    assert_eq!(response.id, "new");
    let sent = &server.requests()[0];
    assert_eq!(
        sent.header("Content-Type"),
        Some("application/json;charset=utf-8")
    );
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&sent.body).expect("JSON body"),
        serde_json::json!({"name": "n1", "note": "é"})
    );
    assert!(sent.header("X-Sdk-Content-Sha256").is_none());
    sent.verify(&credentials()).expect("signature verifies");
}

#[tokio::test]
async fn wrapped_array_response() {
    let server = TestServer::always(Reply::json(200, r#"["a","b"]"#));
    let (_home, env) = test_env();
    let client = builder(&env)
        .endpoint(server.url())
        .build()
        .expect("client builds");
    #[derive(Debug)]
    struct Tags(Vec<String>);
    impl huaweicloud_sdk_core::json::FromJson for Tags {
        fn from_json(
            value: serde_json::Value,
        ) -> Result<Self, huaweicloud_sdk_core::json::JsonError> {
            let mut map = huaweicloud_sdk_core::json::object(value)?;
            Ok(Tags(huaweicloud_sdk_core::json::take(&mut map, "tags")?))
        }
    }
    let response = client
        .call::<_, Tags>(&LIST_TAGS, ItemRequest::default())
        .await
        .expect("call succeeds");
    assert_eq!(response.0, ["a", "b"]);
}

#[tokio::test]
async fn security_token_sent_and_signed() {
    let server = TestServer::always(Reply::json(200, r#"{"id":"x"}"#));
    let (_home, env) = test_env();
    let temporary = credentials().with_security_token(TOKEN);
    let client: Client = ClientBuilder::new(&SERVICE)
        .environment(env)
        .credentials(temporary.clone())
        .endpoint(server.url())
        .build()
        .expect("client builds");
    client
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect("call succeeds");
    let sent = &server.requests()[0];
    assert_eq!(sent.header("X-Security-Token"), Some(TOKEN));
    let verified = sent.verify(&temporary).expect("signature verifies");
    assert!(verified
        .signed_headers
        .iter()
        .any(|name| name == "x-security-token"));
}

#[tokio::test]
async fn user_agent_has_platform_and_app_id() {
    let server = TestServer::always(Reply::json(200, r#"{"id":"x"}"#));
    let (home, env) = test_env();
    let client = builder(&env)
        .endpoint(server.url())
        .build()
        .expect("client builds");
    client
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect("call succeeds");
    let app_file = home.path().join(".huaweicloud").join("application_id");
    let app_id = std::fs::read_to_string(&app_file).expect("application id written");
    assert_eq!(app_id.len(), 36, "{app_id}");
    let user_agent = server.requests()[0]
        .header("User-Agent")
        .expect("User-Agent sent")
        .to_owned();
    let prefix = format!("huaweicloud-usdk-rust/{}; os/", env!("CARGO_PKG_VERSION"));
    assert!(user_agent.starts_with(&prefix), "{user_agent}");
    assert!(user_agent.contains(" rust/"), "{user_agent}");
    assert!(
        user_agent.ends_with(&format!("; app/{app_id}")),
        "{user_agent}"
    );
    assert!(user_agent.bytes().all(|b| (0x20..=0x7e).contains(&b)));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let file_mode = std::fs::metadata(&app_file)
            .expect("metadata")
            .permissions()
            .mode();
        assert_eq!(file_mode & 0o777, 0o640);
        let dir_mode = std::fs::metadata(app_file.parent().expect("parent"))
            .expect("metadata")
            .permissions()
            .mode();
        assert_eq!(dir_mode & 0o777, 0o750);
    }

    // A second client reuses the id.
    let again = builder(&env)
        .endpoint(server.url())
        .build()
        .expect("client builds");
    assert!(again.user_agent().ends_with(&app_id));
}

#[tokio::test]
async fn caller_user_agent_replaces_suffix() {
    let server = TestServer::always(Reply::json(200, r#"{"id":"x"}"#));
    let (_home, env) = test_env();
    let client = builder(&env)
        .endpoint(server.url())
        .build()
        .expect("client builds")
        .with_options(CallOptions::new().header("User-Agent", "my-tool/2.0"));
    client
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect("call succeeds");
    let sent = &server.requests()[0];
    assert_eq!(
        sent.header("User-Agent"),
        Some(
            format!(
                "huaweicloud-usdk-rust/{}; my-tool/2.0",
                env!("CARGO_PKG_VERSION")
            )
            .as_str()
        )
    );
    sent.verify(&credentials()).expect("signature verifies");
}

#[tokio::test]
async fn missing_credentials_names_variables() {
    let home = tempfile::tempdir().expect("temporary home");
    // Building does no I/O, so missing credentials surface on the first call. The metadata
    // service is disabled so that the default chain makes no network request.
    let env = Environment::from_vars([
        ("HOME", home.path().display().to_string()),
        ("HUAWEICLOUD_SDK_METADATA_DISABLED", "true".to_owned()),
    ]);
    let client: Client = ClientBuilder::new(&SERVICE)
        .environment(env)
        .endpoint("http://127.0.0.1:9")
        .build()
        .expect("building needs no credentials");
    let error = client
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect_err("no credentials");
    assert!(error.is_credentials());
    let text = error.to_string();
    assert!(text.contains("HUAWEICLOUD_SDK_AK"), "{text}");
    assert!(text.contains(".credentials("), "{text}");
}

#[tokio::test]
async fn credentials_from_environment() {
    let server = TestServer::always(Reply::json(200, r#"{"id":"x"}"#));
    let home = tempfile::tempdir().expect("temporary home");
    let env = Environment::from_vars([
        ("HOME", home.path().display().to_string()),
        ("HUAWEICLOUD_SDK_AK", runtime_support::AK.to_owned()),
        ("HUAWEICLOUD_SDK_SK", runtime_support::SK.to_owned()),
        ("HUAWEICLOUD_SDK_PROJECT_ID", "env-project".to_owned()),
    ]);
    let client: Client = ClientBuilder::new(&SERVICE)
        .environment(env)
        .endpoint(server.url())
        .build()
        .expect("client builds");
    client
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect("call succeeds");
    let sent = &server.requests()[0];
    assert_eq!(sent.path(), "/v1/env-project/items/x");
    sent.verify(&credentials()).expect("signature verifies");
}

#[tokio::test]
async fn missing_required_path_parameter() {
    let (_home, env) = test_env();
    let client = builder(&env)
        .endpoint("http://127.0.0.1:9")
        .build()
        .expect("client builds");
    let error = client
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::default())
        .await
        .expect_err("item_id missing");
    assert!(error.is_configuration());
    assert!(error.to_string().contains("item_id"), "{error}");
}

// ----- failover -----

/// Returns the URLs of `count` distinct loopback ports that refuse connections: the ports
/// were free a moment ago and nothing listens on them now. Failover tests use them so that
/// they never resolve a host name.
fn refused_endpoints(count: usize) -> Vec<String> {
    let listeners: Vec<std::net::TcpListener> = (0..count)
        .map(|_| std::net::TcpListener::bind("127.0.0.1:0").expect("bind loopback"))
        .collect();
    listeners
        .iter()
        .map(|listener| format!("http://{}", listener.local_addr().expect("local address")))
        .collect()
}

fn refused_endpoint() -> String {
    refused_endpoints(1).remove(0)
}

#[tokio::test]
async fn failover_resigns_for_next_host() {
    let server = TestServer::always(Reply::json(200, r#"{"id":"ok"}"#));
    let (_home, env) = test_env();
    let hosts = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&hosts);
    let refused = refused_endpoint();
    let refused_host = refused.trim_start_matches("http://").to_owned();
    let client = builder(&env)
        .endpoints([refused.as_str(), server.url().as_str()])
        .request_hook(move |request| {
            seen.lock()
                .expect("hook lock")
                .push(request.host().to_owned());
        })
        .build()
        .expect("client builds");

    let response = client
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect("second endpoint answers");
    assert_eq!(response.id, "ok");
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].header("Host"), Some(server.host().as_str()));
    requests[0]
        .verify(&credentials())
        .expect("signed for the loopback host");
    assert_eq!(
        *hosts.lock().expect("hook lock"),
        [refused_host, server.host()]
    );

    // The failed endpoint is in cool-down: the next call goes straight to the one that works.
    hosts.lock().expect("hook lock").clear();
    client
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect("call succeeds");
    assert_eq!(*hosts.lock().expect("hook lock"), [server.host()]);
}

#[tokio::test]
async fn zero_cooldown_returns_to_primary() {
    let server = TestServer::always(Reply::json(200, r#"{"id":"ok"}"#));
    let (_home, env) = test_env();
    let hosts = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&hosts);
    let refused = refused_endpoint();
    let client = builder(&env)
        .endpoints([refused.as_str(), server.url().as_str()])
        .failover_cooldown(Duration::ZERO)
        .request_hook(move |request| {
            seen.lock()
                .expect("hook lock")
                .push(request.host().to_owned());
        })
        .build()
        .expect("client builds");
    for _ in 0..2 {
        client
            .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
            .await
            .expect("call succeeds");
    }
    let hosts = hosts.lock().expect("hook lock").clone();
    assert_eq!(hosts.len(), 4, "{hosts:?}");
    assert_eq!(hosts[2], refused.trim_start_matches("http://"));
}

#[tokio::test]
async fn all_unreachable_lists_hosts() {
    let (_home, env) = test_env();
    let refused = refused_endpoints(2);
    let (first, second) = (refused[0].clone(), refused[1].clone());
    let client = builder(&env)
        .endpoints([first.as_str(), second.as_str()])
        .build()
        .expect("client builds");
    let error = client
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect_err("nothing accepts connections");
    assert!(error.is_connection(), "{error:?}");
    assert_eq!(error.kind(), ErrorKind::ConnectionRefused);
    assert_eq!(error.status(), None);
    let text = error.to_string();
    assert!(text.contains(&first), "{text}");
    assert!(text.contains(&second), "{text}");
    let endpoints: Vec<&str> = error
        .attempts()
        .iter()
        .map(|attempt| attempt.endpoint.as_str())
        .collect();
    assert_eq!(endpoints, [first.as_str(), second.as_str()]);
}

#[tokio::test]
async fn refused_fails_over_but_500_does_not() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let closed_url = format!("http://{}", closed.local_addr().expect("address"));
    drop(closed);
    let failing = TestServer::always(Reply::json(500, r#"{"error_code":"E","error_msg":"boom"}"#));
    let healthy = TestServer::always(Reply::json(200, r#"{"id":"ok"}"#));
    let (_home, env) = test_env();

    let client = builder(&env)
        .endpoints([closed_url.as_str(), healthy.url().as_str()])
        .build()
        .expect("client builds");
    client
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect("refused endpoint is skipped");

    let client = builder(&env)
        .endpoints([failing.url().as_str(), healthy.url().as_str()])
        .build()
        .expect("client builds");
    let error = client
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect_err("a 500 is an answer");
    assert!(error.is_server_error());
    assert_eq!(error.status(), Some(500));
    assert_eq!(healthy.requests().len(), 1);
}

#[tokio::test]
async fn connection_closed_without_response() {
    let server = TestServer::always(Reply::Close);
    let (_home, env) = test_env();
    let client = builder(&env)
        .endpoint(server.url())
        .build()
        .expect("client builds");
    let error = client
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect_err("no response");
    assert_eq!(error.kind(), ErrorKind::Connection, "{error:?}");
    assert_eq!(error.status(), None);
}

// ----- timeouts -----

fn stalled_server() -> TestServer {
    TestServer::always(Reply::After(
        Duration::from_millis(1500),
        Box::new(Reply::json(200, r#"{"id":"late"}"#)),
    ))
}

#[tokio::test]
async fn read_timeout_of_120s_waits() {
    let server = stalled_server();
    let (_home, env) = test_env();
    let client = builder(&env)
        .endpoint(server.url())
        .http_config(HttpConfig::default().read_timeout(Duration::from_secs(120)))
        .build()
        .expect("client builds");
    let response = client
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect("1.5 s is within 120 s");
    assert_eq!(response.id, "late");
}

#[tokio::test]
async fn short_read_timeout_is_timeout_kind() {
    let server = stalled_server();
    let (_home, env) = test_env();
    let client = builder(&env)
        .endpoint(server.url())
        .http_config(HttpConfig::default().timeout(Duration::from_secs(1)))
        .build()
        .expect("client builds");
    let error = client
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect_err("1 s timeout");
    assert!(error.is_timeout(), "{error:?}");
    assert_eq!(error.status(), None);
    assert_eq!(server.requests().len(), 1);
}

// ----- throttling -----

const THROTTLED: &str = r#"{"error_msg":"The throttling threshold has been reached: policy user over ratelimit,limit:200,time:5 minute","error_code":"APIGW.0308","request_id":"req-429"}"#;

fn throttled() -> Reply {
    Reply::json(429, THROTTLED).with_header("X-Request-Id", "req-429")
}

#[tokio::test]
async fn throttled_retries_then_succeeds() {
    let server = TestServer::sequence(vec![
        throttled(),
        throttled(),
        Reply::json(200, r#"{"id":"servers"}"#),
    ]);
    let (_home, env) = test_env();
    let policy = RetryPolicy::new(3)
        .expect("valid policy")
        .backoff(Backoff::new(BackoffStrategy::Exponential).with_base(Duration::from_millis(100)));
    let client = builder(&env)
        .endpoint(server.url())
        .build()
        .expect("client builds")
        .with_options(CallOptions::new().retry(policy));
    let response = client
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect("third attempt succeeds");
    assert_eq!(response.id, "servers");
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    for request in &requests {
        request
            .verify(&credentials())
            .expect("each attempt is signed");
    }
}

#[tokio::test]
async fn throttled_without_retries_keeps_error() {
    let server = TestServer::sequence(vec![throttled(), Reply::json(200, r#"{"id":"x"}"#)]);
    let (_home, env) = test_env();
    let client = builder(&env)
        .endpoint(server.url())
        .build()
        .expect("client builds");
    let error = client
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect_err("single attempt");
    assert!(error.is_client_error());
    assert_eq!(error.status(), Some(429));
    assert_eq!(error.error_code(), Some("APIGW.0308"));
    assert_eq!(error.request_id(), Some("req-429"));
    assert_eq!(
        error.error_message(),
        Some("The throttling threshold has been reached: policy user over ratelimit,limit:200,time:5 minute")
    );
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn retry_after_resigns_with_fresh_date() {
    let server = TestServer::sequence(vec![
        throttled().with_header("Retry-After", "1"),
        Reply::json(200, r#"{"id":"x"}"#),
    ]);
    let (_home, env) = test_env();
    let policy = RetryPolicy::new(2)
        .expect("valid policy")
        .backoff(Backoff::new(BackoffStrategy::None));
    let client = builder(&env)
        .endpoint(server.url())
        .build()
        .expect("client builds")
        .with_options(CallOptions::new().retry(policy));
    client
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect("second attempt succeeds");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    let date = |index: usize| {
        let value = requests[index]
            .header("X-Sdk-Date")
            .expect("X-Sdk-Date sent");
        parse_sdk_date(value).expect("valid date")
    };
    // Waiting the 1 s of Retry-After moves the second-precision date forward.
    assert!(date(1) > date(0), "dates {:?} and {:?}", date(0), date(1));
    assert_ne!(
        requests[0].header("Authorization"),
        requests[1].header("Authorization")
    );
}

#[tokio::test]
async fn retry_stops_at_max_retries() {
    let server = TestServer::always(throttled());
    let (_home, env) = test_env();
    let policy = RetryPolicy::new(3)
        .expect("valid policy")
        .backoff(Backoff::new(BackoffStrategy::None));
    let client = builder(&env)
        .endpoint(server.url())
        .build()
        .expect("client builds")
        .with_options(CallOptions::new().retry(policy));
    let error = client
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect_err("always throttled");
    assert_eq!(error.status(), Some(429));
    assert_eq!(server.requests().len(), 4);
}

#[tokio::test]
async fn retry_condition_false_makes_one_attempt() {
    let server = TestServer::always(Reply::json(500, "oops"));
    let (_home, env) = test_env();
    let policy = RetryPolicy::new(3).expect("valid policy");
    let client = builder(&env)
        .endpoint(server.url())
        .build()
        .expect("client builds")
        .with_options(CallOptions::new().retry(policy));
    let error = client
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect_err("500");
    assert_eq!(error.status(), Some(500));
    assert_eq!(server.requests().len(), 1);
}

// ----- redirects -----

fn put_object_parts() -> runtime_support::PartsRequest {
    use huaweicloud_sdk_core::operation::RequestParts;
    use huaweicloud_sdk_core::FormFile;
    let mut parts = RequestParts::new();
    parts.param("item_id", "objA");
    parts.upload(Some(FormFile::from_bytes("objA", b"123456789".to_vec())));
    runtime_support::PartsRequest(parts)
}

#[tokio::test]
async fn redirect_not_followed_by_default() {
    let target = TestServer::always(Reply::json(200, r#"{"id":"b"}"#));
    let location = format!("{}/bucketB/objA", target.url());
    let source = TestServer::always(Reply::Response {
        status: 307,
        headers: vec![("Location".into(), location.clone())],
        body: Vec::new(),
    });
    let (_home, env) = test_env();
    let client = builder(&env)
        .endpoint(source.url())
        .build()
        .expect("client builds");
    let error = client
        .call::<_, Item>(&runtime_support::PUT_OBJECT, put_object_parts())
        .await
        .expect_err("redirect is an error");
    assert!(error.is_redirect(), "{error:?}");
    assert_eq!(error.status(), Some(307));
    assert_eq!(error.location(), Some(location.as_str()));
    assert!(target.requests().is_empty());
}

/// Returns a server that replies to every request with a 307 to `location`.
fn redirecting_to(location: &str) -> TestServer {
    TestServer::always(Reply::Response {
        status: 307,
        headers: vec![("Location".into(), location.to_owned())],
        body: Vec::new(),
    })
}

#[tokio::test]
async fn followed_redirect_is_resigned() {
    let target = TestServer::always(Reply::json(200, r#"{"id":"b"}"#));
    let source = redirecting_to(&format!("{}/bucketB/objA", target.url()));
    let (_home, env) = test_env();
    let client = builder(&env)
        .endpoint(source.url())
        .http_config(HttpConfig::default().follow_redirects(true))
        .build()
        .expect("client builds");
    let response = client
        .call::<_, Item>(&runtime_support::PUT_OBJECT, put_object_parts())
        .await
        .expect("redirect followed");
    assert_eq!(response.id, "b");

    let first = &source.requests()[0];
    let second = &target.requests()[0];
    assert_eq!(second.method, "PUT");
    assert_eq!(second.target, "/bucketB/objA");
    assert_eq!(second.body, b"123456789");
    assert_eq!(second.header("Host"), Some(target.host().as_str()));
    assert_ne!(
        second.header("Authorization"),
        first.header("Authorization")
    );
    let verified = second.verify(&credentials()).expect("signed for host B");
    assert!(verified.signed_headers.iter().any(|name| name == "host"));
}

#[tokio::test]
async fn redirect_token_not_sent_to_other_host() {
    let target = TestServer::always(Reply::json(200, r#"{"id":"b"}"#));
    let location = format!("{}/bucketB/objA", target.url());
    let source = redirecting_to(&location);
    let (_home, env) = test_env();
    let temporary = credentials().with_security_token(TOKEN);
    let client: Client = ClientBuilder::new(&SERVICE)
        .environment(env)
        .credentials(temporary)
        .endpoint(source.url())
        .http_config(HttpConfig::default().follow_redirects(true))
        .build()
        .expect("client builds");
    let error = client
        .call::<_, Item>(&runtime_support::PUT_OBJECT, put_object_parts())
        .await
        .expect_err("a hop to another host is not followed with a security token");
    assert!(error.is_redirect(), "{error:?}");
    assert_eq!(error.status(), Some(307));
    assert_eq!(error.location(), Some(location.as_str()));
    assert!(!error.to_string().contains(TOKEN), "{error}");
    assert!(target.requests().is_empty());
    assert_eq!(source.requests().len(), 1);
}

#[tokio::test]
async fn same_host_redirect_keeps_token() {
    let server = TestServer::start(|request| {
        if request.path() == "/bucketB/objA" {
            Reply::json(200, r#"{"id":"moved"}"#)
        } else {
            Reply::Response {
                status: 308,
                headers: vec![("Location".into(), "/bucketB/objA".to_owned())],
                body: Vec::new(),
            }
        }
    });
    let (_home, env) = test_env();
    let temporary = credentials().with_security_token(TOKEN);
    let client: Client = ClientBuilder::new(&SERVICE)
        .environment(env)
        .credentials(temporary.clone())
        .endpoint(server.url())
        .http_config(HttpConfig::default().follow_redirects(true))
        .build()
        .expect("client builds");
    let response = client
        .call::<_, Item>(&runtime_support::PUT_OBJECT, put_object_parts())
        .await
        .expect("same-host redirect followed");
    assert_eq!(response.id, "moved");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    let second = &requests[1];
    assert_eq!(second.method, "PUT");
    assert_eq!(second.body, b"123456789");
    assert_eq!(second.header("X-Security-Token"), Some(TOKEN));
    second
        .verify(&temporary)
        .expect("signed again with the token");
}

#[tokio::test]
async fn redirect_loop_stops_after_five_hops() {
    let server = TestServer::start(|request| {
        let hop: usize = request
            .path()
            .trim_start_matches("/hop")
            .parse()
            .unwrap_or(0);
        Reply::Response {
            status: 302,
            headers: vec![("Location".into(), format!("/hop{}", hop + 1))],
            body: Vec::new(),
        }
    });
    let (_home, env) = test_env();
    let client = builder(&env)
        .endpoint(server.url())
        .http_config(HttpConfig::default().follow_redirects(true))
        .build()
        .expect("client builds");
    let error = client
        .call::<_, Item>(&runtime_support::PUT_OBJECT, put_object_parts())
        .await
        .expect_err("too many redirects");
    assert!(error.is_redirect(), "{error:?}");
    let requests = server.requests();
    assert_eq!(requests.len(), 6, "first request plus five hops");
    assert!(requests.iter().all(|request| request.method == "PUT"));
}
